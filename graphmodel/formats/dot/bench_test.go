package dot_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

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
