package runner

import (
	"fmt"
	"strings"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/internal/sandbox"
	"github.com/runner-ci/runner/runner/result"
)

// plan is what the engine works out once per item at start-up, so that no
// request recomputes inherited settings: the report name, the request
// settings of the merged protocolProfileBehavior (TLS profile included),
// the scripts of each event
// (collection → folders → item) and the inherited auth.
type plan struct {
	ref        result.ItemRef
	location   []string
	settings   *settings
	prerequest []collection.Script
	test       []collection.Script
	auth       *collection.Auth
}

// scripts returns the plan's scripts of an event.
func (p *plan) scripts(listen string) []collection.Script {
	if listen == sandbox.EventPrerequest {
		return p.prerequest
	}
	return p.test
}

// makePlans plans every selected item. A TLS setting that cannot be used
// (an unknown cipher name, say) is an input error here, before any request.
func (r *Runner) makePlans() error {
	r.plans = make(map[*collection.Item]*plan, len(r.items))
	for _, it := range r.items {
		if _, ok := r.plans[it]; ok {
			continue
		}
		st, err := newSettings(r.coll.ProtocolProfileBehaviorFor(it), r.opts.IgnoreRedirects)
		if err != nil {
			return fmt.Errorf("%s: request %q: protocolProfileBehavior: %w", r.coll.Source, strings.Join(it.Path(), " / "), err)
		}
		ref := itemRef(it)
		r.plans[it] = &plan{
			ref:        ref,
			location:   append([]string{r.coll.Info.Name}, it.Path()...),
			settings:   st,
			prerequest: r.coll.ScriptsFor(it, sandbox.EventPrerequest),
			test:       r.coll.ScriptsFor(it, sandbox.EventTest),
			auth:       r.coll.AuthFor(it),
		}
	}
	return nil
}

// itemRef names an item for the reports. A nameless item (or folder) is
// named by its id, as Newman does.
func itemRef(item *collection.Item) result.ItemRef {
	var path []string
	for x := item; x != nil; x = x.Parent {
		name := x.Name
		if name == "" {
			name = x.ID
		}
		path = append([]string{name}, path...)
	}
	return result.ItemRef{ID: item.ID, Name: path[len(path)-1], Path: path}
}
