package examples_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/certs/certstest"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/reporters"
	"github.com/runner-ci/runner/runner"
	"github.com/runner-ci/runner/runner/result"
)

// TestExampleRunsAgainstMTLSServer runs the example collection against a
// local server that requires a client certificate, with the example manifest
// pointed at that server, and checks what the github and html reporters make
// of the real TLS diagnostics.
func TestExampleRunsAgainstMTLSServer(t *testing.T) {
	ca := certstest.NewCA(t, "Example CA")
	server := ca.Leaf(t, certstest.LeafOpts{Hosts: []string{"127.0.0.1"}})
	client := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "orders-ci"})
	ts := certstest.NewTLSServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		switch {
		case r.URL.Path == "/health":
			io.WriteString(w, `{"status":"ok"}`)
		case r.URL.Path == "/v1/orders" && r.Method == http.MethodGet:
			io.WriteString(w, `{"orders":[{"id":"o-1"}]}`)
		case r.URL.Path == "/v1/orders" && r.Method == http.MethodPost:
			// A wrong SKU, so that one assertion fails.
			w.WriteHeader(http.StatusCreated)
			io.WriteString(w, `{"sku":"XYZ-999"}`)
		default:
			http.NotFound(w, r)
		}
	}), certstest.ServerOpts{Cert: server, ClientCAs: ca.Pool(), RequireClientCert: true})
	u, err := url.Parse(ts.URL)
	if err != nil {
		t.Fatal(err)
	}
	port, _ := strconv.Atoi(u.Port())

	// The example manifest, with its first entry aimed at the test server
	// and the test CA trusted.
	dir := t.TempDir()
	var manifest map[string]any
	raw, err := os.ReadFile("mtls-api/certs.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &manifest); err != nil {
		t.Fatal(err)
	}
	entry := manifest["clientCertificates"].([]any)[0].(map[string]any)
	entry["host"], entry["port"] = "127.0.0.1", port
	manifest["caCertificates"] = []string{filepath.Base(ca.WritePEM(t, dir))}
	env := map[string]string{
		"ORDERS_API_CLIENT_CERT":           string(client.CertPEM),
		"ORDERS_API_CLIENT_KEY":            string(client.EncryptedKeyPEM(t, "pass phrase", false)),
		"ORDERS_API_CLIENT_KEY_PASSPHRASE": "pass phrase",
	}
	// The partner entry needs its own secrets; drop it for this run.
	manifest["clientCertificates"] = manifest["clientCertificates"].([]any)[:1]
	manifestPath := filepath.Join(dir, "certs.json")
	out, _ := json.Marshal(manifest)
	if err := os.WriteFile(manifestPath, out, 0o600); err != nil {
		t.Fatal(err)
	}
	store, err := certs.Load(certs.Options{ManifestPath: manifestPath, Getenv: func(k string) string { return env[k] }})
	if err != nil {
		t.Fatalf("certs.Load: %v", err)
	}

	coll, err := collection.Load("mtls-api/orders.postman_collection.json")
	if err != nil {
		t.Fatal(err)
	}
	envScope, err := collection.LoadEnvironment("mtls-api/staging.postman_environment.json")
	if err != nil {
		t.Fatal(err)
	}
	if err := collection.ApplyOverrides(envScope, []string{"baseUrl=" + ts.URL}); err != nil {
		t.Fatal(err)
	}

	summaryPath := filepath.Join(dir, "summary.md")
	var commands, page bytes.Buffer
	gh := reporters.NewGitHub(&commands, reporters.GitHubOptions{
		CollectionFile: "examples/mtls-api/orders.postman_collection.json",
		Getenv: func(k string) string {
			return map[string]string{"GITHUB_ACTIONS": "true", "GITHUB_STEP_SUMMARY": summaryPath}[k]
		},
	})
	r, err := runner.New(runner.Options{
		Collection:  coll,
		Environment: envScope,
		Certs:       store,
		Sinks:       []result.Sink{gh, reporters.NewHTML(&page, reporters.HTMLOptions{})},
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	run, err := r.Run(ctx)
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	if run.Stats.Requests.Total != 3 || run.Stats.Requests.Failed != 0 || run.Stats.Assertions.Failed != 1 {
		t.Errorf("stats = %+v, want 3 requests sent and 1 failed assertion", run.Stats)
	}

	wantError := "::error file=examples/mtls-api/orders.postman_collection.json,title=Orders / Create order::echoes the SKU: expected "
	if !strings.HasPrefix(commands.String(), wantError) || strings.Count(commands.String(), "::error ") != 1 {
		t.Errorf("annotations:\n%s\nwant one starting with %q", commands.String(), wantError)
	}
	sum, err := os.ReadFile(summaryPath)
	if err != nil {
		t.Fatal(err)
	}
	row := "| 127.0.0.1:" + u.Port() + " | yes: CN=orders-ci,O=certstest | CN=127.0.0.1,O=certstest | expires in "
	if !strings.Contains(string(sum), row) || !strings.Contains(string(sum), "| verified | 3 |") {
		t.Errorf("certificates table lacks a verified row %q... with 3 requests:\n%s", row, sum)
	}
	html := page.String()
	for _, want := range []string{"<title>Orders API (mTLS): failed</title>", "orders-ci", "verified", ">Failed (1)</button>"} {
		if !strings.Contains(html, want) {
			t.Errorf("html report lacks %q", want)
		}
	}
}
