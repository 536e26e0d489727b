package runner_test

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/certs/certstest"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner"
	"github.com/runner-ci/runner/runner/result"
)

// connectProxy is a minimal HTTP CONNECT proxy on loopback that counts the
// tunnels it opens.
func connectProxy(t *testing.T) (*url.URL, *atomic.Int64) {
	t.Helper()
	var tunnels atomic.Int64
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodConnect {
			http.Error(w, "CONNECT only", http.StatusMethodNotAllowed)
			return
		}
		up, err := net.Dial("tcp", r.Host)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		tunnels.Add(1)
		conn, _, err := w.(http.Hijacker).Hijack()
		if err != nil {
			up.Close()
			return
		}
		io.WriteString(conn, "HTTP/1.1 200 Connection established\r\n\r\n")
		go func() { io.Copy(up, conn); up.Close() }()
		go func() { io.Copy(conn, up); conn.Close() }()
	})}
	go srv.Serve(l)
	t.Cleanup(func() { srv.Close() })
	return &url.URL{Scheme: "http", Host: l.Addr().String()}, &tunnels
}

type collectSink struct{ execs []*result.Execution }

func (c *collectSink) Start(*result.Run) error { return nil }
func (c *collectSink) Execution(_ *result.Run, e *result.Execution) error {
	c.execs = append(c.execs, e)
	return nil
}
func (c *collectSink) Done(*result.Run) error { return nil }

func TestClientCertificateThroughProxy(t *testing.T) {
	dir := t.TempDir()
	ca := certstest.NewCA(t, "server CA")
	clientCA := certstest.NewCA(t, "client CA")
	client := clientCA.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "via-proxy"})
	certPath, keyPath := client.WriteFiles(t, dir, "client")
	srv := certstest.NewTLSServer(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		io.WriteString(w, r.TLS.PeerCertificates[0].Subject.CommonName)
	}), certstest.ServerOpts{Cert: ca.Leaf(t, certstest.LeafOpts{Hosts: []string{"127.0.0.1"}}), ClientCAs: clientCA.Pool(), RequireClientCert: true})
	_, port, _ := net.SplitHostPort(srv.Listener.Addr().String())

	manifest := map[string]any{
		"caCertificates":     []string{ca.WritePEM(t, dir)},
		"clientCertificates": []any{map[string]any{"host": "127.0.0.1", "port": json.Number(port), "cert": certPath, "key": keyPath}},
	}
	data, _ := json.Marshal(manifest)
	mpath := filepath.Join(dir, "certs.json")
	os.WriteFile(mpath, data, 0o600)
	store, err := certs.Load(certs.Options{ManifestPath: mpath})
	if err != nil {
		t.Fatal(err)
	}
	doc := `{"info":{"name":"p","schema":"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
	  "item":[{"name":"via proxy","request":{"method":"GET","url":"` + srv.URL + `/x"},
	  "event":[{"listen":"test","script":{"exec":["pm.test('cn', function () { pm.expect(pm.response.text()).to.equal('via-proxy'); });"]}}]}]}`
	c, err := collection.Parse([]byte(doc), "proxy.json")
	if err != nil {
		t.Fatal(err)
	}
	proxyURL, tunnels := connectProxy(t)
	sink := &collectSink{}
	r, err := runner.New(runner.Options{
		Collection: c, Certs: store, Sinks: []result.Sink{sink},
		Proxy: func(*http.Request) (*url.URL, error) { return proxyURL, nil },
	})
	if err != nil {
		t.Fatal(err)
	}
	sum, err := r.Run(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if len(sum.Failures) > 0 {
		t.Fatalf("failures: %+v", sum.Failures)
	}
	if tunnels.Load() != 1 {
		t.Errorf("proxy opened %d tunnels, want 1", tunnels.Load())
	}
	ex := sink.execs[0]
	if ex.TLS == nil || !ex.TLS.ClientCertificate.Sent {
		t.Errorf("tls info through the proxy: %+v", ex.TLS)
	}
}
