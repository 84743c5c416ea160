package paint

import (
	"image/color"
	"math"
	"slices"

	"dossier/render/scene"
)

// Emphasis state of one element in a frame, from the Options' sets.
const (
	stSelected uint8 = 1 << iota
	stMarked
	stHighlighted
	stHover
	stDimmed
	stEmph = stSelected | stMarked | stHighlighted | stHover
)

// idIndex finds elements by id: first[id] is the first element with that
// id and next[i] the following one with the same id, or -1.
type idIndex struct {
	first map[string]int32
	next  []int32
}

func (x *idIndex) build(n int, id func(int) string) {
	x.first = make(map[string]int32, n)
	x.next = resize(x.next, n)
	for i := n - 1; i >= 0; i-- {
		x.next[i] = -1
		if j, ok := x.first[id(i)]; ok {
			x.next[i] = j
		}
		x.first[id(i)] = int32(i)
	}
}

// mark sets flag in st for every element whose id is in set (with value
// true).
func (x *idIndex) mark(st []uint8, set map[string]bool, flag uint8) {
	for id, on := range set {
		if on {
			x.markID(st, id, flag)
		}
	}
}

func (x *idIndex) markID(st []uint8, id string, flag uint8) {
	j, ok := x.first[id]
	if !ok {
		return
	}
	for ; j >= 0; j = x.next[j] {
		st[j] |= flag
	}
}

// hasState reports whether opt emphasises or dims any element by id.
func hasState(opt *Options) bool {
	return len(opt.Selected) > 0 || len(opt.Marked) > 0 || len(opt.Highlighted) > 0 || opt.Hover != "" || len(opt.Dimmed) > 0
}

// buildIDs makes the indexes of node and edge ids, once per scene.
func (pr *prepared) buildIDs(s *scene.Scene) {
	if !pr.ids {
		pr.nodeIDs.build(len(s.Nodes), func(i int) string { return s.Nodes[i].ID })
		pr.edgeIDs.build(len(s.Edges), func(i int) string { return s.Edges[i].ID })
		pr.ids = true
	}
}

// setState resolves the frame's emphasis sets to one state byte per node
// and edge, so that drawing looks elements up by index, not by id.
func (p *Painter) setState(f *frame, s *scene.Scene, pr *prepared) {
	if !hasState(f.opt) {
		return
	}
	pr.buildIDs(s)
	p.nodeSt = resize(p.nodeSt, len(s.Nodes))
	p.edgeSt = resize(p.edgeSt, len(s.Edges))
	f.nodeSt, f.edgeSt = p.nodeSt, p.edgeSt
	o := f.opt
	for _, m := range []struct {
		set  map[string]bool
		flag uint8
	}{{o.Selected, stSelected}, {o.Marked, stMarked}, {o.Highlighted, stHighlighted}, {o.Dimmed, stDimmed}} {
		pr.nodeIDs.mark(f.nodeSt, m.set, m.flag)
		pr.edgeIDs.mark(f.edgeSt, m.set, m.flag)
	}
	if o.Hover != "" {
		pr.nodeIDs.markID(f.nodeSt, o.Hover, stHover)
		pr.edgeIDs.markID(f.edgeSt, o.Hover, stHover)
	}
}

// setStyles looks up the theme's style of every node and edge kind of the
// scene once for the frame.
func (p *Painter) setStyles(f *frame, pr *prepared) {
	th := f.opt.Theme
	if th == nil {
		return
	}
	p.edgeStyles = resize(p.edgeStyles, len(pr.edgeKinds))
	for k, kind := range pr.edgeKinds {
		p.edgeStyles[k] = th.Edge(kind)
	}
	p.nodeStyles = resize(p.nodeStyles, len(pr.nodeKinds))
	for k, kt := range pr.nodeKinds {
		p.nodeStyles[k] = th.Node(kt[0], kt[1])
	}
	f.edgeStyles, f.nodeStyles = p.edgeStyles, p.nodeStyles
}

// intern returns the index of key in *list, adding it when new.
func intern[K comparable](idx map[K]int32, list *[]K, key K) int32 {
	if k, ok := idx[key]; ok {
		return k
	}
	k := int32(len(*list))
	idx[key] = k
	*list = append(*list, key)
	return k
}

// lodEdge is what a zoomed-out frame needs of an edge, kept in one
// compact array so that the frame does not visit the scene's edges.
type lodEdge struct {
	box  scene.Rect
	a, b scene.Point // ends, when ends
	col  color.NRGBA // the curve's pen colour
	kind int32       // index in prepared.edgeKinds, or -1: never restyled
	i    int32       // index in the scene's edges
	ends bool
}

// lodEdges returns the zoomed-out form of every edge, made on the first
// zoomed-out frame, in Morton order of their midpoints: neighbouring
// lines then touch the coverage layer one after another, which keeps it
// in cache.
func (pr *prepared) lodEdges() []lodEdge {
	n := len(pr.ends)
	if len(pr.lod) == n {
		return pr.lod
	}
	mid := func(i int) scene.Point {
		if pr.hasEnds[i] {
			e := pr.ends[i]
			return scene.Point{X: (e[0].X + e[1].X) / 2, Y: (e[0].Y + e[1].Y) / 2}
		}
		b := pr.edgeBox[i]
		return scene.Point{X: (b.Min.X + b.Max.X) / 2, Y: (b.Min.Y + b.Max.Y) / 2}
	}
	lo := scene.Point{X: math.Inf(1), Y: math.Inf(1)}
	hi := scene.Point{X: math.Inf(-1), Y: math.Inf(-1)}
	for i := 0; i < n; i++ {
		if m := mid(i); finite(m.X) && finite(m.Y) {
			lo.X, lo.Y = math.Min(lo.X, m.X), math.Min(lo.Y, m.Y)
			hi.X, hi.Y = math.Max(hi.X, m.X), math.Max(hi.Y, m.Y)
		}
	}
	keys := make([]uint64, n)
	for i := range keys {
		m := mid(i)
		keys[i] = uint64(morton(cell(m.X, lo.X, hi.X), cell(m.Y, lo.Y, hi.Y)))<<32 | uint64(i)
	}
	slices.Sort(keys)
	pr.lod = slices.Grow(pr.lod[:0], n)
	for _, k := range keys {
		i := int(uint32(k))
		pr.lod = append(pr.lod, lodEdge{box: pr.edgeBox[i], a: pr.ends[i][0], b: pr.ends[i][1], col: pr.edgeCol[i], kind: pr.edgeKind[i], i: int32(i), ends: pr.hasEnds[i]})
	}
	return pr.lod
}

// cell maps x within [lo, hi] to 0–65535 (0 for anything not finite or
// outside).
func cell(x, lo, hi float64) uint32 {
	t := (x - lo) / (hi - lo) * 65535
	if !(t >= 0) {
		return 0
	}
	return uint32(math.Min(t, 65535))
}

// morton interleaves the bits of two 16-bit numbers.
func morton(x, y uint32) uint32 {
	spread := func(v uint32) uint32 {
		v = (v | v<<8) & 0x00ff00ff
		v = (v | v<<4) & 0x0f0f0f0f
		v = (v | v<<2) & 0x33333333
		return (v | v<<1) & 0x55555555
	}
	return spread(x) | spread(y)<<1
}

// drawLODEdges adds the visible, non-emphasised edges of a zoomed-out
// frame to its coverage layer (emphasised ones go to p.emph, in index
// order). Coverage adds up the same in any order.
func (p *Painter) drawLODEdges(f *frame, pr *prepared) {
	themed := f.opt.Theme != nil
	for k := range pr.lodEdges() {
		e := &pr.lod[k]
		if !f.visible(e.box) {
			f.stats.Culled++
			continue
		}
		dim := f.dimOn
		if f.edgeSt != nil {
			st := f.edgeSt[e.i]
			if st&stEmph != 0 {
				p.emph = append(p.emph, int(e.i))
				continue
			}
			dim = dim || st&stDimmed != 0
		}
		ext := math.Max(e.box.Max.X-e.box.Min.X, e.box.Max.Y-e.box.Min.Y) * f.t.s
		if ext < f.det.EdgePx || !e.ends {
			continue
		}
		c := e.col
		if themed && e.kind >= 0 {
			c = f.edgeStyles[e.kind].Color
		}
		if dim {
			c = mix(c, f.th.Dimmed, 0.7)
		}
		f.edgeR += int(c.R)
		f.edgeG += int(c.G)
		f.edgeB += int(c.B)
		f.edgeN++
		a, b := f.t.pt(e.a), f.t.pt(e.b)
		if lineAcc(f.acc, f.dst.Rect, a, b, 1) {
			f.accBox = f.accBox.add(a, b)
		}
		f.stats.LineEdges++
	}
	slices.Sort(p.emph)
}
