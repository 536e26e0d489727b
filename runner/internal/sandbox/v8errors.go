package sandbox

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/runner-ci/runner/runner/result"
)

// scriptSource is the script an execution runs, used to quote the
// expression of a failed call in V8's words.
type scriptSource struct {
	name string // the name the script was compiled under (stack frames)
	exec string // the script's code, before wrapping
}

// text returns the source goja compiled (see Sandbox.program).
func (s *scriptSource) text() string { return wrapScript(s.exec) }

// wrapScript wraps a script in the function Sandbox.program compiles.
func wrapScript(exec string) string {
	if strings.Contains(exec, "await") {
		return "(async function () {" + exec + "\n})"
	}
	return "(function () {" + exec + "\n})"
}

var (
	// gojaReadRe matches goja's wording of a property read on undefined or
	// null ("of undefined" is also used for null).
	gojaReadRe = regexp.MustCompile(`^Cannot read property '(.*)' of (undefined|null)(?: or null)?$`)
	// gojaNoMemberRe matches goja's call of a missing method.
	gojaNoMemberRe = regexp.MustCompile(`^Object has no member '(.*)'$`)
	// gojaNotObjectRe matches goja's call of a value that is no function.
	gojaNotObjectRe = regexp.MustCompile(`^Value is not an object: `)
	// frameRe finds the position of a stack frame: "at name:L:C(pc)" or
	// "at fn (name:L:C(pc))".
	frameRe = regexp.MustCompile(`^\s*at (?:[^\n]* \()?(.+):(\d+):(\d+)\(\d+\)\)?\s*$`)
)

// v8Error rewrites goja's TypeError messages that have a V8 counterpart,
// so script errors and failed pm.test calls read as they do in Postman:
//
//	Cannot read property 'x' of undefined [or null] -> Cannot read properties of undefined (reading 'x')
//	Object has no member 'forEach'                  -> items.forEach is not a function
//	Value is not an object: undefined               -> fn is not a function
//
// The called expression is quoted from the script source at the error's
// position; without it a member call reads "x.forEach is not a function".
// goja does not say whether the value was undefined or null: "undefined" is
// used, the common case.
func v8Error(e *result.Error, stack string, src *scriptSource) {
	if e == nil || e.Name != "TypeError" {
		return
	}
	msg := e.Message
	if m := gojaReadRe.FindStringSubmatch(msg); m != nil {
		kind := m[2]
		if strings.HasSuffix(msg, " or null") {
			kind = "undefined"
		}
		e.Message = "Cannot read properties of " + kind + " (reading '" + m[1] + "')"
		return
	}
	if m := gojaNoMemberRe.FindStringSubmatch(msg); m != nil {
		expr := calleeText(stack, src)
		if expr == "" || !(strings.HasSuffix(expr, "."+m[1]) || strings.HasSuffix(expr, "["+m[1]+"]")) {
			expr = "x." + m[1]
		}
		e.Message = expr + " is not a function"
		return
	}
	if gojaNotObjectRe.MatchString(msg) {
		if expr := calleeText(stack, src); expr != "" {
			e.Message = expr + " is not a function"
		}
	}
}

// calleeText returns, in V8's CallPrinter style, the callee expression of
// the call whose "(" the first stack frame points at, or "" when the frame
// is not in src.
func calleeText(stack string, src *scriptSource) string {
	if src == nil || src.exec == "" {
		return ""
	}
	for _, line := range strings.Split(stack, "\n") {
		m := frameRe.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		if m[1] != src.name {
			return ""
		}
		ln, err1 := strconv.Atoi(m[2])
		col, err2 := strconv.Atoi(m[3])
		if err1 != nil || err2 != nil {
			return ""
		}
		return calleeAt(src.text(), ln, col)
	}
	return ""
}

// calleeAt returns the callee expression ending before the "(" at line ln,
// column col (both 1-based) of text. The expression may span lines
// (chained calls).
func calleeAt(text string, ln, col int) string {
	runes := []rune(text)
	// Find the offset of line ln.
	off, line := 0, 1
	for line < ln && off < len(runes) {
		if runes[off] == '\n' {
			line++
		}
		off++
	}
	if line != ln {
		return ""
	}
	i := off + col - 1
	if col < 1 || i >= len(runes) || runes[i] != '(' {
		return ""
	}
	for j := off; j < i; j++ {
		if runes[j] == '\n' {
			return "" // the column runs past the line
		}
	}
	end := skipSpaceBack(runes, i)
	start := end
	for start > 0 {
		c := runes[start-1]
		switch {
		case isIdentRune(c):
			start--
		case c == '.':
			start--
			if start > 0 && runes[start-1] == '?' {
				start-- // optional chaining "?."
			}
			start = skipSpaceBack(runes, start)
		case c == ')' || c == ']':
			open := matchOpen(runes, start-1)
			if open < 0 {
				return ""
			}
			start = open
		case isSpace(c):
			// Spaces may only stand before a "." (a chain on several lines).
			k := skipSpaceForward(runes, start)
			if k >= end || runes[k] != '.' {
				goto done
			}
			start = skipSpaceBack(runes, start)
		default:
			goto done
		}
	}
done:
	expr := strings.TrimLeft(strings.TrimSpace(string(runes[start:end])), ".")
	if expr == "" || !utf8.ValidString(expr) {
		return ""
	}
	return v8Print(expr)
}

func isSpace(c rune) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// skipSpaceBack returns the index after the last non-space rune before i.
func skipSpaceBack(r []rune, i int) int {
	for i > 0 && isSpace(r[i-1]) {
		i--
	}
	return i
}

// skipSpaceForward returns the index of the first non-space rune from i.
func skipSpaceForward(r []rune, i int) int {
	for i < len(r) && isSpace(r[i]) {
		i++
	}
	return i
}

// matchOpen returns the index of the bracket opening the one closing at i.
func matchOpen(r []rune, i int) int {
	depth := 0
	var quote rune
	for j := i; j >= 0; j-- {
		c := r[j]
		if quote != 0 {
			if c == quote && (j == 0 || r[j-1] != '\\') {
				quote = 0
			}
			continue
		}
		switch c {
		case '\'', '"', '`':
			quote = c
		case ')', ']':
			depth++
		case '(', '[':
			depth--
			if depth == 0 {
				return j
			}
		}
	}
	return -1
}

func isIdentRune(c rune) bool {
	return c == '_' || c == '$' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c > 127
}

// stringKeyRe matches a member access by a string literal that is a valid
// identifier: V8 prints a['b'] as a.b.
var stringKeyRe = regexp.MustCompile(`\[\s*(?:'([A-Za-z_$][\w$]*)'|"([A-Za-z_$][\w$]*)")\s*\]`)

// v8Print renders a callee as V8 does: call arguments become (...),
// string-literal keys become dotted members and spaces go.
func v8Print(expr string) string {
	r := []rune(expr)
	var b strings.Builder
	for i := 0; i < len(r); i++ {
		c := r[i]
		if c == '(' {
			// Find the matching ")" forwards.
			depth, j := 0, i
			for ; j < len(r); j++ {
				if r[j] == '(' {
					depth++
				} else if r[j] == ')' {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			b.WriteString("(...)")
			i = j
			continue
		}
		if isSpace(c) {
			continue
		}
		b.WriteRune(c)
	}
	return stringKeyRe.ReplaceAllStringFunc(b.String(), func(s string) string {
		m := stringKeyRe.FindStringSubmatch(s)
		return "." + m[1] + m[2]
	})
}
