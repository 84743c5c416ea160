package jgf_test

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/formattest"
	"dossier/graphmodel/formats/internal/jsontree"
	"dossier/graphmodel/formats/jgf"
)

var update = flag.Bool("update", false, "rewrite golden files")

func decodeString(t *testing.T, in string) (*graphmodel.Graph, []string, error) {
	t.Helper()
	return jgf.DecodeWithWarnings(strings.NewReader(in), "test.json")
}

func mustDecode(t *testing.T, in string) (*graphmodel.Graph, []string) {
	t.Helper()
	g, warns, err := decodeString(t, in)
	require.NoError(t, err)
	return g, warns
}

func node(t *testing.T, g *graphmodel.Graph, id string) *graphmodel.Node {
	t.Helper()
	n, ok := g.Node(id)
	require.True(t, ok, "node %q", id)
	return n
}

// The counts are those of SOURCES.md. car_graphs.json holds two graphs of
// 4 and 3 nodes that share the ids "nissan" and "toyota": both graphs are
// imported, the shared ids prefixed by their graph, so the counts add up.
func TestFixtures(t *testing.T) {
	cases := []struct {
		file         string
		nodes, edges int
	}{
		{"usual_suspects.json", 2, 1},
		{"car_graphs.json", 4 + 3, 2 + 2},
		{"les_miserables.json", 77, 254},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			g, warns, err := jgf.DecodeWithWarnings(formattest.Fixture(t, 3, "jgf/"+c.file), c.file)
			require.NoError(t, err)
			assert.Empty(t, warns)
			assert.Equal(t, c.nodes, g.NodeCount())
			assert.Equal(t, c.edges, g.EdgeCount())
			assert.Equal(t, "jgf", g.Attrs["format"])
		})
	}
}

func TestUsualSuspects(t *testing.T) {
	g, err := jgf.Decode(formattest.Fixture(t, 3, "jgf/usual_suspects.json"), "usual_suspects.json")
	require.NoError(t, err)
	söze := node(t, g, "Keyser Söze")
	assert.Equal(t, graphmodel.KindEntity, söze.Kind)
	assert.Equal(t, "Keyser Söze", söze.Label)
	assert.Equal(t, map[string]string{"actor": "Kevin Spacey"}, söze.Attrs)
	assert.Equal(t, "Verbal", node(t, g, "Roger Kint").Attr("nickname"))
	es := g.EdgesBetween("Roger Kint", "Keyser Söze")
	require.Len(t, es, 1)
	assert.Equal(t, "Roger Kint", es[0].Source, "direction kept")
	assert.False(t, es[0].Undirected, "JGF graphs are directed unless they say otherwise")
	assert.Equal(t, graphmodel.EdgeRelated, es[0].Kind)
	assert.Equal(t, "is", es[0].Attr("relation"))
	assert.Equal(t, "1995", g.Attrs["release year"])
	assert.Equal(t, "Usual Suspects", g.Attrs["label"])
	assert.Equal(t, "movie characters", g.Attrs["type"])
}

func TestLesMiserablesKeepsDottedIDsAndMetadata(t *testing.T) {
	g, err := jgf.Decode(formattest.Fixture(t, 3, "jgf/les_miserables.json"), "les_miserables.json")
	require.NoError(t, err)
	assert.Equal(t, "1", node(t, g, "Mlle.Baptistine").Attr("group"))
	es := g.EdgesBetween("Napoleon", "Myriel")
	require.Len(t, es, 1)
	assert.Equal(t, "1", es[0].Attr("value"))
}

func TestSeveralGraphsAreAllImported(t *testing.T) {
	g, err := jgf.Decode(formattest.Fixture(t, 3, "jgf/car_graphs.json"), "car_graphs.json")
	require.NoError(t, err)
	const rel, ctry = "car-manufacturer-relationships", "car-manufacturer-countries"
	// Ids used by both graphs are prefixed in each; the others stay.
	for _, c := range []struct{ id, graph, orig string }{
		{rel + "/nissan", rel, "nissan"}, {ctry + "/nissan", ctry, "nissan"},
		{rel + "/toyota", rel, "toyota"}, {ctry + "/toyota", ctry, "toyota"},
		{"infiniti", rel, ""}, {"lexus", rel, ""}, {"japan", ctry, ""},
	} {
		n := node(t, g, c.id)
		assert.Equal(t, c.graph, n.Attr(jgf.AttrGraph), c.id)
		assert.Equal(t, c.orig, n.Attr(jgf.AttrID), c.id)
	}
	assert.Equal(t, "Nissan", node(t, g, ctry+"/nissan").Label)
	// The second graph lists the same edge twice: both are kept.
	es := g.EdgesBetween(ctry+"/nissan", "japan")
	require.Len(t, es, 2)
	assert.Equal(t, "country_of_origin", es[1].Attr("relation"))
	assert.Len(t, g.EdgesBetween(rel+"/nissan", "infiniti"), 1)
	assert.Equal(t, `["`+rel+`","`+ctry+`"]`, g.Attrs["jgf.graphs"])
	assert.Equal(t, "Car Manufacturer Countries", g.Attrs[ctry+".label"])
	assert.Equal(t, "car", g.Attrs[rel+".type"])
}

func TestVersion1ArraysTypesAndKinds(t *testing.T) {
	g, warns := mustDecode(t, `{"graph": {"directed": false,
		"nodes": [
			{"id": 1, "label": "Putin", "type": "person"},
			{"id": "moscow", "label": "Moscow", "metadata": {"kind": "venue", "type": "city"}},
			{"id": "m", "metadata": {"kind": "meeting", "date": "2025-08-06"}},
			{"id": "g", "type": "gene"}
		],
		"edges": [
			{"source": 1, "target": "m", "relation": "participant", "metadata": {"kind": "participant"}},
			{"id": "v", "source": "m", "target": "moscow", "metadata": {"kind": "venue"}, "directed": true},
			{"source": "g", "target": "moscow", "relation": "expressed in", "label": "found"}
		]}}`)
	assert.Empty(t, warns)
	putin := node(t, g, "1")
	assert.Equal(t, graphmodel.KindActor, putin.Kind, "a type naming an actor type makes an actor")
	assert.Equal(t, graphmodel.TypePerson, putin.Type)
	assert.Equal(t, graphmodel.KindVenue, node(t, g, "moscow").Kind)
	assert.Equal(t, "2025-08-06", node(t, g, "m").Attr("date"))
	assert.Equal(t, "m", node(t, g, "m").Label, "the id stands in for a missing label")
	gene := node(t, g, "g")
	assert.Equal(t, graphmodel.KindEntity, gene.Kind)
	assert.Equal(t, "gene", gene.Type)

	es := g.EdgesBetween("1", "m")
	require.Len(t, es, 1)
	assert.Equal(t, graphmodel.EdgeParticipant, es[0].Kind)
	assert.Empty(t, es[0].Attr("relation"), "a relation repeating the kind is not kept twice")
	assert.True(t, es[0].Undirected, "graph says undirected")
	v, ok := g.Edge("v")
	require.True(t, ok)
	assert.Equal(t, graphmodel.EdgeVenue, v.Kind)
	assert.False(t, v.Undirected, "the edge's own directed wins")
	es = g.EdgesBetween("g", "moscow")
	require.Len(t, es, 1)
	assert.Equal(t, graphmodel.EdgeRelated, es[0].Kind)
	assert.Equal(t, map[string]string{"relation": "expressed in", "label": "found"}, es[0].Attrs)
}

func TestMetadataIsFlattened(t *testing.T) {
	g, warns := mustDecode(t, `{"graph": {"nodes": {"a": {"metadata": {
		"address": {"city": "Paris", "geo": {"lat": 48.85}},
		"tags": ["x", 1, {"y": null}], "none": null, "ok": true,
		"json": "{\"kept\": \"as text\"}", "address.city": "Lyon"}, "extra": {"z": 1}}}}}`)
	n := node(t, g, "a")
	assert.Equal(t, map[string]string{
		"address.city": "Paris", "address.geo.lat": "48.85", "tags": `["x",1,{"y":null}]`,
		"ok": "true", "json": `{"kept": "as text"}`, "extra.z": "1",
	}, n.Attrs)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0], `$.graph.nodes.a.metadata: attribute "address.city" given twice`)
}

func TestHyperedgesBecomeHubNodes(t *testing.T) {
	g, warns := mustDecode(t, `{"graph": {"nodes": {"a": {}, "b": {}, "c": {}, "d": {}},
		"hyperedges": [
			{"nodes": ["a", "b", "c"], "relation": "co-authors", "metadata": {"year": 2020}},
			{"source": ["a", "b"], "target": ["d"], "metadata": {"weight": 17}}
		]}}`)
	require.Len(t, warns, 1)
	assert.Contains(t, warns[0], "2 hyperedges became hub nodes")
	assert.Equal(t, 6, g.NodeCount())
	assert.Equal(t, 6, g.EdgeCount())

	h1 := node(t, g, "hyperedge-1")
	assert.Equal(t, graphmodel.KindEntity, h1.Kind)
	assert.Equal(t, jgf.HyperedgeType, h1.Type)
	assert.Equal(t, "co-authors", h1.Label)
	assert.Equal(t, "2020", h1.Attr("year"))
	for _, m := range []string{"a", "b", "c"} {
		es := g.EdgesBetween("hyperedge-1", m)
		require.Len(t, es, 1, m)
		assert.True(t, es[0].Undirected)
		assert.Equal(t, "member", es[0].Attr(jgf.AttrRole))
	}
	h2 := node(t, g, "hyperedge-2")
	assert.Equal(t, "17", h2.Attr("weight"))
	es := g.EdgesBetween("a", "hyperedge-2")
	require.Len(t, es, 1)
	assert.Equal(t, "a", es[0].Source, "sources point at the hub")
	es = g.EdgesBetween("hyperedge-2", "d")
	require.Len(t, es, 1)
	assert.Equal(t, "hyperedge-2", es[0].Source, "the hub points at the targets")
	assert.False(t, es[0].Undirected)
}

func TestRepeatedIDsStayApartCheaply(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"graphs": [`)
	const n = 20000 // quadratic renaming would take minutes
	for i := range n {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString(`{"id": "g", "nodes": {"a": {}}, "hyperedges": [{"id": "h", "nodes": ["a"]}]}`)
	}
	b.WriteString(`]}`)
	g, warns := mustDecode(t, b.String())
	assert.Equal(t, 2*n, g.NodeCount())
	assert.Equal(t, "g#2", node(t, g, "g#2/a").Attr(jgf.AttrGraph), "the second graph called g")
	assert.Equal(t, "h", node(t, g, "h").ID, "the first hyperedge keeps its id")
	assert.Equal(t, "g#2", node(t, g, "hyperedge-2").Attr(jgf.AttrGraph), "later ones are numbered")
	assert.Len(t, warns, 1)
}

func TestEdgeIDsDoNotCollide(t *testing.T) {
	g, _ := mustDecode(t, `{"graph": {"nodes": {"a": {}, "b": {}}, "edges": [
		{"source": "a", "target": "b"}, {"id": "e1", "source": "b", "target": "a"}, {"source": "a", "target": "a"}]}}`)
	assert.Equal(t, 3, g.EdgeCount())
	e1, ok := g.Edge("e1")
	require.True(t, ok)
	assert.Equal(t, "b", e1.Source, "the file's own id is kept; generated ones avoid it")
}

func TestEmptyGraphs(t *testing.T) {
	for _, in := range []string{`{"graphs": []}`, `{"graph": {}}`, `{"graph": {"nodes": null, "edges": null}}`, `{"graphs": [{"nodes": {}}]}`} {
		g, _ := mustDecode(t, in)
		assert.Equal(t, 0, g.NodeCount(), in)
	}
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name, in, want string
		is             error
	}{
		{"empty", "", "test.json: file is empty", nil},
		{"truncated", `{"graph": {"nodes": {"a": {}`, "test.json:1:29: $.graph.nodes: unexpected end of file", nil},
		{"not JGF", `{"nodes": []}`, `test.json:1:1: $: not a JSON Graph Format file: no "graph" or "graphs"`, nil},
		{"array root", `[]`, `$: expected a JSON Graph Format object`, nil},
		{"both", `{"graph": {}, "graphs": []}`, `$.graphs: a file holds either "graph" or "graphs"`, nil},
		{"graph not object", `{"graph": []}`, `$.graph: expected a graph object, found array`, nil},
		{"graphs item", `{"graphs": [{}, 3]}`, `$.graphs[1]: expected a graph object, found number`, nil},
		{"nodes string", `{"graph": {"nodes": "a"}}`, `$.graph.nodes: expected nodes as an object keyed by id or an array, found string`, nil},
		{"node not object", `{"graph": {"nodes": {"a": [1]}}}`, `$.graph.nodes.a: expected a node object, found array`, nil},
		{"duplicate key", "{\"graph\": {\"nodes\": {\"a\": {},\n \"a\": {}}}}", `test.json:2:7: $.graph.nodes.a: duplicate node id "a" (first at $.graph.nodes.a)`, graphmodel.ErrDuplicate},
		{"duplicate v1", `{"graph": {"nodes": [{"id": "a"}, {"id": "a"}]}}`, `$.graph.nodes[1]: duplicate node id "a" (first at $.graph.nodes[0])`, graphmodel.ErrDuplicate},
		{"number and string id", `{"graph": {"nodes": [{"id": 1}, {"id": "1"}]}}`, `duplicate node id "1"`, graphmodel.ErrDuplicate},
		{"node without id", `{"graph": {"nodes": [{"label": "x"}]}}`, `$.graph.nodes[0]: node without an id`, graphmodel.ErrInvalid},
		{"id of wrong type", `{"graph": {"nodes": [{"id": true}]}}`, `$.graph.nodes[0].id: expected a node id (string or number), found boolean`, nil},
		{"label object", `{"graph": {"nodes": {"a": {"label": {}}}}}`, `$.graph.nodes.a.label: expected text, found object`, nil},
		{"metadata array", `{"graph": {"nodes": {"a": {"metadata": []}}}}`, `$.graph.nodes.a.metadata: expected a metadata object, found array`, nil},
		{"missing target", `{"graph": {"nodes": {"a": {}}, "edges": [{"source": "a", "target": "b"}]}}`, `$.graph.edges[0].target: no node with id "b" in graph "graph-1"`, graphmodel.ErrNotFound},
		{"no source", `{"graph": {"nodes": {"a": {}}, "edges": [{"target": "a"}]}}`, `$.graph.edges[0].source: missing source`, graphmodel.ErrInvalid},
		{"source array", `{"graph": {"nodes": {"a": {}}, "edges": [{"source": ["a"], "target": "a"}]}}`, `$.graph.edges[0].source: expected a node id (string or number), found array`, nil},
		{"directed string", `{"graph": {"nodes": {"a": {}}, "edges": [{"source": "a", "target": "a", "directed": "yes"}]}}`, `$.graph.edges[0].directed: expected true or false, found string`, nil},
		{"graph directed", `{"graph": {"directed": 1}}`, `$.graph.directed: expected true or false, found number`, nil},
		{"edges object", `{"graph": {"edges": {}}}`, `$.graph.edges: expected an array of edges, found object`, nil},
		{"duplicate edge id", `{"graph": {"nodes": {"a": {}}, "edges": [{"id": "x", "source": "a", "target": "a"}, {"id": "x", "source": "a", "target": "a"}]}}`, `$.graph.edges[1].id: duplicate edge id "x" (first at $.graph.edges[0].id)`, graphmodel.ErrDuplicate},
		{"edge to other graph", `{"graphs": [{"nodes": {"a": {}}}, {"nodes": {"b": {}}, "edges": [{"source": "b", "target": "a"}]}]}`, `$.graphs[1].edges[0].target: no node with id "a" in graph "graph-2"`, graphmodel.ErrNotFound},
		{"hyperedge member", `{"graph": {"nodes": {"a": {}}, "hyperedges": [{"nodes": ["a", "zz"]}]}}`, `$.graph.hyperedges[0].nodes[1]: no node with id "zz"`, graphmodel.ErrNotFound},
		{"hyperedge shape", `{"graph": {"hyperedges": [{"members": []}]}}`, `$.graph.hyperedges[0]: hyperedge without "nodes" or "source" and "target"`, graphmodel.ErrInvalid},
		{"bad mentions", `{"graph": {"nodes": {"a": {"metadata": {"dossier.mentions": "[{\"doc\": \"nope\", \"start\": 0, \"end\": 1}]"}}}}}`, `$.graph.nodes.a: add node "a": span nope[0:1]: document "nope": not found`, graphmodel.ErrNotFound},
		{"latin-1", "{\"graph\": {\"label\": \"caf\xe9\"}}", `test.json:1:25: $.graph.label: invalid UTF-8 inside a string`, nil},
		{"deep", `{"graph": {"metadata": ` + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + `}}`, "nesting deeper than 256 levels", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, _, err := decodeString(t, c.in)
			require.Error(t, err)
			assert.Nil(t, g)
			assert.Contains(t, err.Error(), c.want)
			assert.NotContains(t, err.Error(), "\n")
			if c.is != nil {
				assert.ErrorIs(t, err, c.is)
			}
			var je *jsontree.Error
			assert.ErrorAs(t, err, &je)
		})
	}
}

func TestHugeStringIsRefusedWithItsPath(t *testing.T) {
	var b bytes.Buffer
	b.WriteString(`{"graph": {"nodes": {"a": {"label": "`)
	b.Write(bytes.Repeat([]byte("x"), 100<<20))
	b.WriteString(`"}}}}`)
	_, err := jgf.Decode(&b, "huge.json")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `huge.json:1:37: $.graph.nodes.a.label: string is longer than the limit of 64 MB`)
}

func TestReadErrorsAreReported(t *testing.T) {
	_, err := jgf.Decode(io.MultiReader(strings.NewReader(`{"graph"`), iotestErr{}), "broken.json")
	require.Error(t, err)
	assert.Contains(t, err.Error(), "broken.json: read: disk on fire")
}

type iotestErr struct{}

func (iotestErr) Read([]byte) (int, error) { return 0, errors.New("disk on fire") }

func TestRoundTrip(t *testing.T) {
	want := formattest.Rich(t)
	var buf bytes.Buffer
	require.NoError(t, jgf.Encode(&buf, want, nil))
	got, warns, err := jgf.DecodeWithWarnings(bytes.NewReader(buf.Bytes()), "rt.json")
	require.NoError(t, err)
	assert.Empty(t, warns)
	formattest.AssertSameGraph(t, want, got)

	// And once more: the second export is the same bytes.
	var again bytes.Buffer
	require.NoError(t, jgf.Encode(&again, got, nil))
	assert.Equal(t, buf.String(), again.String())
}

func TestRoundTripOfAnImportedFile(t *testing.T) {
	want, err := jgf.Decode(formattest.Fixture(t, 3, "jgf/car_graphs.json"), "car_graphs.json")
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, jgf.Encode(&buf, want, nil))
	got, warns, err := jgf.DecodeWithWarnings(&buf, "rt.json")
	require.NoError(t, err)
	assert.Empty(t, warns)
	formattest.AssertSameGraph(t, want, got)
}

func TestEncodeSelection(t *testing.T) {
	g := formattest.Rich(t)
	sel, err := g.Ego("venue:moscow", 1)
	require.NoError(t, err)
	var buf bytes.Buffer
	require.NoError(t, jgf.Encode(&buf, g, &sel))
	got, err := jgf.Decode(&buf, "sel.json")
	require.NoError(t, err)
	assert.Equal(t, []string{"meeting:1", "venue:moscow"}, ids(got.Nodes()))
	assert.Equal(t, 1, got.EdgeCount())
	assert.Len(t, got.Documents(), 2, "documents travel with any selection")
}

func ids(ns []*graphmodel.Node) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.ID
	}
	return out
}

func TestEncodeGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, jgf.Encode(&buf, formattest.Rich(t), nil))
	golden := filepath.Join("testdata", "rich.jgf.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), buf.String())
}

func BenchmarkDecodeLesMiserables(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "fixtures", "graphs", "jgf", "les_miserables.json"))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jgf.Decode(bytes.NewReader(data), "les_miserables.json"); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	for _, name := range []string{"usual_suspects.json", "car_graphs.json"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "fixtures", "graphs", "jgf", name))
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(`{"graph": {"directed": false, "nodes": [{"id": 1, "type": "person"}, {"id": "b"}], "edges": [{"source": 1, "target": "b", "metadata": {"kind": "affiliation"}}]}}`))
	f.Add([]byte(`{"graph": {"nodes": {"a": {}, "b": {}}, "hyperedges": [{"nodes": ["a", "b"]}, {"source": ["a"], "target": ["b"]}]}}`))
	f.Add([]byte(`{"graphs": [{"id": "x", "nodes": {"a": {}}}, {"id": "x", "nodes": {"a": {}, "x/a": {}}}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, _, err := jgf.DecodeWithWarnings(bytes.NewReader(data), "fuzz.json")
		if err != nil {
			var je *jsontree.Error
			require.ErrorAs(t, err, &je)
			return
		}
		// Whatever was read writes out and reads back the same.
		var buf bytes.Buffer
		require.NoError(t, jgf.Encode(&buf, g, nil))
		got, err := jgf.Decode(&buf, "again.json")
		require.NoError(t, err, buf.String())
		formattest.AssertSameGraph(t, g, got)
	})
}

// BenchmarkDecodeLarge reads a generated file of 50,000 nodes and 100,000
// edges with metadata, the size the issue asks to open with a progress bar.
func BenchmarkDecodeLarge(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`{"graph": {"id": "big", "nodes": {`)
	const n = 50000
	for i := range n {
		if i > 0 {
			buf.WriteString(",")
		}
		fmt.Fprintf(&buf, `"n%d": {"label": "Node %d", "metadata": {"group": %d, "score": %g, "tags": ["a", "b"]}}`, i, i, i%17, float64(i)/7)
	}
	buf.WriteString(`}, "edges": [`)
	for i := range 2 * n {
		if i > 0 {
			buf.WriteString(",")
		}
		fmt.Fprintf(&buf, `{"source": "n%d", "target": "n%d", "relation": "r", "metadata": {"weight": %d}}`, i%n, (i*7+1)%n, i%5)
	}
	buf.WriteString(`]}}`)
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		g, err := jgf.Decode(bytes.NewReader(data), "large.json")
		if err != nil {
			b.Fatal(err)
		}
		if g.NodeCount() != n {
			b.Fatal(g.NodeCount())
		}
	}
}
