package graphmodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

// Reserve is a hint: it loses nothing of a graph that has content, and an
// empty graph reserved for fewer nodes than it gets still takes them all.
func TestReserveKeepsContent(t *testing.T) {
	g := fixture(t)
	before := g.Counts()
	g.Reserve(100, 200, 0)
	assert.Equal(t, before, g.Counts())
	assert.Equal(t, 2, g.Degree("putin"))

	e := gm.New()
	_, err := e.AddDocument(gm.Document{ID: "d", Text: "Moscow and Kyiv"})
	require.NoError(t, err)
	e.Reserve(1, 1, 10)
	for _, n := range []gm.Node{
		{ID: "moscow", Kind: gm.KindVenue, Label: "Moscow", Mentions: []gm.Span{{Doc: "d", Start: 0, End: 6}}},
		{ID: "kyiv", Kind: gm.KindVenue, Label: "Kyiv", Mentions: []gm.Span{{Doc: "d", Start: 11, End: 15}}},
	} {
		_, err := e.AddNode(n)
		require.NoError(t, err)
	}
	_, err = e.Connect(gm.EdgeLocatedIn, "moscow", "kyiv")
	require.NoError(t, err)
	_, err = e.Connect(gm.EdgeRelated, "kyiv", "moscow")
	require.NoError(t, err)
	assert.Equal(t, 2, e.NodeCount())
	assert.Equal(t, 2, e.EdgeCount())
	assert.Equal(t, 2, e.Degree("kyiv"))
	b := []byte("a string")
	str := e.MakeString(b)
	b[0] = 'A'
	assert.Equal(t, "a string", str, "MakeString copies")
}

// Adding an edge that exists reports the duplicate, unless the edge is
// invalid anyway; Connect to an existing edge adds its evidence.
func TestAddEdgeDuplicateAndInvalid(t *testing.T) {
	g := fixture(t)
	_, err := g.AddEdge(gm.Edge{Kind: gm.EdgeParticipant, Source: "putin", Target: "m1"})
	require.ErrorIs(t, err, gm.ErrDuplicate)
	_, err = g.AddEdge(gm.Edge{ID: "participant:putin->m1", Kind: gm.EdgeVenue, Source: "putin", Target: "m1"})
	require.ErrorIs(t, err, gm.ErrInvalid)
	_, err = g.Connect(gm.EdgeParticipant, "putin", "nobody")
	require.ErrorIs(t, err, gm.ErrNotFound)
	e, err := g.Connect(gm.EdgeParticipant, "putin", "m1", gm.Span{Doc: "d1", Start: 0, End: 7})
	require.NoError(t, err)
	assert.Len(t, e.Evidence, 2)
	assert.Equal(t, 2, g.Degree("putin"))
}

// Nodes and edges made from reserved records behave as any: the caller's
// spans and attributes are copied, and undo and redo restore them.
func TestReservedRecordsCopyAndUndo(t *testing.T) {
	g := gm.New()
	_, err := g.AddDocument(gm.Document{ID: "d", Text: "Moscow and Kyiv"})
	require.NoError(t, err)
	g.Reserve(2, 1, 0)
	attrs := map[string]string{"k": "v"}
	spans := []gm.Span{{Doc: "d", Start: 0, End: 6}}
	p, err := g.Record(func(g *gm.Graph) error {
		if _, err := g.UpsertNode(gm.Node{ID: "moscow", Kind: gm.KindVenue, Label: "Moscow", Attrs: attrs, Mentions: spans}); err != nil {
			return err
		}
		if _, err := g.UpsertNode(gm.Node{ID: "kyiv", Kind: gm.KindVenue, Label: "Kyiv", Mentions: []gm.Span{{Doc: "d", Start: 11, End: 15}}}); err != nil {
			return err
		}
		_, err := g.Connect(gm.EdgeLocatedIn, "moscow", "kyiv", spans...)
		return err
	})
	require.NoError(t, err)
	attrs["k"] = "changed"
	spans[0].End = 3
	n, ok := g.Node("moscow")
	require.True(t, ok)
	assert.Equal(t, "v", n.Attr("k"))
	assert.Equal(t, 6, n.Mentions[0].End)
	e, ok := g.Edge(gm.EdgeID(gm.EdgeLocatedIn, "moscow", "kyiv"))
	require.True(t, ok)
	assert.Equal(t, 6, e.Evidence[0].End)

	p.Undo(g)
	assert.Equal(t, 0, g.NodeCount())
	assert.Equal(t, 0, g.EdgeCount())
	p.Redo(g)
	assert.Equal(t, 2, g.NodeCount())
	assert.Equal(t, 1, g.Degree("kyiv"))
	n, _ = g.Node("moscow")
	assert.Equal(t, "v", n.Attr("k"))
}
