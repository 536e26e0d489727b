package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/pflag"

	"github.com/runner-ci/runner/reporters"
	"github.com/runner-ci/runner/runner/result"
)

// reportFlags are the reporter flags shared by `run` and `merge`.
type reportFlags struct {
	reporters      string
	jsonExport     string
	junitExport    string
	htmlExport     string
	verbose        bool
	silent         bool
	color          string
	disableUnicode bool
	showSecrets    bool

	// Newman's cli reporter options.
	cliNoSummary           bool
	cliNoFailures          bool
	cliNoConsole           bool
	cliNoBanner            bool
	cliNoSuccessAssertions bool
}

func (r *reportFlags) register(f *pflag.FlagSet) {
	f.StringVarP(&r.reporters, "reporters", "r", "cli", "comma-separated reporters: "+strings.Join(reporters.Names(), ", "))
	f.StringVar(&r.jsonExport, "reporter-json-export", "", "path of the json report")
	f.StringVar(&r.junitExport, "reporter-junit-export", "", "path of the junit report")
	f.StringVar(&r.htmlExport, "reporter-html-export", "", "path of the html report")
	f.BoolVar(&r.silent, "silent", false, "no cli output")
	f.StringVar(&r.color, "color", "auto", "colour the cli output: auto, on, off")
	f.BoolVar(&r.disableUnicode, "disable-unicode", false, "plain-text symbols and table borders")
	f.BoolVar(&r.showSecrets, "show-secrets", false, "do not redact Authorization, Cookie and similar header values in reports")
	f.BoolVar(&r.cliNoSummary, "reporter-cli-no-summary", false, "cli: no summary table")
	f.BoolVar(&r.cliNoFailures, "reporter-cli-no-failures", false, "cli: no failures table")
	f.BoolVar(&r.cliNoConsole, "reporter-cli-no-console", false, "cli: no console output of scripts")
	f.BoolVar(&r.cliNoBanner, "reporter-cli-no-banner", false, "cli: no banner")
	f.BoolVar(&r.cliNoSuccessAssertions, "reporter-cli-no-success-assertions", false, "cli: only failed assertions")
}

// names parses and checks --reporters and --color.
func (r *reportFlags) names() ([]string, error) {
	switch r.color {
	case "auto", "on", "off":
	default:
		return nil, fmt.Errorf("--color must be auto, on or off, got %q", r.color)
	}
	var out []string
	seen := map[string]bool{}
	for _, n := range strings.Split(r.reporters, ",") {
		n = strings.TrimSpace(n)
		if n == "" || seen[n] {
			continue
		}
		known := false
		for _, k := range reporters.Names() {
			known = known || k == n
		}
		if !known {
			return nil, fmt.Errorf("unknown reporter %q in --reporters (available: %s)", n, strings.Join(reporters.Names(), ", "))
		}
		seen[n] = true
		out = append(out, n)
	}
	return out, nil
}

// reportFile is an export file opened for a reporter.
type reportFile struct {
	path string
	f    *os.File
}

func openReport(path string) (*reportFile, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, fmt.Errorf("create report directory for %q: %w", path, err)
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, fmt.Errorf("create report %q: %w", path, err)
	}
	return &reportFile{path: path, f: f}, nil
}

// sinkSet is the reporters of one command and the files they write.
type sinkSet struct {
	sinks []result.Sink
	files []*reportFile
}

// close closes every report file once; it returns write errors.
func (ss *sinkSet) close() error {
	var errs []error
	for _, f := range ss.files {
		if err := f.f.Close(); err != nil {
			errs = append(errs, fmt.Errorf("write report %q: %w", f.path, err))
		}
	}
	ss.files = nil
	return errors.Join(errs...)
}

// openSinks creates the named reporters: cli and github write to stdout,
// the others to their export files (a default path when none is given).
// collectionFile is named in GitHub annotations.
func openSinks(r *reportFlags, names []string, collectionFile string, s Streams, now time.Time) (*sinkSet, error) {
	opts := reporters.Options{
		CLI: reporters.CLIOptions{
			Color:       r.color == "on" || (r.color == "auto" && s.IsTTY(s.Out)),
			Unicode:     !r.disableUnicode,
			Verbose:     r.verbose,
			ShowSecrets: r.showSecrets,

			NoSummary:           r.cliNoSummary,
			NoFailures:          r.cliNoFailures,
			NoConsole:           r.cliNoConsole,
			NoBanner:            r.cliNoBanner,
			NoSuccessAssertions: r.cliNoSuccessAssertions,
		},
		JSON:   reporters.JSONOptions{Version: Version, ShowSecrets: r.showSecrets},
		HTML:   reporters.HTMLOptions{Version: Version, ShowSecrets: r.showSecrets, IncludeBodies: r.verbose},
		GitHub: reporters.GitHubOptions{CollectionFile: collectionFile, Getenv: s.Getenv},
	}
	exports := map[string]string{reporters.JSON: r.jsonExport, reporters.JUnit: r.junitExport, reporters.HTML: r.htmlExport}
	ss := &sinkSet{}
	for _, n := range names {
		var w io.Writer
		switch n {
		case reporters.CLI:
			if r.silent {
				continue
			}
			w = s.Out
		case reporters.GitHub:
			// Workflow commands go to stdout; the job summary to
			// $GITHUB_STEP_SUMMARY.
			w = s.Out
		default:
			path := exports[n]
			if path == "" {
				path = reporters.DefaultExportPath(n, now)
			}
			rf, err := openReport(path)
			if err != nil {
				ss.close()
				return nil, err
			}
			ss.files = append(ss.files, rf)
			w = rf.f
		}
		sink, err := reporters.New(n, w, opts)
		if err != nil {
			ss.close()
			return nil, err
		}
		ss.sinks = append(ss.sinks, sink)
	}
	return ss, nil
}
