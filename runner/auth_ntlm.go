package runner

import (
	"bytes"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"net/http"
	"strings"
	"time"
	"unicode/utf16"

	"golang.org/x/crypto/md4"

	"github.com/runner-ci/runner/collection"
)

// NTLMSSP negotiate flags ([MS-NLMP] 2.2.2.5) the client uses.
const (
	ntlmFlagUnicode             = 0x00000001
	ntlmFlagOEM                 = 0x00000002
	ntlmFlagRequestTarget       = 0x00000004
	ntlmFlagNTLM                = 0x00000200
	ntlmFlagDomainSupplied      = 0x00001000
	ntlmFlagWorkstationSupplied = 0x00002000
	ntlmFlagAlwaysSign          = 0x00008000
	ntlmFlagExtendedSecurity    = 0x00080000
	ntlmFlagTargetInfo          = 0x00800000
	ntlmFlagVersion             = 0x02000000
	ntlmFlag128                 = 0x20000000
	ntlmFlag56                  = 0x80000000

	// ntlmAuthenticateFlags are the flags an AUTHENTICATE message may keep
	// from the server's choice.
	ntlmAuthenticateFlags = ntlmFlagUnicode | ntlmFlagOEM | ntlmFlagRequestTarget | ntlmFlagNTLM |
		ntlmFlagAlwaysSign | ntlmFlagExtendedSecurity | ntlmFlagTargetInfo | ntlmFlagVersion | ntlmFlag128 | ntlmFlag56
)

var ntlmSignature = []byte("NTLMSSP\x00")

// ntlmVersion is the VERSION field sent (Windows 10.0, NTLMSSP revision 15).
var ntlmVersion = []byte{10, 0, 0, 0, 0, 0, 0, 15}

// checkNTLM validates an NTLM auth definition; the handshake itself happens
// when the server challenges (ntlmHandshake).
func checkNTLM(a *collection.Auth) error {
	if a.Param("username") == "" {
		return missingAuthParam("ntlm", "username")
	}
	return nil
}

// ntlmHandshake is the client side of one request's NTLM exchange, as
// Postman runs it: the request goes out without credentials; a 401 or 403
// offering NTLM (or Negotiate) is answered with a NEGOTIATE message (Type
// 1), the server's CHALLENGE (Type 2) with an NTLMv2 AUTHENTICATE message
// (Type 3). The connection is kept alive between the steps, so the
// transport reuses it: NTLM authenticates the connection.
type ntlmHandshake struct {
	auth   *collection.Auth
	scheme string // "NTLM" or "Negotiate", as offered by the server
	step   int    // 0: nothing sent, 1: NEGOTIATE sent, 2: AUTHENTICATE sent
}

// newNTLMHandshake returns the handshake of an ntlm auth, nil for others
// and when disableRetryRequest is set (Postman's switch: the request is sent
// once, unanswered challenges and all).
func newNTLMHandshake(a *collection.Auth) *ntlmHandshake {
	if a == nil || a.Type != "ntlm" || isTrue(a.Params["disableRetryRequest"]) {
		return nil
	}
	return &ntlmHandshake{auth: a}
}

// next returns the Authorization header to resend the request with after
// resp, or "" when the exchange is over (success, no NTLM offered, or a
// challenge that cannot be answered: the server's response stands).
func (n *ntlmHandshake) next(resp *http.Response) string {
	if n == nil || resp.StatusCode != http.StatusUnauthorized && resp.StatusCode != http.StatusForbidden {
		return ""
	}
	user, domain := ntlmIdentity(n.auth.Param("username"), n.auth.Param("domain"))
	workstation := n.auth.Param("workstation")
	switch n.step {
	case 0:
		for _, v := range resp.Header.Values("WWW-Authenticate") {
			scheme, _, _ := strings.Cut(strings.TrimSpace(v), " ")
			if strings.EqualFold(scheme, "NTLM") {
				n.scheme = "NTLM"
				break
			}
			if strings.EqualFold(scheme, "Negotiate") && n.scheme == "" {
				n.scheme = "Negotiate"
			}
		}
		if n.scheme == "" {
			return ""
		}
		n.step = 1
		return n.scheme + " " + base64.StdEncoding.EncodeToString(ntlmNegotiate(domain, workstation))
	case 1:
		n.step = 2
		for _, v := range resp.Header.Values("WWW-Authenticate") {
			scheme, token, _ := strings.Cut(strings.TrimSpace(v), " ")
			if !strings.EqualFold(scheme, "NTLM") && !strings.EqualFold(scheme, "Negotiate") {
				continue
			}
			raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(token))
			if err != nil {
				continue
			}
			ch, err := parseNTLMChallenge(raw)
			if err != nil {
				continue
			}
			var cc [8]byte
			_, _ = rand.Read(cc[:])
			msg := ntlmAuthenticate(ch, user, domain, n.auth.Param("password"), workstation, cc, authNow())
			return n.scheme + " " + base64.StdEncoding.EncodeToString(msg)
		}
	}
	return ""
}

// ntlmIdentity splits "DOMAIN\user" and "user@domain" when no domain is
// given, as Postman does.
func ntlmIdentity(username, domain string) (string, string) {
	if domain != "" {
		return username, domain
	}
	d, u, dll := strings.Cut(username, `\`)
	u2, d2, upn := strings.Cut(username, "@")
	switch {
	case dll && upn:
		return username, ""
	case dll && d != "" && u != "" && !strings.Contains(u, `\`):
		return u, d
	case upn && u2 != "" && d2 != "" && !strings.Contains(d2, "@"):
		return u2, d2
	}
	return username, ""
}

// ntlmNegotiate builds a NEGOTIATE message (Type 1); domain and
// workstation go in OEM (upper-case) form, as most clients send them.
func ntlmNegotiate(domain, workstation string) []byte {
	d, w := []byte(strings.ToUpper(domain)), []byte(strings.ToUpper(workstation))
	flags := uint32(ntlmFlagUnicode | ntlmFlagOEM | ntlmFlagRequestTarget | ntlmFlagNTLM | ntlmFlagAlwaysSign |
		ntlmFlagExtendedSecurity | ntlmFlagVersion | ntlmFlag128 | ntlmFlag56)
	if len(d) > 0 {
		flags |= ntlmFlagDomainSupplied
	}
	if len(w) > 0 {
		flags |= ntlmFlagWorkstationSupplied
	}
	const head = 40
	b := make([]byte, head, head+len(d)+len(w))
	copy(b, ntlmSignature)
	binary.LittleEndian.PutUint32(b[8:], 1)
	binary.LittleEndian.PutUint32(b[12:], flags)
	putNTLMField(b[16:], len(d), head)
	putNTLMField(b[24:], len(w), head+len(d))
	copy(b[32:], ntlmVersion)
	return append(append(b, d...), w...)
}

// putNTLMField writes a (length, max length, offset) payload field.
func putNTLMField(b []byte, n, off int) {
	binary.LittleEndian.PutUint16(b, uint16(n))
	binary.LittleEndian.PutUint16(b[2:], uint16(n))
	binary.LittleEndian.PutUint32(b[4:], uint32(off))
}

// ntlmChallenge is a parsed CHALLENGE message (Type 2).
type ntlmChallenge struct {
	flags      uint32
	challenge  [8]byte
	targetInfo []byte
}

// parseNTLMChallenge parses a CHALLENGE message.
func parseNTLMChallenge(b []byte) (*ntlmChallenge, error) {
	if len(b) < 32 || !bytes.Equal(b[:8], ntlmSignature) || binary.LittleEndian.Uint32(b[8:]) != 2 {
		return nil, errors.New("not an NTLM challenge message")
	}
	ch := &ntlmChallenge{flags: binary.LittleEndian.Uint32(b[20:])}
	copy(ch.challenge[:], b[24:32])
	if len(b) >= 48 {
		n, off := int(binary.LittleEndian.Uint16(b[40:])), int(binary.LittleEndian.Uint32(b[44:]))
		if n > 0 {
			if off < 48 || off+n > len(b) {
				return nil, errors.New("NTLM challenge: target info out of bounds")
			}
			ch.targetInfo = b[off : off+n]
		}
	}
	return ch, nil
}

// ntlmAVTimestamp returns the MsvAvTimestamp of a target info, if any.
func ntlmAVTimestamp(ti []byte) ([]byte, bool) {
	for len(ti) >= 4 {
		id, n := binary.LittleEndian.Uint16(ti), int(binary.LittleEndian.Uint16(ti[2:]))
		if id == 0 || len(ti) < 4+n {
			break
		}
		if id == 7 && n == 8 {
			return ti[4:12], true
		}
		ti = ti[4+n:]
	}
	return nil, false
}

func hmacMD5(key []byte, data ...[]byte) []byte {
	m := hmac.New(md5.New, key)
	for _, d := range data {
		m.Write(d)
	}
	return m.Sum(nil)
}

func utf16le(s string) []byte {
	u := utf16.Encode([]rune(s))
	b := make([]byte, 2*len(u))
	for i, c := range u {
		binary.LittleEndian.PutUint16(b[2*i:], c)
	}
	return b
}

// ntowfV2 is NTOWFv2: HMAC-MD5 of the upper-case user and the domain under
// the password's MD4 (NT) hash.
func ntowfV2(user, domain, password string) []byte {
	h := md4.New()
	h.Write(utf16le(password))
	return hmacMD5(h.Sum(nil), utf16le(strings.ToUpper(user)+domain))
}

// ntlmV2Responses computes the LMv2 and NTLMv2 challenge responses
// ([MS-NLMP] 3.3.2) for a FILETIME timestamp.
func ntlmV2Responses(key []byte, serverChallenge, clientChallenge [8]byte, timestamp, targetInfo []byte) (lm, nt []byte) {
	temp := make([]byte, 0, 28+len(targetInfo)+4)
	temp = append(temp, 1, 1, 0, 0, 0, 0, 0, 0)
	temp = append(temp, timestamp...)
	temp = append(temp, clientChallenge[:]...)
	temp = append(temp, 0, 0, 0, 0)
	temp = append(temp, targetInfo...)
	temp = append(temp, 0, 0, 0, 0)
	proof := hmacMD5(key, serverChallenge[:], temp)
	lm = append(hmacMD5(key, serverChallenge[:], clientChallenge[:]), clientChallenge[:]...)
	return lm, append(proof, temp...)
}

// fileTime is t as a Windows FILETIME (100 ns intervals since 1601).
func fileTime(t time.Time) []byte {
	b := make([]byte, 8)
	binary.LittleEndian.PutUint64(b, uint64(t.Unix()+11644473600)*10000000+uint64(t.Nanosecond()/100))
	return b
}

// ntlmAuthenticate builds the AUTHENTICATE message (Type 3) answering ch
// with NTLMv2. With a server timestamp in the target info, that timestamp
// is used and the LMv2 response is zeros, as [MS-NLMP] asks.
func ntlmAuthenticate(ch *ntlmChallenge, user, domain, password, workstation string, clientChallenge [8]byte, now time.Time) []byte {
	key := ntowfV2(user, domain, password)
	ts, serverTime := ntlmAVTimestamp(ch.targetInfo)
	if !serverTime {
		ts = fileTime(now)
	}
	lm, nt := ntlmV2Responses(key, ch.challenge, clientChallenge, ts, ch.targetInfo)
	if serverTime {
		lm = make([]byte, 24)
	}
	flags := ch.flags & ntlmAuthenticateFlags
	str := func(s string) []byte {
		if flags&ntlmFlagUnicode != 0 {
			return utf16le(s)
		}
		return []byte(s)
	}
	if flags&ntlmFlagUnicode != 0 {
		flags &^= ntlmFlagOEM
	}
	const head = 72 // fixed fields and VERSION; no MIC
	fields := [][]byte{lm, nt, str(domain), str(user), str(workstation), nil}
	b := make([]byte, head)
	copy(b, ntlmSignature)
	binary.LittleEndian.PutUint32(b[8:], 3)
	off := head
	for i, f := range fields {
		putNTLMField(b[12+8*i:], len(f), off)
		off += len(f)
	}
	binary.LittleEndian.PutUint32(b[60:], flags)
	copy(b[64:], ntlmVersion)
	for _, f := range fields {
		b = append(b, f...)
	}
	return b
}
