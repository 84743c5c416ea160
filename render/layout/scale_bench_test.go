package layout_test

import (
	"bytes"
	"context"
	"os/exec"
	"testing"

	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/extract"
	"dossier/graphmodel/synth/scale"
	"dossier/render/dot"
	"dossier/render/layout"
)

// BenchmarkLayout10k lays out a random sparse graph of 10,000 nodes
// (15,000 edges, as BenchmarkLayout) with sfdp three ways, so their
// ratio is measured in one run: graphviz-cli runs the installed sfdp by
// itself on the DOT text layout.Graph writes (no Dossier code: the
// yardstick); native and wasm are Dossier's whole path (DOT writing,
// layout.Service, scene parsing) with each backend. cpu-ns/op counts
// Graphviz child processes too. The wasm case takes long: run with
// -benchtime=1x, or leave it out with -bench 'Layout10k/(graphviz-cli|native)'.
func BenchmarkLayout10k(b *testing.B) {
	g := randomGraph(b, 10000, 10000)
	var buf bytes.Buffer
	// The same DOT as layout.Graph writes for sfdp (with its overlap removal).
	require.NoError(b, dot.Write(&buf, g, dot.Options{Graph: layout.EngineAttrs("sfdp")}))
	text := buf.Bytes()
	sfdp, err := exec.LookPath("sfdp")
	native := err == nil

	b.Run("graphviz-cli", func(b *testing.B) {
		if !native {
			b.Skip("native Graphviz (sfdp) is not installed")
		}
		measure(b, func() int {
			cmd := exec.Command(sfdp, "-Tjson")
			cmd.Stdin = bytes.NewReader(text)
			var out bytes.Buffer
			cmd.Stdout = &out
			if err := cmd.Run(); err != nil {
				b.Fatalf("sfdp: %v", err)
			}
			return 10000
		})
	})
	for _, be := range []string{"native", "wasm"} {
		b.Run(be, func(b *testing.B) {
			if be == "native" && !native {
				b.Skip("native Graphviz is not installed")
			}
			s := benchService(b, be)
			measure(b, func() int {
				sc, err := layout.Graph(context.Background(), s, g, nil, dot.Options{}, "sfdp")
				if err != nil {
					b.Fatal(err)
				}
				return len(sc.Nodes)
			})
		})
	}
}

// BenchmarkLayoutOverview10k lays out what the explorer first shows of a
// 10,000-node, 30,000-edge evidence graph (scale.Graph): its 1,000
// best-supported nodes (ViewSpec.MaxNodes, as the app's overview), with
// sfdp through each backend.
func BenchmarkLayoutOverview10k(b *testing.B) {
	x, err := extract.New()
	require.NoError(b, err)
	g, _, err := scale.Graph(context.Background(), x, scale.Options{Seed: 1}, 10000, 30000)
	require.NoError(b, err)
	sel := g.Select(graphmodel.ViewSpec{MaxNodes: 1000})
	require.Len(b, sel.Nodes, 1000)
	_, err = exec.LookPath("dot")
	native := err == nil
	for _, be := range []string{"native", "wasm"} {
		b.Run(be, func(b *testing.B) {
			if be == "native" && !native {
				b.Skip("native Graphviz is not installed")
			}
			s := benchService(b, be)
			measure(b, func() int {
				sc, err := layout.Graph(context.Background(), s, g, &sel, dot.Options{}, "sfdp")
				if err != nil {
					b.Fatal(err)
				}
				return len(sc.Nodes)
			})
			b.ReportMetric(float64(len(sel.Edges)), "edges")
		})
	}
}

// benchService starts a layout service on backend be, without a cache.
func benchService(b *testing.B, be string) *layout.Service {
	b.Helper()
	s, err := layout.New(context.Background(), layout.Options{Backend: be, CacheEntries: -1})
	require.NoError(b, err)
	b.Cleanup(func() { _ = s.Close() })
	return s
}

// measure runs one layout per iteration and reports CPU time and the
// number of nodes laid out.
func measure(b *testing.B, layOut func() int) {
	b.Helper()
	cpu := cpuTime()
	n := 0
	for b.Loop() {
		n = layOut()
	}
	if used := cpuTime() - cpu; cpu > 0 && used > 0 {
		b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
	}
	b.ReportMetric(float64(n), "nodes")
}
