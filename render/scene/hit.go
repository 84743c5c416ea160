package scene

import "math"

// HitKind says what a point hit.
type HitKind uint8

// Hit kinds.
const (
	HitNone HitKind = iota
	HitNode
	HitEdge
)

// Hit is the result of a hit test.
type Hit struct {
	Kind  HitKind
	Index int     // into Scene.Nodes or Scene.Edges; -1 for HitNone
	ID    string  // the node's or edge's id
	Dist  float64 // distance from the point to the edge curve (0 for nodes)
}

// Hit finds what lies at p (scene coordinates): first the topmost node
// whose shape contains p, then the edge whose curve or arrowhead passes
// nearest to p within radius, then a node whose box lies within radius
// of p (p outside the box).
// radius is in scene units: a screen tolerance divided by the zoom.
func (s *Scene) Hit(p Point, radius float64) Hit {
	none := Hit{Kind: HitNone, Index: -1}
	if len(s.Nodes) == 0 && len(s.Edges) == 0 || math.IsNaN(p.X) || math.IsNaN(p.Y) {
		return none
	}
	radius = math.Max(radius, 0)
	g := s.grid()
	c, r := g.cellOf(p)
	k := r*g.cols + c
	best := -1
	for _, i := range g.nodeItems[g.nodeStart[k]:g.nodeStart[k+1]] {
		if int(i) > best && s.Nodes[i].Contains(p) {
			best = int(i)
		}
	}
	if best >= 0 {
		return Hit{Kind: HitNode, Index: best, ID: s.Nodes[best].ID}
	}

	area := Rect{Min: Point{p.X - radius, p.Y - radius}, Max: Point{p.X + radius, p.Y + radius}}
	c0, r0, c1, r1 := g.span(area)
	bestEdge, bestD := -1, math.Inf(1)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			k := r*g.cols + c
			for _, si := range g.segItems[g.segStart[k]:g.segStart[k+1]] {
				sg := &g.segs[si]
				d := distToSegment(p, sg.a, sg.b)
				if d <= radius && (d < bestD || d == bestD && int(sg.edge) > bestEdge) {
					bestEdge, bestD = int(sg.edge), d
				}
			}
		}
	}
	if bestEdge >= 0 {
		return Hit{Kind: HitEdge, Index: bestEdge, ID: s.Edges[bestEdge].ID, Dist: bestD}
	}

	bestD = math.Inf(1)
	for r := r0; r <= r1; r++ {
		for c := c0; c <= c1; c++ {
			k := r*g.cols + c
			for _, i := range g.nodeItems[g.nodeStart[k]:g.nodeStart[k+1]] {
				// Only from outside the box: inside it Contains has spoken.
				if d := rectDist(s.Nodes[i].Bounds(), p); d > 0 && d <= radius && d < bestD {
					best, bestD = int(i), d
				}
			}
		}
	}
	if best >= 0 {
		return Hit{Kind: HitNode, Index: best, ID: s.Nodes[best].ID, Dist: bestD}
	}
	return none
}

func rectDist(r Rect, p Point) float64 {
	dx := math.Max(0, math.Max(r.Min.X-p.X, p.X-r.Max.X))
	dy := math.Max(0, math.Max(r.Min.Y-p.Y, p.Y-r.Max.Y))
	return math.Hypot(dx, dy)
}

// Visible returns the indexes of the nodes whose boxes and the edges
// whose curves overlap r, each in ascending (drawing) order: what a
// viewport showing r must paint.
func (s *Scene) Visible(r Rect) (nodes, edges []int) {
	if len(s.Nodes) == 0 && len(s.Edges) == 0 {
		return nil, nil
	}
	g := s.grid()
	c0, r0, c1, r1 := g.span(r)
	nb, eb := newBitset(len(s.Nodes)), newBitset(len(s.Edges))
	for row := r0; row <= r1; row++ {
		for c := c0; c <= c1; c++ {
			k := row*g.cols + c
			for _, i := range g.nodeItems[g.nodeStart[k]:g.nodeStart[k+1]] {
				if !nb.has(i) && s.Nodes[i].Bounds().Intersects(r) {
					nb.set(i)
				}
			}
			for _, si := range g.segItems[g.segStart[k]:g.segStart[k+1]] {
				sg := &g.segs[si]
				if !eb.has(sg.edge) && sg.bounds().Intersects(r) {
					eb.set(sg.edge)
				}
			}
		}
	}
	return nb.appendTo(nil), eb.appendTo(nil)
}

// Contains reports whether p lies inside the node's shape: the ellipse
// for elliptic shapes, the outline polygon Graphviz drew for polygonal
// ones, the box otherwise.
func (n *Node) Contains(p Point) bool {
	b := n.Bounds()
	if !b.Contains(p) {
		return false
	}
	switch n.Shape {
	case "ellipse", "oval", "circle", "doublecircle", "point", "Mcircle":
		rx, ry := n.Width/2, n.Height/2
		if rx <= 0 || ry <= 0 {
			return false
		}
		dx, dy := (p.X-n.Center.X)/rx, (p.Y-n.Center.Y)/ry
		return dx*dx+dy*dy <= 1
	case "box", "rect", "rectangle", "square", "plaintext", "plain", "none", "record", "Mrecord", "note", "tab", "folder", "box3d", "component":
		return true
	}
	polys := 0
	for i := range n.Ops {
		o := &n.Ops[i]
		if o.Role != RoleBody || o.Kind != OpPolygon || len(o.Points) < 3 {
			continue
		}
		polys++
		if inPolygon(p, o.Points) {
			return true
		}
	}
	return polys == 0
}

// inPolygon is the even-odd rule.
func inPolygon(p Point, pts []Point) bool {
	in := false
	j := len(pts) - 1
	for i := range pts {
		a, b := pts[i], pts[j]
		if (a.Y > p.Y) != (b.Y > p.Y) && p.X < (b.X-a.X)*(p.Y-a.Y)/(b.Y-a.Y)+a.X {
			in = !in
		}
		j = i
	}
	return in
}
