package graphmodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

// Edges are checked by the kinds their ends have now: an entity that a
// merge made an actor takes part in meetings, and stops joining what an
// actor may not.
func TestEdgeEndsAfterMergeMadeAKind(t *testing.T) {
	g := graphOf(t,
		gm.Node{ID: "e", Kind: gm.KindEntity, Label: "E"},
		gm.Node{ID: "a", Kind: gm.KindActor, Label: "A"},
		gm.Node{ID: "m", Kind: gm.KindMeeting, Label: "M"},
		gm.Node{ID: "v", Kind: gm.KindVenue, Label: "V"},
	)
	_, err := g.Connect(gm.EdgeLocatedIn, "e", "v") // an entity joins anything
	require.NoError(t, err)
	require.NoError(t, g.MergeNodes("e", "a"))
	n, _ := g.Node("e")
	require.Equal(t, gm.KindActor, n.Kind)
	_, err = g.Connect(gm.EdgeParticipant, "e", "m")
	assert.NoError(t, err)
	_, err = g.Connect(gm.EdgeVenue, "e", "v")
	assert.ErrorIs(t, err, gm.ErrInvalid, "an actor is no meeting")
	_, err = g.Connect(gm.EdgeParticipant, "m", "e")
	assert.ErrorIs(t, err, gm.ErrInvalid)
	_, err = g.Connect(gm.EdgeRelated, "m", "e")
	assert.NoError(t, err)

	c := g.Clone()
	_, err = c.Connect(gm.EdgeAffiliation, "e", "m")
	assert.ErrorIs(t, err, gm.ErrInvalid, "a clone keeps the kinds")
	_, err = c.Connect(gm.EdgeAffiliation, "e", "e")
	assert.NoError(t, err)
}
