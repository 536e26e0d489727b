package pkcs8

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

func testKeyDER(t *testing.T) []byte {
	t.Helper()
	k, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	der, err := x509.MarshalPKCS8PrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return der
}

func TestRoundTrip(t *testing.T) {
	der := testKeyDER(t)
	enc, err := Encrypt(rand.Reader, der, []byte("pw"), 1000)
	if err != nil {
		t.Fatal(err)
	}
	if !IsEncrypted(enc) || IsEncrypted(der) {
		t.Error("IsEncrypted is wrong")
	}
	got, err := Decrypt(enc, []byte("pw"))
	if err != nil || !bytes.Equal(got, der) {
		t.Fatalf("Decrypt = %v, equal %v", err, bytes.Equal(got, der))
	}
	// A wrong password fails the padding check, or (rarely) yields garbage
	// that does not parse.
	for _, pw := range []string{"wrong", "", "pW", "another wrong one"} {
		got, err := Decrypt(enc, []byte(pw))
		if err == nil {
			if _, perr := x509.ParsePKCS8PrivateKey(got); perr == nil {
				t.Errorf("password %q decrypted the key", pw)
			}
		} else if !errors.Is(err, ErrIncorrectPassword) {
			t.Errorf("password %q: error %v, want ErrIncorrectPassword", pw, err)
		}
	}
	if _, err := Decrypt([]byte("garbage"), []byte("pw")); err == nil {
		t.Error("Decrypt accepted garbage")
	}
}

// TestOpenSSLInterop checks both directions against the openssl command when
// it is installed.
func TestOpenSSLInterop(t *testing.T) {
	openssl, err := exec.LookPath("openssl")
	if err != nil {
		t.Skip("openssl not installed")
	}
	dir := t.TempDir()
	der := testKeyDER(t)
	plain := filepath.Join(dir, "plain.pem")
	os.WriteFile(plain, pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der}), 0o600)
	for _, args := range [][]string{
		{"-v2", "aes-128-cbc"},
		{"-v2", "aes-192-cbc", "-v2prf", "hmacWithSHA512"},
		{"-v2", "aes-256-cbc", "-v2prf", "hmacWithSHA1"},
		{"-v2", "des3"},
	} {
		out := filepath.Join(dir, "enc.pem")
		cmd := exec.Command(openssl, append([]string{"pkcs8", "-topk8", "-in", plain, "-out", out, "-passout", "pass:open sesame"}, args...)...)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("openssl %v: %v\n%s", args, err, b)
		}
		data, _ := os.ReadFile(out)
		blk, _ := pem.Decode(data)
		if blk == nil || blk.Type != "ENCRYPTED PRIVATE KEY" {
			t.Fatalf("openssl %v wrote no ENCRYPTED PRIVATE KEY", args)
		}
		got, err := Decrypt(blk.Bytes, []byte("open sesame"))
		if err != nil || !bytes.Equal(got, der) {
			t.Errorf("decrypt openssl %v: %v", args, err)
		}
	}
	enc, err := Encrypt(rand.Reader, der, []byte("open sesame"), 2048)
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "ours.pem")
	os.WriteFile(in, pem.EncodeToMemory(&pem.Block{Type: "ENCRYPTED PRIVATE KEY", Bytes: enc}), 0o600)
	b, err := exec.Command(openssl, "pkcs8", "-in", in, "-passin", "pass:open sesame", "-outform", "DER").Output()
	if err != nil {
		t.Fatalf("openssl could not decrypt our key: %v", err)
	}
	// openssl writes the decrypted key in the traditional (SEC1) format.
	k1, err1 := x509.ParseECPrivateKey(b)
	k2, _ := x509.ParsePKCS8PrivateKey(der)
	if err1 != nil || !k2.(*ecdsa.PrivateKey).Equal(k1) {
		t.Errorf("openssl decrypted our key to a different key: %v", err1)
	}
}
