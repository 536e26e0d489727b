package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/runner-ci/runner/certs"
)

func newCertsCmd(s Streams) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "certs",
		Short: "Check a certificates manifest or inspect a server's TLS",
	}
	cmd.AddCommand(newCertsCheckCmd(s), newCertsInspectCmd(s))
	return cmd
}

func newCertsCheckCmd(s Streams) *cobra.Command {
	var days int
	c := &cobra.Command{
		Use:   "check <certs.json>",
		Short: "Load a certificates manifest as a run would and print its certificates",
		Long: `Load every entry of a certificates manifest exactly as 'runner run --certs'
would, and print a table of the client certificates with their expiry.
Exit code 2 on any error; 0 with warnings.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			store, err := certs.Load(certs.Options{
				ManifestPath:         args[0],
				ExpiryWarningDays:    days,
				ExpiryWarningDaysSet: cmd.Flags().Changed("cert-expiry-warning-days"),
				Getenv:               s.Getenv,
			})
			if err != nil {
				return usage(err)
			}
			certs.WriteCheckTable(s.Out, store.Entries())
			for _, w := range store.Warnings() {
				fmt.Fprintf(s.Out, "warning: %s\n", w)
			}
			return nil
		},
	}
	c.Flags().IntVar(&days, "cert-expiry-warning-days", certs.DefaultExpiryWarningDays, "warn when a certificate expires within this many days")
	return c
}

func newCertsInspectCmd(s Streams) *cobra.Command {
	var manifest, extraCA string
	var insecure bool
	c := &cobra.Command{
		Use:   "inspect <https://host:port>",
		Short: "Make one TLS handshake and print the chain, verification and client certificate",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			target := args[0]
			if !strings.Contains(target, "://") {
				target = "https://" + target
			}
			store, err := certs.Load(certs.Options{ManifestPath: manifest, ExtraCACerts: extraCA, Insecure: insecure, Getenv: s.Getenv})
			if err != nil {
				return usage(err)
			}
			info, err := store.Inspect(cmd.Context(), target, certs.Profile{})
			if info != nil {
				certs.FormatInfo(s.Out, info)
			}
			if err != nil {
				fmt.Fprintf(s.Err, "error: %v\n", err)
				return &exitError{code: ExitFailures}
			}
			return nil
		},
	}
	c.Flags().StringVar(&manifest, "certs", "", "certificates manifest")
	c.Flags().StringVar(&extraCA, "ssl-extra-ca-certs", "", "PEM bundle of extra trusted CA certificates")
	c.Flags().BoolVarP(&insecure, "insecure", "k", false, "report verification problems as warnings")
	return c
}
