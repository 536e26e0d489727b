package runner_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/internal/echoserver"
	"github.com/runner-ci/runner/runner"
)

// benchCollection builds a collection of n GET requests, each with a test
// script of two pm.test JSON assertions.
func benchCollection(b *testing.B, baseURL string, n int) *collection.Collection {
	b.Helper()
	test := []string{
		"var body = pm.response.json();",
		"pm.test('status is 200', function () { pm.response.to.have.status(200); });",
		"pm.test('arg echoed', function () { pm.expect(body.args).to.have.property('i').that.is.a('string'); });",
	}
	items := make([]map[string]any, n)
	for i := range items {
		items[i] = map[string]any{
			"name":    fmt.Sprintf("request %d", i),
			"event":   []any{map[string]any{"listen": "test", "script": map[string]any{"exec": test}}},
			"request": map[string]any{"method": "GET", "url": fmt.Sprintf("%s/get?i=%d", baseURL, i)},
		}
	}
	doc := map[string]any{
		"info": map[string]any{"name": "bench", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"item": items,
	}
	data, err := json.Marshal(doc)
	if err != nil {
		b.Fatal(err)
	}
	c, err := collection.Parse(data, "bench.json")
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// peakHeap samples the heap while f runs and returns the highest HeapInuse.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var peak atomic.Uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > peak.Load() {
				peak.Store(ms.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	return peak.Load()
}

// BenchmarkRunner runs 1,000 and 5,000 requests (a 100-request collection,
// 10 and 50 iterations) with two JSON assertions each through the engine,
// against a loopback echo server. Compare its ns/request with
// BenchmarkBareLoop's; peak-heap-MB must not grow with the number of
// requests.
func BenchmarkRunner(b *testing.B) {
	srv := httptest.NewServer(echoserver.Handler())
	defer srv.Close()
	c := benchCollection(b, srv.URL, 100)
	for _, iterations := range []int{10, 50} {
		n := 100 * iterations
		b.Run(fmt.Sprintf("requests=%d", n), func(b *testing.B) {
			var peak uint64
			for i := 0; i < b.N; i++ {
				r, err := runner.New(runner.Options{Collection: c, IterationCount: iterations})
				if err != nil {
					b.Fatal(err)
				}
				peak = max(peak, peakHeap(func() {
					s, err := r.Run(context.Background())
					if err != nil {
						b.Fatal(err)
					}
					if len(s.Failures) > 0 {
						b.Fatalf("failures: %+v", s.Failures[0])
					}
				}))
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/request")
			b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
		})
	}
}

// BenchmarkBareLoop makes the same requests (same URLs and headers) with a
// plain net/http client and parses the same JSON: the floor the runner is
// measured against.
func BenchmarkBareLoop(b *testing.B) {
	const n = 1000
	srv := httptest.NewServer(echoserver.Handler())
	defer srv.Close()
	client := &http.Client{}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j := 0; j < n; j++ {
			// The same request the runner sends: Postman's system headers.
			req, _ := http.NewRequest(http.MethodGet, fmt.Sprintf("%s/get?i=%d", srv.URL, j), nil)
			req.Header.Set("User-Agent", "runner/bench")
			req.Header.Set("Accept", "*/*")
			req.Header.Set("Cache-Control", "no-cache")
			req.Header.Set("Postman-Token", "00000000-0000-4000-8000-000000000000")
			req.Header.Set("Accept-Encoding", "gzip, deflate, br")
			req.Header.Set("Connection", "keep-alive")
			resp, err := client.Do(req)
			if err != nil {
				b.Fatal(err)
			}
			data, err := io.ReadAll(resp.Body)
			resp.Body.Close()
			if err != nil {
				b.Fatal(err)
			}
			var body struct {
				Args map[string]string `json:"args"`
			}
			if err := json.Unmarshal(data, &body); err != nil {
				b.Fatal(err)
			}
			if resp.StatusCode != 200 || body.Args["i"] != fmt.Sprint(j) {
				b.Fatalf("unexpected response %d %v", resp.StatusCode, body.Args)
			}
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*n), "ns/request")
}

// libraryCollection builds n requests whose test script makes the two JSON
// assertions of benchCollection, plus (when withLibs) an HMAC-SHA256
// signature with CryptoJS, a lodash _.get chain and a moment format.
func libraryCollection(b *testing.B, baseURL string, n int, withLibs bool) *collection.Collection {
	b.Helper()
	test := []string{
		"var body = pm.response.json();",
		"pm.test('status is 200', function () { pm.response.to.have.status(200); });",
		"pm.test('arg echoed', function () { pm.expect(body.args).to.have.property('i').that.is.a('string'); });",
	}
	if withLibs {
		test = append(test,
			"var _ = require('lodash'); var moment = require('moment'); var CryptoJS = require('crypto-js');",
			"var sig = CryptoJS.HmacSHA256(body.url + body.args.i, 'secret-key').toString(CryptoJS.enc.Hex);",
			"var host = _.get(body, 'headers.host', 'none');",
			"var stamp = moment.utc(1700000000000).format('YYYY-MM-DD HH:mm:ss');",
			"pm.environment.set('last', sig.length + host.length + stamp.length);",
		)
	} else {
		test = append(test, "pm.environment.set('last', body.url.length);")
	}
	items := make([]map[string]any, n)
	for i := range items {
		items[i] = map[string]any{
			"name":    fmt.Sprintf("request %d", i),
			"event":   []any{map[string]any{"listen": "test", "script": map[string]any{"exec": test}}},
			"request": map[string]any{"method": "GET", "url": fmt.Sprintf("%s/get?i=%d", baseURL, i)},
		}
	}
	data, _ := json.Marshal(map[string]any{
		"info": map[string]any{"name": "libs", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
		"item": items,
	})
	c, err := collection.Parse(data, "libs.json")
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkLibraries compares a collection whose test scripts sign with
// CryptoJS HMAC-SHA256, read with lodash _.get and format with moment
// against the same collection without those calls (target: within 1.5x).
func BenchmarkLibraries(b *testing.B) {
	srv := httptest.NewServer(echoserver.Handler())
	defer srv.Close()
	for _, withLibs := range []bool{false, true} {
		b.Run(fmt.Sprintf("libraries=%v", withLibs), func(b *testing.B) {
			// 1,000 requests (100 × 10 iterations), as BenchmarkRunner:
			// one-off costs (loading a library into the runtime) are paid
			// once per run, as in a real run.
			c := libraryCollection(b, srv.URL, 100, withLibs)
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				r, err := runner.New(runner.Options{Collection: c, IterationCount: 10})
				if err != nil {
					b.Fatal(err)
				}
				s, err := r.Run(context.Background())
				if err != nil || len(s.Failures) > 0 {
					b.Fatalf("run: %v %+v", err, s.Failures)
				}
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*1000), "ns/request")
		})
	}
}
