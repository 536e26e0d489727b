package realworld

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/runner/result"
)

// corpusDir returns the realworld corpus directory: $REALWORLD_CORPUS when
// set, else ../shared/conformance/realworld next to the module root.
func corpusDir() (string, error) {
	if d := os.Getenv("REALWORLD_CORPUS"); d != "" {
		return d, nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("get working directory: %w", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(filepath.Dir(d), "shared", "conformance", "realworld"), nil
		}
		if filepath.Dir(d) == d {
			return "", errors.New("no go.mod above the working directory")
		}
	}
}

// repoPrefix returns the "OWNER__REPO__" prefix of a corpus file name.
func repoPrefix(name string) string {
	parts := strings.SplitN(name, "__", 3)
	if len(parts) < 3 {
		return ""
	}
	return parts[0] + "__" + parts[1] + "__"
}

// scopeFile is an environment or globals export of the corpus.
type scopeFile struct {
	path    string
	globals bool
	keys    []string
}

func readScopeFile(path string) (scopeFile, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return scopeFile{}, fmt.Errorf("read %s: %w", path, err)
	}
	var doc struct {
		Scope  string `json:"_postman_variable_scope"`
		Values []struct {
			Key string `json:"key"`
		} `json:"values"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return scopeFile{}, fmt.Errorf("decode %s: %w", path, err)
	}
	sf := scopeFile{path: path, globals: doc.Scope == "globals"}
	for _, v := range doc.Values {
		sf.keys = append(sf.keys, v.Key)
	}
	return sf, nil
}

// belongsTo reports whether an environment of the same repository as the
// collection named base (raw text collText) belongs to it. repoCollections
// are the file names of all the repository's collections. A repository with
// one collection owns its environments. Otherwise, when the environment's
// name starts with the same word as some of the repository's collections
// ("Cards_API_Sandbox" and "Cards_API"), it belongs to those only; failing
// that, to the collections that reference one of its variables as {{key}}.
func (sf scopeFile) belongsTo(base, collText string, repoCollections []string) bool {
	if len(repoCollections) == 1 {
		return true
	}
	word := firstWord(filepath.Base(sf.path))
	named := false
	for _, c := range repoCollections {
		if firstWord(c) == word {
			named = true
		}
	}
	if named {
		return firstWord(base) == word
	}
	for _, k := range sf.keys {
		if strings.Contains(collText, "{{"+k+"}}") {
			return true
		}
	}
	return false
}

// firstWord is the lower-case first word of a corpus file name after its
// OWNER__REPO__ prefix ("binance" for "binance__x__binance_com_testnet.json").
func firstWord(name string) string {
	rest := strings.TrimPrefix(name, repoPrefix(name))
	if i := strings.IndexAny(rest, "_-. "); i > 0 {
		rest = rest[:i]
	}
	return strings.ToLower(rest)
}

// loadScope loads the environment (or globals) file.
func (sf scopeFile) load() (*collection.Scope, error) {
	if sf.globals {
		return collection.LoadGlobals(sf.path)
	}
	return collection.LoadEnvironment(sf.path)
}

// sink collects a run's executions.
type sink struct {
	mu    sync.Mutex
	execs []*result.Execution
	done  *result.Run
}

func (s *sink) Start(*result.Run) error { return nil }

func (s *sink) Execution(_ *result.Run, e *result.Execution) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.execs = append(s.execs, e)
	return nil
}

func (s *sink) Done(r *result.Run) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.done = r
	return nil
}

// listFile is a committed tab-separated list; lines starting with # and
// blank lines are ignored.
type listFile struct {
	path  string
	lines []string
}

func readList(path string) (listFile, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return listFile{path: path}, nil
	}
	if err != nil {
		return listFile{}, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	lf := listFile{path: path}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		lf.lines = append(lf.lines, line)
	}
	if err := sc.Err(); err != nil {
		return listFile{}, fmt.Errorf("read %s: %w", path, err)
	}
	return lf, nil
}

// fields splits every line into at least n tab-separated fields.
func (lf listFile) fields(n int) ([][]string, error) {
	var out [][]string
	for i, l := range lf.lines {
		f := strings.Split(l, "\t")
		if len(f) < n {
			return nil, fmt.Errorf("%s: entry %d %q: want %d tab-separated fields", lf.path, i+1, l, n)
		}
		out = append(out, f)
	}
	return out, nil
}

// writeSorted writes header comment lines then the sorted, unique lines.
func writeSorted(path string, header []string, lines []string) error {
	lines = slices.Clone(lines)
	slices.Sort(lines)
	lines = slices.Compact(lines)
	var b strings.Builder
	for _, h := range header {
		b.WriteString("# " + h + "\n")
	}
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

var (
	uuidRe  = regexp.MustCompile(`[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`)
	spaceRe = regexp.MustCompile(`[\t\r\n]+`)
)

// normalize makes an error message stable across runs: the first line only,
// the echo address and UUIDs replaced, tabs removed, bounded length.
func normalize(msg, echoAddr string) string {
	msg, _, _ = strings.Cut(msg, "\n")
	if echoAddr != "" {
		msg = strings.ReplaceAll(msg, echoAddr, "ECHO")
	}
	msg = uuidRe.ReplaceAllString(msg, "<uuid>")
	msg = spaceRe.ReplaceAllString(msg, " ")
	msg = strings.TrimSpace(msg)
	if r := []rune(msg); len(r) > 160 {
		msg = string(r[:160]) + "…"
	}
	return msg
}

// clean makes a field safe for a tab-separated line.
func clean(s string) string {
	return strings.TrimSpace(spaceRe.ReplaceAllString(s, " "))
}
