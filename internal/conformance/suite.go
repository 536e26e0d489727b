// Package conformance runs Newman's own integration collections against the
// local echo emulation (internal/echoserver), both with Newman (to record
// expectations, see scripts/record-newman-expectations.sh) and with our
// runner (TestNewmanConformance), and compares the JUnit reports.
//
// The collections are read from ../shared/conformance/newman relative to the
// module root (or $CONFORMANCE_NEWMAN_DIR) and are never copied into the
// repository: PrepareSuite writes a rewritten temporary copy that points
// every public host at the local servers.
package conformance

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
)

const (
	collectionSuffix  = ".postman_collection.json"
	environmentSuffix = ".postman_environment.json"
	globalsSuffix     = ".postman_globals.json"
	configSuffix      = ".postman_config.json"
)

// Suite is one of Newman's integration suites: a collection plus the
// optional environment, globals, data and config files sharing its prefix.
// Paths are absolute; optional ones are empty when absent.
type Suite struct {
	// Name is the collection path relative to the root without
	// ".postman_collection.json", e.g. "redirect-test/redirect-test".
	Name        string
	Root        string
	Collection  string
	Environment string
	Globals     string
	Data        string
	Config      string
}

// Discover lists the suites under root, sorted by name.
func Discover(root string) ([]Suite, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, fmt.Errorf("resolve suites root %q: %w", root, err)
	}
	var suites []Suite
	err = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !strings.HasSuffix(path, collectionSuffix) {
			return nil
		}
		prefix := strings.TrimSuffix(path, collectionSuffix)
		rel, err := filepath.Rel(root, prefix)
		if err != nil {
			return err
		}
		s := Suite{Name: filepath.ToSlash(rel), Root: root, Collection: path}
		s.Environment = existing(prefix + environmentSuffix)
		s.Globals = existing(prefix + globalsSuffix)
		s.Config = existing(prefix + configSuffix)
		if s.Data = existing(prefix + ".postman_data.json"); s.Data == "" {
			s.Data = existing(prefix + ".postman_data.csv")
		}
		suites = append(suites, s)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("discover suites in %q: %w", root, err)
	}
	sort.Slice(suites, func(i, j int) bool { return suites[i].Name < suites[j].Name })
	return suites, nil
}

func existing(path string) string {
	if _, err := os.Stat(path); err == nil {
		return path
	}
	return ""
}

// ReadSkip reads a SKIP file: one "SUITE-NAME REASON..." per line, "#"
// comments. A missing file means nothing is skipped.
func ReadSkip(path string) (map[string]string, error) {
	out := map[string]string{}
	err := eachLine(path, func(line string) error {
		name, reason, _ := strings.Cut(line, " ")
		out[name] = strings.TrimSpace(reason)
		return nil
	})
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	return out, err
}

// eachLine calls fn for every non-blank, non-comment line of a file.
func eachLine(path string, fn func(line string) error) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read %q: %w", path, err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if err := fn(line); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// Normalizer rewrites the random parts of testsuite and testcase names.
type Normalizer struct {
	rules []normalizeRule
}

type normalizeRule struct {
	re   *regexp.Regexp
	repl string
}

// LoadNormalizer reads a NORMALIZE file: "REGEX<TAB>REPLACEMENT" lines (Go
// regexp syntax), "#" comments.
func LoadNormalizer(path string) (*Normalizer, error) {
	n := &Normalizer{}
	err := eachLine(path, func(line string) error {
		expr, repl, ok := strings.Cut(line, "\t")
		if !ok {
			return errors.New("want REGEX<TAB>REPLACEMENT")
		}
		re, err := regexp.Compile(expr)
		if err != nil {
			return fmt.Errorf("compile %q: %w", expr, err)
		}
		n.rules = append(n.rules, normalizeRule{re, repl})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("load normalizer: %w", err)
	}
	return n, nil
}

// Apply applies every rule in order.
func (n *Normalizer) Apply(s string) string {
	if n == nil {
		return s
	}
	for _, r := range n.rules {
		s = r.re.ReplaceAllString(s, r.repl)
	}
	return s
}

// RunFlags maps a postman_config.json "run" object to Newman CLI flags.
func RunFlags(configPath string) ([]string, error) {
	if configPath == "" {
		return nil, nil
	}
	data, err := os.ReadFile(configPath)
	if err != nil {
		return nil, fmt.Errorf("read config: %w", err)
	}
	var cfg struct {
		Run map[string]json.RawMessage `json:"run"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, utf8BOM), &cfg); err != nil {
		return nil, fmt.Errorf("parse config %q: %w", configPath, err)
	}
	var flags []string
	for _, k := range slices.Sorted(maps.Keys(cfg.Run)) {
		raw := cfg.Run[k]
		var b bool
		var n json.Number
		switch k {
		case "insecure", "ignoreRedirects", "bail", "suppressExitCode":
			if err := json.Unmarshal(raw, &b); err != nil {
				return nil, fmt.Errorf("config %q: run.%s: %w", configPath, k, err)
			}
			if b {
				flags = append(flags, map[string]string{
					"insecure": "--insecure", "ignoreRedirects": "--ignore-redirects",
					"bail": "--bail", "suppressExitCode": "--suppress-exit-code",
				}[k])
			}
		case "timeout", "timeoutRequest", "timeoutScript", "delayRequest", "iterationCount":
			if err := json.Unmarshal(raw, &n); err != nil {
				return nil, fmt.Errorf("config %q: run.%s: %w", configPath, k, err)
			}
			flags = append(flags, map[string]string{
				"timeout": "--timeout", "timeoutRequest": "--timeout-request", "timeoutScript": "--timeout-script",
				"delayRequest": "--delay-request", "iterationCount": "-n",
			}[k], n.String())
		default:
			return nil, fmt.Errorf("config %q: unsupported run option %q", configPath, k)
		}
	}
	return flags, nil
}
