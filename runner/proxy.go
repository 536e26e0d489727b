package runner

import (
	"bufio"
	"context"
	"encoding/base64"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// httpsProxy returns the proxy for an HTTPS connection to addr, or nil.
func (h *httpLayer) httpsProxy(addr string) (*url.URL, error) {
	proxy := h.opts.Proxy
	if proxy == nil {
		proxy = http.ProxyFromEnvironment
	}
	return proxy(&http.Request{URL: &url.URL{Scheme: "https", Host: addr}})
}

// plainProxy is the transport's Proxy function: only plain-HTTP requests
// go through net/http's proxy support. HTTPS is tunnelled by dialTunnel so
// that the client certificate and TLS diagnostics apply through a proxy
// too (net/http would otherwise do its own TLS handshake).
func (h *httpLayer) plainProxy(req *http.Request) (*url.URL, error) {
	if req.URL.Scheme == "https" {
		return nil, nil
	}
	if h.opts.Proxy != nil {
		return h.opts.Proxy(req)
	}
	return http.ProxyFromEnvironment(req)
}

// dialTunnel opens a CONNECT tunnel to addr through an HTTP proxy.
func dialTunnel(ctx context.Context, d *net.Dialer, proxy *url.URL, addr string) (net.Conn, error) {
	if proxy.Scheme != "http" && proxy.Scheme != "" {
		return nil, fmt.Errorf("proxy %s: only http:// proxies are supported for HTTPS tunnels", proxy.Redacted())
	}
	paddr := proxy.Host
	if proxy.Port() == "" {
		paddr = net.JoinHostPort(proxy.Hostname(), "80")
	}
	conn, err := d.DialContext(ctx, "tcp", paddr)
	if err != nil {
		return nil, fmt.Errorf("connect to proxy %s: %w", proxy.Redacted(), err)
	}
	if dl, ok := ctx.Deadline(); ok {
		conn.SetDeadline(dl)
		defer conn.SetDeadline(noDeadline)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "CONNECT %s HTTP/1.1\r\nHost: %s\r\n", addr, addr)
	if u := proxy.User; u != nil {
		pass, _ := u.Password()
		fmt.Fprintf(&b, "Proxy-Authorization: Basic %s\r\n", base64.StdEncoding.EncodeToString([]byte(u.Username()+":"+pass)))
	}
	b.WriteString("\r\n")
	if _, err := conn.Write([]byte(b.String())); err != nil {
		conn.Close()
		return nil, fmt.Errorf("proxy %s: send CONNECT: %w", proxy.Redacted(), err)
	}
	br := bufio.NewReader(conn)
	resp, err := http.ReadResponse(br, &http.Request{Method: http.MethodConnect})
	if err != nil {
		conn.Close()
		return nil, fmt.Errorf("proxy %s: read CONNECT response: %w", proxy.Redacted(), err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		conn.Close()
		return nil, fmt.Errorf("proxy %s refused the tunnel to %s: %s", proxy.Redacted(), addr, resp.Status)
	}
	if br.Buffered() > 0 {
		conn.Close()
		return nil, fmt.Errorf("proxy %s sent data before the TLS handshake", proxy.Redacted())
	}
	return conn, nil
}
