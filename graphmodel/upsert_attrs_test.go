package graphmodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

// UpsertNodeAttrs is UpsertNode with the attributes in a list: a new node
// gets them all, an existing one those it lacks.
func TestUpsertNodeAttrs(t *testing.T) {
	g := fixture(t)
	list := []gm.Attr{{Key: gm.AttrRole, Value: "envoy"}, {Key: gm.AttrQuote, Value: "x"}}
	n, err := g.UpsertNodeAttrs(gm.Node{ID: "new", Kind: gm.KindActor, Label: "New"}, list)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{gm.AttrRole: "envoy", gm.AttrQuote: "x"}, n.Attrs)
	list[0].Value = "changed"
	assert.Equal(t, "envoy", n.Attr(gm.AttrRole), "the graph keeps a copy")

	n, err = g.UpsertNodeAttrs(gm.Node{ID: "s1", Kind: gm.KindStatement, Label: "useful"},
		[]gm.Attr{{Key: gm.AttrQuote, Value: "other"}, {Key: gm.AttrIndirect, Value: "true"}})
	require.NoError(t, err)
	assert.Equal(t, map[string]string{gm.AttrQuote: "useful", gm.AttrIndirect: "true"}, n.Attrs, "existing values stay")

	m, err := g.UpsertNode(gm.Node{ID: "twin", Kind: gm.KindActor, Label: "Twin", Attrs: map[string]string{gm.AttrRole: "envoy"}})
	require.NoError(t, err)
	n, err = g.UpsertNodeAttrs(gm.Node{ID: "twin2", Kind: gm.KindActor, Label: "Twin"}, []gm.Attr{{Key: gm.AttrRole, Value: "envoy"}})
	require.NoError(t, err)
	assert.Equal(t, m.Attrs, n.Attrs, "as UpsertNode with the map")

	// of two pairs with one key the later counts, for a new node and for
	// one that lacks the key
	twice := []gm.Attr{{Key: "k", Value: "1"}, {Key: "k", Value: "2"}}
	n, err = g.UpsertNodeAttrs(gm.Node{ID: "dup", Kind: gm.KindActor, Label: "Dup"}, twice)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"k": "2"}, n.Attrs)
	n, err = g.UpsertNodeAttrs(gm.Node{ID: "witkoff", Kind: gm.KindActor, Label: "Steve Witkoff"}, twice)
	require.NoError(t, err)
	assert.Equal(t, map[string]string{"k": "2"}, n.Attrs)

	_, err = g.UpsertNodeAttrs(gm.Node{ID: "both", Kind: gm.KindActor, Label: "Both", Attrs: map[string]string{"a": "1"}}, []gm.Attr{{Key: "b", Value: "2"}})
	assert.ErrorIs(t, err, gm.ErrInvalid)
	_, ok := g.Node("both")
	assert.False(t, ok)
	n, err = g.UpsertNodeAttrs(gm.Node{ID: "none", Kind: gm.KindActor, Label: "None"}, nil)
	require.NoError(t, err)
	assert.Nil(t, n.Attrs)
}

// Connect finds the node added last without a lookup: removing it, or
// undoing its addition, must not leave it findable.
func TestConnectAfterRemovingTheLastNode(t *testing.T) {
	g := fixture(t)
	_, err := g.AddNode(gm.Node{ID: "gone", Kind: gm.KindMeeting, Label: "Gone"})
	require.NoError(t, err)
	require.NoError(t, g.RemoveNode("gone"))
	_, err = g.Connect(gm.EdgeParticipant, "putin", "gone")
	assert.ErrorIs(t, err, gm.ErrNotFound)

	p, err := g.Record(func(g *gm.Graph) error {
		_, err := g.UpsertNode(gm.Node{ID: "undone", Kind: gm.KindMeeting, Label: "Undone"})
		return err
	})
	require.NoError(t, err)
	p.Undo(g)
	_, err = g.Connect(gm.EdgeParticipant, "putin", "undone")
	assert.ErrorIs(t, err, gm.ErrNotFound)
	p.Redo(g)
	e, err := g.Connect(gm.EdgeParticipant, "putin", "undone")
	require.NoError(t, err)
	n, _ := g.Node("undone")
	assert.Equal(t, n.ID, e.Target)
}
