// Package examples_test checks the CI examples: every workflow parses and has
// the expected structure, the action's inputs and outputs are the ones
// examples/README.md documents, and the example collection, environment and
// certificates manifest load.
package examples_test

import (
	"crypto/x509"
	"encoding/base64"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/certs/certstest"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/schemas"
)

// The action's inputs and outputs as the workflows use them.
type action struct {
	Name        string            `yaml:"name"`
	Description string            `yaml:"description"`
	Author      string            `yaml:"author"`
	Branding    map[string]string `yaml:"branding"`
	Inputs      map[string]struct {
		Description string  `yaml:"description"`
		Required    bool    `yaml:"required"`
		Default     *string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string `yaml:"using"`
		Steps []step `yaml:"steps"`
	} `yaml:"runs"`
}

type step struct {
	ID               string            `yaml:"id"`
	Name             string            `yaml:"name"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	Run              string            `yaml:"run"`
	Shell            string            `yaml:"shell"`
	With             map[string]string `yaml:"with"`
	Env              map[string]string `yaml:"env"`
	WorkingDirectory string            `yaml:"working-directory"`
}

type workflow struct {
	Name        string            `yaml:"name"`
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		Name           string `yaml:"name"`
		RunsOn         string `yaml:"runs-on"`
		TimeoutMinutes int    `yaml:"timeout-minutes"`
		Needs          any    `yaml:"needs"`
		If             string `yaml:"if"`
		Strategy       any    `yaml:"strategy"`
		Steps          []step `yaml:"steps"`
	} `yaml:"jobs"`
}

// decodeStrict parses YAML into v, failing on unknown fields.
func decodeStrict(t *testing.T, path string, v any) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dec := yaml.NewDecoder(f)
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
}

func loadAction(t *testing.T) action {
	t.Helper()
	var a action
	decodeStrict(t, "../action.yml", &a)
	return a
}

// bashSyntax checks a run script with bash -n.
func bashSyntax(t *testing.T, where, script string) {
	t.Helper()
	bash, err := exec.LookPath("bash")
	if err != nil {
		t.Skip("bash not found")
	}
	cmd := exec.Command(bash, "-n")
	cmd.Stdin = strings.NewReader(script)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("%s: bash -n: %v\n%s", where, err, out)
	}
}

var exprRef = regexp.MustCompile(`\$\{\{\s*steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)\s*\}\}`)

func TestAction(t *testing.T) {
	a := loadAction(t)
	if a.Runs.Using != "composite" {
		t.Fatalf("runs.using = %q, want composite", a.Runs.Using)
	}
	var setupGo, run *step
	ids := map[string]*step{}
	for i := range a.Runs.Steps {
		s := &a.Runs.Steps[i]
		if (s.Uses == "") == (s.Run == "") {
			t.Errorf("step %q must have exactly one of uses and run", s.Name)
		}
		if s.Run != "" {
			if s.Shell != "bash" {
				t.Errorf("step %q: shell = %q, want bash", s.Name, s.Shell)
			}
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %q expands expressions inside its script; pass them through env", s.Name)
			}
			bashSyntax(t, "action.yml step "+s.Name, s.Run)
		}
		if strings.HasPrefix(s.Uses, "actions/setup-go@") {
			setupGo = s
		}
		if s.ID != "" {
			ids[s.ID] = s
		}
	}
	if setupGo == nil {
		t.Fatal("no actions/setup-go step")
	}
	if got := setupGo.With["go-version-file"]; got != "${{ github.action_path }}/go.mod" {
		t.Errorf("setup-go go-version-file = %q", got)
	}
	run = ids["run"]
	if run == nil {
		t.Fatal(`no step with id "run"`)
	}
	for name, in := range a.Inputs {
		if !strings.Contains(run.Run+fmtEnv(run.Env), "inputs."+name+" }}") &&
			!strings.Contains(run.WorkingDirectory, "inputs."+name+" }}") {
			t.Errorf("input %q is not used by the run step", name)
		}
		if in.Description == "" {
			t.Errorf("input %q has no description", name)
		}
	}
	if d := a.Inputs["reporters"].Default; d == nil || *d != "cli,junit,json,github" {
		t.Errorf("reporters default = %v, want cli,junit,json,github", d)
	}
	if !a.Inputs["collection"].Required {
		t.Error("collection is not required")
	}
	for name, out := range a.Outputs {
		m := exprRef.FindStringSubmatch(out.Value)
		if m == nil || m[1] != "run" || m[2] != name {
			t.Errorf("output %q = %q, want ${{ steps.run.outputs.%s }}", name, out.Value, name)
		}
		if !strings.Contains(run.Run, `echo "`+name+`=`) {
			t.Errorf("the run step never writes output %q", name)
		}
	}
	for _, want := range []string{"junit-report", "json-report", "failed"} {
		if _, ok := a.Outputs[want]; !ok {
			t.Errorf("missing output %q", want)
		}
	}
}

func fmtEnv(env map[string]string) string {
	var b strings.Builder
	for k, v := range env {
		b.WriteString(k + "=" + v + "\n")
	}
	return b.String()
}

// TestGitHubWorkflows parses the GitHub workflows and checks how they use the
// action.
func TestGitHubWorkflows(t *testing.T) {
	a := loadAction(t)
	files, err := filepath.Glob("github/*.yml")
	if err != nil || len(files) < 2 {
		t.Fatalf("workflows = %v, %v; want at least 2", files, err)
	}
	seen := map[string]bool{}
	for _, path := range files {
		t.Run(filepath.Base(path), func(t *testing.T) {
			var w workflow
			decodeStrict(t, path, &w)
			if w.Name == "" || len(w.On) == 0 || len(w.Jobs) == 0 {
				t.Fatalf("name, on and jobs are required: %+v", w)
			}
			for _, trig := range []string{"pull_request", "schedule"} {
				if _, ok := w.On[trig]; ok {
					seen[trig] = true
				}
			}
			for jobName, job := range w.Jobs {
				if job.RunsOn == "" || len(job.Steps) == 0 {
					t.Errorf("job %s: runs-on and steps are required", jobName)
				}
				runnerSteps := map[string]step{}
				for _, s := range job.Steps {
					if (s.Uses == "") == (s.Run == "") {
						t.Errorf("job %s step %q: exactly one of uses and run", jobName, s.Name)
					}
					if s.Run != "" {
						bashSyntax(t, path+" step "+s.Name, s.Run)
					}
					if !strings.HasPrefix(s.Uses, "runner-ci/runner@") {
						continue
					}
					if s.ID == "" {
						t.Errorf("job %s: the runner step has no id", jobName)
					}
					runnerSteps[s.ID] = s
					if s.With["collection"] == "" {
						t.Errorf("job %s: the runner step has no collection", jobName)
					}
					for k := range s.With {
						if _, ok := a.Inputs[k]; !ok {
							t.Errorf("job %s: unknown action input %q", jobName, k)
						}
					}
					for _, p := range []string{"collection", "certs", "environment"} {
						if v := s.With[p]; v != "" {
							if _, err := os.Stat(filepath.Join("..", v)); err != nil {
								t.Errorf("job %s: input %s: %v", jobName, p, err)
							}
						}
					}
					for k, v := range s.Env {
						if !strings.Contains(v, "secrets.") {
							t.Errorf("job %s: env %s should come from a secret, got %q", jobName, k, v)
						}
					}
				}
				merges := false
				for _, s := range job.Steps {
					merges = merges || strings.Contains(s.Run, "runner merge ")
				}
				if len(runnerSteps) == 0 && !merges {
					t.Errorf("job %s neither uses the action nor merges reports", jobName)
				}
				// Every steps.<id>.outputs.<name> names the runner step and
				// one of the action's outputs.
				raw, _ := os.ReadFile(path)
				if len(runnerSteps) == 0 {
					continue
				}
				for _, m := range exprRef.FindAllStringSubmatch(string(raw), -1) {
					if _, ok := runnerSteps[m[1]]; !ok {
						t.Errorf("%s refers to unknown step %q", m[0], m[1])
					} else if _, ok := a.Outputs[m[2]]; !ok {
						t.Errorf("%s refers to unknown output %q", m[0], m[2])
					}
				}
			}
		})
	}
	if !seen["pull_request"] || !seen["schedule"] {
		t.Errorf("want a pull_request and a scheduled workflow, saw %v", seen)
	}
}

func TestNightlyWorkflow(t *testing.T) {
	var w workflow
	decodeStrict(t, "github/nightly.yml", &w)
	sched, ok := w.On["schedule"].([]any)
	if !ok || len(sched) == 0 {
		t.Fatalf("on.schedule = %v", w.On["schedule"])
	}
	if cron, _ := sched[0].(map[string]any)["cron"].(string); len(strings.Fields(cron)) != 5 {
		t.Errorf("cron = %q", cron)
	}
	var args, reporters string
	uploads := 0
	for _, s := range w.Jobs["monitor"].Steps {
		if strings.HasPrefix(s.Uses, "runner-ci/runner@") {
			args, reporters = s.With["args"], s.With["reporters"]
		}
		if strings.HasPrefix(s.Uses, "actions/upload-artifact@") {
			uploads++
			if !strings.Contains(s.If, "cancelled()") && !strings.Contains(s.If, "always()") {
				t.Errorf("the upload step runs only on success: if = %q", s.If)
			}
		}
	}
	for _, want := range []string{"--cert-expiry-warning-days 14", "--fail-on-cert-warnings"} {
		if !strings.Contains(args, want) {
			t.Errorf("args %q lack %q", args, want)
		}
	}
	if !strings.Contains(reporters, "html") || uploads == 0 {
		t.Errorf("reporters = %q, uploads = %d: want the html report uploaded", reporters, uploads)
	}
}

func TestGitLabJob(t *testing.T) {
	var doc map[string]struct {
		Stage     string   `yaml:"stage"`
		Image     string   `yaml:"image"`
		Script    []string `yaml:"script"`
		Artifacts struct {
			When     string   `yaml:"when"`
			ExpireIn string   `yaml:"expire_in"`
			Paths    []string `yaml:"paths"`
			Reports  struct {
				JUnit string `yaml:"junit"`
			} `yaml:"reports"`
		} `yaml:"artifacts"`
		Variables map[string]string `yaml:"variables"`
	}
	raw, err := os.ReadFile("gitlab/.gitlab-ci.yml")
	if err != nil {
		t.Fatal(err)
	}
	// stages is a list; decode the jobs without it.
	var generic map[string]yaml.Node
	if err := yaml.Unmarshal(raw, &generic); err != nil {
		t.Fatalf("parse: %v", err)
	}
	delete(generic, "stages")
	rest, err := yaml.Marshal(generic)
	if err != nil {
		t.Fatal(err)
	}
	dec := yaml.NewDecoder(strings.NewReader(string(rest)))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("parse jobs: %v", err)
	}
	job, ok := doc["api-tests"]
	if !ok {
		t.Fatalf("no api-tests job in %v", doc)
	}
	script := strings.Join(job.Script, "\n")
	m := regexp.MustCompile(`--reporter-junit-export\s+(\S+)`).FindStringSubmatch(script)
	if m == nil {
		t.Fatalf("the script exports no JUnit report:\n%s", script)
	}
	if job.Artifacts.Reports.JUnit != m[1] {
		t.Errorf("artifacts:reports:junit = %q, want the exported %q", job.Artifacts.Reports.JUnit, m[1])
	}
	if job.Artifacts.When != "always" {
		t.Errorf("artifacts:when = %q, want always (reports of failed runs matter most)", job.Artifacts.When)
	}
	bashSyntax(t, "gitlab script", script)
}

// tableRows returns the first column and the rest of each row of the
// Markdown table under the heading.
func tableRows(t *testing.T, md, heading string) map[string][]string {
	t.Helper()
	i := strings.Index(md, "\n"+heading+"\n")
	if i < 0 {
		t.Fatalf("README has no %q section", heading)
	}
	rows := map[string][]string{}
	inTable := false
	for _, line := range strings.Split(md[i+len(heading)+2:], "\n") {
		line = strings.TrimSpace(line)
		if !strings.HasPrefix(line, "|") {
			if inTable {
				break
			}
			continue
		}
		inTable = true
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for k := range cells {
			cells[k] = strings.TrimSpace(cells[k])
		}
		name := strings.Trim(cells[0], "`")
		if name == "Input" || name == "Output" || strings.HasPrefix(name, "---") {
			continue
		}
		rows[name] = cells[1:]
	}
	return rows
}

func TestReadmeDocumentsTheAction(t *testing.T) {
	a := loadAction(t)
	raw, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	md := string(raw)
	inputs := tableRows(t, md, "### Inputs")
	if got, want := keys(inputs), keys(a.Inputs); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("README inputs %v, action.yml inputs %v", got, want)
	}
	for name, in := range a.Inputs {
		row, ok := inputs[name]
		if !ok {
			continue
		}
		want := ""
		switch {
		case in.Required:
			want = "(required)"
		case in.Default != nil && *in.Default != "":
			want = "`" + *in.Default + "`"
		}
		if row[0] != want {
			t.Errorf("README default of %s = %q, want %q", name, row[0], want)
		}
	}
	outputs := tableRows(t, md, "### Outputs")
	if got, want := keys(outputs), keys(a.Outputs); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("README outputs %v, action.yml outputs %v", got, want)
	}
	// Every file the README links to exists.
	for _, m := range regexp.MustCompile(`\]\(([^)#:]+)\)`).FindAllStringSubmatch(md, -1) {
		if _, err := os.Stat(m[1]); err != nil {
			t.Errorf("README links to %s: %v", m[1], err)
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestExampleCollection(t *testing.T) {
	c, err := collection.Load("mtls-api/orders.postman_collection.json")
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if c.Info.Name != "Orders API (mTLS)" || len(c.Items) != 2 {
		t.Errorf("loaded %q with %d top-level items", c.Info.Name, len(c.Items))
	}
	env, err := collection.LoadEnvironment("mtls-api/staging.postman_environment.json")
	if err != nil || env == nil {
		t.Fatalf("load environment: %v", err)
	}
}

func TestExampleManifest(t *testing.T) {
	const path = "mtls-api/certs.json"
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal(raw, &doc); err != nil {
		t.Fatal(err)
	}
	if err := schemas.Validate(schemas.Certs, doc); err != nil {
		t.Fatalf("validate: %v", err)
	}
	for _, key := range []string{`"cert"`, `"key"`, `"pfx"`, `"passphrase"`, "PRIVATE KEY"} {
		if strings.Contains(string(raw), key+":") || strings.Contains(string(raw), "BEGIN "+key) {
			t.Errorf("the manifest holds %s; key material must come from environment variables", key)
		}
	}

	// Load it for real, with certificates generated now and passed through
	// the environment variables the manifest names.
	ca := certstest.NewCA(t, "Example CA")
	orders := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "orders-ci"})
	partner := ca.Leaf(t, certstest.LeafOpts{Client: true, CommonName: "partner-ci", NotAfter: time.Now().Add(10 * 24 * time.Hour)})
	env := map[string]string{
		"ORDERS_API_CLIENT_CERT":           string(orders.CertPEM),
		"ORDERS_API_CLIENT_KEY":            base64.StdEncoding.EncodeToString(orders.EncryptedKeyPEM(t, "s3cret pass", false)),
		"ORDERS_API_CLIENT_KEY_PASSPHRASE": "s3cret pass",
		"PARTNER_CLIENT_PFX_BASE64":        base64.StdEncoding.EncodeToString(partner.PFX(t, "pfx-pass", false)),
		"PARTNER_CLIENT_PFX_PASSPHRASE":    "pfx-pass",
	}
	store, err := certs.Load(certs.Options{
		ManifestPath: path,
		Getenv:       func(k string) string { return env[k] },
		SystemRoots:  x509.NewCertPool(),
	})
	if err != nil {
		t.Fatalf("certs.Load: %v", err)
	}
	got := map[string]string{}
	for _, e := range store.Entries() {
		got[e.Host] = e.Subject + " " + e.Status
	}
	if !strings.Contains(got["api.example.com:8443"], "orders-ci") {
		t.Errorf("api.example.com:8443 entry = %q (entries %v)", got["api.example.com:8443"], got)
	}
	partnerEntry := ""
	for h, v := range got {
		if strings.Contains(h, "partner.example.net") {
			partnerEntry = v
		}
	}
	if !strings.Contains(partnerEntry, "partner-ci") {
		t.Errorf("partner entry = %q (entries %v)", partnerEntry, got)
	}
	if store.ExpiryWarningDays() != 14 {
		t.Errorf("ExpiryWarningDays = %d, want the manifest's 14", store.ExpiryWarningDays())
	}

	// Without the secrets (a pull request from a fork), loading fails and
	// names the missing variable.
	_, err = certs.Load(certs.Options{ManifestPath: path, Getenv: func(string) string { return "" }, SystemRoots: x509.NewCertPool()})
	if err == nil || !strings.Contains(err.Error(), "ORDERS_API_CLIENT_CERT") {
		t.Errorf("certs.Load without the variables = %v, want an error naming ORDERS_API_CLIENT_CERT", err)
	}
}

// TestTopReadmeNamesTheAction checks that the repository's README.md, the
// user's front door, names every input and output of action.yml.
func TestTopReadmeNamesTheAction(t *testing.T) {
	a := loadAction(t)
	raw, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	md := string(raw)
	for name := range a.Inputs {
		if !strings.Contains(md, "`"+name+"`") {
			t.Errorf("README.md does not name the action input %q", name)
		}
	}
	for name := range a.Outputs {
		if !strings.Contains(md, "`"+name+"`") {
			t.Errorf("README.md does not name the action output %q", name)
		}
	}
}
