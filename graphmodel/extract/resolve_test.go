package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestSingleSpacedOutsideASCII checks singleSpaced's quick answer for
// names outside ASCII against joinFields, on random texts of letters of
// two and three bytes, Unicode spaces and broken UTF-8.
func TestSingleSpacedOutsideASCII(t *testing.T) {
	parts := []string{"a", "Z", " ", "é", "Ł", "ß", "ő", "ș", "Ж", "\u00a0", "\u0085", "\u2003", "\u2028", "\u202f",
		"\u205f", "\u3000", "\u1680", "中", "\t", "\n", "\xc3", "\x80", "\xbf", "\xc2", "\xe2\x80", "-", "'"}
	r := rand.New(rand.NewPCG(5, 6))
	samples := []string{"José Ramírez", "Łukasz Kowalski", "José  Ramírez", " José", "José ", "a\u00a0b", "Zoë\u2003X"}
	for range 50000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		samples = append(samples, b.String())
	}
	for _, s := range samples {
		if singleSpaced(s) {
			assert.Equal(t, joinFields(s), s, "%q", s)
		}
		assert.Equal(t, joinFieldsThen(s), cleanName(s), "%q", s)
	}
}
