package reporters

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/runner-ci/runner/runner/result"
)

// TestReadJSONRoundTrip writes every fixture run with the json reporter,
// reads it back and writes it again: the two documents must be identical.
func TestReadJSONRoundTrip(t *testing.T) {
	for _, sc := range scenarios() {
		for _, show := range []bool{false, true} {
			name := sc.name
			if show {
				name += "/show-secrets"
			}
			t.Run(name, func(t *testing.T) {
				opts := JSONOptions{Version: "1.2.3", ShowSecrets: show}
				first := jsonOutput(t, sc, opts)
				run, execs, err := ReadJSON("first.json", bytes.NewReader(first))
				if err != nil {
					t.Fatalf("ReadJSON: %v", err)
				}
				if len(execs) != len(sc.execs) {
					t.Fatalf("read %d executions, want %d", len(execs), len(sc.execs))
				}
				var second bytes.Buffer
				j := NewJSON(&second, opts)
				if err := j.Start(run); err != nil {
					t.Fatal(err)
				}
				for _, e := range execs {
					if err := j.Execution(run, e); err != nil {
						t.Fatal(err)
					}
				}
				if err := j.Done(run); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(first, second.Bytes()) {
					t.Errorf("second document differs from the first:\n%s", lineDiff(string(first), second.String()))
				}
			})
		}
	}
}

// TestReadJSONRecount checks that recounting the executions read back from
// a report gives the report's own counters and failures.
func TestReadJSONRecount(t *testing.T) {
	for _, sc := range scenarios() {
		t.Run(sc.name, func(t *testing.T) {
			run, execs, err := ReadJSON("r.json", bytes.NewReader(jsonOutput(t, sc, JSONOptions{})))
			if err != nil {
				t.Fatal(err)
			}
			again := *run
			result.Recount(&again, execs)
			if again.Stats != run.Stats {
				t.Errorf("recounted stats = %+v\nwant %+v", again.Stats, run.Stats)
			}
			if !reflect.DeepEqual(again.Failures, run.Failures) {
				t.Errorf("recounted failures = %+v\nwant %+v", again.Failures, run.Failures)
			}
			if again.TransferBytes != run.TransferBytes {
				t.Errorf("transfer bytes = %d, want %d", again.TransferBytes, run.TransferBytes)
			}
			const eps = 1e-9
			for _, p := range [][2]float64{
				{again.Timings.ResponseAverage, run.Timings.ResponseAverage},
				{again.Timings.ResponseMin, run.Timings.ResponseMin},
				{again.Timings.ResponseMax, run.Timings.ResponseMax},
				{again.Timings.ResponseSd, run.Timings.ResponseSd},
			} {
				if d := p[0] - p[1]; d > eps || d < -eps {
					t.Errorf("timings = %+v, want %+v", again.Timings, run.Timings)
					break
				}
			}
		})
	}
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestReadJSONErrors(t *testing.T) {
	good := string(jsonOutput(t, scenarios()[0], JSONOptions{}))
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"not json", "{nope", []string{`"shard.json"`, "invalid JSON"}},
		{"empty", "", []string{`"shard.json"`, "invalid JSON"}},
		{"newman report", `{"collection": {"info": {"name": "x"}}, "run": {}}`, []string{`"shard.json"`, "not a runner JSON report", "/run"}},
		{"missing executions", strings.Replace(good, `"executions"`, `"executionz"`, 1), []string{`"shard.json"`, "/run"}},
		{"bad counter", strings.Replace(good, `"total": `, `"total": -`, 1), []string{`"shard.json"`, "/run/stats"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, _, err := ReadJSON("shard.json", strings.NewReader(tc.in))
			if err == nil {
				t.Fatal("no error")
			}
			for _, w := range tc.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
	_, _, err := ReadJSON("broken.json", failingReader{})
	if err == nil || !strings.Contains(err.Error(), `"broken.json"`) || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("reader error = %v", err)
	}
}
