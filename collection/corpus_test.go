package collection_test

import (
	"bufio"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/runner-ci/runner/collection"
)

// sharedDir returns the shared test-data directory (../shared next to the
// module root), skipping the test when it is absent.
func sharedDir(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Skip("module root not found; skipping corpus test")
		}
		dir = parent
	}
	shared := filepath.Join(filepath.Dir(dir), "shared")
	if _, err := os.Stat(filepath.Join(shared, "conformance")); err != nil {
		t.Skipf("shared conformance data not found at %s (../shared relative to the module root); skipping", shared)
	}
	return shared
}

// manifestRow is one collection line of the realworld MANIFEST.tsv.
type manifestRow struct {
	file     string
	valid    string
	requests int
}

func readManifest(t *testing.T, path string) []manifestRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	var cols map[string]int
	var rows []manifestRow
	for sc.Scan() {
		fields := strings.Split(sc.Text(), "\t")
		if cols == nil {
			cols = map[string]int{}
			for i, c := range fields {
				cols[c] = i
			}
			for _, need := range []string{"file", "kind", "officially_valid", "requests"} {
				if _, ok := cols[need]; !ok {
					t.Fatalf("manifest has no %q column", need)
				}
			}
			continue
		}
		if fields[cols["kind"]] != "collection" {
			continue
		}
		n, err := strconv.Atoi(fields[cols["requests"]])
		if err != nil {
			t.Fatalf("manifest %s: requests %q: %v", fields[0], fields[cols["requests"]], err)
		}
		rows = append(rows, manifestRow{file: fields[cols["file"]], valid: fields[cols["officially_valid"]], requests: n})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestRealWorldCorpus(t *testing.T) {
	base := filepath.Join(sharedDir(t), "conformance", "realworld")
	rows := readManifest(t, filepath.Join(base, "MANIFEST.tsv"))
	if len(rows) < 30 {
		t.Fatalf("manifest lists %d collections, want at least 30", len(rows))
	}
	// Collections the official schema rejects that Newman still loads and
	// that we load too.
	mustLoad := map[string]bool{
		"OWASP__crAPI__crAPI.postman_collection.json": true, // API wrapper
		"postmanlabs__postman-collection__hawk.json":  true, // nonstandard schema URL
		"Kong__insomnia__complex-v2_1-input.json":     true, // body mode "unknown"
	}
	loaded := 0
	for _, r := range rows {
		t.Run(filepath.Base(r.file), func(t *testing.T) {
			path := filepath.Join(base, r.file)
			c, err := collection.Load(path)
			want := r.valid == "yes" || mustLoad[filepath.Base(r.file)]
			if !want {
				if err == nil {
					t.Logf("loads although the official schema rejects it (%d requests)", len(c.Requests()))
				} else {
					t.Logf("rejected as expected: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			loaded++
			if got := len(c.Requests()); got != r.requests {
				t.Errorf("Requests() = %d, manifest says %d", got, r.requests)
			}
			checkInvariants(t, c)
		})
	}
	if loaded < 34 {
		t.Errorf("loaded %d collections, want at least 34", loaded)
	}
}

// checkInvariants checks properties every loaded collection must have.
func checkInvariants(t *testing.T, c *collection.Collection) {
	t.Helper()
	ids := map[string]bool{}
	scripts := map[string]bool{}
	check := func(evs []collection.Event) {
		for _, e := range evs {
			if e.Script.ID == "" {
				t.Errorf("script without id in %q", e.Script.Name)
			}
			if scripts[e.Script.ID] {
				t.Errorf("duplicate script id %q", e.Script.ID)
			}
			scripts[e.Script.ID] = true
		}
	}
	check(c.Events)
	c.Walk(func(it *collection.Item) bool {
		if it.ID == "" {
			t.Errorf("item %q has no id", it.Name)
		}
		ids[it.ID] = true
		check(it.Events)
		if !it.IsFolder() && it.Request.Method == "" {
			t.Errorf("request %q has no method", it.Name)
		}
		return true
	})
}

func TestNewmanCorpus(t *testing.T) {
	base := filepath.Join(sharedDir(t), "conformance", "newman")
	var files []string
	err := filepath.WalkDir(base, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if strings.HasSuffix(p, ".postman_collection.json") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 40 {
		t.Fatalf("found %d newman collections, want at least 40", len(files))
	}
	v1 := map[string]bool{"multi-level-folders-v1.postman_collection.json": true}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			c, err := collection.Load(f)
			if v1[name] {
				if !errors.Is(err, collection.ErrV1Collection) {
					t.Fatalf("Load = %v, want ErrV1Collection", err)
				}
				if !strings.Contains(err.Error(), "v2.1") {
					t.Errorf("v1 error %q does not mention v2.1", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if len(c.Requests()) == 0 {
				t.Errorf("no requests")
			}
			checkInvariants(t, c)
		})
	}
}

func TestCorpusEnvironments(t *testing.T) {
	shared := sharedDir(t)
	var files []string
	envs, _ := filepath.Glob(filepath.Join(shared, "conformance", "realworld", "environments", "*.json"))
	files = append(files, envs...)
	_ = filepath.WalkDir(filepath.Join(shared, "conformance", "newman"), func(p string, d os.DirEntry, err error) error {
		if err == nil && (strings.HasSuffix(p, ".postman_environment.json") || strings.HasSuffix(p, ".postman_globals.json")) {
			files = append(files, p)
		}
		return nil
	})
	if len(files) < 20 {
		t.Fatalf("found %d environment files, want at least 20", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			s, err := collection.LoadEnvironment(f)
			if err != nil {
				t.Fatalf("LoadEnvironment: %v", err)
			}
			if len(s.Variables()) == 0 {
				t.Errorf("no variables")
			}
		})
	}
}

func TestNewmanIterationData(t *testing.T) {
	base := filepath.Join(sharedDir(t), "conformance", "newman")
	s := func(v string) any { return v }
	n := func(v float64) any { return v }
	tests := []struct {
		file string
		want []map[string]any
	}{
		{"comma-test-csv/comma-test-csv.postman_data.csv", []map[string]any{{
			"nameWithComma": s("Abhijit, Kane"), "nameWithDoubleQuotes": s(`Abhijit "KDOS" Kane`),
			"numberWithQuotes": s("00123"), "numberWithoutQuotes": n(7890), "negativeNumberWithoutQuotes": n(-7890),
			"nullValue": s(""), "longNumber": s("89111702272002019559"), "spaceAfterComma": s("foo"),
			"spaceBeforeComma": s("bar"), "nameWithUnescapedQuotes": s(`Abhijit "KDOS" Kane`),
		}}},
		{"csv-with-bom/csv-with-bom.postman_data.csv", []map[string]any{{"c1": s("123"), "c2": s(`foo "bar" baz`)}}},
		{"steph/steph.postman_data.json", []map[string]any{
			{"first": s("sampleFirstName1"), "last": s("sampleLastName1")},
			{"first": s("sampleFirstName2"), "last": s("sampleLastName2")},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rows, err := collection.LoadIterationData(filepath.Join(base, tt.file))
			if err != nil {
				t.Fatalf("LoadIterationData: %v", err)
			}
			if len(rows) != len(tt.want) {
				t.Fatalf("%d rows, want %d", len(rows), len(tt.want))
			}
			for i, row := range rows {
				got := row.ToObject()
				if len(got) != len(tt.want[i]) {
					t.Errorf("row %d = %v, want %v", i, got, tt.want[i])
				}
				for k, v := range tt.want[i] {
					if got[k] != v {
						t.Errorf("row %d %q = %#v, want %#v", i, k, got[k], v)
					}
				}
			}
		})
	}
}
