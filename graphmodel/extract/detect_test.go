package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// The quick paths of the mention rules give what the plain code gives.

func TestSingleSpacedNeedsNoJoin(t *testing.T) {
	samples := append(asciiSamples(20000), "a\u00a0b", "é x", " a", "a ", "a  b", "The Hague", "a\tb")
	for _, s := range samples {
		if singleSpaced(s) {
			assert.Equal(t, joinFields(s), s, "%q", s)
		}
		assert.Equal(t, joinFieldsThen(s), cleanName(s), "%q", s)
	}
}

// joinFieldsThen is cleanName by joinFields alone.
func joinFieldsThen(s string) string {
	s = joinFields(s)
	if len(s) > 4 && (strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "The ")) {
		s = s[4:]
	}
	return s
}

func TestWordsOfMatchesFields(t *testing.T) {
	samples := append(asciiSamples(20000), "josé ramírez  lezcano", "a\u00a0b", "\u2003a b\u0085")
	for _, s := range samples {
		f := strings.Fields(s)
		w := wordsOf(s)
		assert.Equal(t, len(f), w.n, "%q", s)
		if len(f) > 0 {
			assert.Equal(t, f[0], w.first, "%q", s)
			assert.Equal(t, f[len(f)-1], w.last, "%q", s)
		}
	}
}
