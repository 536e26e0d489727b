package reporters

import (
	"bytes"
	"context"
	"os"
	osexec "os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// chromiumPath is where Debian's chromium package installs the browser;
// .ci/run installs it.
const chromiumPath = "/usr/bin/chromium"

// findChromium returns the browser to test with. It skips the test when
// there is none, except in CI (CI=true), where a missing browser fails it.
func findChromium(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat(chromiumPath); err == nil {
		return chromiumPath
	}
	// Elsewhere (GitHub's hosted runners have Google Chrome), any Chromium
	// build on PATH will do.
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome-stable", "google-chrome"} {
		if p, err := osexec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s not found: .ci/run must install Debian's chromium package for the HTML report browser test", chromiumPath)
	}
	t.Skipf("%s not found (install Debian's chromium package to run the HTML report browser test; it is required when CI=true)", chromiumPath)
	return ""
}

// TestHTMLInBrowser opens a generated report in headless Chromium and checks
// that the summary and a failed assertion render and that the filter and
// the search work.
func TestHTMLInBrowser(t *testing.T) {
	browser := findChromium(t)

	// A run with passed and failed requests over several iterations, plus
	// the TLS scenario's requests.
	sc := scenarioNamed(t, "iterations")
	sc.execs = append(sc.execs, scenarioNamed(t, "tls").execs...)
	var buf bytes.Buffer
	sc.play(t, NewHTML(&buf, HTMLOptions{}))
	page := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	alloc, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(browser),
		chromedp.Flag("headless", true),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(alloc)
	defer cancelBrowser()

	// count returns how many executions with the given status ("" for
	// any) are shown.
	count := func(status string) int {
		t.Helper()
		n, err := chromedp.Run(bctx, chromedp.Evaluate[int](`Array.from(document.querySelectorAll("details.exec")).filter(e => (`+
			jsString(status)+` === "" || e.dataset.status === `+jsString(status)+`) && e.offsetParent !== null).length`))
		if err != nil {
			t.Fatalf("count %q: %v", status, err)
		}
		return n
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(bctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatalf("text of %s: %v", sel, err)
		}
		return s
	}
	do := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}

	do("open the report", chromedp.Navigate("file://"+page), chromedp.WaitVisible(chromedp.ID("summary")))
	title, err := chromedp.Run(bctx, chromedp.Title())
	if err != nil {
		t.Fatalf("title: %v", err)
	}
	summary := text("#summary")
	failedText := text("details.exec.failed li.failed")
	allShown, passedBefore := count(""), count("passed")
	do("click failed", chromedp.Click(chromedp.ID("filter-failed")))
	failedAfter, passedAfter := count("failed"), count("passed")
	shownText := text("#shown")
	do("search", chromedp.Click(chromedp.ID("filter-all")), chromedp.SendKeys(chromedp.ID("search"), "self-signed"))
	searchHits := count("")
	do("click passed", chromedp.Click(chromedp.ID("filter-passed")))
	clear := `(() => { const s = document.getElementById("search"); s.value = ""; return s.dispatchEvent(new Event("input")); })()`
	if _, err := chromedp.Run(bctx, chromedp.Evaluate[bool](clear)); err != nil {
		t.Fatalf("dispatch input: %v", err)
	}
	passedAgain, failedAgain := count("passed"), count("failed")

	if title != "Iterations: failed" {
		t.Errorf("title = %q", title)
	}
	if !strings.Contains(summary, "Iterations") || !strings.Contains(summary, "failed") {
		t.Errorf("summary = %q", summary)
	}
	if !strings.Contains(failedText, "status is 201: expected response to have status code 201 but got 500") {
		t.Errorf("failed assertion = %q", failedText)
	}
	// 6 iteration executions (2 failed) and 3 TLS ones (1 failed).
	if allShown != 9 || passedBefore != 6 {
		t.Errorf("before filtering: %d shown, %d passed; want 9 and 6", allShown, passedBefore)
	}
	if failedAfter != 3 || passedAfter != 0 {
		t.Errorf("after clicking failed: %d failed and %d passed shown; want 3 and 0", failedAfter, passedAfter)
	}
	if shownText != "3 of 9 shown" {
		t.Errorf("shown counter = %q", shownText)
	}
	if searchHits != 1 {
		t.Errorf("search for self-signed shows %d executions, want 1", searchHits)
	}
	if passedAgain != 6 || failedAgain != 0 {
		t.Errorf("passed filter shows %d passed and %d failed executions, want 6 and 0", passedAgain, failedAgain)
	}
}

// jsString quotes s as a JavaScript string literal (s is plain ASCII here).
func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
