package runner

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf16"

	"golang.org/x/crypto/md4"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

func unhex(t *testing.T, s string) []byte {
	t.Helper()
	b, err := hex.DecodeString(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// msNLMPTargetInfo is the target info of [MS-NLMP] 4.2.4: NbDomainName
// "Domain", NbComputerName "Server", MsvAvEOL.
const msNLMPTargetInfo = "02000c0044006f006d00610069006e0001000c0053006500720076006500720000000000"

// TestNTLMv2Vectors checks [MS-NLMP] 4.2.4 (NTLMv2 authentication): user
// "User", domain "Domain", password "Password", server challenge
// 0123456789abcdef, client challenge aa..aa, time zero.
func TestNTLMv2Vectors(t *testing.T) {
	key := ntowfV2("User", "Domain", "Password")
	if got := hex.EncodeToString(key); got != "0c868a403bfd7a93a3001ef22ef02e3f" {
		t.Errorf("NTOWFv2 %s", got)
	}
	if got := hex.EncodeToString(ntowfV2("USER", "Domain", "Password")); got != hex.EncodeToString(key) {
		t.Errorf("NTOWFv2 must not depend on the user name's case")
	}
	var sc, cc [8]byte
	copy(sc[:], unhex(t, "0123456789abcdef"))
	copy(cc[:], bytes.Repeat([]byte{0xaa}, 8))
	lm, nt := ntlmV2Responses(key, sc, cc, make([]byte, 8), unhex(t, msNLMPTargetInfo))
	if got := hex.EncodeToString(lm); got != "86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa" {
		t.Errorf("LMv2 response %s", got)
	}
	want := "68cd0ab851e51c96aabc927bebef6a1c" + "01010000000000000000000000000000aaaaaaaaaaaaaaaa00000000" + msNLMPTargetInfo + "00000000"
	if got := hex.EncodeToString(nt); got != want {
		t.Errorf("NTLMv2 response\n got %s\nwant %s", got, want)
	}

	// The same through a whole AUTHENTICATE message, at FILETIME zero.
	ch := &ntlmChallenge{flags: ntlmFlagUnicode | ntlmFlagNTLM | ntlmFlagTargetInfo | ntlmFlagExtendedSecurity, challenge: sc, targetInfo: unhex(t, msNLMPTargetInfo)}
	msg := ntlmAuthenticate(ch, "User", "Domain", "Password", "COMPUTER", cc, time.Date(1601, 1, 1, 0, 0, 0, 0, time.UTC))
	m, err := parseAuthenticate(msg)
	if err != nil {
		t.Fatal(err)
	}
	if hex.EncodeToString(m.nt) != want || hex.EncodeToString(m.lm) != "86c35097ac9cec102554764a57cccc19aaaaaaaaaaaaaaaa" {
		t.Errorf("message responses lm %x nt %x", m.lm, m.nt)
	}
	if m.user != "User" || m.domain != "Domain" || m.workstation != "COMPUTER" || m.flags&ntlmFlagUnicode == 0 {
		t.Errorf("message fields %+v", m)
	}
}

func TestNTLMIdentity(t *testing.T) {
	cases := []struct{ user, domain, wantUser, wantDomain string }{
		{"alice", "", "alice", ""},
		{"alice", "CORP", "alice", "CORP"},
		{`CORP\alice`, "", "alice", "CORP"},
		{"alice@corp.example", "", "alice", "corp.example"},
		{`CORP\alice`, "OTHER", `CORP\alice`, "OTHER"},
		{`CORP\alice@x`, "", `CORP\alice@x`, ""},
		{`\alice`, "", `\alice`, ""},
		{"alice@", "", "alice@", ""},
	}
	for _, c := range cases {
		u, d := ntlmIdentity(c.user, c.domain)
		if u != c.wantUser || d != c.wantDomain {
			t.Errorf("ntlmIdentity(%q, %q) = %q, %q; want %q, %q", c.user, c.domain, u, d, c.wantUser, c.wantDomain)
		}
	}
}

func TestNTLMMessages(t *testing.T) {
	n := ntlmNegotiate("corp", "ws1")
	if !bytes.Equal(n[:8], []byte("NTLMSSP\x00")) || binary.LittleEndian.Uint32(n[8:]) != 1 {
		t.Fatalf("negotiate header %x", n[:12])
	}
	flags := binary.LittleEndian.Uint32(n[12:])
	if flags&ntlmFlagDomainSupplied == 0 || flags&ntlmFlagWorkstationSupplied == 0 || flags&ntlmFlagNTLM == 0 {
		t.Errorf("negotiate flags %08x", flags)
	}
	field := func(b []byte, at int) string {
		l, off := int(binary.LittleEndian.Uint16(b[at:])), int(binary.LittleEndian.Uint32(b[at+4:]))
		return string(b[off : off+l])
	}
	if d, w := field(n, 16), field(n, 24); d != "CORP" || w != "WS1" {
		t.Errorf("negotiate domain %q workstation %q", d, w)
	}
	if f := binary.LittleEndian.Uint32(ntlmNegotiate("", "")[12:]); f&(ntlmFlagDomainSupplied|ntlmFlagWorkstationSupplied) != 0 {
		t.Errorf("empty names flagged as supplied: %08x", f)
	}

	bad := [][]byte{
		nil,
		[]byte("NTLMSSP\x00\x01\x00\x00\x00"),
		append([]byte("NOTNTLM\x00\x02\x00\x00\x00"), make([]byte, 40)...),
		func() []byte { // target info past the end
			b := challengeMessage([8]byte{}, ntlmFlagUnicode, []byte{1, 2, 3, 4})
			binary.LittleEndian.PutUint16(b[40:], 200)
			return b
		}(),
	}
	for i, b := range bad {
		if _, err := parseNTLMChallenge(b); err == nil {
			t.Errorf("bad challenge %d parsed", i)
		}
	}
	ch, err := parseNTLMChallenge(challengeMessage([8]byte{1, 2, 3, 4, 5, 6, 7, 8}, ntlmFlagUnicode|ntlmFlagTargetInfo, []byte{0, 0, 0, 0}))
	if err != nil || ch.challenge != [8]byte{1, 2, 3, 4, 5, 6, 7, 8} || len(ch.targetInfo) != 4 {
		t.Errorf("challenge %+v %v", ch, err)
	}

	// OEM strings when the server does not negotiate Unicode.
	msg := ntlmAuthenticate(&ntlmChallenge{flags: ntlmFlagOEM | ntlmFlagNTLM}, "bob", "D", "pw", "WS", [8]byte{}, time.Now())
	m, err := parseAuthenticate(msg)
	if err != nil || m.user != "bob" || m.domain != "D" || m.workstation != "WS" {
		t.Errorf("OEM authenticate %+v %v", m, err)
	}
}

// ---- a loopback NTLM server ----

// authenticateMsg is a parsed AUTHENTICATE message (test side).
type authenticateMsg struct {
	lm, nt                    []byte
	domain, user, workstation string
	flags                     uint32
}

func parseAuthenticate(b []byte) (*authenticateMsg, error) {
	if len(b) < 64 || !bytes.Equal(b[:8], []byte("NTLMSSP\x00")) || binary.LittleEndian.Uint32(b[8:]) != 3 {
		return nil, errors.New("not an AUTHENTICATE message")
	}
	m := &authenticateMsg{flags: binary.LittleEndian.Uint32(b[60:])}
	get := func(at int) ([]byte, error) {
		l, off := int(binary.LittleEndian.Uint16(b[at:])), int(binary.LittleEndian.Uint32(b[at+4:]))
		if off+l > len(b) {
			return nil, fmt.Errorf("field at %d out of bounds", at)
		}
		return b[off : off+l], nil
	}
	str := func(x []byte) string {
		if m.flags&ntlmFlagUnicode == 0 {
			return string(x)
		}
		u := make([]uint16, len(x)/2)
		for i := range u {
			u[i] = binary.LittleEndian.Uint16(x[2*i:])
		}
		return string(utf16.Decode(u))
	}
	var f [5][]byte
	for i := range f {
		var err error
		if f[i], err = get(12 + 8*i); err != nil {
			return nil, err
		}
	}
	m.lm, m.nt, m.domain, m.user, m.workstation = f[0], f[1], str(f[2]), str(f[3]), str(f[4])
	return m, nil
}

// challengeMessage builds a CHALLENGE message (test side).
func challengeMessage(challenge [8]byte, flags uint32, targetInfo []byte) []byte {
	b := make([]byte, 48)
	copy(b, "NTLMSSP\x00")
	binary.LittleEndian.PutUint32(b[8:], 2)
	binary.LittleEndian.PutUint32(b[16:], 48) // empty target name
	binary.LittleEndian.PutUint32(b[20:], flags)
	copy(b[24:], challenge[:])
	binary.LittleEndian.PutUint16(b[40:], uint16(len(targetInfo)))
	binary.LittleEndian.PutUint16(b[42:], uint16(len(targetInfo)))
	binary.LittleEndian.PutUint32(b[44:], 48)
	return append(b, targetInfo...)
}

func avPair(id uint16, v []byte) []byte {
	b := make([]byte, 4, 4+len(v))
	binary.LittleEndian.PutUint16(b, id)
	binary.LittleEndian.PutUint16(b[2:], uint16(len(v)))
	return append(b, v...)
}

// ntlmServer authenticates connections with NTLMv2, as IIS does: the
// AUTHENTICATE message must arrive on the connection that got the
// challenge, and an authenticated connection needs no more credentials.
type ntlmServer struct {
	password  string
	timestamp bool // send MsvAvTimestamp in the target info

	mu            sync.Mutex
	newConns      int
	challenges    map[string][8]byte // by connection (remote address)
	authenticated map[string]string  // connection -> DOMAIN\user
	steps         []string
	errs          []error
}

func newNTLMServer(t *testing.T, password string, timestamp bool) (*ntlmServer, string) {
	s := &ntlmServer{password: password, timestamp: timestamp, challenges: map[string][8]byte{}, authenticated: map[string]string{}}
	srv := httptest.NewUnstartedServer(s)
	srv.Config.ConnState = func(_ net.Conn, st http.ConnState) {
		if st == http.StateNew {
			s.mu.Lock()
			s.newConns++
			s.mu.Unlock()
		}
	}
	srv.Start()
	t.Cleanup(srv.Close)
	return s, srv.URL
}

func (s *ntlmServer) fail(err error) {
	s.errs = append(s.errs, err)
}

func (s *ntlmServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	conn := r.RemoteAddr
	authz := r.Header.Get("Authorization")
	if who, ok := s.authenticated[conn]; ok && authz == "" {
		s.steps = append(s.steps, "reuse")
		fmt.Fprintf(w, "hello %s", who)
		return
	}
	token, isNTLM := strings.CutPrefix(authz, "NTLM ")
	raw, err := base64.StdEncoding.DecodeString(token)
	if !isNTLM || err != nil || len(raw) < 12 {
		s.steps = append(s.steps, "anonymous")
		w.Header().Add("WWW-Authenticate", "Negotiate")
		w.Header().Add("WWW-Authenticate", "NTLM")
		w.WriteHeader(http.StatusUnauthorized)
		return
	}
	switch binary.LittleEndian.Uint32(raw[8:]) {
	case 1:
		s.steps = append(s.steps, "negotiate")
		var c [8]byte
		rand.Read(c[:])
		s.challenges[conn] = c
		ti := append(avPair(2, utf16le("TESTDOM")), avPair(1, utf16le("SERVER"))...)
		if s.timestamp {
			ti = append(ti, avPair(7, fileTime(time.Now()))...)
		}
		ti = append(ti, avPair(0, nil)...)
		msg := challengeMessage(c, ntlmFlagUnicode|ntlmFlagNTLM|ntlmFlagExtendedSecurity|ntlmFlagTargetInfo|ntlmFlag128|ntlmFlag56|ntlmFlagVersion, ti)
		w.Header().Set("WWW-Authenticate", "NTLM "+base64.StdEncoding.EncodeToString(msg))
		w.WriteHeader(http.StatusUnauthorized)
	case 3:
		s.steps = append(s.steps, "authenticate")
		c, ok := s.challenges[conn]
		if !ok {
			s.fail(fmt.Errorf("AUTHENTICATE on connection %s, which got no challenge", conn))
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		delete(s.challenges, conn)
		m, err := parseAuthenticate(raw)
		if err == nil {
			err = s.verify(m, c)
		}
		if err != nil {
			s.fail(err)
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		s.authenticated[conn] = m.domain + `\` + m.user + "@" + m.workstation
		fmt.Fprintf(w, "hello %s", s.authenticated[conn])
	default:
		s.fail(errors.New("unexpected NTLM message type"))
		w.WriteHeader(http.StatusBadRequest)
	}
}

// verify checks an NTLMv2 response against the password the server knows.
func (s *ntlmServer) verify(m *authenticateMsg, challenge [8]byte) error {
	if len(m.nt) < 48 {
		return fmt.Errorf("NT response of %d bytes is not NTLMv2", len(m.nt))
	}
	h := md4.New()
	h.Write(utf16le(s.password))
	mac := hmac.New(md5.New, h.Sum(nil))
	mac.Write(utf16le(strings.ToUpper(m.user) + m.domain))
	key := mac.Sum(nil)
	mac = hmac.New(md5.New, key)
	mac.Write(challenge[:])
	mac.Write(m.nt[16:])
	if !hmac.Equal(mac.Sum(nil), m.nt[:16]) {
		return errors.New("NTProofStr does not match (wrong password?)")
	}
	if s.timestamp && !bytes.Equal(m.lm, make([]byte, 24)) {
		return errors.New("LM response should be zeros with a server timestamp")
	}
	if !s.timestamp {
		mac = hmac.New(md5.New, key)
		mac.Write(challenge[:])
		mac.Write(m.lm[16:])
		if !hmac.Equal(mac.Sum(nil), m.lm[:16]) {
			return errors.New("LMv2 response does not match")
		}
	}
	return nil
}

// TestNTLMLoopback runs the handshake through the engine against the
// loopback server: anonymous 401, NEGOTIATE, CHALLENGE, AUTHENTICATE on one
// kept-alive connection; the next request reuses the authenticated
// connection, as with IIS.
func TestNTLMLoopback(t *testing.T) {
	for _, withTS := range []bool{false, true} {
		t.Run(fmt.Sprintf("server timestamp %v", withTS), func(t *testing.T) {
			s, base := newNTLMServer(t, "pässword", withTS)
			params := map[string]any{"username": `TESTDOM\alice`, "password": "pässword", "workstation": "ws1"}
			execs := runAuthCollection(t, "ntlm", params,
				authRequest{method: "POST", url: base + "/a", body: strings.Repeat("payload ", 1000)},
				authRequest{method: "GET", url: base + "/b"},
			)
			s.mu.Lock()
			defer s.mu.Unlock()
			for _, err := range s.errs {
				t.Error(err)
			}
			for i, e := range execs {
				if e.RequestError != nil || e.Response == nil || e.Response.Code != 200 {
					t.Errorf("request %d: %+v %+v", i, e.RequestError, e.Response)
				}
			}
			if got := strings.Join(s.steps, ","); got != "anonymous,negotiate,authenticate,reuse" {
				t.Errorf("steps %s", got)
			}
			if s.newConns != 1 {
				t.Errorf("%d connections, want the handshake and the next request on 1", s.newConns)
			}
			for _, who := range s.authenticated {
				if who != `TESTDOM\alice@ws1` {
					t.Errorf("authenticated %q", who)
				}
			}
			if v, ok := headerValue(execs[0].Request.Headers, "Authorization"); !ok || v != Redacted {
				t.Errorf("reported Authorization %q (present %v), want it redacted", v, ok)
			}
		})
	}
}

// headerValue finds a header of a reported request.
func headerValue(hs []result.Header, key string) (string, bool) {
	for _, h := range hs {
		if strings.EqualFold(h.Key, key) {
			return h.Value, true
		}
	}
	return "", false
}

// TestNTLMWrongPassword: a rejected AUTHENTICATE ends the handshake; the
// server's 401 is the response (no loop, no request error).
func TestNTLMWrongPassword(t *testing.T) {
	s, base := newNTLMServer(t, "right", false)
	execs := runAuthCollection(t, "ntlm", map[string]any{"username": "alice", "domain": "TESTDOM", "password": "wrong"},
		authRequest{method: "GET", url: base + "/a"})
	if e := execs[0]; e.RequestError != nil || e.Response == nil || e.Response.Code != 401 {
		t.Errorf("got %+v %+v, want the 401", e.RequestError, e.Response)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if got := strings.Join(s.steps, ","); got != "anonymous,negotiate,authenticate" {
		t.Errorf("steps %s", got)
	}
	if len(s.errs) != 1 || !strings.Contains(s.errs[0].Error(), "NTProofStr") {
		t.Errorf("server errors %v", s.errs)
	}
}

// TestNTLMNotChallenged: a server that does not ask for NTLM gets one plain
// request.
func TestNTLMNotChallenged(t *testing.T) {
	n := 0
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		if r.Header.Get("Authorization") != "" {
			t.Errorf("unexpected Authorization %q", r.Header.Get("Authorization"))
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="x"`)
		w.WriteHeader(http.StatusUnauthorized)
	}))
	defer srv.Close()
	h := newNTLMHandshake(&collection.Auth{Type: "ntlm", Params: map[string]any{"username": "u"}})
	resp, err := http.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if v := h.next(resp); v != "" || n != 1 {
		t.Errorf("next = %q after a Basic challenge (%d requests)", v, n)
	}
	if newNTLMHandshake(&collection.Auth{Type: "basic"}) != nil || newNTLMHandshake(nil) != nil ||
		newNTLMHandshake(&collection.Auth{Type: "ntlm", Params: map[string]any{"username": "u", "disableRetryRequest": true}}) != nil {
		t.Error("handshake for a non-NTLM auth")
	}
}
