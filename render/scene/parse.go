package scene

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"math"
	"sort"
	"strconv"
	"strings"

	"dossier/render/internal/dotattr"
)

// gvObject is a subgraph or node in Graphviz's json output. Attribute
// values are strings there; the xdot op lists are arrays.
type gvObject struct {
	GVID     *int            `json:"_gvid"`
	Name     string          `json:"name"`
	Draw     json.RawMessage `json:"_draw_"`
	LDraw    json.RawMessage `json:"_ldraw_"`
	BB       string          `json:"bb"`
	Pos      string          `json:"pos"`
	Width    string          `json:"width"`
	Height   string          `json:"height"`
	Shape    string          `json:"shape"`
	Label    string          `json:"label"`
	Tooltip  string          `json:"tooltip"`
	ID       string          `json:"id"`
	DossID   string          `json:"dossier_id"`
	DossKind string          `json:"dossier_kind"`
	DossType string          `json:"dossier_type"`
	Nodes    []int           `json:"nodes"`
}

type gvEdge struct {
	Tail     int             `json:"tail"`
	Head     int             `json:"head"`
	Draw     json.RawMessage `json:"_draw_"`
	LDraw    json.RawMessage `json:"_ldraw_"`
	HDraw    json.RawMessage `json:"_hdraw_"`
	TDraw    json.RawMessage `json:"_tdraw_"`
	HLDraw   json.RawMessage `json:"_hldraw_"`
	TLDraw   json.RawMessage `json:"_tldraw_"`
	Pos      string          `json:"pos"`
	LP       string          `json:"lp"`
	Label    string          `json:"label"`
	Tooltip  string          `json:"tooltip"`
	ID       string          `json:"id"`
	DossID   string          `json:"dossier_id"`
	DossKind string          `json:"dossier_kind"`
}

type gvGraph struct {
	Name        string          `json:"name"`
	Draw        json.RawMessage `json:"_draw_"`
	LDraw       json.RawMessage `json:"_ldraw_"`
	BB          string          `json:"bb"`
	BGColor     string          `json:"bgcolor"`
	SubgraphCnt int             `json:"_subgraph_cnt"`
	Objects     []gvObject      `json:"objects"`
	Edges       []gvEdge        `json:"edges"`
}

// ErrNotLaidOut is returned for Graphviz output without a bounding box.
var ErrNotLaidOut = errors.New("graphviz output has no layout (no bb)")

// Parse reads Graphviz's -Tjson output into a scene: coordinates flipped
// to y down with the origin at the top-left of the bounding box, node
// sizes in points, every xdot op kept with its role. Model ids, kinds and
// types come from the dossier_* attributes render/dot writes; nodes of
// foreign graphs fall back to their DOT names. The spatial index is built
// before Parse returns.
func Parse(data []byte) (*Scene, error) { return ParseWith(data, ParseOptions{}) }

// ParseOptions adjust Parse to the Graphviz version that wrote the json.
type ParseOptions struct {
	// TextEscaped says text ops hold backslashes doubled, as Graphviz 12
	// writes them in json output (2.43 does not); render/layout finds out
	// by laying out a probe graph.
	TextEscaped bool
}

// ParseWith is Parse with options.
func ParseWith(data []byte, opt ParseOptions) (*Scene, error) {
	var g gvGraph
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&g); err != nil {
		return nil, fmt.Errorf("parse graphviz json: %w", err)
	}
	bb, ok := parseRect(g.BB)
	if !ok {
		return nil, fmt.Errorf("parse graphviz json: %w", ErrNotLaidOut)
	}
	x := xform{minX: bb[0], maxY: bb[3], textEscaped: opt.TextEscaped}
	s := &Scene{Width: bb[2] - bb[0], Height: bb[3] - bb[1], Background: color.NRGBA{R: 0xff, G: 0xff, B: 0xff, A: 0xff}}
	if c, ok := ParseColor(g.BGColor); ok {
		s.Background = c
	}
	var err error
	if s.Ops, err = parseOps(g.Draw, x, RoleBody, nil); err != nil {
		return nil, fmt.Errorf("parse graphviz json: graph: %w", err)
	}
	if s.Ops, err = parseOps(g.LDraw, x, RoleLabel, s.Ops); err != nil {
		return nil, fmt.Errorf("parse graphviz json: graph label: %w", err)
	}

	// gvid → scene node index
	nodeAt := map[int]int{}
	for i := range g.Objects {
		o := &g.Objects[i]
		gvid := i
		if o.GVID != nil {
			gvid = *o.GVID
		}
		if i < g.SubgraphCnt {
			if !strings.HasPrefix(o.Name, "cluster") {
				continue
			}
			c, err := parseCluster(o, x)
			if err != nil {
				return nil, fmt.Errorf("parse graphviz json: cluster %q: %w", o.Name, err)
			}
			if c != nil {
				s.Clusters = append(s.Clusters, *c)
			}
			continue
		}
		n, err := parseNode(o, x)
		if err != nil {
			return nil, fmt.Errorf("parse graphviz json: node %q: %w", o.Name, err)
		}
		nodeAt[gvid] = len(s.Nodes)
		s.Nodes = append(s.Nodes, n)
	}
	seen := map[string]int{}
	for i := range g.Edges {
		ge := &g.Edges[i]
		ti, ok1 := nodeAt[ge.Tail]
		hi, ok2 := nodeAt[ge.Head]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("parse graphviz json: edge %d: unknown end (tail %d, head %d)", i, ge.Tail, ge.Head)
		}
		e, err := parseEdge(ge, x, s.Nodes[ti].ID, s.Nodes[hi].ID)
		if err != nil {
			return nil, fmt.Errorf("parse graphviz json: edge %d: %w", i, err)
		}
		if ge.DossID == "" && ge.ID == "" {
			// Foreign edge: name it by its ends, numbering parallels.
			k := seen[e.ID]
			seen[e.ID] = k + 1
			if k > 0 {
				e.ID += "#" + strconv.Itoa(k)
			}
		}
		s.Edges = append(s.Edges, e)
	}
	s.BuildIndex()
	return s, nil
}

func parseCluster(o *gvObject, x xform) (*Cluster, error) {
	r, ok := parseRect(o.BB)
	if !ok {
		return nil, nil
	}
	c := &Cluster{ID: o.Name, Bounds: Rect{Min: x.pt(r[0], r[3]), Max: x.pt(r[2], r[1])}}
	var err error
	if c.Ops, err = parseOps(o.Draw, x, RoleBody, nil); err != nil {
		return nil, err
	}
	if c.Ops, err = parseOps(o.LDraw, x, RoleLabel, c.Ops); err != nil {
		return nil, err
	}
	c.Label = textOf(c.Ops)
	if c.Label == "" {
		c.Label = unescLabel(o.Label, o.Name)
	}
	return c, nil
}

func parseNode(o *gvObject, x xform) (Node, error) {
	n := Node{ID: o.Name, Shape: o.Shape}
	if o.DossID != "" {
		n.ID = dotattr.Decode(o.DossID)
		n.Kind = dotattr.Decode(o.DossKind)
		n.Type = dotattr.Decode(o.DossType)
	}
	if n.Shape == "" {
		n.Shape = "ellipse"
	}
	if p, ok := parsePoint(o.Pos); ok {
		n.Center = x.pt(p.X, p.Y)
	}
	n.Width = inches(o.Width, 0.75)
	n.Height = inches(o.Height, 0.5)
	var err error
	if n.Ops, err = parseOps(o.Draw, x, RoleBody, nil); err != nil {
		return n, err
	}
	if n.Ops, err = parseOps(o.LDraw, x, RoleLabel, n.Ops); err != nil {
		return n, err
	}
	if x.textEscaped && o.DossID != "" && strings.Contains(o.Label, `\`) {
		fixLabelText(n.Ops, unescLabel(o.Label, o.Name))
	}
	n.Label = textOf(n.Ops)
	if n.Label == "" && len(n.Ops) == 0 {
		n.Label = unescLabel(o.Label, o.Name)
	}
	n.Tooltip = unescLabel(o.Tooltip, o.Name)
	return n, nil
}

func parseEdge(ge *gvEdge, x xform, tail, head string) (Edge, error) {
	e := Edge{Tail: tail, Head: head}
	switch {
	case ge.DossID != "":
		e.ID = dotattr.Decode(ge.DossID)
		e.Kind = dotattr.Decode(ge.DossKind)
	case ge.ID != "":
		e.ID = ge.ID
	default:
		e.ID = tail + "->" + head
	}
	e.Spline = parseSpline(ge.Pos, x)
	if p, ok := parsePoint(ge.LP); ok {
		e.LabelPos = x.pt(p.X, p.Y)
	}
	var err error
	for i, part := range []struct {
		raw  json.RawMessage
		role Role
	}{{ge.Draw, RoleBody}, {ge.HDraw, RoleHead}, {ge.TDraw, RoleTail}, {ge.LDraw, RoleLabel}, {ge.HLDraw, RoleLabel}, {ge.TLDraw, RoleLabel}} {
		start := len(e.Ops)
		if e.Ops, err = parseOps(part.raw, x, part.role, e.Ops); err != nil {
			return e, err
		}
		if i == 3 { // the main label, not head or tail labels
			e.Label = textOf(e.Ops[start:])
		}
	}
	if e.Label == "" && ge.Label != "" && len(e.Ops) == 0 {
		e.Label = unescLabel(ge.Label, "")
	}
	e.Tooltip = unescLabel(ge.Tooltip, "")
	return e, nil
}

// fixLabelText puts the lines of a node's label back into its text ops.
// Graphviz 12's json output garbles text with backslashes (a label
// "\\0" comes out as "\\\\", losing the 0), while the label
// attribute is intact; render/dot's labels are plain text, one op per
// non-blank line, so the lines map onto the ops in order.
func fixLabelText(ops []RoledOp, label string) {
	var lines []string
	for _, l := range strings.Split(label, "\n") {
		if strings.TrimSpace(l) != "" {
			lines = append(lines, l)
		}
	}
	var idx []int
	for i := range ops {
		if ops[i].Role == RoleLabel && ops[i].Kind == OpText {
			idx = append(idx, i)
		}
	}
	if len(idx) != len(lines) {
		return
	}
	for k, i := range idx {
		ops[i].Text = lines[k]
	}
}

// textOf joins the text ops of a label: spans on one baseline in order,
// with a space where they are apart; lines top to bottom.
func textOf(ops []RoledOp) string {
	type span struct {
		x0, x1, y float64
		s         string
	}
	var spans []span
	for _, o := range ops {
		if o.Kind != OpText || o.Role != RoleLabel {
			continue
		}
		x0 := o.Points[0].X
		switch o.Align {
		case AlignCenter:
			x0 -= o.TextW / 2
		case AlignRight:
			x0 -= o.TextW
		}
		spans = append(spans, span{x0, x0 + o.TextW, o.Points[0].Y, o.Text})
	}
	if len(spans) == 0 {
		return ""
	}
	sort.SliceStable(spans, func(i, j int) bool {
		if math.Abs(spans[i].y-spans[j].y) > 0.5 {
			return spans[i].y < spans[j].y
		}
		return spans[i].x0 < spans[j].x0
	})
	var b strings.Builder
	for i, sp := range spans {
		if i > 0 {
			prev := spans[i-1]
			switch {
			case math.Abs(sp.y-prev.y) > 0.5:
				b.WriteByte('\n')
			case sp.x0-prev.x1 > 2:
				b.WriteByte(' ')
			}
		}
		b.WriteString(sp.s)
	}
	return b.String()
}

func unescLabel(s, name string) string { return dotattr.UnescapeLabel(s, name) }

func inches(s string, def float64) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || v < 0 || math.IsInf(v, 0) || math.IsNaN(v) {
		return def * 72
	}
	return v * 72
}

// parseRect reads "llx,lly,urx,ury".
func parseRect(s string) ([4]float64, bool) {
	var r [4]float64
	f := strings.Split(s, ",")
	if len(f) != 4 {
		return r, false
	}
	for i, x := range f {
		v, err := strconv.ParseFloat(strings.TrimSpace(x), 64)
		if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
			return r, false
		}
		r[i] = v
	}
	return r, r[2] >= r[0] && r[3] >= r[1]
}

// parsePoint reads "x,y" (a trailing "!" or third coordinate is ignored).
func parsePoint(s string) (Point, bool) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "!")
	f := strings.Split(s, ",")
	if len(f) < 2 {
		return Point{}, false
	}
	x, err1 := strconv.ParseFloat(strings.TrimSpace(f[0]), 64)
	y, err2 := strconv.ParseFloat(strings.TrimSpace(f[1]), 64)
	if err1 != nil || err2 != nil || math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) {
		return Point{}, false
	}
	return Point{x, y}, true
}

// parseSpline reads an edge pos "e,x,y s,x,y p0 c1 c2 p1 ..." and returns
// the control points of its first spline (arrow end points are dropped).
func parseSpline(s string, x xform) []Point {
	if s == "" {
		return nil
	}
	first, _, _ := strings.Cut(s, ";")
	var pts []Point
	for _, f := range strings.Fields(first) {
		if strings.HasPrefix(f, "e,") || strings.HasPrefix(f, "s,") {
			continue
		}
		if p, ok := parsePoint(f); ok {
			pts = append(pts, x.pt(p.X, p.Y))
		}
	}
	return pts
}
