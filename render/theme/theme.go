// Package theme is Dossier's visual language as data: the Graphviz shape,
// colours and line style of every node kind and type and of every edge
// role, in a light and a dark variant.
//
// Shapes differ per kind (and per actor type) and fill lightness differs
// between styles that share a shape, so a graph still reads when printed
// in greyscale. The DOT writer turns styles into Graphviz attributes; the
// painter uses the same values to restyle a laid-out scene (selection,
// theme switch) without a new layout.
package theme

import (
	"fmt"
	"image/color"
	"math"

	"dossier/graphmodel"
)

// NodeStyle is how nodes of one kind and type look.
type NodeStyle struct {
	Shape    string      // Graphviz shape name (ellipse, box, hexagon, ...)
	Fill     color.NRGBA // fill colour
	Stroke   color.NRGBA // outline colour
	Text     color.NRGBA // label colour
	PenWidth float64     // outline width in points
	// Style is a Graphviz style list, e.g. "filled" or "filled,rounded".
	Style    string
	FontSize float64 // points
}

// EdgeStyle is how edges of one role look.
type EdgeStyle struct {
	Color     color.NRGBA
	Style     string  // Graphviz style: solid, dashed, dotted or bold
	PenWidth  float64 // points
	ArrowHead string  // Graphviz arrow shape at the head: normal, vee, odiamond, ...
	Text      color.NRGBA
	FontSize  float64 // points, for edge labels
}

// LegendEntry is one line of a legend: a node style (IsEdge false) or an
// edge style, with the words that explain it.
type LegendEntry struct {
	Label  string // e.g. "Person", "participant"
	IsEdge bool
	Kind   string // node kind or edge kind
	Type   string // node type, "" for a kind's general style and for edges
	Node   NodeStyle
	Edge   EdgeStyle
}

// Theme is a complete visual variant.
type Theme struct {
	Name string // "light" or "dark"
	Dark bool

	Background color.NRGBA // canvas behind the graph
	Foreground color.NRGBA // graph label and default text colour
	Highlight  color.NRGBA // neighbours of the selection, search hits
	Selection  color.NRGBA // the selected node or edge
	Marked     color.NRGBA // nodes marked for a multi-node action
	Dimmed     color.NRGBA // colour elements fade towards when de-emphasised
	FontName   string      // font family given to Graphviz
	FontSize   float64     // default label size in points

	// Nodes maps "kind/type" (or "kind" for the kind's general style) to
	// a style; Node falls back from "kind/type" to "kind" to Default.
	Nodes   map[string]NodeStyle
	Default NodeStyle
	// Edges maps an edge kind to its style; Edge falls back to DefaultEdge.
	Edges       map[string]EdgeStyle
	DefaultEdge EdgeStyle
}

// Node returns the style of nodes of the given kind and type.
func (t Theme) Node(kind, typ string) NodeStyle {
	if s, ok := t.Nodes[kind+"/"+typ]; ok && typ != "" {
		return s
	}
	if s, ok := t.Nodes[kind]; ok {
		return s
	}
	return t.Default
}

// Edge returns the style of edges of the given kind.
func (t Theme) Edge(kind string) EdgeStyle {
	if s, ok := t.Edges[kind]; ok {
		return s
	}
	return t.DefaultEdge
}

// Legend lists node styles (kinds, with actor and venue types) and edge
// styles in display order.
func (t Theme) Legend() []LegendEntry {
	var out []LegendEntry
	for _, k := range graphmodel.Kinds() {
		types := graphmodel.Types(k)
		if k == graphmodel.KindActor {
			for _, ty := range types {
				out = append(out, LegendEntry{Label: title(ty), Kind: string(k), Type: ty, Node: t.Node(string(k), ty)})
			}
			continue
		}
		out = append(out, LegendEntry{Label: title(string(k)), Kind: string(k), Node: t.Node(string(k), "")})
	}
	for _, k := range graphmodel.EdgeKinds() {
		out = append(out, LegendEntry{Label: string(k), IsEdge: true, Kind: string(k), Edge: t.Edge(string(k))})
	}
	return out
}

func title(s string) string {
	if s == "" {
		return s
	}
	b := []byte(s)
	if b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return string(b)
}

// Hex formats c as "#rrggbb", or "#rrggbbaa" when it is not opaque: the
// colour syntax Graphviz reads.
func Hex(c color.NRGBA) string {
	if c.A == 0xff {
		return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)
	}
	return fmt.Sprintf("#%02x%02x%02x%02x", c.R, c.G, c.B, c.A)
}

// Luminance returns the relative luminance of c (0 black … 1 white) as
// defined for contrast ratios by WCAG 2.
func Luminance(c color.NRGBA) float64 {
	lin := func(v uint8) float64 {
		f := float64(v) / 255
		if f <= 0.04045 {
			return f / 12.92
		}
		return math.Pow((f+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(c.R) + 0.7152*lin(c.G) + 0.0722*lin(c.B)
}

// Contrast returns the WCAG contrast ratio of two colours (1 … 21).
func Contrast(a, b color.NRGBA) float64 {
	la, lb := Luminance(a), Luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}
