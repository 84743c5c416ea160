package graphmodel

import (
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tableRunes returns every rune with a folding table entry.
func tableRunes() []rune {
	var rs []rune
	for r := rune(0); r < 0x3000; r++ {
		if foldSlot(r) >= 0 {
			rs = append(rs, r)
		}
	}
	return rs
}

func TestFoldTable(t *testing.T) {
	rs := tableRunes()
	require.Len(t, rs, foldLatinEnd+foldPunctHi-foldPunctLo)
	// every rune alone, between letters, and every pair: the table folds
	// each rune on its own, which must be what normalising the whole does
	for _, r := range rs {
		for _, s := range []string{string(r), "A" + string(r) + "b", " " + string(r) + " "} {
			got, ok := foldTable(s)
			require.True(t, ok, "%U", r)
			require.Equal(t, foldUnicode(s), got, "%U in %q", r, s)
		}
	}
	buf := make([]byte, 0, 8)
	for _, r := range rs {
		for _, r2 := range rs {
			buf = utf8.AppendRune(utf8.AppendRune(buf[:0], r), r2)
			got, ok := foldTable(string(buf))
			if !ok || got != foldUnicode(string(buf)) {
				t.Fatalf("%U %U: foldTable gives %q, %v; foldUnicode %q", r, r2, got, ok, foldUnicode(string(buf)))
			}
		}
	}
}

func TestFoldTableExamples(t *testing.T) {
	for s, want := range map[string]string{
		"Pérez":                      "perez",
		"Gitanas  NAUSĖDA":           "gitanas nauseda",
		"Þorgerður Katrín":           "þorgerður katrin",
		"Straße":                     "strasse",
		"Klaus Iohannis’ aide":       "klaus iohannis’ aide",
		"“Ștefan Țiriac”":            "“stefan tiriac”",
		"\u00a0Łukasz\u2003Kowalski": "łukasz kowalski",
		"o’brien":                    "o’brien",
	} {
		assert.Equal(t, want, Fold(s), "%q", s)
		assert.Equal(t, foldUnicode(s), Fold(s), "%q", s)
	}
	// runes without an entry (a combining mark, Cyrillic) take the slow path
	for _, s := range []string{"e\u0301", "Зеленский", "\xff"} {
		_, ok := foldTable(s)
		assert.False(t, ok, "%q", s)
		assert.Equal(t, foldUnicode(s), Fold(s), "%q", s)
	}
	s := "o’brien"
	got, _ := foldTable(s)
	assert.Equal(t, s, got)
}

func FuzzFoldTable(f *testing.F) {
	for _, s := range []string{"Pérez", "a\u00a0 ß", "“Ștefan”", "ĳ ¼ …", "e\u0301"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := foldTable(s); ok {
			assert.Equal(t, foldUnicode(s), got, "%q", s)
		}
	})
}
