package graphmodel_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

const text = "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Tuesday. " +
	"Putin later spoke to Zelenskyy. The Kremlin said the talks were “useful”."

// fixture builds: putin, witkoff, zelenskyy, kremlin (actors), moscow
// (venue), m1 (meeting with putin and witkoff in moscow), call (meeting of
// putin and zelenskyy), s1 (statement by kremlin about m1).
func fixture(t *testing.T) *gm.Graph {
	t.Helper()
	g := gm.New()
	_, err := g.AddDocument(gm.Document{ID: "d1", Title: "Doc one", Text: text})
	require.NoError(t, err)
	at := func(sub string) gm.Span {
		i := strings.Index(text, sub)
		require.GreaterOrEqual(t, i, 0, sub)
		return gm.Span{Doc: "d1", Start: i, End: i + len(sub)}
	}
	add := func(n gm.Node) {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	add(gm.Node{ID: "putin", Kind: gm.KindActor, Type: gm.TypePerson, Label: "Vladimir Putin", Aliases: []string{"Putin"},
		Mentions: []gm.Span{at("Vladimir Putin"), at("Putin later")}})
	add(gm.Node{ID: "witkoff", Kind: gm.KindActor, Type: gm.TypePerson, Label: "Steve Witkoff", Mentions: []gm.Span{at("Steve Witkoff")}})
	add(gm.Node{ID: "zelenskyy", Kind: gm.KindActor, Type: gm.TypePerson, Label: "Volodymyr Zelenskyy", Aliases: []string{"Zelenskyy"},
		Mentions: []gm.Span{at("Zelenskyy")}})
	add(gm.Node{ID: "kremlin", Kind: gm.KindActor, Type: gm.TypeOrganization, Label: "Kremlin", Mentions: []gm.Span{at("Kremlin")}})
	add(gm.Node{ID: "moscow", Kind: gm.KindVenue, Type: gm.TypeCity, Label: "Moscow", Mentions: []gm.Span{at("Moscow")}})
	add(gm.Node{ID: "m1", Kind: gm.KindMeeting, Label: "Putin–Witkoff talks", Mentions: []gm.Span{at("met")}})
	add(gm.Node{ID: "call", Kind: gm.KindMeeting, Label: "Putin–Zelenskyy call", Mentions: []gm.Span{at("spoke to")}})
	add(gm.Node{ID: "s1", Kind: gm.KindStatement, Label: "useful", Attrs: map[string]string{gm.AttrQuote: "useful"}, Mentions: []gm.Span{at("useful")}})
	conn := func(k gm.EdgeKind, a, b, ev string) {
		_, err := g.Connect(k, a, b, at(ev))
		require.NoError(t, err)
	}
	conn(gm.EdgeParticipant, "putin", "m1", "Vladimir Putin met")
	conn(gm.EdgeParticipant, "witkoff", "m1", "met U.S. envoy Steve Witkoff")
	conn(gm.EdgeVenue, "m1", "moscow", "in Moscow")
	conn(gm.EdgeParticipant, "putin", "call", "Putin later spoke")
	conn(gm.EdgeParticipant, "zelenskyy", "call", "spoke to Zelenskyy")
	conn(gm.EdgeSpeaker, "kremlin", "s1", "The Kremlin said")
	conn(gm.EdgeAbout, "s1", "m1", "the talks were “useful”")
	return g
}

func ids(nodes []*gm.Node) []string {
	out := make([]string, len(nodes))
	for i, n := range nodes {
		out[i] = n.ID
	}
	return out
}

func TestAddRejectsBadInput(t *testing.T) {
	g := fixture(t)
	_, err := g.AddNode(gm.Node{ID: "putin", Kind: gm.KindActor, Label: "again"})
	assert.ErrorIs(t, err, gm.ErrDuplicate)
	_, err = g.AddNode(gm.Node{ID: "x", Kind: "wizard", Label: "X"})
	assert.ErrorIs(t, err, gm.ErrInvalid)
	_, err = g.AddNode(gm.Node{ID: "x", Kind: gm.KindVenue, Type: gm.TypePerson, Label: "X"})
	assert.ErrorIs(t, err, gm.ErrInvalid)
	_, err = g.AddNode(gm.Node{ID: "x", Kind: gm.KindActor, Label: "X", Mentions: []gm.Span{{Doc: "d1", Start: 5, End: 5000}}})
	assert.ErrorIs(t, err, gm.ErrInvalid)
	_, err = g.AddNode(gm.Node{ID: "x", Kind: gm.KindActor, Label: "X", Mentions: []gm.Span{{Doc: "nope", Start: 0, End: 1}}})
	assert.ErrorIs(t, err, gm.ErrNotFound)
	_, err = g.Connect(gm.EdgeSpeaker, "moscow", "s1")
	assert.ErrorIs(t, err, gm.ErrInvalid, "a venue cannot speak")
	_, err = g.Connect(gm.EdgeParticipant, "putin", "ghost")
	assert.ErrorIs(t, err, gm.ErrNotFound)
	assert.Equal(t, 8, g.NodeCount())
}

func TestConnectAccumulatesEvidenceAndDocuments(t *testing.T) {
	g := fixture(t)
	_, err := g.AddDocument(gm.Document{ID: "d2", Text: "Putin met Witkoff again."})
	require.NoError(t, err)
	e, err := g.Connect(gm.EdgeParticipant, "putin", "m1", gm.Span{Doc: "d2", Start: 0, End: 9})
	require.NoError(t, err)
	assert.Len(t, e.Evidence, 2)
	assert.Equal(t, 2, e.DocCount())
	e, err = g.Connect(gm.EdgeParticipant, "putin", "m1", gm.Span{Doc: "d2", Start: 0, End: 9})
	require.NoError(t, err)
	assert.Len(t, e.Evidence, 2, "the same span is not counted twice")
	assert.Equal(t, 7, g.EdgeCount())
}

func TestRename(t *testing.T) {
	g := fixture(t)
	require.NoError(t, g.RenameNode("putin", "V. V. Putin"))
	n, _ := g.Node("putin")
	assert.Equal(t, "V. V. Putin", n.Label)
	assert.Equal(t, []string{"Putin", "Vladimir Putin"}, n.Aliases, "the old label stays findable")
	assert.Equal(t, "putin", g.Search("vladimir", 0)[0].Node.ID)
	assert.ErrorIs(t, g.RenameNode("putin", "  "), gm.ErrInvalid)
	assert.ErrorIs(t, g.RenameNode("nobody", "X"), gm.ErrNotFound)
}

func TestRemoveNodeTakesItsEdges(t *testing.T) {
	g := fixture(t)
	require.NoError(t, g.RemoveNode("m1"))
	_, ok := g.Node("m1")
	assert.False(t, ok)
	assert.Equal(t, 3, g.EdgeCount(), "the four edges of m1 are gone")
	for _, e := range g.Edges() {
		assert.NotEqual(t, "m1", e.Source)
		assert.NotEqual(t, "m1", e.Target)
	}
	assert.Equal(t, []string{"call"}, ids(g.Neighbours("putin")))
	_, err := g.ShortestPath("witkoff", "putin")
	assert.ErrorIs(t, err, gm.ErrNotFound, "the only path went through m1")
}

func TestMergeKeepsEverything(t *testing.T) {
	g := fixture(t)
	// A second node for Putin, as a careless extraction might make it.
	_, err := g.AddNode(gm.Node{ID: "putin2", Kind: gm.KindActor, Type: gm.TypePerson, Label: "President Putin",
		Attrs: map[string]string{"role": "president"}, Mentions: []gm.Span{{Doc: "d1", Start: 86, End: 91}}})
	require.NoError(t, err)
	_, err = g.AddNode(gm.Node{ID: "m2", Kind: gm.KindMeeting, Label: "other talks"})
	require.NoError(t, err)
	_, err = g.Connect(gm.EdgeParticipant, "putin2", "m1", gm.Span{Doc: "d1", Start: 0, End: 10})
	require.NoError(t, err)
	_, err = g.Connect(gm.EdgeParticipant, "putin2", "m2")
	require.NoError(t, err)
	before := g.EdgeCount()

	require.NoError(t, g.MergeNodes("putin", "putin2"))
	_, ok := g.Node("putin2")
	assert.False(t, ok)
	n, _ := g.Node("putin")
	assert.Equal(t, []string{"President Putin", "Putin"}, n.Aliases)
	assert.Len(t, n.Mentions, 3)
	assert.Equal(t, "president", n.Attr("role"))
	assert.Equal(t, []string{"call", "m1", "m2"}, ids(g.Neighbours("putin")))
	e, ok := g.Edge(gm.EdgeID(gm.EdgeParticipant, "putin", "m1"))
	require.True(t, ok)
	assert.Len(t, e.Evidence, 2, "evidence of the duplicate edge folded in")
	assert.Equal(t, before-1, g.EdgeCount(), "one edge folded into an existing one")
}

func TestMergeRules(t *testing.T) {
	g := fixture(t)
	assert.ErrorIs(t, g.MergeNodes("putin", "moscow"), gm.ErrInvalid, "kinds differ")
	assert.ErrorIs(t, g.MergeNodes("putin", "putin"), gm.ErrInvalid)
	assert.ErrorIs(t, g.MergeNodes("putin", "ghost"), gm.ErrNotFound)

	require.NoError(t, g.SetNodeAttr("putin", "role", "president"))
	_, err := g.AddNode(gm.Node{ID: "e", Kind: gm.KindEntity, Label: "VVP", Attrs: map[string]string{"role": "leader"}})
	require.NoError(t, err)
	_, err = g.AddNode(gm.Node{ID: "p", Kind: gm.KindEntity, Label: "Paris"})
	require.NoError(t, err)
	_, err = g.AddEdge(gm.Edge{ID: "r", Kind: gm.EdgeRelated, Source: "e", Target: "p"})
	require.NoError(t, err)
	_, err = g.AddEdge(gm.Edge{ID: "r#2", Kind: gm.EdgeRelated, Source: "e", Target: "p", Attrs: map[string]string{"w": "2"}})
	require.NoError(t, err)
	require.NoError(t, g.MergeNodes("putin", "e"), "an entity merges into a typed node")
	n, _ := g.Node("putin")
	assert.Equal(t, "president", n.Attr("role"), "kept")
	assert.Equal(t, "leader", n.Attr("merged.role"), "the conflicting value is not lost")
	assert.Len(t, g.EdgesBetween("putin", "p"), 2, "parallel edges with their own ids survive a merge")
}

func TestMergeUndoRestoresBothNodes(t *testing.T) {
	g := fixture(t)
	_, err := g.AddNode(gm.Node{ID: "putin2", Kind: gm.KindActor, Label: "President Putin"})
	require.NoError(t, err)
	_, err = g.Connect(gm.EdgeParticipant, "putin2", "call")
	require.NoError(t, err)
	nodes, edges := snapshot(g)

	p, err := g.Record(func(g *gm.Graph) error { return g.MergeNodes("putin", "putin2") })
	require.NoError(t, err)
	assert.False(t, p.Empty())
	merged, _ := snapshot(g)
	p.Undo(g)
	assert.Equal(t, nodes, g.Nodes())
	assert.Equal(t, edges, g.Edges())
	assert.Equal(t, []string{"call"}, ids(g.Neighbours("putin2")), "adjacency restored too")
	p.Redo(g)
	assert.Equal(t, merged, g.Nodes())
	_, ok := g.Node("putin2")
	assert.False(t, ok)
}

func TestRecordUndoesAFailedEdit(t *testing.T) {
	g := fixture(t)
	nodes, _ := snapshot(g)
	_, err := g.Record(func(g *gm.Graph) error {
		require.NoError(t, g.RemoveNode("moscow"))
		return g.RenameNode("ghost", "x")
	})
	require.ErrorIs(t, err, gm.ErrNotFound)
	assert.Equal(t, nodes, g.Nodes(), "the half-done edit is rolled back")
	assert.Equal(t, 7, g.EdgeCount())
}

func TestDeleteUndo(t *testing.T) {
	g := fixture(t)
	p, err := g.Record(func(g *gm.Graph) error { return g.RemoveNode("m1") })
	require.NoError(t, err)
	p.Undo(g)
	assert.Equal(t, []string{"moscow", "putin", "s1", "witkoff"}, ids(g.Neighbours("m1")))
	path, err := g.ShortestPath("witkoff", "zelenskyy")
	require.NoError(t, err)
	assert.Equal(t, []string{"witkoff", "m1", "putin", "call", "zelenskyy"}, path)
}

func TestEgo(t *testing.T) {
	g := fixture(t)
	s, err := g.Ego("witkoff", 0)
	require.NoError(t, err)
	assert.Equal(t, []string{"witkoff"}, s.Nodes)
	s, err = g.Ego("witkoff", 1)
	require.NoError(t, err)
	assert.Equal(t, []string{"m1", "witkoff"}, s.Nodes)
	assert.Equal(t, []string{gm.EdgeID(gm.EdgeParticipant, "witkoff", "m1")}, s.Edges)
	s, err = g.Ego("witkoff", 2)
	require.NoError(t, err)
	assert.Equal(t, []string{"m1", "moscow", "putin", "s1", "witkoff"}, s.Nodes)
	assert.Len(t, s.Edges, 4, "only edges among the selected nodes")
	s, err = g.Ego("witkoff", -1)
	require.NoError(t, err)
	assert.Len(t, s.Nodes, 8, "the whole component")
	_, err = g.Ego("ghost", 1)
	assert.ErrorIs(t, err, gm.ErrNotFound)
}

func TestInduced(t *testing.T) {
	g := fixture(t)
	s := g.Induced([]string{"putin", "m1", "ghost", "moscow"})
	assert.Equal(t, []string{"m1", "moscow", "putin"}, s.Nodes)
	assert.Equal(t, []string{gm.EdgeID(gm.EdgeParticipant, "putin", "m1"), gm.EdgeID(gm.EdgeVenue, "m1", "moscow")}, s.Edges, "sorted by id")
}

func TestSelect(t *testing.T) {
	g := fixture(t)
	s := g.Select(gm.ViewSpec{Kinds: []gm.Kind{gm.KindActor, gm.KindMeeting}})
	assert.Equal(t, []string{"call", "kremlin", "m1", "putin", "witkoff", "zelenskyy"}, s.Nodes)
	assert.Len(t, s.Edges, 4)
	s = g.Select(gm.ViewSpec{HiddenTypes: []string{"actor/organization", "venue/city"}})
	assert.False(t, s.Has("kremlin"))
	assert.False(t, s.Has("moscow"))
	assert.True(t, s.Has("putin"))
	s = g.Select(gm.ViewSpec{Focus: "zelenskyy", Hops: 2})
	assert.Equal(t, []string{"call", "putin", "zelenskyy"}, s.Nodes)
	s = g.Select(gm.ViewSpec{Focus: "zelenskyy", Hops: 2, Kinds: []gm.Kind{gm.KindMeeting}})
	assert.Empty(t, s.Nodes, "a focus hidden by the filters shows nothing")
	s = g.Select(gm.ViewSpec{MinDocs: 2})
	assert.Empty(t, s.Nodes, "every node has spans in one document only")
	assert.Len(t, g.Select(gm.ViewSpec{}).Nodes, 8)

	s = g.Select(gm.ViewSpec{MaxNodes: 3})
	assert.Equal(t, []string{"call", "m1", "putin"}, s.Nodes, "the best connected nodes, ties by id")
	assert.Equal(t, 2, len(s.Edges))
	s = g.Select(gm.ViewSpec{MaxNodes: 3, Focus: "zelenskyy", Hops: 1})
	assert.Equal(t, []string{"call", "zelenskyy"}, s.Nodes, "a focus is not cut")
}

func TestSearchIgnoresCaseAndAccents(t *testing.T) {
	g := fixture(t)
	_, err := g.AddNode(gm.Node{ID: "geneve", Kind: gm.KindVenue, Type: gm.TypeCity, Label: "Genève", Aliases: []string{"Geneva"}})
	require.NoError(t, err)
	hits := g.Search("GENEVE", 0)
	require.Len(t, hits, 1)
	assert.Equal(t, "geneve", hits[0].Node.ID)
	assert.Equal(t, "Genève", hits[0].Matched)
	hits = g.Search("zélensk", 0)
	require.Len(t, hits, 2, "the person and the call named after him")
	assert.Equal(t, "zelenskyy", hits[0].Node.ID, "a prefix match ranks above a match inside a name")

	hits = g.Search("p", 0)
	require.NotEmpty(t, hits)
	assert.Equal(t, "putin", hits[0].Node.ID, "a name starting with the query ranks first (Putin has 2 mentions)")
	assert.Empty(t, g.Search("  ", 0))
	assert.Len(t, g.Search("t", 2), 2, "limit")
}

func TestExcerpt(t *testing.T) {
	g := fixture(t)
	n, _ := g.Node("zelenskyy")
	ex, err := g.Excerpt(n.Mentions[0])
	require.NoError(t, err)
	assert.Equal(t, "Putin later spoke to ", ex.Before)
	assert.Equal(t, "Zelenskyy", ex.Match)
	assert.Equal(t, ".", ex.After)
	assert.Equal(t, "Doc one", ex.DocTitle)
	w, _ := g.Node("witkoff")
	ex, err = g.Excerpt(w.Mentions[0])
	require.NoError(t, err)
	assert.Equal(t, "Russian President Vladimir Putin met U.S. envoy ", ex.Before, "U.S. does not end the sentence")
	_, err = g.Excerpt(gm.Span{Doc: "d1", Start: 0, End: 99999})
	assert.Error(t, err)
}

func TestCounts(t *testing.T) {
	c := fixture(t).Counts()
	assert.Equal(t, 1, c.Documents)
	assert.Equal(t, 8, c.Nodes)
	assert.Equal(t, 4, c.ByKind[gm.KindActor])
	assert.Equal(t, 3, c.ByKindType["actor/person"])
	assert.Equal(t, 1, c.ByKindType["statement/"])
	assert.Equal(t, 4, c.ByEdgeKind[gm.EdgeParticipant])
}

func TestRemoveDocumentDropsItsSpans(t *testing.T) {
	g := fixture(t)
	require.NoError(t, g.RemoveDocument("d1"))
	n, ok := g.Node("putin")
	require.True(t, ok, "nodes stay")
	assert.Empty(t, n.Mentions)
	assert.ErrorIs(t, g.RemoveDocument("d1"), gm.ErrNotFound)
}

// snapshot returns deep copies of the graph's nodes and edges, which the
// graph's own pointers would not survive an edit as.
func snapshot(g *gm.Graph) ([]*gm.Node, []*gm.Edge) {
	var ns []*gm.Node
	for _, n := range g.Nodes() {
		ns = append(ns, n.Clone())
	}
	var es []*gm.Edge
	for _, e := range g.Edges() {
		es = append(es, e.Clone())
	}
	return ns, es
}
