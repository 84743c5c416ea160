package extract

import (
	"os"
	"path/filepath"
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
