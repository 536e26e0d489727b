package modules

import (
	"os"
	"testing"
	"time"
)

// TestMain runs the tests in UTC: the moment vectors were generated with
// TZ=UTC.
func TestMain(m *testing.M) {
	time.Local = time.UTC
	os.Exit(m.Run())
}
