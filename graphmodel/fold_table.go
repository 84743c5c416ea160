package graphmodel

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Names in news text are mostly Latin letters, some with diacritics
// ("Pérez", "Nausėda", "Þorgerður"), between typographic quotes and
// dashes. Folding them through norm.NFKD allocates and walks the
// normalisation tables for every string; foldTable instead keeps, for
// each rune of the blocks such text is written in, what foldUnicode
// turns that rune into, so that foldTable can fold such strings in one
// pass. Any other rune sends the string to foldUnicode.
//
// What a rune becomes does not depend on its neighbours there: none of
// these runes decomposes to something that begins with a combining mark
// (only a mark could be reordered with the end of the rune before it),
// and a mark that follows a rune is outside these blocks. TestFoldTable
// checks every rune, and every pair of runes, against foldUnicode.

// Blocks with a folding table entry per rune.
const (
	foldLatinEnd = 0x250  // Latin-1 Supplement, Latin Extended-A and -B
	foldPunctLo  = 0x2000 // General Punctuation: quotes, dashes, spaces
	foldPunctHi  = 0x2070
)

// foldRunes holds what each rune of the blocks above folds to, one after
// the other: lower case, decomposed, marks removed, every white-space
// rune written as one ASCII space. The entry of rune r ends at
// foldEnds[foldSlot(r)]. Built once, never written after.
var foldRunes, foldEnds = buildFoldTable()

// foldSlot returns the index of r's entry, or -1 when r has none.
func foldSlot(r rune) int {
	switch {
	case r < foldLatinEnd:
		return int(r)
	case r >= foldPunctLo && r < foldPunctHi:
		return foldLatinEnd + int(r-foldPunctLo)
	}
	return -1
}

func buildFoldTable() (string, []uint16) {
	var b strings.Builder
	ends := make([]uint16, foldLatinEnd+foldPunctHi-foldPunctLo)
	add := func(r rune) {
		for _, d := range norm.NFKD.String(string(r)) {
			switch {
			case unicode.Is(unicode.Mn, d):
			case unicode.IsSpace(d):
				b.WriteByte(' ')
			case d == 'ß':
				b.WriteString("ss")
			case d == 'ı':
				b.WriteByte('i')
			default:
				b.WriteRune(unicode.ToLower(d))
			}
		}
		ends[foldSlot(r)] = uint16(b.Len())
	}
	for r := rune(0); r < foldLatinEnd; r++ {
		add(r)
	}
	for r := rune(foldPunctLo); r < foldPunctHi; r++ {
		add(r)
	}
	return b.String(), ends
}

// foldTable is Fold for text whose runes all have a table entry; it
// returns false for any other text. Like foldASCII, it returns s itself
// when s is already folded.
func foldTable(s string) (string, bool) {
	var arr [64]byte
	b, ok := appendFoldTable(arr[:0], s)
	switch {
	case !ok:
		return "", false
	case string(b) == s:
		return s, true
	}
	return string(b), true
}

// appendFoldTable appends Fold(s) to b for text whose runes all have a
// table entry; for any other text it returns false (and b with part of
// s folded after it).
func appendFoldTable(b []byte, s string) ([]byte, bool) {
	start := len(b)
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if asciiSpace(c) {
				c = ' '
			} else if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			b, space = appendFoldByte(b, start, space, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		k := foldSlot(r) // (utf8.RuneError has none)
		if k < 0 {
			return b, false
		}
		from := uint16(0)
		if k > 0 {
			from = foldEnds[k-1]
		}
		for j := from; j < foldEnds[k]; j++ {
			b, space = appendFoldByte(b, start, space, foldRunes[j])
		}
		i += size
	}
	return b, true
}

// appendFoldByte appends c, a byte of folded text that began at
// b[start], to b: a space only marks that one is due before the next
// byte that is not one (none at the start), which it reports.
func appendFoldByte(b []byte, start int, space bool, c byte) ([]byte, bool) {
	if c == ' ' {
		return b, len(b) > start
	}
	if space {
		b = append(b, ' ')
	}
	return append(b, c), false
}
