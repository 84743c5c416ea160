package paint

import (
	"cmp"
	"image"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"dossier/render/scene"
)

// Hub labels: a zoomed-out view of a big graph draws labels too small to
// read (or none), which leaves the reader a field of unnamed shapes. So
// the best-connected nodes whose own label is too small get a label at a
// legible size, under their shape (over it when there is no room below),
// in order of their number of edges and as long as a label overlaps no
// label placed before it: the hubs are named first and the view never
// turns into a heap of text. Emphasised nodes (selected, marked,
// highlighted, hovered) are labelled before any other; statements only
// when emphasised (a quotation makes a poor name).

// Defaults of the hub labels.
const (
	defaultHubLabelPx = 11
	defaultHubLabels  = 120
	// hubLabelRunes is the longest label drawn whole; longer ones end
	// in an ellipsis.
	hubLabelRunes = 30
	// hubCell is the side, in pixels, of the cells of the grid that
	// records where labels were placed.
	hubCell = 4
)

// hubOrder returns the indices of the scene's nodes in the order they get
// hub labels: nodes other than statements first, then by number of
// edges, most first, then by scene order. It is made once per scene.
func (pr *prepared) hubOrder(s *scene.Scene) []int32 {
	if len(pr.hubs) == len(s.Nodes) && pr.hubsMade {
		return pr.hubs
	}
	pr.buildIDs(s)
	degree := make([]int32, len(s.Nodes))
	for i := range s.Edges {
		e := &s.Edges[i]
		if k, ok := pr.nodeIDs.first[e.Tail]; ok {
			degree[k]++
		}
		if k, ok := pr.nodeIDs.first[e.Head]; ok && e.Head != e.Tail {
			degree[k]++
		}
	}
	pr.hubs = resize(pr.hubs, len(s.Nodes))
	for i := range pr.hubs {
		pr.hubs[i] = int32(i)
	}
	quote := func(i int32) int {
		if s.Nodes[i].Kind == "statement" {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(pr.hubs, func(a, b int32) int {
		if c := cmp.Compare(quote(a), quote(b)); c != 0 {
			return c
		}
		return cmp.Compare(degree[b], degree[a])
	})
	pr.hubTexts = resize(pr.hubTexts, len(s.Nodes))
	for i := range pr.hubTexts {
		pr.hubTexts[i] = hubText(&s.Nodes[i])
	}
	pr.hubEm = resize(pr.hubEm, len(s.Nodes))
	pr.hubEmStyle = -1
	pr.hubsMade = true
	return pr.hubs
}

// hubWidth returns the width in em of node i's hub label in the given
// style, measured once per scene and style.
func (pr *prepared) hubWidth(t *texter, style uint8, i int32) float64 {
	if pr.hubEmStyle != int(style) {
		for k := range pr.hubEm {
			pr.hubEm[k] = -1
		}
		pr.hubEmStyle = int(style)
	}
	if pr.hubEm[i] < 0 {
		pr.hubEm[i] = t.width(style, pr.hubTexts[i])
	}
	return pr.hubEm[i]
}

// PlacedLabel is a hub label drawn in the last frame: the node's id and
// the label's rectangle in the image's pixels.
type PlacedLabel struct {
	ID   string
	Rect image.Rectangle
}

// HubLabels returns the hub labels the last Draw placed, so that a view
// can tell a click on a label from a click on empty space. The slice is
// the painter's: it changes with the next Draw.
func (p *Painter) HubLabels() []PlacedLabel { return p.placed }

// hasHubLabel reports whether node i has a hub label in this frame.
func (p *Painter) hasHubLabel(i int) bool { return i < len(p.hubbed) && p.hubbed[i] }

// labelGrid records which cells of the frame hold a hub label.
type labelGrid struct {
	cols, rows int
	used       []uint64 // one bit per cell, row by row
}

func (g *labelGrid) reset(w, h int) {
	g.cols, g.rows = (w+hubCell-1)/hubCell, (h+hubCell-1)/hubCell
	g.used = resize(g.used, (g.cols*g.rows+63)/64)
	clear(g.used)
}

// cells returns the cells r covers (r in pixels from the frame's
// top-left corner), clipped to the grid.
func (g *labelGrid) cells(r image.Rectangle) (x0, y0, x1, y1 int) {
	x0, y0 = max(r.Min.X/hubCell, 0), max(r.Min.Y/hubCell, 0)
	x1, y1 = min((r.Max.X+hubCell-1)/hubCell, g.cols), min((r.Max.Y+hubCell-1)/hubCell, g.rows)
	return
}

// free reports whether no cell r covers is taken.
func (g *labelGrid) free(r image.Rectangle) bool {
	x0, y0, x1, y1 := g.cells(r)
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			k := y*g.cols + x
			if g.used[k/64]&(1<<(k%64)) != 0 {
				return false
			}
		}
	}
	return true
}

// take marks the cells r covers.
func (g *labelGrid) take(r image.Rectangle) {
	x0, y0, x1, y1 := g.cells(r)
	for y := y0; y < y1; y++ {
		for x := x0; x < x1; x++ {
			k := y*g.cols + x
			g.used[k/64] |= 1 << (k % 64)
		}
	}
}

// hubText is the text of a node's hub label: its label on one line,
// shortened with an ellipsis when long.
func hubText(n *scene.Node) string {
	t := n.Label
	if t == "" {
		t = n.ID
	}
	t = strings.Join(strings.Fields(t), " ")
	if utf8.RuneCountInString(t) <= hubLabelRunes {
		return t
	}
	k := 0
	for i := range t {
		if k == hubLabelRunes-1 {
			return strings.TrimRight(t[:i], " ,.;:-") + "…"
		}
		k++
	}
	return t
}

// ownLabelPx is the size in pixels at which the node's own label is
// drawn in this frame (0: it has none).
func (f *frame) ownLabelPx(n *scene.Node) float64 {
	for i := range n.Ops {
		o := &n.Ops[i].Op
		if o.Kind != scene.OpText || o.Text == "" {
			continue
		}
		size := o.FontSize
		if !(size > 0) || !finite(size) {
			size = defaultFontSize
		}
		return size * f.t.s
	}
	if len(n.Ops) == 0 && n.Label != "" {
		return 11 * f.t.s // synthNode's size
	}
	return 0
}

// placeHubLabels chooses which of the visible nodes whose own label is
// too small to read get a hub label, and where (see the comment at the
// top of this file). It runs before the nodes are drawn: a node with a
// hub label is drawn without its own unreadable one.
func (p *Painter) placeHubLabels(f *frame, s *scene.Scene, pr *prepared) {
	p.hubbed = p.hubbed[:0]
	if f.det.Full || f.det.NoHubLabels || p.text == nil || len(s.Nodes) == 0 {
		return
	}
	p.hubbed = resize(p.hubbed, len(s.Nodes))
	clear(p.hubbed)
	px, budget := f.det.HubLabelPx, f.det.HubLabels
	p.grid.reset(f.clip.Dx(), f.clip.Dy())
	for _, r := range f.opt.Keepout {
		p.grid.take(r.Intersect(f.clip).Sub(f.clip.Min))
	}
	style := p.text.style(f.th.FontName, false, false)
	order := pr.hubOrder(s)
	for pass := 0; pass < 2 && len(p.placed) < budget; pass++ {
		for _, i := range order {
			if len(p.placed) >= budget {
				break
			}
			st := f.nodeState(int(i))
			emph := st&stEmph != 0
			if emph != (pass == 0) || !f.visible(pr.nodeBox[i]) {
				continue
			}
			n := &s.Nodes[i]
			if !emph && (st&stDimmed != 0 || f.dimOn || n.Kind == "statement") {
				continue // (a quotation makes a poor name: statements only when emphasised)
			}
			if f.ownLabelPx(n) >= px*0.9 {
				continue // its own label can be read
			}
			if p.placeHubLabel(f, n, pr.hubWidth(p.text, style, i)*px, px) {
				p.hubbed[i] = true
				p.placedNode = append(p.placedNode, i)
			}
		}
	}
	f.stats.HubLabels = len(p.placed)
}

// placeHubLabel finds room for n's hub label, text w pixels wide, under
// its shape, or over it, where it overlaps no other label, and reports
// whether it found it (the label is then in p.placed).
func (p *Painter) placeHubLabel(f *frame, n *scene.Node, w, px float64) bool {
	b := n.Bounds()
	top, bot := f.t.pt(b.Min), f.t.pt(b.Max)
	c := f.t.pt(n.Center)
	if !top.finite() || !bot.finite() || !c.finite() {
		return false
	}
	pad := math.Ceil(px / 5)
	h := math.Ceil(px*1.25) + pad
	left := math.Round(c.x - w/2 - pad)
	right := left + math.Ceil(w+2*pad)
	for _, y := range [2]float64{math.Ceil(bot.y) + 1, math.Floor(top.y) - 1 - h} {
		r := image.Rect(int(left), int(y), int(right), int(y+h))
		if !r.In(f.clip) {
			continue // a label cut by the edge of the view reads wrong
		}
		local := r.Sub(f.clip.Min)
		if !p.grid.free(local) {
			continue
		}
		p.grid.take(local.Inset(-1))
		p.placed = append(p.placed, PlacedLabel{ID: n.ID, Rect: r})
		return true
	}
	return false
}

// drawHubLabels draws the hub labels placeHubLabels placed, over
// everything else, on the background colour (opaque: blending costs a
// frame milliseconds).
func (p *Painter) drawHubLabels(f *frame, s *scene.Scene, pr *prepared) {
	if len(p.placed) == 0 {
		return
	}
	px := f.det.HubLabelPx
	style := p.text.style(f.th.FontName, false, false)
	bg := p.background(s, f.opt)
	pad := math.Ceil(px / 5)
	for k, l := range p.placed {
		fillRect(f.dst, l.Rect.Intersect(f.clip), bg)
		i := p.placedNode[k]
		base := float64(l.Rect.Min.Y) + pad/2 + px
		p.text.drawPx(f, vec{float64(l.Rect.Min.X) + pad, base}, scene.AlignLeft, style, px, pr.hubWidth(p.text, style, i), pr.hubTexts[i], f.th.Foreground)
	}
	f.plain = false
}
