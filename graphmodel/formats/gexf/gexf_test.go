package gexf_test

import (
	"bytes"
	"encoding/xml"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/gexf"
	"dossier/graphmodel/formats/internal/formattest"
	"dossier/graphmodel/formats/internal/xmlio"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtureDepth is how far this package lies below the repository root.
const fixtureDepth = 3

func decodeFixture(t testing.TB, name string) *graphmodel.Graph {
	t.Helper()
	g, err := gexf.Decode(formattest.Fixture(t, fixtureDepth, "gexf/"+name), name)
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
		{"arctic.gexf", 1715, 6676},
		{"data.gexf", 4, 5},
		{"les_miserables.gexf", 77, 254},
		{"v1_3.gexf", 2, 1},
	} {
		t.Run(tc.file, func(t *testing.T) {
			g := decodeFixture(t, tc.file)
			assert.Equal(t, tc.nodes, g.NodeCount())
			assert.Equal(t, tc.edges, g.EdgeCount())
			assert.Equal(t, gexf.Format, g.Attrs["format"])
		})
	}
}

func TestPrimerAttributesAndDefaults(t *testing.T) {
	g := decodeFixture(t, "data.gexf")
	gephi := node(t, g, "0")
	assert.Equal(t, "Gephi", gephi.Label)
	assert.Equal(t, "http://gephi.org", gephi.Attrs["url"])
	assert.Equal(t, "1", gephi.Attrs["indegree"])
	assert.Equal(t, "true", gephi.Attrs["frog"], "<default> fills a missing value")
	assert.Equal(t, "false", node(t, g, "3").Attrs["frog"])
	assert.False(t, edge(t, g, "2").Undirected, "defaultedgetype=directed")
	assert.Equal(t, "Gephi.org", g.Attrs["creator"])
	assert.Equal(t, "A Web network", g.Attrs["description"])
}

func TestGEXF13ListsAndHexColours(t *testing.T) {
	g := decodeFixture(t, "v1_3.gexf")
	suzy := node(t, g, "Suzy")
	for _, name := range []string{"pipe", "comma", "raw", "double", "mixed"} {
		assert.Equal(t, "a, b, c", suzy.Attrs[name], "list %s is readable text", name)
	}
	assert.Equal(t, "a, 'b', c", suzy.Attrs["single"], "escaped quotes inside a quoted item are kept")
	assert.Equal(t, "true, false, false", suzy.Attrs["booleans"])
	assert.Equal(t, "1, 1.5, 2", suzy.Attrs["numbers"])
	assert.Equal(t, "#ff00ff", suzy.Attrs["viz.color"], "viz:color hex=")

	edges := g.Edges()
	require.Len(t, edges, 1)
	assert.Equal(t, "e1", edges[0].ID, "an edge without id gets one")
	assert.Equal(t, graphmodel.EdgeRelated, edges[0].Kind)
	assert.Equal(t, "likes", edges[0].Attrs["kind"], "a foreign edge kind is kept as an attribute")
}

func TestMalformedVizNamespace(t *testing.T) {
	g := decodeFixture(t, "les_miserables.gexf")
	myriel := node(t, g, "0.0")
	assert.Equal(t, "Myriel", myriel.Label)
	assert.Equal(t, "268.72385", myriel.Attrs["x"])
	assert.Equal(t, "91.18155", myriel.Attrs["y"])
	assert.Equal(t, "#d8482d", myriel.Attrs["viz.color"])
	assert.Equal(t, "22.714287", myriel.Attrs["viz.size"])
	assert.Equal(t, "0.01880342", myriel.Attrs["Authority"])
	assert.Equal(t, "8.0", edge(t, g, "1").Attrs["weight"])
	assert.NotContains(t, edge(t, g, "0").Attrs, "weight", "weight is optional")
	assert.Equal(t, "Les Misérables, the characters coappearance weighted graph", g.Attrs["title"])
}

func TestStaticFilesReadWithoutWarnings(t *testing.T) {
	for _, file := range []string{"arctic.gexf", "data.gexf", "les_miserables.gexf", "v1_3.gexf"} {
		_, warnings, err := gexf.DecodeWithWarnings(formattest.Fixture(t, fixtureDepth, "gexf/"+file), file)
		require.NoError(t, err)
		assert.Empty(t, warnings, file)
	}
}

func TestOldGephiNamespaceAndAttvalueID(t *testing.T) {
	g := decodeFixture(t, "arctic.gexf")
	ny := node(t, g, "1")
	assert.Equal(t, "New York", ny.Label)
	assert.Equal(t, "143", ny.Attrs["occurrences"], "attvalue id= names the attribute")
	assert.Equal(t, "n1", ny.Attrs["nodedef"])
	assert.Equal(t, "-81.7245", ny.Attrs["x"])
	assert.Equal(t, "#ff3333", ny.Attrs["viz.color"])
}

const hierarchy = `<?xml version="1.0" encoding="UTF-8"?>
<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
  <graph mode="dynamic" defaultedgetype="undirected" timeformat="date">
    <attributes class="node" mode="dynamic">
      <attribute id="pop" title="population" type="integer"/>
      <attribute id="tags" title="tags" type="liststring"><default>x|y</default></attribute>
      <attribute id="lbl" title="label" type="string"/>
    </attributes>
    <attributes class="edge"><attribute id="w" title="label" type="string"/></attributes>
    <nodes>
      <node id="eu" label="Europe" start="2000-01-01">
        <spells><spell start="2000-01-01" end="2001-01-01"/></spells>
        <attvalues>
          <attvalue for="pop" value=" 700 " start="2000-01-01" end="2001-01-01"/>
          <attvalue for="pop" value="750" start="2001-01-01"/>
        </attvalues>
        <nodes>
          <node id="fr" label="France"><viz:shape value="disc"/></node>
          <node id="de" label="Germany"/>
        </nodes>
      </node>
      <node id="paris" label="Paris" pid="fr"/>
      <node id="n9"><attvalues><attvalue for="lbl" value="Unlabelled"/></attvalues></node>
    </nodes>
    <edges>
      <edge source="fr" target="de" type="mutual" weight="3" label="borders">
        <attvalues><attvalue for="w" value="ignored: the XML label wins"/></attvalues>
        <viz:thickness value="2.5"/><viz:color r="1" g="2" b="3" a="0.5"/>
      </edge>
      <edge id="x" source="paris" target="fr" type="directed"/>
      <edge id="y" source="paris" target="de"><attvalues><attvalue for="w" value="near"/></attvalues></edge>
    </edges>
  </graph>
</gexf>`

func TestHierarchyDynamicsAndEdgeTypes(t *testing.T) {
	g, warnings, err := gexf.DecodeWithWarnings(strings.NewReader(hierarchy), "world.gexf")
	require.NoError(t, err)
	assert.Equal(t, []string{
		"world.gexf: a dynamic graph was read as static: spells and time bounds are ignored and each attribute keeps its first value",
		`world.gexf: flattened a hierarchy of 3 nested nodes; each keeps its parent's id in the attribute "parent"`,
		"world.gexf: 1 mutual edges were read as undirected",
	}, warnings)
	require.Equal(t, 5, g.NodeCount())
	assert.Equal(t, "Unlabelled", node(t, g, "n9").Label, "an attribute titled label stands in")
	eu := node(t, g, "eu")
	assert.Equal(t, "700", eu.Attrs["population"], "dynamic values: the first wins, trimmed")
	assert.Equal(t, "x, y", eu.Attrs["tags"], "a list default")
	assert.Equal(t, "eu", node(t, g, "fr").Attrs["parent"], "nested nodes keep their parent")
	assert.Equal(t, "fr", node(t, g, "paris").Attrs["parent"], "pid")
	assert.Equal(t, "disc", node(t, g, "fr").Attrs["viz.shape"])

	e1 := edge(t, g, "e1")
	assert.True(t, e1.Undirected, "mutual")
	assert.Equal(t, "3", e1.Attrs["weight"])
	assert.Equal(t, "borders", e1.Attrs["label"])
	assert.Equal(t, "2.5", e1.Attrs["viz.thickness"])
	assert.Equal(t, "#010203", e1.Attrs["viz.color"])
	assert.False(t, edge(t, g, "x").Undirected, "type=directed overrides defaultedgetype")
	assert.True(t, edge(t, g, "y").Undirected)
	assert.Equal(t, "near", edge(t, g, "y").Attrs["label"], "an attribute titled label is the edge label")
}

func TestRoundTripKeepsTheGraph(t *testing.T) {
	g := formattest.Rich(t)
	var out bytes.Buffer
	require.NoError(t, gexf.Encode(&out, g, nil))
	got, err := gexf.Decode(bytes.NewReader(out.Bytes()), "rich.gexf")
	require.NoError(t, err)
	formattest.AssertSameGraph(t, g, got)

	var again bytes.Buffer
	require.NoError(t, gexf.Encode(&again, got, nil))
	assert.Equal(t, out.String(), again.String(), "a re-export is byte-identical")
}

func TestFixtureRoundTrip(t *testing.T) {
	for _, file := range []string{"arctic.gexf", "data.gexf", "les_miserables.gexf", "v1_3.gexf"} {
		t.Run(file, func(t *testing.T) {
			g := decodeFixture(t, file)
			var out bytes.Buffer
			require.NoError(t, gexf.Encode(&out, g, nil))
			got, err := gexf.Decode(&out, file)
			require.NoError(t, err)
			formattest.AssertSameGraph(t, g, got)
		})
	}
}

func TestEncodeMatchesGolden(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, gexf.Encode(&out, formattest.Rich(t), nil))
	golden := filepath.Join("testdata", "rich.gexf")
	if *update {
		require.NoError(t, os.WriteFile(golden, out.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), out.String())
}

func TestEncodeWritesViz(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, gexf.Encode(&out, formattest.Rich(t), nil))
	s := out.String()
	assert.Contains(t, s, `<viz:position x="12.5" y="-3e2" z="0"/>`)
	assert.Contains(t, s, `<viz:color r="160" g="177" b="194"/>`)
	assert.Contains(t, s, `<viz:size value="4"/>`)
	assert.Contains(t, s, `kind="participant"`)
	assert.Contains(t, s, `type="undirected" kind="related" label="knows" weight="2.5"`)
	assert.Contains(t, s, `<dossier:attr name="dossier.documents">[{`)
	assert.Contains(t, s, "<description>two\nlines</description>", "a description attribute is GEXF's own")
}

// gexfChildren lists, per element, the children Gephi's reader expects
// (GEXF 1.3 schema, the parts Encode writes).
var gexfChildren = map[string][]string{
	"gexf":       {"meta", "graph"},
	"meta":       {"creator", "keywords", "description", "dossier:attr"},
	"graph":      {"attributes", "nodes", "edges"},
	"attributes": {"attribute"},
	"attribute":  {"default"},
	"nodes":      {"node"},
	"node":       {"attvalues", "viz:position", "viz:color", "viz:size"},
	"edges":      {"edge"},
	"edge":       {"attvalues"},
	"attvalues":  {"attvalue"},
}

// required lists the attributes each element must have.
var required = map[string][]string{
	"gexf":      {"version"},
	"attribute": {"id", "title", "type"},
	"node":      {"id", "label"},
	"edge":      {"id", "source", "target"},
	"attvalue":  {"for", "value"},
}

func TestEncodeHasTheStructureGephiExpects(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, gexf.Encode(&out, formattest.Rich(t), nil))
	d := xml.NewDecoder(&out)
	prefix := map[string]string{gexf.Namespace: "", gexf.VizNamespace: "viz:", gexf.DossierNamespace: "dossier:"}
	declared := map[string]map[string]bool{"node": {}, "edge": {}}
	nodes := map[string]bool{}
	var stack []string
	var class string
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		switch e := tok.(type) {
		case xml.StartElement:
			p, ok := prefix[e.Name.Space]
			require.True(t, ok, "<%s> in unexpected namespace %q", e.Name.Local, e.Name.Space)
			name := p + e.Name.Local
			if len(stack) == 0 {
				require.Equal(t, "gexf", name)
				assert.Equal(t, "1.3", attr(e, "version"))
			} else {
				parent := stack[len(stack)-1]
				assert.Contains(t, gexfChildren[parent], name, "<%s> inside <%s>", name, parent)
			}
			for _, a := range required[name] {
				assert.True(t, hasAttr(e, a), "<%s> lacks %s", name, a)
			}
			switch name {
			case "attributes":
				class = attr(e, "class")
				assert.Contains(t, []string{"node", "edge"}, class)
			case "attribute":
				declared[class][attr(e, "id")] = true
			case "node":
				assert.False(t, nodes[attr(e, "id")], "node ids are unique")
				nodes[attr(e, "id")] = true
			case "edge":
				assert.True(t, nodes[attr(e, "source")] && nodes[attr(e, "target")], "edges come after their nodes")
				assert.Contains(t, []string{"", "directed", "undirected"}, attr(e, "type"))
			case "attvalue":
				owner := stack[len(stack)-2]
				assert.True(t, declared[owner][attr(e, "for")], "attvalue for=%q is declared for %s", attr(e, "for"), owner)
			}
			stack = append(stack, name)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	assert.Empty(t, stack)
}

func attr(e xml.StartElement, name string) string {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

func hasAttr(e xml.StartElement, name string) bool {
	for _, a := range e.Attr {
		if a.Name.Local == name {
			return true
		}
	}
	return false
}

func TestEncodeSelection(t *testing.T) {
	g := formattest.Rich(t)
	sel := g.Select(graphmodel.ViewSpec{Kinds: []graphmodel.Kind{graphmodel.KindActor, graphmodel.KindMeeting}})
	var out bytes.Buffer
	require.NoError(t, gexf.Encode(&out, g, &sel))
	got, err := gexf.Decode(&out, "part.gexf")
	require.NoError(t, err)
	assert.Equal(t, 3, got.NodeCount())
	assert.Equal(t, 2, got.EdgeCount())
	assert.Len(t, got.Documents(), 2, "the documents travel with any selection")
}

func TestHostileInput(t *testing.T) {
	small := xmlio.DefaultLimits()
	small.MaxInput = 4 << 10
	arctic, err := io.ReadAll(formattest.Fixture(t, fixtureDepth, "gexf/arctic.gexf"))
	require.NoError(t, err)
	laughs := `<?xml version="1.0"?>
<!DOCTYPE gexf [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<gexf><graph><nodes><node id="n" label="&c;"/></nodes></graph></gexf>`
	for _, tc := range []struct {
		name   string
		input  string
		limits *xmlio.Limits
		is     error
		says   string
	}{
		{"billion laughs", laughs, nil, xmlio.ErrSyntax, "bad.gexf:7:44: invalid character entity &c;"},
		{"10k-deep nesting", "<gexf><graph><nodes><node id=\"a\">" + strings.Repeat("<nodes><node id=\"b\">", 5000), nil, xmlio.ErrLimit, "nested deeper than 256 levels"},
		{"truncated", string(arctic[:len(arctic)/3]), nil, xmlio.ErrSyntax, "(truncated?)"},
		{"input too large", string(arctic), &small, xmlio.ErrLimit, "input larger than 4096 bytes"},
		{"empty", "", nil, xmlio.ErrSyntax, "empty file"},
		{"not GEXF", `<graphml><graph/></graphml>`, nil, xmlio.ErrSyntax, "not a GEXF file"},
		{"duplicate node id", "<gexf><graph><nodes>\n<node id=\"a\"/><node id=\"a\"/></nodes></graph></gexf>", nil, graphmodel.ErrDuplicate, `bad.gexf:2:15: add node "a"`},
		{"duplicate attribute id", `<gexf><graph><attributes class="node"><attribute id="0"/><attribute id="0"/></attributes></graph></gexf>`, nil, graphmodel.ErrDuplicate, `attribute id "0" declared twice`},
		{"edge to missing node", "<gexf><graph><nodes><node id=\"a\"/></nodes>\n<edges><edge id=\"e\" source=\"a\" target=\"ghost\"/></edges></graph></gexf>", nil, graphmodel.ErrNotFound, `bad.gexf:2:8: edge "e": target node "ghost": not found`},
		{"unsupported encoding", `<?xml version="1.0" encoding="KOI8-R"?><gexf/>`, nil, nil, `unsupported encoding "KOI8-R"`},
		{"no graph", `<gexf version="1.3"><meta/></gexf>`, nil, xmlio.ErrSyntax, "no <graph> element"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lim := xmlio.DefaultLimits()
			if tc.limits != nil {
				lim = *tc.limits
			}
			g, err := gexf.DecodeWithLimits(strings.NewReader(tc.input), "bad.gexf", lim)
			require.Error(t, err)
			assert.Nil(t, g)
			if tc.is != nil {
				assert.ErrorIs(t, err, tc.is)
			}
			assert.Contains(t, err.Error(), tc.says)
			assert.True(t, strings.HasPrefix(err.Error(), "bad.gexf:"), "the error names the file: %v", err)
		})
	}
}

func TestLatin1Declaration(t *testing.T) {
	src := "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><gexf><graph><nodes><node id=\"1\" label=\"S\xe3o Paulo\"/></nodes></graph></gexf>"
	g, err := gexf.Decode(strings.NewReader(src), "latin1.gexf")
	require.NoError(t, err)
	assert.Equal(t, "São Paulo", node(t, g, "1").Label)
}

func FuzzDecode(f *testing.F) {
	for _, file := range []string{"data.gexf", "v1_3.gexf"} {
		b, err := io.ReadAll(formattest.Fixture(f, fixtureDepth, "gexf/"+file))
		require.NoError(f, err)
		f.Add(b)
	}
	f.Add([]byte(hierarchy))
	var rich bytes.Buffer
	require.NoError(f, gexf.Encode(&rich, formattest.Rich(f), nil))
	f.Add(rich.Bytes())
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := gexf.Decode(bytes.NewReader(data), "fuzz.gexf")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz.gexf") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		// Whatever was read must survive our own export.
		var out bytes.Buffer
		require.NoError(t, gexf.Encode(&out, g, nil))
		again, err := gexf.Decode(&out, "again.gexf")
		require.NoError(t, err)
		formattest.AssertSameGraph(t, g, again)
	})
}

func BenchmarkDecodeArctic(b *testing.B) {
	data, err := io.ReadAll(formattest.Fixture(b, fixtureDepth, "gexf/arctic.gexf"))
	require.NoError(b, err)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := gexf.Decode(bytes.NewReader(data), "arctic.gexf"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkEncodeArctic(b *testing.B) {
	g := decodeFixture(b, "arctic.gexf")
	b.ReportAllocs()
	for b.Loop() {
		if err := gexf.Encode(io.Discard, g, nil); err != nil {
			b.Fatal(err)
		}
	}
}
