package scene

import (
	"math"
	"math/bits"
)

// grid is a uniform-grid spatial index over node boxes and the flattened
// segments of edges (body curves and arrowheads). Each cell lists the
// items that overlap it, stored compactly (one offsets array and one
// items array per item kind).
type grid struct {
	min        Point
	cell       float64
	cols, rows int

	nodeStart, nodeItems []int32
	segStart, segItems   []int32
	segs                 []segment

	nodeIDs map[string]int
	edgeIDs map[string]int
}

type segment struct {
	a, b Point
	edge int32
}

// BuildIndex (re)builds the spatial index behind Hit, Visible, NodeIndex
// and EdgeIndex. Parse calls it; call it again after changing a scene's
// geometry. It must not run concurrently with other methods of s; once
// built, Hit and Visible are safe for concurrent use. Without an index
// they build a temporary one on every call (correct, but slow).
func (s *Scene) BuildIndex() { s.index = newGrid(s) }

func (s *Scene) grid() *grid {
	if s.index != nil {
		return s.index
	}
	return newGrid(s)
}

func newGrid(s *Scene) *grid {
	g := &grid{nodeIDs: make(map[string]int, len(s.Nodes)), edgeIDs: make(map[string]int, len(s.Edges))}
	g.segs = make([]segment, 0, 4*len(s.Edges))
	for i := range s.Nodes {
		if _, dup := g.nodeIDs[s.Nodes[i].ID]; !dup {
			g.nodeIDs[s.Nodes[i].ID] = i
		}
	}
	for i := range s.Edges {
		if _, dup := g.edgeIDs[s.Edges[i].ID]; !dup {
			g.edgeIDs[s.Edges[i].ID] = i
		}
		g.segs = appendEdgeSegments(g.segs, &s.Edges[i], int32(i))
	}

	// Extent of everything indexed, so hand-made scenes with points
	// outside (0,0)–(Width,Height) still index well.
	ext := Rect{Min: Point{0, 0}, Max: Point{s.Width, s.Height}}
	for i := range s.Nodes {
		ext = ext.union(s.Nodes[i].Bounds())
	}
	for _, sg := range g.segs {
		ext = ext.union(sg.bounds())
	}
	w, h := ext.Max.X-ext.Min.X, ext.Max.Y-ext.Min.Y
	n := len(s.Nodes) + len(s.Edges) + 1
	cell := math.Sqrt(math.Max(w*h, 1) / float64(n) * 2)
	if cell < 1 || math.IsNaN(cell) {
		cell = 1
	}
	// Bound the number of cells by the item count (and an absolute cap).
	maxCells := float64(4*n + 64)
	if maxCells > 1<<22 {
		maxCells = 1 << 22
	}
	for (math.Ceil(w/cell)+1)*(math.Ceil(h/cell)+1) > maxCells {
		cell *= 1.5
	}
	g.min, g.cell = ext.Min, cell
	g.cols, g.rows = int(w/cell)+1, int(h/cell)+1

	cells := g.cols * g.rows
	g.nodeStart, g.nodeItems = fill(cells, len(s.Nodes), func(i int) Rect { return s.Nodes[i].Bounds() }, g)
	g.segStart, g.segItems = fill(cells, len(g.segs), func(i int) Rect { return g.segs[i].bounds() }, g)
	return g
}

// fill builds the compact cell → items lists for n items with bounds box.
func fill(cells, n int, box func(int) Rect, g *grid) (start, items []int32) {
	count := make([]int32, cells+1)
	for i := 0; i < n; i++ {
		c0, r0, c1, r1 := g.span(box(i))
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				count[r*g.cols+c+1]++
			}
		}
	}
	for i := 1; i <= cells; i++ {
		count[i] += count[i-1]
	}
	items = make([]int32, count[cells])
	next := make([]int32, cells)
	copy(next, count[:cells])
	for i := 0; i < n; i++ {
		c0, r0, c1, r1 := g.span(box(i))
		for r := r0; r <= r1; r++ {
			for c := c0; c <= c1; c++ {
				k := r*g.cols + c
				items[next[k]] = int32(i)
				next[k]++
			}
		}
	}
	return count, items
}

// span returns the cell columns and rows a rectangle covers, clamped.
func (g *grid) span(r Rect) (c0, r0, c1, r1 int) {
	c0, r0 = g.cellOf(r.Min)
	c1, r1 = g.cellOf(r.Max)
	return
}

func (g *grid) cellOf(p Point) (c, r int) {
	c = clampInt((p.X-g.min.X)/g.cell, g.cols-1)
	r = clampInt((p.Y-g.min.Y)/g.cell, g.rows-1)
	return
}

func clampInt(f float64, max int) int {
	switch {
	case f != f || f < 0: // NaN or before the start
		return 0
	case f >= float64(max):
		return max
	}
	return int(f)
}

func (s segment) bounds() Rect {
	return Rect{
		Min: Point{math.Min(s.a.X, s.b.X), math.Min(s.a.Y, s.b.Y)},
		Max: Point{math.Max(s.a.X, s.b.X), math.Max(s.a.Y, s.b.Y)},
	}
}

func (r Rect) union(o Rect) Rect {
	return Rect{
		Min: Point{math.Min(r.Min.X, o.Min.X), math.Min(r.Min.Y, o.Min.Y)},
		Max: Point{math.Max(r.Max.X, o.Max.X), math.Max(r.Max.Y, o.Max.Y)},
	}
}

// Intersects reports whether r and o overlap (touching counts).
func (r Rect) Intersects(o Rect) bool {
	return r.Min.X <= o.Max.X && o.Min.X <= r.Max.X && r.Min.Y <= o.Max.Y && o.Min.Y <= r.Max.Y
}

// Contains reports whether p lies in r (edges included).
func (r Rect) Contains(p Point) bool {
	return p.X >= r.Min.X && p.X <= r.Max.X && p.Y >= r.Min.Y && p.Y <= r.Max.Y
}

// appendEdgeSegments flattens an edge's body curves and arrowheads into
// line segments; without ops it uses the spline.
func appendEdgeSegments(dst []segment, e *Edge, idx int32) []segment {
	drawn := false
	for _, o := range e.Ops {
		if o.Role == RoleLabel || len(o.Points) < 2 {
			continue
		}
		switch o.Kind {
		case OpBezier:
			dst = appendBezier(dst, o.Points, idx)
		case OpPolyline:
			dst = appendPolyline(dst, o.Points, false, idx)
		case OpPolygon:
			dst = appendPolyline(dst, o.Points, true, idx)
		default:
			continue
		}
		drawn = true
	}
	if !drawn && len(e.Spline) >= 2 {
		if len(e.Spline) >= 4 && (len(e.Spline)-1)%3 == 0 {
			dst = appendBezier(dst, e.Spline, idx)
		} else {
			dst = appendPolyline(dst, e.Spline, false, idx)
		}
	}
	return dst
}

func appendPolyline(dst []segment, pts []Point, closed bool, idx int32) []segment {
	for i := 1; i < len(pts); i++ {
		dst = append(dst, segment{pts[i-1], pts[i], idx})
	}
	if closed && len(pts) > 2 {
		dst = append(dst, segment{pts[len(pts)-1], pts[0], idx})
	}
	return dst
}

// appendBezier flattens a piecewise cubic Bézier (p0 c1 c2 p1 c1 c2 p2
// ...). Each piece gets as many segments as keep the flattened curve
// within about half a point of the true one (1 for a straight piece, at
// most 32).
func appendBezier(dst []segment, pts []Point, idx int32) []segment {
	for i := 0; i+3 < len(pts); i += 3 {
		p0, p1, p2, p3 := pts[i], pts[i+1], pts[i+2], pts[i+3]
		// Second differences bound how far the curve leaves its chords.
		dd := math.Max(
			math.Hypot(p0.X-2*p1.X+p2.X, p0.Y-2*p1.Y+p2.Y),
			math.Hypot(p1.X-2*p2.X+p3.X, p1.Y-2*p2.Y+p3.Y))
		n := int(math.Ceil(math.Sqrt(0.75 * dd / flatness)))
		n = max(1, min(n, 32))
		prev := p0
		for k := 1; k <= n; k++ {
			t := float64(k) / float64(n)
			u := 1 - t
			a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
			q := Point{a*p0.X + b*p1.X + c*p2.X + d*p3.X, a*p0.Y + b*p1.Y + c*p2.Y + d*p3.Y}
			dst = append(dst, segment{prev, q, idx})
			prev = q
		}
	}
	if len(pts) >= 2 && len(pts) < 4 {
		dst = appendPolyline(dst, pts, false, idx)
	}
	return dst
}

// flatness is the largest distance, in points, allowed between a curve
// and the segments standing in for it.
const flatness = 0.5

func dist(a, b Point) float64 { return math.Hypot(a.X-b.X, a.Y-b.Y) }

// distToSegment is the distance from p to the segment ab.
func distToSegment(p, a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	if l2 == 0 {
		return dist(p, a)
	}
	t := ((p.X-a.X)*dx + (p.Y-a.Y)*dy) / l2
	t = math.Max(0, math.Min(1, t))
	return dist(p, Point{a.X + t*dx, a.Y + t*dy})
}

// bitset marks item indexes; iterating it yields them in ascending order.
type bitset []uint64

func newBitset(n int) bitset { return make(bitset, (n+63)/64) }

func (b bitset) set(i int32)      { b[i>>6] |= 1 << (uint(i) & 63) }
func (b bitset) has(i int32) bool { return b[i>>6]&(1<<(uint(i)&63)) != 0 }

func (b bitset) appendTo(dst []int) []int {
	for w, word := range b {
		for word != 0 {
			t := bits.TrailingZeros64(word)
			dst = append(dst, w*64+t)
			word &= word - 1
		}
	}
	return dst
}
