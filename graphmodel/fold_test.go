package graphmodel

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestFoldASCIIMatchesUnicodePath(t *testing.T) {
	for _, s := range []string{
		"", " ", "  \t\n", "abc", "Abc", "a  b", " a", "a ", "a\tb", "a\r\nb",
		"Vladimir  PUTIN ", "u.s.-china", "x\x00y", "\x1fz", "\vA\fB",
	} {
		got, ok := foldASCII(s)
		assert.True(t, ok, "%q", s)
		assert.Equal(t, foldUnicode(s), got, "%q", s)
	}
	_, ok := foldASCII("Zélenskyy")
	assert.False(t, ok)
}

func FuzzFold(f *testing.F) {
	for _, s := range []string{"Vladimir  PUTIN ", "a\tb", "Zélenskyy", " x "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, ok := foldASCII(s); ok {
			assert.Equal(t, foldUnicode(s), got, "%q", s)
		}
	})
}
