package certs

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
)

// FormatInfo writes a human-readable description of info: negotiated
// parameters, the server chain, the client certificate exchange and the
// verification outcome with warnings. Used by the CLI's --verbose output,
// JUnit system-out and `runner certs inspect`. It writes nothing for nil.
func FormatInfo(w io.Writer, info *Info) {
	if info == nil {
		return
	}
	var b strings.Builder
	neg := []string{}
	if info.Version != "" {
		neg = append(neg, info.Version)
	}
	if info.CipherSuite != "" {
		neg = append(neg, info.CipherSuite)
	}
	if info.ALPN != "" {
		neg = append(neg, "ALPN "+info.ALPN)
	}
	if info.ServerName != "" {
		neg = append(neg, "server name "+info.ServerName)
	}
	if len(neg) == 0 {
		neg = append(neg, "handshake did not complete")
	}
	fmt.Fprintf(&b, "TLS: %s\n", strings.Join(neg, ", "))

	if len(info.ServerCertificates) == 0 {
		b.WriteString("Server certificates: none received\n")
	} else {
		b.WriteString("Server certificates:\n")
	}
	for i, c := range info.ServerCertificates {
		fmt.Fprintf(&b, "  [%d] %s\n", i, c.Subject)
		fmt.Fprintf(&b, "      issuer:  %s", c.Issuer)
		if c.SelfSigned {
			b.WriteString(" (self-signed)")
		}
		b.WriteString("\n")
		if names := append(append([]string(nil), c.DNSNames...), c.IPAddresses...); len(names) > 0 {
			fmt.Fprintf(&b, "      names:   %s\n", strings.Join(names, ", "))
		}
		fmt.Fprintf(&b, "      valid:   %s to %s (%s)\n", day(c.NotBefore), day(c.NotAfter), daysLeftText(c.DaysRemaining))
		fmt.Fprintf(&b, "      serial:  %s\n", c.SerialNumber)
		fmt.Fprintf(&b, "      sha256:  %s\n", c.SHA256)
	}

	cc := info.ClientCertificate
	switch {
	case cc.Requested && cc.Sent:
		fmt.Fprintf(&b, "Client certificate: requested by the server, sent %s (issuer %s, expires %s) from %s\n", cc.Subject, cc.Issuer, day(cc.NotAfter), cc.Source)
	case cc.Requested:
		b.WriteString("Client certificate: requested by the server, none sent (no entry matches this host and port)\n")
	case cc.Source != "":
		fmt.Fprintf(&b, "Client certificate: not requested by the server (configured: %s from %s)\n", cc.Subject, cc.Source)
	default:
		b.WriteString("Client certificate: not requested, none configured\n")
	}
	if cc.Requested && len(cc.AcceptableCAs) > 0 {
		fmt.Fprintf(&b, "  acceptable CAs: %s\n", strings.Join(cc.AcceptableCAs, "; "))
	}
	if cc.Sent && cc.SHA256 != "" {
		fmt.Fprintf(&b, "  sha256: %s\n", cc.SHA256)
	}

	v := info.Verification
	switch {
	case v.ErrorKind != "":
		fmt.Fprintf(&b, "Verification: FAILED (%s): %s\n", v.ErrorKind, v.Error)
	case v.Verified && v.Enabled:
		b.WriteString("Verification: ok\n")
	case v.Verified:
		b.WriteString("Verification: disabled (the chain would have verified)\n")
	case !v.Enabled && v.WouldFailKind != "":
		fmt.Fprintf(&b, "Verification: disabled (would fail: %s)\n", v.WouldFailKind)
	case !v.Enabled:
		b.WriteString("Verification: disabled\n")
	default:
		b.WriteString("Verification: not completed\n")
	}
	for _, w := range v.Warnings {
		fmt.Fprintf(&b, "Warning: %s\n", w)
	}
	io.WriteString(w, b.String())
}

func daysLeftText(d int) string {
	if d < 0 {
		return "expired " + days(-d) + " ago"
	}
	return days(d) + " left"
}

// days is "1 day" or "N days".
func days(n int) string {
	if n == 1 || n == -1 {
		return fmt.Sprintf("%d day", n)
	}
	return fmt.Sprintf("%d days", n)
}

// WriteCheckTable writes the `runner certs check` table: one row per entry
// with its host:port, subject, issuer, expiry date, days left and status.
func WriteCheckTable(w io.Writer, entries []EntryStatus) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ENTRY\tHOST\tSUBJECT\tISSUER\tEXPIRES\tDAYS LEFT\tSTATUS")
	for _, e := range entries {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%d\t%s\n", e.Entry, e.Host, e.Subject, e.Issuer, day(e.NotAfter), e.DaysLeft, e.Status)
	}
	return tw.Flush()
}
