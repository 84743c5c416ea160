package graphmodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

// Connect skips looking up an edge whose ends have no edge of its kind
// (out of the source, into the target); it must still find every edge
// that exists, whatever other edges its ends have.
func TestConnectFindsEdgeAmongOtherKinds(t *testing.T) {
	g := graphOf(t,
		gm.Node{ID: "p", Kind: gm.KindActor, Label: "P"},
		gm.Node{ID: "s", Kind: gm.KindStatement, Label: "S"},
		gm.Node{ID: "m1", Kind: gm.KindMeeting, Label: "M1"},
		gm.Node{ID: "m2", Kind: gm.KindMeeting, Label: "M2"},
	)
	connect := func(k gm.EdgeKind, src, dst string) {
		t.Helper()
		_, err := g.Connect(k, src, dst)
		require.NoError(t, err)
	}
	connect(gm.EdgeSpeaker, "p", "s")
	connect(gm.EdgeParticipant, "p", "m1")
	connect(gm.EdgeAbout, "s", "m2")
	connect(gm.EdgeAbout, "s", "m1") // s has an about edge, m1 none in
	connect(gm.EdgeParticipant, "p", "m2")
	require.Equal(t, 5, g.EdgeCount())
	for _, e := range [][3]string{
		{string(gm.EdgeSpeaker), "p", "s"}, {string(gm.EdgeParticipant), "p", "m1"},
		{string(gm.EdgeAbout), "s", "m2"}, {string(gm.EdgeAbout), "s", "m1"}, {string(gm.EdgeParticipant), "p", "m2"},
	} {
		connect(gm.EdgeKind(e[0]), e[1], e[2]) // found again, not added
	}
	assert.Equal(t, 5, g.EdgeCount())
	assert.Len(t, g.EdgesOf("s"), 3)
}

// graphOf returns a new graph of nodes (no documents, no edges).
func graphOf(t *testing.T, nodes ...gm.Node) *gm.Graph {
	t.Helper()
	g := gm.New()
	for _, n := range nodes {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	return g
}
