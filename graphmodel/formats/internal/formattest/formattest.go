// Package formattest holds test helpers shared by the file format
// packages: a graph that exercises everything an export must keep, and a
// comparison that says what a round trip lost.
package formattest

import (
	"maps"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
)

// Fixture opens a file of ../shared/fixtures/graphs seen from a package
// directory dirs levels below the repository root (graphmodel/formats/gexf
// is 3 levels down).
func Fixture(t testing.TB, dirs int, rel string) *os.File {
	t.Helper()
	parts := []string{}
	for range dirs + 1 {
		parts = append(parts, "..")
	}
	parts = append(parts, "shared", "fixtures", "graphs", rel)
	f, err := os.Open(filepath.Join(parts...))
	require.NoError(t, err)
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// Texts of the documents of Rich: Unicode from several scripts, CR LF line
// ends, tabs, quotes and XML's special characters.
const (
	Doc1Text = "Vladimir Putin met Steve Witkoff in Moscow on 6 August.\r\n«Кремль» said: \"talks were useful\" & <constructive>.\tNext: ]]> done."
	Doc2Text = "محادثات في الدوحة 🤝 — Zoë & Łukasz met at Café ﬁne. 東京で会談。"
)

// Rich returns a graph with documents, spans, aliases, odd Unicode, every
// node kind, attributes whose names and values stress a flat format,
// directed and undirected edges, parallel edges and a loop. All of its
// strings are allowed in XML 1.0.
func Rich(t testing.TB) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	g.Attrs["title"] = "Talks & <tensions> — «Ünïcode»"
	g.Attrs["description"] = "two\nlines"
	_, err := g.AddDocument(graphmodel.Document{ID: "d1", Title: "Moscow talks", Source: "https://example.org/a?x=1&y=2", Published: "2025-08-06", Text: Doc1Text})
	require.NoError(t, err)
	_, err = g.AddDocument(graphmodel.Document{ID: "d 2/ü", Title: "Doha", Text: Doc2Text})
	require.NoError(t, err)

	nodes := []graphmodel.Node{
		{ID: "actor:putin", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Vladimir Putin",
			Aliases: []string{"Putin", "Путин"}, Attrs: map[string]string{graphmodel.AttrRole: "president"},
			Mentions: []graphmodel.Span{at("d1", Doc1Text, "Vladimir Putin"), at("d1", Doc1Text, "Putin")}},
		{ID: "actor:witkoff", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Steve Witkoff",
			Mentions: []graphmodel.Span{at("d1", Doc1Text, "Steve Witkoff")}},
		{ID: "venue:moscow", Kind: graphmodel.KindVenue, Type: graphmodel.TypeCity, Label: "Moscow",
			Attrs: map[string]string{"x": "12.5", "y": "-3e2", "viz.color": "#a0b1c2", "viz.size": "4"}},
		{ID: "meeting:1", Kind: graphmodel.KindMeeting, Label: "Putin–Witkoff talks",
			Attrs: map[string]string{graphmodel.AttrDate: "2025-08-06", graphmodel.AttrDateText: "6 August", graphmodel.AttrStatus: graphmodel.StatusHeld}},
		{ID: "statement:1", Kind: graphmodel.KindStatement, Label: "talks were useful",
			Attrs: map[string]string{graphmodel.AttrQuote: "\"talks were useful\"\nand 'constructive'", graphmodel.AttrIndirect: "false"}},
		{ID: "ent <1> & \"q\" 'a'", Kind: graphmodel.KindEntity, Type: "gene", Label: "  spaced\tlabel  ",
			Aliases: []string{"ﬁne", "Zoë"}, Mentions: []graphmodel.Span{at("d 2/ü", Doc2Text, "محادثات"), at("d 2/ü", Doc2Text, "Zoë")},
			Attrs: map[string]string{
				"Modularity Class": "3", "label": "own label attr", "attr.x": "escaped twice", "kind": "not a kind",
				"crlf": "a\r\nb", "ws": "  lead and trail  ", "empty": "", "x": "left", "viz.color": "#ABCDEF",
				"emoji 🤝": "東京", "cdata": "]]> <![CDATA[ x ]]>", "amp": "&amp; &lt; literal",
			}},
		{ID: "🤝", Kind: graphmodel.KindEntity, Label: "🤝"},
	}
	for _, n := range nodes {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	_, err = g.Connect(graphmodel.EdgeParticipant, "actor:putin", "meeting:1", at("d1", Doc1Text, "met"))
	require.NoError(t, err)
	_, err = g.Connect(graphmodel.EdgeParticipant, "actor:witkoff", "meeting:1", at("d1", Doc1Text, "met"), at("d 2/ü", Doc2Text, "🤝"))
	require.NoError(t, err)
	_, err = g.Connect(graphmodel.EdgeVenue, "meeting:1", "venue:moscow")
	require.NoError(t, err)
	_, err = g.Connect(graphmodel.EdgeSpeaker, "actor:putin", "statement:1", at("d1", Doc1Text, "«Кремль» said"))
	require.NoError(t, err)
	edges := []graphmodel.Edge{
		{ID: "r1", Kind: graphmodel.EdgeRelated, Source: "ent <1> & \"q\" 'a'", Target: "🤝", Undirected: true,
			Attrs: map[string]string{"weight": "2.5", "label": "knows", "note": "line1\nline2\ttab"}},
		{ID: "r2", Kind: graphmodel.EdgeRelated, Source: "ent <1> & \"q\" 'a'", Target: "🤝",
			Attrs: map[string]string{"weight": "heavy"}, Evidence: []graphmodel.Span{at("d 2/ü", Doc2Text, "Café ﬁne")}},
		{ID: "loop", Kind: graphmodel.EdgeRelated, Source: "🤝", Target: "🤝", Undirected: true},
	}
	for _, e := range edges {
		_, err := g.AddEdge(e)
		require.NoError(t, err)
	}
	return g
}

// at returns the span of the first sub in text.
func at(doc, text, sub string) graphmodel.Span {
	i := strings.Index(text, sub)
	return graphmodel.Span{Doc: doc, Start: i, End: i + len(sub)}
}

// AssertSameGraph fails unless got has the documents, nodes, edges and
// graph attributes of want. The "format" attribute, which names the file
// a graph was read from, is not compared.
func AssertSameGraph(t testing.TB, want, got *graphmodel.Graph) {
	t.Helper()
	assert.Equal(t, want.Documents(), got.Documents(), "documents")
	assert.Equal(t, want.Nodes(), got.Nodes(), "nodes")
	assert.Equal(t, want.Edges(), got.Edges(), "edges")
	wa, ga := maps.Clone(want.Attrs), maps.Clone(got.Attrs)
	delete(wa, "format")
	delete(ga, "format")
	if len(wa) == 0 {
		wa = nil
	}
	if len(ga) == 0 {
		ga = nil
	}
	assert.Equal(t, wa, ga, "graph attributes")
}
