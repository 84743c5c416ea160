package dot

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/render/internal/dotattr"
)

// Text returns s cleaned for display in a Graphviz label or tooltip:
// invalid UTF-8 becomes U+FFFD, "\r\n" and "\r" become "\n", tabs become
// spaces and other control characters are dropped.
func Text(s string) string {
	clean := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 && c != '\n' || c == 0x7f || c >= utf8.RuneSelf {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 >= len(s) || s[i+1] != '\n' {
				b.WriteByte('\n')
			}
		case r == '\t':
			b.WriteByte(' ')
		case r == '\n':
			b.WriteByte('\n')
		case r == utf8.RuneError && n == 1:
			b.WriteRune(utf8.RuneError)
		case unicode.IsControl(r):
			// dropped
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// Quote returns s as a quoted DOT string for an escString attribute
// (label, tooltip, id, xlabel ...): the text is cleaned with Text, the
// backslash and the quote are escaped and line breaks become \n, so
// Graphviz shows exactly s and no value can end the string or start a
// new attribute.
func Quote(s string) string {
	s = Text(s)
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Unquote reverses the escString escapes Graphviz interprets in a label
// value it has read (\n, \l and \r are line breaks, \\ a backslash); it is
// the inverse of Quote without its surrounding quotes, for tests and for
// reading Graphviz output.
func Unquote(s string) string { return dotattr.UnescapeLabel(s, "N") }

// Shorten cuts s to at most max runes (max > 1), ending with "…", at a
// word boundary when one is near. max <= 0 means no limit.
func Shorten(s string, max int) string {
	if max <= 0 || utf8.RuneCountInString(s) <= max {
		return s
	}
	runes := []rune(s)
	cut := max - 1
	for i := cut; i > cut*2/3; i-- {
		if unicode.IsSpace(runes[i]) {
			cut = i
			break
		}
	}
	return strings.TrimRightFunc(string(runes[:cut]), unicode.IsSpace) + "…"
}

// Wrap breaks s into lines of about width runes at spaces. Words longer
// than width stay whole. width <= 0 means no wrapping.
func Wrap(s string, width int) string {
	if width <= 0 || utf8.RuneCountInString(s) <= width {
		return s
	}
	var b strings.Builder
	line := 0
	for _, w := range strings.Fields(s) {
		n := utf8.RuneCountInString(w)
		if line > 0 && line+1+n > width {
			b.WriteByte('\n')
			line = 0
		} else if line > 0 {
			b.WriteByte(' ')
			line++
		}
		b.WriteString(w)
		line += n
	}
	return b.String()
}
