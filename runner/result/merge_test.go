package result

import (
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// ex builds an execution of item id (path = folders + name) in iteration it
// with a response time of ms (no response when ms < 0).
func ex(it int, id string, ms float64, path ...string) *Execution {
	e := &Execution{ID: id + "-" + string(rune('0'+it)), Iteration: it, Item: ItemRef{ID: id, Name: path[len(path)-1], Path: path}, Assertions: []Assertion{}}
	e.Request = &Request{Method: "GET", URL: "http://127.0.0.1/" + id}
	if ms >= 0 {
		e.Response = &Response{Code: 200, Status: "OK", Time: ms, Size: 10}
	}
	return e
}

func TestRecount(t *testing.T) {
	boom := &Error{Name: "TypeError", Message: "boom"}
	skipped := ex(0, "s", -1, "skipped")
	skipped.Skipped, skipped.Request = true, nil
	reqErr := ex(0, "r", -1, "F", "request error")
	reqErr.RequestError = &Error{Name: "RequestError", Message: "connect ECONNREFUSED"}
	scripts := ex(1, "x", 30, "scripts")
	scripts.PrerequestScript = &ScriptResult{Error: boom}
	scripts.TestScript = &ScriptResult{Error: boom}
	scripts.Assertions = []Assertion{
		{Name: "pre ok", Index: 0, Passed: true, Event: "prerequest"},
		{Name: "pre bad", Index: 1, Event: "prerequest"},
		{Name: "bad", Index: 2, Event: "test", Error: &Error{Name: "AssertionError", Message: "expected 1 to equal 2"}},
		{Name: "skipped", Index: 3, Skipped: true, Event: "test"},
	}
	ok := ex(2, "ok", 20, "ok")
	ok.Assertions = []Assertion{{Name: "fine", Passed: true}}

	run := &Run{Stats: Stats{TestScripts: Counter{Total: 7}}, Failures: []Failure{{At: "stale"}}, TransferBytes: 999}
	execs := []*Execution{skipped, reqErr, ex(0, "a", 10, "a"), scripts, ok}
	Recount(run, execs)

	for i, e := range execs {
		if e.Index != i {
			t.Errorf("execs[%d].Index = %d", i, e.Index)
		}
	}
	want := Stats{
		Iterations:  Counter{Total: 3, Failed: 2},
		Items:       Counter{Total: 5, Failed: 2},
		Requests:    Counter{Total: 4, Failed: 1},
		TestScripts: Counter{Total: 7}, // not derivable: kept
		Assertions:  Counter{Total: 5, Failed: 2},
	}
	if run.Stats != want {
		t.Errorf("stats = %+v\nwant %+v", run.Stats, want)
	}
	var at []string
	for _, f := range run.Failures {
		at = append(at, f.At+"@"+string(rune('0'+f.Execution)))
	}
	wantAt := []string{"request@1", "prerequest-script@3", "assertion:1 in prerequest-script@3", "assertion:2 in test-script@3", "test-script@3"}
	if !reflect.DeepEqual(at, wantAt) {
		t.Errorf("failures at %q, want %q", at, wantAt)
	}
	if f := run.Failures[2]; f.Error.Name != "AssertionError" || f.Error.Message != "assertion failed" || f.Assertion != "pre bad" || f.Iteration != 1 {
		t.Errorf("assertion failure without error = %+v", f)
	}
	if f := run.Failures[3]; f.Error.Message != "expected 1 to equal 2" || f.Item.ID != "x" {
		t.Errorf("assertion failure = %+v", f)
	}
	if run.TransferBytes != 30 {
		t.Errorf("transfer bytes = %d, want 30", run.TransferBytes)
	}
	tm := run.Timings
	sd := math.Sqrt((100 + 100 + 0) / 3.0)
	if tm.ResponseMin != 10 || tm.ResponseMax != 30 || math.Abs(tm.ResponseAverage-20) > 1e-9 || math.Abs(tm.ResponseSd-sd) > 1e-9 {
		t.Errorf("timings = %+v, want min 10 max 30 avg 20 sd %v", tm, sd)
	}

	// An empty run has zero counters and timings, and a non-nil failures list.
	empty := &Run{Timings: Timings{ResponseMax: 5}}
	Recount(empty, nil)
	if empty.Stats != (Stats{}) || empty.Timings.ResponseMax != 0 || empty.Failures == nil {
		t.Errorf("empty recount = %+v", empty)
	}
}

func ids(execs []*Execution) string {
	var s []string
	for _, e := range execs {
		s = append(s, e.Item.ID+string(rune('0'+e.Iteration)))
	}
	return strings.Join(s, " ")
}

func TestMergeOrder(t *testing.T) {
	// The collection: top-level A (folder with a1, a2), b, C (folder with
	// nested c1), d, e.
	a1 := func(it int) *Execution { return ex(it, "a1", 1, "A", "a1") }
	a2 := func(it int) *Execution { return ex(it, "a2", 1, "A", "a2") }
	b := func(it int) *Execution { return ex(it, "b", 1, "b") }
	c1 := func(it int) *Execution { return ex(it, "c1", 1, "C", "N", "c1") }
	d := func(it int) *Execution { return ex(it, "d", 1, "d") }
	e := func(it int) *Execution { return ex(it, "e", 1, "e") }
	tests := []struct {
		name  string
		execs [][]*Execution
		order []string
		want  string
	}{
		{
			name: "items 1/3 2/3 3/3, two iterations",
			execs: [][]*Execution{
				{a1(0), a2(0), d(0), a1(1), a2(1), d(1)},
				{b(0), e(0), b(1), e(1)},
				{c1(0), c1(1)},
			},
			want: "a10 a20 b0 c10 d0 e0 a11 a21 b1 c11 d1 e1",
		},
		{
			name: "items given in another order without a collection",
			execs: [][]*Execution{
				{b(0), e(0)},
				{a1(0), a2(0), d(0)},
			},
			want: "b0 a10 a20 e0 d0", // round robin of top-level groups: b, A, e, d
		},
		{
			name: "items given in another order with the collection order",
			execs: [][]*Execution{
				{b(0), e(0)},
				{a1(0), a2(0), d(0)},
			},
			order: []string{"a1", "a2", "b", "c1", "d", "e"},
			want:  "a10 a20 b0 d0 e0",
		},
		{
			name: "iterations 1/2 2/2",
			execs: [][]*Execution{
				{a1(0), b(0), a1(2), b(2)},
				{a1(1), b(1), a1(3), b(3)},
			},
			want: "a10 b0 a11 b1 a12 b2 a13 b3",
		},
		{
			name: "an iteration run by one shard keeps its order (setNextRequest loop)",
			execs: [][]*Execution{
				{b(0), a1(0), b(0), a1(0)},
				{a1(1), b(1)},
			},
			want: "b0 a10 b0 a10 a11 b1",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runs := make([]*Run, len(tc.execs))
			for i := range runs {
				runs[i] = &Run{Collection: CollectionInfo{Name: "c"}}
			}
			_, merged := Merge(runs, tc.execs, tc.order)
			if got := ids(merged); got != tc.want {
				t.Errorf("order = %s\nwant    %s", got, tc.want)
			}
			for i, m := range merged {
				if m.Index != i {
					t.Errorf("merged[%d].Index = %d", i, m.Index)
				}
			}
		})
	}
}

func TestMergeRunFields(t *testing.T) {
	t0 := time.Date(2026, 12, 4, 10, 0, 0, 0, time.UTC)
	fail := ex(1, "b", 40, "b")
	fail.Assertions = []Assertion{{Name: "nope", Event: "test"}}
	runs := []*Run{
		{
			Collection: CollectionInfo{ID: "id", Name: "c"}, Environment: "env.json",
			Started: t0.Add(time.Second), Completed: t0.Add(5 * time.Second),
			Timings:  Timings{Started: t0.Add(time.Second).UnixMilli(), Completed: t0.Add(5 * time.Second).UnixMilli(), ResponseMax: 1e6},
			Stats:    Stats{TestScripts: Counter{Total: 2, Failed: 1}, PrerequestScripts: Counter{Total: 1}, Items: Counter{Total: 1e6}},
			Warnings: []string{"w1", "w2"},
			Error:    "stopped after \"b\"",
		},
		{
			Collection: CollectionInfo{ID: "id", Name: "c"}, Globals: "globals.json",
			Started: t0, Completed: t0.Add(3 * time.Second),
			Timings:  Timings{Started: t0.UnixMilli(), Completed: t0.Add(3 * time.Second).UnixMilli()},
			Stats:    Stats{TestScripts: Counter{Total: 3}, PrerequestScripts: Counter{Total: 4, Failed: 2}},
			Warnings: []string{"w2", "w3"},
			Error:    "stopped after \"b\"",
		},
	}
	execs := [][]*Execution{{ex(0, "a", 10, "a"), fail}, {ex(0, "b", 20, "b"), ex(1, "a", 30, "a")}}
	m, merged := Merge(runs, execs, nil)
	if m.Collection != (CollectionInfo{ID: "id", Name: "c"}) || m.Environment != "env.json" || m.Globals != "globals.json" {
		t.Errorf("identity = %+v %q %q", m.Collection, m.Environment, m.Globals)
	}
	if !m.Started.Equal(t0) || !m.Completed.Equal(t0.Add(5*time.Second)) {
		t.Errorf("started %v completed %v", m.Started, m.Completed)
	}
	if m.Timings.Started != t0.UnixMilli() || m.Timings.Completed != t0.Add(5*time.Second).UnixMilli() {
		t.Errorf("timings started/completed = %d/%d", m.Timings.Started, m.Timings.Completed)
	}
	if m.Timings.ResponseMax != 40 || m.Timings.ResponseMin != 10 || m.Timings.ResponseAverage != 25 {
		t.Errorf("response timings = %+v", m.Timings)
	}
	want := Stats{
		Iterations:        Counter{Total: 2, Failed: 1},
		Items:             Counter{Total: 4},
		Requests:          Counter{Total: 4},
		TestScripts:       Counter{Total: 5, Failed: 1},
		PrerequestScripts: Counter{Total: 5, Failed: 2},
		Assertions:        Counter{Total: 1, Failed: 1},
	}
	want.Items.Failed = 1
	if m.Stats != want {
		t.Errorf("stats = %+v\nwant %+v", m.Stats, want)
	}
	if !reflect.DeepEqual(m.Warnings, []string{"w1", "w2", "w3"}) {
		t.Errorf("warnings = %q", m.Warnings)
	}
	if m.Error != `stopped after "b"` {
		t.Errorf("error = %q", m.Error)
	}
	if m.IterationCount != 2 {
		t.Errorf("iteration count = %d, want 2", m.IterationCount)
	}
	if len(m.Failures) != 1 || m.Failures[0].Execution != 3 || merged[3] != fail {
		t.Errorf("failures = %+v, order %s", m.Failures, ids(merged))
	}
}
