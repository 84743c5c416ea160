package dot_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot"
	"dossier/graphmodel/formats/internal/formattest"
)

// FuzzDecode feeds arbitrary bytes to the reader: it must return a graph
// or one error naming the file, never panic or hang; and a graph it
// returns must survive writing and reading again unchanged.
func FuzzDecode(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "fixtures", "graphs", "dot", "*"))
	for _, path := range files {
		if src, err := os.ReadFile(path); err == nil && len(src) < 8<<10 {
			f.Add(src)
		}
	}
	for _, s := range []string{
		`strict graph { a -- b -- a; {c d} -- {e f} [label="\E"] }`,
		`digraph { node [shape=record]; a [label="<p>x|{y|\{z\}}"]; a:p:ne -> b:s [dir=none] }`,
		`digraph { subgraph cluster_x { label=<<B>x</B>>; subgraph cluster_y { a } } b [pos="1,2!"] }`,
		`digraph { a ["dossier.json"="{\"label\":\"x\\\\\"}", "dossier.id"=z] }`,
		"digraph { charset=latin1; \"caf\xe9\" }",
		`digraph { a [image="x.png", label=<<IMG SRC="y"/>>] }`,
	} {
		f.Add([]byte(s))
	}
	var rich bytes.Buffer
	if err := dot.Encode(&rich, formattest.Rich(f), nil); err == nil {
		f.Add(rich.Bytes())
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		g, _, err := dot.DecodeWithWarnings(bytes.NewReader(src), "fuzz.gv")
		if err != nil {
			assert.True(t, strings.HasPrefix(err.Error(), "fuzz.gv"), err.Error())
			return
		}
		var out bytes.Buffer
		require.NoError(t, dot.Encode(&out, g, nil))
		again, _, err := dot.DecodeWithWarnings(bytes.NewReader(out.Bytes()), "again.gv")
		require.NoError(t, err, "%s", out.String())
		formattest.AssertSameGraph(t, g, again)
	})
}

// FuzzEncodeStrings writes a graph whose id, label, attribute name and
// value, edge id and graph name are arbitrary text: reading the file back
// gives the same graph.
func FuzzEncodeStrings(f *testing.F) {
	for _, s := range []string{"a", `x\`, `"`, `\"`, "a\nb", "\r\n", `\N`, "<b>", "graph", "-1.5", "\x00", "東京"} {
		f.Add(s, s+"!")
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		if a == "" || b == "" || a == b || !utf8.ValidString(a) || !utf8.ValidString(b) {
			return // ids must be non-empty and distinct; Dossier's text is UTF-8
		}
		g := graphmodel.New()
		g.Attrs[dot.AttrName] = a
		g.Attrs[b] = a
		for _, id := range []string{a, b} {
			_, err := g.AddNode(graphmodel.Node{ID: id, Kind: graphmodel.KindEntity, Label: b + id,
				Attrs: map[string]string{a: b, "dot." + b: a}})
			require.NoError(t, err)
		}
		_, err := g.AddEdge(graphmodel.Edge{ID: b, Kind: graphmodel.EdgeRelated, Source: a, Target: b, Attrs: map[string]string{"label": a, b: a}})
		require.NoError(t, err)
		var out bytes.Buffer
		require.NoError(t, dot.Encode(&out, g, nil))
		again, _, err := dot.DecodeWithWarnings(bytes.NewReader(out.Bytes()), "again.gv")
		require.NoError(t, err, "%s", out.String())
		formattest.AssertSameGraph(t, g, again)
	})
}
