// Command record-scripts runs the script conformance cases
// (testdata/scripts/cases/*.json) through Newman against the local echo
// emulation and writes what Newman did per case to
// testdata/scripts/newman-<version>.json, the expectations of
// TestScriptConformance. It is driven by scripts/record-script-expectations.sh.
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"

	sc "github.com/runner-ci/runner/internal/scriptconformance"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintln(os.Stderr, "record-scripts:", err)
		os.Exit(1)
	}
}

func run() error {
	newman := flag.String("newman", "newman", "path of the newman executable")
	version := flag.String("version", "6.2.2", "newman version recorded in the output")
	cases := flag.String("cases", "testdata/scripts/cases", "directory of case files")
	out := flag.String("out", "testdata/scripts/newman-6.2.2.json", "expectations file to write")
	only := flag.String("topic", "", "record only this topic and print it (the file is not written)")
	console := flag.String("console-script", "scripts/newman-console.js", "node script recording Newman's console warnings")
	nodeModules := flag.String("node-modules", "", "node_modules directory holding newman (default: derived from -newman)")
	keep := flag.String("work", "", "keep the generated collections and Newman's reports in this directory")
	flag.Parse()

	topics, err := sc.LoadTopics(*cases)
	if err != nil {
		return err
	}
	srv, err := sc.StartServers()
	if err != nil {
		return err
	}
	defer srv.Close()
	work := *keep
	if work == "" {
		if work, err = os.MkdirTemp("", "record-scripts-"); err != nil {
			return fmt.Errorf("create work dir: %w", err)
		}
		defer os.RemoveAll(work)
	}

	exp := &sc.Expectations{
		Newman: *version,
		Note:   "recorded by scripts/record-script-expectations.sh; do not edit by hand",
		Cases:  map[string]*sc.Result{},
	}
	for _, t := range topics {
		if *only != "" && t.Name != *only {
			continue
		}
		t = t.WithoutNoNewman()
		tr, err := sc.RunTopic(context.Background(), *newman, t, srv.EchoURL, filepath.Join(work, t.Name))
		if err != nil {
			if tr != nil {
				os.Stderr.Write(tr.Output)
			}
			return err
		}
		warnings, err := consoleWarnings(*console, modulesDir(*newman, *nodeModules), t, srv.EchoURL, filepath.Join(work, t.Name))
		if err != nil {
			return err
		}
		failed := 0
		for _, c := range t.Cases {
			r := tr.Results[c.Name]
			if r == nil {
				r = &sc.Result{Assertions: []sc.Assertion{}, ScriptErrors: []sc.ScriptError{}}
			}
			r.AddWarnings(warnings[c.Name])
			if err := checkPattern(c, r); err != nil {
				return err
			}
			exp.Cases[c.Name] = r
			if len(r.ScriptErrors) > 0 || !r.Executed {
				failed++
			}
			for _, a := range r.Assertions {
				if a.Status == sc.Failed {
					failed++
					break
				}
			}
		}
		fmt.Printf("%-20s %3d cases, %3d with failures or errors\n", t.Name, len(t.Cases), failed)
	}
	if *only != "" {
		names := make([]string, 0, len(exp.Cases))
		for n := range exp.Cases {
			names = append(names, n)
		}
		sort.Strings(names)
		for _, n := range names {
			line, err := json.Marshal(exp.Cases[n])
			if err != nil {
				return fmt.Errorf("encode result: %w", err)
			}
			fmt.Printf("%s: %s\n", n, line)
		}
		return nil
	}
	return sc.WriteExpectations(*out, exp)
}

// checkPattern makes sure Newman's own messages match a case's
// messagePattern, so the pattern is not vacuous.
func checkPattern(c sc.Case, r *sc.Result) error {
	if c.MessagePattern == "" {
		return nil
	}
	re := regexp.MustCompile(c.MessagePattern)
	for _, a := range r.Assertions {
		if a.Error != nil && !re.MatchString(a.Error.Message) {
			return fmt.Errorf("case %q: newman message %q does not match messagePattern", c.Name, a.Error.Message)
		}
	}
	for _, e := range r.ScriptErrors {
		if !re.MatchString(e.Message) {
			return fmt.Errorf("case %q: newman message %q does not match messagePattern", c.Name, e.Message)
		}
	}
	return nil
}

// modulesDir is the node_modules directory of a newman executable
// (".../node_modules/.bin/newman") unless given explicitly.
func modulesDir(newman, explicit string) string {
	if explicit != "" {
		return explicit
	}
	return filepath.Dir(filepath.Dir(newman))
}

// consoleWarnings runs the topic again through Newman as a library (the
// console-script) to collect console.warn messages per item name.
func consoleWarnings(script, nodeModules string, t sc.Topic, base, dir string) (map[string][]string, error) {
	prepared, err := t.WriteRun(base, dir)
	if err != nil {
		return nil, err
	}
	out := filepath.Join(dir, "console.json")
	cmd := exec.Command("node", append([]string{script, out}, prepared...)...)
	cmd.Env = append(os.Environ(), "NODE_PATH="+nodeModules)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("topic %s: %s: %w\n%s", t.Name, script, err, msg)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("topic %s: read console warnings: %w", t.Name, err)
	}
	warnings := map[string][]string{}
	if err := json.Unmarshal(data, &warnings); err != nil {
		return nil, fmt.Errorf("topic %s: parse console warnings: %w", t.Name, err)
	}
	return warnings, nil
}
