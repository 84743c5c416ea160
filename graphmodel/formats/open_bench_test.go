package formats_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"dossier/graphmodel/extract"
	"dossier/graphmodel/formats"
	"dossier/graphmodel/synth/scale"
)

// BenchmarkOpen10k opens a 10,000-node, 30,000-edge evidence graph
// (scale.Graph: synthetic articles, with their documents and spans)
// saved in each format Dossier writes; MB/s is of the file.
func BenchmarkOpen10k(b *testing.B) {
	x, err := extract.New()
	require.NoError(b, err)
	g, _, err := scale.Graph(context.Background(), x, scale.Options{Seed: 1}, 10000, 30000)
	require.NoError(b, err)
	dir := b.TempDir()
	for _, c := range []struct {
		name string
		file string
	}{
		{"dossier", "g.dossier.json"},
		{"graphml", "g.graphml"},
		{"gexf", "g.gexf"},
		{"jgf", "g.jgf"},
		{"cyjs", "g.cyjs"},
		{"dot", "g.gv"},
	} {
		path := filepath.Join(dir, c.file)
		require.NoError(b, formats.Save(context.Background(), path, g, nil, ""))
		st, err := os.Stat(path)
		require.NoError(b, err)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(st.Size())
			b.ReportAllocs()
			nodes := 0
			for b.Loop() {
				r, err := formats.Open(context.Background(), path, formats.Options{})
				if err != nil {
					b.Fatal(err)
				}
				nodes = r.Graph.NodeCount()
			}
			if nodes != g.NodeCount() {
				b.Fatalf("%d nodes read, %d written", nodes, g.NodeCount())
			}
			b.ReportMetric(float64(st.Size())/1e6, "file-MB")
		})
	}
}
