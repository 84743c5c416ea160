package app

import (
	"context"
	"fmt"
	"image"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	fynelayout "fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app/graphview"
	"dossier/app/internal/plural"
	"dossier/graphmodel"
	"dossier/render/layout"
	"dossier/render/paint"
	"dossier/render/scene"
)

// layouter lays out DOT text into a scene. It is called from background
// goroutines; the real one hands the work to the goroutine that owns
// Graphviz.
type layouter interface {
	Layout(ctx context.Context, dot []byte, engine string) (*scene.Scene, error)
	// Backend says which Graphviz runs ("native Graphviz 2.43", "Graphviz 12.1.2 (WebAssembly)").
	Backend() string
	Close() error
}

// graphPanel owns the graph view: it turns the visible part of the graph
// into DOT, lays it out in the background (newest request wins, stale
// results are dropped), and paints the result with the selection
// highlighted.
type graphPanel struct {
	e      *Explorer
	view   *graphview.View
	lay    layouter
	engine string // "" = automatic

	busy   *widget.ProgressBarInfinite
	cancel *widget.Button
	info   *widget.Label
	box    fyne.CanvasObject
	// legendImg shows what the shapes and colours mean, in the graph's
	// bottom-left corner (View ▸ Legend turns it off).
	legendImg *canvas.Image
	// hubLabels are the hub labels of the last frame painted, in its
	// pixels, hubScale pixels to a unit of the view (see labelHit).
	hubLabels []paint.PlacedLabel
	hubScale  float64
	legend    func(dark bool) image.Image
	typed     bool // the view shows nodes of Dossier's kinds (the legend explains only those)

	mu      sync.Mutex
	gen     uint64             // generation of the newest layout request
	stop    context.CancelFunc // cancels the running layout
	lastSel graphmodel.Selection
	// lastDOT and lastEngine are what the scene shown was laid out from
	// (for SVG and DOT export).
	hover      string // node under the pointer: its edges light up
	lastDOT    []byte
	lastEngine string
	laidOut    chan struct{} // closed and replaced after each applied layout (tests)
	paint      func(dst *image.RGBA, f graphview.Frame)
	hit        func(s *scene.Scene, p scene.Point, radius float64) (graphview.HitKind, string)
	writeDOT   func(g *graphmodel.Graph, sel graphmodel.Selection, engine string, notes map[string]string, dark bool) ([]byte, error)
	auto       func(nodes, edges int) string
}

func newGraphPanel(e *Explorer) *graphPanel {
	p := &graphPanel{e: e, view: graphview.New(), laidOut: make(chan struct{})}
	p.engine = e.app.Preferences().String(prefEngine)
	p.busy = widget.NewProgressBarInfinite()
	p.busy.Hide()
	p.cancel = widget.NewButtonWithIcon("", theme.CancelIcon(), p.cancelLayout)
	p.cancel.Importance = widget.LowImportance
	p.cancel.Hide()
	p.info = widget.NewLabel("")
	p.info.Truncation = fyne.TextTruncateEllipsis
	p.legendImg = canvas.NewImageFromImage(nil)
	p.legendImg.FillMode = canvas.ImageFillContain
	p.legendImg.ScaleMode = canvas.ImageScaleSmooth
	overlay := container.NewBorder(nil, container.NewHBox(container.NewPadded(p.legendImg), fynelayout.NewSpacer()), nil, nil)
	graph := container.NewStack(p.view, overlay)
	p.box = container.NewBorder(nil, container.NewBorder(nil, nil, nil, container.NewHBox(p.busy, p.cancel), p.info), nil, nil, graph)

	p.view.OnTapNode = func(id string, shift bool) {
		if shift {
			e.toggleMark(id)
			return
		}
		e.marked = nil
		e.selectNode(id, false)
	}
	p.view.OnTapEdge = e.selectEdge
	p.view.OnTapEmpty = func() {
		e.marked = nil
		e.clearSelection()
	}
	p.view.Tooltip = p.tooltip
	p.view.OnHover = func(kind graphview.HitKind, id string) {
		p.hover = ""
		if kind == graphview.HitNode {
			p.hover = id
		}
		p.highlight()
	}
	p.view.SetPlaceholder("Laying out…")
	wireRender(p)
	p.updateLegend()
	p.view.Draw = traceStartup(p.paint)
	p.view.Hit = p.hit
	p.view.LabelHit = p.labelHit
	return p
}

// labelHit finds the node whose hub label the last frame drew under
// widget position pos (the frame's pixels are hubScale to a unit).
func (p *graphPanel) labelHit(pos fyne.Position) (graphview.HitKind, string) {
	if p.hubScale <= 0 {
		return graphview.HitNone, ""
	}
	x, y := int(float64(pos.X)*p.hubScale), int(float64(pos.Y)*p.hubScale)
	for _, l := range p.hubLabels {
		if (image.Point{X: x, Y: y}).In(l.Rect) {
			return graphview.HitNode, l.ID
		}
	}
	return graphview.HitNone, ""
}

func (p *graphPanel) content() fyne.CanvasObject { return p.box }

// relayout lays out the visible part of the graph again; resetView fits
// the result to the window instead of keeping the zoom.
func (p *graphPanel) relayout(resetView bool) {
	g := p.e.sess.Graph()
	sel := p.e.visibleSelection()
	p.lastSel = sel
	typed := false
	for _, id := range sel.Nodes {
		if n, ok := g.Node(id); ok && n.Kind != graphmodel.KindEntity {
			typed = true
			break
		}
	}
	if typed != p.typed {
		p.typed = typed
		p.updateLegend()
	}
	if len(sel.Nodes) == 0 {
		p.cancelLayout()
		p.view.SetScene(nil, false)
		if g.NodeCount() == 0 {
			p.view.SetPlaceholder("Nothing to show yet: open a graph file or import documents (File menu, or drop files here).")
		} else {
			p.view.SetPlaceholder("The filters hide every node (View tab).")
		}
		p.info.SetText("0 of " + plural.Count(g.NodeCount(), "node") + " shown")
		p.markLaidOut()
		return
	}
	engine := p.engine
	if engine == "" {
		engine = layout.ForGraph(g, len(sel.Nodes), len(sel.Edges), p.auto)
	}

	notes := map[string]string{}
	for id, n := range p.e.hiddenStatements(sel) {
		notes[id] = fmt.Sprintf("+%d statements", n)
		if n == 1 {
			notes[id] = "+1 statement"
		}
	}
	dot, err := p.writeDOT(g, sel, engine, notes, p.e.dark())
	if err != nil {
		p.e.showError(fmt.Errorf("prepare layout: %w", err))
		return
	}
	p.mu.Lock()
	if p.stop != nil {
		p.stop()
	}
	p.gen++
	gen := p.gen
	ctx, cancel := context.WithCancel(context.Background())
	p.stop = cancel
	p.mu.Unlock()

	p.busy.Show()
	p.busy.Start()
	p.cancel.Show()
	if p.view.Scene() == nil {
		p.view.SetPlaceholder(fmt.Sprintf("Laying out %s with %s…", plural.Count(len(sel.Nodes), "node"), engine))
	}
	shown := fmt.Sprintf("%d of %s, %d of %s", len(sel.Nodes), plural.Count(g.NodeCount(), "node"), len(sel.Edges), plural.Count(g.EdgeCount(), "edge"))
	p.info.SetText(shown + " · laying out with " + engine + "…")
	start := time.Now()
	p.e.background(func() func() {
		s, err := p.lay.Layout(ctx, dot, engine)
		took := time.Since(start)
		return func() {
			p.mu.Lock()
			current := gen == p.gen
			if current {
				p.stop = nil
			}
			p.mu.Unlock()
			if !current {
				return // a newer layout was asked for: drop this one
			}
			p.busy.Stop()
			p.busy.Hide()
			p.cancel.Hide()
			if err != nil {
				if ctx.Err() == nil {
					p.info.SetText(shown + " · layout failed")
					p.e.showError(fmt.Errorf("layout with %s: %w", engine, err))
				}
				p.markLaidOut()
				return
			}
			p.view.SetScene(s, !resetView && p.view.Scene() != nil)
			p.lastDOT, p.lastEngine = dot, engine
			p.info.SetText(fmt.Sprintf("%s · %s in %s · %s", shown, engine, took.Round(time.Millisecond), p.lay.Backend()))
			p.e.filters.backend.SetText("Graphviz: " + p.lay.Backend())
			p.highlight()
			p.markLaidOut()
		}
	})
}

// cancelLayout stops the running layout; the view keeps what it shows.
func (p *graphPanel) cancelLayout() {
	p.mu.Lock()
	if p.stop != nil {
		p.stop()
		p.stop = nil
		p.gen++
	}
	p.mu.Unlock()
	p.busy.Stop()
	p.busy.Hide()
	p.cancel.Hide()
}

func (p *graphPanel) markLaidOut() {
	close(p.laidOut)
	p.laidOut = make(chan struct{})
}

// highlight shows the selection, its neighbours and marked nodes.
func (p *graphPanel) highlight() { p.view.SetEmphasis(p.emphasis()) }

// emphasis is how the selection, its neighbours and marked nodes stand out.
func (p *graphPanel) emphasis() graphview.Emphasis {
	e := p.e
	em := graphview.Emphasis{Selected: map[string]bool{}, Related: map[string]bool{}, Marked: map[string]bool{}}
	g := e.sess.Graph()
	if e.selNode != "" {
		em.Selected[e.selNode] = true
		for _, ed := range g.EdgesOf(e.selNode) {
			em.Related[ed.ID] = true
			em.Related[ed.Other(e.selNode)] = true
		}
	}
	if e.selEdge != "" {
		em.Selected[e.selEdge] = true
		if ed, ok := g.Edge(e.selEdge); ok {
			em.Related[ed.Source] = true
			em.Related[ed.Target] = true
		}
	}
	for _, id := range e.marked {
		em.Marked[id] = true
	}
	if p.hover != "" && p.hover != e.selNode {
		for _, ed := range g.EdgesOf(p.hover) {
			em.Related[ed.ID] = true
		}
	}
	return em
}

// tooltip describes a node or edge under the pointer.
func (p *graphPanel) tooltip(kind graphview.HitKind, id string) string {
	g := p.e.sess.Graph()
	switch kind {
	case graphview.HitNode:
		n, ok := g.Node(id)
		if !ok {
			return id
		}
		s := fmt.Sprintf("%s — %s", truncate(n.Label, 80), kindLine(n))
		if len(n.Mentions) > 0 {
			s += fmt.Sprintf("\n%s · %s", sourceLine(len(n.Mentions), n.DocCount()), plural.Count(g.Degree(id), "connection"))
		}
		return s
	case graphview.HitEdge:
		ed, ok := g.Edge(id)
		if !ok {
			return id
		}
		src, _ := g.Node(ed.Source)
		dst, _ := g.Node(ed.Target)
		if src == nil || dst == nil {
			return string(ed.Kind)
		}
		return fmt.Sprintf("%s %s %s (%s)\n%s", truncate(src.Label, 40), arrow(ed), truncate(dst.Label, 40), ed.Kind, sourceLine(len(ed.Evidence), ed.DocCount()))
	}
	return ""
}

func (p *graphPanel) fit()           { p.view.Fit() }
func (p *graphPanel) zoom(f float64) { p.view.ZoomBy(f) }

// centreOn brings a node into the middle of the view.
func (p *graphPanel) centreOn(id string) {
	s := p.view.Scene()
	if s == nil {
		return
	}
	for i := range s.Nodes {
		if s.Nodes[i].ID == id {
			p.view.CentreOn(s.Nodes[i].Center)
			return
		}
	}
}

// zoomToSelection fits the selected node and its neighbours.
func (p *graphPanel) zoomToSelection() {
	s := p.view.Scene()
	if s == nil || p.e.selNode == "" {
		return
	}
	want := map[string]bool{p.e.selNode: true}
	for _, n := range p.e.sess.Graph().Neighbours(p.e.selNode) {
		want[n.ID] = true
	}
	var r scene.Rect
	first := true
	for i := range s.Nodes {
		if !want[s.Nodes[i].ID] {
			continue
		}
		b := s.Nodes[i].Bounds()
		if first {
			r, first = b, false
			continue
		}
		r.Min.X, r.Min.Y = min(r.Min.X, b.Min.X), min(r.Min.Y, b.Min.Y)
		r.Max.X, r.Max.Y = max(r.Max.X, b.Max.X), max(r.Max.Y, b.Max.Y)
	}
	if !first {
		p.view.FitRect(r)
	}
}

// themeChanged repaints in the new theme's colours.
func (p *graphPanel) themeChanged() {
	p.updateLegend()
	p.relayout(false)
}

// legendScale is the size of the legend in the view, relative to the
// legend's own size in points.
const legendScale = 0.7

// legendShown reports whether the legend is on (the default).
func (p *graphPanel) legendShown() bool {
	return p.e.app.Preferences().BoolWithFallback(prefLegend, true)
}

// setLegend turns the legend on or off and remembers the choice.
func (p *graphPanel) setLegend(on bool) {
	p.e.app.Preferences().SetBool(prefLegend, on)
	p.updateLegend()
}

// updateLegend paints the legend in the current theme, or hides it.
func (p *graphPanel) updateLegend() {
	if !p.legendShown() || !p.typed || p.legend == nil {
		p.legendImg.Hide()
		return
	}
	img := p.legend(p.e.dark())
	if img == nil {
		p.legendImg.Hide()
		return
	}
	// Painted at twice the size it is shown, so it stays sharp on
	// high-density screens.
	b := img.Bounds()
	p.legendImg.Image = img
	p.legendImg.SetMinSize(fyne.NewSize(float32(b.Dx())/2, float32(b.Dy())/2))
	p.legendImg.Show()
	p.legendImg.Refresh()
}

// legendKeepout returns the rectangle of a view image (of bounds r, at
// scale pixels per unit) that the legend covers, in its bottom-left
// corner, or none when it is hidden: labels placed there would be hidden.
func (p *graphPanel) legendKeepout(r image.Rectangle, scale float64) []image.Rectangle {
	if !p.legendImg.Visible() {
		return nil
	}
	sz := p.legendImg.MinSize()
	pad := float64(theme.Padding())
	w := int((float64(sz.Width) + 2*pad) * scale)
	h := int((float64(sz.Height) + 2*pad) * scale)
	return []image.Rectangle{image.Rect(r.Min.X, r.Max.Y-h, r.Min.X+w, r.Max.Y)}
}

// nodeScreenPos returns where node id is drawn in the view (for tests).
func (p *graphPanel) nodeScreenPos(id string) (fyne.Position, bool) {
	s := p.view.Scene()
	if s == nil {
		return fyne.Position{}, false
	}
	for i := range s.Nodes {
		if s.Nodes[i].ID == id {
			return p.view.ScreenPos(s.Nodes[i].Center), true
		}
	}
	return fyne.Position{}, false
}

func (p *graphPanel) close() {
	p.cancelLayout()
	if p.lay != nil {
		_ = p.lay.Close()
	}
}

// engineChoices are the layout engines offered; "" picks by graph size.
var engineChoices = []struct{ name, label string }{
	{"", "Automatic (by size)"},
	{"dot", "dot (hierarchical)"},
	{"sfdp", "sfdp (large graphs)"},
	{"fdp", "fdp (spring)"},
	{"neato", "neato (spring)"},
	{"circo", "circo (circular)"},
	{"twopi", "twopi (radial)"},
	{"saved", "As saved in the file"},
}
