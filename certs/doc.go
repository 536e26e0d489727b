// Package certs loads the client certificates, trusted CAs and TLS
// verification settings of a run, dials TLS connections with them, and
// explains TLS failures.
//
// Load reads the --certs manifest (schemas/certs.schema.json) and Newman's
// flags (--ssl-client-cert, --ssl-client-key, --ssl-client-passphrase,
// --ssl-client-cert-list, --ssl-extra-ca-certs, -k) and checks everything
// before the first request: files, PEM and PKCS#12 decoding, passphrases,
// key/certificate pairs. Problems are reported together in a *LoadError
// that names the entry, the file and the fix; passphrases and key material
// never appear in errors, warnings or diagnostics.
//
// A client certificate is chosen per connection from the host and port
// dialled (Store.Match): manifest entries first (exact host, then the longest
// matching wildcard, the last of equal matches), then --ssl-client-cert-list
// entries (the first matching, as Newman), then --ssl-client-cert.
//
// Store.DialTLS is meant for http.Transport.DialTLSContext, with one
// transport per Profile.Key() so connections are pooled per TLS profile. It
// verifies the server chain itself (system roots plus extra CAs) so the
// diagnostics (Info) are captured even when verification fails or is
// disabled; failures are *HandshakeError values with a Kind and a message
// that says what to do. ClassifyError classifies errors seen after the
// handshake (TLS 1.3 client-certificate rejection).
//
// The package depends only on the standard library, go-pkcs12 and the
// schemas package; it must not import the runner, collection, goja or
// logrus. Test helpers live in certs/certstest.
package certs
