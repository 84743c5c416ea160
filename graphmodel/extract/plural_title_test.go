package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// titleAtToken looks a capitalised word ending in "s" up as a plural
// title only when the word has the class wTitlePlural: every word the
// lookup finds must have it, and every word with it must be found.
func TestTitlePluralBits(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, ti := range x.lex.Titles {
		w := strings.ToLower(ti.Phrase) + "s"
		words = append(words, w)
		if r, n := utf8.DecodeRuneInString(w); n > 0 {
			words = append(words, string(unicode.ToUpper(r))+w[n:])
		}
	}
	words = append(words, "Presidents", "Ministers", "States", "Affairs", "Nations", "Thomas", "Envoys", "Tánaistes")
	found := 0
	for _, w := range words {
		var wc wordCache
		wc.use(&x.ix.keys)
		toks, _ := tokenizeBuf(w+" said", nil, nil, &wc)
		if len(toks) != 2 || toks[0].kind != tWord {
			continue // not one word of a text
		}
		tk := toks[0]
		want := false
		if strings.HasSuffix(tk.low, "s") {
			ti, ok := x.lex.Title(strings.TrimSuffix(tk.low, "s"))
			want = ok && ti.Applies == "person"
		}
		assert.Equal(t, want, tk.cls&wTitlePlural != 0, "%q", w)
		if want {
			found++
		}
	}
	assert.Greater(t, found, 100, "plural titles found")
}
