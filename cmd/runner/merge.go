package main

import (
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/spf13/cobra"

	"github.com/runner-ci/runner/collection"
	"github.com/runner-ci/runner/reporters"
	"github.com/runner-ci/runner/runner/result"
)

// mergeOptions are the flags of `runner merge`.
type mergeOptions struct {
	reportFlags
	collection       string
	suppressExitCode bool
}

func newMergeCmd(s Streams) *cobra.Command {
	o := &mergeOptions{}
	cmd := &cobra.Command{
		Use:   "merge <report.json>...",
		Short: "Merge the JSON reports of sharded runs into one set of reports",
		Long: `Merge the JSON reports written by 'runner run --shard K/N -r json' (one per
shard) into one run with recomputed totals, and write it with the chosen
reporters (for example one JSON, JUnit and HTML report for the whole run).

Executions are ordered by iteration, then by the item's position in the
collection: give --collection for the exact order, otherwise the position
is rebuilt from the reports (exact when they are given in shard order).

Exit codes: 0 the merged run passed; 1 it has failures (or a shard was
aborted); 2 a report is unreadable, invalid, of another collection, or
given twice.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runMerge(o, args, s)
		},
	}
	f := cmd.Flags()
	f.SortFlags = false
	o.reportFlags.register(f)
	f.StringVar(&o.collection, "collection", "", "the collection that ran, to order executions exactly as in it (optional)")
	f.BoolVarP(&o.suppressExitCode, "suppress-exit-code", "x", false, "exit 0 even when the merged run has failures (never hides usage errors)")
	return cmd
}

// shardReport is one report read by merge.
type shardReport struct {
	path  string
	run   *result.Run
	execs []*result.Execution
}

func runMerge(o *mergeOptions, paths []string, s Streams) error {
	names, err := o.reportFlags.names()
	if err != nil {
		return usage(err)
	}
	reports, err := readReports(paths)
	if err != nil {
		return usage(err)
	}
	var order []string
	if o.collection != "" {
		c, err := collection.Load(o.collection)
		if err != nil {
			return usage(err)
		}
		first := reports[0]
		if !sameCollection(first.run.Collection, result.CollectionInfo{ID: c.Info.ID, Name: c.Info.Name}) {
			return usage(fmt.Errorf("%s: collection %s does not match %s of report %q", o.collection,
				describeCollection(result.CollectionInfo{ID: c.Info.ID, Name: c.Info.Name}), describeCollection(first.run.Collection), first.path))
		}
		for _, it := range c.Requests() {
			order = append(order, it.ID)
		}
	}

	runs := make([]*result.Run, len(reports))
	execs := make([][]*result.Execution, len(reports))
	for i, r := range reports {
		runs[i], execs[i] = r.run, r.execs
	}
	merged, mergedExecs := result.Merge(runs, execs, order)

	// Reporters.
	ss, err := openSinks(&o.reportFlags, names, o.collection, s, time.Now())
	if err != nil {
		return usage(err)
	}
	defer ss.close()
	sinks := reporters.Multi(ss.sinks)
	var errs []error
	errs = append(errs, sinks.Start(merged))
	for _, e := range mergedExecs {
		errs = append(errs, sinks.Execution(merged, e))
	}
	errs = append(errs, sinks.Done(merged))
	errs = append(errs, ss.close())
	if err := errors.Join(errs...); err != nil {
		fmt.Fprintf(s.Err, "error: %v\n", err)
		return &exitError{code: ExitFailures}
	}

	if !o.silent {
		fmt.Fprintf(s.Err, "merged %d reports: %d iterations, %d requests, %d assertions, %d failures\n",
			len(reports), merged.Stats.Iterations.Total, merged.Stats.Requests.Total, merged.Stats.Assertions.Total, len(merged.Failures))
		if merged.Error != "" {
			fmt.Fprintf(s.Err, "error: a shard was aborted: %s\n", merged.Error)
		}
	}
	if (len(merged.Failures) > 0 || merged.Error != "") && !o.suppressExitCode {
		return &exitError{code: ExitFailures}
	}
	return nil
}

// readReports reads every report and checks that they belong to the same
// collection and that no execution appears in two of them.
func readReports(paths []string) ([]*shardReport, error) {
	var out []*shardReport
	type key struct {
		iteration int
		id        string
	}
	owner := map[key]int{}
	for i, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("read report: %w", err)
		}
		run, execs, err := reporters.ReadJSON(p, f)
		f.Close()
		if err != nil {
			return nil, err
		}
		if i > 0 && !sameCollection(out[0].run.Collection, run.Collection) {
			return nil, fmt.Errorf("report %q is of collection %s, not %s like %q", p,
				describeCollection(run.Collection), describeCollection(out[0].run.Collection), out[0].path)
		}
		for _, e := range execs {
			k := key{e.Iteration, e.ID}
			if j, ok := owner[k]; ok && j != i {
				return nil, fmt.Errorf("reports %q and %q both ran %q in iteration %d: give each shard's report once",
					paths[j], p, e.Item.FullName(), e.Iteration+1)
			}
			owner[k] = i
		}
		out = append(out, &shardReport{path: p, run: run, execs: execs})
	}
	return out, nil
}

// sameCollection compares ids when both are known, names otherwise.
func sameCollection(a, b result.CollectionInfo) bool {
	if a.ID != "" && b.ID != "" {
		return a.ID == b.ID
	}
	return a.Name == b.Name
}

func describeCollection(c result.CollectionInfo) string {
	if c.ID == "" {
		return fmt.Sprintf("%q", c.Name)
	}
	return fmt.Sprintf("%q (%s)", c.Name, c.ID)
}
