package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/formats"
)

// graphFixtures is ../shared/fixtures/graphs seen from this package.
var graphFixtures = filepath.Join("..", "..", "..", "shared", "fixtures", "graphs")

// convertSample saves a small graph with a document, spans, aliases and
// attributes, and returns its path and the graph.
func convertSample(t *testing.T) (string, *graphmodel.Graph) {
	t.Helper()
	text := "Putin met Xi in Beijing. «Хорошо», said Putin."
	g := graphmodel.New()
	g.Attrs["title"] = "Beijing & beyond"
	_, err := g.AddDocument(graphmodel.Document{ID: "d", Title: "T", Text: text})
	require.NoError(t, err)
	for _, n := range []graphmodel.Node{
		{ID: "a:putin", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Vladimir Putin", Aliases: []string{"Putin"},
			Mentions: []graphmodel.Span{{Doc: "d", Start: 0, End: 5}}, Attrs: map[string]string{"role": "president"}},
		{ID: "a:xi", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Xi Jinping"},
		{ID: "v:beijing", Kind: graphmodel.KindVenue, Type: graphmodel.TypeCity, Label: "Beijing", Attrs: map[string]string{"x": "1.5", "y": "-2"}},
		{ID: "m:1", Kind: graphmodel.KindMeeting, Label: "talks", Attrs: map[string]string{"status": "held"}},
		{ID: "e:1", Kind: graphmodel.KindEntity, Type: "gene", Label: "BRCA1 \"quoted\""},
	} {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	_, err = g.Connect(graphmodel.EdgeParticipant, "a:putin", "m:1", graphmodel.Span{Doc: "d", Start: 6, End: 9})
	require.NoError(t, err)
	_, err = g.Connect(graphmodel.EdgeParticipant, "a:xi", "m:1")
	require.NoError(t, err)
	_, err = g.Connect(graphmodel.EdgeVenue, "m:1", "v:beijing")
	require.NoError(t, err)
	_, err = g.AddEdge(graphmodel.Edge{ID: "r", Kind: graphmodel.EdgeRelated, Source: "e:1", Target: "a:xi", Undirected: true, Attrs: map[string]string{"weight": "2"}})
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "sample.dossier.json")
	require.NoError(t, dossierfile.Save(path, g))
	return path, g
}

func assertSameGraph(t *testing.T, want, got *graphmodel.Graph) {
	t.Helper()
	assert.Equal(t, want.Documents(), got.Documents())
	assert.Equal(t, want.Nodes(), got.Nodes())
	assert.Equal(t, want.Edges(), got.Edges())
	delete(got.Attrs, "format")
	assert.Equal(t, want.Attrs, got.Attrs)
}

// Dossier → X → Dossier keeps the graph, for every format Dossier both
// writes and reads.
func TestConvertRoundTrips(t *testing.T) {
	src, want := convertSample(t)
	dir := t.TempDir()
	for _, info := range formats.Formats() {
		if !info.CanRead || !info.CanWrite || info.Format == formats.Dossier {
			continue
		}
		t.Run(info.Name, func(t *testing.T) {
			mid := filepath.Join(dir, "mid"+info.Extensions[0])
			code, out, errs := run(t, "convert", "-o", mid, src)
			require.Equal(t, 0, code, errs)
			assert.Empty(t, errs)
			assert.Equal(t, src+" (dossier, 5 nodes, 4 edges) → "+mid+"\n", out)

			back := filepath.Join(dir, "back-"+string(info.Format)+".dossier.json")
			code, out, errs = run(t, "convert", "-o", back, mid)
			require.Equal(t, 0, code, errs)
			assert.Contains(t, out, "("+string(info.Format)+", 5 nodes, 4 edges)")
			got, err := dossierfile.Load(back)
			require.NoError(t, err)
			assertSameGraph(t, want, got)
		})
	}
}

func TestConvertFixtures(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		in, out, format string
		nodes, edges    int
	}{
		{"gexf/les_miserables.gexf", "lm.graphml", "gexf", 77, 254},
		{"jgf/car_graphs.json", "cars.cyjs", "jgf", 7, 4},
		{"cytoscape/compound-elements.json", "compound.jgf.json", "cyjs", 28, 35},
		{"graphml/mixed_multigraph.graphml", "multi.gexf", "graphml", 6, 8},
	}
	for _, c := range cases {
		in := filepath.Join(graphFixtures, c.in)
		out := filepath.Join(dir, c.out)
		code, stdout, errs := run(t, "convert", "-o", out, in)
		require.Equal(t, 0, code, errs)
		assert.Equal(t, fmt.Sprintf("%s (%s, %d nodes, %d edges) → %s\n", in, c.format, c.nodes, c.edges, out), stdout)
		// The result opens with the same counts.
		res, err := formats.Open(t.Context(), out, formats.Options{})
		require.NoError(t, err)
		assert.Equal(t, c.nodes, res.Graph.NodeCount(), c.out)
		assert.Equal(t, c.edges, res.Graph.EdgeCount(), c.out)
	}
}

func TestConvertToCSV(t *testing.T) {
	src, _ := convertSample(t)
	dir := t.TempDir()
	code, out, errs := run(t, "convert", "-o", filepath.Join(dir, "table.csv"), src)
	require.Equal(t, 0, code, errs)
	nodes, edges := filepath.Join(dir, "table.nodes.csv"), filepath.Join(dir, "table.edges.csv")
	assert.Equal(t, src+" (dossier, 5 nodes, 4 edges) → "+nodes+", "+edges+"\n", out)
	for _, p := range []string{nodes, edges} {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(data), "id,kind,"), p)
	}
}

func TestConvertExplicitFormats(t *testing.T) {
	src, want := convertSample(t)
	dir := t.TempDir()
	mid := filepath.Join(dir, "graph.json")
	code, _, errs := run(t, "convert", "-to", "JGF", "-o", mid, src)
	require.Equal(t, 0, code, errs)
	back := filepath.Join(dir, "back.dossier.json")
	code, out, errs := run(t, "convert", "-from", "jgf", "-o", back, mid)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "(jgf, 5 nodes, 4 edges)")
	got, err := dossierfile.Load(back)
	require.NoError(t, err)
	assertSameGraph(t, want, got)
}

func TestConvertPrintsWarnings(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "hyper.json")
	require.NoError(t, os.WriteFile(in, []byte(`{"graph": {"nodes": {"a": {}, "b": {}}, "hyperedges": [{"nodes": ["a", "b"]}]}}`), 0o644))
	code, out, errs := run(t, "convert", "-o", filepath.Join(dir, "hyper.graphml"), in)
	require.Equal(t, 0, code, errs)
	assert.Contains(t, out, "(jgf, 3 nodes, 2 edges)")
	assert.Equal(t, "dossier convert: "+in+": warning: 1 hyperedge became a hub node of type \"hyperedge\" joined to its members (Dossier edges join two nodes)\n", errs)
}

func TestConvertErrors(t *testing.T) {
	src, _ := convertSample(t)
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.cyjs")
	require.NoError(t, os.WriteFile(broken, []byte("{\"elements\": [\n  {\"data\": {\"id\": \"a\"}},\n  {\"data\": {\"source\": \"a\", \"target\": \"b\"}}\n]}"), 0o644))
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{src}, 2, "dossier convert: no output file given"},
		{[]string{"-o", filepath.Join(dir, "x.gexf")}, 2, "give exactly one input file"},
		{[]string{"-o", filepath.Join(dir, "x.gexf"), src, src}, 2, "give exactly one input file"},
		{[]string{"-to", "png", "-o", filepath.Join(dir, "x.png"), src}, 2, "-to png: not a format Dossier can write (choose from dossier, graphml, gexf"},
		{[]string{"-from", "csv", "-o", filepath.Join(dir, "x.gexf"), src}, 2, "-from csv: not a format Dossier can read"},
		{[]string{"-o", filepath.Join(dir, "x.gexf"), filepath.Join(dir, "missing.graphml")}, 1, "missing.graphml: no such file or directory"},
		{[]string{"-o", filepath.Join(dir, "x.gexf"), broken}, 1, "broken.cyjs:3:38: $.elements[1].data.target: no node with id \"b\""},
		{[]string{"-o", filepath.Join(dir, "x.json"), src}, 1, "a .json file could be a Dossier graph, JSON Graph Format or Cytoscape JSON"},
		{[]string{"-o", filepath.Join(dir, "x.svg"), src}, 1, "cannot tell the format from the file name"},
	}
	for _, c := range cases {
		code, out, errs := run(t, append([]string{"convert"}, c.args...)...)
		assert.Equal(t, c.code, code, "%v: %s", c.args, errs)
		assert.Empty(t, out)
		assert.Contains(t, errs, c.want, c.args)
		if c.code == 1 {
			assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %s", errs)
		}
	}
	_, err := os.Stat(filepath.Join(dir, "x.gexf"))
	assert.ErrorIs(t, err, os.ErrNotExist, "nothing written on failure")
}
