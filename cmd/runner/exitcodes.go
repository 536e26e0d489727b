package main

// Exit codes, documented in README.md.
const (
	// ExitOK: every request was sent and every assertion passed.
	ExitOK = 0
	// ExitFailures: an assertion failed, or a request or script errored.
	// -x/--suppress-exit-code turns it into ExitOK.
	ExitFailures = 1
	// ExitUsage: a usage or input error (bad flag, unreadable or invalid
	// collection, environment, data file or certificate), detected before
	// any request is sent. Never suppressed by -x.
	ExitUsage = 2
)

// usageError marks an error as a usage or input error (exit 2).
type usageError struct{ err error }

func (e *usageError) Error() string { return e.err.Error() }
func (e *usageError) Unwrap() error { return e.err }

func usage(err error) error {
	if err == nil {
		return nil
	}
	return &usageError{err: err}
}

// exitError carries an exit code out of a command without a message.
type exitError struct{ code int }

func (e *exitError) Error() string { return "exit" }
