package layout_test

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"dossier/render/dot"
	"dossier/render/layout"
)

// maxDotNodes bounds the graphs benchmarked with dot: it takes minutes
// above a few hundred nodes (58 s at 500 through WebAssembly).
const maxDotNodes = 300

// slow is how long one layout may take before the next, larger size of
// the same engine is skipped (it would take minutes).
const slow = 5 * time.Second

// BenchmarkLayout measures DOT writing + Graphviz layout + scene parsing
// (layout.Graph, cache off) on random sparse graphs (1.5 edges per node)
// for each engine, through WebAssembly and, when installed, native
// Graphviz. Run with -benchtime=1x: one layout is seconds at 3,000 nodes.
func BenchmarkLayout(b *testing.B) {
	backends := []string{"wasm"}
	if _, err := exec.LookPath("dot"); err == nil {
		backends = append(backends, "native")
	}
	for _, be := range backends {
		s, err := layout.New(context.Background(), layout.Options{Backend: be, CacheEntries: -1})
		require.NoError(b, err)
		b.Cleanup(func() { _ = s.Close() })
		for _, engine := range []string{"dot", "sfdp", "neato", "fdp", "circo", "twopi"} {
			var last time.Duration
			for _, n := range []int{40, 200, 1000, 3000} {
				if engine == "dot" && n > maxDotNodes {
					continue
				}
				g := randomGraph(b, n, int64(n))
				b.Run(fmt.Sprintf("%s/%s/%d", be, engine, n), func(b *testing.B) {
					if last > slow {
						b.Skipf("a smaller graph took %s", last.Round(time.Second))
					}
					start := time.Now()
					defer func() { last = time.Since(start) / time.Duration(b.N) }()
					for i := 0; i < b.N; i++ {
						sc, err := layout.Graph(context.Background(), s, g, nil, dot.Options{}, engine)
						if errors.Is(err, layout.ErrTimeout) {
							b.Skip(err)
						}
						if err != nil {
							b.Fatal(err)
						}
						if len(sc.Nodes) != n {
							b.Fatalf("%d nodes laid out, want %d", len(sc.Nodes), n)
						}
					}
				})
			}
		}
	}
}

// BenchmarkWriteDOT measures the DOT writer alone.
func BenchmarkWriteDOT(b *testing.B) {
	g := randomGraph(b, 10000, 1)
	var size int64
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		var c countWriter
		if err := dot.Write(&c, g, dot.Options{}); err != nil {
			b.Fatal(err)
		}
		size = int64(c)
	}
	b.SetBytes(size)
}

type countWriter int64

func (c *countWriter) Write(p []byte) (int, error) {
	*c += countWriter(len(p))
	return len(p), nil
}
