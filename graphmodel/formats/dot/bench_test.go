package dot_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/formats/dot"
	"dossier/graphmodel/formats/dot/parser"
)

func fixtureBytes(b *testing.B, name string) []byte {
	b.Helper()
	src, err := os.ReadFile(filepath.Join("..", "..", "..", "..", "shared", "fixtures", "graphs", "dot", name))
	require.NoError(b, err)
	return src
}

// BenchmarkDecodeB100 reads the 782 KB Doxygen include graph.
func BenchmarkDecodeB100(b *testing.B) {
	src := fixtureBytes(b, "b100.gv")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := dot.Decode(bytes.NewReader(src), "b100.gv"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseB100 is the parser alone on the same file.
func BenchmarkParseB100(b *testing.B) {
	src := fixtureBytes(b, "b100.gv")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := parser.Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEncodeB100 writes the graph read from b100.gv.
func BenchmarkEncodeB100(b *testing.B) {
	g, err := dot.Decode(bytes.NewReader(fixtureBytes(b, "b100.gv")), "b100.gv")
	require.NoError(b, err)
	var buf bytes.Buffer
	require.NoError(b, dot.Encode(&buf, g, nil))
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	for b.Loop() {
		if err := dot.Encode(io.Discard, g, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// synthetic writes a digraph of n record-free nodes with labels and
// colours, two edges each, with node and edge defaults: the shape of big
// generated files (include graphs, call graphs).
func synthetic(n int) []byte {
	var b bytes.Buffer
	b.WriteString("digraph big {\n\tnode [shape=box, fontname=Helvetica];\n\tedge [color=gray];\n")
	for i := range n {
		fmt.Fprintf(&b, "\tn%d [label=\"Node %d\\nline two\", color=\"#%06x\"];\n", i, i, i*2654435761%0xFFFFFF)
	}
	for i := range n {
		fmt.Fprintf(&b, "\tn%d -> n%d -> n%d [weight=2];\n", i, (i*7+1)%n, (i*13+5)%n)
	}
	b.WriteString("}\n")
	return b.Bytes()
}

func BenchmarkDecodeLarge(b *testing.B) {
	for _, n := range []int{10_000, 50_000} {
		src := synthetic(n)
		b.Run(fmt.Sprintf("nodes=%d", n), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			for b.Loop() {
				g, err := dot.Decode(bytes.NewReader(src), "big.gv")
				if err != nil {
					b.Fatal(err)
				}
				if g.NodeCount() != n {
					b.Fatalf("%d nodes", g.NodeCount())
				}
			}
		})
	}
}

// TestMemoryGrowsWithTheInput decodes a file and one four times its size:
// the memory the graph holds, and the bytes allocated on the way, grow
// about fourfold, not sixteenfold, and stay within a fixed multiple of the
// input.
func TestMemoryGrowsWithTheInput(t *testing.T) {
	if testing.Short() {
		t.Skip("big files")
	}
	measure := func(src []byte) (live, total uint64) {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		g, err := dot.Decode(bytes.NewReader(src), "big.gv")
		require.NoError(t, err)
		runtime.GC()
		runtime.ReadMemStats(&after)
		require.Positive(t, g.NodeCount()) // keeps g alive until here
		return after.HeapAlloc - before.HeapAlloc, after.TotalAlloc - before.TotalAlloc
	}
	small, large := synthetic(2_000), synthetic(8_000)
	liveS, totalS := measure(small)
	liveL, totalL := measure(large)
	per := func(n uint64, src []byte) float64 { return float64(n) / float64(len(src)) }
	t.Logf("%d bytes in: %d held (%.0f/byte), %d allocated (%.0f/byte)", len(small), liveS, per(liveS, small), totalS, per(totalS, small))
	t.Logf("%d bytes in: %d held (%.0f/byte), %d allocated (%.0f/byte)", len(large), liveL, per(liveL, large), totalL, per(totalL, large))
	assert.Less(t, float64(liveL)/float64(liveS), 5.5, "held memory grows linearly")
	assert.Less(t, float64(totalL)/float64(totalS), 5.5, "allocation grows linearly")
	assert.Less(t, per(liveL, large), 60.0, "the graph holds a fixed multiple of the input")
	assert.Less(t, per(totalL, large), 150.0, "decoding allocates a fixed multiple of the input")
}
