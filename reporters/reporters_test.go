package reporters

import (
	"errors"
	"io"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/runner/result"
)

var errClosed = errors.New("closed")

func scenarioRun() *result.Run {
	return &result.Run{Collection: result.CollectionInfo{Name: "c"}, Started: t0}
}

func TestFormatBytes(t *testing.T) {
	tests := []struct {
		in   int64
		want string
	}{{0, "0B"}, {259, "259B"}, {999, "999B"}, {1000, "1kB"}, {1234, "1.23kB"}, {1200, "1.2kB"}, {4_500_000, "4.5MB"}, {3_000_000_000, "3GB"}}
	for _, tt := range tests {
		if got := formatBytes(tt.in); got != tt.want {
			t.Errorf("formatBytes(%d) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{{0, "0ms"}, {-3, "0ms"}, {45.4, "45ms"}, {999.4, "999ms"}, {1000, "1s"}, {1234, "1.2s"}, {63_400, "1m 3.4s"}, {7_263_000, "2h 1m 3s"}}
	for _, tt := range tests {
		if got := formatDuration(tt.in); got != tt.want {
			t.Errorf("formatDuration(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCamelCase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Folder A / uppercase host", "FolderAUppercaseHost"},
		{"get-user_by id", "GetUserById"},
		{"élan / 2nd", "Élan2nd"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := camelCase(tt.in); got != tt.want {
			t.Errorf("camelCase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSanitizeXML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain <&>", "plain <&>"},
		{"a\x00b\x01c\x1bd", "abcd"},
		{"tab\tnl\ncr\r", "tab\tnl\ncr\r"},
		{"bad \xff utf8", "bad  utf8"},
		{"\uFFFE\uFFFF😀", "😀"},
	}
	for _, tt := range tests {
		if got := sanitizeXML(tt.in); got != tt.want {
			t.Errorf("sanitizeXML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestRedactHeaders(t *testing.T) {
	in := []result.Header{
		{Key: "authorization", Value: "a"}, {Key: "Proxy-Authorization", Value: "b"},
		{Key: "Cookie", Value: "c"}, {Key: "SET-COOKIE", Value: "d"}, {Key: "Accept", Value: "e"},
	}
	got := redactHeaders(in, false)
	want := []string{Redacted, Redacted, Redacted, Redacted, "e"}
	for i, h := range got {
		if h.Value != want[i] {
			t.Errorf("header %q = %q, want %q", h.Key, h.Value, want[i])
		}
	}
	if in[0].Value != "a" {
		t.Errorf("redactHeaders modified its input")
	}
	if got := redactHeaders(in, true); got[0].Value != "a" {
		t.Errorf("redactHeaders with show = %q, want the value kept", got[0].Value)
	}
	if got := redactURL("https://u:pw@h/x", false); got != "https://u:redacted@h/x" {
		t.Errorf("redactURL = %q", got)
	}
	if got := redactURL("https://u@h/x", false); got != "https://u@h/x" {
		t.Errorf("redactURL without password = %q", got)
	}
}

func TestHostPort(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://API.example.test/x", "api.example.test:443"},
		{"http://h/x", "h:80"},
		{"https://h:8443", "h:8443"},
		{"https://[::1]:8443/", "[::1]:8443"},
		{"not a url", ""},
	}
	for _, tt := range tests {
		if got := hostPort(tt.in); got != tt.want {
			t.Errorf("hostPort(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestDefaultExportPath(t *testing.T) {
	now := time.Date(2026, 12, 4, 16, 42, 35, 123_000_000, time.FixedZone("X", 3600))
	tests := []struct{ kind, want string }{
		{"json", "runner-reports/runner-run-report-2026-12-04-15-42-35-123-0.json"},
		{"junit", "runner-reports/runner-run-report-2026-12-04-15-42-35-123-0.xml"},
		{"html", "runner-reports/runner-run-report-2026-12-04-15-42-35-123-0.html"},
	}
	for _, tt := range tests {
		if got := DefaultExportPath(tt.kind, now); got != tt.want {
			t.Errorf("DefaultExportPath(%q) = %q, want %q", tt.kind, got, tt.want)
		}
	}
}

func TestNew(t *testing.T) {
	for _, name := range Names() {
		s, err := New(name, io.Discard, Options{})
		if err != nil || s == nil {
			t.Errorf("New(%q) = %v, %v", name, s, err)
		}
	}
	if _, err := New("teamcity", io.Discard, Options{}); err == nil || !strings.Contains(err.Error(), `"teamcity"`) {
		t.Errorf("New(teamcity) error = %v, want unknown reporter", err)
	}
}

// recorder is a sink that logs the events it receives.
type recorder struct {
	name string
	log  *[]string
	err  error
}

func (r recorder) Start(*result.Run) error {
	*r.log = append(*r.log, r.name+" start")
	return r.err
}

func (r recorder) Execution(_ *result.Run, e *result.Execution) error {
	*r.log = append(*r.log, r.name+" "+e.Item.Name)
	return r.err
}

func (r recorder) Done(*result.Run) error {
	*r.log = append(*r.log, r.name+" done")
	return r.err
}

func TestMulti(t *testing.T) {
	var log []string
	m := Multi{recorder{name: "a", log: &log, err: errClosed}, recorder{name: "b", log: &log}}
	run := scenarioRun()
	e := &result.Execution{Item: result.ItemRef{Name: "x"}}
	if err := m.Start(run); !errors.Is(err, errClosed) {
		t.Errorf("Start error = %v, want errClosed", err)
	}
	if err := m.Execution(run, e); !errors.Is(err, errClosed) {
		t.Errorf("Execution error = %v, want errClosed", err)
	}
	if err := m.Done(run); !errors.Is(err, errClosed) {
		t.Errorf("Done error = %v, want errClosed", err)
	}
	want := "a start,b start,a x,b x,a done,b done"
	if got := strings.Join(log, ","); got != want {
		t.Errorf("events = %s, want %s", got, want)
	}
	if err := (Multi{recorder{name: "c", log: &log}}).Done(run); err != nil {
		t.Errorf("Done without errors = %v", err)
	}
}

func TestFormatDurationNonFinite(t *testing.T) {
	for _, v := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		if got := formatDuration(v); got != "0ms" {
			t.Errorf("formatDuration(%v) = %q, want 0ms", v, got)
		}
	}
}
