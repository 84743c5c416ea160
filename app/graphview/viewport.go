package graphview

import (
	"math"

	"dossier/render/scene"
)

// Zoom limits, in device-independent pixels per point.
const (
	MinZoom = 0.01
	MaxZoom = 16
)

// Viewport maps graph coordinates (points, y down) to the widget's
// device-independent pixels: screen = (graph - Origin) * Zoom.
type Viewport struct {
	Origin scene.Point // graph point at the widget's top-left corner
	Zoom   float64     // pixels per point
}

// ToScreen converts a graph point to widget coordinates.
func (v Viewport) ToScreen(p scene.Point) (x, y float64) {
	return (p.X - v.Origin.X) * v.Zoom, (p.Y - v.Origin.Y) * v.Zoom
}

// ToGraph converts widget coordinates to a graph point.
func (v Viewport) ToGraph(x, y float64) scene.Point {
	return scene.Point{X: x/v.Zoom + v.Origin.X, Y: y/v.Zoom + v.Origin.Y}
}

// ZoomAround multiplies the zoom by f, keeping the graph point under the
// widget position (x, y) where it is.
func (v Viewport) ZoomAround(f, x, y float64) Viewport {
	z := clamp(v.Zoom*f, MinZoom, MaxZoom)
	p := v.ToGraph(x, y)
	return Viewport{Origin: scene.Point{X: p.X - x/z, Y: p.Y - y/z}, Zoom: z}
}

// Pan moves the view by (dx, dy) widget pixels.
func (v Viewport) Pan(dx, dy float64) Viewport {
	v.Origin.X -= dx / v.Zoom
	v.Origin.Y -= dy / v.Zoom
	return v
}

// Fit returns the viewport showing rect r whole and centred in a widget of
// size w×h, with margin pixels around it, never zooming in beyond maxZoom.
func Fit(r scene.Rect, w, h, margin, maxZoom float64) Viewport {
	rw, rh := math.Max(r.Max.X-r.Min.X, 1), math.Max(r.Max.Y-r.Min.Y, 1)
	aw, ah := math.Max(w-2*margin, 1), math.Max(h-2*margin, 1)
	z := clamp(math.Min(aw/rw, ah/rh), MinZoom, maxZoom)
	cx, cy := (r.Min.X+r.Max.X)/2, (r.Min.Y+r.Max.Y)/2
	return Viewport{Origin: scene.Point{X: cx - w/2/z, Y: cy - h/2/z}, Zoom: z}
}

// CentreOn returns v moved so that graph point p is in the middle of a
// widget of size w×h.
func (v Viewport) CentreOn(p scene.Point, w, h float64) Viewport {
	v.Origin = scene.Point{X: p.X - w/2/v.Zoom, Y: p.Y - h/2/v.Zoom}
	return v
}

// Visible returns the graph rectangle a widget of size w×h shows.
func (v Viewport) Visible(w, h float64) scene.Rect {
	return scene.Rect{Min: v.Origin, Max: v.ToGraph(w, h)}
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }
