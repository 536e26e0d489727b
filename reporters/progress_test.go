package reporters

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/runner/result"
)

// playProgress sends n executions to a progress line whose clock advances
// by step per execution; failAt lists the executions after which a failure
// is recorded.
func playProgress(t *testing.T, total, n int, step time.Duration, failAt map[int]bool) string {
	t.Helper()
	var b strings.Builder
	p := NewProgress(&b, total)
	clock := t0
	p.now = func() time.Time { return clock }
	run := &result.Run{Failures: []result.Failure{}}
	if err := p.Start(run); err != nil {
		t.Fatal(err)
	}
	for i := 0; i < n; i++ {
		clock = clock.Add(step)
		if failAt[i] {
			run.Failures = append(run.Failures, result.Failure{At: "request"})
		}
		if err := p.Execution(run, &result.Execution{Index: i}); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Done(run); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestProgress(t *testing.T) {
	tests := []struct {
		name     string
		total, n int
		step     time.Duration
		failAt   map[int]bool
		want     string
	}{
		{
			name: "every update shown when slow", total: 3, n: 3, step: 200 * time.Millisecond, failAt: map[int]bool{1: true},
			want: "\r[0/3] requests done, failures: 0" +
				"\r[1/3] requests done, failures: 0" +
				"\r[2/3] requests done, failures: 1" +
				"\r[3/3] requests done, failures: 1" +
				"\r[3/3] requests done, failures: 1\n",
		},
		{
			name: "throttled to ten a second", total: 10, n: 10, step: 30 * time.Millisecond,
			// updates at 120 ms (4 done) and 240 ms (8 done), then the final line.
			want: "\r[0/10] requests done, failures: 0" +
				"\r[4/10] requests done, failures: 0" +
				"\r[8/10] requests done, failures: 0" +
				"\r[10/10] requests done, failures: 0\n",
		},
		{
			name: "unknown total shows only the count", total: 0, n: 2, step: time.Second,
			want: "\r[0] requests done, failures: 0" +
				"\r[1] requests done, failures: 0" +
				"\r[2] requests done, failures: 0" +
				"\r[2] requests done, failures: 0\n",
		},
		{
			name: "more than planned (setNextRequest) drops the total and pads", total: 1, n: 2, step: time.Second,
			want: "\r[0/1] requests done, failures: 0" +
				"\r[1/1] requests done, failures: 0" +
				"\r[2] requests done, failures: 0  " +
				"\r[2] requests done, failures: 0  \n",
		},
		{
			name: "nothing ran", total: 4, n: 0,
			want: "\r[0/4] requests done, failures: 0" +
				"\r[0/4] requests done, failures: 0\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := playProgress(t, tc.total, tc.n, tc.step, tc.failAt)
			if got != tc.want {
				t.Errorf("got  %q\nwant %q", got, tc.want)
			}
			if strings.Count(got, "\n") != 1 || !strings.HasSuffix(got, "\n") {
				t.Errorf("want exactly one newline, at the end: %q", got)
			}
		})
	}
}

func TestProgressSetTotal(t *testing.T) {
	var b strings.Builder
	p := NewProgress(&b, 0)
	p.SetTotal(5)
	if err := p.Start(&result.Run{}); err != nil {
		t.Fatal(err)
	}
	if b.String() != "\r[0/5] requests done, failures: 0" {
		t.Errorf("got %q", b.String())
	}
}

type brokenWriter struct{}

func (brokenWriter) Write([]byte) (int, error) { return 0, errors.New("closed") }

func TestProgressWriteError(t *testing.T) {
	p := NewProgress(brokenWriter{}, 1)
	if err := p.Done(&result.Run{}); err == nil || !strings.Contains(err.Error(), "progress") {
		t.Errorf("Done error = %v", err)
	}
}
