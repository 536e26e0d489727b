package reporters

import (
	"bytes"
	"encoding/xml"
	"strings"
	"testing"
	"time"
)

func junitOutput(t *testing.T, sc scenario) []byte {
	t.Helper()
	var buf bytes.Buffer
	sc.play(t, NewJUnit(&buf, JUnitOptions{Hostname: "ci-runner-1", Now: func() time.Time { return t0 }}))
	return buf.Bytes()
}

func TestJUnitGolden(t *testing.T) {
	for _, sc := range scenarios() {
		t.Run(sc.name, func(t *testing.T) {
			golden(t, "junit_"+sc.name+".golden.xml", junitOutput(t, sc))
		})
	}
}

// parsed JUnit, independent of the writer's types.
type pResult struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

type pCase struct {
	Name      string   `xml:"name,attr"`
	Classname string   `xml:"classname,attr"`
	Failure   *pResult `xml:"failure"`
	Error     *pResult `xml:"error"`
	Skipped   *pResult `xml:"skipped"`
}

type pSuite struct {
	Name       string  `xml:"name,attr"`
	ID         string  `xml:"id,attr"`
	Tests      int     `xml:"tests,attr"`
	Failures   int     `xml:"failures,attr"`
	Errors     int     `xml:"errors,attr"`
	Skipped    int     `xml:"skipped,attr"`
	Time       string  `xml:"time,attr"`
	Timestamp  string  `xml:"timestamp,attr"`
	Cases      []pCase `xml:"testcase"`
	Properties []struct {
		Name  string `xml:"name,attr"`
		Value string `xml:"value,attr"`
	} `xml:"properties>property"`
	SystemOut string `xml:"system-out"`
}

type pSuites struct {
	Name     string   `xml:"name,attr"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Errors   int      `xml:"errors,attr"`
	Skipped  int      `xml:"skipped,attr"`
	Suites   []pSuite `xml:"testsuite"`
}

func parseJUnit(t *testing.T, b []byte) pSuites {
	t.Helper()
	var s pSuites
	if err := xml.Unmarshal(b, &s); err != nil {
		t.Fatalf("junit output is not well-formed XML: %v\n%s", err, b)
	}
	return s
}

// TestJUnitCounts checks that every count attribute matches the elements.
func TestJUnitCounts(t *testing.T) {
	for _, sc := range scenarios() {
		t.Run(sc.name, func(t *testing.T) {
			doc := parseJUnit(t, junitOutput(t, sc))
			var tests, failures, errs, skipped int
			for _, s := range doc.Suites {
				var f, e, k int
				for _, c := range s.Cases {
					if c.Failure != nil {
						f++
					}
					if c.Error != nil {
						e++
					}
					if c.Skipped != nil {
						k++
					}
				}
				if s.Tests != len(s.Cases) || s.Failures != f || s.Errors != e || s.Skipped != k {
					t.Errorf("suite %q: tests/failures/errors/skipped = %d/%d/%d/%d, elements say %d/%d/%d/%d",
						s.Name, s.Tests, s.Failures, s.Errors, s.Skipped, len(s.Cases), f, e, k)
				}
				if s.Timestamp != "2026-12-04T15:06:15.116Z" {
					t.Errorf("suite %q timestamp = %q", s.Name, s.Timestamp)
				}
				tests, failures, errs, skipped = tests+s.Tests, failures+f, errs+e, skipped+k
			}
			if doc.Tests != tests || doc.Failures != failures || doc.Errors != errs || doc.Skipped != skipped {
				t.Errorf("testsuites counts %d/%d/%d/%d, suites sum to %d/%d/%d/%d",
					doc.Tests, doc.Failures, doc.Errors, doc.Skipped, tests, failures, errs, skipped)
			}
		})
	}
}

func TestJUnitIterations(t *testing.T) {
	doc := parseJUnit(t, junitOutput(t, scenarios()[1]))
	if len(doc.Suites) != 2 {
		t.Fatalf("got %d suites, want 2 (iterations merged)", len(doc.Suites))
	}
	s := doc.Suites[1]
	if s.Name != "Users / Create user" || s.ID != "item-create" || s.Time != "0.030" {
		t.Errorf("suite = %q id %q time %q, want Users / Create user, item-create, 0.030", s.Name, s.ID, s.Time)
	}
	c := s.Cases[0]
	if c.Classname != "UsersCreateUser" || c.Failure == nil {
		t.Fatalf("case %+v, want a failure with classname UsersCreateUser", c)
	}
	if !strings.Contains(c.Failure.Text, "Failed in iterations 1, 3 of 3.") {
		t.Errorf("failure text = %q, want the failed iterations", c.Failure.Text)
	}
	if s.Cases[1].Failure != nil {
		t.Errorf("has id failed, want passed")
	}
}

func TestJUnitErrorsAndSkips(t *testing.T) {
	doc := parseJUnit(t, junitOutput(t, scenarios()[2]))
	var names []string
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			if c.Error != nil {
				names = append(names, c.Name+"="+c.Error.Type)
			}
		}
	}
	if got := strings.Join(names, ","); got != "prerequest-script=TypeError,test-script=ReferenceError" {
		t.Errorf("error cases = %s", got)
	}
	doc = parseJUnit(t, junitOutput(t, scenarios()[5]))
	if c := doc.Suites[0].Cases[1]; c.Skipped == nil || c.Name != "beta feature enabled" {
		t.Errorf("case %+v, want beta feature enabled skipped", c)
	}
	if c := doc.Suites[1].Cases[0]; c.Skipped == nil || c.Name != "request" {
		t.Errorf("case %+v, want the skipped request", c)
	}
}

func TestJUnitTLS(t *testing.T) {
	doc := parseJUnit(t, junitOutput(t, scenarios()[4]))
	props := map[string]string{}
	for _, p := range doc.Suites[1].Properties {
		props[p.Name] = p.Value
	}
	want := map[string]string{
		"tls.version":                     "TLS 1.2",
		"tls.server.daysRemaining":        "-3",
		"tls.verification.verified":       "false",
		"tls.verification.errorKind":      "expired",
		"tls.clientCertificate.sent":      "false",
		"tls.clientCertificate.requested": "true",
	}
	for k, v := range want {
		if props[k] != v {
			t.Errorf("property %s = %q, want %q", k, props[k], v)
		}
	}
	c := doc.Suites[1].Cases[0]
	if c.Name != "request" || c.Error == nil || c.Error.Type != "TLSError" || !strings.Contains(c.Error.Text, "[tls: expired]") {
		t.Errorf("case %+v, want a request error of type TLSError mentioning expired", c)
	}
	if !strings.Contains(doc.Suites[0].SystemOut, "client certificate: sent CN=client-alpha") {
		t.Errorf("system-out = %q, want the TLS block", doc.Suites[0].SystemOut)
	}
}

func TestJUnitRunError(t *testing.T) {
	sc := scenarios()[6]
	sc.runError = "run timed out after 1s (--timeout)"
	doc := parseJUnit(t, junitOutput(t, sc))
	last := doc.Suites[len(doc.Suites)-1]
	if last.Name != "run" || len(last.Cases) != 1 || last.Cases[0].Error == nil || last.Cases[0].Error.Message != sc.runError {
		t.Fatalf("last suite = %+v, want the run error", last)
	}
	if doc.Errors != 1 || doc.Tests != 7 {
		t.Errorf("testsuites errors/tests = %d/%d, want 1/7", doc.Errors, doc.Tests)
	}
}
