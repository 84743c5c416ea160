package graphmodel_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

func edgeIDs(edges []*gm.Edge) []string {
	out := make([]string, len(edges))
	for i, e := range edges {
		out[i] = e.ID
	}
	return out
}

// A loop touches its node once: it counts once in the degree, is listed
// once among the node's edges, and makes the node its own neighbour.
func TestLoopCountsOnce(t *testing.T) {
	g := fixture(t)
	require.Equal(t, 2, g.Degree("putin"))
	loop, err := g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "putin", Target: "putin"})
	require.NoError(t, err)

	assert.Equal(t, 3, g.Degree("putin"))
	assert.Equal(t, []string{"participant:putin->call", "participant:putin->m1", loop.ID}, edgeIDs(g.EdgesOf("putin")))
	assert.Equal(t, []string{loop.ID}, edgeIDs(g.EdgesBetween("putin", "putin")))
	assert.Equal(t, []string{"call", "m1", "putin"}, ids(g.Neighbours("putin")))

	require.NoError(t, g.RemoveEdge(loop.ID))
	assert.Equal(t, 2, g.Degree("putin"))
	assert.Equal(t, []string{"call", "m1"}, ids(g.Neighbours("putin")))
}

func TestRemoveNodeWithLoop(t *testing.T) {
	g := fixture(t)
	_, err := g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "m1", Target: "m1"})
	require.NoError(t, err)
	require.Equal(t, 5, g.Degree("m1"))

	require.NoError(t, g.RemoveNode("m1"))
	assert.Equal(t, 0, g.Degree("m1"))
	assert.Equal(t, 1, g.Degree("putin"), "the edge to the removed meeting is gone")
	assert.Equal(t, 0, g.Degree("moscow"))
	assert.Equal(t, 1, g.Degree("s1"), "the speaker edge stays")
	assert.Equal(t, 3, g.EdgeCount())
}

// Edges between the same pair in both directions are all found, each once.
func TestEdgesBetweenBothDirections(t *testing.T) {
	g := fixture(t)
	back, err := g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "m1", Target: "putin"})
	require.NoError(t, err)
	assert.Equal(t, []string{"participant:putin->m1", back.ID}, edgeIDs(g.EdgesBetween("putin", "m1")))
	assert.Equal(t, edgeIDs(g.EdgesBetween("putin", "m1")), edgeIDs(g.EdgesBetween("m1", "putin")))
	assert.Equal(t, 3, g.Degree("putin"))
	assert.Equal(t, []string{"call", "m1"}, ids(g.Neighbours("putin")), "two edges, one neighbour")
}

// Undo and Redo restore the adjacency of the edges and nodes they bring
// back or take away, loops included.
func TestUndoRedoRestoresDegree(t *testing.T) {
	g := fixture(t)
	p, err := g.Record(func(g *gm.Graph) error {
		if _, err := g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "putin", Target: "putin"}); err != nil {
			return err
		}
		return g.RemoveNode("call")
	})
	require.NoError(t, err)
	require.Equal(t, 2, g.Degree("putin"), "loop added, call edge gone")
	require.Equal(t, 0, g.Degree("zelenskyy"))

	p.Undo(g)
	assert.Equal(t, 2, g.Degree("putin"))
	assert.Equal(t, []string{"call", "m1"}, ids(g.Neighbours("putin")))
	assert.Equal(t, 1, g.Degree("zelenskyy"))
	assert.Equal(t, 2, g.Degree("call"))

	p.Redo(g)
	assert.Equal(t, []string{"m1", "putin"}, ids(g.Neighbours("putin")))
	assert.Equal(t, 0, g.Degree("zelenskyy"))
	assert.Equal(t, 0, g.Degree("call"))

	p.Undo(g)
	assert.Equal(t, []string{"call", "m1"}, ids(g.Neighbours("putin")))
}

// A clone has the same adjacency, and changing it leaves the original be.
func TestCloneAdjacencyIndependent(t *testing.T) {
	g := fixture(t)
	_, err := g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "moscow", Target: "moscow"})
	require.NoError(t, err)
	c := g.Clone()
	for _, n := range g.Nodes() {
		assert.Equal(t, g.Degree(n.ID), c.Degree(n.ID), n.ID)
		assert.Equal(t, edgeIDs(g.EdgesOf(n.ID)), edgeIDs(c.EdgesOf(n.ID)), n.ID)
	}
	require.NoError(t, c.RemoveNode("moscow"))
	assert.Equal(t, 2, g.Degree("moscow"))
	assert.Equal(t, 4, g.Degree("m1"))
	assert.Equal(t, 3, c.Degree("m1"))
}

// Merging the two ends of an edge turns it into a loop on the kept node.
func TestMergeMakesLoop(t *testing.T) {
	g := fixture(t)
	_, err := g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "putin", Target: "witkoff"})
	require.NoError(t, err)
	require.NoError(t, g.MergeNodes("putin", "witkoff"))

	assert.Equal(t, []string{"participant:putin->call", "participant:putin->m1", "related:putin->putin"}, edgeIDs(g.EdgesOf("putin")))
	assert.Equal(t, 3, g.Degree("putin"))
	assert.Equal(t, 0, g.Degree("witkoff"))
	assert.Equal(t, 3, g.Degree("m1"), "both participant edges folded into one")
	assert.Equal(t, []string{"call", "m1", "putin"}, ids(g.Neighbours("putin")))
}

// A graph's edge lists are made by the first query that needs them;
// readers that ask at the same time all get them (run with -race).
func TestConcurrentFirstQueries(t *testing.T) {
	g := fixture(t)
	degrees := make([]int, 4)
	var wg sync.WaitGroup
	for i := range degrees {
		wg.Go(func() {
			degrees[i] = g.Degree("m1") + len(g.EdgesOf("putin")) + len(g.Neighbours("s1"))
		})
	}
	wg.Wait()
	assert.Equal(t, []int{8, 8, 8, 8}, degrees)
}

// Edges added and removed before and after the first query are all
// counted right, and a clone lists its edges of its own.
func TestAdjacencyBeforeAndAfterFirstQuery(t *testing.T) {
	g := fixture(t)
	_, err := g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "kremlin", Target: "moscow"})
	require.NoError(t, err)
	require.NoError(t, g.RemoveEdge("participant:putin->call"))
	c := g.Clone()
	assert.Equal(t, []string{"participant:putin->m1"}, edgeIDs(g.EdgesOf("putin")))
	assert.Equal(t, 2, g.Degree("kremlin"))
	_, err = g.AddEdge(gm.Edge{Kind: gm.EdgeRelated, Source: "kremlin", Target: "witkoff"})
	require.NoError(t, err)
	require.NoError(t, g.RemoveEdge("venue:m1->moscow"))
	assert.Equal(t, 3, g.Degree("kremlin"))
	assert.Equal(t, 1, g.Degree("moscow"))
	assert.Equal(t, 2, c.Degree("moscow"), "the clone is not changed")
	assert.Equal(t, 2, c.Degree("kremlin"))
}
