package modules

import (
	"html"
	"strings"

	"github.com/dop251/goja"
)

// htmlNode is a node of the lenient HTML parser: an element, text or
// comment.
type htmlNode struct {
	kind     string // "tag", "text", "comment", "directive", "root"
	name     string
	attrs    [][2]string
	text     string
	children []*htmlNode
}

var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true, "input": true,
	"link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true, "keygen": true,
}

var rawTextElements = map[string]bool{"script": true, "style": true, "textarea": true, "title": true}

// autoClose lists, for an opening tag, the open elements it implicitly
// closes when they are the current element.
var autoClose = map[string][]string{
	"li": {"li"}, "dt": {"dt", "dd"}, "dd": {"dt", "dd"}, "tr": {"tr", "td", "th"}, "td": {"td", "th"}, "th": {"td", "th"},
	"option": {"option"}, "p": {"p"}, "thead": {"tbody", "tfoot"}, "tbody": {"thead", "tbody", "tfoot"}, "tfoot": {"thead", "tbody"},
}

var blockClosesP = map[string]bool{
	"address": true, "article": true, "aside": true, "blockquote": true, "div": true, "dl": true, "fieldset": true, "footer": true,
	"form": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true, "header": true, "hr": true, "main": true,
	"nav": true, "ol": true, "p": true, "pre": true, "section": true, "table": true, "ul": true,
}

// parseHTML parses HTML leniently (like htmlparser2, without the HTML5 tree
// construction rules).
func parseHTML(src string) *htmlNode {
	root := &htmlNode{kind: "root"}
	stack := []*htmlNode{root}
	top := func() *htmlNode { return stack[len(stack)-1] }
	appendText := func(s string) {
		if s == "" {
			return
		}
		p := top()
		if n := len(p.children); n > 0 && p.children[n-1].kind == "text" {
			p.children[n-1].text += html.UnescapeString(s)
			return
		}
		p.children = append(p.children, &htmlNode{kind: "text", text: html.UnescapeString(s)})
	}
	i := 0
	for i < len(src) {
		lt := strings.IndexByte(src[i:], '<')
		if lt < 0 {
			appendText(src[i:])
			break
		}
		appendText(src[i : i+lt])
		i += lt
		rest := src[i:]
		switch {
		case strings.HasPrefix(rest, "<!--"):
			end := strings.Index(rest[4:], "-->")
			if end < 0 {
				top().children = append(top().children, &htmlNode{kind: "comment", text: rest[4:]})
				i = len(src)
				continue
			}
			top().children = append(top().children, &htmlNode{kind: "comment", text: rest[4 : 4+end]})
			i += 4 + end + 3
		case strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				end = len(rest) - 1
			}
			top().children = append(top().children, &htmlNode{kind: "directive", text: rest[1:end]})
			i += end + 1
		case strings.HasPrefix(rest, "</"):
			end := strings.IndexByte(rest, '>')
			if end < 0 {
				appendText(rest)
				i = len(src)
				continue
			}
			name := strings.ToLower(strings.TrimSpace(rest[2:end]))
			i += end + 1
			for j := len(stack) - 1; j > 0; j-- {
				if stack[j].name == name {
					stack = stack[:j]
					break
				}
			}
		default:
			n, consumed, ok := parseStartTag(rest)
			if !ok {
				appendText("<")
				i++
				continue
			}
			i += consumed
			if closes, ok := autoClose[n.name]; ok {
				for _, c := range closes {
					if top().name == c {
						stack = stack[:len(stack)-1]
						break
					}
				}
			}
			if blockClosesP[n.name] && top().name == "p" {
				stack = stack[:len(stack)-1]
			}
			top().children = append(top().children, n)
			selfClosing := strings.HasSuffix(strings.TrimSpace(rest[:consumed-1]), "/")
			if voidElements[n.name] || selfClosing {
				continue
			}
			if rawTextElements[n.name] {
				end := strings.Index(strings.ToLower(src[i:]), "</"+n.name)
				if end < 0 {
					end = len(src) - i
				}
				if end > 0 {
					t := src[i : i+end]
					if n.name == "textarea" || n.name == "title" {
						t = html.UnescapeString(t)
					}
					n.children = append(n.children, &htmlNode{kind: "text", text: t})
				}
				i += end
				if gt := strings.IndexByte(src[i:], '>'); gt >= 0 {
					i += gt + 1
				}
				continue
			}
			stack = append(stack, n)
		}
	}
	return root
}

// parseStartTag parses "<name attr=...>" at the start of s.
func parseStartTag(s string) (*htmlNode, int, bool) {
	j := 1
	for j < len(s) && isNameChar(s[j]) {
		j++
	}
	if j == 1 {
		return nil, 0, false
	}
	n := &htmlNode{kind: "tag", name: strings.ToLower(s[1:j])}
	for j < len(s) {
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r' || s[j] == '/') {
			j++
		}
		if j >= len(s) {
			return nil, 0, false
		}
		if s[j] == '>' {
			return n, j + 1, true
		}
		k := j
		for k < len(s) && s[k] != '=' && s[k] != '>' && s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r' && !(s[k] == '/' && k+1 < len(s) && s[k+1] == '>') {
			k++
		}
		name := strings.ToLower(s[j:k])
		j = k
		for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
			j++
		}
		val := ""
		if j < len(s) && s[j] == '=' {
			j++
			for j < len(s) && (s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
				j++
			}
			if j < len(s) && (s[j] == '"' || s[j] == '\'') {
				q := s[j]
				end := strings.IndexByte(s[j+1:], q)
				if end < 0 {
					return nil, 0, false
				}
				val = s[j+1 : j+1+end]
				j += end + 2
			} else {
				k := j
				for k < len(s) && s[k] != ' ' && s[k] != '>' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r' {
					k++
				}
				val = s[j:k]
				j = k
			}
		}
		if name != "" {
			dup := false
			for _, a := range n.attrs {
				if a[0] == name {
					dup = true
				}
			}
			if !dup {
				n.attrs = append(n.attrs, [2]string{name, html.UnescapeString(val)})
			}
		}
	}
	return nil, 0, false
}

func isNameChar(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == ':' || c == '.'
}

// toJS converts the tree to nested arrays: [kind, name, attrs, text,
// children].
func (n *htmlNode) toJS(rt *goja.Runtime) goja.Value {
	attrs := make([]interface{}, len(n.attrs))
	for i, a := range n.attrs {
		attrs[i] = rt.NewArray(a[0], a[1])
	}
	children := make([]interface{}, len(n.children))
	for i, c := range n.children {
		children[i] = c.toJS(rt)
	}
	return rt.NewArray(n.kind, n.name, rt.NewArray(attrs...), n.text, rt.NewArray(children...))
}
