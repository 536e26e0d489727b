package runner

import (
	"slices"
	"strings"
)

// PlannedRequests returns how many executions the run will make if every
// item runs once per iteration: the items left after --folder selection and
// sharding, times the iterations this shard runs. It returns 0 (unknown)
// when a script of the collection may call setNextRequest, since jumps make
// the count unpredictable. Skipped requests and runs stopped early (--bail,
// --timeout) make fewer.
func (r *Runner) PlannedRequests() int {
	if r.mayJump() {
		return 0
	}
	iterations := r.opts.IterationCount
	if iterations <= 0 {
		iterations = max(len(r.opts.IterationData), 1)
	}
	n := 0
	for i := 0; i < iterations; i++ {
		if r.opts.Shard.runsIteration(i) {
			n++
		}
	}
	return n * len(r.items)
}

// mayJump reports whether any script run for the selected items mentions
// setNextRequest.
func (r *Runner) mayJump() bool {
	for _, p := range r.plans {
		for _, s := range slices.Concat(p.prerequest, p.test) {
			if strings.Contains(s.Exec, "setNextRequest") {
				return true
			}
		}
	}
	return false
}
