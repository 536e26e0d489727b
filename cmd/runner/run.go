package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/sirupsen/logrus"
	"github.com/spf13/cobra"

	"github.com/runner-ci/runner/certs"
	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/reporters"
	"github.com/runner-ci/runner/runner"
)

// runOptions are the flags of `runner run`, named as Newman's.
type runOptions struct {
	reportFlags
	collection       string
	environment      string
	globals          string
	iterationData    string
	iterationCount   int
	folders          []string
	envVars          []string
	globalVars       []string
	workingDir       string
	noInsecureRead   bool
	timeout          int
	timeoutRequest   int
	timeoutScript    int
	delayRequest     int
	bail             string
	suppressExitCode bool
	ignoreRedirects  bool
	exportEnv        string
	exportGlobals    string
	exportCollection string
	insecure         bool

	certsManifest       string
	sslClientCert       string
	sslClientKey        string
	sslClientPassphrase string
	sslClientCertList   string
	sslExtraCACerts     string
	certExpiryDays      int
	failOnCertWarnings  bool

	logLevel  string
	logFormat string

	shard   string
	shardBy string
	resolve []string
}

func newRunCmd(s Streams) *cobra.Command {
	o := &runOptions{}
	cmd := &cobra.Command{
		Use:   "run <collection.json>",
		Short: "Run a collection",
		Long: `Run a Postman collection (v2.0 or v2.1 JSON file).

Exit codes: 0 all passed; 1 an assertion failed or a request or script
errored; 2 usage or input error, detected before any request is sent.`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			o.collection = args[0]
			return runRun(cmd, o, s)
		},
	}
	f := cmd.Flags()
	f.SortFlags = false
	f.StringVarP(&o.environment, "environment", "e", "", "environment file (Postman export)")
	f.StringVarP(&o.globals, "globals", "g", "", "globals file (Postman export)")
	f.StringVarP(&o.iterationData, "iteration-data", "d", "", "iteration data file (JSON array or CSV)")
	f.IntVarP(&o.iterationCount, "iteration-count", "n", 0, "number of iterations (default: data rows, or 1)")
	f.StringArrayVar(&o.folders, "folder", nil, "run only this folder or request (name or id); repeatable")
	f.StringArrayVar(&o.envVars, "env-var", nil, "set an environment variable: --env-var key=value; repeatable")
	f.StringArrayVar(&o.globalVars, "global-var", nil, "set a global variable: --global-var key=value; repeatable")
	f.StringVar(&o.workingDir, "working-dir", "", "directory for relative file paths of request bodies (default: current directory)")
	f.BoolVar(&o.noInsecureRead, "no-insecure-file-read", false, "refuse to read body files outside the working directory")
	f.IntVar(&o.timeout, "timeout", 0, "run timeout in milliseconds (0: none)")
	f.IntVar(&o.timeoutRequest, "timeout-request", 0, "request timeout in milliseconds (0: none)")
	f.IntVar(&o.timeoutScript, "timeout-script", 0, "script timeout in milliseconds (0: none)")
	f.IntVar(&o.delayRequest, "delay-request", 0, "delay between requests in milliseconds")
	f.StringVar(&o.bail, "bail", "", "stop after a failure; modifiers: failure (default), folder (abort on request or script errors)")
	f.Lookup("bail").NoOptDefVal = "failure"
	f.BoolVarP(&o.suppressExitCode, "suppress-exit-code", "x", false, "exit 0 even when tests fail (never hides usage errors)")
	f.BoolVar(&o.ignoreRedirects, "ignore-redirects", false, "do not follow redirects")
	f.BoolVar(&o.verbose, "verbose", false, "show request and response details and TLS diagnostics")
	o.reportFlags.register(f)
	f.StringVar(&o.exportEnv, "export-environment", "", "write the final environment to this file")
	f.StringVar(&o.exportGlobals, "export-globals", "", "write the final globals to this file")
	f.StringVar(&o.exportCollection, "export-collection", "", "write the collection (with final collection variables) to this file")

	f.StringVar(&o.certsManifest, "certs", "", "certificates manifest (client certificates per host, CA trust, verification)")
	f.BoolVarP(&o.insecure, "insecure", "k", false, "do not fail on server certificate problems (they are still reported as warnings)")
	f.StringVar(&o.sslClientCert, "ssl-client-cert", "", "client certificate (PEM or .pfx/.p12) for every HTTPS host not in the manifest")
	f.StringVar(&o.sslClientKey, "ssl-client-key", "", "private key of --ssl-client-cert")
	f.StringVar(&o.sslClientPassphrase, "ssl-client-passphrase", "", "passphrase of --ssl-client-key or the .pfx")
	f.StringVar(&o.sslClientCertList, "ssl-client-cert-list", "", "Newman's client certificate list (JSON with matches URL patterns)")
	f.StringVar(&o.sslExtraCACerts, "ssl-extra-ca-certs", "", "PEM bundle of extra trusted CA certificates")
	f.IntVar(&o.certExpiryDays, "cert-expiry-warning-days", certs.DefaultExpiryWarningDays, "warn when a certificate expires within this many days")
	f.BoolVar(&o.failOnCertWarnings, "fail-on-cert-warnings", false, "treat certificate warnings as failures (for monitoring)")

	f.StringArrayVar(&o.resolve, "resolve", nil, "connect to ADDRESS for HOST:PORT (host:port:address, as curl); repeatable")
	f.StringVar(&o.shard, "shard", "", "run shard K of N (K/N): a deterministic part of the top-level items or iterations")
	f.StringVar(&o.shardBy, "shard-by", "items", "what --shard splits: items (top-level folders and requests) or iterations")
	f.StringVar(&o.logLevel, "log-level", "warn", "structured log level on stderr: debug, info, warn, error")
	f.StringVar(&o.logFormat, "log-format", "text", "structured log format: text, json")
	return cmd
}

// check validates flag values that pflag cannot.
func (o *runOptions) check(cmd *cobra.Command) error {
	f := cmd.Flags()
	if f.Changed("iteration-count") && o.iterationCount < 1 {
		return fmt.Errorf("--iteration-count must be 1 or more, got %d", o.iterationCount)
	}
	for name, v := range map[string]int{"timeout": o.timeout, "timeout-request": o.timeoutRequest, "timeout-script": o.timeoutScript, "delay-request": o.delayRequest, "cert-expiry-warning-days": o.certExpiryDays} {
		if v < 0 {
			return fmt.Errorf("--%s must not be negative, got %d", name, v)
		}
	}
	if o.bail != "" && !isBailValue(o.bail) {
		return fmt.Errorf("--bail accepts failure and folder, got %q", o.bail)
	}
	if _, err := logrus.ParseLevel(o.logLevel); err != nil {
		return fmt.Errorf("--log-level: %w", err)
	}
	if o.logFormat != "text" && o.logFormat != "json" {
		return fmt.Errorf("--log-format must be text or json, got %q", o.logFormat)
	}
	if o.shard != "" {
		if _, err := runner.ParseShard(o.shard); err != nil {
			return fmt.Errorf("--shard: %w", err)
		}
	}
	if _, err := runner.ParseResolve(o.resolve); err != nil {
		return fmt.Errorf("--resolve: %w", err)
	}
	if o.shardBy != "items" && o.shardBy != "iterations" {
		return fmt.Errorf("--shard-by must be items or iterations, got %q", o.shardBy)
	}
	if o.sslClientKey != "" && o.sslClientCert == "" {
		return errors.New("--ssl-client-key needs --ssl-client-cert")
	}
	for _, kv := range append(append([]string{}, o.envVars...), o.globalVars...) {
		if !strings.Contains(kv, "=") {
			return fmt.Errorf("variable %q must be written key=value", kv)
		}
	}
	return nil
}

func newLogger(o *runOptions, w io.Writer) *logrus.Logger {
	l := logrus.New()
	l.Out = w
	lvl, _ := logrus.ParseLevel(o.logLevel)
	l.Level = lvl
	if o.logFormat == "json" {
		l.Formatter = &logrus.JSONFormatter{}
	} else {
		l.Formatter = &logrus.TextFormatter{DisableColors: true, FullTimestamp: true}
	}
	return l
}

// inputs are everything a run reads before the first request.
type inputs struct {
	coll    *collection.Collection
	env     *collection.Scope
	globals *collection.Scope
	data    []*collection.Scope
	store   *certs.Store
}

func loadInputs(cmd *cobra.Command, o *runOptions, s Streams) (*inputs, error) {
	in := &inputs{}
	var err error
	if in.coll, err = loadCollection(o.collection); err != nil {
		return nil, err
	}
	if o.environment != "" {
		if in.env, err = loadScope(o.environment, "environment"); err != nil {
			return nil, err
		}
	}
	if len(o.envVars) > 0 {
		if in.env == nil {
			in.env = collection.NewScope("environment", nil)
		}
		if err := collection.ApplyOverrides(in.env, o.envVars); err != nil {
			return nil, fmt.Errorf("--env-var: %w", err)
		}
	}
	if o.globals != "" {
		if in.globals, err = loadScope(o.globals, "globals"); err != nil {
			return nil, err
		}
	}
	if len(o.globalVars) > 0 {
		if in.globals == nil {
			in.globals = collection.NewScope("globals", nil)
		}
		if err := collection.ApplyOverrides(in.globals, o.globalVars); err != nil {
			return nil, fmt.Errorf("--global-var: %w", err)
		}
	}
	if o.iterationData != "" {
		if in.data, err = loadIterationData(o.iterationData); err != nil {
			return nil, err
		}
	}
	in.store, err = certs.Load(certs.Options{
		ManifestPath:         o.certsManifest,
		CertListPath:         o.sslClientCertList,
		ClientCert:           o.sslClientCert,
		ClientKey:            o.sslClientKey,
		ClientPassphrase:     o.sslClientPassphrase,
		ExtraCACerts:         o.sslExtraCACerts,
		Insecure:             o.insecure,
		ExpiryWarningDays:    o.certExpiryDays,
		ExpiryWarningDaysSet: cmd.Flags().Changed("cert-expiry-warning-days"),
		Getenv:               s.Getenv,
	})
	if err != nil {
		return nil, err
	}
	return in, nil
}

func runRun(cmd *cobra.Command, o *runOptions, s Streams) error {
	if err := o.check(cmd); err != nil {
		return usage(err)
	}
	names, err := o.reportFlags.names()
	if err != nil {
		return usage(err)
	}
	log := newLogger(o, s.Err)
	in, err := loadInputs(cmd, o, s)
	if err != nil {
		return usage(err)
	}
	for _, w := range in.store.Warnings() {
		log.WithField("source", "certs").Warn(w)
	}

	// Reporters.
	ss, err := openSinks(&o.reportFlags, names, o.collection, s, time.Now())
	if err != nil {
		return usage(err)
	}
	defer ss.close()
	sinks := ss.sinks
	// A progress line on a terminal's stderr when nothing else shows the
	// run going (no cli reporter); its total is set once the run is planned.
	var progress *reporters.Progress
	if !o.silent && !slices.Contains(names, reporters.CLI) && s.IsTTY(s.Err) {
		progress = reporters.NewProgress(s.Err, 0)
		sinks = append(sinks, progress)
	}

	var shard runner.Shard
	if o.shard != "" {
		shard, _ = runner.ParseShard(o.shard)
		shard.ByIterations = o.shardBy == "iterations"
	}
	resolve, _ := runner.ParseResolve(o.resolve)
	r, err := runner.New(runner.Options{
		Shard:              shard,
		Resolve:            resolve,
		Collection:         in.coll,
		Environment:        in.env,
		Globals:            in.globals,
		IterationData:      in.data,
		IterationCount:     o.iterationCount,
		Folders:            o.folders,
		WorkingDir:         o.workingDir,
		NoInsecureFileRead: o.noInsecureRead,
		Timeout:            time.Duration(o.timeout) * time.Millisecond,
		RequestTimeout:     time.Duration(o.timeoutRequest) * time.Millisecond,
		ScriptTimeout:      time.Duration(o.timeoutScript) * time.Millisecond,
		DelayRequest:       time.Duration(o.delayRequest) * time.Millisecond,
		BailOnFailure:      strings.Contains(o.bail, "failure"),
		BailOnError:        strings.Contains(o.bail, "folder"),
		IgnoreRedirects:    o.ignoreRedirects,
		Certs:              in.store,
		KeepBodies:         o.verbose,
		ShowSecrets:        o.showSecrets,
		FailOnCertWarnings: o.failOnCertWarnings,
		Version:            Version,
		Sinks:              sinks,
		Logger:             log,
	})
	if err != nil {
		return usage(err)
	}
	if progress != nil {
		progress.SetTotal(r.PlannedRequests())
	}
	sum, runErr := r.Run(cmd.Context())
	if err := ss.close(); err != nil {
		fmt.Fprintf(s.Err, "error: %v\n", err)
		return &exitError{code: ExitFailures}
	}
	if err := exportState(o, in, r); err != nil {
		fmt.Fprintf(s.Err, "error: %v\n", err)
		return &exitError{code: ExitFailures}
	}
	failed := runErr != nil || len(sum.Failures) > 0
	if runErr != nil {
		fmt.Fprintf(s.Err, "error: %v\n", runErr)
	}
	if failed && !o.suppressExitCode {
		return &exitError{code: ExitFailures}
	}
	return nil
}

// exportState writes --export-environment, --export-globals and
// --export-collection with the run's final variables.
func exportState(o *runOptions, in *inputs, r *runner.Runner) error {
	sc := r.Scopes()
	now := time.Now()
	exports := []struct {
		path   string
		render func() ([]byte, error)
	}{
		{o.exportEnv, func() ([]byte, error) { return collection.ExportScope(sc.Environment, "environment", Version, now) }},
		{o.exportGlobals, func() ([]byte, error) { return collection.ExportScope(sc.Globals, "globals", Version, now) }},
		{o.exportCollection, func() ([]byte, error) { return collection.ExportCollection(in.coll, sc.Collection) }},
	}
	for _, e := range exports {
		if e.path == "" {
			continue
		}
		data, err := e.render()
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Dir(e.path), 0o755); err != nil {
			return fmt.Errorf("export %q: %w", e.path, err)
		}
		if err := os.WriteFile(e.path, data, 0o644); err != nil {
			return fmt.Errorf("export %q: %w", e.path, err)
		}
	}
	return nil
}
