// Package painttest builds synthetic laid-out scenes for tests and
// benchmarks of painting and hit-testing, without Graphviz: nodes of
// every kind with the shapes and ops Graphviz draws for them, edges with
// Bézier curves, arrowheads and dash styles, spread like a force-directed
// layout.
package painttest

import (
	"fmt"
	"math"
	"math/rand/v2"

	"dossier/render/scene"
	"dossier/render/theme"
)

// Scene returns a deterministic synthetic scene of n nodes and about
// edgesPerNode×n edges, laid out on a jittered grid with about spacing
// points between node centres (0 means 150). The spatial index is built.
func Scene(n int, edgesPerNode float64, spacing float64, seed uint64) *scene.Scene {
	if spacing <= 0 {
		spacing = 150
	}
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	th := theme.Light()
	cols := int(math.Ceil(math.Sqrt(float64(max(n, 1)))))
	s := &scene.Scene{Background: th.Background, Engine: "synthetic"}
	s.Nodes = make([]scene.Node, 0, n)
	for i := 0; i < n; i++ {
		c := scene.Point{
			X: (float64(i%cols)+0.5)*spacing + (rng.Float64()-0.5)*spacing*0.4,
			Y: (float64(i/cols)+0.5)*spacing + (rng.Float64()-0.5)*spacing*0.4,
		}
		s.Nodes = append(s.Nodes, node(i, c, rng, &th))
	}
	s.Width = float64(cols) * spacing
	s.Height = math.Ceil(float64(n)/float64(cols)) * spacing
	m := int(float64(n) * edgesPerNode)
	s.Edges = make([]scene.Edge, 0, m)
	for k := 0; k < m && n > 1; k++ {
		a := rng.IntN(n)
		// Mostly near neighbours, one in 40 anywhere.
		var b int
		if rng.IntN(40) == 0 {
			b = rng.IntN(n)
		} else {
			b = a + (rng.IntN(5) - 2) + cols*(rng.IntN(5)-2)
		}
		if b < 0 || b >= n || b == a {
			b = (a + 1) % n
		}
		s.Edges = append(s.Edges, edge(k, &s.Nodes[a], &s.Nodes[b], rng, &th))
	}
	s.BuildIndex()
	return s
}

var kinds = []struct{ kind, typ, label string }{
	{"actor", "person", "Vladimir Putin"},
	{"actor", "organization", "European Commission"},
	{"actor", "country", "Ukraine"},
	{"venue", "city", "Istanbul"},
	{"meeting", "", "Talks in Geneva"},
	{"statement", "", "the talks were constructive"},
}

func node(i int, c scene.Point, rng *rand.Rand, th *theme.Theme) scene.Node {
	k := kinds[rng.IntN(len(kinds))]
	st := th.Node(k.kind, k.typ)
	label := fmt.Sprintf("%s %d", k.label, i)
	w := 7*float64(len(label)) + 22
	h := 36.0
	n := scene.Node{ID: fmt.Sprintf("n%d", i), Kind: k.kind, Type: k.typ, Label: label, Center: c, Width: w, Height: h, Shape: st.Shape}
	body := scene.Op{Filled: true, Fill: st.Fill, Stroke: st.Stroke, Width: st.PenWidth}
	x0, y0, x1, y1 := c.X-w/2, c.Y-h/2, c.X+w/2, c.Y+h/2
	switch st.Shape {
	case "ellipse":
		body.Kind = scene.OpEllipse
		body.Points = []scene.Point{c, {X: w / 2, Y: h / 2}}
	case "diamond":
		body.Kind = scene.OpPolygon
		body.Points = []scene.Point{{X: c.X, Y: y0}, {X: x1, Y: c.Y}, {X: c.X, Y: y1}, {X: x0, Y: c.Y}}
	case "hexagon":
		body.Kind = scene.OpPolygon
		body.Points = []scene.Point{{X: x0 + 10, Y: y0}, {X: x1 - 10, Y: y0}, {X: x1, Y: c.Y}, {X: x1 - 10, Y: y1}, {X: x0 + 10, Y: y1}, {X: x0, Y: c.Y}}
	case "house":
		body.Kind = scene.OpPolygon
		body.Points = []scene.Point{{X: x1, Y: y1}, {X: x0, Y: y1}, {X: x0, Y: c.Y - 4}, {X: c.X, Y: y0}, {X: x1, Y: c.Y - 4}}
	case "box": // rounded: Graphviz draws a filled Bézier outline
		r := 6.0
		body.Kind = scene.OpBezier
		body.Points = []scene.Point{
			{X: x0 + r, Y: y0}, {X: x0 + r, Y: y0}, {X: x1 - r, Y: y0}, {X: x1 - r, Y: y0},
			{X: x1, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y0 + r},
			{X: x1, Y: y0 + r}, {X: x1, Y: y1 - r}, {X: x1, Y: y1 - r},
			{X: x1, Y: y1}, {X: x1, Y: y1}, {X: x1 - r, Y: y1},
			{X: x1 - r, Y: y1}, {X: x0 + r, Y: y1}, {X: x0 + r, Y: y1},
			{X: x0, Y: y1}, {X: x0, Y: y1}, {X: x0, Y: y1 - r},
			{X: x0, Y: y1 - r}, {X: x0, Y: y0 + r}, {X: x0, Y: y0 + r},
			{X: x0, Y: y0}, {X: x0, Y: y0}, {X: x0 + r, Y: y0},
		}
	default: // note: a folded corner
		body.Kind = scene.OpPolygon
		body.Points = []scene.Point{{X: x1 - 6, Y: y0}, {X: x0, Y: y0}, {X: x0, Y: y1}, {X: x1, Y: y1}, {X: x1, Y: y0 + 6}, {X: x1 - 6, Y: y0}}
	}
	n.Ops = append(n.Ops, scene.RoledOp{Op: body})
	if st.Shape == "note" {
		fold := scene.Op{Kind: scene.OpPolyline, Stroke: st.Stroke, Width: st.PenWidth,
			Points: []scene.Point{{X: x1 - 6, Y: y0}, {X: x1 - 6, Y: y0 + 6}, {X: x1, Y: y0 + 6}}}
		n.Ops = append(n.Ops, scene.RoledOp{Op: fold})
	}
	n.Ops = append(n.Ops, scene.RoledOp{Role: scene.RoleLabel, Op: scene.Op{
		Kind: scene.OpText, Points: []scene.Point{{X: c.X, Y: c.Y + 3.5}}, Text: label, Align: scene.AlignCenter,
		FontSize: st.FontSize, Font: th.FontName, TextW: 6.1 * float64(len(label)), Stroke: st.Text, Width: 1,
	}})
	return n
}

func edge(k int, a, b *scene.Node, rng *rand.Rand, th *theme.Theme) scene.Edge {
	kinds := []string{"participant", "venue", "speaker", "about", "affiliation", "located_in"}
	kind := kinds[rng.IntN(len(kinds))]
	st := th.Edge(kind)
	p0, p3 := a.Center, b.Center
	d := scene.Point{X: p3.X - p0.X, Y: p3.Y - p0.Y}
	l := math.Max(math.Hypot(d.X, d.Y), 1)
	u := scene.Point{X: d.X / l, Y: d.Y / l}
	// Start and end at the node boxes' edges, roughly.
	p0 = scene.Point{X: p0.X + u.X*a.Height/2, Y: p0.Y + u.Y*a.Height/2}
	tip := scene.Point{X: p3.X - u.X*b.Height/2, Y: p3.Y - u.Y*b.Height/2}
	p3 = scene.Point{X: tip.X - u.X*10, Y: tip.Y - u.Y*10}
	bend := (rng.Float64() - 0.5) * 0.4 * l
	nrm := scene.Point{X: -u.Y * bend, Y: u.X * bend}
	c1 := scene.Point{X: p0.X + d.X/3 + nrm.X, Y: p0.Y + d.Y/3 + nrm.Y}
	c2 := scene.Point{X: p0.X + 2*d.X/3 + nrm.X, Y: p0.Y + 2*d.Y/3 + nrm.Y}
	spline := []scene.Point{p0, c1, c2, p3}
	style := scene.Solid
	switch st.Style {
	case "dashed":
		style = scene.Dashed
	case "dotted":
		style = scene.Dotted
	case "bold":
		style = scene.Bold
	}
	e := scene.Edge{ID: fmt.Sprintf("e%d", k), Kind: kind, Tail: a.ID, Head: b.ID, Spline: spline}
	e.Ops = append(e.Ops, scene.RoledOp{Op: scene.Op{Kind: scene.OpBezier, Points: spline, Stroke: st.Color, Width: st.PenWidth, Style: style}})
	side := scene.Point{X: -u.Y * 3.5, Y: u.X * 3.5}
	head := []scene.Point{{X: p3.X + side.X, Y: p3.Y + side.Y}, tip, {X: p3.X - side.X, Y: p3.Y - side.Y}}
	e.Ops = append(e.Ops, scene.RoledOp{Role: scene.RoleHead, Op: scene.Op{Kind: scene.OpPolygon, Points: head, Filled: true, Fill: st.Color, Stroke: st.Color, Width: st.PenWidth}})
	return e
}
