package echoserver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf16"
)

var (
	hopsPath        = regexp.MustCompile(`^/(\d+)$`)
	redirStatusPath = regexp.MustCompile(`^/status/(\d{3})$`)
	contentLengthRe = regexp.MustCompile(`(?im)^content-length:[ \t]*(\d+)`)
	chunkedRe       = regexp.MustCompile(`(?im)^transfer-encoding:[ \t]*chunked`)
)

// serveRedirectHelper is the stand-in for Newman's redirect test server.
func serveRedirectHelper(w http.ResponseWriter, r *http.Request) {
	target := r.RequestURI
	if m := hopsPath.FindStringSubmatch(target); m != nil {
		n, _ := strconv.Atoi(m[1])
		loc := "/"
		if n-1 > 0 {
			loc = "/" + strconv.Itoa(n-1)
		}
		w.Header().Set("Location", loc)
		w.WriteHeader(http.StatusFound)
		return
	}
	if m := redirStatusPath.FindStringSubmatch(target); m != nil {
		code, _ := strconv.Atoi(m[1])
		w.Header().Set("Location", "/")
		w.WriteHeader(code)
		return
	}
	body, _ := io.ReadAll(io.LimitReader(r.Body, maxBody))
	w.Header().Set("Connection", "close")
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusOK)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"url":     target,
		"method":  r.Method,
		"headers": lowerHeaders(r),
		"data":    string(body),
	})
}

// rawEcho answers each connection's single request with its exact bytes.
type rawEcho struct {
	l     net.Listener
	mu    sync.Mutex
	conns map[net.Conn]struct{}
}

func (e *rawEcho) serve() {
	for {
		c, err := e.l.Accept()
		if err != nil {
			return
		}
		e.mu.Lock()
		if e.conns == nil {
			e.conns = map[net.Conn]struct{}{}
		}
		e.conns[c] = struct{}{}
		e.mu.Unlock()
		go e.handle(c)
	}
}

// Close stops the listener and open connections.
func (e *rawEcho) Close() error {
	err := e.l.Close()
	e.mu.Lock()
	for c := range e.conns {
		_ = c.Close()
	}
	e.mu.Unlock()
	return err
}

func (e *rawEcho) handle(c net.Conn) {
	defer func() {
		_ = c.Close()
		e.mu.Lock()
		delete(e.conns, c)
		e.mu.Unlock()
	}()
	_ = c.SetDeadline(time.Now().Add(30 * time.Second))
	var raw []byte
	buf := make([]byte, 32<<10)
	for !requestComplete(raw) {
		n, err := c.Read(buf)
		raw = append(raw, buf[:n]...)
		if err != nil {
			if len(raw) == 0 {
				return
			}
			break
		}
	}
	_, _ = c.Write(RawEchoResponse(raw))
}

// requestComplete reports whether raw holds a whole request: headers plus a
// body framed by Content-Length or chunked encoding (or no body at all).
func requestComplete(raw []byte) bool {
	end := bytes.Index(raw, []byte("\r\n\r\n"))
	if end < 0 {
		return false
	}
	head := string(raw[:end])
	if m := contentLengthRe.FindStringSubmatch(head); m != nil {
		n, _ := strconv.Atoi(m[1])
		return len(raw)-(end+4) >= n
	}
	if chunkedRe.MatchString(head) {
		return bytes.Contains(raw[end:], []byte("\r\n0\r\n\r\n"))
	}
	return true
}

// RawEchoResponse builds the raw-echo reply to the request bytes raw: status
// 200, the request as a JSON string in the raw-request header (non-ASCII
// escaped) and, unless the request is a HEAD, the request bytes as body.
func RawEchoResponse(raw []byte) []byte {
	var b bytes.Buffer
	b.WriteString("HTTP/1.1 200 ok\r\nconnection: close\r\ncontent-type: text/plain\r\n")
	fmt.Fprintf(&b, "raw-request: %s\r\n\r\n", jsonASCII(string(raw)))
	if !bytes.HasPrefix(raw, []byte("HEAD ")) {
		b.Write(raw)
	}
	return b.Bytes()
}

// jsonASCII encodes s as a JSON string with every non-ASCII character
// escaped, so it is a valid header value.
func jsonASCII(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	var out strings.Builder
	for _, r := range strings.TrimSuffix(buf.String(), "\n") {
		if r < 0x80 {
			out.WriteRune(r)
			continue
		}
		for _, u := range utf16.Encode([]rune{r}) {
			fmt.Fprintf(&out, `\u%04x`, u)
		}
	}
	return out.String()
}
