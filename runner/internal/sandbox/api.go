// Package sandbox runs Postman pre-request and test scripts in goja. It is
// the only package that imports goja, and only the runner imports it.
//
// One Sandbox serves a whole run, as in Postman: implicit globals created by
// one script are visible to later scripts. Each script is compiled once and
// cached by its collection.Script.ID. A Sandbox is not safe for concurrent
// use.
package sandbox

import (
	"context"
	"net/http"
	"time"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

// Options configure a Sandbox.
type Options struct {
	// ScriptTimeout bounds each script, synchronous and asynchronous parts
	// together; 0 means no limit.
	ScriptTimeout time.Duration
	// Now returns the current time; nil means time.Now. Tests fix it.
	Now func() time.Time
	// StopOnFailure turns failed assertions into a script error named
	// AssertionFailure whose message lists the failing test names joined by
	// ", " (postman-runtime's stopOnFailure), so the engine can stop.
	StopOnFailure bool
}

// Event names.
const (
	EventPrerequest = "prerequest"
	EventTest       = "test"
)

// Info is what pm.info and pm.execution.location expose.
type Info struct {
	Iteration      int
	IterationCount int
	RequestName    string
	RequestID      string
	// Location is [collection name, folders..., item name].
	Location []string
}

// Variables are the scopes a script sees. Local persists across the run;
// Data is the current iteration's row (scripts get their own copy for
// pm.iterationData.set).
type Variables struct {
	Globals     *collection.Scope
	Collection  *collection.Scope
	Environment *collection.Scope
	Data        *collection.Scope
	Local       *collection.Scope
}

// Response is a received HTTP response as scripts see it.
type Response struct {
	Code       int
	Status     string
	Headers    []collection.Header
	Body       []byte
	Time       float64 // milliseconds
	HeaderSize int64
	Cookies    []*http.Cookie
	TLS        *certs.Info
}

// CookieJar is the run's cookie jar as pm.cookies and pm.cookies.jar() see it.
type CookieJar interface {
	Cookies(rawURL string) ([]*http.Cookie, error)
	SetCookie(rawURL string, c *http.Cookie) error
	DeleteCookie(rawURL, name string) error
	Clear(rawURL string) error
}

// SendFunc sends a request for pm.sendRequest through the runner's HTTP layer
// (so certificates and TLS settings apply). The request's variables are
// already resolved by the sandbox.
type SendFunc func(ctx context.Context, req *collection.Request) (*Response, error)

// Execution is one event (pre-request or test) of one item.
type Execution struct {
	Event string
	// Scripts run in order (collection, folders, request); each is its own
	// execution with assertion indices starting at 0.
	Scripts []collection.Script
	Info    Info
	Vars    Variables
	// Request is the item's request. In a pre-request script changes made
	// through pm.request are written back to it; in a test script it is the
	// resolved request that was sent.
	Request *collection.Request
	// Response is nil in pre-request scripts; in test scripts it is nil only
	// when the request failed (pm.response is then empty).
	Response *Response
	Cookies  CookieJar
	Send     SendFunc
	// Console receives console.* output: level is log, info, warn, error or
	// debug; msg is formatted as Node's util.format would.
	Console func(level, msg string)
	// SubRequest is called for each pm.sendRequest with its outcome, for the
	// reports.
	SubRequest func(sr result.SubRequest)
}

// Result is the outcome of an Execution.
type Result struct {
	// Assertions in the order they completed, pm.test results first and
	// legacy tests[] after, per script.
	Assertions []result.Assertion
	// Error is the first script error (uncaught exception, syntax error,
	// timeout); scripts after a failed one still run, as in Postman.
	Error *result.Error
	// NextRequestSet is true when setNextRequest was called; NextRequest is
	// then the name or id, or nil for null.
	NextRequestSet bool
	NextRequest    *string
	// SkipRequest is true when a pre-request script called
	// pm.execution.skipRequest().
	SkipRequest bool
	Visualizer  *result.Visualizer
}
