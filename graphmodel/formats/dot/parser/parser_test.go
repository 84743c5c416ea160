package parser_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/formats/dot/ast"
	"dossier/graphmodel/formats/dot/parser"
)

func parse(t *testing.T, src string) *ast.Graph {
	t.Helper()
	f, warnings, err := parser.Parse([]byte(src))
	require.NoError(t, err)
	assert.Empty(t, warnings)
	require.Len(t, f.Graphs, 1)
	return f.Graphs[0]
}

func TestGraphHeader(t *testing.T) {
	for _, tc := range []struct {
		src              string
		strict, directed bool
		id               string
	}{
		{"graph {}", false, false, ""},
		{"digraph G {}", false, true, "G"},
		{`STRICT DiGraph "my graph" {}`, true, true, "my graph"},
		{"strict graph 42 {}", true, false, "42"},
	} {
		g := parse(t, tc.src)
		assert.Equal(t, tc.strict, g.Strict, tc.src)
		assert.Equal(t, tc.directed, g.Directed, tc.src)
		if tc.id == "" {
			assert.Nil(t, g.ID, tc.src)
		} else {
			require.NotNil(t, g.ID, tc.src)
			assert.Equal(t, tc.id, g.ID.Value, tc.src)
		}
	}
}

func TestStatements(t *testing.T) {
	g := parse(t, `digraph {
		rankdir = LR
		node [shape=box; color=red] [style=filled]
		edge [color=blue,]
		a [label="A"];
		a -> b -> {c d} [weight=2]
		subgraph cluster_x { e }
		{ f } -> g:p:ne
	}`)
	require.Len(t, g.Stmts, 7)

	assign := g.Stmts[0].(*ast.Assign)
	assert.Equal(t, "rankdir", assign.Key.Value)
	assert.Equal(t, "LR", assign.Value.Value)

	nodeDefaults := g.Stmts[1].(*ast.AttrStmt)
	assert.Equal(t, ast.NodeAttrs, nodeDefaults.Kind)
	require.Len(t, nodeDefaults.Attrs, 3, "two lists make one")
	assert.Equal(t, "style", nodeDefaults.Attrs[2].Key.Value)

	assert.Equal(t, ast.EdgeAttrs, g.Stmts[2].(*ast.AttrStmt).Kind)

	ns := g.Stmts[3].(*ast.NodeStmt)
	assert.Equal(t, "a", ns.Node.ID.Value)
	assert.Equal(t, ast.Quoted, ns.Attrs[0].Value.Kind)

	chain := g.Stmts[4].(*ast.EdgeStmt)
	require.Len(t, chain.Ends, 3)
	sub := chain.Ends[2].(*ast.Subgraph)
	assert.Nil(t, sub.ID, "{c d} is anonymous")
	assert.Len(t, sub.Stmts, 2)
	assert.Equal(t, "weight", chain.Attrs[0].Key.Value)

	cluster := g.Stmts[5].(*ast.Subgraph)
	assert.Equal(t, "cluster_x", cluster.ID.Value)

	fromSub := g.Stmts[6].(*ast.EdgeStmt)
	end := fromSub.Ends[1].(*ast.NodeID)
	assert.Equal(t, "p", end.Port.Name.Value)
	assert.Equal(t, "ne", end.Port.Compass.Value)
	assert.Equal(t, "p:ne", end.Port.String())
}

func TestIdentifiers(t *testing.T) {
	g := parse(t, "digraph {\n"+
		"Контрагенты -> 下駄配列\n"+ // unquoted UTF-8 names
		"-1.5 -> .5 -> 42 -> 3.\n"+ // numerals
		`"say \"hi\"" -> "a\\b" -> "line\nescape"`+"\n"+ // escapes stay for labels, \" is a quote
		"\"joined \\\n lines\" -> \"con\" + \"cat\" + \"enated\"\n"+
		"<a <b>nested</b> html> -> x\n"+
		"}")
	var got []string
	var kinds []ast.IDKind
	for _, s := range g.Stmts {
		for _, v := range s.(*ast.EdgeStmt).Ends {
			got = append(got, v.(*ast.NodeID).ID.Value)
			kinds = append(kinds, v.(*ast.NodeID).ID.Kind)
		}
	}
	assert.Equal(t, []string{
		"Контрагенты", "下駄配列",
		"-1.5", ".5", "42", "3.",
		`say "hi"`, `a\\b`, `line\nescape`,
		"joined  lines", "concatenated",
		"a <b>nested</b> html", "x",
	}, got)
	assert.Equal(t, []ast.IDKind{ast.Name, ast.Name, ast.Numeral, ast.Numeral, ast.Numeral, ast.Numeral,
		ast.Quoted, ast.Quoted, ast.Quoted, ast.Quoted, ast.Quoted, ast.HTML, ast.Name}, kinds)
}

func TestCommentsAndPreprocessorLines(t *testing.T) {
	g := parse(t, `# 1 "file.gv"
// a comment
digraph { /* a
  block */ a // trailing
  #pragma ignored
  b /* inline */ -> c
}`)
	require.Len(t, g.Stmts, 2)
}

func TestKeywordsIgnoreCase(t *testing.T) {
	g := parse(t, "DIGRAPH { NODE [shape=box] Edge [color=red] SubGraph s { a } }")
	require.Len(t, g.Stmts, 3)
	assert.IsType(t, &ast.Subgraph{}, g.Stmts[2])
}

func TestPositions(t *testing.T) {
	g := parse(t, "digraph {\n\tКонтрагенты -> b\n}")
	e := g.Stmts[0].(*ast.EdgeStmt)
	assert.Equal(t, ast.Pos{Offset: 11, Line: 2, Col: 2}, e.Ends[0].Position())
	// Columns count characters: Контрагенты is 11 of them (22 bytes).
	assert.Equal(t, 2, e.Ends[1].Position().Line)
	assert.Equal(t, 17, e.Ends[1].Position().Col)
}

func TestSeveralGraphs(t *testing.T) {
	f, _, err := parser.Parse([]byte("graph a {} digraph b { x }"))
	require.NoError(t, err)
	require.Len(t, f.Graphs, 2)
	assert.Equal(t, "b", f.Graphs[1].ID.Value)
}

func TestBadlyDelimitedNumberIsSplitWithAWarning(t *testing.T) {
	f, warnings, err := parser.Parse([]byte("graph { 1abc }"))
	require.NoError(t, err)
	require.Len(t, f.Graphs[0].Stmts, 2, "1 and abc, as Graphviz reads it")
	require.Len(t, warnings, 1)
	assert.Contains(t, warnings[0].String(), "1:9: number 1 runs into")
}

func TestErrorsSayWhere(t *testing.T) {
	for _, tc := range []struct {
		src, want string
	}{
		{"", "1:1: no graph in the file"},
		{"   \n  ", "2:3: no graph in the file"},
		{"digraph { a -> }", `1:16: expected a node or subgraph after the edge operator, found "}"`},
		{"graph { a -> b }", "1:11: '->' in an undirected graph"},
		{"digraph { a -- b }", "1:13: '--' in a directed graph"},
		{"digraph {\n a -> b\n", "3:1: end of file inside the block opened at 1:9"},
		{"digraph { a [color] }", `1:19: expected '=' after attribute "color"`},
		{"digraph { a [color=red }", `1:24: expected an attribute name or ']', found "}"`},
		{"digraph { a [color=red", "1:23: end of file inside the attribute list opened at 1:13"},
		{"digraph { a @ b }", `1:13: unexpected character '@'`},
		{"digraph {\n  \"never closed }", "2:3: string is never closed"},
		{"digraph { a [label=<<b>x</b>] }", "1:20: HTML string is never closed"},
		{"digraph { /* open", "1:11: comment /* is never closed"},
		{"digraph { node -> a }", `1:16: expected "[" after "node"`},
		{"digraph { a + b }", `1:13: expected a statement, found "+"`},
		{`digraph { "a" + b }`, `1:17: expected a quoted string after '+', found name "b"`},
		{"digraph { a - b }", "1:13: unexpected '-'"},
		{"node { }", `1:1: expected "graph" or "digraph", found keyword "node"`},
		{"digraph { a:  }", `1:15: expected a port name after ':'`},
		{"digraph { a = }", `1:15: expected a value after '='`},
		{"digraph { subgraph s a }", `1:22: expected "{" to open the subgraph`},
		{"digraph { a }\x00", "1:14: unexpected character 0x00"},
	} {
		_, _, err := parser.Parse([]byte(tc.src))
		require.Error(t, err, "%q", tc.src)
		assert.Contains(t, err.Error(), tc.want, "%q", tc.src)
		var pe *parser.Error
		assert.ErrorAs(t, err, &pe)
	}
}

func TestNestingIsLimited(t *testing.T) {
	deep := "digraph { " + strings.Repeat("{ ", parser.MaxDepth+1) + strings.Repeat("} ", parser.MaxDepth+1) + "}"
	_, _, err := parser.Parse([]byte(deep))
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nested deeper than 256")

	ok := "digraph { " + strings.Repeat("{ ", parser.MaxDepth) + "a" + strings.Repeat(" }", parser.MaxDepth) + "}"
	_, _, err = parser.Parse([]byte(ok))
	assert.NoError(t, err)
}

func TestWalkVisitsEveryIdentifier(t *testing.T) {
	g := parse(t, `digraph G { a:p:n -> { b [x=y] } [w=1]; node [s=t]; k = v; subgraph s { c } }`)
	var got []string
	ast.Walk(&ast.File{Graphs: []*ast.Graph{g}}, func(id *ast.ID) { got = append(got, id.Value) })
	assert.Equal(t, []string{"G", "a", "p", "n", "b", "x", "y", "w", "1", "s", "t", "k", "v", "s", "c"}, got)
}

// TestFixturesParse parses every DOT fixture.
func TestFixturesParse(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "..", "..", "shared", "fixtures", "graphs", "dot", "*"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		src, err := os.ReadFile(path)
		require.NoError(t, err)
		f, _, err := parser.Parse(src)
		require.NoError(t, err, path)
		assert.Len(t, f.Graphs, 1, path)
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "..", "shared", "fixtures", "graphs", "dot", "*"))
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil && len(src) < 8<<10 {
			f.Add(src)
		}
	}
	for _, s := range []string{
		"digraph { a -> b -> {c d} [x=1] }", `graph { "a\"b" -- <x<y>> }`, "strict digraph { a:p:ne }",
		"digraph { subgraph cluster_a { node [shape=box] b } }", "graph { 1.2.3 -.5 }", "# x\ndigraph{}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, _, err := parser.Parse(src)
		if err != nil {
			var pe *parser.Error
			if !assert.ErrorAs(t, err, &pe) {
				return
			}
			assert.GreaterOrEqual(t, pe.Pos.Line, 1)
			assert.LessOrEqual(t, pe.Pos.Offset, len(src))
			return
		}
		ast.Walk(file, func(id *ast.ID) {
			if id.Pos.Offset > id.End || id.End > len(src) {
				t.Fatalf("identifier %q at %d..%d outside the source of %d bytes", id.Value, id.Pos.Offset, id.End, len(src))
			}
		})
	})
}
