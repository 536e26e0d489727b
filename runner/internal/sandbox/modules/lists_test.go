package modules

import (
	"slices"
	"testing"
)

func TestFunctionLists(t *testing.T) {
	tests := []struct {
		name string
		got  []string
		want []string
	}{
		{"lodash", LodashFunctions(), []string{"get", "set", "cloneDeep", "template", "chain", "orderBy", "keyBy", "camelCase"}},
		{"lodash3", Lodash3Functions(), []string{"get", "pluck", "indexBy", "contains", "sortByOrder", "padLeft", "trunc"}},
		{"moment", MomentFunctions(), []string{"utc", "unix", "duration", "isMoment", "fn.format", "fn.add", "fn.diff", "fn.startOf", "duration.humanize", "duration.asHours"}},
	}
	for _, tt := range tests {
		for _, w := range tt.want {
			if !slices.Contains(tt.got, w) {
				t.Errorf("%s functions lack %q", tt.name, w)
			}
		}
		if !slices.IsSorted(tt.got) {
			t.Errorf("%s functions are not sorted", tt.name)
		}
	}
	if l3 := Lodash3Functions(); slices.Contains(l3, "keyBy") || slices.Contains(l3, "isNil") {
		t.Error("lodash 3 `_` exposes lodash 4 only functions")
	}
}
