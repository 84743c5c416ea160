package paint_test

import (
	"fmt"
	"image"
	"testing"

	"dossier/render/paint"
	"dossier/render/paint/painttest"
	"dossier/render/scene"
	"dossier/render/theme"
)

// benchFrame paints frames of a w×h view of s; zoom 0 fits the whole
// scene, otherwise the view is centred at that scale.
func benchFrame(b *testing.B, s *scene.Scene, zoom float64, opt paint.Options) {
	const w, h = 1280, 800
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	v := paint.Fit(s.Bounds(), w, h, 10, 0)
	if zoom > 0 {
		v = paint.View{Scale: zoom}.CentreOn(scene.Point{X: s.Width / 2, Y: s.Height / 2}, w, h)
	}
	p := paint.NewPainter(nil)
	st := p.Draw(dst, s, v, opt) // warm the caches
	b.ReportAllocs()
	b.SetBytes(int64(w * h * 4))
	b.ResetTimer()
	cpu := cpuTime()
	for i := 0; i < b.N; i++ {
		p.Draw(dst, s, v, opt)
	}
	if cpu > 0 {
		b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
	}
	b.ReportMetric(float64(st.Nodes+st.SimpleNodes), "nodes/frame")
	b.ReportMetric(float64(st.Edges+st.LineEdges), "edges/frame")
	b.ReportMetric(float64(st.Labels), "labels/frame")
	b.ReportMetric(float64(st.HubLabels), "hublabels/frame")
}

// BenchmarkFrame paints one 1280×800 frame: whole graphs fitted to the
// view (level of detail applies for big ones) and zoomed-in views.
func BenchmarkFrame(b *testing.B) {
	for _, c := range []struct {
		nodes int
		zoom  float64
	}{
		{40, 0}, {1000, 0}, {5000, 0}, {10000, 0},
		{40, 1}, {1000, 1}, {10000, 1}, {1000, 0.5}, {10000, 0.25},
	} {
		name := fmt.Sprintf("nodes=%d/fit", c.nodes)
		if c.zoom > 0 {
			name = fmt.Sprintf("nodes=%d/zoom=%g", c.nodes, c.zoom)
		}
		b.Run(name, func(b *testing.B) { benchFrame(b, painttest.Scene(c.nodes, 3, 0, 1), c.zoom, paint.Options{}) })
	}
	// What the explorer draws: theme colours, and with a node selected,
	// its neighbours highlighted and everything else dimmed.
	s := painttest.Scene(10000, 3, 0, 1)
	light := theme.Light()
	b.Run("nodes=10000/fit-themed", func(b *testing.B) { benchFrame(b, s, 0, paint.Options{Theme: &light}) })
	sel, rel := map[string]bool{s.Nodes[5050].ID: true}, map[string]bool{}
	for i := range s.Edges {
		if e := &s.Edges[i]; sel[e.Tail] || sel[e.Head] {
			rel[e.ID], rel[e.Tail], rel[e.Head] = true, true, true
		}
	}
	b.Run("nodes=10000/fit-selected", func(b *testing.B) {
		benchFrame(b, s, 0, paint.Options{Theme: &light, Selected: sel, Highlighted: rel, DimOthers: true})
	})
}
