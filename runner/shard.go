package runner

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/runner-ci/runner/collection"
)

// Shard selects a deterministic part of a run so that N jobs together run
// the whole of it: shard Index (1-based) of Count runs the top-level items
// (folders or requests) whose position p satisfies p % Count == Index-1, or,
// with ByIterations, the iterations i with i % Count == Index-1.
type Shard struct {
	Index, Count int
	ByIterations bool
}

// ParseShard parses "K/N" (1 <= K <= N).
func ParseShard(s string) (Shard, error) {
	k, n, ok := strings.Cut(s, "/")
	ki, err1 := strconv.Atoi(strings.TrimSpace(k))
	ni, err2 := strconv.Atoi(strings.TrimSpace(n))
	if !ok || err1 != nil || err2 != nil || ni < 1 || ki < 1 || ki > ni {
		return Shard{}, fmt.Errorf("shard %q must be K/N with 1 <= K <= N, for example 2/4", s)
	}
	return Shard{Index: ki, Count: ni}, nil
}

// active reports whether the shard splits anything.
func (s Shard) active() bool { return s.Count > 1 }

// runsIteration reports whether this shard runs iteration i (0-based).
func (s Shard) runsIteration(i int) bool {
	return !s.active() || !s.ByIterations || i%s.Count == s.Index-1
}

// filterItems keeps the requests under this shard's top-level items.
func (s Shard) filterItems(c *collection.Collection, items []*collection.Item) []*collection.Item {
	if !s.active() || s.ByIterations {
		return items
	}
	pos := map[*collection.Item]int{}
	for i, top := range c.Items {
		pos[top] = i
	}
	var out []*collection.Item
	for _, it := range items {
		top := it
		for top.Parent != nil {
			top = top.Parent
		}
		if pos[top]%s.Count == s.Index-1 {
			out = append(out, it)
		}
	}
	return out
}
