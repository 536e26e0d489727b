package reporters

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/runner-ci/runner/runner/result"
)

// The reporter names accepted by New.
const (
	CLI   = "cli"
	JSON  = "json"
	JUnit = "junit"
)

// ExportDir is the directory DefaultExportPath puts reports in.
const ExportDir = "runner-reports"

// Options gathers the options of every reporter, so that a command line can
// fill them in once and create reporters by name with New.
type Options struct {
	CLI    CLIOptions
	JSON   JSONOptions
	JUnit  JUnitOptions
	GitHub GitHubOptions
	HTML   HTMLOptions
}

// Names lists the reporter names New accepts, sorted.
func Names() []string {
	names := []string{CLI, JSON, JUnit, GitHub, HTML}
	sort.Strings(names)
	return names
}

// New creates the reporter called name writing to w. It returns an error
// for an unknown name.
func New(name string, w io.Writer, opts Options) (result.Sink, error) {
	switch name {
	case CLI:
		return NewCLI(w, opts.CLI), nil
	case JSON:
		return NewJSON(w, opts.JSON), nil
	case JUnit:
		return NewJUnit(w, opts.JUnit), nil
	case GitHub:
		return NewGitHub(w, opts.GitHub), nil
	case HTML:
		return NewHTML(w, opts.HTML), nil
	default:
		return nil, fmt.Errorf("unknown reporter %q (available: %s)", name, strings.Join(Names(), ", "))
	}
}

// DefaultExportPath returns where a report of the given kind ("json" or
// "junit") goes when no export path is given, like Newman's
// newman/newman-run-report-<timestamp>.json:
// runner-reports/runner-run-report-2026-12-04-16-42-35-123-0.json. The time
// is formatted in UTC. Kinds other than json and junit use the kind as the
// file extension.
func DefaultExportPath(kind string, now time.Time) string {
	ext := kind
	switch kind {
	case JUnit:
		ext = "xml"
	case JSON:
		ext = "json"
	}
	now = now.UTC()
	stamp := fmt.Sprintf("%s-%03d", now.Format("2006-01-02-15-04-05"), now.Nanosecond()/1e6)
	return filepath.Join(ExportDir, fmt.Sprintf("runner-run-report-%s-0.%s", stamp, ext))
}

// Multi is a result.Sink that passes every event to each of its sinks in
// order. Every sink sees every event even when an earlier one fails; the
// errors are joined.
type Multi []result.Sink

var _ result.Sink = Multi(nil)

// Start calls Start on every sink.
func (m Multi) Start(run *result.Run) error {
	var errs []error
	for _, s := range m {
		errs = append(errs, s.Start(run))
	}
	return errors.Join(errs...)
}

// Execution calls Execution on every sink.
func (m Multi) Execution(run *result.Run, e *result.Execution) error {
	var errs []error
	for _, s := range m {
		errs = append(errs, s.Execution(run, e))
	}
	return errors.Join(errs...)
}

// Done calls Done on every sink.
func (m Multi) Done(run *result.Run) error {
	var errs []error
	for _, s := range m {
		errs = append(errs, s.Done(run))
	}
	return errors.Join(errs...)
}
