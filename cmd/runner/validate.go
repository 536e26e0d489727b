package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/runner-ci/runner/collection"
)

func newValidateCmd(s Streams) *cobra.Command {
	return &cobra.Command{
		Use:   "validate <file>",
		Short: "Check a collection, environment or globals file against its schema",
		Long: `Check a Postman collection (v2.0/v2.1), environment or globals export against
runner's schemas. Problems are listed with their JSON pointers; the exit code
is 2 when the file is invalid.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := args[0]
			kind, err := sniffKind(path)
			if err != nil {
				return usage(err)
			}
			switch kind {
			case "environment":
				sc, err := collection.LoadEnvironment(path)
				if err != nil {
					return usage(err)
				}
				fmt.Fprintf(s.Out, "%s: valid environment %q (%d variables)\n", path, sc.Name, len(sc.Variables()))
			default:
				c, err := collection.Load(path)
				if err != nil {
					return usage(err)
				}
				fmt.Fprintf(s.Out, "%s: valid collection %q (%d requests)\n", path, c.Info.Name, len(c.Requests()))
			}
			return nil
		},
	}
}

// sniffKind tells an environment or globals export (a "values" array and no
// "item") from a collection.
func sniffKind(path string) (string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("read %q: %w", path, err)
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var probe map[string]json.RawMessage
	if json.Unmarshal(data, &probe) == nil {
		_, hasValues := probe["values"]
		_, hasItem := probe["item"]
		_, hasInfo := probe["info"]
		if hasValues && !hasItem && !hasInfo {
			return "environment", nil
		}
	}
	return "collection", nil
}
