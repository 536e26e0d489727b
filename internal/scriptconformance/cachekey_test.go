package scriptconformance_test

// The tests run a runner binary built from ./cmd/runner. These imports make
// the engine's packages part of this test's inputs, so "go test" does not
// reuse a cached result after the engine changes (cmd/runner itself, a main
// package, cannot be imported; its own tests cover it).
import (
	_ "github.com/runner-ci/runner/certs"
	_ "github.com/runner-ci/runner/collection"
	_ "github.com/runner-ci/runner/reporters"
	_ "github.com/runner-ci/runner/runner"
)
