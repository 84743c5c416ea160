// Package graphview is the explorer's graph canvas: a Fyne widget that
// paints a laid-out scene (not a bitmap of Graphviz output), so it stays
// sharp at any zoom and selection needs no new layout. It pans by drag,
// zooms around the pointer by wheel, fits, centres, hit-tests taps and
// hovers in graph coordinates, and shows a tooltip.
package graphview

import (
	"image"
	"image/color"
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/render/scene"
)

// HitKind says what a point hit.
type HitKind int

// Hit kinds.
const (
	HitNone HitKind = iota
	HitNode
	HitEdge
)

// hitRadius is how near an edge a tap must be, in pixels.
const hitRadius = 6

// Emphasis says how to draw elements: selected, related to the selection,
// marked for merging, hovered.
type Emphasis struct {
	Selected map[string]bool // node and edge ids
	Related  map[string]bool
	Marked   map[string]bool
	Hover    string
}

// Frame is what DrawFunc draws: the scene through the viewport into dst,
// whose pixels are Scale device pixels per widget pixel.
type Frame struct {
	Scene    *scene.Scene
	Viewport Viewport
	Scale    float64
	Emphasis Emphasis
}

// View is the graph canvas widget.
type View struct {
	widget.BaseWidget

	// Draw paints a frame into dst (the shared rasteriser).
	Draw func(dst *image.RGBA, f Frame)
	// Hit finds the node (first) or edge within radius (graph units) of p.
	Hit func(s *scene.Scene, p scene.Point, radius float64) (HitKind, string)
	// LabelHit, when set, finds the node whose label lies under widget
	// position p among labels drawn apart from their node (hub labels);
	// it is asked before Hit.
	LabelHit func(p fyne.Position) (HitKind, string)
	// Tooltip returns the text shown while the pointer rests on an element.
	Tooltip func(kind HitKind, id string) string

	// OnHover is called when the element under the pointer changes ("" when none).
	OnHover    func(kind HitKind, id string)
	OnTapNode  func(id string, shift bool)
	OnTapEdge  func(id string)
	OnTapEmpty func()

	scene       *scene.Scene
	vp          Viewport
	fitted      bool // the viewport was set for the current size
	emphasis    Emphasis
	shift       bool           // Shift held at the last mouse press
	pointer     *fyne.Position // last pointer position inside the view
	placeholder string

	raster   *canvas.Raster
	buf      *image.RGBA
	tipBox   *canvas.Rectangle
	tipLines [maxTipLines]*canvas.Text // a canvas.Text draws one line: one per line
	empty    *canvas.Text
}

var (
	_ fyne.Widget       = (*View)(nil)
	_ fyne.Tappable     = (*View)(nil)
	_ fyne.Draggable    = (*View)(nil)
	_ fyne.Scrollable   = (*View)(nil)
	_ desktop.Hoverable = (*View)(nil)
	_ desktop.Mouseable = (*View)(nil)
)

// New returns an empty view.
func New() *View {
	v := &View{vp: Viewport{Zoom: 1}}
	v.ExtendBaseWidget(v)
	return v
}

// SetScene shows s. With keepView the zoom and position stay (after an
// edit); otherwise the view fits the whole scene.
func (v *View) SetScene(s *scene.Scene, keepView bool) {
	v.scene = s
	if !keepView {
		v.fitted = false
	}
	v.Refresh()
}

// Scene returns the scene shown.
func (v *View) Scene() *scene.Scene { return v.scene }

// SetEmphasis changes how elements are highlighted; no layout is redone.
func (v *View) SetEmphasis(e Emphasis) {
	hover := v.emphasis.Hover
	v.emphasis = e
	v.emphasis.Hover = hover
	v.Refresh()
}

// Viewport returns the current viewport.
func (v *View) Viewport() Viewport { return v.vp }

// SetViewport sets the viewport.
func (v *View) SetViewport(vp Viewport) {
	v.vp = vp
	v.fitted = true
	v.Refresh()
}

// Fit shows the whole scene.
func (v *View) Fit() {
	if v.scene == nil {
		return
	}
	v.FitRect(scene.Rect{Max: scene.Point{X: v.scene.Width, Y: v.scene.Height}})
}

// FitRect shows graph rectangle r whole.
func (v *View) FitRect(r scene.Rect) {
	s := v.Size()
	if s.Width <= 0 || s.Height <= 0 {
		v.fitted = false
		return
	}
	v.SetViewport(Fit(r, float64(s.Width), float64(s.Height), 24, 2))
}

// ZoomBy zooms around the pointer when it is over the view, else around
// the middle.
func (v *View) ZoomBy(f float64) {
	s := v.Size()
	x, y := float64(s.Width)/2, float64(s.Height)/2
	if v.pointer != nil {
		x, y = float64(v.pointer.X), float64(v.pointer.Y)
	}
	v.SetViewport(v.vp.ZoomAround(f, x, y))
}

// CentreOn brings graph point p to the middle of the view.
func (v *View) CentreOn(p scene.Point) {
	s := v.Size()
	v.SetViewport(v.vp.CentreOn(p, float64(s.Width), float64(s.Height)))
}

// ScreenPos returns where graph point p is in the widget.
func (v *View) ScreenPos(p scene.Point) fyne.Position {
	x, y := v.vp.ToScreen(p)
	return fyne.NewPos(float32(x), float32(y))
}

// MinSize is fixed, so zooming never changes the layout around the view.
func (v *View) MinSize() fyne.Size { return fyne.NewSize(240, 200) }

// Resize keeps the fitted view fitted.
func (v *View) Resize(s fyne.Size) {
	old := v.Size()
	v.BaseWidget.Resize(s)
	if v.fitted && old.Width > 0 {
		// Keep the centre where it was.
		c := v.vp.ToGraph(float64(old.Width)/2, float64(old.Height)/2)
		v.vp = v.vp.CentreOn(c, float64(s.Width), float64(s.Height))
	}
	if v.pointer != nil {
		v.placeTip(*v.pointer) // a narrower view (the details panel opening) keeps the tooltip inside
	}
	v.Refresh()
}

// Tapped selects what is under the pointer.
func (v *View) Tapped(ev *fyne.PointEvent) {
	kind, id := v.hit(ev.Position)
	switch kind {
	case HitNode:
		if v.OnTapNode != nil {
			v.OnTapNode(id, v.shift)
		}
	case HitEdge:
		if v.OnTapEdge != nil {
			v.OnTapEdge(id)
		}
	default:
		if v.OnTapEmpty != nil {
			v.OnTapEmpty()
		}
	}
	v.shift = false
}

// MouseDown remembers whether Shift is held, for Tapped.
func (v *View) MouseDown(ev *desktop.MouseEvent) {
	v.shift = ev.Modifier&fyne.KeyModifierShift != 0
}

// MouseUp is part of desktop.Mouseable.
func (v *View) MouseUp(*desktop.MouseEvent) {}

// Dragged pans.
func (v *View) Dragged(ev *fyne.DragEvent) {
	v.vp = v.vp.Pan(float64(ev.Dragged.DX), float64(ev.Dragged.DY))
	v.fitted = true
	v.hideTip()
	v.Refresh()
}

// DragEnd is part of fyne.Draggable.
func (v *View) DragEnd() {}

// Scrolled zooms around the pointer.
func (v *View) Scrolled(ev *fyne.ScrollEvent) {
	d := float64(ev.Scrolled.DY)
	if d == 0 {
		d = float64(ev.Scrolled.DX)
	}
	f := math.Exp(d * 0.01)
	v.vp = v.vp.ZoomAround(f, float64(ev.Position.X), float64(ev.Position.Y))
	v.fitted = true
	v.Refresh()
}

// MouseIn is part of desktop.Hoverable.
func (v *View) MouseIn(ev *desktop.MouseEvent) { v.MouseMoved(ev) }

// MouseMoved highlights and describes what is under the pointer.
func (v *View) MouseMoved(ev *desktop.MouseEvent) {
	pos := ev.Position
	v.pointer = &pos
	kind, id := v.hit(ev.Position)
	if id == v.emphasis.Hover {
		if id != "" {
			v.placeTip(ev.Position)
		}
		return
	}
	v.emphasis.Hover = id
	if v.OnHover != nil {
		v.OnHover(kind, id)
	}
	if kind == HitNone || v.Tooltip == nil {
		v.hideTip()
	} else {
		v.showTip(v.Tooltip(kind, id), ev.Position)
	}
	v.Refresh()
}

// MouseOut is part of desktop.Hoverable.
func (v *View) MouseOut() {
	v.pointer = nil
	if v.emphasis.Hover != "" {
		v.emphasis.Hover = ""
		if v.OnHover != nil {
			v.OnHover(HitNone, "")
		}
		v.hideTip()
		v.Refresh()
	}
}

// hit finds what lies under widget position p.
func (v *View) hit(p fyne.Position) (HitKind, string) {
	if v.scene == nil || v.Hit == nil {
		return HitNone, ""
	}
	if v.LabelHit != nil {
		if k, id := v.LabelHit(p); k != HitNone {
			return k, id
		}
	}
	g := v.vp.ToGraph(float64(p.X), float64(p.Y))
	return v.Hit(v.scene, g, hitRadius/v.vp.Zoom)
}

// maxTipLines is how many lines a tooltip shows; more are joined into
// the last.
const maxTipLines = 3

func (v *View) showTip(text string, at fyne.Position) {
	if v.tipBox == nil || text == "" {
		return
	}
	lines := strings.SplitN(text, "\n", maxTipLines)
	for i, t := range v.tipLines {
		if i < len(lines) {
			t.Text = strings.ReplaceAll(lines[i], "\n", " · ")
			t.Show()
		} else {
			t.Text = ""
			t.Hide()
		}
		t.Refresh()
	}
	v.tipBox.Show()
	v.placeTip(at)
}

func (v *View) placeTip(at fyne.Position) {
	if v.tipBox == nil || !v.tipBox.Visible() {
		return
	}
	var ts fyne.Size
	for _, t := range v.tipLines {
		if t.Visible() {
			m := t.MinSize()
			ts = fyne.NewSize(max(ts.Width, m.Width), ts.Height+m.Height)
		}
	}
	pad := float32(6)
	size := fyne.NewSize(ts.Width+2*pad, ts.Height+2*pad)
	pos := fyne.NewPos(at.X+14, at.Y+18)
	vs := v.Size()
	if pos.X+size.Width > vs.Width {
		pos.X = max(0, at.X-size.Width-6)
	}
	if pos.Y+size.Height > vs.Height {
		pos.Y = max(0, at.Y-size.Height-6)
	}
	v.tipBox.Move(pos)
	v.tipBox.Resize(size)
	y := pos.Y + pad
	for _, t := range v.tipLines {
		if t.Visible() {
			m := t.MinSize()
			t.Move(fyne.NewPos(pos.X+pad, y))
			t.Resize(fyne.NewSize(ts.Width, m.Height))
			y += m.Height
		}
	}
}

func (v *View) hideTip() {
	if v.tipBox != nil {
		v.tipBox.Hide()
		for _, t := range v.tipLines {
			t.Hide()
		}
	}
}

// TooltipText returns the tooltip shown, its lines joined by "\n", or ""
// (for tests).
func (v *View) TooltipText() string {
	if v.tipBox == nil || !v.tipBox.Visible() {
		return ""
	}
	var lines []string
	for _, t := range v.tipLines {
		if t.Visible() {
			lines = append(lines, t.Text)
		}
	}
	return strings.Join(lines, "\n")
}

// CreateRenderer builds the raster the scene is painted into and the
// tooltip overlay.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	v.raster = canvas.NewRaster(v.generate)
	v.tipBox = canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	v.tipBox.StrokeColor = theme.Color(theme.ColorNameShadow)
	v.tipBox.StrokeWidth = 1
	v.tipBox.CornerRadius = 4
	for i := range v.tipLines {
		v.tipLines[i] = canvas.NewText("", theme.Color(theme.ColorNameForeground))
		v.tipLines[i].TextSize = theme.TextSize() * 0.9
	}
	v.empty = canvas.NewText("", theme.Color(theme.ColorNamePlaceHolder))
	v.empty.Alignment = fyne.TextAlignCenter
	v.hideTip()
	return &renderer{v: v}
}

// generate paints the scene at the raster's pixel size.
func (v *View) generate(w, h int) image.Image {
	if w <= 0 || h <= 0 {
		return image.NewRGBA(image.Rect(0, 0, 1, 1))
	}
	if v.buf == nil || v.buf.Rect.Dx() != w || v.buf.Rect.Dy() != h {
		v.buf = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	size := v.Size()
	scale := 1.0
	if size.Width > 0 {
		scale = float64(w) / float64(size.Width)
	}
	if v.scene != nil && !v.fitted && size.Width > 0 {
		v.vp = Fit(scene.Rect{Max: scene.Point{X: v.scene.Width, Y: v.scene.Height}}, float64(size.Width), float64(size.Height), 24, 2)
		v.fitted = true
	}
	if v.scene == nil || v.Draw == nil {
		fill(v.buf, theme.Color(theme.ColorNameBackground))
		return v.buf
	}
	v.Draw(v.buf, Frame{Scene: v.scene, Viewport: v.vp, Scale: scale, Emphasis: v.emphasis})
	return v.buf
}

func fill(img *image.RGBA, c color.Color) {
	r, g, b, a := c.RGBA()
	px := []uint8{uint8(r >> 8), uint8(g >> 8), uint8(b >> 8), uint8(a >> 8)}
	for i := 0; i < len(img.Pix); i += 4 {
		copy(img.Pix[i:i+4], px)
	}
}

// SetPlaceholder sets the message shown in the middle while there is no
// scene to paint (loading, an empty view).
func (v *View) SetPlaceholder(s string) {
	v.placeholder = s
	v.Refresh()
}

type renderer struct{ v *View }

func (r *renderer) Layout(s fyne.Size) {
	r.v.raster.Resize(s)
	r.v.raster.Move(fyne.NewPos(0, 0))
	ms := r.v.empty.MinSize()
	r.v.empty.Move(fyne.NewPos(0, (s.Height-ms.Height)/2))
	r.v.empty.Resize(fyne.NewSize(s.Width, ms.Height))
}

func (r *renderer) MinSize() fyne.Size { return r.v.MinSize() }

func (r *renderer) Refresh() {
	r.v.tipBox.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	for _, t := range r.v.tipLines {
		t.Color = theme.Color(theme.ColorNameForeground)
	}
	r.v.empty.Color = theme.Color(theme.ColorNamePlaceHolder)
	r.v.empty.Text = r.v.placeholder
	if r.v.scene != nil && len(r.v.scene.Nodes) > 0 {
		r.v.empty.Text = ""
	}
	r.Layout(r.v.Size())
	r.v.raster.Refresh()
	r.v.tipBox.Refresh()
	for _, t := range r.v.tipLines {
		t.Refresh()
	}
	r.v.empty.Refresh()
}

func (r *renderer) Objects() []fyne.CanvasObject {
	objs := []fyne.CanvasObject{r.v.raster, r.v.empty, r.v.tipBox}
	for _, t := range r.v.tipLines {
		objs = append(objs, t)
	}
	return objs
}

func (r *renderer) Destroy() {}
