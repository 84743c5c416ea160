package extract

import (
	"math/rand/v2"
	"runtime"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"

	"dossier/graphmodel"
)

// The fast paths of this package must give exactly what the general code
// gives; these tests hold them to it on generated strings.

// asciiSamples returns deterministic random strings over an alphabet
// that stresses the fast paths (cases, digits, white space, punctuation).
func asciiSamples(n int) []string {
	const alphabet = "aZz09sS .'-\t\n,\"AbC_?\x7f\x01"
	r := rand.New(rand.NewPCG(3, 4))
	out := []string{"", " ", "-", "a-b", "a--b", "-a", "a-", "U.S.", "O'Brien", "Vladimir Putin", "x1-y2-z3"}
	for range n {
		b := make([]byte, r.IntN(12))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		out = append(out, string(b))
	}
	return out
}

// slugByFold is Slug without its ASCII fast path.
func slugByFold(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range graphmodel.Fold(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		case r == '\'' || r == '’' || r == '.':
		default:
			dash = true
		}
	}
	return b.String()
}

func TestSlugFastPathMatchesFold(t *testing.T) {
	for _, s := range asciiSamples(20000) {
		assert.Equal(t, slugByFold(s), Slug(s), "%q", s)
	}
	for _, s := range []string{"Zélenskyy", "Straße", "İstanbul", "a\u00a0b"} {
		assert.Equal(t, slugByFold(s), Slug(s), "%q", s)
	}
}

func TestJoinFieldsMatchesFields(t *testing.T) {
	samples := append(asciiSamples(20000), "a\u00a0b", "é  x", "\u2003a", "a\u0085")
	for _, s := range samples {
		assert.Equal(t, strings.Join(strings.Fields(s), " "), joinFields(s), "%q", s)
	}
}

// Rules test a token's class bits where they used to look its lower-case
// text up in the word sets; that is the same only for words that begin
// with a letter and hold no apostrophe.
func TestGrammarSetWordsArePlain(t *testing.T) {
	sets := grammarSets()
	for w := range monthNames {
		sets = append(sets, struct {
			words map[string]bool
			bit   wclass
		}{map[string]bool{w: true}, wMonth})
	}
	for w := range meetVerbs {
		sets = append(sets, struct {
			words map[string]bool
			bit   wclass
		}{map[string]bool{w: true}, wMeetVerb})
	}
	for _, g := range sets {
		for w := range g.words {
			r, _ := utf8.DecodeRuneInString(w)
			assert.True(t, unicode.IsLetter(r), "%q", w)
			assert.NotContains(t, w, "'")
			assert.NotContains(t, w, "’")
			assert.Equal(t, strings.ToLower(w), w)
		}
	}
}

func TestSpeechBitsOnDefaultLexicon(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	assert.True(t, x.speechBits, "reporting verbs of the lexicon are plain words")
}

func TestLowerAndPossessiveFastPaths(t *testing.T) {
	samples := append(asciiSamples(20000), "Putin’s", "ÉLYSÉE", "envoys’", "İstanbul", "KELVIN\u212a", "x’S", "’s", "a’s", "ab’s", "Mr", "MRS", "Messrs", "Dr", "No", "no", "Sgt", "mR",
		"@[`{AZaz@[`{AZaz\x7f\x00", "VLADIMIR PUTIN MET XI JINPING IN MOSCOW")
	for _, s := range samples {
		want := s
		if needsLower(s) {
			want = strings.ToLower(s)
		}
		assert.Equal(t, strings.ToLower(s), want, "%q", s)
		assert.Equal(t, strings.ToLower(s), string(appendLower(nil, s)), "%q", s)
		old := 0
		for _, suf := range []string{"’s", "'s", "’S", "'S"} {
			if strings.HasSuffix(s, suf) && len(s) > len(suf) {
				old = len(s) - len(suf)
				break
			}
		}
		assert.Equal(t, old, possessiveAt(s), "%q", s)
		if len(s) <= 8 {
			assert.Equal(t, initialAbbrev[strings.ToLower(s)], isInitialAbbrev(s), "%q", s)
		}
	}
}

func TestMonthOf(t *testing.T) {
	samples := append(asciiSamples(5000), "May", "may", "SEPTEMBER", "Sept", "sept.", "Décembre", "MAYO", "Septembers")
	for _, s := range samples {
		m, ok := monthNames[strings.ToLower(s)]
		m2, ok2 := monthOf(s)
		assert.Equal(t, ok, ok2, "%q", s)
		assert.Equal(t, m, m2, "%q", s)
	}
}

func TestSlugSeparatorsAreInertUnderFold(t *testing.T) {
	for _, r := range "–—‘’“”„«»" {
		require.True(t, slugSeparator(r))
		s := string(r)
		assert.Equal(t, s, norm.NFKD.String(s), "%U decomposes", r)
		assert.False(t, unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsSpace(r) || unicode.Is(unicode.Mn, r), "%U", r)
		assert.Equal(t, r, unicode.ToLower(r), "%U", r)
	}
	for _, s := range []string{"Putin–Xi meeting", "a – b", "“Quoted” — x", "O’Brien", "«x»", "–", "a–", "–a", "Zé–x"} {
		assert.Equal(t, slugByFold(s), Slug(s), "%q", s)
	}
	parts := []string{"a", "Z", "-", " ", "–", "’", "“", ".", "x1", "é"}
	for _, s := range randomTexts(rand.New(rand.NewPCG(5, 6)), parts, 20000, 8) {
		assert.Equal(t, slugByFold(s), Slug(s), "%q", s)
	}
}

func TestShortNameHelpers(t *testing.T) {
	samples := append(asciiSamples(20000), "Vladimir Putin", "George W. Bush", "Martin Luther King, Jr.", "a\u00a0b c", " x ", "Jr", "é è")
	for _, s := range samples {
		w := strings.Fields(s)
		prev, last, ok := lastTwoFields(s)
		assert.Equal(t, len(w) > 1, ok, "%q", s)
		if ok {
			assert.Equal(t, w[len(w)-2], prev, "%q", s)
			assert.Equal(t, w[len(w)-1], last, "%q", s)
		}
		assert.Equal(t, nameSuffixes[strings.ToLower(s)], inSetLower(nameSuffixes, s), "%q", s)
		assert.Equal(t, nameSuffixes[strings.ToLower(s)], isNameSuffix(s), "%q", s)
	}
	for _, s := range []string{"JR", "Jr.", "III", "iv", "SR.", "İİ", "İİİ", "Jr.x"} {
		assert.Equal(t, nameSuffixes[strings.ToLower(s)], inSetLower(nameSuffixes, s), "%q", s)
		assert.Equal(t, nameSuffixes[strings.ToLower(s)], isNameSuffix(s), "%q", s)
	}
}

func TestLastFoldedWord(t *testing.T) {
	samples := append(asciiSamples(20000), "Vladimir Putin", "Recep Tayyip Erdoğan", "Zé Maria", "a\u00a0B", "Ａｂ Cd", "x é", "é x", "ÉLYSÉE")
	for _, s := range samples {
		words := strings.Fields(graphmodel.Fold(s))
		k, ok := lastFoldedWord(s)
		assert.Equal(t, len(words) > 0, ok, "%q", s)
		if ok {
			assert.Equal(t, words[len(words)-1], k, "%q", s)
		}
	}
}

func TestHasField(t *testing.T) {
	for _, s := range append(asciiSamples(5000), "\u00a0", " \u2003 ", "\xff", " é ") {
		assert.Equal(t, len(strings.Fields(s)) > 0, hasField(s), "%q", s)
	}
}

func TestAppendFoldKey(t *testing.T) {
	for _, s := range append(asciiSamples(5000), "Zé", "ÉLYSÉE", "a\u00a0B") {
		assert.Equal(t, "p/"+foldKey(s), string(appendFoldKey([]byte("p/"), s)), "%q", s)
	}
}

// The extractor keeps nothing per graph: graphs it extracted into are
// collected once they are no longer used, with their sessions (which
// they keep themselves), and a graph still in use keeps its session.
func TestSessionsOfCollectedGraphsAreDropped(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	kept := graphmodel.New()
	require.NoError(t, x.Extract(kept, graphmodel.Document{ID: "a", Text: "Foreign Minister Lena Holm met Jonas Berg in Oslo."}))
	var collected atomic.Int64
	for i := range 500 {
		g := graphmodel.New()
		runtime.AddCleanup(g, func(c *atomic.Int64) { c.Add(1) }, &collected)
		require.NoError(t, x.Extract(g, graphmodel.Document{ID: strconv.Itoa(i), Text: "Holm spoke."}))
		if i%100 == 0 {
			runtime.GC()
		}
	}
	for range 10 {
		if collected.Load() > 200 {
			break
		}
		runtime.GC()
		time.Sleep(10 * time.Millisecond) // cleanups run on a goroutine of their own
	}
	assert.Greater(t, collected.Load(), int64(200), "graphs extracted into are collected")

	// the graph kept knows Holm from its first document
	require.NoError(t, x.Extract(kept, graphmodel.Document{ID: "b", Text: "Holm said talks went well."}))
	n2, ok := kept.Node("actor:lena-holm")
	require.True(t, ok)
	assert.Equal(t, 2, n2.DocCount())
	runtime.KeepAlive(kept)
}

// The masks of what may follow a prefix key are computed over sorted keys;
// they must hold every continuation that a plain search finds.
func TestNextMasksCoverLongerKeys(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	ix := x.ix
	for id := 0; id < ix.keys.len(); id++ {
		if !ix.isPrefix(int32(id)) {
			continue
		}
		k := ix.keys.key(int32(id))
		for p := 1; p < len(k); p++ {
			pid := ix.keys.find(k[:p])
			if !ix.isPrefix(pid) {
				continue
			}
			// what follows as a token of another kind than a word, and
			// as a word after a space when it is one
			other := token{kind: tPunct, low: k[p:]}
			if k[p] == ' ' {
				other = token{kind: tPunct, low: k[p+1:], space: true}
				if rest := k[p+1:]; !strings.Contains(rest, " ") {
					word := token{kind: tWord, low: rest, space: true, pid: ix.keys.find(rest)}
					require.NotEqual(t, int32(-1), word.pid, "%q in %q has no key id", rest, k)
					require.NotZero(t, ix.nextOf(pid)&nextBits(&word), "%q in %q", k[:p], k)
				}
			}
			require.NotZero(t, ix.nextOf(pid)&nextBits(&other), "%q in %q", k[:p], k)
		}
	}
}

func TestAppendSlug(t *testing.T) {
	for _, s := range append(asciiSamples(5000), "Zé", "Putin–Xi meeting", "O’Brien") {
		assert.Equal(t, "x:"+Slug(s), string(appendSlug([]byte("x:"), s)), "%q", s)
	}
}

func TestWordCacheAnswersAsTheIndex(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	keys := &x.ix.keys
	words := []string{"the", "said", "minister", "talks", "foreign", "a", "a\x00", "x", "ministers", "abcdefghijklmnop", "abcdefghijklmnopq", ""}
	words = append(words, asciiSamples(5000)...)
	var c wordCache
	c.use(keys)
	for round := range 2 { // the second round answers from the cache
		for _, w := range words {
			wantID, wantVal := keys.findVal(w)
			id, val := c.findString(w)
			require.Equal(t, wantID, id, "round %d: %q", round, w)
			require.Equal(t, wantVal, uint64(val), "round %d: %q", round, w)
		}
	}
}

// A step from a prefix key by a word after a space must find exactly the
// key that looking up the longer text finds.
func TestStepsAgreeWithKeys(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	ix := x.ix
	var words []int32
	for id := range int32(ix.keys.len()) {
		k := ix.keys.key(id)
		if w := lastWord(k); w != "" && ix.isPrefix(id) {
			pre, wid := ix.keys.find(k[:len(k)-len(w)-1]), ix.keys.find(w)
			require.True(t, ix.isPrefix(pre), "%q", k)
			require.Equal(t, id, ix.steps.find(pre, wid), "%q", k)
			words = append(words, wid)
		}
	}
	// any other pair makes no key
	for pre := range ix.nPrefix {
		w := words[int(pre)*7919%len(words)]
		want := ix.keys.find(ix.keys.key(pre) + " " + ix.keys.key(w))
		if !ix.isPrefix(want) {
			want = -1
		}
		require.Equal(t, want, ix.steps.find(pre, w), "%q + %q", ix.keys.key(pre), ix.keys.key(w))
		require.Equal(t, int32(-1), ix.steps.find(pre, -1))
	}
}

// An entry's packed case requirements must say what its list says.
func TestPackedCasesAgree(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	ix := x.ix
	n := 0
	for id := range ix.nPrefix {
		for _, e := range ix.entriesOf(id) {
			k := ix.keys.key(id)
			for _, text := range []string{k, strings.ToUpper(k), strings.Title(k), "LeT"} { //nolint:staticcheck // any casing will do
				toks := tokenize(text, nil)
				for _, caps := range []bool{false, true} {
					require.Equal(t, caseFits(toks, ix.casOf(e), caps), e.fitsCase(toks, caps), "%q as %q", k, text)
					n++
				}
			}
		}
	}
	require.Greater(t, n, 1000)
}
