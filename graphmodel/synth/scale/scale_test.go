package scale_test

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/extract"
	"dossier/graphmodel/synth/scale"
)

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	x, err := extract.New()
	require.NoError(t, err)
	return x
}

func TestDocumentsAreDeterministicAndNamedLikeFiles(t *testing.T) {
	a, err := scale.Documents(scale.Options{Seed: 3}, 20)
	require.NoError(t, err)
	b, err := scale.Documents(scale.Options{Seed: 3}, 20)
	require.NoError(t, err)
	require.Len(t, a, 20)
	assert.Equal(t, a, b, "same seed, same documents")
	assert.Equal(t, "article-0001", a[0].ID)
	c, err := scale.Documents(scale.Options{Seed: 4}, 1)
	require.NoError(t, err)
	assert.NotEqual(t, a[0].Text, c[0].Text, "another seed, other articles")
}

func TestGraphReachesTheSizeAsked(t *testing.T) {
	x := newExtractor(t)
	g, n, err := scale.Graph(context.Background(), x, scale.Options{Seed: 1}, 500, 1500)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, g.NodeCount(), 500)
	assert.Less(t, g.NodeCount(), 600, "articles are added one at a time, so it overshoots by one article's nodes at most")
	assert.Equal(t, 1500, g.EdgeCount())
	assert.Len(t, g.Documents(), n)

	// Every edge added carries evidence that lies in its graph's documents.
	for _, e := range g.Edges() {
		require.NotEmpty(t, e.Evidence, e.ID)
		for _, sp := range e.Evidence {
			d, ok := g.Document(sp.Doc)
			require.True(t, ok, sp.String())
			require.NoError(t, d.CheckSpan(sp))
		}
		if e.Kind == graphmodel.EdgeAbout {
			src, _ := g.Node(e.Source)
			assert.Equal(t, graphmodel.KindStatement, src.Kind)
		}
	}
}

func TestGraphSaysWhenEdgesCannotBeMade(t *testing.T) {
	x := newExtractor(t)
	_, _, err := scale.Graph(context.Background(), x, scale.Options{Seed: 1}, 50, 5000)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not 5000")
}

func TestGraphStopsWhenCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := scale.Graph(ctx, newExtractor(t), scale.Options{}, 100, 0)
	require.ErrorIs(t, err, context.Canceled)
}
