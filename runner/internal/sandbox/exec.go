package sandbox

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/dop251/goja"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

// phase tells which part of a script is running, for the timeout message.
type phase int

const (
	phaseSync phase = iota
	phaseAsync
)

// timer is a pending setTimeout/setInterval/setImmediate callback.
type timer struct {
	id       int64
	due      time.Time
	seq      int64
	fn       goja.Callable
	args     []goja.Value
	interval time.Duration
	repeat   bool
}

// execState is one script execution: its pm, event loop and error.
type execState struct {
	s   *Sandbox
	ex  *Execution
	res *Result

	ctx    context.Context
	cancel context.CancelFunc
	stop   func() bool
	parent context.Context

	phase   phase
	failed  bool
	skipped bool

	timers      []*timer
	nextTimerID int64
	seq         int64

	// completions carries results of goroutines (pm.sendRequest) back to the
	// loop (it is made by the first goAsync: receiving from nil never
	// succeeds); pending counts the goroutines still running.
	completions chan func()
	pending     int

	mainPromise *goja.Promise
	rejections  []*goja.Promise

	data       *collection.Scope
	dataCloned bool

	// usedTests and usedRequest are set when the script touched legacy
	// tests[] or pm.request: only then is there scoring or a write-back to
	// do after it.
	usedTests, usedRequest bool

	// typed holds the declared types of variables this execution set.
	typed map[typedKey]string

	// sandbox2 is true when the script opts out of the legacy API.
	sandbox2 bool

	// src is the running script, quoted in V8-style error messages.
	src scriptSource
}

func newExecState(s *Sandbox, ex *Execution, res *Result) *execState {
	st := &execState{s: s, ex: ex, res: res}
	// pm.iterationData.set changes only the script's own copy, made on
	// the first change (see scope).
	st.data = ex.Vars.Data
	return st
}

// fail records a script error (the first one of the event wins) and stops
// the execution.
func (st *execState) fail(e *result.Error) {
	v8Error(e, e.Stack, &st.src)
	st.failed = true
	st.res.setError(e)
}

// start arms the timeout and marks the execution as the one timers may
// interrupt.
func (st *execState) start(ctx context.Context) {
	st.parent = ctx
	if d := st.s.opts.ScriptTimeout; d > 0 {
		st.ctx, st.cancel = context.WithTimeout(ctx, d)
	} else {
		st.ctx, st.cancel = context.WithCancel(ctx)
	}
	s := st.s
	s.rt.ClearInterrupt()
	s.mu.Lock()
	s.active = st
	s.cur = st
	s.mu.Unlock()
	st.stop = context.AfterFunc(st.ctx, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		if s.active == st && s.rt != nil {
			if st.parent.Err() != nil {
				s.rt.Interrupt(interruptCancel)
			} else {
				s.rt.Interrupt(interruptTimeout)
			}
		}
	})
}

// deactivate ensures no timeout interrupt can hit the runtime any more.
func (st *execState) deactivate() {
	s := st.s
	s.mu.Lock()
	if s.active == st {
		s.active = nil
	}
	s.mu.Unlock()
	if st.stop != nil {
		st.stop()
	}
	if s.rt != nil {
		s.rt.ClearInterrupt()
	}
}

// end releases the execution.
func (st *execState) end() {
	st.deactivate()
	if st.cancel != nil {
		st.cancel()
	}
	st.timers = nil
	if st.s.cur == st {
		st.s.cur = nil
	}
}

// handleErr converts an error from a JavaScript call into the script error.
func (st *execState) handleErr(err error) {
	if err == nil {
		return
	}
	var intr *goja.InterruptedError
	if errors.As(err, &intr) {
		switch intr.Value() {
		case interruptSkip:
			return
		case interruptCancel:
			st.fail(&result.Error{Name: "Error", Message: "sandbox: execution cancelled"})
			return
		default:
			if st.phase == phaseSync {
				st.fail(&result.Error{Name: "Error", Message: msgSyncTimeout})
			} else {
				st.fail(&result.Error{Name: "Error", Message: msgAsyncTimeout})
			}
			return
		}
	}
	st.fail(toResultError(err))
}

// stopped reports whether the execution must not run more JavaScript.
func (st *execState) stopped() bool { return st.failed || st.skipped }

// execute starts the execution in the prelude, runs the script's
// synchronous part and then its event loop.
func (st *execState) execute(fn goja.Value) {
	s := st.s
	ex := st.ex
	rt := s.rt
	st.phase = phaseSync
	pv, err := s.run(goja.Undefined(), fn,
		rt.ToValue(ex.Event),
		rt.ToValue(!st.sandbox2),
		rt.ToValue(ex.Event == EventTest && ex.Response != nil))
	if err != nil {
		st.handleErr(err)
		return
	}
	if p, ok := pv.Export().(*goja.Promise); ok {
		st.mainPromise = p
	}
	if st.checkMain() {
		return
	}
	st.phase = phaseAsync
	st.loop()
	st.checkMain()
	if !st.stopped() {
		st.checkRejections()
	}
}

// checkMain records the error of a rejected top-level function and reports
// whether the execution has ended.
func (st *execState) checkMain() bool {
	if st.stopped() {
		return true
	}
	if st.mainPromise != nil && st.mainPromise.State() == goja.PromiseStateRejected {
		st.fail(jsError(st.mainPromise.Result(), ""))
		return true
	}
	return st.checkRejections()
}

// checkRejections turns the first unhandled promise rejection into the
// script error.
func (st *execState) checkRejections() bool {
	for _, p := range st.rejections {
		if p == st.mainPromise {
			continue
		}
		st.fail(jsError(p.Result(), ""))
		return true
	}
	return false
}

// trackRejection is goja's promise rejection tracker.
func (s *Sandbox) trackRejection(p *goja.Promise, op goja.PromiseRejectionOperation) {
	st := s.cur
	if st == nil {
		return
	}
	switch op {
	case goja.PromiseRejectionReject:
		st.rejections = append(st.rejections, p)
	case goja.PromiseRejectionHandle:
		for i, q := range st.rejections {
			if q == p {
				st.rejections = append(st.rejections[:i], st.rejections[i+1:]...)
				break
			}
		}
	}
}

// addTimer schedules fn; delay < 0 is setImmediate.
func (st *execState) addTimer(fn goja.Callable, delay float64, repeat bool, args []goja.Value) int64 {
	st.nextTimerID++
	st.seq++
	d := time.Duration(delay * float64(time.Millisecond))
	if d < 0 {
		d = 0
	}
	t := &timer{id: st.nextTimerID, due: time.Now().Add(d), seq: st.seq, fn: fn, args: args, interval: d, repeat: repeat}
	if delay < 0 {
		// Immediates run before timers that are already due.
		t.due = time.Time{}
	}
	st.timers = append(st.timers, t)
	return t.id
}

func (st *execState) clearTimer(id int64) {
	for i, t := range st.timers {
		if t.id == id {
			st.timers = append(st.timers[:i], st.timers[i+1:]...)
			return
		}
	}
}

// nextTimer returns the earliest timer.
func (st *execState) nextTimer() *timer {
	if len(st.timers) == 0 {
		return nil
	}
	sort.SliceStable(st.timers, func(i, j int) bool {
		a, b := st.timers[i], st.timers[j]
		if !a.due.Equal(b.due) {
			return a.due.Before(b.due)
		}
		return a.seq < b.seq
	})
	return st.timers[0]
}

// call runs a JavaScript callback from the loop.
func (st *execState) call(fn goja.Callable, args ...goja.Value) {
	if st.stopped() {
		return
	}
	_, err := fn(goja.Undefined(), args...)
	st.handleErr(err)
	if !st.stopped() {
		st.checkMain()
	}
}

// loop runs timers and completions until nothing is pending, the script
// fails or the time is up.
func (st *execState) loop() {
	for !st.stopped() {
		t := st.nextTimer()
		if t == nil && st.pending == 0 {
			return
		}
		// Deliver finished goroutine work first, without blocking.
		select {
		case f := <-st.completions:
			st.pending--
			f()
			continue
		default:
		}
		var wait <-chan time.Time
		if t != nil {
			now := time.Now()
			if !t.due.After(now) {
				st.fire(t)
				continue
			}
			tm := time.NewTimer(t.due.Sub(now))
			wait = tm.C
			select {
			case f := <-st.completions:
				tm.Stop()
				st.pending--
				f()
			case <-wait:
				st.fire(t)
			case <-st.ctx.Done():
				tm.Stop()
				st.timedOut()
				return
			}
			continue
		}
		select {
		case f := <-st.completions:
			st.pending--
			f()
		case <-st.ctx.Done():
			st.timedOut()
			return
		}
	}
}

func (st *execState) timedOut() {
	if st.parent.Err() != nil {
		st.fail(&result.Error{Name: "Error", Message: "sandbox: execution cancelled"})
		return
	}
	st.fail(&result.Error{Name: "Error", Message: msgAsyncTimeout})
}

// fire runs a due timer, rescheduling intervals.
func (st *execState) fire(t *timer) {
	st.clearTimer(t.id)
	if t.repeat {
		st.seq++
		iv := t.interval
		if iv < time.Millisecond {
			iv = time.Millisecond
		}
		next := *t
		next.due = time.Now().Add(iv)
		next.seq = st.seq
		st.timers = append(st.timers, &next)
	}
	st.call(t.fn, t.args...)
}

// goAsync runs work on a goroutine; its completion callback runs on the
// loop. work must respect ctx.
func (st *execState) goAsync(work func(ctx context.Context) func()) {
	st.pending++
	ctx := st.ctx
	if st.completions == nil {
		st.completions = make(chan func(), 16)
	}
	ch := st.completions
	go func() {
		var done func()
		func() {
			defer func() {
				if r := recover(); r != nil {
					done = func() {
						st.fail(&result.Error{Name: "Error", Message: fmt.Sprintf("sandbox: internal error: %v", r)})
					}
				}
			}()
			done = work(ctx)
		}()
		select {
		case ch <- done:
		case <-ctx.Done():
		}
	}()
}

// finish scores legacy tests and writes pm.request changes back.
func (st *execState) finish() {
	// Score and export without the timeout: the script's own time is over.
	st.deactivate()
	if st.skipped {
		return
	}
	s := st.s
	if st.usedTests {
		if _, err := s.finishFn(goja.Undefined(), s.rt.ToValue(true)); err != nil {
			st.fail(toResultError(err))
		}
	}
	if st.ex.Event == EventPrerequest && st.ex.Request != nil && st.usedRequest {
		v, err := s.exportFn(goja.Undefined())
		if err != nil {
			st.fail(toResultError(err))
			return
		}
		if o, ok := v.(*goja.Object); ok {
			st.writeBack(o.Get("before"), o.Get("after"))
		}
	}
}
