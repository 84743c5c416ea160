package export_test

import (
	"context"
	"fmt"
	"io"
	"testing"

	"dossier/render/export"
	"dossier/render/paint"
	"dossier/render/paint/painttest"
)

// BenchmarkPNG paints and encodes a whole synthetic graph at one pixel
// per point, every label drawn.
func BenchmarkPNG(b *testing.B) {
	for _, n := range []int{40, 200} {
		s := painttest.Scene(n, 3, 0, 1)
		b.Run(fmt.Sprintf("nodes=%d", n), func(b *testing.B) {
			p := paint.NewPainter(nil)
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := export.Write(context.Background(), io.Discard, "png", s, export.Options{Painter: p}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
