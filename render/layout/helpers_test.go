package layout_test

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
)

var actorTypes = []string{"person", "organization", "country", "group"}

// randomGraph builds a sparse random graph of n actors (about 1.5 edges
// per node), the same for the same seed.
func randomGraph(t testing.TB, n int, seed int64) *graphmodel.Graph {
	t.Helper()
	r := rand.New(rand.NewPCG(uint64(seed), 7))
	g := graphmodel.New()
	for i := range n {
		_, err := g.AddNode(graphmodel.Node{ID: fmt.Sprintf("a%05d", i), Kind: graphmodel.KindActor,
			Type: actorTypes[r.IntN(len(actorTypes))], Label: fmt.Sprintf("Actor %d", i)})
		require.NoError(t, err)
	}
	for i := 1; i < n; i++ {
		// A spanning tree keeps it connected, plus random extra edges.
		j := r.IntN(i)
		_, err := g.Connect(graphmodel.EdgeAffiliation, fmt.Sprintf("a%05d", i), fmt.Sprintf("a%05d", j))
		require.NoError(t, err)
	}
	for k := 0; k < n/2; k++ {
		a, b := r.IntN(n), r.IntN(n)
		if a == b {
			continue
		}
		_, err := g.Connect(graphmodel.EdgeAffiliation, fmt.Sprintf("a%05d", a), fmt.Sprintf("a%05d", b))
		require.NoError(t, err)
	}
	return g
}
