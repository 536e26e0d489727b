package runner

import (
	"net/http"
	"strings"

	"github.com/runner-ci/runner/runner/result"
)

// headerSet is an ordered, case-preserving list of request headers.
// Lookups are case-insensitive.
type headerSet struct {
	list []result.Header
}

func (h *headerSet) add(k, v string) { h.list = append(h.list, result.Header{Key: k, Value: v}) }

func (h *headerSet) get(k string) string {
	for i := len(h.list) - 1; i >= 0; i-- {
		if strings.EqualFold(h.list[i].Key, k) {
			return h.list[i].Value
		}
	}
	return ""
}

func (h *headerSet) has(k string) bool {
	for _, e := range h.list {
		if strings.EqualFold(e.Key, k) {
			return true
		}
	}
	return false
}

// set replaces every header named k with one value, keeping the position
// of the first.
func (h *headerSet) set(k, v string) {
	for i, e := range h.list {
		if strings.EqualFold(e.Key, k) {
			h.list[i].Value = v
			h.delFrom(k, i+1)
			return
		}
	}
	h.add(k, v)
}

func (h *headerSet) del(k string) { h.delFrom(k, 0) }

func (h *headerSet) delFrom(k string, from int) {
	out := h.list[:from]
	for _, e := range h.list[from:] {
		if !strings.EqualFold(e.Key, k) {
			out = append(out, e)
		}
	}
	h.list = out
}

// clone returns the headers as an http.Header (names canonicalised: header
// names are case-insensitive). The Host header is carried by Request.Host.
func (h *headerSet) clone() http.Header {
	out := make(http.Header, len(h.list))
	for _, e := range h.list {
		if strings.EqualFold(e.Key, "Host") {
			continue
		}
		out.Add(e.Key, e.Value)
	}
	return out
}

func (h *headerSet) result() []result.Header {
	return append([]result.Header(nil), h.list...)
}
