package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
)

// isFamilyName answers as the lexicon does, for every listed family name
// in several cases and for words of all kinds.
func TestIsFamilyName(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	a := &analysis{x: x}
	words := append(asciiSamples(5000), "Xi", "XI", "xi", "Nguyen", "NGUYEN", "Lee", "Kim", "Jong-un", "Ngô", "Đặng",
		"Wang\tYi", "İİ", "Lee ", " Lee", "lee", "a-very-long-word-that-is-longer-than-the-buffer")
	_, family, _ := x.lex.NameLists()
	for _, w := range family {
		words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
	}
	for _, w := range words {
		assert.Equal(t, x.lex.IsFamilyName(w), a.isFamilyName(w), "%q", w)
	}
}

// The index of a session finds people by the last word of their label,
// however many share it, and indexes an id once.
func TestGraphIndexAdd(t *testing.T) {
	ix := newGraphIndex()
	for i, label := range []string{"Vladimir Putin", "Anna Putin", "Recep Tayyip Erdoğan", "X", "", "  ", "Zé Maria"} {
		ix.add("id"+string(rune('a'+i)), label, nil)
	}
	ix.add("ida", "Someone Else", nil)
	assert.Equal(t, []string{"ida", "idb"}, ix.surnames["putin"])
	assert.Equal(t, []string{"idc"}, ix.surnames[graphmodel.Fold("erdoğan")])
	assert.Equal(t, []string{"idd"}, ix.surnames["x"])
	assert.Equal(t, []string{"idg"}, ix.surnames["maria"])
	assert.Len(t, ix.surnames, 4)
	assert.Len(t, ix.indexed, 7)
}
