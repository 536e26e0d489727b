package reporters

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
)

func htmlOutput(t *testing.T, sc scenario, opts HTMLOptions) string {
	t.Helper()
	var buf bytes.Buffer
	sc.play(t, NewHTML(&buf, opts))
	return buf.String()
}

func scenarioNamed(t *testing.T, name string) scenario {
	t.Helper()
	for _, sc := range scenarios() {
		if sc.name == name {
			return sc
		}
	}
	t.Fatalf("no scenario %q", name)
	return scenario{}
}

func TestHTMLGolden(t *testing.T) {
	for _, name := range []string{"allpass", "tls", "xmlillegal"} {
		t.Run(name, func(t *testing.T) {
			golden(t, "html_"+name+".golden.html", []byte(htmlOutput(t, scenarioNamed(t, name), HTMLOptions{Version: "1.2.3"})))
		})
	}
}

// TestHTMLSelfContained checks that no report refers to anything outside
// itself and that a Content-Security-Policy forbids network fetches.
func TestHTMLSelfContained(t *testing.T) {
	external := regexp.MustCompile(`(?i)<(link|img|iframe|object|embed)\b|\bsrc\s*=|@import|url\(|\bfetch\(|XMLHttpRequest|href\s*=\s*"(?:https?:)?//`)
	for _, sc := range scenarios() {
		out := htmlOutput(t, sc, HTMLOptions{IncludeBodies: true})
		if m := external.FindString(out); m != "" {
			t.Errorf("%s: report refers to an external resource: %q", sc.name, m)
		}
		if !strings.Contains(out, `content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"`) {
			t.Errorf("%s: no Content-Security-Policy", sc.name)
		}
		if !strings.HasPrefix(out, "<!DOCTYPE html>") || !strings.Contains(out, "</html>") {
			t.Errorf("%s: not a complete HTML document", sc.name)
		}
	}
}

func TestHTMLRedaction(t *testing.T) {
	secrets := []string{secretToken, "c00kie-secret", "hunter2"}
	sc := scenarioNamed(t, "allpass")
	out := htmlOutput(t, sc, HTMLOptions{IncludeBodies: true})
	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Errorf("report contains the secret %q", s)
		}
	}
	for _, want := range []string{
		"<tr><td>Authorization</td><td>[redacted]</td></tr>",
		"<tr><td>Cookie</td><td>[redacted]</td></tr>",
		"<tr><td>Set-Cookie</td><td>[redacted]</td></tr>",
		"http://user:redacted@127.0.0.1:3000/users/1",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	shown := htmlOutput(t, scenarioNamed(t, "allpass"), HTMLOptions{ShowSecrets: true})
	for _, s := range secrets {
		if !strings.Contains(shown, s) {
			t.Errorf("ShowSecrets: report lacks %q", s)
		}
	}
}

func TestHTMLEscaping(t *testing.T) {
	sc := scenarioNamed(t, "xmlillegal")
	sc.execs[0].Assertions[0].Name = `<script>alert(1)</script>`
	sc.execs[0].Request.URL = `http://127.0.0.1/"><img src=x onerror=alert(1)>`
	out := htmlOutput(t, sc, HTMLOptions{})
	for _, bad := range []string{"<script>alert(1)", `"><img`, "<b>&</b>", "<x>"} {
		if strings.Contains(out, bad) {
			t.Errorf("report contains unescaped %q", bad)
		}
	}
	for _, want := range []string{"&lt;script&gt;alert(1)&lt;/script&gt;", "body is &lt;b&gt;&amp;amp;&lt;/b&gt;"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks escaped %q", want)
		}
	}
	if n := strings.Count(out, "<script>"); n != 1 {
		t.Errorf("report has %d <script> elements, want 1", n)
	}
}

func TestHTMLBodies(t *testing.T) {
	body := `{&#34;users&#34;:[{&#34;id&#34;:1,&#34;name&#34;:&#34;Ada&#34;}]}`
	tests := []struct {
		opts HTMLOptions
		want bool
	}{
		{HTMLOptions{}, false},
		{HTMLOptions{IncludeBodies: true}, true},
	}
	for _, tt := range tests {
		out := htmlOutput(t, scenarioNamed(t, "allpass"), tt.opts)
		if got := strings.Contains(out, body); got != tt.want {
			t.Errorf("IncludeBodies=%v: body shown = %v, want %v", tt.opts.IncludeBodies, got, tt.want)
		}
	}
}

func TestHTMLStatusAndCounts(t *testing.T) {
	out := htmlOutput(t, scenarioNamed(t, "skipped"), HTMLOptions{})
	for _, want := range []string{
		"<title>Skips: passed</title>",
		`id="filter-all" data-filter="all" aria-pressed="true">All (2)</button>`,
		`>Failed (0)</button>`,
		`>Passed (1)</button>`,
		`data-status="skipped"`,
		`<li class="skipped">○ beta feature enabled</li>`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	iters := htmlOutput(t, scenarioNamed(t, "iterations"), HTMLOptions{})
	if !strings.Contains(iters, `<strong>Users / Create user</strong> <span class="muted">iteration 3</span>`) {
		t.Error("iterations report does not show the iteration")
	}
	if strings.Contains(out, `<span class="muted">iteration 1</span>`) {
		t.Error("single-iteration report shows the iteration")
	}
	tls := htmlOutput(t, scenarioNamed(t, "tls"), HTMLOptions{})
	for _, want := range []string{
		`<span class="warn">⚠ 3 TLS warning(s)</span>`,
		`<td class="bad">failed (expired): x509: certificate has expired or is not yet valid</td>`,
		`<th class="warn">warning</th><td class="warn">server certificate is self-signed</td>`,
		"sent CN=client-alpha from certs.json#/clientCertificates/0 (api.example.test:8443), valid until 2027-12-04",
	} {
		if !strings.Contains(tls, want) {
			t.Errorf("tls report lacks %q", want)
		}
	}
}
