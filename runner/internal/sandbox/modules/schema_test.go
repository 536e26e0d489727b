package modules

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestValidateSchema(t *testing.T) {
	tests := []struct {
		name         string
		schema, data string
		want         string // JSON of the errors
	}{
		{
			name:   "postman conformance case",
			schema: `{"properties":{"alpha":{"type":"boolean"}}}`, data: `{"alpha":123}`,
			want: `[{"dataPath":".alpha","keyword":"type","message":"should be boolean","params":{"type":"boolean"},"schemaPath":"#/properties/alpha/type"}]`,
		},
		{name: "valid", schema: `{"type":"object","required":["a"]}`, data: `{"a":1}`, want: `[]`},
		{
			name:   "required and maxLength",
			schema: `{"required":["id","name"],"properties":{"name":{"maxLength":2}}}`, data: `{"name":"abc"}`,
			want: `[{"dataPath":"","keyword":"required","message":"should have required property 'id'","params":{"missingProperty":"id"},"schemaPath":"#/required"},` +
				`{"dataPath":".name","keyword":"maxLength","message":"should NOT be longer than 2 characters","params":{"limit":2},"schemaPath":"#/properties/name/maxLength"}]`,
		},
		{
			name:   "enum minimum pattern format const minItems",
			schema: `{"items":[{"enum":[1,2]},{"minimum":5},{"pattern":"^a"},{"format":"email"},{"const":"x"}],"minItems":6}`, data: `[3,4,"b","nope","y"]`,
			want: `[{"dataPath":"","keyword":"minItems","message":"should NOT have fewer than 6 items","params":{"limit":6},"schemaPath":"#/minItems"},` +
				`{"dataPath":"[0]","keyword":"enum","message":"should be equal to one of the allowed values","params":{"allowedValues":[1,2]},"schemaPath":"#/items/0/enum"},` +
				`{"dataPath":"[1]","keyword":"minimum","message":"should be \u003e= 5","params":{"comparison":"\u003e=","exclusive":false,"limit":5},"schemaPath":"#/items/1/minimum"},` +
				`{"dataPath":"[2]","keyword":"pattern","message":"should match pattern \"^a\"","params":{"pattern":"^a"},"schemaPath":"#/items/2/pattern"},` +
				`{"dataPath":"[3]","keyword":"format","message":"should match format \"email\"","params":{"format":"email"},"schemaPath":"#/items/3/format"},` +
				`{"dataPath":"[4]","keyword":"const","message":"should be equal to constant","params":{"allowedValue":"x"},"schemaPath":"#/items/4/const"}]`,
		},
		{
			name:   "additionalProperties",
			schema: `{"properties":{"a":{}},"additionalProperties":false}`, data: `{"a":1,"b c":2}`,
			want: `[{"dataPath":"","keyword":"additionalProperties","message":"should NOT have additional properties","params":{"additionalProperty":"b c"},"schemaPath":"#/additionalProperties"}]`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var schema, data any
			if err := json.Unmarshal([]byte(tt.schema), &schema); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(tt.data), &data); err != nil {
				t.Fatal(err)
			}
			got, err := json.Marshal(ValidateSchema(schema, data))
			if err != nil {
				t.Fatal(err)
			}
			var g, w any
			_ = json.Unmarshal(got, &g)
			if err := json.Unmarshal([]byte(tt.want), &w); err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(g, w) {
				t.Fatalf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestValidateSchemaInvalidSchema(t *testing.T) {
	errs := ValidateSchema(map[string]any{"type": 12}, 1)
	if len(errs) != 1 || errs[0]["keyword"] != "$schema" || !strings.Contains(errs[0]["message"].(string), "schema is invalid") {
		t.Fatalf("got %v", errs)
	}
}

func TestChaiHostValidateSchema(t *testing.T) {
	rt := newTestRuntime(t)
	s := getState(rt)
	_ = rt.Set("validate", s.natives.Get("validateSchema"))
	v, err := rt.RunString(`JSON.stringify(validate({properties: {b: {type: 'string'}, a: {type: 'string'}}}, {a: 1, b: 2}).map(e => e.dataPath + ' ' + e.message))`)
	if err != nil {
		t.Fatal(err)
	}
	// Ajv reports in schema key order, not data or alphabetical order.
	if got := v.String(); got != `[".b should be string",".a should be string"]` {
		t.Fatalf("got %s", got)
	}
}

func TestValidateSchemaJSONKeepsOrder(t *testing.T) {
	errs := ValidateSchemaJSON([]byte(`{"properties":{"z":{"type":"string"},"a":{"type":"string"}}}`), []byte(`{"a":1,"z":2}`))
	if len(errs) != 2 || errs[0]["dataPath"] != ".z" || errs[1]["dataPath"] != ".a" {
		t.Fatalf("got %v", errs)
	}
	if errs := ValidateSchemaJSON([]byte(`{"type":`), []byte(`1`)); len(errs) != 1 || errs[0]["keyword"] != "$schema" {
		t.Fatalf("bad schema: got %v", errs)
	}
}
