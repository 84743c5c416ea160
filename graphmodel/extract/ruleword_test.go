package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
)

// ruleWord answers from the class bit wRuleWord before it looks a word
// up: every word of ruleWordSets, however written, must have the bit, and
// be plain (a letter first, no apostrophe, lower case) so that its
// token's classes are those of its text.
func TestRuleWordSetsHaveTheirBit(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	var words []string
	for _, set := range ruleWordSets() {
		for w := range set {
			r, _ := utf8.DecodeRuneInString(w)
			assert.True(t, unicode.IsLetter(r), "%q", w)
			assert.NotContains(t, w, "'")
			assert.NotContains(t, w, "’")
			assert.Equal(t, strings.ToLower(w), w)
			words = append(words, w, strings.ToUpper(w[:1])+w[1:], strings.ToUpper(w))
		}
	}
	text := strings.Join(words, " ; ")
	a := newAnalysis(x, x.Session(graphmodel.New()), graphmodel.Document{ID: "d", Text: text})
	defer a.release()
	seen := 0
	for k, tok := range a.toks {
		for _, set := range ruleWordSets() {
			if set[tok.low] {
				assert.True(t, a.ruleWord(k, set), "%q", tok.text)
				seen++
			}
		}
	}
	assert.GreaterOrEqual(t, seen, len(words), "every word read as one token")
}
