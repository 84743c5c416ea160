package paint

import (
	"image"
	"math"

	"dossier/render/scene"
)

// Scale limits for interactive zoom, in pixels per point.
const (
	MinScale = 0.001
	MaxScale = 64
)

// View maps graph coordinates (points, y down) to the pixels of the image
// being painted: pixel = (graph - Origin) * Scale, measured from the top-left
// corner of the destination image's bounds.
type View struct {
	Origin scene.Point // graph point drawn at the image's top-left corner
	Scale  float64     // pixels per point
}

// ToPixel converts a graph point to pixel coordinates.
func (v View) ToPixel(p scene.Point) (x, y float64) {
	return (p.X - v.Origin.X) * v.Scale, (p.Y - v.Origin.Y) * v.Scale
}

// ToGraph converts pixel coordinates to a graph point.
func (v View) ToGraph(x, y float64) scene.Point {
	s := v.scale()
	return scene.Point{X: x/s + v.Origin.X, Y: y/s + v.Origin.Y}
}

func (v View) scale() float64 {
	if !(v.Scale > 0) || math.IsInf(v.Scale, 0) {
		return 1
	}
	return v.Scale
}

// Visible returns the graph rectangle an image of w×h pixels shows.
func (v View) Visible(w, h int) scene.Rect {
	return scene.Rect{Min: v.ToGraph(0, 0), Max: v.ToGraph(float64(w), float64(h))}
}

// ZoomAround multiplies the scale by f (clamped to MinScale–MaxScale),
// keeping the graph point under pixel (x, y) where it is.
func (v View) ZoomAround(f, x, y float64) View {
	if !(f > 0) || math.IsInf(f, 0) {
		return v
	}
	p := v.ToGraph(x, y)
	z := clamp(v.scale()*f, MinScale, MaxScale)
	return View{Origin: scene.Point{X: p.X - x/z, Y: p.Y - y/z}, Scale: z}
}

// Pan moves the view by (dx, dy) pixels: the drawing follows the pointer.
func (v View) Pan(dx, dy float64) View {
	s := v.scale()
	v.Origin.X -= dx / s
	v.Origin.Y -= dy / s
	return v
}

// CentreOn returns v moved so that graph point p is in the middle of a
// w×h image.
func (v View) CentreOn(p scene.Point, w, h int) View {
	s := v.scale()
	v.Origin = scene.Point{X: p.X - float64(w)/2/s, Y: p.Y - float64(h)/2/s}
	return v
}

// Fit returns the view showing graph rectangle r whole and centred in a
// w×h image, with margin pixels on every side, never zooming in beyond
// maxScale (0 means MaxScale).
func Fit(r scene.Rect, w, h int, margin, maxScale float64) View {
	if maxScale <= 0 {
		maxScale = MaxScale
	}
	rw, rh := math.Max(r.Max.X-r.Min.X, 1), math.Max(r.Max.Y-r.Min.Y, 1)
	aw, ah := math.Max(float64(w)-2*margin, 1), math.Max(float64(h)-2*margin, 1)
	z := clamp(math.Min(aw/rw, ah/rh), MinScale, maxScale)
	if math.IsNaN(z) {
		z = 1
	}
	c := scene.Point{X: (r.Min.X + r.Max.X) / 2, Y: (r.Min.Y + r.Max.Y) / 2}
	return View{Scale: z}.CentreOn(c, w, h)
}

// Whole returns the view and image bounds that show scene s entirely at
// scale pixels per point with margin points around it: what an image
// export paints.
func Whole(s *scene.Scene, scale, margin float64) (View, image.Rectangle) {
	if !(scale > 0) || math.IsInf(scale, 0) {
		scale = 1
	}
	if !(margin >= 0) || math.IsInf(margin, 0) {
		margin = 0
	}
	var w, h float64
	if s != nil {
		w, h = finiteOr(s.Width, 0), finiteOr(s.Height, 0)
	}
	pw := int(math.Ceil(math.Max(w+2*margin, 1) * scale))
	ph := int(math.Ceil(math.Max(h+2*margin, 1) * scale))
	return View{Origin: scene.Point{X: -margin, Y: -margin}, Scale: scale}, image.Rect(0, 0, pw, ph)
}

func clamp(x, lo, hi float64) float64 { return math.Max(lo, math.Min(hi, x)) }

func finiteOr(x, or float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return or
	}
	return x
}
