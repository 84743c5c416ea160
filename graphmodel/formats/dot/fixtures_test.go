package dot_test

import (
	"flag"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot"
	"dossier/graphmodel/formats/internal/formattest"
)

var update = flag.Bool("update", false, "rewrite golden files")

// fixtureDepth is how far this package lies below the repository root.
const fixtureDepth = 3

func decodeFixture(t testing.TB, name string) (*graphmodel.Graph, []string) {
	t.Helper()
	g, warnings, err := dot.DecodeWithWarnings(formattest.Fixture(t, fixtureDepth, "dot/"+name), name)
	require.NoError(t, err)
	return g, warnings
}

// TestFixtureCountsMatchSources opens every DOT fixture and compares its
// node and edge counts with those `dot -Tplain` gave (SOURCES.md).
func TestFixtureCountsMatchSources(t *testing.T) {
	for _, tc := range []struct {
		file         string
		nodes, edges int
	}{
		{"165_2.dot", 2, 1},
		{"1865.dot", 1, 0},
		{"Latin1.gv", 1, 0},
		{"Petersen.gv", 10, 15},
		{"b100.gv", 1463, 5806},
		{"clust4.gv", 10, 13},
		{"compound_dot.gv", 8, 9},
		{"crazy.gv", 41, 49},
		{"fsm.gv", 9, 14},
		{"hashtable.gv", 8, 7},
		{"html.gv", 3, 2},
		{"html2.gv", 4, 3},
		// japanese.gv: getas -> { ... lacquered_getas ... lacquered_getas }
		// names a node twice in the subgraph; a subgraph is a set of
		// nodes, so that makes one edge, as in Graphviz.
		{"japanese.gv", 7, 8},
		// ports.gv: TOP -> {a b c d e f} -> BOTTOM is 12 edges.
		{"ports.gv", 12, 20},
		{"records.gv", 7, 7},
		{"russian.gv", 11, 7},
		{"structs.gv", 3, 2},
		{"unix.gv", 41, 49},
		// world.gv: 2 -> {3 ; 16 ; 17 ; T1 ; 18} and the like are one
		// edge per node of the subgraph.
		{"world.gv", 48, 69},
	} {
		t.Run(tc.file, func(t *testing.T) {
			g, _ := decodeFixture(t, tc.file)
			assert.Equal(t, tc.nodes, g.NodeCount(), "nodes")
			assert.Equal(t, tc.edges, g.EdgeCount(), "edges")
			assert.Equal(t, dot.FormatName, g.Attrs["format"])
		})
	}
}
