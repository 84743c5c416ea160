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
