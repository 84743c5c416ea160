package dot

import (
	"html"
	"strings"
)

// labelContext holds what Graphviz's label escapes stand for: \N the node
// name, \G the graph name, \E the edge ("tail->head"), \T and \H its tail
// and head.
type labelContext struct {
	node, graph, tail, head string
	edgeOp                  string // "->" or "--"
}

// substitute replaces the object escapes \N \G \E \T \H \L, leaving every
// other backslash pair (\n, \l, \\, ...) for lineText.
func substitute(s string, ctx labelContext) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch s[i] {
		case 'N':
			b.WriteString(ctx.node)
		case 'G':
			b.WriteString(ctx.graph)
		case 'E':
			if ctx.tail != "" || ctx.head != "" {
				b.WriteString(ctx.tail + ctx.edgeOp + ctx.head)
			}
		case 'T':
			b.WriteString(ctx.tail)
		case 'H':
			b.WriteString(ctx.head)
		case 'L':
			// The object's label: only meaningful in tooltips and the like.
		default:
			b.WriteByte('\\')
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// lineText turns a label's line escapes into text: \n, \l and \r end a
// line (a final one adds no empty line), a backslash before any other
// character stands for that character.
func lineText(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			b.WriteByte(c)
			continue
		}
		if i+1 == len(s) {
			break
		}
		i++
		switch s[i] {
		case 'n', 'l', 'r':
			if i+1 < len(s) {
				b.WriteByte('\n')
			}
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// plainLabel is the text a plain (escString) label shows.
func plainLabel(raw string, ctx labelContext) string {
	return lineText(substitute(raw, ctx))
}

// escapeLabel writes text as a label value Graphviz shows as that text:
// backslashes doubled and line breaks as \n (a final line break twice, as
// Graphviz drops the last one).
func escapeLabel(text string) string {
	if !strings.ContainsAny(text, "\\\n") {
		return text
	}
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		switch c := text[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	if strings.HasSuffix(text, "\n") {
		b.WriteString(`\n`)
	}
	return b.String()
}

// escapeRecordLabel writes text as the label of a record-shaped node: a
// single field, its field syntax characters escaped.
func escapeRecordLabel(text string) string {
	s := escapeLabel(text)
	if !strings.ContainsAny(s, "{}|<>") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '{', '}', '|', '<', '>':
			b.WriteByte('\\')
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// isRecordShape reports whether a node shape lays its label out as record
// fields.
func isRecordShape(shape string) bool {
	return strings.EqualFold(shape, "record") || strings.EqualFold(shape, "Mrecord")
}

// recordLabel is the readable text of a record label such as
// "<f0> left|{<p> a | b}": the fields' texts in order, without ports and
// braces, joined by " | ". Escaped \{ \} \| \< \> and "\ " stand for
// themselves; each field's text goes through lineText.
func recordLabel(raw string, ctx labelContext) string {
	s := substitute(raw, ctx)
	var fields []string
	var field []byte
	inPort := false
	flush := func() {
		if t := collapseBlanks(lineText(string(field))); t != "" {
			fields = append(fields, t)
		}
		field = field[:0]
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s):
			n := s[i+1]
			i++
			if inPort {
				continue
			}
			switch n {
			case '{', '}', '|', '<', '>', ' ':
				field = append(field, n)
			default:
				field = append(field, '\\', n)
			}
		case inPort:
			if c == '>' {
				inPort = false
			}
		case c == '<':
			inPort = true
		case c == '{' || c == '}' || c == '|':
			flush()
		default:
			field = append(field, c)
		}
	}
	flush()
	return strings.Join(fields, " | ")
}

// collapseBlanks collapses runs of blanks within each line to one space,
// trims the lines and drops empty ones.
func collapseBlanks(s string) string {
	var lines []string
	for _, line := range strings.Split(s, "\n") {
		if t := strings.Join(strings.Fields(line), " "); t != "" {
			lines = append(lines, t)
		}
	}
	return strings.Join(lines, "\n")
}

// htmlText is the readable text of an HTML-like label: tags dropped,
// entities decoded, <BR/> and table rows as line breaks, table cells
// apart by a space, runs of blanks collapsed, empty lines dropped.
func htmlText(raw string) string {
	var b strings.Builder
	for _, part := range scanHTML(raw) {
		if !part.tag {
			// Line ends in the markup are blanks; only <BR/> breaks a line.
			b.WriteString(strings.Map(func(r rune) rune {
				if r == '\n' || r == '\r' || r == '\t' {
					return ' '
				}
				return r
			}, html.UnescapeString(part.text)))
			continue
		}
		switch strings.ToLower(part.name) {
		case "br", "/tr", "/table", "hr", "/hr":
			b.WriteByte('\n')
		case "/td", "td", "vr":
			b.WriteByte(' ')
		}
	}
	return collapseBlanks(b.String())
}

// htmlPart is a piece of an HTML-like label: text, or a tag with its name
// ("br", "/td") and attributes.
type htmlPart struct {
	tag   bool
	text  string // text, or the whole tag as written
	name  string
	attrs []htmlAttr
}

type htmlAttr struct {
	name, value string
	raw         string // as written, with its leading blanks
}

// scanHTML splits an HTML-like label into text and tags. It is lenient:
// Graphviz checks the markup when it lays the graph out; here only the
// text and the tags that matter for safety are wanted. Comments are
// dropped.
func scanHTML(s string) []htmlPart {
	var parts []htmlPart
	for len(s) > 0 {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			parts = append(parts, htmlPart{text: s})
			break
		}
		if i > 0 {
			parts = append(parts, htmlPart{text: s[:i]})
			s = s[i:]
		}
		if strings.HasPrefix(s, "<!--") {
			end := strings.Index(s, "-->")
			if end < 0 {
				break
			}
			s = s[end+3:]
			continue
		}
		end := tagEnd(s)
		if end < 0 { // not a tag after all: keep the rest as text
			parts = append(parts, htmlPart{text: s})
			break
		}
		parts = append(parts, parseTag(s[:end+1]))
		s = s[end+1:]
	}
	return parts
}

// tagEnd returns the index of the '>' closing the tag s starts with,
// skipping quoted attribute values, or -1.
func tagEnd(s string) int {
	var quote byte
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return i
		}
	}
	return -1
}

// parseTag reads "<name attr="v" ...>" or "</name>" or "<name/>".
func parseTag(tag string) htmlPart {
	p := htmlPart{tag: true, text: tag}
	body := strings.TrimSuffix(strings.TrimSuffix(tag[1:], ">"), "/")
	i := 0
	if i < len(body) && body[i] == '/' {
		i++
	}
	for i < len(body) && !isHTMLSpace(body[i]) && body[i] != '/' {
		i++
	}
	p.name = body[:i]
	rest := body[i:]
	for {
		start := 0
		for start < len(rest) && (isHTMLSpace(rest[start]) || rest[start] == '/') {
			start++
		}
		if start == len(rest) {
			break
		}
		j := start
		for j < len(rest) && !isHTMLSpace(rest[j]) && rest[j] != '=' {
			j++
		}
		a := htmlAttr{name: rest[start:j]}
		k := j
		for k < len(rest) && isHTMLSpace(rest[k]) {
			k++
		}
		if k < len(rest) && rest[k] == '=' {
			k++
			for k < len(rest) && isHTMLSpace(rest[k]) {
				k++
			}
			if k < len(rest) && (rest[k] == '"' || rest[k] == '\'') {
				q := rest[k]
				e := strings.IndexByte(rest[k+1:], q)
				if e < 0 {
					a.value = rest[k+1:]
					k = len(rest)
				} else {
					a.value = rest[k+1 : k+1+e]
					k = k + 2 + e
				}
			} else {
				e := k
				for e < len(rest) && !isHTMLSpace(rest[e]) {
					e++
				}
				a.value = rest[k:e]
				k = e
			}
			a.value = html.UnescapeString(a.value)
		} else {
			k = j
		}
		if k == start { // nothing consumed: avoid looping forever
			k++
		}
		a.raw = rest[:k]
		p.attrs = append(p.attrs, a)
		rest = rest[k:]
	}
	return p
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }
