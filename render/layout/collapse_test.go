package layout

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCollapsed(t *testing.T) {
	objects := func(n int) string {
		s := ""
		for i := range n {
			if i > 0 {
				s += ","
			}
			s += `{"name":"n"}`
		}
		return s
	}
	n, bad := collapsed([]byte(`{"bb":"0,0,248,62","_subgraph_cnt":0,"objects":[` + objects(1463) + `]}`))
	assert.Equal(t, 1463, n)
	assert.True(t, bad, "1,463 nodes in 248×62 points")
	_, bad = collapsed([]byte(`{"bb":"0,0,2554,2020","_subgraph_cnt":0,"objects":[` + objects(1463) + `]}`))
	assert.False(t, bad, "native sfdp's drawing of the same graph")
	n, bad = collapsed([]byte(`{"bb":"0,0,10,10","_subgraph_cnt":2,"objects":[` + objects(12) + `]}`))
	assert.Equal(t, 10, n, "subgraphs are not nodes")
	assert.False(t, bad, "small drawings are left alone")
	_, bad = collapsed([]byte(`not json`))
	assert.False(t, bad)
}

func TestWithGraphAttr(t *testing.T) {
	out, ok := withGraphAttr([]byte("digraph \"a}\" { a -> b }\n\n"), "levels=0")
	assert.True(t, ok)
	assert.Equal(t, "digraph \"a}\" { a -> b \ngraph [levels=0];\n}\n", string(out))
	_, ok = withGraphAttr([]byte("digraph { a -> b } // trailing"), "levels=0")
	assert.False(t, ok, "no closing brace at the end: left as it is")
}
