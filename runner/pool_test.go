package runner_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/certs/certstest"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner"
)

// mtlsFixture is an mTLS server that counts the connections (handshakes)
// it accepts, and a certificate store with the client certificate for it.
type mtlsFixture struct {
	url   string
	store *certs.Store
	mu    sync.Mutex
	conns map[string]bool
}

func newMTLSFixture(tb testing.TB) *mtlsFixture {
	tb.Helper()
	dir := tb.TempDir()
	f := &mtlsFixture{conns: map[string]bool{}}
	ca := certstest.NewCA(tb, "server CA")
	clientCA := certstest.NewCA(tb, "client CA")
	cp, kp := clientCA.Leaf(tb, certstest.LeafOpts{Client: true, CommonName: "bench"}).WriteFiles(tb, dir, "client")
	srv := certstest.NewTLSServer(tb, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		f.mu.Lock()
		f.conns[r.RemoteAddr] = true
		f.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"cn":%q}`, r.TLS.PeerCertificates[0].Subject.CommonName)
	}), certstest.ServerOpts{Cert: ca.Leaf(tb, certstest.LeafOpts{Hosts: []string{"127.0.0.1"}}), ClientCAs: clientCA.Pool(), RequireClientCert: true})
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())
	m, _ := json.Marshal(map[string]any{
		"caCertificates":     []string{ca.WritePEM(tb, dir)},
		"clientCertificates": []any{map[string]any{"host": "127.0.0.1", "port": json.Number(port), "cert": cp, "key": kp}},
	})
	mp := filepath.Join(dir, "certs.json")
	os.WriteFile(mp, m, 0o600)
	store, err := certs.Load(certs.Options{ManifestPath: mp})
	if err != nil {
		tb.Fatal(err)
	}
	f.url, f.store = srv.URL, store
	return f
}

func (f *mtlsFixture) connections() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.conns)
}

func mtlsCollection(tb testing.TB, url string, n int) *collection.Collection {
	tb.Helper()
	var items []any
	for i := 0; i < n; i++ {
		items = append(items, map[string]any{
			"name":    fmt.Sprintf("r%d", i),
			"request": map[string]any{"method": "GET", "url": fmt.Sprintf("%s/r/%d", url, i)},
			"event": []any{map[string]any{"listen": "test", "script": map[string]any{"exec": []string{
				"pm.test('cert sent', function () { pm.expect(pm.response.json().cn).to.equal('bench'); });",
			}}}},
		})
	}
	data, _ := json.Marshal(map[string]any{
		"info": map[string]any{"name": "pool", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"item": items,
	})
	c, err := collection.Parse(data, "pool.json")
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// TestMTLSConnectionsArePooled: many requests to one mTLS host reuse one
// connection, so one handshake.
func TestMTLSConnectionsArePooled(t *testing.T) {
	f := newMTLSFixture(t)
	r, err := runner.New(runner.Options{Collection: mtlsCollection(t, f.url, 50), Certs: f.store})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := r.Run(context.Background())
	if err != nil || len(sum.Failures) > 0 {
		t.Fatalf("run: %v %+v", err, sum.Failures)
	}
	if got := f.connections(); got != 1 {
		t.Errorf("50 requests used %d connections (handshakes), want 1", got)
	}
}

// BenchmarkMTLSPooled runs 1,000 requests to one mTLS host and reports the
// handshakes made (one, thanks to per-profile pooling).
func BenchmarkMTLSPooled(b *testing.B) {
	f := newMTLSFixture(b)
	c := mtlsCollection(b, f.url, 1000)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r, err := runner.New(runner.Options{Collection: c, Certs: f.store})
		if err != nil {
			b.Fatal(err)
		}
		if sum, err := r.Run(context.Background()); err != nil || len(sum.Failures) > 0 {
			b.Fatalf("run: %v", err)
		}
	}
	b.ReportMetric(float64(f.connections())/float64(b.N), "handshakes/1000req")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/request")
}
