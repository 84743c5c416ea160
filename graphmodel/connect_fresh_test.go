package graphmodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

// Connect skips looking up the id of an edge with an end no edge has
// touched; it must still find an edge stored under that id however it got
// there.
func TestConnectFindsEdgeOfEveryOrigin(t *testing.T) {
	newGraph := func(t *testing.T) *gm.Graph {
		g := gm.New()
		for _, id := range []string{"a", "b", "x", "y"} {
			_, err := g.AddNode(gm.Node{ID: id, Kind: gm.KindActor, Label: id})
			require.NoError(t, err)
		}
		return g
	}
	t.Run("an edge of other ends under the canonical id", func(t *testing.T) {
		g := newGraph(t)
		id := gm.EdgeID(gm.EdgeAffiliation, "a", "b")
		_, err := g.AddEdge(gm.Edge{ID: id, Kind: gm.EdgeAffiliation, Source: "x", Target: "y"})
		require.NoError(t, err)
		e, err := g.Connect(gm.EdgeAffiliation, "a", "b")
		require.NoError(t, err)
		assert.Equal(t, "x", e.Source, "the edge under that id is found, not replaced")
		assert.Equal(t, 1, g.EdgeCount())
	})
	t.Run("an edge restored by redo to a node made again", func(t *testing.T) {
		g := newGraph(t)
		p, err := g.Record(func(g *gm.Graph) error {
			_, err := g.Connect(gm.EdgeAffiliation, "a", "b")
			return err
		})
		require.NoError(t, err)
		p.Undo(g)
		require.NoError(t, g.RemoveNode("a"))
		_, err = g.AddNode(gm.Node{ID: "a", Kind: gm.KindActor, Label: "a"})
		require.NoError(t, err)
		p.Redo(g)
		require.Equal(t, 1, g.EdgeCount())
		e, err := g.Connect(gm.EdgeAffiliation, "a", "b", gm.Span{})
		require.Error(t, err, "no such document") // checked against the edge found
		assert.Nil(t, e)
		_, err = g.Connect(gm.EdgeAffiliation, "a", "b")
		require.NoError(t, err)
		assert.Equal(t, 1, g.EdgeCount())
		assert.Len(t, g.EdgesOf("a"), 1)
	})
	t.Run("a clone", func(t *testing.T) {
		g := newGraph(t)
		_, err := g.Connect(gm.EdgeAffiliation, "a", "b")
		require.NoError(t, err)
		c := g.Clone()
		_, err = c.Connect(gm.EdgeAffiliation, "a", "b")
		require.NoError(t, err)
		assert.Equal(t, 1, c.EdgeCount())
		assert.Len(t, c.EdgesOf("b"), 1)
	})
}
