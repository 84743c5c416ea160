package graphmodel

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Fold returns s in a form for case- and accent-insensitive comparison:
// compatibility-decomposed, combining marks removed, lower-cased, with
// runs of white space folded to one space and the ends trimmed.
// "Zelenskyy", "ZELENSKYY" and "Zélenskyy" fold alike.
func Fold(s string) string {
	if folded, ok := foldASCII(s); ok {
		return folded
	}
	if folded, ok := foldTable(s); ok {
		return folded
	}
	return foldUnicode(s)
}

// AppendFold appends Fold(s) to b, without making a string of it when
// s is written in the scripts most names are (ASCII, Latin letters with
// diacritics, typographic quotes and dashes).
func AppendFold(b []byte, s string) []byte {
	start := len(b)
	if f, ok := appendFoldTable(b, s); ok {
		return f
	}
	return append(b[:start], foldUnicode(s)...)
}

// foldUnicode is Fold for any text.
func foldUnicode(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		switch r {
		case 'ß':
			b.WriteString("ss")
		case 'ı':
			b.WriteRune('i')
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

// foldASCII is Fold for ASCII text, where decomposition changes nothing
// and there are no marks: it only lower-cases and folds white space. It
// returns s itself when s is already folded, and false when s has a byte
// outside ASCII.
func foldASCII(s string) (string, bool) {
	same := true
	prevSpace := true // at the start, as after a space
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80:
			return "", false
		case c >= 'A' && c <= 'Z':
			same = false
			prevSpace = false
		case asciiSpace(c):
			if c != ' ' || prevSpace {
				same = false
			}
			prevSpace = true
		default:
			prevSpace = false
		}
	}
	if prevSpace && s != "" {
		same = false // a space at the end
	}
	if same {
		return s, true
	}
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if asciiSpace(c) {
			space = len(b) > 0
			continue
		}
		if space {
			b = append(b, ' ')
			space = false
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return string(b), true
}

// asciiSpace reports the ASCII bytes unicode.IsSpace accepts.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}
