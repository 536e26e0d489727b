package scriptconformance

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/runner-ci/runner/internal/conformance"
)

// TopicRun is the outcome of running one topic's collection.
type TopicRun struct {
	// Results are keyed by case (item) name.
	Results map[string]*Result
	// Args is the full command line after the binary.
	Args []string
	// Output is the combined stdout and stderr.
	Output []byte
}

// RunTopic writes t's run files under dir, runs bin (newman or our runner)
// on them with the JSON reporter against the echo server at base, and
// parses the report. A non-zero exit is normal (failed assertions).
func RunTopic(ctx context.Context, bin string, t Topic, base, dir string) (*TopicRun, error) {
	prepared, err := t.WriteRun(base, dir)
	if err != nil {
		return nil, err
	}
	inv := conformance.Invocation{
		Binary: bin, Prepared: prepared, Dir: dir, JSONReport: true, Timeout: 2 * time.Minute,
		Env: []string{"NO_COLOR=1"},
	}
	tr := &TopicRun{Args: inv.Args()}
	o, err := inv.Run(ctx)
	if o != nil {
		tr.Output = o.Output
	}
	if err != nil {
		return tr, fmt.Errorf("topic %s: %w", t.Name, err)
	}
	if tr.Results, err = ReadReport(filepath.Join(dir, "report.json"), Normalizer(base)); err != nil {
		return tr, fmt.Errorf("topic %s: %w", t.Name, err)
	}
	return tr, nil
}

// BuildRunner builds ./cmd/runner of the module at root into dir and
// returns the binary's path.
func BuildRunner(root, dir string) (string, error) {
	bin := filepath.Join(dir, "runner")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/runner")
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("build runner: %w\n%s", err, out)
	}
	return bin, nil
}

// ModuleRoot finds the directory holding go.mod at or above dir.
func ModuleRoot(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("resolve %q: %w", dir, err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("go.mod not found above %q", dir)
		}
		dir = parent
	}
}
