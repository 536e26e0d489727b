package conformance

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

// Testcase statuses.
const (
	Passed  = "passed"
	Failed  = "failed"
	Skipped = "skipped"
)

// Case is one JUnit testcase: its testsuite's name, its own name and status.
type Case struct {
	Suite  string `json:"testsuite"`
	Name   string `json:"testcase"`
	Status string `json:"status"`
}

// CaseCount is a Case with its multiplicity.
type CaseCount struct {
	Case
	Count int `json:"count"`
}

// Multiset counts Cases.
type Multiset map[Case]int

// RunnerOnlyCases are the extra testcase names our runner adds for request
// and script errors; Newman has no equivalent, so comparisons ignore them.
var RunnerOnlyCases = map[string]bool{"request": true, "prerequest-script": true, "test-script": true}

type junitTestsuites struct {
	Suites []junitTestsuite `xml:"testsuite"`
}

type junitTestsuite struct {
	Name  string          `xml:"name,attr"`
	Cases []junitTestcase `xml:"testcase"`
}

type junitTestcase struct {
	Name    string    `xml:"name,attr"`
	Failure *struct{} `xml:"failure"`
	Error   *struct{} `xml:"error"`
	Skipped *struct{} `xml:"skipped"`
}

// ParseJUnit reads the testcases of a JUnit XML report (a <testsuites> root
// or a single <testsuite>).
func ParseJUnit(data []byte) ([]Case, error) {
	var root junitTestsuites
	if err := xml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("parse junit: %w", err)
	}
	if len(root.Suites) == 0 {
		var single junitTestsuite
		if err := xml.Unmarshal(data, &single); err == nil && single.Cases != nil {
			root.Suites = []junitTestsuite{single}
		}
	}
	var out []Case
	for _, s := range root.Suites {
		for _, c := range s.Cases {
			st := Passed
			switch {
			case c.Failure != nil || c.Error != nil:
				st = Failed
			case c.Skipped != nil:
				st = Skipped
			}
			out = append(out, Case{Suite: s.Name, Name: c.Name, Status: st})
		}
	}
	return out, nil
}

// Tally normalises names and counts the cases, dropping those whose name is
// in exclude.
func Tally(cases []Case, n *Normalizer, exclude map[string]bool) Multiset {
	m := Multiset{}
	for _, c := range cases {
		if exclude[c.Name] {
			continue
		}
		m[Case{Suite: n.Apply(c.Suite), Name: n.Apply(c.Name), Status: c.Status}]++
	}
	return m
}

// Sorted returns the multiset as a sorted list.
func (m Multiset) Sorted() []CaseCount {
	out := make([]CaseCount, 0, len(m))
	for c, n := range m {
		out = append(out, CaseCount{c, n})
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Suite != b.Suite {
			return a.Suite < b.Suite
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Status < b.Status
	})
	return out
}

// Size is the number of cases counted with multiplicity.
func (m Multiset) Size() int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// MultisetOf rebuilds a multiset from a sorted list.
func MultisetOf(list []CaseCount) Multiset {
	m := Multiset{}
	for _, c := range list {
		m[c.Case] += c.Count
	}
	return m
}

// Compare returns how many expected cases were matched, the expected cases
// missing from got and the cases of got that were not expected.
func Compare(want, got Multiset) (agree int, missing, extra []CaseCount) {
	for c, n := range want {
		g := got[c]
		agree += min(n, g)
		if n > g {
			missing = append(missing, CaseCount{c, n - g})
		}
	}
	for c, g := range got {
		if n := want[c]; g > n {
			extra = append(extra, CaseCount{c, g - n})
		}
	}
	return agree, MultisetOf(missing).Sorted(), MultisetOf(extra).Sorted()
}

// Expectations are the recorded results of Newman on every suite.
type Expectations struct {
	// Newman is the version that produced them.
	Newman string `json:"newman"`
	// Assertions and FailedAssertions are Newman's run.stats.assertions over
	// all suites.
	Assertions       int `json:"assertions"`
	FailedAssertions int `json:"failedAssertions"`
	// Testcases is the number of normalised JUnit testcases over all suites
	// (Newman's JUnit reporter merges the iterations of an item).
	Testcases int `json:"testcases"`
	// Suites maps a suite name to its normalised JUnit testcases.
	Suites map[string]SuiteExpectation `json:"suites"`
}

// SuiteExpectation is Newman's result on one suite.
type SuiteExpectation struct {
	Assertions       int         `json:"assertions"`
	FailedAssertions int         `json:"failedAssertions"`
	Cases            []CaseCount `json:"cases"`
}

// ReadExpectations loads an expectations file.
func ReadExpectations(path string) (*Expectations, error) {
	var e Expectations
	if err := ReadJSONFile(path, &e); err != nil {
		return nil, err
	}
	return &e, nil
}

// WriteExpectations writes an expectations file (indented, trailing newline).
func WriteExpectations(path string, e *Expectations) error {
	return WriteJSONFile(path, e)
}

// ReadJSONFile decodes a recorded JSON file into v. A missing file is an
// error that wraps os.ErrNotExist.
func ReadJSONFile(path string, v any) error {
	data, err := os.ReadFile(path)
	if err != nil {
		return fmt.Errorf("read expectations: %w", err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("parse expectations %q: %w", path, err)
	}
	return nil
}

// WriteJSONFile writes v as indented JSON with a trailing newline.
func WriteJSONFile(path string, v any) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return fmt.Errorf("encode expectations: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("write expectations: %w", err)
	}
	return nil
}

// KnownDifference allows one disagreement with Newman.
type KnownDifference struct {
	Suite, Testsuite, Testcase, Reason string
}

// Matches reports whether the difference covers case c of suite.
func (k KnownDifference) Matches(suite string, c Case) bool {
	match := func(pattern, s string) bool { return pattern == "*" || pattern == s }
	return match(k.Suite, suite) && match(k.Testsuite, c.Suite) && match(k.Testcase, c.Name)
}

// ReadKnownDifferences reads the allow-list: tab-separated
// SUITE, TESTSUITE, TESTCASE, REASON lines ("*" matches anything in the
// first three), "#" comments. A missing file is an empty list.
func ReadKnownDifferences(path string) ([]KnownDifference, error) {
	var out []KnownDifference
	err := eachLine(path, func(line string) error {
		f := strings.Split(line, "\t")
		if len(f) != 4 || strings.TrimSpace(f[3]) == "" {
			return errors.New("want SUITE<TAB>TESTSUITE<TAB>TESTCASE<TAB>REASON")
		}
		out = append(out, KnownDifference{f[0], f[1], f[2], f[3]})
		return nil
	})
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	return out, err
}
