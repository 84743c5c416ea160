package paint

import (
	"image"
	"image/color"
	"math"

	"dossier/render/scene"
)

// Kinds whose elements come from foreign graphs: they keep Graphviz's
// colours under a theme.
const (
	foreignNodeKind = "entity"
	foreignEdgeKind = "related"
)

// prepared holds what the painter derives once per scene: the extent of
// every node and edge (ops included) and the ends of every edge.
type prepared struct {
	s            *scene.Scene
	nodes, edges int
	nodeBox      []scene.Rect
	edgeBox      []scene.Rect
	ends         [][2]scene.Point
	hasEnds      []bool
	bg           int // index of the background op in s.Ops, or -1

	// Colours: an edge's curve pen colour; a node's fill and pen colour
	// from its first body op (nodeCol false: it has none).
	edgeCol              []color.NRGBA
	nodeFill, nodeStroke []color.NRGBA
	nodeCol              []bool
	// Kinds a theme restyles: edgeKind[i] indexes edgeKinds, nodeKind[i]
	// nodeKinds (kind, type); -1 for elements a theme leaves alone.
	edgeKind, nodeKind []int32
	edgeKinds          []string
	nodeKinds          [][2]string

	lod              []lodEdge // see lodEdges
	hubs             []int32   // see hubOrder
	hubsMade         bool
	hubTexts         []string  // hub label of each node
	hubEm            []float64 // its width in em (-1: not measured yet) ...
	hubEmStyle       int       // ... in this style
	ids              bool      // nodeIDs and edgeIDs are built
	nodeIDs, edgeIDs idIndex
}

func (p *Painter) prepare(s *scene.Scene) *prepared {
	pr := &p.prep
	if pr.s == s && pr.nodes == len(s.Nodes) && pr.edges == len(s.Edges) {
		return pr
	}
	pr.s, pr.nodes, pr.edges = s, len(s.Nodes), len(s.Edges)
	pr.nodeBox = resize(pr.nodeBox, len(s.Nodes))
	pr.edgeBox = resize(pr.edgeBox, len(s.Edges))
	pr.ends = resize(pr.ends, len(s.Edges))
	pr.hasEnds = resize(pr.hasEnds, len(s.Edges))
	pr.edgeCol = resize(pr.edgeCol, len(s.Edges))
	pr.edgeKind = resize(pr.edgeKind, len(s.Edges))
	pr.nodeFill = resize(pr.nodeFill, len(s.Nodes))
	pr.nodeStroke = resize(pr.nodeStroke, len(s.Nodes))
	pr.nodeCol = resize(pr.nodeCol, len(s.Nodes))
	pr.nodeKind = resize(pr.nodeKind, len(s.Nodes))
	pr.edgeKinds, pr.nodeKinds = pr.edgeKinds[:0], pr.nodeKinds[:0]
	pr.lod, pr.ids, pr.hubsMade = pr.lod[:0], false, false
	nodeKinds := map[[2]string]int32{}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		b := n.Bounds()
		for j := range n.Ops {
			b = union(b, opBounds(&n.Ops[j].Op))
		}
		pr.nodeBox[i] = b
		pr.nodeFill[i], pr.nodeStroke[i], pr.nodeCol[i] = opColours(n)
		pr.nodeKind[i] = -1
		if n.Kind != "" && n.Kind != foreignNodeKind {
			pr.nodeKind[i] = intern(nodeKinds, &pr.nodeKinds, [2]string{n.Kind, n.Type})
		}
	}
	edgeKinds := map[string]int32{}
	for i := range s.Edges {
		e := &s.Edges[i]
		b := scene.Rect{Min: scene.Point{X: math.Inf(1), Y: math.Inf(1)}, Max: scene.Point{X: math.Inf(-1), Y: math.Inf(-1)}}
		for _, q := range e.Spline {
			b = union(b, scene.Rect{Min: q, Max: q})
		}
		for j := range e.Ops {
			b = union(b, opBounds(&e.Ops[j].Op))
		}
		if e.Label != "" && (e.LabelPos != scene.Point{}) {
			b = union(b, scene.Rect{Min: e.LabelPos, Max: e.LabelPos})
		}
		pr.edgeBox[i] = b
		pr.ends[i], pr.hasEnds[i] = edgeEnds(s, e)
		pr.edgeCol[i] = edgeColour(e)
		pr.edgeKind[i] = -1
		if e.Kind != "" && e.Kind != foreignEdgeKind {
			pr.edgeKind[i] = intern(edgeKinds, &pr.edgeKinds, e.Kind)
		}
	}
	pr.bg = -1
	for i := range s.Ops {
		o := &s.Ops[i]
		if o.Role == scene.RoleBody && o.Kind == scene.OpPolygon && o.Filled && coversScene(o.Points, s) {
			pr.bg = i
			break
		}
	}
	return pr
}

func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	var zero T
	for i := range s {
		s[i] = zero
	}
	return s
}

func union(a, b scene.Rect) scene.Rect {
	return scene.Rect{
		Min: scene.Point{X: math.Min(a.Min.X, b.Min.X), Y: math.Min(a.Min.Y, b.Min.Y)},
		Max: scene.Point{X: math.Max(a.Max.X, b.Max.X), Y: math.Max(a.Max.Y, b.Max.Y)},
	}
}

// coversScene reports whether a polygon spans the whole scene: Graphviz's
// background rectangle, which the painter replaces with its own.
func coversScene(pts []scene.Point, s *scene.Scene) bool {
	if len(pts) < 4 {
		return false
	}
	b := scene.Rect{Min: pts[0], Max: pts[0]}
	for _, q := range pts[1:] {
		b = union(b, scene.Rect{Min: q, Max: q})
	}
	return b.Min.X <= 1 && b.Min.Y <= 1 && b.Max.X >= s.Width-1 && b.Max.Y >= s.Height-1
}

// opBounds is a generous extent of an op in graph coordinates.
func opBounds(o *scene.Op) scene.Rect {
	if len(o.Points) == 0 {
		return scene.Rect{Min: scene.Point{X: math.Inf(1), Y: math.Inf(1)}, Max: scene.Point{X: math.Inf(-1), Y: math.Inf(-1)}}
	}
	switch o.Kind {
	case scene.OpEllipse:
		c := o.Points[0]
		r := scene.Point{}
		if len(o.Points) > 1 {
			r = scene.Point{X: math.Abs(o.Points[1].X), Y: math.Abs(o.Points[1].Y)}
		}
		return scene.Rect{Min: scene.Point{X: c.X - r.X, Y: c.Y - r.Y}, Max: scene.Point{X: c.X + r.X, Y: c.Y + r.Y}}
	case scene.OpText:
		q := o.Points[0]
		size := o.FontSize
		if !(size > 0) {
			size = 14
		}
		w := o.TextW
		if !(w > 0) {
			w = float64(len(o.Text)) * size * 0.6
		}
		return scene.Rect{Min: scene.Point{X: q.X - w, Y: q.Y - size}, Max: scene.Point{X: q.X + w, Y: q.Y + size/2}}
	}
	b := scene.Rect{Min: o.Points[0], Max: o.Points[0]}
	for _, q := range o.Points[1:] {
		b = union(b, scene.Rect{Min: q, Max: q})
	}
	return b
}

// edgeEnds finds where an edge starts and ends: its spline, its body ops,
// or the centres of its nodes.
func edgeEnds(s *scene.Scene, e *scene.Edge) ([2]scene.Point, bool) {
	if n := len(e.Spline); n >= 2 {
		return [2]scene.Point{e.Spline[0], e.Spline[n-1]}, true
	}
	for i := range e.Ops {
		o := &e.Ops[i]
		if o.Role == scene.RoleBody && (o.Kind == scene.OpBezier || o.Kind == scene.OpPolyline) && len(o.Points) >= 2 {
			return [2]scene.Point{o.Points[0], o.Points[len(o.Points)-1]}, true
		}
	}
	t, h := s.NodeIndex(e.Tail), s.NodeIndex(e.Head)
	if t < 0 || h < 0 {
		return [2]scene.Point{}, false
	}
	return [2]scene.Point{s.Nodes[t].Center, s.Nodes[h].Center}, true
}

// look is how one element is coloured in this frame.
type look struct {
	restyle            bool
	fill, stroke, text color.NRGBA // theme colours, when restyle
	dim                bool
	dimTo              color.NRGBA
	emph               color.NRGBA // emphasis colour; A == 0: none
	extra              float64     // extra stroke width for emphasis, pixels
}

func (l *look) col(c, themed color.NRGBA) color.NRGBA {
	if l.restyle {
		c = themed
	}
	if l.dim {
		c = mix(c, l.dimTo, 0.7)
	}
	return c
}

// mix moves c a fraction t of the way towards d.
func mix(c, d color.NRGBA, t float64) color.NRGBA {
	m := func(a, b uint8) uint8 { return uint8(float64(a) + (float64(b)-float64(a))*t + 0.5) }
	return color.NRGBA{m(c.R, d.R), m(c.G, d.G), m(c.B, d.B), c.A}
}

// emphasis returns the emphasis colour and extra width for an element
// in state st.
func (f *frame) emphasis(st uint8) (color.NRGBA, float64) {
	th := f.th
	switch {
	case st&stSelected != 0:
		return th.Selection, 2.5
	case st&stMarked != 0:
		return th.Marked, 2
	case st&stHighlighted != 0:
		return th.Highlight, 2
	case st&stHover != 0:
		c := th.Selection
		c.A = 150
		return c, 1.5
	}
	return color.NRGBA{}, 0
}

func (f *frame) baseLook(st uint8) look {
	l := look{dimTo: f.th.Dimmed}
	l.emph, l.extra = f.emphasis(st)
	l.dim = st&stDimmed != 0 || (f.dimOn && l.emph.A == 0)
	return l
}

// nodeState and edgeState are the emphasis state of node or edge i.
func (f *frame) nodeState(i int) uint8 {
	if f.nodeSt == nil {
		return 0
	}
	return f.nodeSt[i]
}

func (f *frame) edgeState(i int) uint8 {
	if f.edgeSt == nil {
		return 0
	}
	return f.edgeSt[i]
}

func (f *frame) nodeLook(pr *prepared, i int) look {
	l := f.baseLook(f.nodeState(i))
	if k := pr.nodeKind[i]; f.opt.Theme != nil && k >= 0 {
		st := &f.nodeStyles[k]
		l.restyle, l.fill, l.stroke, l.text = true, st.Fill, st.Stroke, st.Text
	}
	return l
}

func (f *frame) edgeLook(pr *prepared, i int) look {
	l := f.baseLook(f.edgeState(i))
	if k := pr.edgeKind[i]; f.opt.Theme != nil && k >= 0 {
		st := &f.edgeStyles[k]
		l.restyle, l.fill, l.stroke, l.text = true, st.Color, st.Color, st.Text
	}
	return l
}

func (f *frame) visible(r scene.Rect) bool { return r.Intersects(f.view) }

// drawGraphOps draws graph-level ops (a graph label) except Graphviz's
// background rectangle.
func (p *Painter) drawGraphOps(f *frame, s *scene.Scene, pr *prepared) {
	l := look{}
	if f.opt.Theme != nil {
		l.restyle = true
		l.fill, l.stroke, l.text = f.opt.Theme.Background, f.opt.Theme.Foreground, f.opt.Theme.Foreground
	}
	for i := range s.Ops {
		if i == pr.bg {
			continue
		}
		f.plain = false
		p.drawOp(f, &s.Ops[i], &l, false)
	}
}

// drawOps draws the ops of a cluster or the graph with look l.
func (p *Painter) drawOps(f *frame, ops []scene.RoledOp, l look) {
	for i := range ops {
		p.drawOp(f, &ops[i], &l, false)
	}
}

// drawOp draws one op. For an edge's ops (edge set), emphasis recolours
// and widens the curve and arrowheads, and the curve may take the fast
// thin-line path.
func (p *Painter) drawOp(f *frame, o *scene.RoledOp, l *look, edge bool) {
	if o.Style == scene.Invisible {
		return
	}
	if o.Kind == scene.OpText {
		if p.drawText(f, &o.Op, l.col(o.Stroke, l.text)) {
			f.stats.Labels++
		}
		return
	}
	pn := pen{
		stroke: l.col(o.Stroke, l.stroke),
		fill:   l.col(o.Fill, l.fill),
		width:  o.Width * f.t.s,
		style:  o.Style,
		filled: o.Filled,
		thinOK: edge && o.Role == scene.RoleBody,
	}
	if l.emph.A != 0 && edge { // an emphasised edge: its own colour
		pn.stroke, pn.width = l.emph, pn.width+l.extra
		if pn.filled {
			pn.fill = l.emph
		}
	}
	p.drawShape(f, &o.Op, pn)
}

// pen is how a shape is filled and stroked, in pixels.
type pen struct {
	stroke, fill color.NRGBA
	width        float64
	style        scene.LineStyle
	filled       bool
	noStroke     bool
	thinOK       bool // thin strokes may take the fast line path
}

// thinMax is the widest edge stroke drawn with the fast line path, and
// thinOutline the widest outline (whose sharp corners need real joins
// when wider), in pixels.
const (
	thinMax     = 2.5
	thinOutline = 1.5
)

// shapePoints turns an op into a pixel polyline in p.flat and says
// whether it is closed.
func (p *Painter) shapePoints(f *frame, o *scene.Op) (pts []vec, closed, ok bool) {
	p.pts = p.pts[:0]
	for _, q := range o.Points {
		v := f.t.pt(q)
		if !v.finite() {
			return nil, false, false
		}
		p.pts = append(p.pts, v)
	}
	flat := p.flat[:0]
	switch o.Kind {
	case scene.OpEllipse:
		if len(o.Points) < 2 {
			return nil, false, false
		}
		rx, ry := math.Abs(o.Points[1].X)*f.t.s, math.Abs(o.Points[1].Y)*f.t.s
		if !finite(rx) || !finite(ry) {
			return nil, false, false
		}
		flat = appendEllipse(flat, p.pts[0], rx, ry)
		closed = true
	case scene.OpPolygon:
		flat = append(flat, p.pts...)
		closed = true
	case scene.OpPolyline:
		flat = append(flat, p.pts...)
	case scene.OpBezier:
		if len(p.pts) == 0 {
			return nil, false, false
		}
		flat = append(flat, p.pts[0])
		flat = appendBezier(flat, p.pts)
		closed = o.Filled
	default:
		return nil, false, false
	}
	p.flat = flat
	return flat, closed, len(flat) >= 2
}

// drawShape fills and strokes a shape op with pen pn.
func (p *Painter) drawShape(f *frame, o *scene.Op, pn pen) {
	if len(o.Points) == 0 {
		return
	}
	b := opBounds(o)
	if !f.visible(b) {
		return
	}
	pts, closed, ok := p.shapePoints(f, o)
	if !ok {
		return
	}
	if pn.filled && closed && pn.fill.A != 0 && len(pts) >= 3 {
		p.fillp.reset()
		for _, q := range pts {
			p.fillp.add(q)
		}
		p.fillp.close()
		p.ras.fill(f.dst, f.clip, &p.fillp, pn.fill)
	}
	if !pn.noStroke {
		p.stroke(f, pts, closed, pn)
	}
}

// stroke draws a pixel polyline with pn's stroke.
func (p *Painter) stroke(f *frame, pts []vec, closed bool, pn pen) {
	w := pn.width
	c := pn.stroke
	if !(w > 0) || c.A == 0 {
		return
	}
	if w < 1 { // hairlines: fade rather than thin
		c.A = uint8(float64(c.A)*math.Max(w, 0.2) + 0.5)
		w = 1
	}
	var pattern []float64
	var pat [2]float64
	switch pn.style {
	case scene.Dashed:
		pat = [2]float64{5 * f.t.s, 2 * f.t.s}
	case scene.Dotted:
		pat = [2]float64{math.Max(1*f.t.s, w), 5 * f.t.s}
	}
	if pat[0]+pat[1] >= 3 {
		pattern = pat[:]
	}
	emit := func(piece []vec) {
		if w <= thinOutline || pn.thinOK && w <= thinMax {
			for i := 1; i < len(piece); i++ {
				ea, eb := 0.5, 0.5
				if i == 1 {
					ea = 0
				}
				if i == len(piece)-1 {
					eb = 0
				}
				line(f.dst, f.clip, piece[i-1], piece[i], w, c, ea, eb, nil)
			}
			if closed && pattern == nil && len(piece) > 2 {
				line(f.dst, f.clip, piece[len(piece)-1], piece[0], w, c, 0.5, 0.5, nil)
			}
			return
		}
		p.strk.reset()
		strokePath(&p.strk, piece, closed && pattern == nil, w)
		p.ras.fill(f.dst, f.clip, &p.strk, c)
	}
	if pattern != nil {
		p.dashb = dash(pts, closed, pattern, boxOf(f.clip).pad(w+2), p.dashb, emit)
		return
	}
	emit(pts)
}

// drawEdges draws the visible edges, emphasised ones last.
func (p *Painter) drawEdges(f *frame, s *scene.Scene, pr *prepared) {
	p.emph = p.emph[:0]
	if !f.det.Full && f.t.s < f.det.StraightScale {
		n := f.dst.Rect.Dx() * f.dst.Rect.Dy()
		if cap(p.acc) < n {
			p.acc = make([]uint8, n)
		}
		f.acc = p.acc[:n] // compositeAcc leaves it cleared
		f.accBox = emptyBox()
	}
	if f.acc != nil {
		p.drawLODEdges(f, pr)
	} else {
		for i := range s.Edges {
			if !f.visible(pr.edgeBox[i]) {
				f.stats.Culled++
				continue
			}
			if f.edgeState(i)&stEmph != 0 {
				p.emph = append(p.emph, i)
				continue
			}
			p.drawEdge(f, s, pr, i)
		}
	}
	if f.edgeN > 0 {
		c := color.NRGBA{uint8(f.edgeR / f.edgeN), uint8(f.edgeG / f.edgeN), uint8(f.edgeB / f.edgeN), 0xb0}
		compositeAcc(f.dst, f.acc, f.accBox.pad(2).pixels(f.dst.Rect), c, f.plain, f.bg)
	}
	for _, i := range p.emph {
		p.drawEdge(f, s, pr, i)
	}
}

func (p *Painter) drawEdge(f *frame, s *scene.Scene, pr *prepared, i int) {
	e := &s.Edges[i]
	l := f.edgeLook(pr, i)
	b := pr.edgeBox[i]
	ext := math.Max(b.Max.X-b.Min.X, b.Max.Y-b.Min.Y) * f.t.s
	if !f.det.Full && ext < f.det.EdgePx && l.emph.A == 0 {
		return
	}
	if !f.det.Full && f.t.s < f.det.StraightScale {
		if !pr.hasEnds[i] {
			return
		}
		a, b := f.t.pt(pr.ends[i][0]), f.t.pt(pr.ends[i][1])
		if l.emph.A != 0 {
			line(f.dst, f.clip, a, b, 1+l.extra/2, l.emph, 0, 0, nil)
		} else {
			// Plain edges add to one coverage layer, composited once in
			// their mean colour: a zoomed-out graph shows where edges are
			// dense, at a fraction of the cost of blending each one.
			c := l.col(pr.edgeCol[i], l.stroke)
			f.edgeR += int(c.R)
			f.edgeG += int(c.G)
			f.edgeB += int(c.B)
			f.edgeN++
			if lineAcc(f.acc, f.dst.Rect, a, b, 1) {
				f.accBox = f.accBox.add(a, b)
			}
		}
		f.stats.LineEdges++
		return
	}
	f.stats.Edges++
	if len(e.Ops) == 0 {
		p.drawBareEdge(f, e, l)
		return
	}
	for j := range e.Ops {
		o := &e.Ops[j]
		if o.Role == scene.RoleLabel {
			continue
		}
		if o.Role != scene.RoleBody && !f.det.Full {
			ob := opBounds(&o.Op)
			if math.Max(ob.Max.X-ob.Min.X, ob.Max.Y-ob.Min.Y)*f.t.s < f.det.ArrowPx {
				continue
			}
		}
		p.drawOp(f, o, &l, true)
	}
}

// edgeColour is the pen colour of an edge's curve.
func edgeColour(e *scene.Edge) color.NRGBA {
	for i := range e.Ops {
		if e.Ops[i].Role == scene.RoleBody && e.Ops[i].Kind != scene.OpText {
			return e.Ops[i].Stroke
		}
	}
	return color.NRGBA{A: 0xff}
}

// drawBareEdge draws an edge that has a spline but no ops (a hand-made
// scene) with the theme's style for its kind.
func (p *Painter) drawBareEdge(f *frame, e *scene.Edge, l look) {
	if len(e.Spline) < 2 {
		return
	}
	st := f.th.Edge(e.Kind)
	o := scene.Op{Kind: scene.OpPolyline, Points: e.Spline, Stroke: st.Color, Width: st.PenWidth}
	if (len(e.Spline)-1)%3 == 0 {
		o.Kind = scene.OpBezier
	}
	ro := scene.RoledOp{Op: o}
	l.restyle = false
	p.drawOp(f, &ro, &l, true)
}

// drawEdgeLabels draws the labels of visible edges, above the nodes.
func (p *Painter) drawEdgeLabels(f *frame, s *scene.Scene, pr *prepared) {
	if !f.det.Full && f.t.s < f.det.StraightScale {
		return
	}
	for i := range s.Edges {
		e := &s.Edges[i]
		if !f.visible(pr.edgeBox[i]) {
			continue
		}
		var l *look
		for j := range e.Ops {
			o := &e.Ops[j]
			if o.Role != scene.RoleLabel {
				continue
			}
			if l == nil {
				lk := f.edgeLook(pr, i)
				l = &lk
			}
			p.drawOp(f, o, l, false)
		}
	}
}

// drawNodes draws the visible nodes, emphasised ones last.
func (p *Painter) drawNodes(f *frame, s *scene.Scene, pr *prepared) {
	p.emph = p.emph[:0]
	for i := range s.Nodes {
		if !f.visible(pr.nodeBox[i]) {
			f.stats.Culled++
			continue
		}
		if f.nodeState(i)&stEmph != 0 {
			p.emph = append(p.emph, i)
			continue
		}
		p.drawNode(f, s, pr, i)
	}
	for _, i := range p.emph {
		p.drawNode(f, s, pr, i)
	}
}

func (p *Painter) drawNode(f *frame, s *scene.Scene, pr *prepared, i int) {
	n := &s.Nodes[i]
	l := f.nodeLook(pr, i)
	size := math.Min(n.Width, n.Height) * f.t.s
	if !f.det.Full && size < f.det.NodePx {
		p.drawSimpleNode(f, pr, i, l)
		f.stats.SimpleNodes++
		return
	}
	f.stats.Nodes++
	ops := n.Ops
	if len(ops) == 0 {
		ops = p.synthNode(f, n)
	}
	body := false
	hubbed := p.hasHubLabel(i)
	for i := range ops {
		o := &ops[i]
		if o.Role == scene.RoleBody && o.Kind != scene.OpText {
			body = true
		}
		if hubbed && o.Kind == scene.OpText {
			continue // its hub label, drawn later, names it legibly
		}
		p.drawOp(f, o, &l, false)
	}
	if l.emph.A == 0 {
		return
	}
	// Emphasis: the outline again, wider, in the emphasis colour.
	w := l.extra
	if !body {
		b := n.Bounds()
		o := scene.Op{Kind: scene.OpPolygon, Points: []scene.Point{b.Min, {X: b.Max.X, Y: b.Min.Y}, b.Max, {X: b.Min.X, Y: b.Max.Y}}}
		p.drawShape(f, &o, pen{stroke: l.emph, width: w})
		return
	}
	for i := range ops {
		o := &ops[i]
		if o.Role != scene.RoleBody || o.Kind == scene.OpText || o.Style == scene.Invisible {
			continue
		}
		p.drawShape(f, &o.Op, pen{stroke: l.emph, width: o.Width*f.t.s + w})
	}
}

// synthNode makes ops for a node that has none (a hand-made scene): its
// shape and label in the style of its kind.
func (p *Painter) synthNode(f *frame, n *scene.Node) []scene.RoledOp {
	st := f.th.Node(n.Kind, n.Type)
	body := shapeOp(n.Shape, n.Center, n.Width, n.Height)
	body.Filled, body.Fill, body.Stroke, body.Width = true, st.Fill, st.Stroke, st.PenWidth
	ops := []scene.RoledOp{{Op: body}}
	if n.Label != "" {
		size := st.FontSize
		if !(size > 0) {
			size = 11
		}
		ops = append(ops, scene.RoledOp{Role: scene.RoleLabel, Op: scene.Op{
			Kind: scene.OpText, Points: []scene.Point{{X: n.Center.X, Y: n.Center.Y + size*0.3}},
			Text: n.Label, FontSize: size, Stroke: st.Text, Align: scene.AlignCenter,
		}})
	}
	return ops
}

// drawSimpleNode draws a tiny node as a plain rectangle in its fill
// colour (its pen colour when the fill would vanish on the background).
func (p *Painter) drawSimpleNode(f *frame, pr *prepared, i int, l look) {
	n := &pr.s.Nodes[i]
	fill, stroke := pr.nodeFill[i], pr.nodeStroke[i]
	if !pr.nodeCol[i] {
		st := f.th.Node(n.Kind, n.Type)
		fill, stroke = st.Fill, st.Stroke
	}
	fill, stroke = l.col(fill, l.fill), l.col(stroke, l.stroke)
	b := n.Bounds()
	a, c := f.t.pt(b.Min), f.t.pt(b.Max)
	if !a.finite() || !c.finite() {
		return
	}
	r := image.Rect(int(math.Floor(a.x)), int(math.Floor(a.y)), int(math.Ceil(c.x)), int(math.Ceil(c.y)))
	if r.Dx() < 1 {
		r.Max.X = r.Min.X + 1
	}
	if r.Dy() < 1 {
		r.Max.Y = r.Min.Y + 1
	}
	bg := color.NRGBA{0xff, 0xff, 0xff, 0xff}
	if f.opt.Theme != nil {
		bg = f.opt.Theme.Background
	}
	if fill.A == 0 {
		fill = stroke
	} else if math.Abs(luma(fill)-luma(bg)) < 0.12 {
		fill = mix(fill, stroke, 0.4) // a pale fill would vanish
	}
	fillRect(f.dst, r.Intersect(f.clip), fill)
	if r.Dx() >= 4 && r.Dy() >= 4 && stroke != fill {
		outlineRect(f.dst, f.clip, r, 1, stroke)
	}
	if l.emph.A != 0 {
		k := int(math.Ceil(l.extra / 2))
		outlineRect(f.dst, f.clip, r.Inset(-k), k, l.emph)
	}
}

// luma is a cheap perceived lightness, 0–1.
func luma(c color.NRGBA) float64 {
	return (0.299*float64(c.R) + 0.587*float64(c.G) + 0.114*float64(c.B)) / 255
}

func outlineRect(dst *image.RGBA, clip, r image.Rectangle, w int, c color.NRGBA) {
	fillRect(dst, image.Rect(r.Min.X, r.Min.Y, r.Max.X, r.Min.Y+w).Intersect(clip), c)
	fillRect(dst, image.Rect(r.Min.X, r.Max.Y-w, r.Max.X, r.Max.Y).Intersect(clip), c)
	fillRect(dst, image.Rect(r.Min.X, r.Min.Y+w, r.Min.X+w, r.Max.Y-w).Intersect(clip), c)
	fillRect(dst, image.Rect(r.Max.X-w, r.Min.Y+w, r.Max.X, r.Max.Y-w).Intersect(clip), c)
}

// opColours is a node's fill and pen colour from its first body op, and
// whether it has one.
func opColours(n *scene.Node) (fill, stroke color.NRGBA, ok bool) {
	for i := range n.Ops {
		o := &n.Ops[i]
		if o.Role == scene.RoleBody && o.Kind != scene.OpText {
			if o.Filled {
				return o.Fill, o.Stroke, true
			}
			return o.Stroke, o.Stroke, true
		}
	}
	return color.NRGBA{}, color.NRGBA{}, false
}
