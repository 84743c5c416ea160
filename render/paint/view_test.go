package paint_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"dossier/render/paint"
	"dossier/render/scene"
)

func TestViewMaths(t *testing.T) {
	v := paint.View{Origin: scene.Point{X: 100, Y: -20}, Scale: 2.5}
	p := scene.Point{X: 130, Y: 40}
	x, y := v.ToPixel(p)
	assert.InDelta(t, 75, x, 1e-9)
	assert.InDelta(t, 150, y, 1e-9)
	assert.InDelta(t, p.X, v.ToGraph(x, y).X, 1e-9)
	assert.InDelta(t, p.Y, v.ToGraph(x, y).Y, 1e-9)

	z := v.ZoomAround(2, 75, 150)
	assert.InDelta(t, 5, z.Scale, 1e-9)
	x2, y2 := z.ToPixel(p)
	assert.InDelta(t, 75, x2, 1e-9, "the point under the pointer stays put")
	assert.InDelta(t, 150, y2, 1e-9)
	assert.Equal(t, float64(paint.MaxScale), v.ZoomAround(1e9, 0, 0).Scale, "zoom is clamped")
	assert.Equal(t, v, v.ZoomAround(math.NaN(), 0, 0), "a bad factor changes nothing")

	pan := v.Pan(10, -5)
	x3, y3 := pan.ToPixel(p)
	assert.InDelta(t, x+10, x3, 1e-9, "the drawing follows the drag")
	assert.InDelta(t, y-5, y3, 1e-9)

	c := v.CentreOn(p, 200, 100)
	x4, y4 := c.ToPixel(p)
	assert.InDelta(t, 100, x4, 1e-9)
	assert.InDelta(t, 50, y4, 1e-9)

	vis := v.Visible(200, 100)
	assert.Equal(t, v.Origin, vis.Min)
	assert.InDelta(t, 180, vis.Max.X, 1e-9)
	assert.InDelta(t, 20, vis.Max.Y, 1e-9)
}

func TestFit(t *testing.T) {
	r := scene.Rect{Min: scene.Point{X: 10, Y: 10}, Max: scene.Point{X: 410, Y: 110}}
	v := paint.Fit(r, 800, 600, 20, 0)
	assert.InDelta(t, 1.9, v.Scale, 1e-9, "the wider side fills the image less the margins")
	x0, y0 := v.ToPixel(r.Min)
	x1, y1 := v.ToPixel(r.Max)
	assert.InDelta(t, 20, x0, 1e-9)
	assert.InDelta(t, 780, x1, 1e-9)
	assert.InDelta(t, 300, (y0+y1)/2, 1e-9, "centred vertically")
	assert.Equal(t, 1.0, paint.Fit(r, 8000, 6000, 0, 1).Scale, "never beyond maxScale")
}

func TestWhole(t *testing.T) {
	s := &scene.Scene{Width: 100.2, Height: 50}
	v, r := paint.Whole(s, 2, 5)
	assert.Equal(t, 221, r.Dx(), "ceil((100.2 + 2×5) × 2)")
	assert.Equal(t, 120, r.Dy())
	x, y := v.ToPixel(scene.Point{})
	assert.Equal(t, 10.0, x, "the margin, in pixels")
	assert.Equal(t, 10.0, y)
	_, r = paint.Whole(nil, math.Inf(1), -1)
	assert.Equal(t, 1, r.Dx(), "bad input still gives an image")
}
