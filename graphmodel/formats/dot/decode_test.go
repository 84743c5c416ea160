package dot_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot"
	"dossier/graphmodel/formats/internal/jsontree"
)

func read(t *testing.T, src string) (*graphmodel.Graph, []string) {
	t.Helper()
	g, warnings, err := dot.DecodeWithWarnings(strings.NewReader(src), "test.gv")
	require.NoError(t, err, src)
	return g, warnings
}

func readErr(t *testing.T, src string) error {
	t.Helper()
	_, _, err := dot.DecodeWithWarnings(strings.NewReader(src), "test.gv")
	require.Error(t, err, src)
	return err
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

func edgeIDs(g *graphmodel.Graph) []string {
	var ids []string
	for _, e := range g.Edges() {
		ids = append(ids, e.ID)
	}
	return ids
}

func TestDefaultsApplyToLaterElementsInTheirScope(t *testing.T) {
	g, _ := read(t, `digraph {
		early
		node [shape=box, color=red]
		edge [color=blue]
		boxed
		subgraph s {
			node [shape=circle]
			edge [style=dashed]
			round -> boxed
		}
		after
		node [shape=egg]
		late -> round
	}`)
	assert.NotContains(t, node(t, g, "early").Attrs, "dot.shape", "defaults do not reach back to nodes made before them")
	assert.Equal(t, "box", node(t, g, "boxed").Attrs["dot.shape"])
	assert.Equal(t, "red", node(t, g, "boxed").Attrs["dot.color"])
	assert.Equal(t, "circle", node(t, g, "round").Attrs["dot.shape"], "subgraph default")
	assert.Equal(t, "red", node(t, g, "round").Attrs["dot.color"], "inherited from the graph")
	assert.Equal(t, "box", node(t, g, "after").Attrs["dot.shape"], "subgraph defaults end with the subgraph")
	assert.Equal(t, "egg", node(t, g, "late").Attrs["dot.shape"])
	assert.Equal(t, map[string]string{"dot.color": "blue", "dot.style": "dashed"}, edge(t, g, "round->boxed").Attrs)
	assert.Equal(t, map[string]string{"dot.color": "blue"}, edge(t, g, "late->round").Attrs)
}

func TestNodeStatementSetsAttributesOfAnExistingNode(t *testing.T) {
	g, _ := read(t, `digraph { a -> b; a [color=red]; a [shape=box] }`)
	assert.Equal(t, map[string]string{"dot.color": "red", "dot.shape": "box"}, node(t, g, "a").Attrs)
}

func TestChainedEdgesShareAttributes(t *testing.T) {
	g, _ := read(t, `digraph { a -> b -> c [color=red, label="x"] }`)
	assert.Equal(t, []string{"a->b", "b->c"}, edgeIDs(g))
	for _, id := range []string{"a->b", "b->c"} {
		assert.Equal(t, map[string]string{"dot.color": "red", "label": "x"}, edge(t, g, id).Attrs)
	}
}

func TestEdgesToAndFromSubgraphs(t *testing.T) {
	g, _ := read(t, `digraph {
		{a b} -> {c; subgraph inner {d}} -> e
		x -> {y y}
	}`)
	assert.Equal(t, []string{"a->c", "a->d", "b->c", "b->d", "c->e", "d->e", "x->y"}, edgeIDs(g))
}

func TestParallelEdgesKeepDistinctIDs(t *testing.T) {
	g, _ := read(t, `digraph { a -> b; a -> b [color=red]; a -> b [id="a->b#2"]; b -> a }`)
	assert.Equal(t, []string{"a->b", "a->b#2", "a->b#3", "b->a"}, edgeIDs(g))
	assert.Equal(t, "red", edge(t, g, "a->b#3").Attrs["dot.color"], "an explicit id is kept; generated ones step around it")
}

func TestEdgeIDAttribute(t *testing.T) {
	g, warnings := read(t, `digraph { a -> b [id=first]; b -> c [id=twice]; c -> d [id=twice] }`)
	assert.Equal(t, []string{"b->c", "c->d", "first"}, edgeIDs(g))
	assert.Equal(t, "twice", edge(t, g, "b->c").Attrs["dot.id"])
	require.Len(t, warnings, 1)
	assert.Contains(t, warnings[0], "2 edges share an id")
}

func TestStrictGraphsMergeRepeatedEdges(t *testing.T) {
	g, _ := read(t, `strict digraph { a -> b; a -> b [color=red]; b -> a; a -> a }`)
	assert.Equal(t, []string{"a->a", "a->b", "b->a"}, edgeIDs(g), "one edge per ordered pair; loops stay")
	assert.Equal(t, "red", edge(t, g, "a->b").Attrs["dot.color"], "attributes of the repeat are merged in")

	g, _ = read(t, `strict graph { a -- b; b -- a [color=red]; {a b} -- c; c -- a }`)
	assert.Equal(t, []string{"a--b", "a--c", "b--c"}, edgeIDs(g), "undirected: one edge per pair")
	assert.Equal(t, "red", edge(t, g, "a--b").Attrs["dot.color"])
}

func TestDirection(t *testing.T) {
	g, _ := read(t, `graph { a -- b; b -- c [dir=forward] }`)
	assert.True(t, edge(t, g, "a--b").Undirected)
	assert.False(t, edge(t, g, "b--c").Undirected, "dir=forward draws an arrow: a directed edge")

	g, _ = read(t, `digraph { a -> b; b -> c [dir=none]; c -> d [dir=back] }`)
	assert.False(t, edge(t, g, "a->b").Undirected)
	assert.True(t, edge(t, g, "b->c").Undirected)
	assert.NotContains(t, edge(t, g, "b->c").Attrs, "dot.dir")
	assert.False(t, edge(t, g, "c->d").Undirected, "dir=back only moves the arrow")
	assert.Equal(t, "back", edge(t, g, "c->d").Attrs["dot.dir"])
}

func TestPortsAndCompassPoints(t *testing.T) {
	g, _ := read(t, `digraph { a:p:ne -> b:s; c:"q r" -> d [tailport=x] }`)
	e := edge(t, g, "a->b")
	assert.Equal(t, "p:ne", e.Attrs["dot.tailport"])
	assert.Equal(t, "s", e.Attrs["dot.headport"])
	assert.Equal(t, "q r", edge(t, g, "c->d").Attrs["dot.tailport"], "the port written on the end wins")
}

func TestLabels(t *testing.T) {
	g, _ := read(t, `digraph "G1" {
		label = "Graph \G"
		plain [label="two\nlines\lleft\rright\r"]
		named [label="I am \N in \G"]
		esc [label="back\\slash \"q\" \x"]
		default
		empty [label=""]
		a -> b [label="\E: \T to \H"]
		u [label="\N"]
	}`)
	assert.Equal(t, "Graph G1", g.Attrs["label"])
	assert.Equal(t, `Graph \G`, g.Attrs["dot.label"], "a label with escapes is kept as written too")
	assert.Equal(t, "two\nlines\nleft\nright", node(t, g, "plain").Label, "a final \\r ends the line")
	assert.Equal(t, "I am named in G1", node(t, g, "named").Label)
	assert.Equal(t, `I am \N in \G`, node(t, g, "named").Attrs["dot.label"], "the raw label is kept for the renderer")
	assert.Equal(t, `back\slash "q" x`, node(t, g, "esc").Label)
	assert.Equal(t, "default", node(t, g, "default").Label)
	assert.NotContains(t, node(t, g, "default").Attrs, "dot.label")
	assert.Equal(t, "empty", node(t, g, "empty").Label, "an empty label shows the id in Dossier...")
	assert.Equal(t, "", node(t, g, "empty").Attrs["dot.label"], "...and keeps the empty DOT label")
	assert.Contains(t, node(t, g, "empty").Attrs, "dot.label")
	assert.Equal(t, "a->b: a to b", edge(t, g, "a->b").Attrs["label"])
	assert.NotContains(t, node(t, g, "u").Attrs, "dot.label", `\N is the default`)
}

func TestRecordLabels(t *testing.T) {
	g, _ := read(t, `digraph {
		node [shape=record]
		s [label="<f0> left|<f1> mid\ dle|{<n> a  |{b|c}}| \{x\|y\} "]
		m [shape=Mrecord, label="one\ntwo|three"]
		plain [shape=box, label="a|b"]
	}`)
	assert.Equal(t, "left | mid dle | a | b | c | {x|y}", node(t, g, "s").Label)
	assert.Equal(t, "one\ntwo | three", node(t, g, "m").Label)
	assert.Equal(t, "a|b", node(t, g, "plain").Label, "only record shapes have fields")
	assert.Equal(t, "record", node(t, g, "s").Attrs["dot.shape"])
}

func TestHTMLLabels(t *testing.T) {
	g, _ := read(t, `digraph {
		t [label=<<TABLE><TR><TD>left</TD><TD PORT="p">mid &amp; dle</TD></TR>
		<TR><TD>row<BR/>two</TD></TR></TABLE>>]
		f [label=<<FONT FACE="Helvetica" POINT-SIZE="9"><B>bold</B> &lt;tag&gt;</FONT>>]
		q [label="<B>not html</B>"]
	}`)
	tn := node(t, g, "t")
	assert.Equal(t, "left mid & dle\nrow\ntwo", tn.Label)
	assert.Equal(t, "true", tn.Attrs["dot.label.html"])
	assert.True(t, strings.HasPrefix(tn.Attrs["dot.label"], "<TABLE><TR><TD>left"), "the raw HTML is kept")
	assert.Equal(t, "bold <tag>", node(t, g, "f").Label)
	assert.Equal(t, "<B>not html</B>", node(t, g, "q").Label, "a quoted string is text, whatever it holds")
	assert.NotContains(t, node(t, g, "q").Attrs, "dot.label.html")
}

func TestPositions(t *testing.T) {
	g, _ := read(t, `digraph { a [pos="43,178"]; b [pos="-1.5,2e3"]; c [pos="10.5,20!"]; d [pos="1,2,3"] }`)
	a := node(t, g, "a")
	assert.Equal(t, "43", a.Attrs["x"])
	assert.Equal(t, "178", a.Attrs["y"])
	assert.Equal(t, "43,178", a.Attrs["dot.pos"])
	assert.NotContains(t, node(t, g, "b").Attrs, "x", "not a plain decimal")
	assert.Equal(t, "10.5", node(t, g, "c").Attrs["x"], "pinned")
	assert.Equal(t, "2", node(t, g, "d").Attrs["y"], "3D")
}

func TestClusters(t *testing.T) {
	g, _ := read(t, `digraph {
		subgraph cluster_outer {
			label = "Outer"
			a
			subgraph cluster_inner { graph [label=<<B>In</B>>, color=blue]; b }
			subgraph plain { rank = same; c }
		}
		subgraph other { cluster = true; d }
		{ e }
		subgraph cluster_inner2 { x }
		subgraph cluster_outer { x }
		f -> a
	}`)
	assert.Equal(t, "cluster_outer", node(t, g, "a").Attrs[dot.AttrCluster])
	assert.Equal(t, "cluster_inner", node(t, g, "b").Attrs[dot.AttrCluster])
	assert.Equal(t, "cluster_outer", node(t, g, "c").Attrs[dot.AttrCluster], "a plain subgraph inside a cluster")
	assert.Equal(t, "other", node(t, g, "d").Attrs[dot.AttrCluster], "cluster=true")
	assert.NotContains(t, node(t, g, "e").Attrs, dot.AttrCluster)
	assert.NotContains(t, node(t, g, "f").Attrs, dot.AttrCluster)
	assert.Equal(t, "cluster_inner2", node(t, g, "x").Attrs[dot.AttrCluster], "the first cluster a node is in stays, unless a nested one follows")

	clusters, err := dot.Clusters(g)
	require.NoError(t, err)
	assert.Equal(t, []dot.Cluster{
		{Name: "cluster_outer", Attrs: map[string]string{"label": "Outer"}},
		{Name: "cluster_inner", Parent: "cluster_outer", Attrs: map[string]string{"label": "<B>In</B>", "label.html": "true", "color": "blue"}},
		{Name: "other", Attrs: map[string]string{"cluster": "true"}},
		{Name: "cluster_inner2"},
	}, clusters)
}

func TestGraphAttributes(t *testing.T) {
	g, _ := read(t, `digraph G { rankdir=LR; graph [bgcolor=white]; subgraph s { rank=same; a } clusters=x }`)
	assert.Equal(t, "G", g.Attrs[dot.AttrName])
	assert.Equal(t, "LR", g.Attrs["dot.rankdir"])
	assert.Equal(t, "white", g.Attrs["dot.bgcolor"])
	assert.NotContains(t, g.Attrs, "dot.rank", "a plain subgraph's attributes are not the graph's")
	assert.Equal(t, "x", g.Attrs["clusters"], "a file's own clusters attribute does not clash with dot.clusters")
	assert.Equal(t, dot.FormatName, g.Attrs["format"])
}

func TestKindsAndTypesFromAttributes(t *testing.T) {
	g, _ := read(t, `digraph {
		putin [kind=actor, type=person, label="Vladimir Putin"]
		moscow [type=city]
		m [kind=meeting]
		gene [type=protein]
		putin -> m [kind=participant]
		moscow -> m [kind=participant]
	}`)
	p := node(t, g, "putin")
	assert.Equal(t, graphmodel.KindActor, p.Kind)
	assert.Equal(t, graphmodel.TypePerson, p.Type)
	assert.Equal(t, graphmodel.KindVenue, node(t, g, "moscow").Kind)
	assert.Equal(t, graphmodel.KindMeeting, node(t, g, "m").Kind)
	assert.Equal(t, graphmodel.KindEntity, node(t, g, "gene").Kind)
	assert.Equal(t, "protein", node(t, g, "gene").Type)
	assert.Equal(t, graphmodel.EdgeParticipant, edge(t, g, "putin->m").Kind)
	assert.Equal(t, graphmodel.EdgeRelated, edge(t, g, "moscow->m").Kind, "a venue cannot be a participant")
}

func TestNumeralAndUnicodeIDs(t *testing.T) {
	g, _ := read(t, "graph { -1.5 -- .5; Контрагенты -- \"下駄 配列\"; 2 }")
	for _, id := range []string{"-1.5", ".5", "Контрагенты", "下駄 配列", "2"} {
		node(t, g, id)
	}
	g, _ = decodeFixture(t, "russian.gv")
	assert.Len(t, edgeIDs(g), 7)
	edge(t, g, "Контрагенты->БанковскиеСчета")
}

func TestMultipleGraphsReadTheFirst(t *testing.T) {
	g, warnings := read(t, "digraph one { a } digraph two { b c }")
	assert.Equal(t, 1, g.NodeCount())
	assert.Equal(t, []string{"the file holds 2 graphs: only the first was read"}, warnings)
}

func TestLatin1(t *testing.T) {
	g, warnings := decodeFixture(t, "Latin1.gv")
	assert.Empty(t, warnings)
	assert.Equal(t, "áâãäåæçèéêëìíîïðñòóôõöøùúûü", node(t, g, "a").Label)
	assert.NotContains(t, g.Attrs, "dot.charset", "the text is UTF-8 now")

	// Names, not only labels, are converted; 0x80-0x9F read as Windows-1252.
	src := []byte("graph { charset=\"ISO-8859-1\"; caf\xe9 -- \"\x80uro\" }")
	g, _ = read(t, string(src))
	node(t, g, "café")
	node(t, g, "€uro")
}

func TestLatin1DeclaredButUTF8(t *testing.T) {
	g, warnings := read(t, `graph { charset=latin1; a [label="café"] }`)
	assert.Equal(t, "café", node(t, g, "a").Label)
	require.Len(t, warnings, 1)
	assert.Contains(t, warnings[0], "test.gv:1:17: the file declares charset=latin1 but its text is valid UTF-8")
}

func TestInvalidUTF8IsAClearError(t *testing.T) {
	err := readErr(t, "digraph {\n a [label=\"caf\xe9\"]\n}")
	assert.EqualError(t, err, "test.gv:2:15: text is not valid UTF-8 (byte 0xE9) and the file declares no charset: save the file as UTF-8, or declare charset=latin1 if it is Latin-1")

	err = readErr(t, "digraph {\ncharset=utf8\n\xff}")
	assert.Contains(t, err.Error(), "test.gv:3:1: text is not valid UTF-8 (byte 0xFF) and the file declares charset=utf8")

	err = readErr(t, "digraph { charset=big5; a }")
	assert.Contains(t, err.Error(), "test.gv:1:19: charset big5 is not supported")

	_, warnings := read(t, "digraph { charset=klingon; a }")
	assert.Equal(t, []string{`test.gv:1:19: unknown charset "klingon": read as UTF-8, as Graphviz does`}, warnings)
}

func TestCommentsEscapesAndContinuations(t *testing.T) {
	g, _ := read(t, "// comment\n# 2 \"x.gv\"\ndigraph { /* c */ a [label=\"one \\\ntwo\" + \" three\"] }")
	assert.Equal(t, "one two three", node(t, g, "a").Label)
	g, _ = decodeFixture(t, "165_2.dot")
	assert.Equal(t, `hello \" world`, edge(t, g, "a->b").Attrs["label"], "what Graphviz shows")
}

func TestFilesThatReadLocalFilesAreDisarmed(t *testing.T) {
	g, warnings := read(t, `digraph {
		graph [imagepath="/etc", fontpath="/usr/share/fonts", stylesheet="s.css", _background="I 0 0 1 1 9 -/etc/x"]
		node [image="/etc/passwd"]
		a; b [shapefile="/tmp/s.ps", fontname="/home/u/evil.ttf"]
		c [fontname="Helvetica-Oblique"]
		d [fontname="DejaVuSans.ttf"]
		e [label=<<TABLE><TR><TD><IMG SRC="/etc/passwd"/></TD><TD><FONT FACE="/x/y.ttf" COLOR="red">t</FONT></TD></TR></TABLE>>]
		a -> b [labelfontname="C:\\fonts\\x.ttf"]
	}`)
	for _, k := range []string{"dot.imagepath", "dot.fontpath", "dot.stylesheet", "dot._background"} {
		assert.NotContains(t, g.Attrs, k)
	}
	for _, id := range []string{"a", "b", "e"} {
		assert.NotContains(t, node(t, g, id).Attrs, "dot.image", id)
	}
	assert.NotContains(t, node(t, g, "b").Attrs, "dot.shapefile")
	assert.NotContains(t, node(t, g, "b").Attrs, "dot.fontname")
	assert.Equal(t, "Helvetica-Oblique", node(t, g, "c").Attrs["dot.fontname"], "a font name is harmless")
	assert.NotContains(t, node(t, g, "d").Attrs, "dot.fontname", "a font file is a path")
	html := node(t, g, "e").Attrs["dot.label"]
	assert.NotContains(t, html, "IMG")
	assert.NotContains(t, html, "/x/y.ttf")
	assert.Contains(t, html, `<FONT COLOR="red">t</FONT>`)
	assert.NotContains(t, edge(t, g, "a->b").Attrs, "dot.labelfontname")
	assert.ElementsMatch(t, []string{
		"removed IMG in label from node \"e\": it would make Graphviz read local files",
		"removed FONT FACE in label from node \"e\": it would make Graphviz read local files",
		"removed _background from the graph: it would make Graphviz read local files",
		"removed fontname from node \"b\", node \"d\": it would make Graphviz read local files",
		"removed fontpath from the graph: it would make Graphviz read local files",
		"removed image from node \"a\", node \"b\", node \"c\", node \"d\", node \"e\": it would make Graphviz read local files",
		"removed imagepath from the graph: it would make Graphviz read local files",
		"removed labelfontname from edge \"a->b\": it would make Graphviz read local files",
		"removed shapefile from node \"b\": it would make Graphviz read local files",
		"removed stylesheet from the graph: it would make Graphviz read local files",
	}, warnings)
}

func TestBadInputGivesOneClearError(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"", "test.gv: file is empty"},
		{" \n\t", "test.gv: file is empty"},
		{"\xff\xfeg\x00", "test.gv: file is UTF-16 text"},
		{"digraph {\n a -> \n}", `test.gv:3:1: expected a node or subgraph after the edge operator, found "}"`},
		{"<graphml/>", `test.gv:1:1: expected "graph" or "digraph", found HTML string "graphml/"`},
		{`{"nodes": []}`, `test.gv:1:1: expected "graph" or "digraph", found "{"`},
		{`digraph { a ["dossier.mentions"="[{\"doc\":\"nope\",\"start\":0,\"end\":1}]"] }`, `test.gv:1:11: node "a": add node "a"`},
		{`digraph { a ["dossier.aliases"="not json"] }`, `test.gv:1:11: node "a": node "a": dossier.aliases: invalid character`},
		{`digraph { a ["dossier.json"="{"] }`, `test.gv:1:11: node "a": attribute dossier.json: unexpected end of JSON input`},
		{`digraph { a ["dossier.id"=b]; b }`, `test.gv:1:31: node "b": add node "b": already exists`},
	} {
		err := readErr(t, tc.src)
		assert.Contains(t, err.Error(), tc.want, "%q", tc.src)
		assert.NotContains(t, err.Error(), "\n", "one line")
	}
	err := readErr(t, `digraph { a ["dossier.mentions"="[{\"doc\":\"nope\",\"start\":0,\"end\":1}]"] }`)
	assert.ErrorIs(t, err, graphmodel.ErrNotFound)
}

func TestSizeLimit(t *testing.T) {
	_, _, err := dot.DecodeWithLimit(strings.NewReader("digraph { a -> b }"), "big.gv", 10)
	require.Error(t, err)
	assert.True(t, errors.Is(err, jsontree.ErrTooLarge))
	assert.EqualError(t, err, "big.gv: file is larger than the limit of 10 bytes: file too large")
	_, _, err = dot.DecodeWithLimit(strings.NewReader("digraph{a}"), "ok.gv", 10)
	assert.NoError(t, err)
}

func TestEdgeExpansionIsBounded(t *testing.T) {
	var b strings.Builder
	b.WriteString("digraph { {")
	for i := range 400 {
		fmt.Fprintf(&b, " a%d", i)
	}
	b.WriteString(" } -> {")
	for i := range 400 {
		fmt.Fprintf(&b, " b%d", i)
	}
	b.WriteString(" } }")
	err := readErr(t, b.String())
	assert.Contains(t, err.Error(), "test.gv:1:11: more than")
	assert.Contains(t, err.Error(), "edges: too many for a file of this size")
}

func TestReadErrorIsWrapped(t *testing.T) {
	boom := errors.New("disk on fire")
	_, err := dot.Decode(&failingReader{err: boom}, "x.gv")
	assert.ErrorIs(t, err, boom)
	assert.Contains(t, err.Error(), "x.gv: read")
}

type failingReader struct{ err error }

func (f *failingReader) Read([]byte) (int, error) { return 0, f.err }

func TestByteOrderMarkIsSkipped(t *testing.T) {
	g, err := dot.Decode(bytes.NewReader(append([]byte{0xEF, 0xBB, 0xBF}, "graph { a }"...)), "bom.gv")
	require.NoError(t, err)
	assert.Equal(t, 1, g.NodeCount())
}
