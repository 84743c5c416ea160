package extract

import (
	"math/rand/v2"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSingleSpacedOutsideASCII checks singleSpaced's quick answer for
// names outside ASCII against joinFields, on random texts of letters of
// two and three bytes, Unicode spaces and broken UTF-8.
func TestSingleSpacedOutsideASCII(t *testing.T) {
	parts := []string{"a", "Z", " ", "é", "Ł", "ß", "ő", "ș", "Ж", "\u00a0", "\u0085", "\u2003", "\u2028", "\u202f",
		"\u205f", "\u3000", "\u1680", "中", "\t", "\n", "\xc3", "\x80", "\xbf", "\xc2", "\xe2\x80", "-", "'"}
	r := rand.New(rand.NewPCG(5, 6))
	samples := []string{"José Ramírez", "Łukasz Kowalski", "José  Ramírez", " José", "José ", "a\u00a0b", "Zoë\u2003X"}
	samples = append(samples, randomTexts(r, parts, 50000, 8)...)
	for _, s := range samples {
		if singleSpaced(s) {
			assert.Equal(t, joinFields(s), s, "%q", s)
		}
		assert.Equal(t, joinFieldsThen(s), cleanName(s), "%q", s)
	}
}

// TestMatchWithinIsMatch checks matchWithin against the phrase index on
// every token and end of our articles' sentences, with lexAt's memo as
// detect leaves it and then filled for every token.
func TestMatchWithinIsMatch(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	for _, p := range paths {
		d, err := ReadDocument(p)
		require.NoError(t, err)
		a := newAnalysis(x, nil, d)
		a.useScratchLists()
		a.structure()
		a.detect()
		for round := range 2 {
			for _, s := range a.sents {
				for i := s.a; i < s.b; i++ {
					if round == 1 {
						a.lexAt(i)
					}
					for end := i + 1; end <= s.b; end++ {
						we, wes := a.x.ix.match(a.toks, i, end, false)
						ge, ges := a.matchWithin(i, end)
						if we != ge || !slices.Equal(wes, ges) {
							t.Fatalf("%s: tokens %d…%d: matchWithin %d %v, match %d %v", p, i, end, ge, ges, we, wes)
						}
					}
				}
			}
		}
		a.release()
	}
}

// TestWordPrefixSuffix checks wordPrefix and wordSuffix against the
// strings functions they stand for.
func TestWordPrefixSuffix(t *testing.T) {
	words := []string{"", " ", "a", "leader", "minister", "prime minister", "foreign minister", "minister ", " minister", "un spokesman", "spokesman"}
	for _, s := range words {
		for _, w := range words {
			assert.Equal(t, strings.HasPrefix(s, w+" "), wordPrefix(s, w), "%q %q", s, w)
			assert.Equal(t, strings.HasSuffix(s, " "+w), wordSuffix(s, w), "%q %q", s, w)
		}
	}
}
