package sandbox

import (
	"context"
	"crypto/sha256"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"sync"

	"github.com/dop251/goja"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

//go:embed prelude_lib.js
var preludeLib string

//go:embed prelude_pm.js
var preludePM string

// Messages of the timeout errors, as Postman words them.
const (
	msgSyncTimeout  = "sandbox: synchronous script execution timeout"
	msgAsyncTimeout = "sandbox: asynchronous script execution timeout"
)

// maxCallStack bounds JavaScript recursion so a runaway script fails with a
// RangeError instead of exhausting memory.
const maxCallStack = 4096

var (
	preludeLibProgram = goja.MustCompile("runner-prelude-lib.js", preludeLib, false)
	preludePMProgram  = goja.MustCompile("runner-prelude-pm.js", preludePM, false)
)

// interrupt reasons passed to Runtime.Interrupt.
type interruptReason int

const (
	interruptTimeout interruptReason = iota + 1
	interruptCancel
	interruptSkip
)

// Sandbox is one JavaScript context for a whole run. Create it with New and
// release it with Close when the run ends.
type Sandbox struct {
	opts Options
	rt   *goja.Runtime
	// run is the prelude's __runnerRun: it starts an execution and calls
	// the script's function, in one entry into the runtime (each entry
	// costs goja a fresh stack).
	run goja.Callable
	// respProto and respAccessors (headers get/set, stream get, cookies
	// get/set) let the host build pm.response directly.
	respProto     *goja.Object
	respAccessors []goja.Value
	// finishFn and exportFn are the prelude's __runnerFinish and
	// __runnerExportRequest.
	finishFn goja.Callable
	exportFn goja.Callable
	programs map[programKey]goja.Value
	initErr  error

	// mu guards active, the execution that timers may interrupt.
	mu     sync.Mutex
	active *execState
	cur    *execState

	jsonStringify goja.Callable
}

// New returns a Sandbox ready to run scripts. Library set-up problems (for
// example a broken embedded library) do not fail New: they surface as a
// script error of every execution.
func New(opts Options) *Sandbox {
	s := &Sandbox{opts: opts, programs: map[programKey]goja.Value{}}
	s.initErr = s.init()
	return s
}

// Close releases the runtime. The Sandbox must not be used afterwards.
func (s *Sandbox) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.rt != nil {
		s.rt.Interrupt(interruptCancel)
	}
	s.rt = nil
	s.programs = nil
}

// init creates the runtime and installs the libraries, the prelude and the
// host bridge.
func (s *Sandbox) init() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("initialise sandbox: %v", r)
		}
	}()
	rt := goja.New()
	s.rt = rt
	rt.SetFieldNameMapper(goja.TagFieldNameMapper("json", true))
	rt.SetMaxCallStackSize(maxCallStack)
	if s.opts.Now != nil {
		rt.SetTimeSource(s.opts.Now)
	}
	rt.SetPromiseRejectionTracker(s.trackRejection)
	jsonObj := rt.Get("JSON").ToObject(rt)
	s.jsonStringify, _ = goja.AssertFunction(jsonObj.Get("stringify"))

	if err := installLibraries(rt); err != nil {
		return err
	}
	if _, err := rt.RunProgram(preludeLibProgram); err != nil {
		return fmt.Errorf("run sandbox prelude: %w", err)
	}
	host := s.newHost()
	if err := rt.GlobalObject().DefineDataProperty("__runnerHost", host, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE); err != nil {
		return fmt.Errorf("install sandbox host: %w", err)
	}
	if _, err := rt.RunProgram(preludePMProgram); err != nil {
		return fmt.Errorf("run sandbox pm prelude: %w", err)
	}
	run, ok := goja.AssertFunction(rt.Get("__runnerRun"))
	if !ok {
		return errors.New("sandbox prelude did not define __runnerRun")
	}
	s.run = run
	lib := rt.Get("__runnerLib").ToObject(rt)
	s.respProto = lib.Get("Response").ToObject(rt).Get("prototype").ToObject(rt)
	if err := rt.ExportTo(lib.Get("responseAccessors"), &s.respAccessors); err != nil || len(s.respAccessors) != 5 {
		return errors.New("sandbox prelude did not define the response accessors")
	}
	if s.finishFn, ok = goja.AssertFunction(rt.Get("__runnerFinish")); !ok {
		return errors.New("sandbox prelude did not define __runnerFinish")
	}
	if s.exportFn, ok = goja.AssertFunction(rt.Get("__runnerExportRequest")); !ok {
		return errors.New("sandbox prelude did not define __runnerExportRequest")
	}
	return nil
}

// programKey identifies a compiled script: the same ID with changed source
// compiles again.
type programKey struct{ src string }

// program returns the function a script is wrapped in, compiling and
// creating it on first use (the function is reused by later executions).
// The wrapper is a function so that top-level return works, as Postman
// wraps scripts; it is an async function (so that top-level await works)
// only when the source mentions await, because goja runs async functions as
// generators, which costs a lot per execution.
//
// Scripts are keyed by their source: items of a collection often carry the
// same script (copied from request to request), and those share one
// compiled program and function.
func (s *Sandbox) program(sc collection.Script) (goja.Value, error) {
	key := programKey{src: sc.Exec}
	if fn, ok := s.programs[key]; ok {
		return fn, nil
	}
	p, err := goja.Compile(scriptName(sc), wrapScript(sc.Exec), false)
	if err != nil {
		return nil, err
	}
	fn, err := s.rt.RunProgram(p)
	if err != nil {
		return nil, err
	}
	if _, ok := goja.AssertFunction(fn); !ok {
		return nil, errors.New("sandbox: script did not compile to a function")
	}
	s.programs[key] = fn
	return fn, nil
}

// scriptName is the name a script is compiled under, as its stack frames
// show it: named by a hash of the source, since one compiled program serves
// every item with that script (Newman shows a generic name too).
func scriptName(sc collection.Script) string {
	sum := sha256.Sum256([]byte(sc.Exec))
	return fmt.Sprintf("script-%x.js", sum[:6])
}

// Run runs the scripts of one event in order and returns their combined
// result. Variable changes are applied to ex.Vars as they happen; in a
// pre-request event pm.request changes are written back to ex.Request.
func (s *Sandbox) Run(ctx context.Context, ex *Execution) Result {
	var res Result
	for _, sc := range ex.Scripts {
		if strings.TrimSpace(sc.Exec) == "" {
			continue
		}
		if ctx.Err() != nil {
			res.setError(&result.Error{Name: "Error", Message: "sandbox: execution cancelled"})
			break
		}
		s.runScript(ctx, ex, sc, &res)
		if res.SkipRequest {
			break
		}
	}
	return res
}

func (r *Result) setError(e *result.Error) {
	if r.Error == nil && e != nil {
		r.Error = e
	}
}

// runScript runs one script as its own execution.
func (s *Sandbox) runScript(ctx context.Context, ex *Execution, sc collection.Script, res *Result) {
	if s.initErr != nil {
		res.setError(&result.Error{Name: "Error", Message: s.initErr.Error()})
		return
	}
	if s.rt == nil {
		res.setError(&result.Error{Name: "Error", Message: "sandbox: used after Close"})
		return
	}
	st := newExecState(s, ex, res)
	st.sandbox2 = isSandbox2(sc.Exec)
	st.src = scriptSource{name: scriptName(sc), exec: sc.Exec}
	defer func() {
		if r := recover(); r != nil {
			st.fail(&result.Error{Name: "Error", Message: fmt.Sprintf("sandbox: internal error: %v", r)})
			st.end()
			// The runtime may be inconsistent after a Go panic: start afresh.
			s.programs = map[programKey]goja.Value{}
			s.initErr = s.init()
		}
	}()
	fn, err := s.program(sc)
	if err != nil {
		st.fail(toResultError(err))
		return
	}
	st.start(ctx)
	defer st.end()

	first := len(res.Assertions)
	st.execute(fn)
	st.finish()
	if st.skipped {
		// skipRequest discards the script's tests, as in Newman.
		res.Assertions = res.Assertions[:first]
	}
	if s.opts.StopOnFailure {
		var failed []string
		for _, a := range res.Assertions[first:] {
			if !a.Passed && !a.Skipped {
				failed = append(failed, a.Name)
			}
		}
		if len(failed) > 0 {
			res.setError(&result.Error{Name: "AssertionFailure", Message: strings.Join(failed, ", ")})
		}
	}
}

// toResultError converts an error returned by goja into a script error.
func toResultError(err error) *result.Error {
	var exc *goja.Exception
	var syn *goja.CompilerSyntaxError
	var so *goja.StackOverflowError
	switch {
	case errors.As(err, &so):
		return &result.Error{Name: "RangeError", Message: "Maximum call stack size exceeded", Stack: so.Error()}
	case errors.As(err, &exc):
		return jsError(exc.Value(), exc.String())
	case errors.As(err, &syn):
		return &result.Error{Name: "SyntaxError", Message: syn.Message, Stack: syn.Error()}
	default:
		return &result.Error{Name: "Error", Message: err.Error()}
	}
}

// jsError describes a thrown JavaScript value.
func jsError(v goja.Value, stack string) *result.Error {
	e := &result.Error{Name: "Error", Stack: stack}
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		e.Message = fmt.Sprint(v)
		return e
	}
	if o, ok := v.(*goja.Object); ok {
		if n := o.Get("name"); n != nil && !goja.IsUndefined(n) {
			e.Name = n.String()
		}
		if st := o.Get("stack"); e.Stack == "" && st != nil && !goja.IsUndefined(st) && !goja.IsNull(st) {
			e.Stack = st.String()
		}
		if m := o.Get("message"); m != nil && !goja.IsUndefined(m) {
			e.Message = m.String()
		} else {
			e.Message = v.String()
		}
		return e
	}
	e.Message = v.String()
	return e
}

// isSandbox2 reports whether a script starts with the "use sandbox2"
// directive (Postman checks the first 15 characters).
func isSandbox2(src string) bool {
	src = strings.TrimLeft(src, " \t\r\n\ufeff")
	if len(src) > 15 {
		src = src[:15]
	}
	return strings.Contains(src, "use sandbox2")
}
