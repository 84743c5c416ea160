package graphmodel_test

import (
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gm "dossier/graphmodel"
)

// A node added by PutNode keeps its attributes until someone reads it:
// every way of reading it shows them, with what later puts added.
func TestPutNodeAttrsAreSeenEverywhere(t *testing.T) {
	put := func(g *gm.Graph, id string, attrs ...gm.Attr) {
		t.Helper()
		_, err := g.PutNode(gm.Node{ID: id, Kind: gm.KindActor, Label: id}, attrs)
		require.NoError(t, err)
	}
	role := gm.Attr{Key: gm.AttrRole, Value: "envoy"}
	aff := gm.Attr{Key: "affiliation", Value: "Oman"}
	want := map[string]string{gm.AttrRole: "envoy", "affiliation": "Oman"}

	g := fixture(t)
	put(g, "a", role, gm.Attr{Key: "affiliation", Value: "Qatar"}, aff) // the later counts
	put(g, "a", gm.Attr{Key: gm.AttrRole, Value: "other"})              // present: stays
	n, ok := g.Node("a")
	require.True(t, ok)
	assert.Equal(t, want, n.Attrs)
	put(g, "a", gm.Attr{Key: "new", Value: "1"}) // after it was handed out: into its map
	assert.Equal(t, "1", n.Attr("new"))

	g = fixture(t)
	put(g, "b", role)
	put(g, "b", aff) // a key the node lacks joins it
	c := g.Clone()
	cn, _ := c.Node("b")
	assert.Equal(t, want, cn.Attrs, "a clone has them")
	nodes := g.Nodes()
	for _, n := range nodes {
		if n.ID == "b" {
			assert.Equal(t, want, n.Attrs, "Nodes has them")
		}
	}

	g = fixture(t)
	put(g, "c", role)
	require.NoError(t, g.SetNodeAttr("c", "affiliation", "Oman"))
	n, _ = g.Node("c")
	assert.Equal(t, want, n.Attrs, "SetNodeAttr adds to them")

	g = fixture(t)
	put(g, "d", role, aff)
	p, err := g.Record(func(g *gm.Graph) error { return g.SetNodeAttr("d", gm.AttrRole, "") })
	require.NoError(t, err)
	p.Undo(g)
	n, _ = g.Node("d")
	assert.Equal(t, want, n.Attrs, "undo brings them back")

	g = fixture(t)
	put(g, "e", role, aff)
	put(g, "f")
	require.NoError(t, g.MergeNodes("f", "e"))
	n, _ = g.Node("f")
	assert.Equal(t, want, n.Attrs, "a merge keeps them")
}

// Readers that hand out the same new node at once all see its attributes
// (run with -race).
func TestPutNodeAttrsConcurrentReaders(t *testing.T) {
	g := fixture(t)
	_, err := g.PutNode(gm.Node{ID: "a", Kind: gm.KindActor, Label: "A"}, []gm.Attr{{Key: gm.AttrRole, Value: "envoy"}})
	require.NoError(t, err)
	var wg sync.WaitGroup
	got := make([]string, 8)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if i%2 == 0 {
				_ = g.Clone()
			}
			if n, ok := g.Node("a"); ok {
				got[i] = n.Attr(gm.AttrRole)
			}
		}()
	}
	wg.Wait()
	for _, v := range got {
		assert.Equal(t, "envoy", v)
	}
}
