package cyjs_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/cyjs"
	"dossier/graphmodel/formats/internal/formattest"
	"dossier/graphmodel/formats/internal/jsontree"
)

var update = flag.Bool("update", false, "rewrite golden files")

func decodeString(t *testing.T, in string) (*graphmodel.Graph, []string, error) {
	t.Helper()
	return cyjs.DecodeWithWarnings(strings.NewReader(in), "test.cyjs")
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

func edge(t *testing.T, g *graphmodel.Graph, id string) *graphmodel.Edge {
	t.Helper()
	e, ok := g.Edge(id)
	require.True(t, ok, "edge %q", id)
	return e
}

// Counts as in SOURCES.md.
func TestFixtures(t *testing.T) {
	cases := []struct {
		file         string
		nodes, edges int
	}{
		{"genemania-export.cyjs.json", 31, 255},
		{"compound-elements.json", 28, 35},
		{"tokyo-railways.cyjs.json", 943, 860},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			g, warns, err := cyjs.DecodeWithWarnings(formattest.Fixture(t, 3, "cytoscape/"+c.file), c.file)
			require.NoError(t, err)
			assert.Empty(t, warns)
			assert.Equal(t, c.nodes, g.NodeCount())
			assert.Equal(t, c.edges, g.EdgeCount())
			assert.Equal(t, "cyjs", g.Attrs["format"])
		})
	}
}

func TestGeneManiaDesktopExport(t *testing.T) {
	g, err := cyjs.Decode(formattest.Fixture(t, 3, "cytoscape/genemania-export.cyjs.json"), "genemania.cyjs")
	require.NoError(t, err)
	n := node(t, g, "296") // the SUID, a number in data.SUID, a string in data.id
	assert.Equal(t, graphmodel.KindEntity, n.Kind)
	assert.Equal(t, "H__sapiens__1_-Hs:5285773", n.Label, "label from name")
	assert.Empty(t, n.Attr("name"), "the name is the label, not kept twice")
	assert.Equal(t, "H__sapiens__1_-Hs:5285773", n.Attr("shared_name"))
	assert.Equal(t, "MED6", n.Attr("gene_name"))
	assert.Equal(t, "296", n.Attr("SUID"))
	assert.Equal(t, "0.02800562173812221", n.Attr("score"), "numbers keep their spelling")
	assert.Equal(t, "false", n.Attr("selected"))
	assert.Equal(t, "147.454345703125", n.Attr("x"))
	assert.Equal(t, "-30.69869613647461", n.Attr("y"))

	e := edge(t, g, "343")
	assert.Equal(t, "296", e.Source)
	assert.Equal(t, "87", e.Target)
	assert.False(t, e.Undirected)
	assert.Equal(t, graphmodel.EdgeRelated, e.Kind)
	assert.Equal(t, `["I2D-BioGRID-Yeast2Human","I2D-Krogan-Greenblatt-2006-Core-Yeast2Human"]`, e.Attr("networks"), "arrays as JSON text")
	assert.Equal(t, "Predicted", e.Attr("data_type"))

	// A string holding JSON stays text.
	assert.True(t, strings.HasPrefix(g.Attrs["source_networks"], `[{"group":"Predicted","name":"I2D-BioGRID-Worm2Human"`), g.Attrs["source_networks"][:60])
	assert.Equal(t, "52", g.Attrs["SUID"])
}

func TestCompoundElementsArray(t *testing.T) {
	g, err := cyjs.Decode(formattest.Fixture(t, 3, "cytoscape/compound-elements.json"), "compound.json")
	require.NoError(t, err)
	child := node(t, g, "n0:n1")
	assert.Equal(t, "n0", child.Attr(cyjs.AttrParent))
	assert.Equal(t, "n0:n1", child.Label)
	assert.Equal(t, "142.2888292225041", child.Attr("x"))
	assert.Empty(t, child.Attr("selected"), "view state is not kept")
	assert.Empty(t, child.Attr(cyjs.AttrClasses), "empty classes are not kept")
	parents := 0
	for _, n := range g.Nodes() {
		if n.Attr(cyjs.AttrParent) != "" {
			parents++
		}
	}
	assert.Equal(t, 19, parents, "SOURCES.md: 19 children")
	e := edge(t, g, "e0")
	assert.Equal(t, "n0:n4", e.Source)
	assert.Equal(t, "n0:n5", e.Target)
}

func TestTokyoRailwaysUnicodeAndDataXY(t *testing.T) {
	g, err := cyjs.Decode(formattest.Fixture(t, 3, "cytoscape/tokyo-railways.cyjs.json"), "tokyo.cyjs")
	require.NoError(t, err)
	n := node(t, g, "8220")
	assert.Equal(t, "京成高砂", n.Attr("station_name"))
	assert.Equal(t, "東京都葛飾区高砂五丁目28-1", n.Attr("add"))
	assert.Equal(t, "1398668.75", n.Attr("x"), "data x equals the position")
	assert.Empty(t, n.Attr("data.x"))
	e := edge(t, g, "18417")
	assert.Equal(t, "北総鉄道北総線", e.Attr("line_name"))
	assert.Equal(t, "99340", e.Attr("interaction"))
	assert.Equal(t, "tokyo_only", g.Attrs["name"])
}

func TestElementsArrayDetails(t *testing.T) {
	g, warns := mustDecode(t, `[
		{"group": "edges", "data": {"id": "e", "source": 1, "target": "b", "kind": "affiliation", "label": "works for"}},
		{"data": {"source": "b", "target": "b", "weight": 2}},
		{"group": "nodes", "data": {"id": 1, "label": "Putin", "type": "person", "parent": "box", "x": 5}, "position": {"x": 1.5, "y": -2}, "classes": ["a", "b"]},
		{"data": {"id": "b", "name": "Kremlin", "type": "organization"}, "classes": "gov big"},
		{"group": "nodes", "position": {"x": 0, "y": 0}},
		{"data": {"id": "box", "label": "Group", "parent": "nowhere"}}
	]`)
	require.Len(t, warns, 2)
	assert.Contains(t, warns[0], "$[4]: node without an id, given the id")
	assert.Contains(t, warns[1], `$[5].data.parent: parent "nowhere" is not a node of the file`)
	p := node(t, g, "1")
	assert.Equal(t, graphmodel.KindActor, p.Kind)
	assert.Equal(t, "Putin", p.Label)
	assert.Equal(t, map[string]string{"cy.parent": "box", "cy.classes": "a b", "x": "1.5", "y": "-2", "data.x": "5"}, p.Attrs)
	assert.Equal(t, "gov big", node(t, g, "b").Attr("cy.classes"))
	assert.Equal(t, 4, g.NodeCount())

	e := edge(t, g, "e")
	assert.Equal(t, graphmodel.EdgeAffiliation, e.Kind)
	assert.Equal(t, "works for", e.Attr("label"), "an edge label is kept as an attribute")
	assert.Equal(t, 2, g.EdgeCount(), "an element with source and target is an edge without a group")
}

func TestInteractionRepeatingKindIsDropped(t *testing.T) {
	g, _ := mustDecode(t, `{"elements": {"nodes": [{"data": {"id": "a", "kind": "actor"}}, {"data": {"id": "m", "kind": "meeting"}}],
		"edges": [{"data": {"id": "p", "source": "a", "target": "m", "interaction": "participant", "kind": "participant"}},
		          {"data": {"id": "q", "source": "a", "target": "m", "interaction": "pp"}}]}}`)
	assert.Empty(t, edge(t, g, "p").Attrs)
	assert.Equal(t, graphmodel.EdgeParticipant, edge(t, g, "p").Kind)
	assert.Equal(t, "pp", edge(t, g, "q").Attr("interaction"))
}

func TestBareNodesAndEdgesObject(t *testing.T) {
	g, _ := mustDecode(t, `{"nodes": [{"data": {"id": "a"}}], "edges": [{"data": {"source": "a", "target": "a"}}], "style": []}`)
	assert.Equal(t, 1, g.NodeCount())
	assert.Equal(t, 1, g.EdgeCount())
}

func TestBadInput(t *testing.T) {
	cases := []struct {
		name, in, want string
		is             error
	}{
		{"empty", " \n", "test.cyjs: file is empty", nil},
		{"truncated", `{"elements": {"nodes": [{"data": {"id": "a"}`, "$.elements.nodes[0]: unexpected end of file", nil},
		{"no elements", `{"data": {}}`, `$: not a Cytoscape JSON file: no "elements" member`, nil},
		{"scalar root", `"x"`, `$: expected a Cytoscape JSON object or an array of elements, found string`, nil},
		{"elements string", `{"elements": "x"}`, `$.elements: expected elements as {"nodes": [...], "edges": [...]} or an array, found string`, nil},
		{"nodes object", `{"elements": {"nodes": {}}}`, `$.elements.nodes: expected an array of nodes, found object`, nil},
		{"element not object", `[1]`, `$[0]: expected an element object, found number`, nil},
		{"data not object", `[{"data": []}]`, `$[0].data: expected a data object, found array`, nil},
		{"bad group", `[{"group": "vertices", "data": {}}]`, `$[0].group: expected "nodes" or "edges", found "vertices"`, nil},
		{"id bool", `{"elements": {"nodes": [{"data": {"id": true}}]}}`, `$.elements.nodes[0].data.id: expected an id (string or number), found boolean`, nil},
		{"duplicate node", "{\"elements\": {\"nodes\": [{\"data\": {\"id\": \"a\"}},\n {\"data\": {\"id\": \"a\"}}]}}", `test.cyjs:2:18: $.elements.nodes[1].data.id: duplicate node id "a" (first at $.elements.nodes[0].data.id)`, graphmodel.ErrDuplicate},
		{"duplicate numeric", `[{"data": {"id": 7}}, {"data": {"id": "7"}}]`, `$[1].data.id: duplicate node id "7"`, graphmodel.ErrDuplicate},
		{"edge to a generated id", `[{"data": {}}, {"data": {"source": "n1", "target": "n1"}}]`, `$[1].data.source: no node with id "n1"`, graphmodel.ErrNotFound},
		{"duplicate edge", `[{"data": {"id": "a"}}, {"data": {"id": "x", "source": "a", "target": "a"}}, {"data": {"id": "x", "source": "a", "target": "a"}}]`, `$[2].data.id: duplicate edge id "x"`, graphmodel.ErrDuplicate},
		{"missing node", `{"elements": {"nodes": [{"data": {"id": "a"}}], "edges": [{"data": {"source": "a", "target": "zz"}}]}}`, `$.elements.edges[0].data.target: no node with id "zz"`, graphmodel.ErrNotFound},
		{"edge without data", `{"elements": {"edges": [{}]}}`, `$.elements.edges[0]: edge without data`, graphmodel.ErrInvalid},
		{"edge without target", `{"elements": {"nodes": [{"data": {"id": "a"}}], "edges": [{"data": {"source": "a"}}]}}`, `$.elements.edges[0].data.target: edge without a target`, graphmodel.ErrInvalid},
		{"source object", `[{"group": "edges", "data": {"source": {}, "target": "a"}}]`, `$[0].data.source: expected a node id (string or number), found object`, nil},
		{"position string", `[{"data": {"id": "a"}, "position": "0,0"}]`, `$[0].position: expected a position object with x and y, found string`, nil},
		{"position x string", `[{"data": {"id": "a"}, "position": {"x": "1", "y": 2}}]`, `$[0].position.x: expected a number, found string`, nil},
		{"parent object", `[{"data": {"id": "a", "parent": {}}}]`, `$[0].data.parent: expected a parent node id (string or number), found object`, nil},
		{"network data", `{"data": 3, "elements": []}`, `$.data: expected the network's data object, found number`, nil},
		{"deep", `{"elements": [{"data": {"id": "a", "x": ` + strings.Repeat(`{"a":`, 5000) + `1` + strings.Repeat("}", 5000) + `}}]}`, "nesting deeper than 256 levels", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			g, _, err := decodeString(t, c.in)
			require.Error(t, err)
			assert.Nil(t, g)
			assert.Contains(t, err.Error(), c.want)
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
	// Past the first escape the parser copies as it goes: the limit holds
	// there too. (jgf's test has the 100 MB string without escapes.)
	b.WriteString(`[{"data": {"id": "a", "note": "\n`)
	b.Write(bytes.Repeat([]byte("é"), 33<<20))
	b.WriteString(`"}}]`)
	_, err := cyjs.Decode(&b, "huge.cyjs")
	require.Error(t, err)
	assert.Contains(t, err.Error(), `huge.cyjs:1:31: $[0].data.note: string is longer than the limit of 64 MB`)
}

func TestRoundTrip(t *testing.T) {
	want := formattest.Rich(t)
	require.NoError(t, want.SetNodeAttr("actor:putin", "name", "own name attribute"))
	require.NoError(t, want.SetNodeAttr("actor:witkoff", cyjs.AttrParent, "meeting:1"))
	require.NoError(t, want.SetNodeAttr("meeting:1", cyjs.AttrParent, "not in the graph"))
	require.NoError(t, want.SetNodeAttr("🤝", cyjs.AttrClasses, "big red"))
	var buf bytes.Buffer
	require.NoError(t, cyjs.Encode(&buf, want, nil))
	assert.Contains(t, buf.String(), `"parent": "meeting:1"`)
	got, warns, err := cyjs.DecodeWithWarnings(bytes.NewReader(buf.Bytes()), "rt.cyjs")
	require.NoError(t, err)
	assert.Empty(t, warns)
	formattest.AssertSameGraph(t, want, got)

	var again bytes.Buffer
	require.NoError(t, cyjs.Encode(&again, got, nil))
	assert.Equal(t, buf.String(), again.String())
}

func TestRoundTripOfAnImportedFile(t *testing.T) {
	for _, f := range []string{"genemania-export.cyjs.json", "compound-elements.json"} {
		want, err := cyjs.Decode(formattest.Fixture(t, 3, "cytoscape/"+f), f)
		require.NoError(t, err)
		var buf bytes.Buffer
		require.NoError(t, cyjs.Encode(&buf, want, nil))
		got, warns, err := cyjs.DecodeWithWarnings(&buf, "rt.cyjs")
		require.NoError(t, err)
		assert.Empty(t, warns)
		formattest.AssertSameGraph(t, want, got)
	}
}

func TestEncodeGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, cyjs.Encode(&buf, formattest.Rich(t), nil))
	golden := filepath.Join("testdata", "rich.cyjs")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), buf.String())
}

func fixtureBytes(tb testing.TB, name string) []byte {
	data, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "fixtures", "graphs", "cytoscape", name))
	require.NoError(tb, err)
	return data
}

func BenchmarkDecodeTokyoRailways(b *testing.B) {
	data := fixtureBytes(b, "tokyo-railways.cyjs.json")
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cyjs.Decode(bytes.NewReader(data), "tokyo.cyjs"); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add(fixtureBytes(f, "compound-elements.json"))
	f.Add([]byte(`{"format_version": "1.0", "data": {"name": "n"}, "elements": {"nodes": [{"data": {"id": 1, "name": "a", "parent": 2}, "position": {"x": 1, "y": 2}}, {"data": {"id": 2}}], "edges": [{"data": {"source": 1, "target": 2, "interaction": "pp"}}]}}`))
	f.Add([]byte(`[{"group": "nodes", "data": {"id": "a", "kind": "actor", "type": "person"}, "classes": ["x"]}, {"data": {"source": "a", "target": "a"}}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, _, err := cyjs.DecodeWithWarnings(bytes.NewReader(data), "fuzz.cyjs")
		if err != nil {
			var je *jsontree.Error
			require.ErrorAs(t, err, &je)
			return
		}
		var buf bytes.Buffer
		require.NoError(t, cyjs.Encode(&buf, g, nil))
		got, err := cyjs.Decode(&buf, "again.cyjs")
		require.NoError(t, err, buf.String())
		formattest.AssertSameGraph(t, g, got)
	})
}

// BenchmarkDecodeLarge reads a generated desktop export of 50,000 nodes
// and 100,000 edges with positions and typed data.
func BenchmarkDecodeLarge(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`{"format_version": "1.0", "generated_by": "bench", "data": {"name": "big"}, "elements": {"nodes": [`)
	const n = 50000
	for i := range n {
		if i > 0 {
			buf.WriteString(",")
		}
		fmt.Fprintf(&buf, `{"data": {"id": "%d", "SUID": %d, "name": "Node %d", "score": %g, "selected": false}, "position": {"x": %d.5, "y": -%d.25}, "selected": false}`, i, i, i, float64(i)/7, i%1000, i/1000)
	}
	buf.WriteString(`], "edges": [`)
	for i := range 2 * n {
		if i > 0 {
			buf.WriteString(",")
		}
		fmt.Fprintf(&buf, `{"data": {"id": "e%d", "source": "%d", "target": "%d", "interaction": "pp", "weight": %d}}`, i, i%n, (i*7+1)%n, i%5)
	}
	buf.WriteString(`]}}`)
	data := buf.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		g, err := cyjs.Decode(bytes.NewReader(data), "large.cyjs")
		if err != nil {
			b.Fatal(err)
		}
		if g.NodeCount() != n {
			b.Fatal(g.NodeCount())
		}
	}
}
