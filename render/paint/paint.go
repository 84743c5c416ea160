// Package paint is Dossier's rasteriser: it draws a laid-out scene into an
// image. The explorer paints its view with it and image export paints PNG
// and JPG files with it, so an exported image is what the screen shows.
//
// Drawing follows the Graphviz drawing operations kept in the scene
// (shapes, Bézier edges, arrowheads, labels), anti-aliased, with the
// element colours of a theme (for nodes and edges of known kinds) and
// emphasis for selected, highlighted, marked, hovered and dimmed
// elements. Cost follows what is visible: elements outside the view are
// skipped, and below a screen size labels are left out, nodes become
// plain rectangles and edges straight lines, added up in one coverage layer
// drawn in their mean colour (level of detail). A Painter keeps its
// buffers between frames, so a frame allocates next to nothing.
//
// The package is pure Go (golang.org/x/image for anti-aliased coverage
// and fonts) and does not depend on any UI toolkit.
package paint

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"dossier/render/scene"
	"dossier/render/theme"
)

// Detail tunes level of detail. Zero fields take the defaults.
type Detail struct {
	// Full draws every element in full at any size.
	Full bool
	// LabelPx: text smaller than this many pixels is left out (default 4:
	// still legible as words, and it tells the user there is text to zoom to).
	LabelPx float64
	// NodePx: nodes whose smaller side is under this many pixels are drawn
	// as plain rectangles without outline or label (default 7).
	NodePx float64
	// StraightScale: below this scale (pixels per point) edges are drawn
	// as straight thin lines between their ends, without arrowheads
	// (default 0.3).
	StraightScale float64
	// EdgePx: edges shorter than this many pixels are left out (default 1).
	EdgePx float64
	// ArrowPx: arrowheads smaller than this many pixels are left out
	// (default 2.5).
	ArrowPx float64
	// HubLabelPx: nodes whose own label is smaller than this many pixels
	// may get a label of this size, the best-connected first, as long as
	// labels do not overlap (default 11; see hublabels.go).
	HubLabelPx float64
	// HubLabels: at most this many such labels in a frame (default 120).
	HubLabels int
	// NoHubLabels leaves them out.
	NoHubLabels bool
}

func (d Detail) withDefaults() Detail {
	if d.Full {
		return Detail{Full: true}
	}
	def := func(v *float64, x float64) {
		if !(*v > 0) {
			*v = x
		}
	}
	def(&d.LabelPx, 4)
	def(&d.NodePx, 7)
	def(&d.StraightScale, 0.3)
	def(&d.EdgePx, 1)
	def(&d.ArrowPx, 2.5)
	def(&d.HubLabelPx, defaultHubLabelPx)
	if d.HubLabels <= 0 {
		d.HubLabels = defaultHubLabels
	}
	return d
}

// Options say how to draw a scene. The zero value draws it with Graphviz's
// own colours and default level of detail.
type Options struct {
	// Theme restyles nodes and edges whose kind is known (set by
	// render/dot) with the theme's colours, and gives the background and
	// the emphasis colours. Nodes of kind "entity" and edges of kind
	// "related" (foreign graphs) and elements without a kind keep their
	// Graphviz colours. nil keeps Graphviz's colours throughout and takes
	// emphasis colours from the light theme.
	Theme *theme.Theme
	// Background fills the image first; nil takes the theme's background,
	// or the scene's without a theme. A transparent colour leaves a
	// transparent image.
	Background color.Color

	// Node and edge ids to emphasise. Selected wins over Marked, Marked
	// over Highlighted; Hover adds a lighter outline.
	Selected    map[string]bool
	Highlighted map[string]bool
	Marked      map[string]bool
	Hover       string
	// Dimmed fades these elements towards the theme's Dimmed colour.
	Dimmed map[string]bool
	// DimOthers fades every element that is not selected, highlighted,
	// marked or hovered, when at least one is selected or highlighted.
	DimOthers bool

	Detail Detail

	// Keepout lists rectangles of the image (in its pixels) that
	// something drawn over it covers, such as a legend: hub labels are
	// not placed there.
	Keepout []image.Rectangle
}

// Stats count what a frame drew.
type Stats struct {
	Nodes       int // nodes drawn in full
	SimpleNodes int // nodes drawn as plain rectangles
	Edges       int // edges drawn in full
	LineEdges   int // edges drawn as straight lines
	Labels      int // text ops drawn
	HubLabels   int // labels given to nodes whose own is too small to read
	Culled      int // nodes and edges outside the view
}

// Painter draws scenes. It keeps caches (glyphs, scratch buffers, the
// extents of the last scene) so that a frame allocates little. A Painter
// is not safe for concurrent use; a scene must not change while a Painter
// draws it, and the Painter assumes a scene it has drawn before is
// unchanged (call Forget after changing one in place).
type Painter struct {
	fonts *Fonts
	text  *texter
	ras   raster
	light theme.Theme

	prep  prepared
	pts   []vec // scratch: transformed op points
	flat  []vec // scratch: flattened polyline
	dashb []vec
	strk  path
	fillp path
	emph  []int // scratch: emphasised items, drawn last
	grid  labelGrid
	// placed are the hub labels of the last frame (see HubLabels),
	// placedNode their nodes' indexes; hubbed[i] is set for a node with one.
	placed     []PlacedLabel
	placedNode []int32
	hubbed     []bool
	acc        []uint8 // scratch: coverage of zoomed-out edges, kept cleared
	rgba       *image.RGBA
	// Scratch for frame state: emphasis per node and edge, theme styles
	// per kind.
	nodeSt, edgeSt []uint8
	nodeStyles     []theme.NodeStyle
	edgeStyles     []theme.EdgeStyle
}

// NewPainter returns a painter drawing text with fonts; nil uses the
// embedded Go fonts without system fallbacks.
func NewPainter(fonts *Fonts) *Painter {
	if fonts == nil {
		f, err := NewFonts(FontOptions{})
		if err == nil {
			fonts = f
		}
	}
	p := &Painter{fonts: fonts, light: theme.Light()}
	if fonts != nil {
		p.text = newTexter(fonts)
	}
	return p
}

// Forget drops what the painter remembers about the last scene drawn.
func (p *Painter) Forget() { p.prep = prepared{} }

// xform maps graph points to pixels.
type xform struct{ ox, oy, s, mx, my float64 }

func (t xform) pt(q scene.Point) vec {
	return vec{(q.X-t.ox)*t.s + t.mx, (q.Y-t.oy)*t.s + t.my}
}

// frame is the state of one Draw call.
type frame struct {
	dst   *image.RGBA
	clip  image.Rectangle
	t     xform
	view  scene.Rect // graph rectangle shown, padded
	opt   *Options
	th    *theme.Theme // emphasis colours
	det   Detail
	dimOn bool // DimOthers is in effect
	// Zoomed-out edges: their coverage and the sum of their colours.
	acc                        []uint8
	accBox                     fbox // where acc may be non-zero
	edgeR, edgeG, edgeB, edgeN int
	stats                      Stats
	// plain: dst holds nothing but its background, bg (premultiplied,
	// read little-endian from dst.Pix), so far.
	plain bool
	bg    uint32
	// Emphasis state of every node and edge (stSelected ...), nil when
	// the options name none.
	nodeSt, edgeSt []uint8
	// Theme styles by prepared.nodeKinds and edgeKinds, with a theme.
	nodeStyles []theme.NodeStyle
	edgeStyles []theme.EdgeStyle
}

// Draw paints scene s as seen through view v into dst (the whole of
// dst's bounds) and reports what it drew. A nil scene leaves only the
// background.
func (p *Painter) Draw(dst draw.Image, s *scene.Scene, v View, opt Options) Stats {
	if dst == nil {
		return Stats{}
	}
	b := dst.Bounds()
	if b.Empty() {
		return Stats{}
	}
	target, ok := dst.(*image.RGBA)
	if !ok {
		if p.rgba == nil || p.rgba.Rect != b {
			p.rgba = image.NewRGBA(b)
		}
		target = p.rgba
	}
	st := p.draw(target, s, v, &opt)
	if !ok {
		draw.Draw(dst, b, target, b.Min, draw.Src)
	}
	return st
}

func (p *Painter) draw(dst *image.RGBA, s *scene.Scene, v View, opt *Options) Stats {
	p.placed, p.placedNode = p.placed[:0], p.placedNode[:0]
	f := &frame{dst: dst, clip: dst.Rect, opt: opt, th: opt.Theme, det: opt.Detail.withDefaults()}
	if f.th == nil {
		f.th = &p.light
	}
	scale := v.scale()
	f.t = xform{ox: v.Origin.X, oy: v.Origin.Y, s: scale, mx: float64(dst.Rect.Min.X), my: float64(dst.Rect.Min.Y)}
	if !finite(v.Origin.X) || !finite(v.Origin.Y) {
		f.t.ox, f.t.oy = 0, 0
	}
	f.bg = fillAll(dst, p.background(s, opt))
	f.plain = true
	if s == nil {
		return f.stats
	}
	pad := 4 / scale
	vis := View{Origin: scene.Point{X: f.t.ox, Y: f.t.oy}, Scale: scale}.Visible(dst.Rect.Dx(), dst.Rect.Dy())
	f.view = scene.Rect{Min: scene.Point{X: vis.Min.X - pad, Y: vis.Min.Y - pad}, Max: scene.Point{X: vis.Max.X + pad, Y: vis.Max.Y + pad}}
	f.dimOn = opt.DimOthers && (len(opt.Selected) > 0 || len(opt.Highlighted) > 0)

	pr := p.prepare(s)
	p.setState(f, s, pr)
	p.setStyles(f, pr)
	p.drawGraphOps(f, s, pr)
	for i := range s.Clusters {
		c := &s.Clusters[i]
		if c.Bounds.Intersects(f.view) {
			f.plain = false
			p.drawOps(f, c.Ops, look{})
		}
	}
	p.drawEdges(f, s, pr)
	p.placeHubLabels(f, s, pr)
	p.drawNodes(f, s, pr)
	p.drawEdgeLabels(f, s, pr)
	p.drawHubLabels(f, s, pr)
	return f.stats
}

func (p *Painter) background(s *scene.Scene, opt *Options) color.NRGBA {
	switch {
	case opt.Background != nil:
		return color.NRGBAModel.Convert(opt.Background).(color.NRGBA)
	case opt.Theme != nil:
		return opt.Theme.Background
	case s != nil && s.Background != (color.NRGBA{}):
		return s.Background
	}
	return color.NRGBA{0xff, 0xff, 0xff, 0xff}
}

func finite(x float64) bool { return !math.IsNaN(x) && !math.IsInf(x, 0) }
