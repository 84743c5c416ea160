package app

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/extract"
	"dossier/graphmodel/synth/scale"
)

// A graph over overviewAbove nodes opens on its overviewNodes
// best-supported nodes, so what Graphviz lays out first stays small (issue
// 7: "the overview keeps what is laid out under 3,000 nodes").
func TestLargeGraphOpensOnAnOverview(t *testing.T) {
	x, err := extract.New()
	require.NoError(t, err)
	g, _, err := scale.Graph(context.Background(), x, scale.Options{Seed: 2}, 2000, 4000)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "big.dossier.json")
	require.NoError(t, dossierfile.Save(path, g))

	h := newHarness(t, true, path)
	s := h.e.graph.view.Scene()
	require.NotNil(t, s)
	// At most the overview's nodes (fewer when statements are folded
	// into their speakers), well under 3,000.
	assert.LessOrEqual(t, len(s.Nodes), overviewNodes, "only the overview is laid out")
	assert.Greater(t, len(s.Nodes), overviewNodes/2)
	assert.Less(t, overviewNodes, 3000)
	assert.Greater(t, h.e.sess.Graph().NodeCount(), overviewAbove)
	assert.Equal(t, "1000", h.e.filters.maxNodes.Selected, "the View tab shows the cap")
	assert.Contains(t, h.e.status.Text, "best-supported")
}
