package export_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/export"
)

func TestIsNumber(t *testing.T) {
	for _, s := range []string{"0", "-1", "+2", "3.", ".5", "-87.93029", "1e9", "1E-3", "6.02e+23"} {
		assert.True(t, export.IsNumber(s), s)
	}
	for _, s := range []string{"", "-", ".", "e5", "1e", "1e+", " 1", "1 ", "0x1p3", "1_000", "NaN", "Inf", "1.2.3", "--1", "=1"} {
		assert.False(t, export.IsNumber(s), s)
	}
}

func TestElements(t *testing.T) {
	g := graphmodel.New()
	for _, id := range []string{"c", "a", "b"} {
		_, err := g.AddNode(graphmodel.Node{ID: id, Kind: graphmodel.KindEntity, Label: id})
		require.NoError(t, err)
	}
	for _, e := range [][2]string{{"a", "b"}, {"b", "c"}} {
		_, err := g.Connect(graphmodel.EdgeRelated, e[0], e[1])
		require.NoError(t, err)
	}
	nodes, edges, err := export.Elements(g, nil)
	require.NoError(t, err)
	assert.Len(t, nodes, 3)
	assert.Equal(t, "a", nodes[0].ID)
	assert.Len(t, edges, 2)

	sel := &graphmodel.Selection{Nodes: []string{"b", "a", "a"}, Edges: []string{"related:b->c", "related:a->b"}}
	nodes, edges, err = export.Elements(g, sel)
	require.NoError(t, err)
	require.Len(t, nodes, 2, "duplicates collapse")
	assert.Equal(t, "a", nodes[0].ID, "sorted by id")
	require.Len(t, edges, 1, "an edge to a node outside the selection is left out")
	assert.Equal(t, "related:a->b", edges[0].ID)

	_, _, err = export.Elements(g, &graphmodel.Selection{Nodes: []string{"zz"}})
	assert.ErrorIs(t, err, graphmodel.ErrNotFound)
}
