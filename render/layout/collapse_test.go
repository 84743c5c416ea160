package layout

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"
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
