package main

import (
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/runner-ci/runner/internal/demo"
)

func newDemoCmd(s Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "demo",
		Short: "Run an example collection against a built-in mTLS server",
		Long: `Start an in-process HTTPS echo server that requires a client certificate
(with a throwaway CA and certificates made now), then run an example
collection against it with a certificates manifest, printing the cli report
with the certificate that was sent and the verification result.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			dir, err := os.MkdirTemp("", "runner-demo-")
			if err != nil {
				return fmt.Errorf("create demo directory: %w", err)
			}
			defer os.RemoveAll(dir)
			d, err := demo.Start(dir)
			if err != nil {
				return err
			}
			defer d.Close()
			// Run through the real run command so that every flag keeps its
			// default.
			run := newRunCmd(s)
			run.SilenceErrors, run.SilenceUsage = true, true
			run.SetArgs([]string{d.CollectionPath, "-e", d.EnvironmentPath, "--certs", d.ManifestPath})
			return run.ExecuteContext(cmd.Context())
		},
	}
}
