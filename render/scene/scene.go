// Package scene holds a laid-out graph: the geometry Graphviz computed,
// turned to screen orientation (y grows downwards, origin at the top-left
// of the graph's bounding box), in points (1/72 inch).
//
// A scene is what the explorer paints and hit-tests and what image export
// draws, so the two always agree.
package scene

import "image/color"

// Point is a position in graph coordinates (points, y down).
type Point struct{ X, Y float64 }

// Rect is an axis-aligned rectangle; Min is the top-left corner.
type Rect struct{ Min, Max Point }

// OpKind is a drawing primitive from Graphviz's xdot drawing operations.
type OpKind uint8

// Drawing primitives.
const (
	OpEllipse  OpKind = iota + 1 // Points[0] centre, Points[1] = (rx, ry)
	OpPolygon                    // closed polygon through Points
	OpPolyline                   // open polyline through Points
	OpBezier                     // cubic Bézier spline: p0, c1, c2, p1, c1, c2, p2, ...
	OpText                       // Text at Points[0] (baseline), aligned by Align
)

// Align is the horizontal alignment of a text op relative to its point.
type Align int8

// Text alignments.
const (
	AlignLeft   Align = -1
	AlignCenter Align = 0
	AlignRight  Align = 1
)

// LineStyle is the dash pattern of strokes.
type LineStyle uint8

// Line styles.
const (
	Solid LineStyle = iota
	Dashed
	Dotted
	Bold
	Invisible
)

// Op is one drawing operation with the pen state in force when it runs.
type Op struct {
	Kind   OpKind
	Points []Point
	Filled bool

	Stroke color.NRGBA // pen colour
	Fill   color.NRGBA // fill colour (when Filled)
	Width  float64     // pen width in points
	Style  LineStyle

	Text     string
	Align    Align
	FontSize float64 // points
	Font     string  // font name Graphviz was given
	Bold     bool
	Italic   bool
	TextW    float64 // text width Graphviz assumed, in points
}

// Role says which part of an element an op draws, so a painter can
// restyle an element (selection, theme) without losing Graphviz's geometry.
type Role uint8

// Roles of drawing ops.
const (
	RoleBody  Role = iota // the node shape or the edge curve
	RoleLabel             // a label
	RoleHead              // an arrowhead at the head
	RoleTail              // an arrowhead at the tail
)

// RoledOp is an op with the part it draws.
type RoledOp struct {
	Op
	Role Role
}

// Node is a laid-out node.
type Node struct {
	ID     string // the model node id (for foreign DOT, the DOT node name)
	Kind   string // model kind (actor, venue, ...), "" when unknown
	Type   string // model type
	Label  string // label text as shown (may be shortened)
	Center Point
	Width  float64 // points
	Height float64
	Shape  string // Graphviz shape name
	// Tooltip is the node's tooltip attribute (render/dot writes the full
	// label there), "" when it has none.
	Tooltip string
	Ops     []RoledOp
}

// Bounds returns the node's bounding box.
func (n *Node) Bounds() Rect {
	return Rect{
		Min: Point{n.Center.X - n.Width/2, n.Center.Y - n.Height/2},
		Max: Point{n.Center.X + n.Width/2, n.Center.Y + n.Height/2},
	}
}

// Edge is a laid-out edge.
type Edge struct {
	ID       string // the model edge id
	Kind     string // model edge kind
	Tail     string // source node id
	Head     string // target node id
	Label    string
	Spline   []Point // cubic Bézier control points, p0 c1 c2 p1 c1 c2 p2 ...
	LabelPos Point   // zero when the edge has no label
	Tooltip  string
	Ops      []RoledOp
}

// Cluster is a laid-out DOT cluster subgraph (foreign DOT files).
type Cluster struct {
	ID     string
	Label  string
	Bounds Rect
	Ops    []RoledOp
}

// Scene is a laid-out graph.
type Scene struct {
	Width, Height float64 // bounding box size in points
	Background    color.NRGBA
	Engine        string // the Graphviz layout engine that produced it
	Clusters      []Cluster
	Nodes         []Node
	Edges         []Edge
	// Ops holds graph-level drawing (graph label, background).
	Ops []RoledOp

	// index is the spatial index behind Hit and Visible (BuildIndex).
	index *grid
}

// Bounds returns the scene's bounding box: (0,0) to (Width, Height).
func (s *Scene) Bounds() Rect { return Rect{Max: Point{s.Width, s.Height}} }

// NodeIndex returns the position of the node with the model id in Nodes,
// or -1.
func (s *Scene) NodeIndex(id string) int {
	if s.index != nil {
		if i, ok := s.index.nodeIDs[id]; ok {
			return i
		}
		return -1
	}
	for i := range s.Nodes {
		if s.Nodes[i].ID == id {
			return i
		}
	}
	return -1
}

// EdgeIndex returns the position of the edge with the model id in Edges,
// or -1.
func (s *Scene) EdgeIndex(id string) int {
	if s.index != nil {
		if i, ok := s.index.edgeIDs[id]; ok {
			return i
		}
		return -1
	}
	for i := range s.Edges {
		if s.Edges[i].ID == id {
			return i
		}
	}
	return -1
}
