package graphmodel

import (
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
)

// unionSpans merges new spans into a sorted list instead of sorting their
// concatenation; it must give what sorting gives.
func TestUnionSpansMatchesSorting(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	docs := []string{"a", "b", "b-10", "b-2"}
	for range 5000 {
		a, b := randomSpans(r, docs, r.IntN(6)), randomSpans(r, docs, r.IntN(4))
		a = SortSpans(a) // as the graph keeps its spans
		bBefore := slices.Clone(b)
		want := SortSpans(append(slices.Clone(a), b...))
		assert.Equal(t, want, unionSpans(a, b), "a=%v b=%v", a, b)
		assert.Equal(t, bBefore, b, "the argument is left as it was")
	}
}

// randomSpans returns n spans in docs, short and overlapping, in no order:
// what the merging of span lists is tested on.
func randomSpans(r *rand.Rand, docs []string, n int) []Span {
	out := make([]Span, n)
	for i := range out {
		s := r.IntN(6)
		out[i] = Span{Doc: docs[r.IntN(len(docs))], Start: s, End: s + r.IntN(3)}
	}
	return out
}

// A node mentioned in document after document grows by appends, yet a
// span list handed out before an upsert keeps showing what it showed.
func TestUnionSpansLeavesEarlierSlicesAlone(t *testing.T) {
	a := []Span{{Doc: "d1", Start: 0, End: 3}}
	var handedOut [][]Span
	var want [][]Span
	for _, doc := range []string{"d2", "d3", "d0", "d4", "d10", "d5"} {
		handedOut = append(handedOut, a)
		want = append(want, slices.Clone(a))
		a = unionSpans(a, []Span{{Doc: doc, Start: 4, End: 9}, {Doc: doc, Start: 1, End: 2}})
	}
	for i := range handedOut {
		assert.Equal(t, want[i], handedOut[i], "slice handed out before upsert %d", i)
	}
	assert.True(t, strictlySorted(a))
	assert.Len(t, a, 13)
}
