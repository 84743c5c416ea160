package paint

import (
	"math"

	"dossier/render/scene"
	"dossier/render/theme"
)

// Legend layout, in points.
const (
	legendPad    = 8
	legendRow    = 20
	legendSwatch = 34
	legendTitle  = 12
	legendText   = 10
)

// Legend returns a small scene explaining a theme: a swatch of every node
// style (shape and colours) and every edge style (line, dashes and
// arrowhead), each with its name, on a framed panel in the theme's
// background (the frame is not filled: draw the legend on the theme's
// background). Image and PDF export draw it beside the graph.
func Legend(th theme.Theme) *scene.Scene {
	entries := th.Legend()
	width := 150.0
	height := legendPad*2 + legendTitle + 6 + float64(len(entries))*legendRow
	s := &scene.Scene{Width: width, Height: height, Background: th.Background, Engine: "legend"}
	s.Ops = append(s.Ops,
		scene.RoledOp{Op: scene.Op{Kind: scene.OpPolygon, Stroke: th.Foreground, Width: 0.75,
			Points: []scene.Point{{X: 0.5, Y: 0.5}, {X: width - 0.5, Y: 0.5}, {X: width - 0.5, Y: height - 0.5}, {X: 0.5, Y: height - 0.5}}}},
		scene.RoledOp{Role: scene.RoleLabel, Op: scene.Op{Kind: scene.OpText, Points: []scene.Point{{X: legendPad, Y: legendPad + legendTitle - 2}},
			Text: "Legend", FontSize: legendTitle, Bold: true, Stroke: th.Foreground, Align: scene.AlignLeft}},
	)
	y := legendPad + legendTitle + 6.0
	for i, e := range entries {
		mid := y + legendRow/2
		cx := legendPad + legendSwatch/2.0
		if e.IsEdge {
			ed := scene.Edge{ID: "legend-edge-" + e.Kind, Kind: e.Kind, Label: e.Label}
			ed.Ops = edgeSwatch(e.Edge, scene.Point{X: legendPad, Y: mid}, scene.Point{X: legendPad + legendSwatch, Y: mid})
			ed.Ops = append(ed.Ops, legendLabel(e.Label, mid, th))
			s.Edges = append(s.Edges, ed)
		} else {
			st := e.Node
			c := scene.Point{X: cx, Y: mid}
			n := scene.Node{ID: "legend-node-" + itoa(i), Kind: e.Kind, Type: e.Type, Label: e.Label, Center: c,
				Width: legendSwatch, Height: legendRow - 6, Shape: st.Shape}
			body := shapeOp(st.Shape, c, n.Width, n.Height)
			body.Filled, body.Fill, body.Stroke, body.Width = true, st.Fill, st.Stroke, st.PenWidth
			n.Ops = []scene.RoledOp{{Op: body}, legendLabel(e.Label, mid, th)}
			s.Nodes = append(s.Nodes, n)
		}
		y += legendRow
	}
	return s
}

func legendLabel(text string, mid float64, th theme.Theme) scene.RoledOp {
	return scene.RoledOp{Role: scene.RoleLabel, Op: scene.Op{Kind: scene.OpText,
		Points: []scene.Point{{X: legendPad + legendSwatch + 8, Y: mid + legendText*0.35}},
		Text:   text, FontSize: legendText, Stroke: th.Foreground, Align: scene.AlignLeft}}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// edgeSwatch draws a short edge from a to b in an edge style, with its
// arrowhead.
func edgeSwatch(st theme.EdgeStyle, a, b scene.Point) []scene.RoledOp {
	style := scene.Solid
	switch st.Style {
	case "dashed":
		style = scene.Dashed
	case "dotted":
		style = scene.Dotted
	case "bold":
		style = scene.Bold
	}
	const arrow = 8
	tip := b
	base := scene.Point{X: b.X - arrow, Y: b.Y}
	line := scene.Op{Kind: scene.OpPolyline, Points: []scene.Point{a, base}, Stroke: st.Color, Width: st.PenWidth, Style: style}
	head := scene.Op{Stroke: st.Color, Fill: st.Color, Width: 1}
	switch st.ArrowHead {
	case "odiamond", "diamond":
		head.Kind = scene.OpPolygon
		head.Points = []scene.Point{tip, {X: tip.X - arrow/2, Y: tip.Y - 3}, {X: tip.X - arrow, Y: tip.Y}, {X: tip.X - arrow/2, Y: tip.Y + 3}}
		head.Filled = st.ArrowHead == "diamond"
	case "vee":
		head.Kind = scene.OpPolygon
		head.Points = []scene.Point{tip, {X: tip.X - arrow, Y: tip.Y - 3.5}, {X: tip.X - arrow*0.6, Y: tip.Y}, {X: tip.X - arrow, Y: tip.Y + 3.5}}
		head.Filled = true
	case "none":
		line.Points[1] = b
		return []scene.RoledOp{{Op: line}}
	default: // normal, empty, onormal, ...
		head.Kind = scene.OpPolygon
		head.Points = []scene.Point{tip, {X: tip.X - arrow, Y: tip.Y - 3.5}, {X: tip.X - arrow, Y: tip.Y + 3.5}}
		head.Filled = st.ArrowHead == "normal"
	}
	return []scene.RoledOp{{Op: line}, {Role: scene.RoleHead, Op: head}}
}

// shapeOp returns the outline of a Graphviz node shape of size w×h centred
// at c, as an ellipse or a polygon op (colours unset).
func shapeOp(shape string, c scene.Point, w, h float64) scene.Op {
	x0, y0, x1, y1 := c.X-w/2, c.Y-h/2, c.X+w/2, c.Y+h/2
	poly := func(pts ...scene.Point) scene.Op { return scene.Op{Kind: scene.OpPolygon, Points: pts} }
	regular := func(n int, rot float64) scene.Op {
		pts := make([]scene.Point, n)
		for k := range pts {
			a := rot + 2*math.Pi*float64(k)/float64(n)
			pts[k] = scene.Point{X: c.X + w/2*math.Cos(a), Y: c.Y + h/2*math.Sin(a)}
		}
		return poly(pts...)
	}
	switch shape {
	case "ellipse", "oval", "circle", "doublecircle", "point", "Mcircle":
		return scene.Op{Kind: scene.OpEllipse, Points: []scene.Point{c, {X: w / 2, Y: h / 2}}}
	case "diamond", "Mdiamond":
		return poly(scene.Point{X: c.X, Y: y0}, scene.Point{X: x1, Y: c.Y}, scene.Point{X: c.X, Y: y1}, scene.Point{X: x0, Y: c.Y})
	case "hexagon":
		return regular(6, 0)
	case "octagon":
		return regular(8, math.Pi/8)
	case "house":
		return poly(scene.Point{X: x1, Y: y1}, scene.Point{X: x0, Y: y1}, scene.Point{X: x0, Y: c.Y - h/8},
			scene.Point{X: c.X, Y: y0}, scene.Point{X: x1, Y: c.Y - h/8})
	case "triangle":
		return poly(scene.Point{X: c.X, Y: y0}, scene.Point{X: x1, Y: y1}, scene.Point{X: x0, Y: y1})
	case "note":
		f := math.Min(6, h/3)
		return poly(scene.Point{X: x1 - f, Y: y0}, scene.Point{X: x0, Y: y0}, scene.Point{X: x0, Y: y1},
			scene.Point{X: x1, Y: y1}, scene.Point{X: x1, Y: y0 + f})
	}
	return poly(scene.Point{X: x0, Y: y0}, scene.Point{X: x1, Y: y0}, scene.Point{X: x1, Y: y1}, scene.Point{X: x0, Y: y1})
}
