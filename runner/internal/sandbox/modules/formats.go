package modules

import (
	"fmt"
	"net"
	"regexp"
	"sort"
	"strings"

	"github.com/dlclark/regexp2"
)

// Ajv 6 checks formats in its default "fast" mode with simple patterns;
// these reproduce that behaviour (e.g. "2020-13-01" is a valid "date").
var (
	reAjvDate     = regexp.MustCompile(`^\d{4}-[01]\d-[0-3]\d$`)
	reAjvTime     = regexp.MustCompile(`(?i)^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$`)
	reAjvDateTime = regexp.MustCompile(`(?i)^\d{4}-[01]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$`)
	reAjvURI      = regexp.MustCompile(`(?i)^[a-z][a-z0-9+\-.]*:(?://?)?\S*$`)
	reAjvURIRef   = regexp.MustCompile(`(?i)^(?:(?:[a-z][a-z0-9+\-.]*:)?/?/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$`)
	reAjvEmail    = regexp.MustCompile("(?i)^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$")
	reAjvHostname = regexp.MustCompile(`(?i)^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$`)
	reAjvIPv4     = regexp.MustCompile(`^(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)$`)
	reAjvUUID     = regexp.MustCompile(`(?i)^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$`)
	reAjvJSONPtr  = regexp.MustCompile(`^(?:/(?:[^~/]|~0|~1)*)*$`)
	reAjvRelPtr   = regexp.MustCompile(`^(?:0|[1-9][0-9]*)(?:#|(?:/(?:[^~/]|~0|~1)*)*)$`)
	reAjvURITmpl  = regexp.MustCompile(`(?i)^(?:[^\x00-\x20"'<>%\\^` + "`" + `{|}]|%[0-9a-f]{2}|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$`)
)

func stringFormat(check func(string) bool) func(any) bool {
	return func(v any) bool {
		s, ok := v.(string)
		return !ok || check(s)
	}
}

// ajvFormats are the formats Ajv 6 knows, as its fast mode checks them.
var ajvFormats = map[string]func(any) bool{
	"date":      stringFormat(reAjvDate.MatchString),
	"time":      stringFormat(reAjvTime.MatchString),
	"date-time": stringFormat(reAjvDateTime.MatchString),
	"uri":       stringFormat(reAjvURI.MatchString),
	"uri-reference": stringFormat(func(s string) bool {
		return reAjvURIRef.MatchString(s)
	}),
	"uri-template": stringFormat(reAjvURITmpl.MatchString),
	"url":          stringFormat(reAjvURI.MatchString),
	"email":        stringFormat(reAjvEmail.MatchString),
	"hostname": stringFormat(func(s string) bool {
		return len(strings.TrimSuffix(s, ".")) <= 253 && len(s) > 0 && reAjvHostname.MatchString(s)
	}),
	"ipv4": stringFormat(reAjvIPv4.MatchString),
	"ipv6": stringFormat(func(s string) bool {
		ip := net.ParseIP(s)
		return ip != nil && strings.Contains(s, ":")
	}),
	"regex": stringFormat(func(s string) bool {
		_, err := regexp2.Compile(s, regexp2.ECMAScript)
		return err == nil
	}),
	"uuid":                      stringFormat(reAjvUUID.MatchString),
	"json-pointer":              stringFormat(reAjvJSONPtr.MatchString),
	"json-pointer-uri-fragment": stringFormat(func(s string) bool { return strings.HasPrefix(s, "#") }),
	"relative-json-pointer":     stringFormat(reAjvRelPtr.MatchString),
}

// checkFormatsKnown reports Ajv 6's compile error for a format it does not
// know ("unknown format "x" is used in schema at path "#/...").
func checkFormatsKnown(schema any) error {
	var walk func(v any, path string) error
	walk = func(v any, path string) error {
		switch x := v.(type) {
		case map[string]any:
			if f, ok := x["format"].(string); ok {
				if _, known := ajvFormats[f]; !known {
					return fmt.Errorf("unknown format %q is used in schema at path %q", f, "#"+path)
				}
			}
			keys := make([]string, 0, len(x))
			for k := range x {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				if k == "enum" || k == "const" || k == "default" || k == "examples" {
					continue
				}
				if err := walk(x[k], path+"/"+escapePtr(k)); err != nil {
					return err
				}
			}
		case []any:
			for i, e := range x {
				if err := walk(e, fmt.Sprintf("%s/%d", path, i)); err != nil {
					return err
				}
			}
		}
		return nil
	}
	return walk(schema, "")
}
