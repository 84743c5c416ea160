package graphmodel

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Merging into a private list's room gives what sorting gives, leaves b
// as it was, and keeps the list where it was.
func TestMergeSpansInPlaceMatchesSorting(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	docs := []string{"a", "b", "b-10", "b-2", "c"}
	for range 5000 {
		a, b := SortSpans(randomSpans(r, docs, r.IntN(8))), randomSpans(r, docs, r.IntN(5))
		want := SortSpans(append(slices.Clone(a), b...))
		bBefore := slices.Clone(b)
		room := make([]Span, len(a), len(a)+len(b)+r.IntN(2))
		copy(room, a)
		got := unionSpansOf(room, b, true)
		assert.Equal(t, want, got, "a=%v b=%v", a, b)
		assert.Equal(t, bBefore, b, "the argument is left as it was")
		if len(got) > 0 && len(room) > 0 {
			assert.Same(t, &room[0], &got[0], "merged in place")
		}
	}
}

// putMentions puts node id with one span in each of docs, in that order,
// through PutNode (which hands nothing out).
func putMentions(t *testing.T, g *Graph, id string, docs []string) {
	t.Helper()
	for _, d := range docs {
		if _, ok := g.Document(d); !ok {
			_, err := g.AddDocument(Document{ID: d, Text: "some text"})
			require.NoError(t, err)
		}
		_, err := g.PutNode(Node{ID: id, Kind: KindActor, Type: TypePerson, Label: "P",
			Mentions: []Span{{Doc: d, Start: 0, End: 4}, {Doc: d, Start: 5, End: 9}}}, nil)
		require.NoError(t, err)
		require.NoError(t, g.Link(EdgeAffiliation, id, "org", Span{Doc: d, Start: 0, End: 4}))
	}
}

// docIDs returns n document ids in an order that sorts them back and
// forth ("d-10" before "d-2"), as Build's ids of a large case do.
func docIDs(from, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("d-%d", from+i)
	}
	return out
}

// orgGraph returns a graph with one organisation, "org", in a document
// of its own: what the people put by putMentions are affiliated with.
func orgGraph(t *testing.T) *Graph {
	t.Helper()
	g := New()
	_, err := g.AddDocument(Document{ID: "org-doc", Text: "x"})
	require.NoError(t, err)
	_, err = g.AddNode(Node{ID: "org", Kind: KindActor, Type: TypeOrganization, Label: "O"})
	require.NoError(t, err)
	return g
}

// A node and an edge that document after document extends, with spans
// that sort before their last ones, end up as sorted as ever; once the
// graph has handed them out, a slice of their spans taken then keeps
// showing what it showed while more documents come.
func TestPutNodeInPlaceUntilHandedOut(t *testing.T) {
	g := orgGraph(t)
	putMentions(t, g, "p", docIDs(0, 40))

	n, ok := g.Node("p")
	require.True(t, ok)
	e, ok := g.Edge(EdgeID(EdgeAffiliation, "p", "org"))
	require.True(t, ok)
	mentions, evidence := n.Mentions, e.Evidence
	wantM, wantE := slices.Clone(mentions), slices.Clone(evidence)
	assert.Equal(t, 80, len(wantM))
	assert.True(t, strictlySorted(wantM))
	assert.Equal(t, 40, len(wantE))
	assert.True(t, strictlySorted(wantE))

	putMentions(t, g, "p", docIDs(40, 40))
	assert.Equal(t, wantM, mentions, "mentions handed out before")
	assert.Equal(t, wantE, evidence, "evidence handed out before")
	// the pointers handed out see the new lists, still sorted
	assert.Equal(t, 160, len(n.Mentions))
	assert.True(t, strictlySorted(n.Mentions))
	assert.Equal(t, 80, len(e.Evidence))
	assert.True(t, strictlySorted(e.Evidence))
}

// Extending a node and an edge that were never handed out costs no copy
// of their lists per document (only the growth of their room, now and
// then), though each document's spans sort before the last ones.
func TestPutNodeOutOfOrderAllocatesLittle(t *testing.T) {
	g := orgGraph(t)
	ids := docIDs(0, 2000)
	putMentions(t, g, "p", ids[:1000])
	// the arguments of the later documents, made beforehand
	nodes := make([]Node, 1000)
	evidence := make([][]Span, 1000)
	for i, d := range ids[1000:] {
		_, err := g.AddDocument(Document{ID: d, Text: "some text"})
		require.NoError(t, err)
		nodes[i] = Node{ID: "p", Kind: KindActor, Type: TypePerson, Label: "P",
			Mentions: []Span{{Doc: d, Start: 0, End: 4}, {Doc: d, Start: 5, End: 9}}}
		evidence[i] = []Span{{Doc: d, Start: 0, End: 4}}
	}
	var failed error
	next := 0
	allocs := testing.AllocsPerRun(1, func() {
		for range 500 {
			if _, err := g.PutNode(nodes[next], nil); err != nil {
				failed = err
			}
			if err := g.Link(EdgeAffiliation, "p", "org", evidence[next]...); err != nil {
				failed = err
			}
			next++
		}
	})
	require.NoError(t, failed)
	assert.Less(t, allocs, 50.0, "allocations for 500 documents")
	_, label, ok := g.NodeLabel("p")
	assert.True(t, ok)
	assert.Equal(t, "P", label)
	n, _ := g.Node("p")
	assert.Equal(t, 4000, len(n.Mentions))
	assert.True(t, strictlySorted(n.Mentions))
	e, _ := g.Edge(EdgeID(EdgeAffiliation, "p", "org"))
	assert.Equal(t, 2000, len(e.Evidence))
	assert.True(t, strictlySorted(e.Evidence))
}
