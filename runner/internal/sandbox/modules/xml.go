package modules

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/dop251/goja"
)

// parseXML parses an XML document into nested [name, attrs, children]
// arrays (attrs as [key, value] pairs, children as nodes or text strings),
// keeping namespace prefixes as written.
func parseXML(rt *goja.Runtime, src string) (goja.Value, error) {
	d := xml.NewDecoder(strings.NewReader(src))
	d.Strict = true
	d.AutoClose = nil
	type node struct {
		name     string
		attrs    []interface{}
		children []interface{}
	}
	var stack []*node
	var root goja.Value
	toValue := func(n *node) goja.Value {
		return rt.NewArray(n.name, rt.NewArray(n.attrs...), rt.NewArray(n.children...))
	}
	rawName := func(n xml.Name) string {
		if n.Space != "" {
			return n.Space + ":" + n.Local
		}
		return n.Local
	}
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			line, col := d.InputPos()
			return nil, fmt.Errorf("%s\nLine: %d\nColumn: %d", strings.TrimPrefix(err.Error(), "XML syntax error on line "+fmt.Sprint(line)+": "), line-1, col)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 && root != nil {
				// xml2js reports the first root element and ignores the rest.
				return root, nil
			}
			n := &node{name: rawName(t.Name)}
			for _, a := range t.Attr {
				n.attrs = append(n.attrs, rt.NewArray(rawName(a.Name), a.Value))
			}
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) == 0 || stack[len(stack)-1].name != rawName(t.Name) {
				return nil, fmt.Errorf("Unexpected close tag\nLine: %d", lineOf(d)) //nolint:staticcheck // sax message
			}
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			v := toValue(n)
			if len(stack) == 0 {
				root = v
			} else {
				p := stack[len(stack)-1]
				p.children = append(p.children, v)
			}
		case xml.CharData:
			if len(stack) == 0 {
				if strings.TrimSpace(string(t)) != "" && root == nil {
					return nil, fmt.Errorf("Non-whitespace before first tag.\nLine: %d", lineOf(d)) //nolint:staticcheck // sax message
				}
				continue
			}
			p := stack[len(stack)-1]
			p.children = append(p.children, string(t))
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("Unclosed root tag\nLine: %d", lineOf(d)) //nolint:staticcheck // sax message
	}
	if root == nil {
		return goja.Null(), nil
	}
	return root, nil
}

func lineOf(d *xml.Decoder) int {
	l, _ := d.InputPos()
	return l - 1
}
