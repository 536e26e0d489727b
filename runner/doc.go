// Package runner is the engine: it runs a loaded collection's iterations and
// items, sends the HTTP requests (auth, cookies, redirects, timeouts, client
// certificates through certs), runs the pre-request and test scripts in the
// sandbox, and streams the results as result.Execution events to the
// result.Sink values it is given.
//
// The engine never writes to the terminal or touches os.Args or os.Exit:
// the CLI in cmd/runner does. Reporters consume runner/result and never
// import this package.
package runner
