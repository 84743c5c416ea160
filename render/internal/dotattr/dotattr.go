// Package dotattr is the contract between the DOT writer and the scene
// parser: the names of the custom attributes that carry model ids, kinds
// and types through Graphviz, and the reversible encoding of their values.
package dotattr

import (
	"strings"
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
// and bytes that are not valid UTF-8 become %XX. Everything else,
// including CJK and right-to-left text, stays as it is.
func Encode(s string) string {
	if !needsEncoding(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				writePct(&b, c)
			} else {
				b.WriteString(s[i : i+n])
			}
			i += n
			continue
		}
		if c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '%' {
			writePct(&b, c)
		} else {
			b.WriteByte(c)
		}
		i++
	}
	return b.String()
}

func needsEncoding(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c == '"' || c == '\\' || c == '%' || c >= utf8.RuneSelf {
			if c >= utf8.RuneSelf && utf8.ValidString(s[i:]) {
				// Only valid multi-byte text from here on: check the
				// ASCII bytes that remain.
				for j := i; j < len(s); j++ {
					if d := s[j]; d < 0x20 || d == 0x7f || d == '"' || d == '\\' || d == '%' {
						return true
					}
				}
				return false
			}
			return true
		}
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
