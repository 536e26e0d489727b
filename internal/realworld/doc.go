// Package realworld holds a robustness test that runs the real Postman
// collections of the shared conformance corpus
// (../shared/conformance/realworld, next to the module root) against the
// local postman-echo emulation, and records which scripts fail and why.
//
// The package has no non-test code; see realworld_test.go. Regenerate the
// expectations in testdata with:
//
//	go test ./internal/realworld -run TestRealWorldCollectionsRun -update
package realworld
