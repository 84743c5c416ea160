package graphml_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/graphml"
	"dossier/graphmodel/formats/internal/formattest"
	"dossier/graphmodel/formats/internal/xmlio"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtureDepth is how far this package lies below the repository root.
const fixtureDepth = 3

func decodeFixture(t testing.TB, name string) *graphmodel.Graph {
	t.Helper()
	g, err := graphml.Decode(formattest.Fixture(t, fixtureDepth, "graphml/"+name), name)
	require.NoError(t, err)
	return g
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

func TestFixtureCountsMatchSources(t *testing.T) {
	for _, tc := range []struct {
		file         string
		nodes, edges int
	}{
		{"attributes.graphml", 6, 7},
		{"miserables.graphml", 77, 254},
		{"mixed_multigraph.graphml", 6, 8},
	} {
		t.Run(tc.file, func(t *testing.T) {
			g := decodeFixture(t, tc.file)
			assert.Equal(t, tc.nodes, g.NodeCount())
			assert.Equal(t, tc.edges, g.EdgeCount())
			assert.Equal(t, graphml.Format, g.Attrs["format"])
		})
	}
}

func TestKeyDefaultsAndGraphData(t *testing.T) {
	g := decodeFixture(t, "attributes.graphml")
	assert.Equal(t, "static", g.Attrs["mode"], "graph-level <data>")
	assert.Equal(t, "green", node(t, g, "n0").Attrs["color"])
	assert.Equal(t, "yellow", node(t, g, "n1").Attrs["color"], "<default> fills a missing value")
	assert.Equal(t, graphmodel.KindEntity, node(t, g, "n1").Kind)
	assert.Equal(t, "n1", node(t, g, "n1").Label, "no label key: the id is shown")
	assert.Equal(t, "1.1", edge(t, g, "e6").Attrs["weight"])
	assert.NotContains(t, edge(t, g, "e3").Attrs, "weight", "no default, no value")
	assert.True(t, edge(t, g, "e0").Undirected)
}

func TestPerEdgeDirectionAndParallelEdges(t *testing.T) {
	g := decodeFixture(t, "mixed_multigraph.graphml")
	assert.False(t, edge(t, g, "e3").Undirected, "directed=true overrides edgedefault")
	assert.False(t, edge(t, g, "e6").Undirected)
	assert.True(t, edge(t, g, "e4").Undirected)
	between := g.EdgesBetween("n2", "n4")
	require.Len(t, between, 2, "parallel edges e4 and e7 are both kept")
	assert.Equal(t, "e4", between[0].ID)
	assert.Equal(t, "e7", between[1].ID)
}

func TestGephiExport(t *testing.T) {
	g := decodeFixture(t, "miserables.graphml")
	v := node(t, g, "11")
	assert.Equal(t, "Valjean", v.Label)
	assert.Equal(t, "1", v.Attrs["Modularity Class"], "key names with spaces are kept")
	assert.Equal(t, "-87.93029", v.Attrs["x"])
	assert.Equal(t, "6.8120565", v.Attrs["y"])
	assert.Equal(t, "#f55b5b", v.Attrs["viz.color"], "r, g, b become one colour")
	assert.NotContains(t, v.Attrs, "r")
	assert.Equal(t, "100.0", v.Attrs["size"])
	assert.True(t, edge(t, g, "0").Undirected)
}

const yedSample = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml" xmlns:yed="http://www.yworks.com/xml/yed/3">
  <key attr.name="Description" attr.type="string" for="graph" id="d0"/>
  <key for="port" id="d1" yfiles.type="portgraphics"/>
  <key attr.name="url" attr.type="string" for="node" id="d3"/>
  <key for="node" id="d6" yfiles.type="nodegraphics"/>
  <key for="graphml" id="d7" yfiles.type="resources"/>
  <key for="edge" id="d10" yfiles.type="edgegraphics"/>
  <graph edgedefault="directed" id="G">
    <data key="d0">A yEd diagram</data>
    <node id="n0">
      <data key="d3">https://example.org/berlin</data>
      <data key="d6">
        <y:ShapeNode>
          <y:Geometry height="30.0" width="60.0" x="100.0" y="200.0"/>
          <y:Fill color="#FFCC00" transparent="false"/>
          <y:NodeLabel alignment="center" fontFamily="Dialog">Berlin<y:LabelModel><y:SmartNodeLabelModel distance="4.0"/></y:LabelModel></y:NodeLabel>
          <y:Shape type="rectangle"/>
        </y:ShapeNode>
      </data>
    </node>
    <node id="n1" yfiles.foldertype="group">
      <data key="d6">
        <y:ProxyAutoBoundsNode>
          <y:Realizers active="0">
            <y:GroupNode><y:Geometry height="100" width="200" x="0" y="0"/><y:NodeLabel>Group A</y:NodeLabel></y:GroupNode>
            <y:GroupNode><y:Geometry height="10" width="20" x="5" y="5"/><y:NodeLabel>Folded</y:NodeLabel></y:GroupNode>
          </y:Realizers>
        </y:ProxyAutoBoundsNode>
      </data>
      <graph edgedefault="directed" id="n1:">
        <node id="n1::n0"><data key="d6"><y:ShapeNode><y:NodeLabel>Inner</y:NodeLabel></y:ShapeNode></data></node>
      </graph>
    </node>
    <edge id="e0" source="n0" target="n1::n0">
      <data key="d10"><y:PolyLineEdge><y:Arrows source="none" target="standard"/><y:EdgeLabel>meets</y:EdgeLabel></y:PolyLineEdge></data>
    </edge>
    <hyperedge><endpoint node="n0"/><endpoint node="n1"/></hyperedge>
  </graph>
  <data key="d7"><y:Resources/></data>
</graphml>
`

func TestYEdExport(t *testing.T) {
	g, warnings, err := graphml.DecodeWithWarnings(strings.NewReader(yedSample), "diagram.graphml")
	require.NoError(t, err)
	require.Equal(t, 3, g.NodeCount())
	require.Equal(t, 1, g.EdgeCount())

	berlin := node(t, g, "n0")
	assert.Equal(t, "Berlin", berlin.Label, "label from y:NodeLabel, without the label model")
	assert.Equal(t, "130", berlin.Attrs["x"], "centre of y:Geometry")
	assert.Equal(t, "215", berlin.Attrs["y"])
	assert.Equal(t, "#ffcc00", berlin.Attrs["viz.color"])
	assert.Equal(t, "https://example.org/berlin", berlin.Attrs["url"])
	assert.NotContains(t, berlin.Attrs, "d6", "graphics data is not kept as text")

	group := node(t, g, "n1")
	assert.Equal(t, "Group A", group.Label, "the first realizer wins")
	assert.Equal(t, "100", group.Attrs["x"])
	inner := node(t, g, "n1::n0")
	assert.Equal(t, "Inner", inner.Label)
	assert.Equal(t, "n1", inner.Attrs["parent"], "a nested graph is flattened; the parent is kept")

	assert.Equal(t, "meets", edge(t, g, "e0").Attrs["label"])
	assert.Equal(t, "A yEd diagram", g.Attrs["Description"])
	assert.Equal(t, []string{
		`diagram.graphml: flattened 1 nested graphs; their nodes keep the id of the node that held them in the attribute "parent"`,
		"diagram.graphml: left out 1 hyperedges (Dossier has edges between two nodes only)",
	}, warnings)

	_, warnings, err = graphml.DecodeWithWarnings(formattest.Fixture(t, fixtureDepth, "graphml/miserables.graphml"), "m.graphml")
	require.NoError(t, err)
	assert.Empty(t, warnings, "a plain file reads without warnings")
}

func TestEdgesBeforeNodesAndWithoutIDs(t *testing.T) {
	src := `<graphml><graph edgedefault="undirected">
<edge source="a" target="b"/>
<edge id="e1" source="b" target="a" directed="true"/>
<node id="a"/><node id="b"/>
<edge source="a" target="a"/>
</graph></graphml>`
	g, err := graphml.Decode(strings.NewReader(src), "order.graphml")
	require.NoError(t, err)
	require.Equal(t, 3, g.EdgeCount())
	assert.False(t, edge(t, g, "e1").Undirected)
	assert.True(t, edge(t, g, "e2").Undirected, "generated ids skip the taken e1")
	assert.Equal(t, "a", edge(t, g, "e2").Source)
	assert.Equal(t, "a", edge(t, g, "e3").Target)
}

func TestRoundTripKeepsTheGraph(t *testing.T) {
	g := formattest.Rich(t)
	var out bytes.Buffer
	require.NoError(t, graphml.Encode(&out, g, nil))
	got, err := graphml.Decode(bytes.NewReader(out.Bytes()), "rich.graphml")
	require.NoError(t, err)
	formattest.AssertSameGraph(t, g, got)

	var again bytes.Buffer
	require.NoError(t, graphml.Encode(&again, got, nil))
	assert.Equal(t, out.String(), again.String(), "a re-export is byte-identical")
}

func TestFixtureRoundTrip(t *testing.T) {
	for _, file := range []string{"attributes.graphml", "miserables.graphml", "mixed_multigraph.graphml"} {
		t.Run(file, func(t *testing.T) {
			g := decodeFixture(t, file)
			var out bytes.Buffer
			require.NoError(t, graphml.Encode(&out, g, nil))
			got, err := graphml.Decode(&out, file)
			require.NoError(t, err)
			formattest.AssertSameGraph(t, g, got)
		})
	}
}

func TestEncodeMatchesGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, graphml.Encode(&out, formattest.Rich(t), nil))
	golden := filepath.Join("testdata", "rich.graphml")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), out.String())
}

func TestEncodeIsWellFormedGraphML(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, graphml.Encode(&out, formattest.Rich(t), nil))
	d := xml.NewDecoder(&out)
	keys := map[string]string{} // id → domain
	var stack []string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch e := tok.(type) {
		case xml.StartElement:
			assert.Equal(t, graphml.Namespace, e.Name.Space, "<%s>", e.Name.Local)
			if len(stack) == 0 {
				assert.Equal(t, "graphml", e.Name.Local)
			}
			switch e.Name.Local {
			case "key":
				keys[attr(e, "id")] = attr(e, "for")
				assert.Equal(t, "string", attr(e, "attr.type"))
			case "data":
				parent := stack[len(stack)-1]
				assert.Equal(t, parent, keys[attr(e, "key")], "data key declared for <%s>", parent)
			case "edge":
				assert.Contains(t, []string{"", "true", "false"}, attr(e, "directed"))
			}
			stack = append(stack, e.Name.Local)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func TestEncodeDropsCharactersXMLForbids(t *testing.T) {
	g := graphmodel.New()
	_, err := g.AddNode(graphmodel.Node{ID: "a\x00b", Kind: graphmodel.KindEntity, Label: "bell\x07 form\x0c feed\uFFFE",
		Attrs: map[string]string{"bad\x01key": "v\x1b[0m", "bytes": "\xff\xfe"}})
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, graphml.Encode(&out, g, nil))
	got, err := graphml.Decode(&out, "clean.graphml")
	require.NoError(t, err)
	n := node(t, got, "ab")
	assert.Equal(t, "bell form feed", n.Label)
	assert.Equal(t, "v[0m", n.Attrs["badkey"])
	assert.Equal(t, "\uFFFD\uFFFD", n.Attrs["bytes"], "bytes that are not UTF-8 become U+FFFD")
}

func TestEncodeSelection(t *testing.T) {
	g := formattest.Rich(t)
	sel, err := g.Ego("meeting:1", 1)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, graphml.Encode(&out, g, &sel))
	got, err := graphml.Decode(&out, "part.graphml")
	require.NoError(t, err)
	assert.Equal(t, len(sel.Nodes), got.NodeCount())
	assert.Equal(t, len(sel.Edges), got.EdgeCount())
	_, ok := got.Node("🤝")
	assert.False(t, ok, "nodes outside the selection are left out")

	err = graphml.Encode(io.Discard, g, &graphmodel.Selection{Nodes: []string{"nobody"}})
	assert.ErrorIs(t, err, graphmodel.ErrNotFound)
}

var placed = regexp.MustCompile(`^bad\.graphml:\d+:\d+: `)

func TestHostileInput(t *testing.T) {
	small := xmlio.DefaultLimits()
	small.MaxValue = 1 << 10
	small.MaxInput = 4 << 10
	laughs := `<?xml version="1.0"?>
<!DOCTYPE graphml [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
]>
<graphml><graph><node id="a"><data key="label">&lol9;</data></node></graph></graphml>`
	miserables, err := io.ReadAll(formattest.Fixture(t, fixtureDepth, "graphml/miserables.graphml"))
	require.NoError(t, err)

	for _, tc := range []struct {
		name   string
		input  string
		limits *xmlio.Limits
		is     error  // the error wraps this
		says   string // and says this
		placed bool   // and names line:column
	}{
		{"billion laughs", laughs, nil, xmlio.ErrSyntax, "invalid character entity &lol9;", true},
		{"10k-deep nesting", "<graphml><graph>" + strings.Repeat("<x>", 10000) + strings.Repeat("</x>", 10000) + "</graph></graphml>",
			nil, xmlio.ErrLimit, "nested deeper than 256 levels", true},
		{"huge attribute", `<graphml><graph><node id="` + strings.Repeat("n", 2000) + `"/></graph></graphml>`,
			&small, xmlio.ErrLimit, "attribute id of <node> is longer than 1024 bytes", true},
		{"huge text", `<graphml><graph><node id="a"><data key="k">` + strings.Repeat("t", 2000) + `</data></node></graph></graphml>`,
			&small, xmlio.ErrLimit, "text longer than 1024 bytes", true},
		{"many attributes", `<graphml><graph><node id="a"` + manyAttrs(300) + `/></graph></graphml>`,
			nil, xmlio.ErrLimit, "has 301 attributes, more than 256", true},
		{"input too large", string(miserables), &small, xmlio.ErrLimit, "input larger than 4096 bytes", false},
		{"truncated", string(miserables[:len(miserables)/2]), nil, xmlio.ErrSyntax, "(truncated?)", true},
		{"empty", "", nil, xmlio.ErrSyntax, "empty file", false},
		{"only a declaration", `<?xml version="1.0"?>` + "\n", nil, xmlio.ErrSyntax, "no root element", true},
		{"not GraphML", `<gexf><graph/></gexf>`, nil, xmlio.ErrSyntax, "not a GraphML file: the root element is <gexf>", true},
		{"no graph", `<graphml></graphml>`, nil, xmlio.ErrSyntax, "no <graph> element", true},
		{"mismatched tags", `<graphml><graph></node></graphml>`, nil, xmlio.ErrSyntax, "element <graph> closed by </node>", true},
		{"unsupported encoding", `<?xml version="1.0" encoding="Shift_JIS"?><graphml/>`, nil, nil, `unsupported encoding "Shift_JIS"`, true},
		{"UTF-16 declared without BOM", `<?xml version="1.0" encoding="UTF-16"?><graphml/>`, nil, nil, "no UTF-16 byte-order mark", true},
		{"Latin-1 bytes declared as UTF-8", "<graphml><graph><node id=\"caf\xe9\"/></graph></graphml>", nil, xmlio.ErrSyntax, "invalid UTF-8", true},
		{"duplicate node id", "<graphml><graph>\n<node id=\"a\"/>\n  <node id=\"a\"/></graph></graphml>", nil, graphmodel.ErrDuplicate, `bad.graphml:3:3: add node "a"`, true},
		{"duplicate edge id", `<graphml><graph><node id="a"/><edge id="e" source="a" target="a"/><edge id="e" source="a" target="a"/></graph></graphml>`,
			nil, graphmodel.ErrDuplicate, `add edge "e"`, true},
		{"duplicate key id", `<graphml><key id="k"/><key id="k"/><graph/></graphml>`, nil, graphmodel.ErrDuplicate, `key id "k" declared twice`, true},
		{"edge to missing node", "<graphml><graph><node id=\"a\"/>\n<edge source=\"a\" target=\"ghost\"/></graph></graphml>",
			nil, graphmodel.ErrNotFound, `bad.graphml:2:1: edge from "a" to "ghost": target node "ghost": not found`, true},
		{"node without id", `<graphml><graph><node/></graph></graphml>`, nil, xmlio.ErrSyntax, "<node> without an id", true},
		{"edge without target", `<graphml><graph><node id="a"/><edge source="a"/></graph></graphml>`, nil, xmlio.ErrSyntax, "without source or target", true},
		{"bad directed", `<graphml><graph><node id="a"/><edge source="a" target="a" directed="maybe"/></graph></graphml>`, nil, xmlio.ErrSyntax, `directed="maybe"`, true},
		{"bad documents", `<graphml><key id="d" for="graph" attr.name="dossier.documents"/><graph><data key="d">[{</data></graph></graphml>`,
			nil, nil, "graph attribute dossier.documents", true},
		{"mentions of a missing document", `<graphml><key id="m" for="node" attr.name="dossier.mentions"/><graph><node id="a"><data key="m">[{"doc":"x","start":0,"end":1}]</data></node></graph></graphml>`,
			nil, graphmodel.ErrNotFound, `document "x"`, true},
		{"element after the root", `<graphml><graph/></graphml><graphml/>`, nil, xmlio.ErrSyntax, "after the end of the root element", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lim := xmlio.DefaultLimits()
			if tc.limits != nil {
				lim = *tc.limits
			}
			g, err := graphml.DecodeWithLimits(strings.NewReader(tc.input), "bad.graphml", lim)
			require.Error(t, err)
			assert.Nil(t, g)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			assert.Contains(t, err.Error(), tc.says)
			assert.True(t, strings.HasPrefix(err.Error(), "bad.graphml:"), "the error names the file: %v", err)
			if tc.placed {
				assert.Regexp(t, placed, err.Error())
			}
		})
	}
}

func manyAttrs(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(` a` + strings.Repeat("x", i) + `="1"`)
	}
	return b.String()
}

func TestEncodings(t *testing.T) {
	latin1 := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<graphml><key id=\"l\" for=\"node\" attr.name=\"label\"/><graph><node id=\"n\"><data key=\"l\">Caf\xe9 \xabM\xfcnchen\xbb</data></node></graph></graphml>"
	g, err := graphml.Decode(strings.NewReader(latin1), "latin1.graphml")
	require.NoError(t, err)
	assert.Equal(t, "Café «München»", node(t, g, "n").Label, "ISO-8859-1 is decoded, not garbled")

	bom := "\xef\xbb\xbf<graphml><graph><node id=\"é\"/></graph></graphml>"
	g, err = graphml.Decode(strings.NewReader(bom), "bom.graphml")
	require.NoError(t, err)
	node(t, g, "é")

	utf16 := []byte{0xFF, 0xFE}
	for _, r := range `<?xml version="1.0" encoding="UTF-16"?><graphml><graph><node id="ü"/></graph></graphml>` {
		utf16 = append(utf16, byte(r), byte(r>>8))
	}
	g, err = graphml.Decode(bytes.NewReader(utf16), "utf16.graphml")
	require.NoError(t, err)
	node(t, g, "ü")
}

func TestLargeValuesWithinLimits(t *testing.T) {
	big := strings.Repeat("ü", 2<<20) // 4 MiB
	src := `<graphml><key id="l" for="node" attr.name="label"/><graph><node id="a"><data key="l">` + big + `</data></node></graph></graphml>`
	g, err := graphml.Decode(strings.NewReader(src), "big.graphml")
	require.NoError(t, err)
	assert.Len(t, node(t, g, "a").Label, 4<<20)
}

func FuzzDecode(f *testing.F) {
	for _, file := range []string{"attributes.graphml", "mixed_multigraph.graphml"} {
		b, err := io.ReadAll(formattest.Fixture(f, fixtureDepth, "graphml/"+file))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(yedSample))
	var rich bytes.Buffer
	require.NoError(f, graphml.Encode(&rich, formattest.Rich(f), nil))
	f.Add(rich.Bytes())
	f.Add([]byte(`<graphml><graph><edge source="a" target="b"/><node id="a"/><node id="b"/></graph></graphml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := graphml.Decode(bytes.NewReader(data), "fuzz.graphml")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.graphml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		// Whatever was read must survive our own export.
		var out bytes.Buffer
		require.NoError(t, graphml.Encode(&out, g, nil))
		again, err := graphml.Decode(&out, "again.graphml")
		require.NoError(t, err)
		formattest.AssertSameGraph(t, g, again)
	})
}

func BenchmarkDecodeMiserables(b *testing.B) {
	data, err := io.ReadAll(formattest.Fixture(b, fixtureDepth, "graphml/miserables.graphml"))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := graphml.Decode(bytes.NewReader(data), "miserables.graphml"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeMiserables(b *testing.B) {
	g := decodeFixture(b, "miserables.graphml")
	b.ReportAllocs()
	for b.Loop() {
		if err := graphml.Encode(io.Discard, g, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDecodeLarge reads a generated file of 20,000 nodes and 60,000
// edges with a few attributes each, the size the explorer must open.
func BenchmarkDecodeLarge(b *testing.B) {
	g := graphmodel.New()
	const n = 20000
	for i := range n {
		_, err := g.AddNode(graphmodel.Node{ID: fmt.Sprintf("n%d", i), Kind: graphmodel.KindEntity, Label: fmt.Sprintf("Node %d", i),
			Attrs: map[string]string{"x": strconv.Itoa(i % 997), "y": strconv.Itoa(i % 991), "group": strconv.Itoa(i % 17)}})
		require.NoError(b, err)
	}
	for i := range 3 * n {
		_, err := g.Connect(graphmodel.EdgeRelated, fmt.Sprintf("n%d", i%n), fmt.Sprintf("n%d", (i*7+1+i/n)%n))
		require.NoError(b, err)
	}
	var data bytes.Buffer
	require.NoError(b, graphml.Encode(&data, g, nil))
	b.SetBytes(int64(data.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := graphml.Decode(bytes.NewReader(data.Bytes()), "large.graphml"); err != nil {
			b.Fatal(err)
		}
	}
}
