package interop_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/interop"
)

func sample(t *testing.T) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	text := "Putin met Witkoff in Moscow. «Кремль» said: \"fine\"."
	_, err := g.AddDocument(graphmodel.Document{ID: "d1", Title: "T", Text: text})
	require.NoError(t, err)
	_, err = g.AddNode(graphmodel.Node{ID: "actor:putin", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson,
		Label: "Vladimir Putin", Aliases: []string{"Putin"}, Attrs: map[string]string{"role": "president", "kind": "odd", "attr.x": "y"},
		Mentions: []graphmodel.Span{{Doc: "d1", Start: 0, End: 5}}})
	require.NoError(t, err)
	_, err = g.AddNode(graphmodel.Node{ID: "meeting:1", Kind: graphmodel.KindMeeting, Label: "talks",
		Attrs: map[string]string{graphmodel.AttrStatus: graphmodel.StatusHeld}})
	require.NoError(t, err)
	_, err = g.Connect(graphmodel.EdgeParticipant, "actor:putin", "meeting:1", graphmodel.Span{Doc: "d1", Start: 0, End: 27})
	require.NoError(t, err)
	return g
}

func TestRoundTripThroughFlatAttributes(t *testing.T) {
	g := sample(t)
	b := interop.NewBuilder("test")
	docs, err := interop.DocumentsJSON(g)
	require.NoError(t, err)
	require.NoError(t, b.SetGraphAttr(interop.KeyDocuments, docs))
	for _, n := range g.Nodes() {
		require.NoError(t, b.AddNode(n.ID, n.Label, toMap(interop.NodeAttrs(g, n))))
	}
	for _, e := range g.Edges() {
		require.NoError(t, b.AddEdge(e.ID, e.Source, e.Target, !e.Undirected, toMap(interop.EdgeAttrs(g, e))))
	}
	got, err := b.Graph()
	require.NoError(t, err)
	assert.Equal(t, g.Nodes(), got.Nodes())
	assert.Equal(t, g.Edges(), got.Edges())
	assert.Equal(t, g.Documents(), got.Documents())
	assert.Equal(t, "test", got.Attrs[interop.KeyFormat])
}

func TestExcerptsAreReadable(t *testing.T) {
	g := sample(t)
	n, _ := g.Node("actor:putin")
	m := toMap(interop.NodeAttrs(g, n))
	assert.Equal(t, "[Putin] met Witkoff in Moscow.", m[interop.KeyExcerpts])
	assert.Equal(t, "president", m["role"])
	assert.Equal(t, "odd", m["attr.kind"], "an own attribute named like a reserved key is escaped")
}

func TestForeignKindsAndTypes(t *testing.T) {
	b := interop.NewBuilder("graphml")
	require.NoError(t, b.AddNode("a", "Alice", map[string]string{"type": "person"}))
	require.NoError(t, b.AddNode("p", "Paris", map[string]string{"type": "city"}))
	require.NoError(t, b.AddNode("x", "", map[string]string{"type": "gene", "weight": "3"}))
	require.NoError(t, b.AddNode("m", "Summit", map[string]string{"kind": "meeting"}))
	require.NoError(t, b.AddEdge("", "a", "m", true, map[string]string{"kind": "participant"}))
	require.NoError(t, b.AddEdge("", "a", "p", false, map[string]string{"kind": "participant"}))
	err := b.AddEdge("", "a", "nobody", true, nil)
	require.ErrorIs(t, err, graphmodel.ErrNotFound)
	require.ErrorIs(t, b.AddNode("a", "again", nil), graphmodel.ErrDuplicate)

	g, err := b.Graph()
	require.NoError(t, err)
	kindOf := func(id string) (graphmodel.Kind, string) {
		n, ok := g.Node(id)
		require.True(t, ok)
		return n.Kind, n.Type
	}
	k, typ := kindOf("a")
	assert.Equal(t, graphmodel.KindActor, k)
	assert.Equal(t, "person", typ)
	k, _ = kindOf("p")
	assert.Equal(t, graphmodel.KindVenue, k)
	k, typ = kindOf("x")
	assert.Equal(t, graphmodel.KindEntity, k)
	assert.Equal(t, "gene", typ)
	x, _ := g.Node("x")
	assert.Equal(t, "x", x.Label, "a node without label shows its id")
	assert.Equal(t, "3", x.Attrs["weight"])

	e1, ok := g.Edge("e1")
	require.True(t, ok)
	assert.Equal(t, graphmodel.EdgeParticipant, e1.Kind)
	e2, ok := g.Edge("e2")
	require.True(t, ok)
	assert.Equal(t, graphmodel.EdgeRelated, e2.Kind, "participant cannot join an actor to a venue")
	assert.Equal(t, "participant", e2.Attrs["kind"])
	assert.True(t, e2.Undirected)
}

func toMap(kvs []interop.KV) map[string]string {
	m := map[string]string{}
	for _, kv := range kvs {
		m[kv.Key] = kv.Value
	}
	return m
}
