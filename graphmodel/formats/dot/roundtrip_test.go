package dot_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot"
	"dossier/graphmodel/formats/gexf"
	"dossier/graphmodel/formats/graphml"
	"dossier/graphmodel/formats/internal/formattest"
)

func encode(t testing.TB, g *graphmodel.Graph, sel *graphmodel.Selection) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, dot.Encode(&buf, g, sel))
	return buf.Bytes()
}

func decode(t testing.TB, src []byte) *graphmodel.Graph {
	t.Helper()
	g, warnings, err := dot.DecodeWithWarnings(bytes.NewReader(src), "test.gv")
	require.NoError(t, err, "%s", src)
	assert.Empty(t, warnings)
	return g
}

func TestRoundTripKeepsTheGraph(t *testing.T) {
	want := formattest.Rich(t)
	src := encode(t, want, nil)
	got := decode(t, src)
	formattest.AssertSameGraph(t, want, got)
	assert.Equal(t, src, encode(t, got, nil), "writing the read graph again gives the same file")
}

// TestEncodeGolden pins the exported text of the rich test graph.
func TestEncodeGolden(t *testing.T) {
	src := encode(t, formattest.Rich(t), nil)
	golden := filepath.Join("testdata", "rich.gv")
	if *update {
		require.NoError(t, os.WriteFile(golden, src, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(src))
}

// TestFixturesSurviveARoundTrip reads each fixture, writes it as DOT and
// reads that again: the same graph comes back, clusters, HTML and record
// labels, ports and positions included.
func TestFixturesSurviveARoundTrip(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "..", "..", "..", "shared", "fixtures", "graphs", "dot", "*"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			if testing.Short() && name == "b100.gv" {
				t.Skip("big file")
			}
			want, _ := decodeFixture(t, name)
			src := encode(t, want, nil)
			got := decode(t, src)
			formattest.AssertSameGraph(t, want, got)
		})
	}
}

// TestRoundTripThroughOtherFormats: DOT → GraphML → DOT and DOT → GEXF →
// DOT keep the graph read from a fixture, DOT attributes and clusters
// included, and the rich graph survives the same trips.
func TestRoundTripThroughOtherFormats(t *testing.T) {
	type codec struct {
		name   string
		encode func(io.Writer, *graphmodel.Graph, *graphmodel.Selection) error
		decode func(io.Reader, string) (*graphmodel.Graph, error)
	}
	for _, via := range []codec{{"graphml", graphml.Encode, graphml.Decode}, {"gexf", gexf.Encode, gexf.Decode}} {
		for _, fixture := range []string{"clust4.gv", "compound_dot.gv", "html2.gv", "records.gv", "Petersen.gv"} {
			t.Run(via.name+"/"+fixture, func(t *testing.T) {
				want, _ := decodeFixture(t, fixture)
				var buf bytes.Buffer
				require.NoError(t, via.encode(&buf, want, nil))
				mid, err := via.decode(&buf, "mid."+via.name)
				require.NoError(t, err)
				got := decode(t, encode(t, mid, nil))
				formattest.AssertSameGraph(t, want, got)
			})
		}
	}
}
