package scene

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"io"
	"math"
	"strings"
)

// Scene JSON ("dossier-scene", version 1) is Dossier's geometry export
// (`dossier export -o view.json`): what the explorer shows, in points,
// y down, origin at the top-left of the drawing.
//
//	{
//	  "format": "dossier-scene", "version": 1,
//	  "engine": "dot",                  // Graphviz layout engine
//	  "width": 420.5, "height": 310,     // bounding box size
//	  "background": "#ffffff",           // colours: #rrggbb or #rrggbbaa
//	  "nodes": [{
//	    "id": "actor:putin", "kind": "actor", "type": "person",
//	    "label": "Vladimir Putin",       // text as shown (lines joined by \n)
//	    "tooltip": "...",                // full text, when there is one
//	    "x": 80, "y": 40,                 // centre
//	    "width": 110, "height": 36, "shape": "ellipse",
//	    "ops": [Op, ...]
//	  }],
//	  "edges": [{
//	    "id": "...", "kind": "participant", "tail": "node id", "head": "node id",
//	    "label": "", "tooltip": "",
//	    "spline": [[x,y], ...],           // cubic Bézier: p0 c1 c2 p1 c1 c2 p2 ...
//	    "label_pos": [x,y],               // absent without a label
//	    "ops": [Op, ...]
//	  }],
//	  "clusters": [{"id": "cluster_0", "label": "...", "bounds": [x0,y0,x1,y1], "ops": [...]}],
//	  "ops": [Op, ...]                     // graph-level drawing (background, graph label)
//	}
//
// An Op is one drawing operation with the pen state in force:
//
//	{"role": "body"|"label"|"head"|"tail",
//	 "kind": "ellipse"|"polygon"|"polyline"|"bezier"|"text",
//	 "points": [[x,y], ...],   // ellipse: [centre, [rx, ry]]; text: [baseline point]
//	 "filled": true, "stroke": "#000000", "fill": "#9ecae1",
//	 "width": 1,               // pen width in points
//	 "style": "solid"|"dashed"|"dotted"|"bold"|"invisible",
//	 // text ops only:
//	 "text": "...", "align": "left"|"center"|"right", "font": "Helvetica",
//	 "size": 14, "bold": false, "italic": false, "text_width": 61}
//
// Numbers are rounded to 1/100 point. Empty fields are left out.

// JSONFormat and JSONVersion identify scene JSON.
const (
	JSONFormat  = "dossier-scene"
	JSONVersion = 1
)

type jsonScene struct {
	Format     string        `json:"format"`
	Version    int           `json:"version"`
	Engine     string        `json:"engine,omitempty"`
	Width      num           `json:"width"`
	Height     num           `json:"height"`
	Background string        `json:"background"`
	Nodes      []jsonNode    `json:"nodes"`
	Edges      []jsonEdge    `json:"edges"`
	Clusters   []jsonCluster `json:"clusters,omitempty"`
	Ops        []jsonSceneOp `json:"ops,omitempty"`
}

type jsonNode struct {
	ID      string        `json:"id"`
	Kind    string        `json:"kind,omitempty"`
	Type    string        `json:"type,omitempty"`
	Label   string        `json:"label,omitempty"`
	Tooltip string        `json:"tooltip,omitempty"`
	X       num           `json:"x"`
	Y       num           `json:"y"`
	Width   num           `json:"width"`
	Height  num           `json:"height"`
	Shape   string        `json:"shape,omitempty"`
	Ops     []jsonSceneOp `json:"ops,omitempty"`
}

type jsonEdge struct {
	ID       string        `json:"id"`
	Kind     string        `json:"kind,omitempty"`
	Tail     string        `json:"tail"`
	Head     string        `json:"head"`
	Label    string        `json:"label,omitempty"`
	Tooltip  string        `json:"tooltip,omitempty"`
	Spline   [][2]num      `json:"spline,omitempty"`
	LabelPos *[2]num       `json:"label_pos,omitempty"`
	Ops      []jsonSceneOp `json:"ops,omitempty"`
}

type jsonCluster struct {
	ID     string        `json:"id"`
	Label  string        `json:"label,omitempty"`
	Bounds [4]num        `json:"bounds"`
	Ops    []jsonSceneOp `json:"ops,omitempty"`
}

type jsonSceneOp struct {
	Role      string   `json:"role"`
	Kind      string   `json:"kind"`
	Points    [][2]num `json:"points"`
	Filled    bool     `json:"filled,omitempty"`
	Stroke    string   `json:"stroke"`
	Fill      string   `json:"fill,omitempty"`
	Width     num      `json:"width"`
	Style     string   `json:"style,omitempty"`
	Text      string   `json:"text,omitempty"`
	Align     string   `json:"align,omitempty"`
	Font      string   `json:"font,omitempty"`
	Size      num      `json:"size,omitempty"`
	Bold      bool     `json:"bold,omitempty"`
	Italic    bool     `json:"italic,omitempty"`
	TextWidth num      `json:"text_width,omitempty"`
}

// num is a float64 written rounded to 1/100.
type num float64

func (n num) MarshalJSON() ([]byte, error) {
	f := float64(n)
	if math.IsNaN(f) || math.IsInf(f, 0) {
		f = 0
	}
	f = math.Round(f*100) / 100
	if f == 0 {
		f = 0 // no "-0"
	}
	return json.Marshal(f)
}

var (
	roleNames  = [...]string{RoleBody: "body", RoleLabel: "label", RoleHead: "head", RoleTail: "tail"}
	kindNames  = [...]string{OpEllipse: "ellipse", OpPolygon: "polygon", OpPolyline: "polyline", OpBezier: "bezier", OpText: "text"}
	styleNames = [...]string{Solid: "solid", Dashed: "dashed", Dotted: "dotted", Bold: "bold", Invisible: "invisible"}
)

func lookup[T ~uint8](names []string, s string) (T, bool) {
	for i, n := range names {
		if n != "" && n == s {
			return T(i), true
		}
	}
	return 0, false
}

func name[T ~uint8](names []string, v T) string {
	if int(v) < len(names) {
		return names[v]
	}
	return ""
}

func hexColour(c color.NRGBA) string {
	if c.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

func pt(p Point) [2]num { return [2]num{num(p.X), num(p.Y)} }

func toJSONOps(ops []RoledOp) []jsonSceneOp {
	if len(ops) == 0 {
		return nil
	}
	out := make([]jsonSceneOp, len(ops))
	for i, o := range ops {
		j := jsonSceneOp{
			Role: name(roleNames[:], o.Role), Kind: name(kindNames[:], o.Kind),
			Points: make([][2]num, len(o.Points)),
			Filled: o.Filled, Stroke: hexColour(o.Stroke), Width: num(o.Width),
		}
		for k, p := range o.Points {
			j.Points[k] = pt(p)
		}
		if o.Filled {
			j.Fill = hexColour(o.Fill)
		}
		if o.Style != Solid {
			j.Style = name(styleNames[:], o.Style)
		}
		if o.Kind == OpText {
			j.Text, j.Font, j.Size, j.Bold, j.Italic, j.TextWidth = o.Text, o.Font, num(o.FontSize), o.Bold, o.Italic, num(o.TextW)
			j.Align = map[Align]string{AlignLeft: "left", AlignCenter: "center", AlignRight: "right"}[o.Align]
		}
		out[i] = j
	}
	return out
}

// WriteJSON writes the scene as scene JSON (see the format above).
func (s *Scene) WriteJSON(w io.Writer) error {
	js := jsonScene{
		Format: JSONFormat, Version: JSONVersion, Engine: s.Engine,
		Width: num(s.Width), Height: num(s.Height), Background: hexColour(s.Background),
		Nodes: make([]jsonNode, len(s.Nodes)), Edges: make([]jsonEdge, len(s.Edges)),
		Ops: toJSONOps(s.Ops),
	}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		js.Nodes[i] = jsonNode{ID: n.ID, Kind: n.Kind, Type: n.Type, Label: n.Label, Tooltip: n.Tooltip,
			X: num(n.Center.X), Y: num(n.Center.Y), Width: num(n.Width), Height: num(n.Height), Shape: n.Shape, Ops: toJSONOps(n.Ops)}
	}
	for i := range s.Edges {
		e := &s.Edges[i]
		je := jsonEdge{ID: e.ID, Kind: e.Kind, Tail: e.Tail, Head: e.Head, Label: e.Label, Tooltip: e.Tooltip, Ops: toJSONOps(e.Ops)}
		for _, p := range e.Spline {
			je.Spline = append(je.Spline, pt(p))
		}
		if e.Label != "" || e.LabelPos != (Point{}) {
			lp := pt(e.LabelPos)
			je.LabelPos = &lp
		}
		js.Edges[i] = je
	}
	for _, c := range s.Clusters {
		js.Clusters = append(js.Clusters, jsonCluster{ID: c.ID, Label: c.Label, Ops: toJSONOps(c.Ops),
			Bounds: [4]num{num(c.Bounds.Min.X), num(c.Bounds.Min.Y), num(c.Bounds.Max.X), num(c.Bounds.Max.Y)}})
	}
	bw := bufio.NewWriter(w)
	if err := writeLines(bw, js); err != nil {
		return fmt.Errorf("write scene json: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write scene json: %w", err)
	}
	return nil
}

// writeLines writes js as JSON with each node, edge, cluster and graph op
// on a line of its own: compact, yet diffable line by line.
func writeLines(w *bufio.Writer, js jsonScene) error {
	head := js
	head.Nodes, head.Edges, head.Clusters, head.Ops = nil, nil, nil, nil
	b, err := marshal(head)
	if err != nil {
		return err
	}
	// Drop the closing brace (and the empty nodes/edges) to append lists.
	b = b[:len(b)-1]
	b = []byte(strings.TrimSuffix(strings.TrimSuffix(string(b), `,"edges":null`), `,"nodes":null`))
	w.Write(b)
	list := func(name string, n int, item func(int) any) error {
		if n == 0 && name != "nodes" && name != "edges" {
			return nil
		}
		fmt.Fprintf(w, ",\n%q:[", name)
		for i := 0; i < n; i++ {
			b, err := marshal(item(i))
			if err != nil {
				return err
			}
			if i > 0 {
				w.WriteByte(',')
			}
			w.WriteByte('\n')
			w.Write(b)
		}
		w.WriteString("]")
		return nil
	}
	for _, l := range []struct {
		name string
		n    int
		item func(int) any
	}{
		{"nodes", len(js.Nodes), func(i int) any { return js.Nodes[i] }},
		{"edges", len(js.Edges), func(i int) any { return js.Edges[i] }},
		{"clusters", len(js.Clusters), func(i int) any { return js.Clusters[i] }},
		{"ops", len(js.Ops), func(i int) any { return js.Ops[i] }},
	} {
		if err := list(l.name, l.n, l.item); err != nil {
			return err
		}
	}
	_, err = w.WriteString("\n}\n")
	return err
}

func marshal(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}

// ReadJSON reads scene JSON written by WriteJSON and builds its index.
func ReadJSON(r io.Reader) (*Scene, error) {
	var js jsonScene
	if err := json.NewDecoder(r).Decode(&js); err != nil {
		return nil, fmt.Errorf("read scene json: %w", err)
	}
	if js.Format != JSONFormat {
		return nil, fmt.Errorf("read scene json: format %q is not %q", js.Format, JSONFormat)
	}
	if js.Version < 1 || js.Version > JSONVersion {
		return nil, fmt.Errorf("read scene json: version %d is not supported (this program reads up to %d)", js.Version, JSONVersion)
	}
	s := &Scene{Engine: js.Engine, Width: float64(js.Width), Height: float64(js.Height)}
	var err error
	if s.Background, err = readColour(js.Background, "$.background"); err != nil {
		return nil, err
	}
	if s.Ops, err = fromJSONOps(js.Ops, "$.ops"); err != nil {
		return nil, err
	}
	for i, n := range js.Nodes {
		sn := Node{ID: n.ID, Kind: n.Kind, Type: n.Type, Label: n.Label, Tooltip: n.Tooltip,
			Center: Point{float64(n.X), float64(n.Y)}, Width: float64(n.Width), Height: float64(n.Height), Shape: n.Shape}
		if sn.Ops, err = fromJSONOps(n.Ops, fmt.Sprintf("$.nodes[%d].ops", i)); err != nil {
			return nil, err
		}
		s.Nodes = append(s.Nodes, sn)
	}
	for i, e := range js.Edges {
		se := Edge{ID: e.ID, Kind: e.Kind, Tail: e.Tail, Head: e.Head, Label: e.Label, Tooltip: e.Tooltip}
		for _, p := range e.Spline {
			se.Spline = append(se.Spline, fromPt(p))
		}
		if e.LabelPos != nil {
			se.LabelPos = fromPt(*e.LabelPos)
		}
		if se.Ops, err = fromJSONOps(e.Ops, fmt.Sprintf("$.edges[%d].ops", i)); err != nil {
			return nil, err
		}
		s.Edges = append(s.Edges, se)
	}
	for i, c := range js.Clusters {
		b := c.Bounds
		sc := Cluster{ID: c.ID, Label: c.Label, Bounds: Rect{fromPt([2]num{b[0], b[1]}), fromPt([2]num{b[2], b[3]})}}
		if sc.Ops, err = fromJSONOps(c.Ops, fmt.Sprintf("$.clusters[%d].ops", i)); err != nil {
			return nil, err
		}
		s.Clusters = append(s.Clusters, sc)
	}
	s.BuildIndex()
	return s, nil
}

func fromPt(p [2]num) Point { return Point{float64(p[0]), float64(p[1])} }

func readColour(s, where string) (color.NRGBA, error) {
	if s == "" {
		return color.NRGBA{}, nil
	}
	if !strings.HasPrefix(s, "#") {
		return color.NRGBA{}, fmt.Errorf("read scene json: %s: colour %q is not #rrggbb[aa]", where, s)
	}
	c, ok := parseHex(s[1:])
	if !ok {
		return c, fmt.Errorf("read scene json: %s: bad colour %q", where, s)
	}
	return c, nil
}

var errBadOp = errors.New("bad op")

func fromJSONOps(ops []jsonSceneOp, path string) ([]RoledOp, error) {
	out := make([]RoledOp, 0, len(ops))
	for i, o := range ops {
		where := fmt.Sprintf("%s[%d]", path, i)
		role, ok1 := lookup[Role](roleNames[:], o.Role)
		kind, ok2 := lookup[OpKind](kindNames[:], o.Kind)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("read scene json: %s: role %q, kind %q: %w", where, o.Role, o.Kind, errBadOp)
		}
		op := Op{Kind: kind, Filled: o.Filled, Width: float64(o.Width), Text: o.Text, Font: o.Font,
			FontSize: float64(o.Size), Bold: o.Bold, Italic: o.Italic, TextW: float64(o.TextWidth)}
		for _, p := range o.Points {
			op.Points = append(op.Points, fromPt(p))
		}
		if len(op.Points) == 0 || kind == OpEllipse && len(op.Points) != 2 {
			return nil, fmt.Errorf("read scene json: %s: %d points for a %s: %w", where, len(op.Points), o.Kind, errBadOp)
		}
		var err error
		if op.Stroke, err = readColour(o.Stroke, where+".stroke"); err != nil {
			return nil, err
		}
		if op.Fill, err = readColour(o.Fill, where+".fill"); err != nil {
			return nil, err
		}
		if o.Style != "" {
			st, ok := lookup[LineStyle](styleNames[:], o.Style)
			if !ok {
				return nil, fmt.Errorf("read scene json: %s: style %q: %w", where, o.Style, errBadOp)
			}
			op.Style = st
		}
		switch o.Align {
		case "left":
			op.Align = AlignLeft
		case "right":
			op.Align = AlignRight
		}
		out = append(out, RoledOp{op, role})
	}
	return out, nil
}
