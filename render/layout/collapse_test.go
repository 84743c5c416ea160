package layout

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCollapsed(t *testing.T) {
	// Graphviz json: subgraphs first, then nodes with sizes in inches.
	drawing := func(bb string, subgraphs, nodes int) []byte {
		s := fmt.Sprintf(`{"bb":%q,"_subgraph_cnt":%d,"objects":[`, bb, subgraphs)
		for i := range subgraphs + nodes {
			if i > 0 {
				s += ","
			}
			if i < subgraphs {
				s += `{"name":"cluster"}`
			} else {
				s += `{"name":"n","width":"0.75","height":"0.5"}`
			}
		}
		return []byte(s + "]}")
	}
	// 200 nodes of 54×36 points: 388,800 square points of nodes.
	n, heaped := collapsed(drawing("0,0,360,144", 0, 200))
	assert.Equal(t, 200, n)
	assert.True(t, heaped, "200 nodes in 5×2 inches (the WebAssembly sfdp's heap)")
	_, heaped = collapsed(drawing("0,0,3240,1872", 0, 200))
	assert.False(t, heaped, "the same graph drawn without coarsening")
	n, heaped = collapsed(drawing("0,0,10,10", 2, 8))
	assert.Equal(t, 8, n, "subgraphs are not nodes")
	assert.False(t, heaped, "small drawings are left alone")
	_, heaped = collapsed([]byte(`not json`))
	assert.False(t, heaped)
	_, heaped = collapsed([]byte(`{"bb":"0,0,1,1","_subgraph_cnt":5,"objects":[]}`))
	assert.False(t, heaped, "nonsense counts are not trusted")
}

func TestWithGraphAttr(t *testing.T) {
	out, ok := withGraphAttr([]byte("digraph \"a}\" { a -> b }\n\n"), "levels=0")
	assert.True(t, ok)
	assert.Equal(t, "digraph \"a}\" { a -> b \ngraph [levels=0];\n}\n", string(out))
	_, ok = withGraphAttr([]byte("digraph { a -> b } // trailing"), "levels=0")
	assert.False(t, ok, "no closing brace at the end: left as it is")
}

// drawingBackend answers every sfdp render with a drawing of n nodes that
// is heaped unless the DOT turns coarsening off, and records the DOT it
// was given.
type drawingBackend struct {
	n    int
	dots []string
}

func (d *drawingBackend) name() string { return "fake" }
func (d *drawingBackend) close() error { return nil }
func (d *drawingBackend) render(_ context.Context, dot []byte, _, _ string) ([]byte, error) {
	d.dots = append(d.dots, string(dot))
	bb := "0,0,100,100" // far too small for n nodes of 54×36 points
	if strings.Contains(string(dot), "levels=0") {
		bb = "0,0,5000,5000"
	}
	s := fmt.Sprintf(`{"bb":%q,"_subgraph_cnt":0,"objects":[`, bb)
	for i := range d.n {
		if i > 0 {
			s += ","
		}
		s += `{"name":"n","width":"0.75","height":"0.5"}`
	}
	return []byte(s + "]}"), nil
}

func TestWebAssemblySfdpPolicy(t *testing.T) {
	const dot = "digraph { graph [overlap=prism]; a -> b }"
	for _, c := range []struct {
		nodes int
		want  []string // the graph attributes of each render after the first
		why   string
	}{
		{41, []string{""}, "small graphs are drawn as asked, with prism"},
		{1000, []string{"overlap=true, levels=0"}, "a heap is drawn again without coarsening"},
		{3000, nil, "a large heap is the answer as it is"},
	} {
		be := &drawingBackend{n: c.nodes}
		s := start(be, Options{})
		_, err := s.Layout(context.Background(), []byte(dot), "sfdp")
		require.NoError(t, err)
		require.NoError(t, s.Close())
		require.NotEmpty(t, be.dots)
		assert.Contains(t, be.dots[0], "graph [overlap=true];", "the first drawing has no overlap removal")
		require.Len(t, be.dots, 1+len(c.want), c.why)
		for i, w := range c.want {
			if w == "" {
				assert.Equal(t, dot, be.dots[1+i], c.why)
			} else {
				assert.Contains(t, be.dots[1+i], "graph ["+w+"];", c.why)
			}
		}
	}
}
