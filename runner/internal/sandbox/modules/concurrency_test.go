package modules

import (
	"errors"
	"sync"
	"testing"

	"github.com/dop251/goja"
)

// TestConcurrentRuntimes uses the shared program and schema caches from
// several runtimes at once (run with -race to check).
func TestConcurrentRuntimes(t *testing.T) {
	var wg sync.WaitGroup
	errs := make(chan error, 4)
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rt := goja.New()
			if err := InstallGlobals(rt); err != nil {
				errs <- err
				return
			}
			if _, err := Require(rt, "moment"); err != nil {
				errs <- err
				return
			}
			if _, err := rt.RunString(`CryptoJS.SHA256('x').toString() + _.get({a: 1}, 'a') + new URL('http://x/').href`); err != nil {
				errs <- err
				return
			}
			if len(ValidateSchema(map[string]any{"type": "string"}, 1.0)) != 1 {
				errs <- errFailed
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

var errFailed = errors.New("schema validation did not fail")
