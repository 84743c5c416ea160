package graphview_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"dossier/app/graphview"
	"dossier/render/scene"
)

func TestViewportRoundTrip(t *testing.T) {
	v := graphview.Viewport{Origin: scene.Point{X: 10, Y: -5}, Zoom: 2}
	x, y := v.ToScreen(scene.Point{X: 20, Y: 5})
	assert.Equal(t, 20.0, x)
	assert.Equal(t, 20.0, y)
	assert.Equal(t, scene.Point{X: 20, Y: 5}, v.ToGraph(x, y))
}

func TestZoomAroundKeepsThePointUnderThePointer(t *testing.T) {
	v := graphview.Viewport{Origin: scene.Point{X: 100, Y: 50}, Zoom: 1.5}
	before := v.ToGraph(300, 200)
	z := v.ZoomAround(1.7, 300, 200)
	assert.InDelta(t, 1.5*1.7, z.Zoom, 1e-9)
	after := z.ToGraph(300, 200)
	assert.InDelta(t, before.X, after.X, 1e-9)
	assert.InDelta(t, before.Y, after.Y, 1e-9)
	assert.Equal(t, float64(graphview.MaxZoom), v.ZoomAround(1e9, 0, 0).Zoom, "zoom is clamped")
}

func TestFitCentresAndContains(t *testing.T) {
	r := scene.Rect{Min: scene.Point{X: 0, Y: 0}, Max: scene.Point{X: 400, Y: 100}}
	v := graphview.Fit(r, 800, 600, 20, 10)
	assert.InDelta(t, 760.0/400, v.Zoom, 1e-9, "width limits")
	x0, y0 := v.ToScreen(r.Min)
	x1, y1 := v.ToScreen(r.Max)
	assert.InDelta(t, 20, x0, 1e-9)
	assert.InDelta(t, 780, x1, 1e-9)
	assert.InDelta(t, 300, (y0+y1)/2, 1e-9, "centred vertically")
	small := graphview.Fit(scene.Rect{Max: scene.Point{X: 10, Y: 10}}, 800, 600, 20, 2)
	assert.Equal(t, 2.0, small.Zoom, "a tiny graph is not blown up beyond maxZoom")
}

func TestPanAndVisible(t *testing.T) {
	v := graphview.Viewport{Zoom: 2}.Pan(100, 50)
	assert.Equal(t, scene.Point{X: -50, Y: -25}, v.Origin, "dragging right shows what was to the left")
	vis := v.Visible(200, 100)
	assert.Equal(t, scene.Rect{Min: scene.Point{X: -50, Y: -25}, Max: scene.Point{X: 50, Y: 25}}, vis)
	c := v.CentreOn(scene.Point{X: 7, Y: 9}, 200, 100)
	x, y := c.ToScreen(scene.Point{X: 7, Y: 9})
	assert.InDelta(t, 100, x, 1e-9)
	assert.InDelta(t, 50, y, 1e-9)
}
