// Package dot writes a graphmodel graph, or a selection of it, as DOT for
// Graphviz to lay out, styled by a theme.
//
// Nodes get synthetic DOT names (n0, n1, ... in id order), so no model id
// can break the syntax; the model id, kind and type travel in custom
// attributes (dossier_id, dossier_kind, dossier_type) that Graphviz
// repeats in its output, which is how render/scene maps a layout back to
// the model. Every label, tooltip and id is escaped, statements' long
// quotes are shortened on the node, and output is deterministic: the same
// graph and options always give the same bytes, so layouts can be cached
// by the hash of the DOT text.
package dot

import (
	"bufio"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"dossier/graphmodel"
	"dossier/render/internal/dotattr"
	"dossier/render/theme"
)

// Options control Write. The zero value writes the whole graph in the
// light theme with default limits.
type Options struct {
	// Theme styles nodes and edges; the zero Theme means theme.Light().
	Theme theme.Theme
	// Selection limits the output to these nodes and edges; nil writes
	// the whole graph. Edges whose ends are not both selected are left out.
	Selection *graphmodel.Selection
	// RankDir is dot's direction: "TB" (default), "LR", "BT" or "RL".
	RankDir string
	// Graph holds further graph attributes (engine hints such as overlap,
	// splines, nodesep, ranksep, sep, K). Only names in GraphAttrs are
	// written; others are ignored.
	Graph map[string]string
	// MaxLabel is the longest node label in runes before it is shortened
	// with "…" (default 48; statements a quarter more, wrapped onto lines of 24); < 0
	// never shortens. The full text stays in the model and the tooltip.
	MaxLabel int
	// EdgeLabels shows each edge's kind as its label.
	EdgeLabels bool
	// LabelNotes adds a second line to the labels of the nodes it names
	// (the explorer notes "8 statements" on a speaker whose statements
	// are collapsed into it).
	LabelNotes map[string]string
	// PassThrough writes the Graphviz attributes a foreign file gave its
	// nodes and edges, kept in their attrs as "dot.<name>" (for example
	// dot.shape, dot.color, dot.label), for names in PassThroughAttrs.
	// Nodes with a dot.cluster attr are grouped into cluster subgraphs.
	PassThrough bool
	// SavedPositions pins nodes that carry numeric "x" and "y" attrs at
	// those coordinates (points, y up) for the "saved" layout (neato
	// with pinned positions). YDown says the saved y axis points down, as
	// in screen-oriented formats; it is flipped.
	SavedPositions bool
	YDown          bool
}

// GraphAttrs are the graph attributes Options.Graph may set.
var GraphAttrs = map[string]bool{
	"overlap": true, "splines": true, "nodesep": true, "ranksep": true, "sep": true,
	"esep": true, "K": true, "repulsiveforce": true, "concentrate": true, "ratio": true,
	"newrank": true, "pack": true, "packmode": true, "mode": true, "model": true,
	"maxiter": true, "start": true, "root": true, "mindist": true, "outputorder": true,
	"label": true, "labelloc": true, "overlap_scaling": true, "smoothing": true, "quadtree": true,
}

// PassThroughAttrs are the foreign Graphviz attributes written with
// Options.PassThrough. Attributes that make Graphviz read files (image,
// shapefile, fontpath, imagepath, stylesheet) or carry links are never
// written.
var PassThroughAttrs = map[string]bool{
	"shape": true, "color": true, "fillcolor": true, "fontcolor": true, "fontname": true,
	"fontsize": true, "style": true, "penwidth": true, "width": true, "height": true,
	"fixedsize": true, "label": true, "xlabel": true, "peripheries": true, "sides": true,
	"skew": true, "distortion": true, "orientation": true, "regular": true, "margin": true,
	"arrowhead": true, "arrowtail": true, "arrowsize": true, "dir": true, "headlabel": true,
	"taillabel": true, "weight": true, "len": true, "minlen": true, "constraint": true,
	"group": true, "labelfontcolor": true, "labelfontsize": true, "gradientangle": true,
}

// escStringAttrs are attributes Graphviz reads as escStrings (labels);
// they are written with Quote. Other pass-through values are plain.
var escStringAttrs = map[string]bool{"label": true, "xlabel": true, "headlabel": true, "taillabel": true}

const defaultMaxLabel = 48

// Write writes g (or opt.Selection of it) as a DOT digraph to w.
func Write(w io.Writer, g *graphmodel.Graph, opt Options) error {
	if g == nil {
		return fmt.Errorf("write dot: no graph")
	}
	if opt.Theme.Nodes == nil {
		opt.Theme = theme.Light()
	}
	if opt.MaxLabel == 0 {
		opt.MaxLabel = defaultMaxLabel
	}
	nodes, edges, err := pick(g, opt.Selection)
	if err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	dw := &writer{w: bw, opt: opt, names: make(map[string]string, len(nodes)), spread: 1}
	if opt.SavedPositions {
		dw.spread = spreadFor(nodes)
	}
	dw.header(g)
	dw.nodes(nodes)
	dw.edges(edges)
	dw.line("}")
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write dot: %w", err)
	}
	return nil
}

// pick returns the nodes and edges to write, each sorted by id.
func pick(g *graphmodel.Graph, sel *graphmodel.Selection) ([]*graphmodel.Node, []*graphmodel.Edge, error) {
	if sel == nil {
		return g.Nodes(), g.Edges(), nil
	}
	ids := slices.Clone(sel.Nodes)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	nodes := make([]*graphmodel.Node, 0, len(ids))
	keep := make(map[string]bool, len(ids))
	for _, id := range ids {
		n, ok := g.Node(id)
		if !ok {
			return nil, nil, fmt.Errorf("selected node %q: %w", id, graphmodel.ErrNotFound)
		}
		nodes = append(nodes, n)
		keep[id] = true
	}
	eids := slices.Clone(sel.Edges)
	slices.Sort(eids)
	eids = slices.Compact(eids)
	edges := make([]*graphmodel.Edge, 0, len(eids))
	for _, id := range eids {
		e, ok := g.Edge(id)
		if !ok {
			return nil, nil, fmt.Errorf("selected edge %q: %w", id, graphmodel.ErrNotFound)
		}
		if keep[e.Source] && keep[e.Target] {
			edges = append(edges, e)
		}
	}
	return nodes, edges, nil
}

type writer struct {
	w      *bufio.Writer
	opt    Options
	names  map[string]string // model node id → DOT name
	attrs  []string          // scratch
	spread float64           // factor for saved positions (see spreadFor)
}

func (d *writer) line(s string) {
	d.w.WriteString(s)
	d.w.WriteByte('\n')
}

func (d *writer) header(g *graphmodel.Graph) {
	t := d.opt.Theme
	d.line("digraph dossier {")
	ga := []string{
		"bgcolor=" + strconv.Quote(theme.Hex(t.Background)),
		"fontname=" + Quote(t.FontName),
		"fontcolor=" + strconv.Quote(theme.Hex(t.Foreground)),
		"outputorder=edgesfirst",
	}
	if rd := strings.ToUpper(d.opt.RankDir); rd == "LR" || rd == "RL" || rd == "BT" || rd == "TB" {
		ga = append(ga, "rankdir="+rd)
	}
	for _, k := range slices.Sorted(maps.Keys(d.opt.Graph)) {
		if !GraphAttrs[k] || k == "outputorder" {
			continue
		}
		v := d.opt.Graph[k]
		if k == "label" {
			ga = append(ga, "label="+Quote(v))
			continue
		}
		ga = append(ga, k+"="+Quote(v))
	}
	d.line("\tgraph [" + strings.Join(ga, ", ") + "];")
	d.line("\tnode [fontname=" + Quote(t.FontName) + ", margin=\"0.11,0.055\"];")
	d.line("\tedge [fontname=" + Quote(t.FontName) + "];")
	_ = g
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// nodeLabel is the text shown on n: statements wrapped and shortened
// harder, every label cut at MaxLabel runes.
func (d *writer) nodeLabel(n *graphmodel.Node) string {
	label := displayLabel(n)
	max := d.opt.MaxLabel
	if n.Kind == graphmodel.KindStatement {
		if max > 0 {
			max += max / 4
		}
		return Wrap(Shorten(strings.Join(strings.Fields(label), " "), max), 24)
	}
	label = Shorten(label, max)
	if note := d.opt.LabelNotes[n.ID]; note != "" {
		label += "\n" + Shorten(Text(note), max)
	}
	return label
}

// displayLabel is the node's label cleaned for display, or its id when
// the label shows nothing.
func displayLabel(n *graphmodel.Node) string {
	if l := Text(n.Label); strings.TrimSpace(l) != "" {
		return l
	}
	return Text(n.ID)
}

// tooltip is the full text for hovering in an SVG: the label (a
// statement's quote), then kind and type.
func tooltip(n *graphmodel.Node) string {
	text := displayLabel(n)
	if q := n.Attr(graphmodel.AttrQuote); q != "" {
		text = q
	}
	text = Shorten(text, 1000)
	kind := string(n.Kind)
	if n.Type != "" {
		kind += ", " + n.Type
	}
	return text + "\n(" + kind + ")"
}

func (d *writer) nodes(nodes []*graphmodel.Node) {
	t := d.opt.Theme
	clusters := map[string][]*graphmodel.Node{}
	for i, n := range nodes {
		d.names[n.ID] = "n" + strconv.Itoa(i)
		if d.opt.PassThrough {
			if c := n.Attr("dot.cluster"); c != "" {
				clusters[c] = append(clusters[c], n)
			}
		}
	}
	for _, n := range nodes {
		if d.opt.PassThrough && n.Attr("dot.cluster") != "" {
			continue
		}
		d.node("\t", n, t)
	}
	for i, c := range slices.Sorted(maps.Keys(clusters)) {
		d.line("\tsubgraph cluster_" + strconv.Itoa(i) + " {")
		d.line("\t\tlabel=" + Quote(c) + "; color=" + strconv.Quote(theme.Hex(t.Foreground)) + ";")
		for _, n := range clusters[c] {
			d.node("\t\t", n, t)
		}
		d.line("\t}")
	}
}

func (d *writer) node(indent string, n *graphmodel.Node, t theme.Theme) {
	st := t.Node(string(n.Kind), n.Type)
	style := st.Style
	if n.Kind == graphmodel.KindMeeting {
		switch n.Attr(graphmodel.AttrStatus) {
		case graphmodel.StatusPlanned:
			style += ",dashed"
		case graphmodel.StatusHypothetical:
			style += ",dotted"
		}
	}
	label := d.nodeLabel(n)
	if strings.TrimSpace(label) == "" {
		// An empty label would show the synthetic DOT name (go-graphviz
		// fills empty labels with \N).
		label = " "
	}
	a := d.attrs[:0]
	a = append(a,
		"id="+Quote(n.ID),
		"label="+Quote(label),
		"tooltip="+Quote(tooltip(n)),
		"shape="+st.Shape,
		"style="+strconv.Quote(style),
		"fillcolor="+strconv.Quote(theme.Hex(st.Fill)),
		"color="+strconv.Quote(theme.Hex(st.Stroke)),
		"fontcolor="+strconv.Quote(theme.Hex(st.Text)),
		"fontsize="+num(st.FontSize),
		"penwidth="+num(st.PenWidth),
	)
	if d.opt.SavedPositions {
		if x, y, ok := savedPos(n); ok {
			if d.opt.YDown {
				y = -y
			}
			// neato reads pinned positions in inches.
			x, y = x*d.spread, y*d.spread
			a = append(a, "pos="+strconv.Quote(num(x/72)+","+num(y/72)+"!"))
		}
	}
	if d.opt.PassThrough {
		a = passThrough(a, n.Attrs)
	}
	a = append(a,
		dotattr.ID+"="+strconv.Quote(dotattr.Encode(n.ID)),
		dotattr.Kind+"="+strconv.Quote(dotattr.Encode(string(n.Kind))),
	)
	if n.Type != "" {
		a = append(a, dotattr.Type+"="+strconv.Quote(dotattr.Encode(n.Type)))
	}
	d.attrs = a
	d.line(indent + d.names[n.ID] + " [" + strings.Join(a, ", ") + "];")
}

// savedCell is the room, in square points, a saved drawing must give each
// node so that labelled nodes do not pile up: about 90 × 54 points.
const savedCell = 90 * 54

// spreadFor returns the factor that stretches the saved positions of
// nodes until their bounding box gives every node savedCell of room; a
// drawing that is roomy already keeps its scale (factor 1). Gephi and
// Cytoscape drawings are often made with small nodes in small units.
func spreadFor(nodes []*graphmodel.Node) float64 {
	n := 0
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, node := range nodes {
		x, y, ok := savedPos(node)
		if !ok {
			continue
		}
		n++
		minX, maxX = math.Min(minX, x), math.Max(maxX, x)
		minY, maxY = math.Min(minY, y), math.Max(maxY, y)
	}
	if n < 2 {
		return 1
	}
	area := math.Max(maxX-minX, 1) * math.Max(maxY-minY, 1)
	return math.Min(math.Max(1, math.Sqrt(float64(n)*savedCell/area)), 100)
}

// savedPos reads a node's saved x and y attributes.
func savedPos(n *graphmodel.Node) (x, y float64, ok bool) {
	xs, ys := n.Attr("x"), n.Attr("y")
	if xs == "" || ys == "" {
		return 0, 0, false
	}
	x, err1 := strconv.ParseFloat(strings.TrimSpace(xs), 64)
	y, err2 := strconv.ParseFloat(strings.TrimSpace(ys), 64)
	if err1 != nil || err2 != nil || math.IsNaN(x) || math.IsNaN(y) || x > 1e7 || x < -1e7 || y > 1e7 || y < -1e7 {
		return 0, 0, false
	}
	return x, y, true
}

// passThrough replaces or appends the whitelisted dot.* attributes. Later
// attributes win in Graphviz, so appending is enough.
func passThrough(a []string, attrs map[string]string) []string {
	for _, k := range slices.Sorted(maps.Keys(attrs)) {
		name, ok := strings.CutPrefix(k, "dot.")
		if !ok || !PassThroughAttrs[name] {
			continue
		}
		v := attrs[k]
		if escStringAttrs[name] {
			a = append(a, name+"="+Quote(v))
		} else {
			a = append(a, name+"="+plain(v))
		}
	}
	return a
}

// plain quotes a non-label attribute value: Text-cleaned, line breaks
// dropped, quote and backslash escaped.
func plain(v string) string {
	v = strings.ReplaceAll(Text(v), "\n", " ")
	return Quote(v)
}

func (d *writer) edges(edges []*graphmodel.Edge) {
	t := d.opt.Theme
	for _, e := range edges {
		st := t.Edge(string(e.Kind))
		a := d.attrs[:0]
		a = append(a,
			"id="+Quote(e.ID),
			"color="+strconv.Quote(theme.Hex(st.Color)),
			"style="+st.Style,
			"penwidth="+num(st.PenWidth),
			"arrowhead="+st.ArrowHead,
		)
		if e.Undirected {
			a = append(a, "dir=none")
		}
		if d.opt.EdgeLabels {
			a = append(a, "label="+Quote(string(e.Kind)), "fontcolor="+strconv.Quote(theme.Hex(st.Text)), "fontsize="+num(st.FontSize))
		}
		if d.opt.PassThrough {
			a = passThrough(a, e.Attrs)
		}
		a = append(a,
			dotattr.ID+"="+strconv.Quote(dotattr.Encode(e.ID)),
			dotattr.Kind+"="+strconv.Quote(dotattr.Encode(string(e.Kind))),
		)
		d.attrs = a
		d.line("\t" + d.names[e.Source] + " -> " + d.names[e.Target] + " [" + strings.Join(a, ", ") + "];")
	}
}
