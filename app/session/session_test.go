package session_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/app/session"
	"dossier/graphmodel"
)

func graph(t *testing.T) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	for _, n := range []graphmodel.Node{
		{ID: "a", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Vladimir Putin"},
		{ID: "b", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Putin"},
		{ID: "m", Kind: graphmodel.KindMeeting, Label: "talks"},
	} {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	_, err := g.Connect(graphmodel.EdgeParticipant, "b", "m")
	require.NoError(t, err)
	return g
}

func label(t *testing.T, s *session.Session, id string) string {
	n, ok := s.Graph().Node(id)
	require.True(t, ok, id)
	return n.Label
}

func TestUndoRedo(t *testing.T) {
	s := session.New(graph(t), "case.dossier.json")
	assert.False(t, s.Dirty())
	_, ok := s.CanUndo()
	assert.False(t, ok)

	require.NoError(t, s.Apply("Rename", func(g *graphmodel.Graph) error { return g.RenameNode("a", "V. Putin") }))
	require.NoError(t, s.Apply("Merge", func(g *graphmodel.Graph) error { return g.MergeNodes("a", "b") }))
	assert.True(t, s.Dirty())
	name, ok := s.CanUndo()
	assert.True(t, ok)
	assert.Equal(t, "Merge", name)

	e, ok := s.Undo()
	require.True(t, ok)
	assert.Equal(t, "Merge", e.Name)
	assert.ElementsMatch(t, []string{"a", "b"}, e.Touched())
	assert.Equal(t, "Putin", label(t, s, "b"), "merge undone: both nodes back")
	assert.Len(t, s.Graph().Neighbours("b"), 1)

	_, ok = s.Undo()
	require.True(t, ok)
	assert.Equal(t, "Vladimir Putin", label(t, s, "a"))
	_, ok = s.Undo()
	assert.False(t, ok, "nothing more to undo")

	_, ok = s.Redo()
	require.True(t, ok)
	assert.Equal(t, "V. Putin", label(t, s, "a"))
	name, _ = s.CanRedo()
	assert.Equal(t, "Merge", name)

	require.NoError(t, s.Apply("Delete", func(g *graphmodel.Graph) error { return g.RemoveNode("m") }))
	_, ok = s.CanRedo()
	assert.False(t, ok, "a new edit drops the redo history")
}

func TestFailedAndEmptyEdits(t *testing.T) {
	s := session.New(graph(t), "")
	rev := s.Revision()
	err := s.Apply("Rename", func(g *graphmodel.Graph) error { return g.RenameNode("ghost", "x") })
	assert.ErrorIs(t, err, graphmodel.ErrNotFound)
	assert.ErrorIs(t, s.Apply("Rename", func(g *graphmodel.Graph) error { return g.RenameNode("a", "Vladimir Putin") }), session.ErrNoChange)
	assert.False(t, s.Dirty())
	assert.Equal(t, rev, s.Revision())
	_, ok := s.CanUndo()
	assert.False(t, ok)
}

func TestSaved(t *testing.T) {
	s := session.New(graph(t), "")
	require.NoError(t, s.Apply("Delete", func(g *graphmodel.Graph) error { return g.RemoveNode("m") }))
	s.Saved("x.dossier.json")
	assert.False(t, s.Dirty())
	assert.Equal(t, "x.dossier.json", s.Path())
	s.Undo()
	assert.True(t, s.Dirty(), "undoing after a save is a change")
}

func TestRecovery(t *testing.T) {
	r := session.Recovery{Dir: filepath.Join(t.TempDir(), "recovery")}
	_, ok := r.Find()
	assert.False(t, ok)
	g := graph(t)
	when := time.Date(2026, 11, 29, 10, 0, 0, 0, time.UTC)
	require.NoError(t, r.Write(g, "case.dossier.json", when))
	info, ok := r.Find()
	require.True(t, ok)
	assert.Equal(t, session.RecoveryInfo{Path: "case.dossier.json", Written: when, Nodes: 3, Edges: 1}, info)
	back, _, err := r.Load()
	require.NoError(t, err)
	assert.Equal(t, g.Nodes(), back.Nodes())
	require.NoError(t, r.Clear())
	_, ok = r.Find()
	assert.False(t, ok)
	require.NoError(t, r.Clear(), "clearing twice is fine")
}
