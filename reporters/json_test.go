package reporters

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"strings"
	"testing"

	"github.com/runner-ci/runner/schemas"
)

func jsonOutput(t *testing.T, sc scenario, opts JSONOptions) []byte {
	t.Helper()
	var buf bytes.Buffer
	sc.play(t, NewJSON(&buf, opts))
	return buf.Bytes()
}

func TestJSONGolden(t *testing.T) {
	for _, sc := range scenarios() {
		t.Run(sc.name, func(t *testing.T) {
			golden(t, "json_"+sc.name+".golden.json", jsonOutput(t, sc, JSONOptions{Version: "1.2.3"}))
		})
	}
}

func TestJSONSchema(t *testing.T) {
	for _, sc := range scenarios() {
		t.Run(sc.name, func(t *testing.T) {
			var doc any
			if err := json.Unmarshal(jsonOutput(t, sc, JSONOptions{}), &doc); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			if err := schemas.Validate(schemas.Report, doc); err != nil {
				t.Fatalf("output does not match %s: %v", schemas.Report, err)
			}
		})
	}
}

// TestJSONSchemaRejects shows the schema is strict enough to catch drift.
func TestJSONSchemaRejects(t *testing.T) {
	tests := []struct {
		name    string
		mutate  func(doc map[string]any)
		pointer string
	}{
		{"missing stats", func(d map[string]any) { delete(d["run"].(map[string]any), "stats") }, "/run"},
		{"unknown field", func(d map[string]any) { d["extra"] = 1 }, ""},
		{"bad tls kind", func(d map[string]any) {
			ex := d["run"].(map[string]any)["executions"].([]any)[1].(map[string]any)
			ex["tls"].(map[string]any)["verification"].(map[string]any)["errorKind"] = "bogus"
		}, "/run/executions/1/tls/verification/errorKind"},
		{"string code", func(d map[string]any) {
			ex := d["run"].(map[string]any)["executions"].([]any)[0].(map[string]any)
			ex["response"].(map[string]any)["code"] = "200"
		}, "/run/executions/0/response/code"},
	}
	tlsOut := jsonOutput(t, scenarios()[4], JSONOptions{})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc map[string]any
			if err := json.Unmarshal(tlsOut, &doc); err != nil {
				t.Fatal(err)
			}
			tt.mutate(doc)
			err := schemas.Validate(schemas.Report, any(doc))
			var ve *schemas.ValidationError
			if !errors.As(err, &ve) {
				t.Fatalf("Validate = %v, want a *schemas.ValidationError", err)
			}
			found := false
			for _, p := range ve.Problems {
				found = found || p.Pointer == tt.pointer
			}
			if !found {
				t.Errorf("problems %v lack pointer %q", ve.Problems, tt.pointer)
			}
		})
	}
}

func TestJSONNoBodies(t *testing.T) {
	out := string(jsonOutput(t, scenarios()[0], JSONOptions{ShowSecrets: true}))
	for _, body := range []string{`"users":[`, `\"users\"`} {
		if strings.Contains(out, body) {
			t.Errorf("json output contains the response body (%s)", body)
		}
	}
	tlsOut := string(jsonOutput(t, scenarios()[4], JSONOptions{}))
	if strings.Contains(tlsOut, "xxxxxxxxxx") {
		t.Errorf("json output contains the response body")
	}
}

// TestNoSecrets checks that header secrets never reach the json and junit
// reports, and that ShowSecrets brings them back in json.
func TestNoSecrets(t *testing.T) {
	secrets := []string{secretToken, "s3cr3t", "c00kie-secret", "hunter2"}
	for _, sc := range scenarios() {
		var j, x bytes.Buffer
		sc.play(t, Multi{NewJSON(&j, JSONOptions{}), NewJUnit(&x, JUnitOptions{})})
		for _, s := range secrets {
			if strings.Contains(j.String(), s) {
				t.Errorf("%s: json report contains %q", sc.name, s)
			}
			if strings.Contains(x.String(), s) {
				t.Errorf("%s: junit report contains %q", sc.name, s)
			}
		}
	}
	shown := string(jsonOutput(t, scenarios()[0], JSONOptions{ShowSecrets: true}))
	for _, s := range []string{secretToken, "c00kie-secret", "hunter2"} {
		if !strings.Contains(shown, s) {
			t.Errorf("json report with ShowSecrets lacks %q", s)
		}
	}
}

func TestJSONRunError(t *testing.T) {
	sc := scenarios()[3]
	sc.runError = "run cancelled: context canceled"
	var doc struct {
		Run struct {
			Error    *string `json:"error"`
			Failures []struct {
				At     string `json:"at"`
				Source struct {
					Name string `json:"name"`
				} `json:"source"`
			} `json:"failures"`
		} `json:"run"`
	}
	if err := json.Unmarshal(jsonOutput(t, sc, JSONOptions{}), &doc); err != nil {
		t.Fatal(err)
	}
	if doc.Run.Error == nil || *doc.Run.Error != sc.runError {
		t.Errorf("run.error = %v, want %q", doc.Run.Error, sc.runError)
	}
	if len(doc.Run.Failures) != 2 || doc.Run.Failures[0].At != "request" || doc.Run.Failures[0].Source.Name != "Down" {
		t.Errorf("failures = %+v, want the request error of Down first", doc.Run.Failures)
	}
}

func TestJSONEmptyRunNonFinite(t *testing.T) {
	var buf bytes.Buffer
	j := NewJSON(&buf, JSONOptions{})
	run := scenarioRun()
	run.Completed = run.Started
	run.Timings.ResponseMin = math.Inf(1)
	run.Timings.ResponseSd = math.NaN()
	if err := j.Start(run); err != nil {
		t.Fatal(err)
	}
	if err := j.Done(run); err != nil {
		t.Fatalf("Done on an empty run with non-finite timings: %v", err)
	}
	var doc any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if err := schemas.Validate(schemas.Report, doc); err != nil {
		t.Errorf("empty run report does not match the schema: %v", err)
	}
}
