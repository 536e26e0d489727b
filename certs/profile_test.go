package certs

import (
	"strings"
	"testing"
	"time"
)

func TestParseProfile(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		ppb     map[string]any
		want    Profile
		wantErr string
	}{
		{name: "empty", ppb: nil, want: Profile{}},
		{name: "other keys ignored", ppb: map[string]any{"followRedirects": false, "disableCookies": true}, want: Profile{}},
		{name: "strict false", ppb: map[string]any{"strictSSL": false}, want: Profile{StrictSSL: boolp(false)}},
		{name: "strict true", ppb: map[string]any{"strictSSL": true}, want: Profile{StrictSSL: boolp(true)}},
		{name: "protocols normalised", ppb: map[string]any{"tlsDisabledProtocols": []any{"tlsv1_1", "TLSv1", "TLSv1.3", "SSLv3"}},
			want: Profile{DisabledProtocols: []string{"SSLv3", "TLSv1", "TLSv1_1", "TLSv1_3"}}},
		{name: "ciphers", ppb: map[string]any{"tlsCipherSelection": []any{"ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256"}, "tlsPreferServerCiphers": true},
			want: Profile{CipherSuites: []string{"ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256"}, PreferServerCiphers: true}},
		{name: "unknown protocol", ppb: map[string]any{"tlsDisabledProtocols": []any{"TLSv9"}}, wantErr: `tlsDisabledProtocols: unknown protocol "TLSv9"`},
		{name: "unknown cipher", ppb: map[string]any{"tlsCipherSelection": []any{"RC5-MD4"}}, wantErr: `tlsCipherSelection: unknown cipher suite "RC5-MD4"`},
		{name: "strict wrong type", ppb: map[string]any{"strictSSL": "false"}, wantErr: "strictSSL: want true or false"},
		{name: "protocols wrong type", ppb: map[string]any{"tlsDisabledProtocols": "TLSv1"}, wantErr: "tlsDisabledProtocols: want an array of strings"},
		{name: "everything disabled", ppb: map[string]any{"tlsDisabledProtocols": []any{"TLSv1_2", "TLSv1_3"}}, wantErr: "disables every TLS version"},
	}
	for _, tt := range tests {
		got, err := ParseProfile(tt.ppb)
		if tt.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("%s: error = %v, want %q", tt.name, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if got.Key() != tt.want.Key() || strings.Join(got.DisabledProtocols, ",") != strings.Join(tt.want.DisabledProtocols, ",") ||
			strings.Join(got.CipherSuites, ",") != strings.Join(tt.want.CipherSuites, ",") || got.PreferServerCiphers != tt.want.PreferServerCiphers {
			t.Errorf("%s: ParseProfile = %+v, want %+v", tt.name, got, tt.want)
		}
	}
}

func TestCipherMapping(t *testing.T) {
	t.Parallel()
	for name := range opensslCiphers {
		id, ok := cipherID(name)
		if !ok || id == 0 {
			t.Errorf("cipherID(%q) = %d, %v", name, id, ok)
		}
	}
	for _, tt := range []struct {
		name string
		want string
	}{
		{"ECDHE-RSA-AES128-GCM-SHA256", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"},
		{"ecdhe-ecdsa-chacha20-poly1305", "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"},
		{"AES256-GCM-SHA384", "TLS_RSA_WITH_AES_256_GCM_SHA384"},
		{"DES-CBC3-SHA", "TLS_RSA_WITH_3DES_EDE_CBC_SHA"},
		{"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA"},
	} {
		id, ok := cipherID(tt.name)
		if !ok {
			t.Errorf("cipherID(%q) not found", tt.name)
			continue
		}
		if got := tlsCipherName(id); got != tt.want {
			t.Errorf("cipherID(%q) = %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestProfileKey(t *testing.T) {
	t.Parallel()
	a, _ := ParseProfile(map[string]any{"tlsCipherSelection": []any{"ECDHE-RSA-AES128-GCM-SHA256", "AES128-SHA"}, "strictSSL": true})
	b, _ := ParseProfile(map[string]any{"tlsCipherSelection": []any{"AES128-SHA", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"}, "strictSSL": true, "tlsPreferServerCiphers": true})
	if a.Key() != b.Key() {
		t.Errorf("equivalent profiles have different keys: %q vs %q", a.Key(), b.Key())
	}
	distinct := map[string]Profile{}
	for _, p := range []Profile{
		{}, {StrictSSL: boolp(true)}, {StrictSSL: boolp(false)},
		{DisabledProtocols: []string{"TLSv1_3"}}, {DisabledProtocols: []string{"TLSv1_2"}},
		{CipherSuites: []string{"AES128-SHA"}},
	} {
		if prev, dup := distinct[p.Key()]; dup {
			t.Errorf("profiles %+v and %+v share key %q", prev, p, p.Key())
		}
		distinct[p.Key()] = p
	}
	// Disabling versions Go never offers changes nothing.
	if (Profile{DisabledProtocols: []string{"TLSv1", "TLSv1_1"}}).Key() != (Profile{}).Key() {
		t.Error("disabling TLSv1/TLSv1_1 must not create a new transport")
	}
}

func TestWriteCheckTable(t *testing.T) {
	t.Parallel()
	na := time.Date(2027, 1, 2, 0, 0, 0, 0, time.UTC)
	var b strings.Builder
	err := WriteCheckTable(&b, []EntryStatus{
		{Entry: "certs.json clientCertificates[0] (api.example.com:443)", Host: "api.example.com:443", Subject: "CN=client", Issuer: "CN=CA", NotAfter: na, DaysLeft: 29, Status: StatusOK},
		{Entry: "--ssl-client-cert", Host: "* (every HTTPS host)", Subject: "CN=old", Issuer: "CN=CA", NotAfter: na, DaysLeft: -3, Status: StatusExpired},
	})
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	if len(lines) != 3 {
		t.Fatalf("table has %d lines:\n%s", len(lines), b.String())
	}
	for i, want := range [][]string{
		{"ENTRY", "HOST", "SUBJECT", "ISSUER", "EXPIRES", "DAYS LEFT", "STATUS"},
		{"certs.json clientCertificates[0] (api.example.com:443)", "CN=client", "2027-01-02", "29", "ok"},
		{"--ssl-client-cert", "* (every HTTPS host)", "CN=old", "-3", "expired"},
	} {
		for _, w := range want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("line %d lacks %q: %s", i, w, lines[i])
			}
		}
	}
	// Columns are aligned: SUBJECT starts at the same offset on every line.
	col := strings.Index(lines[0], "SUBJECT")
	if strings.Index(lines[1], "CN=client") != col || strings.Index(lines[2], "CN=old") != col {
		t.Errorf("columns not aligned:\n%s", b.String())
	}
}
