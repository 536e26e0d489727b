package conformance

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// Invocation describes one run of a Newman-compatible CLI on a prepared suite.
type Invocation struct {
	// Binary is the executable (newman, or our runner).
	Binary string
	// Prepared are the arguments PrepareSuite returned.
	Prepared []string
	// CAFile is passed with --ssl-extra-ca-certs so the local TLS echo is
	// trusted.
	CAFile string
	// Dir is the working directory; reports are written there too.
	Dir string
	// Env is added to the process environment.
	Env []string
	// JSONReport also requests Newman's JSON reporter (to read its stats).
	JSONReport bool
	// Timeout bounds the whole run.
	Timeout time.Duration
}

// Args returns the full argument list: run <prepared...> -r junit
// --reporter-junit-export <Dir>/junit.xml --ssl-extra-ca-certs <CAFile>.
func (inv Invocation) Args() []string {
	args := append([]string{"run"}, inv.Prepared...)
	if inv.JSONReport {
		args = append(args, "-r", "junit,json", "--reporter-json-export", inv.jsonPath())
	} else {
		args = append(args, "-r", "junit")
	}
	args = append(args, "--reporter-junit-export", inv.junitPath())
	if inv.CAFile != "" {
		args = append(args, "--ssl-extra-ca-certs", inv.CAFile)
	}
	return args
}

func (inv Invocation) junitPath() string { return filepath.Join(inv.Dir, "junit.xml") }
func (inv Invocation) jsonPath() string  { return filepath.Join(inv.Dir, "report.json") }

// Outcome is the result of an Invocation.
type Outcome struct {
	Cases []Case
	// Output is the combined stdout and stderr.
	Output []byte
	// ExitErr is the process error (a non-zero exit is normal when
	// assertions fail).
	ExitErr error
	// Assertions and FailedAssertions come from the JSON report, if asked.
	Assertions, FailedAssertions int
}

// Run executes the invocation and parses its JUnit report. It fails only
// when no usable report was written.
func (inv Invocation) Run(ctx context.Context) (*Outcome, error) {
	if inv.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, inv.Timeout)
		defer cancel()
	}
	_ = os.Remove(inv.junitPath())
	cmd := exec.CommandContext(ctx, inv.Binary, inv.Args()...)
	cmd.Dir = inv.Dir
	cmd.Env = append(os.Environ(), inv.Env...)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	o := &Outcome{Output: out.Bytes(), ExitErr: runErr}
	if ctx.Err() != nil {
		return o, fmt.Errorf("run %s: %w", filepath.Base(inv.Binary), ctx.Err())
	}
	data, err := os.ReadFile(inv.junitPath())
	if err != nil {
		return o, fmt.Errorf("run %s (exit: %v): no junit report: %w", filepath.Base(inv.Binary), runErr, err)
	}
	if o.Cases, err = ParseJUnit(data); err != nil {
		return o, err
	}
	if inv.JSONReport {
		var rep struct {
			Run struct {
				Stats struct {
					Assertions struct{ Total, Failed int } `json:"assertions"`
				} `json:"stats"`
			} `json:"run"`
		}
		data, err := os.ReadFile(inv.jsonPath())
		if err != nil {
			return o, fmt.Errorf("read json report: %w", err)
		}
		if err := json.Unmarshal(data, &rep); err != nil {
			return o, fmt.Errorf("parse json report: %w", err)
		}
		o.Assertions, o.FailedAssertions = rep.Run.Stats.Assertions.Total, rep.Run.Stats.Assertions.Failed
	}
	return o, nil
}

// ErrNoSuites is returned when a suites directory holds no collection.
var ErrNoSuites = errors.New("no suites found")
