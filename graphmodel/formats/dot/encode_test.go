package dot_test

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/goccy/go-graphviz"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot"
	"dossier/graphmodel/formats/dot/ast"
	"dossier/graphmodel/formats/dot/parser"
	"dossier/graphmodel/formats/internal/formattest"
)

func TestQuote(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a", "a"},
		{"_x9", "_x9"},
		{"-1.5", "-1.5"},
		{".5", ".5"},
		{"3.", "3."},
		{"1e5", `"1e5"`},
		{"01", "01"},
		{"", `""`},
		{"graph", `"graph"`},
		{"Node", `"Node"`},
		{"a b", `"a b"`},
		{"a-b", `"a-b"`},
		{"Контрагенты", `"Контрагенты"`},
		{`say "hi"`, `"say \"hi\""`},
		{`C:\dir`, `"C:\dir"`},
		{`two\\`, `"two\\"`},
		{"line\nbreak", "\"line\nbreak\""},
		{`end\`, `"end\\"`},                  // cannot be spelt: one more backslash
		{`odd\"`, `"odd\\\""`},               // cannot be spelt either
		{"odd\\\nline", "\"odd\\\\\nline\""}, // a backslash before a line end joins lines in DOT
	} {
		assert.Equal(t, tc.want, dot.Quote(tc.in), "%q", tc.in)
	}
}

// TestQuoteReadsBack parses what Quote makes: the scanner gives back the
// string, for every string Quote can spell.
func TestQuoteReadsBack(t *testing.T) {
	for _, s := range []string{"a", "a b", `q"q`, `\N`, `a\\"b`, "x\r\ny", "עברית", "東京", "🤝", "<b>", "{}", "-", "--", "->", "//", "/*", "#", "graph", "1e5", "1.2.3"} {
		f, _, err := parser.Parse([]byte("digraph { " + dot.Quote(s) + " }"))
		require.NoError(t, err, "%q", s)
		require.Len(t, f.Graphs[0].Stmts, 1, "%q", s)
		assert.Equal(t, s, f.Graphs[0].Stmts[0].(*ast.NodeStmt).Node.ID.Value)
	}
}

// tricky builds a graph whose ids, labels and attributes hold what DOT's
// quoting finds hard.
func tricky(t *testing.T) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	ids := []string{"graph", "node", "1", "-1.5", "1e5", "01", `a"b`, `ends\`, `odd\"q`, "two\nlines", "crlf\r\n",
		`back\\slash`, "tab\tx", "nul\x00byte", `\N`, "<html>", "a:b", "a->b", "   ", "עברית", "東京"}
	for i, id := range ids {
		n := graphmodel.Node{ID: id, Kind: graphmodel.KindEntity, Label: id}
		switch i % 3 {
		case 1:
			n.Label = "label of " + id
		case 2:
			n.Label = id + `\n\l\\` + "\n"
		}
		n.Attrs = map[string]string{"v": id, id: "key", "dot.shape": "box"}
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	for i := 1; i < len(ids); i++ {
		_, err := g.AddEdge(graphmodel.Edge{ID: ids[i] + "~" + ids[i-1], Kind: graphmodel.EdgeRelated, Source: ids[i], Target: ids[i-1],
			Attrs: map[string]string{"label": ids[i], "w": ids[i-1]}})
		require.NoError(t, err)
	}
	g.Attrs["name"] = `odd name\`
	g.Attrs["label"] = "graph \\ label\n"
	return g
}

func TestTrickyStringsSurviveARoundTrip(t *testing.T) {
	want := tricky(t)
	src := encode(t, want, nil)
	got := decode(t, src)
	formattest.AssertSameGraph(t, want, got)
	assert.Contains(t, string(src), `"dossier.json"=`, "what Quote cannot spell goes into dossier.json")
	assert.Contains(t, string(src), "\tnode1 [", "ids Quote cannot spell get a stand-in name...")
	assert.Contains(t, string(src), `\"dossier.id\":\"ends\\\"`, "...and keep the id in dossier.id")
}

func TestOnlyUndirectedEdgesMakeAGraph(t *testing.T) {
	g := graphmodel.New()
	for _, id := range []string{"a", "b"} {
		_, err := g.AddNode(graphmodel.Node{ID: id, Kind: graphmodel.KindEntity, Label: id})
		require.NoError(t, err)
	}
	_, err := g.AddEdge(graphmodel.Edge{ID: "e", Kind: graphmodel.EdgeRelated, Source: "a", Target: "b", Undirected: true})
	require.NoError(t, err)
	src := string(encode(t, g, nil))
	assert.True(t, strings.HasPrefix(src, "graph {\n"), src)
	assert.Contains(t, src, "\ta -- b [id=e, kind=related];\n")
	assert.NotContains(t, src, "dir=")
	formattest.AssertSameGraph(t, g, decode(t, []byte(src)))

	empty := string(encode(t, graphmodel.New(), nil))
	assert.Equal(t, "digraph {\n}\n", empty)
}

func TestEncodeSelection(t *testing.T) {
	g := formattest.Rich(t)
	sel, err := g.Ego("venue:moscow", 1)
	require.NoError(t, err)
	got := decode(t, encode(t, g, &sel))
	assert.Equal(t, 2, got.NodeCount())
	assert.Equal(t, 1, got.EdgeCount())
	_, ok := got.Edge("venue:meeting:1->venue:moscow")
	assert.True(t, ok)
	assert.Len(t, got.Documents(), 2, "documents go with any selection: spans point into them")

	_, err = g.Ego("nope", 1)
	require.Error(t, err)
	err = dot.Encode(&bytes.Buffer{}, g, &graphmodel.Selection{Nodes: []string{"nope"}})
	assert.ErrorIs(t, err, graphmodel.ErrNotFound)
}

// TestImportedLooksAreWrittenBack: DOT attributes kept on import become
// DOT attributes again; a renamed node's label replaces its raw one.
func TestImportedLooksAreWrittenBack(t *testing.T) {
	g, _ := read(t, `digraph G {
		rankdir=LR
		subgraph cluster_a { label=<<B>A</B>>; s [shape=record, label="<p> x|y"] }
		h [label=<<I>hi</I>>]
		p [label="\N!"]
		s:p -> h [color=red, label="\T to \H", dir=back]
	}`)
	src := string(encode(t, g, nil))
	for _, want := range []string{
		"digraph G {\n",
		"\trankdir=LR;\n",
		"\tsubgraph cluster_a {\n\t\tlabel=<<B>A</B>>;\n\t\ts [label=\"<p> x|y\", kind=entity, shape=record];\n\t}\n",
		"\th [label=<<I>hi</I>>, kind=entity];\n",
		`p [label="\N!", kind=entity];`,
		`s -> h [id="s->h", label="\T to \H", kind=related, color=red, dir=back, tailport=p];`,
	} {
		assert.Contains(t, src, want)
	}
	formattest.AssertSameGraph(t, g, decode(t, []byte(src)))

	require.NoError(t, g.RenameNode("s", "new | name"))
	require.NoError(t, g.RenameNode("h", "plain"))
	src = string(encode(t, g, nil))
	assert.Contains(t, src, `s [label="new \| name", kind=entity, "dossier.aliases"="[\"x | y\"]", shape=record];`, "record syntax escaped")
	assert.Contains(t, src, `h [label=plain, kind=entity, "dossier.aliases"="[\"hi\"]"];`, "the old label is an alias now")
	back := decode(t, []byte(src))
	assert.Equal(t, "new | name", node(t, back, "s").Label)
	assert.Equal(t, "plain", node(t, back, "h").Label)
}

// TestGraphvizReadsTheExport hands exported files to Graphviz itself (the
// WebAssembly build the renderer uses): it parses them, with every node
// and edge, each node under its name.
func TestGraphvizReadsTheExport(t *testing.T) {
	if testing.Short() {
		t.Skip("starts Graphviz")
	}
	gv, err := graphviz.New(context.Background())
	require.NoError(t, err)
	defer gv.Close()
	for name, g := range map[string]*graphmodel.Graph{"rich": formattest.Rich(t), "tricky": tricky(t)} {
		src := encode(t, g, nil)
		parsed, err := graphviz.ParseBytes(src)
		require.NoError(t, err, name)
		nodes, err := parsed.NodeNum()
		require.NoError(t, err)
		edges, err := parsed.EdgeNum()
		require.NoError(t, err)
		assert.Equal(t, g.NodeCount(), nodes, name)
		assert.Equal(t, g.EdgeCount(), edges, name)
		if name == "rich" { // every id of the rich graph is spelt as it is
			for _, n := range g.Nodes() {
				gn, err := parsed.NodeByName(n.ID)
				require.NoError(t, err, n.ID)
				require.NotNil(t, gn, n.ID)
			}
			putin, err := parsed.NodeByName("actor:putin")
			require.NoError(t, err)
			assert.Equal(t, "Vladimir Putin", putin.GetStr("label"))
		}
		require.NoError(t, parsed.Close())
	}
}
