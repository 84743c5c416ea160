// Package dotattr is the contract between the DOT writer and the scene
// parser: the names of the custom attributes that carry model ids, kinds
// and types through Graphviz, and the reversible encoding of their values.
package dotattr

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Custom attribute names written on nodes and edges. Graphviz keeps
// unknown attributes and repeats them in its json and dot output.
const (
	ID   = "dossier_id"
	Kind = "dossier_kind"
	Type = "dossier_type"
)

const hexDigits = "0123456789ABCDEF"

// Encode makes s safe inside a quoted DOT string that Graphviz passes
// through untouched: the quote, the backslash, '%', control characters
// (C0 and C1), other non-graphic characters (line and paragraph
// separators, unassigned code points), Unicode spaces other than the
// ASCII space, and bytes that are not valid UTF-8
// become %XX, byte by byte. Everything else, including CJK and
// right-to-left text, stays as it is.
func Encode(s string) string {
	if !needsEncoding(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unsafe(r, n) {
			for k := 0; k < n; k++ {
				writePct(&b, s[i+k])
			}
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// unsafe reports whether the rune r (n bytes long) must be encoded.
func unsafe(r rune, n int) bool {
	switch {
	case r == utf8.RuneError && n == 1:
		return true
	case r < utf8.RuneSelf:
		return r < 0x20 || r == 0x7f || r == '"' || r == '\\' || r == '%'
	}
	// Unicode spaces other than ' ' too: Graphviz 12's json writes some
	// of them back as the six characters \u2005 (found by fuzzing).
	return !unicode.IsGraphic(r) || unicode.Is(unicode.Zs, r)
}

func needsEncoding(s string) bool {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unsafe(r, n) {
			return true
		}
		i += n
	}
	return false
}

func writePct(b *strings.Builder, c byte) {
	b.WriteByte('%')
	b.WriteByte(hexDigits[c>>4])
	b.WriteByte(hexDigits[c&15])
}

// Decode reverses Encode. A '%' not followed by two hex digits is kept as
// it is, so values written by other programs decode to themselves.
func Decode(s string) string {
	i := strings.IndexByte(s, '%')
	if i < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c == '%' && i+2 < len(s) {
			hi, ok1 := Unhex(s[i+1])
			lo, ok2 := Unhex(s[i+2])
			if ok1 && ok2 {
				b.WriteByte(hi<<4 | lo)
				i += 2
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// Unhex returns the value of a hexadecimal digit.
func Unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// UnescapeLabel resolves the escString escapes Graphviz interprets in a
// label it has read: \n, \l and \r are line breaks, \N is the object's
// name, and a backslash before any other byte stands for that byte.
func UnescapeLabel(s, name string) string {
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
		case 'n', 'l', 'r':
			b.WriteByte('\n')
		case 'N':
			b.WriteString(name)
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String()
}
