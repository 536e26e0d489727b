package collection

import (
	"fmt"
	"strings"
)

// Walk calls fn for every item, depth first in collection order (a folder
// before its children). It stops early when fn returns false.
func (c *Collection) Walk(fn func(it *Item) bool) {
	var walk func(items []*Item) bool
	walk = func(items []*Item) bool {
		for _, it := range items {
			if !fn(it) {
				return false
			}
			if it.IsFolder() && !walk(it.Items) {
				return false
			}
		}
		return true
	}
	walk(c.Items)
}

// Requests returns the request items depth first, in the order a run
// executes them.
func (c *Collection) Requests() []*Item {
	return requestsUnder(c.Items)
}

func requestsUnder(items []*Item) []*Item {
	var out []*Item
	for _, it := range items {
		if it.IsFolder() {
			out = append(out, requestsUnder(it.Items)...)
		} else {
			out = append(out, it)
		}
	}
	return out
}

// Requests returns the request items under the item (the item itself when
// it is a request), depth first.
func (it *Item) Requests() []*Item {
	return requestsUnder([]*Item{it})
}

// Select resolves --folder values to folders or requests, as Newman does.
// A single name matches by id or name, looking at the top-level items first,
// then inside each of them in order (so a top-level match wins over a nested
// one). Several names are looked up in one depth-first walk: the first item
// whose id or name is a pending name is taken, an item inside an already
// selected folder is not listed again, and the selection is returned in
// collection order. Names that match nothing are listed in the error.
func (c *Collection) Select(names []string) ([]*Item, error) {
	if len(names) == 1 {
		if it := findItemOrFolder(c.Items, names[0]); it != nil {
			return []*Item{it}, nil
		}
		return nil, c.missingError(names)
	}
	pending := map[string]bool{}
	for _, n := range names {
		pending[n] = true
	}
	var out []*Item
	var walk func(items []*Item, accumulate bool)
	walk = func(items []*Item, accumulate bool) {
		for _, it := range items {
			if len(pending) == 0 {
				return
			}
			match := ""
			switch {
			case pending[it.ID]:
				match = it.ID
			case pending[it.Name]:
				match = it.Name
			}
			if match != "" {
				if accumulate {
					out = append(out, it)
				}
				delete(pending, match)
			}
			walk(it.Items, accumulate && match == "")
		}
	}
	walk(c.Items, true)
	if len(pending) > 0 {
		var missing []string
		for _, n := range names {
			if pending[n] {
				missing = append(missing, n)
				delete(pending, n)
			}
		}
		return nil, c.missingError(missing)
	}
	return out, nil
}

func (c *Collection) missingError(missing []string) error {
	q := make([]string, len(missing))
	for i, m := range missing {
		q[i] = fmt.Sprintf("%q", m)
	}
	return fmt.Errorf("select folders in %q: no folder or request named %s", c.Source, strings.Join(q, ", "))
}

// findItemOrFolder looks for an id or name match among items, then inside
// each of them in order.
func findItemOrFolder(items []*Item, match string) *Item {
	for _, it := range items {
		if it.ID == match || it.Name == match {
			return it
		}
	}
	for _, it := range items {
		if found := findItemOrFolder(it.Items, match); found != nil {
			return found
		}
	}
	return nil
}

// SelectRequests is Select followed by collecting the request items of the
// selection, depth first, each once.
func (c *Collection) SelectRequests(names []string) ([]*Item, error) {
	sel, err := c.Select(names)
	if err != nil {
		return nil, err
	}
	seen := map[*Item]bool{}
	var out []*Item
	for _, it := range sel {
		for _, r := range it.Requests() {
			if !seen[r] {
				seen[r] = true
				out = append(out, r)
			}
		}
	}
	return out, nil
}

// Find returns the request item with the given id or, when no id matches,
// the last request item with that name (as setNextRequest does). It returns
// nil when nothing matches. With --folder, use FindRequest on the selected
// requests instead: setNextRequest only sees the items being run.
func (c *Collection) Find(nameOrID string) *Item {
	return FindRequest(c.Requests(), nameOrID)
}

// FindRequest is Find over a list of runnable request items.
func FindRequest(items []*Item, nameOrID string) *Item {
	var byName *Item
	for _, it := range items {
		if it.ID == nameOrID {
			return it
		}
		if it.Name == nameOrID {
			byName = it
		}
	}
	return byName
}

// ancestors returns the enclosing folders of it, outermost first.
func ancestors(it *Item) []*Item {
	var out []*Item
	for p := it.Parent; p != nil; p = p.Parent {
		out = append([]*Item{p}, out...)
	}
	return out
}

// ScriptsFor returns the scripts run for it on the event listen
// ("prerequest" or "test"), in execution order: collection, outermost
// folder, ..., innermost folder, the item. Disabled events and empty scripts
// are skipped.
func (c *Collection) ScriptsFor(it *Item, listen string) []Script {
	var out []Script
	add := func(evs []Event) {
		for _, e := range evs {
			if e.Listen == listen && !e.Disabled && strings.TrimSpace(e.Script.Exec) != "" {
				out = append(out, e.Script)
			}
		}
	}
	add(c.Events)
	for _, f := range ancestors(it) {
		add(f.Events)
	}
	add(it.Events)
	return out
}

// AuthFor resolves the auth that applies to it: the request's own auth, or
// when it is missing or "inherit" the nearest folder's, then the
// collection's. It returns nil when no auth applies, including when the
// chosen definition is "noauth".
func (c *Collection) AuthFor(it *Item) *Auth {
	chain := []*Auth{}
	if it.Request != nil {
		chain = append(chain, it.Request.Auth)
	} else {
		chain = append(chain, it.Auth)
	}
	anc := ancestors(it)
	for i := len(anc) - 1; i >= 0; i-- {
		chain = append(chain, anc[i].Auth)
	}
	chain = append(chain, c.Auth)
	for _, a := range chain {
		if a == nil || a.Type == "" || a.Type == "inherit" {
			continue
		}
		if a.Type == "noauth" {
			return nil
		}
		return a
	}
	return nil
}

// ProtocolProfileBehaviorFor merges the protocolProfileBehavior objects of
// the collection, the folders (outermost first) and the item; later levels
// win key by key. The result is a new map.
func (c *Collection) ProtocolProfileBehaviorFor(it *Item) map[string]any {
	out := map[string]any{}
	merge := func(m map[string]any) {
		for k, v := range m {
			out[k] = v
		}
	}
	merge(c.ProtocolProfileBehavior)
	for _, f := range ancestors(it) {
		merge(f.ProtocolProfileBehavior)
	}
	merge(it.ProtocolProfileBehavior)
	return out
}

// VariablesFor returns the variables declared on the folders enclosing it
// (outermost first) and on the item itself, in that order, so that later
// entries override earlier ones. Collection variables are not included: they
// form the collection scope.
func (c *Collection) VariablesFor(it *Item) []Variable {
	var out []Variable
	for _, f := range ancestors(it) {
		out = append(out, f.Variables...)
	}
	return append(out, it.Variables...)
}
