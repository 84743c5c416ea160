package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestTokenizeLooksUpAsTheIndex: the ids and classes the tokenizer gives
// word tokens (through the word cache) are the phrase index's answers for
// their key forms; other tokens have none.
func TestTokenizeLooksUpAsTheIndex(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	keys := &x.ix.keys
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	texts := []string{"U.S. envoy’s talks with O’Brien's ABCDEFGHIJKLMNOPQR Ministers", "Zé Ünal ΣΑΣ İstanbul"}
	// and random texts of words, from the lexicon's and others, in all cases
	parts := []string{"the ", "Foreign ", "MINISTER ", "minister", "Ministers’ ", "Putin's ", "U.S. ", "Mr. ", "talks.", "Talks",
		"\n", " ", "“Kremlin” ", "Indo-Pacific ", "abcdefghijklmnopq ", "ABCDEFGHIJKLMNO ", "Zé ", "G7 ", "30th ", "ministry of foreign affairs "}
	texts = append(texts, randomTexts(rand.New(rand.NewPCG(1, 2)), parts, 2000, 30)...)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	var c wordCache
	c.use(keys)
	var toks []token
	var lows []byte
	for round := range 2 { // the second round answers from the cache
		for _, text := range texts {
			toks, lows = tokenizeBuf(text, toks, lows, &c)
			for i, tk := range toks {
				wantID, wantVal := int32(-1), uint64(0)
				if tk.kind == tWord {
					wantID, wantVal = keys.findBytesVal(appendNormLow(nil, &tk))
				}
				require.Equal(t, wantID, tk.pid, "round %d: token %d %q", round, i, tk.text)
				require.Equal(t, wantVal, uint64(tk.cls), "round %d: token %d %q", round, i, tk.text)
			}
		}
	}
}

// TestKeyTableFindsEveryKey: every key of the phrase index is found with
// its id and value, as a string and as bytes, and strings that are no key
// (each key with a byte more or less, or changed) are not.
func TestKeyTableFindsEveryKey(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	keys := &x.ix.keys
	all := make(map[string]bool, keys.len())
	for id := range int32(keys.len()) {
		all[keys.key(id)] = true
	}
	for id := range int32(keys.len()) {
		k := keys.key(id)
		got, val := keys.findVal(k)
		require.Equal(t, id, got, "%q", k)
		gotB, valB := keys.findBytesVal([]byte(k))
		require.Equal(t, id, gotB, "%q", k)
		require.Equal(t, val, valB, "%q", k)
		for _, other := range []string{k + "x", k[:len(k)-1], "x" + k, k[:len(k)/2] + "\x00" + k[len(k)/2+1:]} {
			if !all[other] {
				require.Equal(t, int32(-1), keys.find(other), "%q", other)
			}
		}
	}
}

// TestMaxAbbrev: no word of initialAbbrev is longer than maxAbbrev (the
// tokenizer's fast path leaves the period after a longer word alone).
func TestMaxAbbrev(t *testing.T) {
	for w := range initialAbbrev {
		require.LessOrEqual(t, len(w), maxAbbrev, w)
	}
}

// TestIsASCII: isASCII as a plain loop over the bytes says.
func TestIsASCII(t *testing.T) {
	plain := func(s string) bool {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return false
			}
		}
		return true
	}
	samples := append(asciiSamples(3000), "é", "aé", "abcdefgé", "abcdefghé", "abcdefghijklmnopé", "\x80", "abcdefgh\xff")
	for n := 1; n <= 20; n++ {
		for at := range n { // one byte outside ASCII at each place
			b := []byte(strings.Repeat("x", n))
			b[at] = 0xC3
			samples = append(samples, string(b))
		}
	}
	for _, s := range samples {
		for cut := 0; cut <= len(s); cut++ {
			require.Equal(t, plain(s[cut:]), isASCII(s[cut:]), "%q", s[cut:])
		}
	}
}
