package result

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Recount recomputes everything in run that can be derived from its
// executions, in the order given: it renumbers the executions (Index from
// 0), and recomputes Stats.Iterations (distinct iterations executed, and
// how many of them had a failure), Stats.Items, Stats.Requests,
// Stats.Assertions, Failures (in the engine's order: request error,
// pre-request script error, failed assertions, test script error),
// TransferBytes and the response-time statistics of Timings.
//
// Stats.TestScripts and Stats.PrerequestScripts are left as they are: the
// number of scripts run per item (collection, folder and item levels) is
// not recorded in an execution. Timings.Started and Timings.Completed, and
// Started and Completed, are left as they are too.
func Recount(run *Run, execs []*Execution) {
	st := &run.Stats
	st.Iterations = Counter{}
	st.Items = Counter{}
	st.Requests = Counter{}
	st.Assertions = Counter{}
	run.Failures = []Failure{}
	run.TransferBytes = 0

	iterations := map[int]bool{} // iteration -> failed
	var n int
	var mean, m2, minV, maxV float64
	for i, ex := range execs {
		ex.Index = i
		failedBefore := len(run.Failures)
		st.Items.Total++
		if ex.Failed() {
			st.Items.Failed++
		}
		if !ex.Skipped {
			st.Requests.Total++
		}
		if ex.RequestError != nil {
			st.Requests.Failed++
			run.Failures = append(run.Failures, failureOf(ex, "request", *ex.RequestError, ""))
		}
		if ex.PrerequestScript != nil && ex.PrerequestScript.Error != nil {
			run.Failures = append(run.Failures, failureOf(ex, "prerequest-script", *ex.PrerequestScript.Error, ""))
		}
		for _, a := range ex.Assertions {
			st.Assertions.Total++
			if a.Passed || a.Skipped {
				continue
			}
			st.Assertions.Failed++
			e := Error{Name: "AssertionError", Message: "assertion failed"}
			if a.Error != nil {
				e = *a.Error
			}
			event := "test-script"
			if a.Event == "prerequest" {
				event = "prerequest-script"
			}
			run.Failures = append(run.Failures, failureOf(ex, "assertion:"+strconv.Itoa(a.Index)+" in "+event, e, a.Name))
		}
		if ex.TestScript != nil && ex.TestScript.Error != nil {
			run.Failures = append(run.Failures, failureOf(ex, "test-script", *ex.TestScript.Error, ""))
		}
		iterations[ex.Iteration] = iterations[ex.Iteration] || len(run.Failures) > failedBefore
		if ex.Response != nil {
			run.TransferBytes += ex.Response.Size
			v := ex.Response.Time
			n++
			if n == 1 {
				minV, maxV = v, v
			}
			minV, maxV = math.Min(minV, v), math.Max(maxV, v)
			d := v - mean
			mean += d / float64(n)
			m2 += d * (v - mean)
		}
	}
	st.Iterations.Total = len(iterations)
	for _, failed := range iterations {
		if failed {
			st.Iterations.Failed++
		}
	}
	t := &run.Timings
	t.ResponseAverage, t.ResponseMin, t.ResponseMax, t.ResponseSd = 0, 0, 0, 0
	if n > 0 {
		t.ResponseAverage, t.ResponseMin, t.ResponseMax = mean, minV, maxV
		t.ResponseSd = math.Sqrt(m2 / float64(n))
	}
}

func failureOf(ex *Execution, at string, e Error, assertion string) Failure {
	return Failure{At: at, Error: e, Item: ex.Item, Iteration: ex.Iteration, Execution: ex.Index, Assertion: assertion}
}

// Merge combines the runs of the shards of one collection (runs[i] with its
// executions execs[i], in shard order) into one run, as if it had run
// unsharded. order optionally lists item ids in collection order; items
// not in it are ranked by interleaving the shards' top-level items round
// robin (which is the collection order when the shards split top-level
// items and are given in shard order).
//
// Executions are ordered by iteration; within an iteration that a single
// shard ran, that shard's order is kept (so setNextRequest flows keep
// their order), otherwise executions are ordered by item rank, then shard,
// then their position in the shard. The merged run's collection,
// environment and globals are the first run's; Started and
// Timings.Started are the earliest, Completed and Timings.Completed the
// latest; script counters are summed; warnings are deduplicated; distinct
// run errors are joined with "; ". Everything else is recomputed by
// Recount. The executions are modified in place (Index).
func Merge(runs []*Run, execs [][]*Execution, order []string) (*Run, []*Execution) {
	out := &Run{Failures: []Failure{}}
	var errs []string
	seenWarn := map[string]bool{}
	seenErr := map[string]bool{}
	for i, r := range runs {
		if i == 0 {
			out.Collection = r.Collection
			out.Started, out.Completed = r.Started, r.Completed
			out.Timings.Started, out.Timings.Completed = r.Timings.Started, r.Timings.Completed
		}
		if out.Environment == "" {
			out.Environment = r.Environment
		}
		if out.Globals == "" {
			out.Globals = r.Globals
		}
		out.IterationCount = max(out.IterationCount, r.IterationCount)
		if !r.Started.IsZero() && (out.Started.IsZero() || r.Started.Before(out.Started)) {
			out.Started = r.Started
		}
		if r.Completed.After(out.Completed) {
			out.Completed = r.Completed
		}
		if r.Timings.Started != 0 && (out.Timings.Started == 0 || r.Timings.Started < out.Timings.Started) {
			out.Timings.Started = r.Timings.Started
		}
		out.Timings.Completed = max(out.Timings.Completed, r.Timings.Completed)
		addCounter(&out.Stats.TestScripts, r.Stats.TestScripts)
		addCounter(&out.Stats.PrerequestScripts, r.Stats.PrerequestScripts)
		for _, w := range r.Warnings {
			if !seenWarn[w] {
				seenWarn[w] = true
				out.Warnings = append(out.Warnings, w)
			}
		}
		if r.Error != "" && !seenErr[r.Error] {
			seenErr[r.Error] = true
			errs = append(errs, r.Error)
		}
	}
	out.Error = strings.Join(errs, "; ")

	merged := orderExecutions(execs, order)
	for _, ex := range merged {
		out.IterationCount = max(out.IterationCount, ex.Iteration+1)
	}
	Recount(out, merged)
	return out, merged
}

func addCounter(dst *Counter, c Counter) {
	dst.Total += c.Total
	dst.Pending += c.Pending
	dst.Failed += c.Failed
}

// orderExecutions implements Merge's ordering.
func orderExecutions(execs [][]*Execution, order []string) []*Execution {
	rank := itemRanks(execs, order)
	type entry struct {
		ex         *Execution
		shard, pos int
		single     bool
		iteration  int
		rank       int
	}
	shardsOf := map[int]map[int]bool{} // iteration -> shards
	var all []entry
	for s, list := range execs {
		for p, ex := range list {
			if shardsOf[ex.Iteration] == nil {
				shardsOf[ex.Iteration] = map[int]bool{}
			}
			shardsOf[ex.Iteration][s] = true
			all = append(all, entry{ex: ex, shard: s, pos: p, iteration: ex.Iteration, rank: rank[ex.Item.ID]})
		}
	}
	for i := range all {
		all[i].single = len(shardsOf[all[i].iteration]) == 1
	}
	sort.SliceStable(all, func(i, j int) bool {
		a, b := all[i], all[j]
		if a.iteration != b.iteration {
			return a.iteration < b.iteration
		}
		if !a.single && a.rank != b.rank {
			return a.rank < b.rank
		}
		if a.shard != b.shard {
			return a.shard < b.shard
		}
		return a.pos < b.pos
	})
	out := make([]*Execution, len(all))
	for i, e := range all {
		out[i] = e.ex
	}
	return out
}

// itemRanks ranks item ids: first those of order, then the others by
// round-robin interleaving of each shard's top-level groups (a top-level
// request, or the items of one top-level folder), each group's items in
// order of first appearance.
func itemRanks(execs [][]*Execution, order []string) map[string]int {
	rank := map[string]int{}
	next := 0
	add := func(id string) {
		if _, ok := rank[id]; !ok {
			rank[id] = next
			next++
		}
	}
	for _, id := range order {
		add(id)
	}
	groupKey := func(r ItemRef) string {
		if len(r.Path) > 1 {
			return "folder\x00" + r.Path[0]
		}
		return "request\x00" + r.ID
	}
	// Per shard, its groups in order of first appearance.
	groupItems := map[string][]string{}
	seenItem := map[string]bool{}
	shardGroups := make([][]string, len(execs))
	for s, list := range execs {
		seenGroup := map[string]bool{}
		for _, ex := range list {
			g := groupKey(ex.Item)
			if !seenGroup[g] {
				seenGroup[g] = true
				shardGroups[s] = append(shardGroups[s], g)
			}
			if !seenItem[ex.Item.ID] {
				seenItem[ex.Item.ID] = true
				groupItems[g] = append(groupItems[g], ex.Item.ID)
			}
		}
	}
	placed := map[string]bool{}
	for k := 0; ; k++ {
		more := false
		for s := range shardGroups {
			if k >= len(shardGroups[s]) {
				continue
			}
			more = true
			g := shardGroups[s][k]
			if placed[g] {
				continue
			}
			placed[g] = true
			for _, id := range groupItems[g] {
				add(id)
			}
		}
		if !more {
			break
		}
	}
	return rank
}
