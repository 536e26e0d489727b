// Package reporters turns the result stream of a collection run into output:
// the Newman-like CLI text (NewCLI), one JSON document (NewJSON), a JUnit
// XML report (NewJUnit), GitHub Actions workflow commands and a job summary
// (NewGitHub), a self-contained HTML page (NewHTML) and a terminal progress
// line (NewProgress). ReadJSON reads a JSON report back (for merging sharded
// runs). Every reporter is a result.Sink: the engine calls
// Start once, Execution after each item finishes and Done once with the
// complete summary, all from a single goroutine. Reporters are not safe for
// concurrent use.
//
// Reporters never keep response bodies beyond the Execution call that
// delivered them, and they redact Authorization, Proxy-Authorization, Cookie
// and Set-Cookie header values unless told otherwise.
//
// This package imports only runner/result, certs, schemas, the standard
// library and go-junit-report's junit types; it must never import the engine
// (runner).
package reporters
