package sandbox

import (
	"crypto/rand"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/runner-ci/runner/collection"
)

// varPattern is Postman's {{name}} pattern.
var varPattern = regexp.MustCompile(`{{([^{}]*?)}}`)

// maxReplacePasses bounds nested substitution, as Postman does.
const maxReplacePasses = 19

// replaceVars substitutes {{name}} references using lookup, repeatedly so
// that nested references resolve. Unknown names stay as written; names
// starting with $ that lookup does not know are dynamic variables.
func replaceVars(s string, lookup func(string) (any, bool), now func() time.Time) string {
	if !strings.Contains(s, "{{") {
		return s
	}
	for pass := 0; pass < maxReplacePasses; pass++ {
		changed := false
		out := varPattern.ReplaceAllStringFunc(s, func(m string) string {
			name := m[2 : len(m)-2]
			if v, ok := lookup(name); ok {
				changed = true
				return collection.ToString(v)
			}
			if strings.HasPrefix(name, "$") {
				if v, ok := dynamicVariable(name, now); ok {
					changed = true
					return v
				}
			}
			return m
		})
		s = out
		if !changed || !strings.Contains(s, "{{") {
			break
		}
	}
	return s
}

// dynamicVariable generates Postman's core dynamic variables. Faker-based
// ones ($randomFirstName, ...) are left to the collection package's
// resolver when the engine substitutes requests.
func dynamicVariable(name string, now func() time.Time) (string, bool) {
	switch name {
	case "$guid", "$randomUUID":
		return newUUID(), true
	case "$timestamp":
		return strconv.FormatInt(now().Unix(), 10), true
	case "$isoTimestamp":
		return now().UTC().Format("2006-01-02T15:04:05.000Z"), true
	case "$randomInt":
		return strconv.FormatInt(randInt(1001), 10), true
	case "$randomBoolean":
		return strconv.FormatBool(randInt(2) == 1), true
	case "$randomAlphaNumeric":
		const chars = "abcdefghijklmnopqrstuvwxyz0123456789"
		return string(chars[randInt(int64(len(chars)))]), true
	}
	return "", false
}

func randInt(n int64) int64 {
	v, err := rand.Int(rand.Reader, big.NewInt(n))
	if err != nil {
		return 0
	}
	return v.Int64()
}

func newUUID() string {
	var b [16]byte
	_, _ = rand.Read(b[:])
	b[6] = b[6]&0x0f | 0x40
	b[8] = b[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", b[0:4], b[4:6], b[6:8], b[8:10], b[10:16])
}
