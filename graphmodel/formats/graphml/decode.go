// Package graphml reads and writes GraphML files
// (http://graphml.graphdrawing.org/), including Gephi and yEd exports.
//
// Decode streams the file token by token, so memory grows with the graph,
// not with the tree of the file. It understands typed keys (boolean, int,
// long, float, double, string) with defaults, key names with spaces,
// for="node|edge|graph|all", edgedefault with a per-edge directed override,
// parallel edges, graph-level data, nested graphs (flattened: a node of a
// nested graph keeps the id of the node that held it in its "parent"
// attribute) and hyperedges (skipped). DecodeWithWarnings says what was
// flattened or skipped. Data values are kept as node and
// edge attributes under their key's attr.name; values of non-string keys
// are trimmed. The label is taken from a key named label, Label or name.
//
// yEd exports: a node's label comes from y:NodeLabel and its position
// from y:Geometry (the centre: x + width/2, y + height/2, yEd's own units
// with y growing downwards); y:Fill gives viz.color; an edge's y:EdgeLabel
// becomes its "label" attribute. Gephi exports: the int keys r, g and b
// become viz.color ("#rrggbb"); x and y stay as they are.
//
// Input is limited to 512 MiB, 256 levels of nesting, 256 attributes per
// element and 64 MiB per value; see xmlio.DefaultLimits. Errors name the
// file and line:column.
package graphml

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/xmlio"
)

// Format is the name of the format, kept in the "format" graph attribute.
const Format = "graphml"

// Namespace is the GraphML XML namespace.
const Namespace = "http://graphml.graphdrawing.org/xmlns"

// parentAttr holds, for a node of a nested graph, the id of its parent.
const parentAttr = "parent"

// Decode reads a GraphML file. name (the file name) prefixes errors.
func Decode(r io.Reader, name string) (*graphmodel.Graph, error) {
	g, _, err := decode(r, name, xmlio.DefaultLimits())
	return g, err
}

// DecodeWithWarnings is Decode that also says, in sentences for people,
// what the import flattened or left out (nested graphs, hyperedges).
func DecodeWithWarnings(r io.Reader, name string) (*graphmodel.Graph, []string, error) {
	return decode(r, name, xmlio.DefaultLimits())
}

type key struct {
	id, name, typ, domain string
	def                   string
	hasDef                bool
}

// maxDefaults bounds the attribute values that key defaults may add to a
// graph, so that many keys with defaults times many nodes cannot exhaust
// memory.
const maxDefaults = 20_000_000

type decoder struct {
	r          *xmlio.Reader
	a          *xmlio.Assembler
	keys       map[string]*key
	keyOrder   []*key          // in file order
	graphSeen  map[string]bool // graph-level attributes set, for defaults
	hyperedges int             // skipped
	nested     int             // nested graphs flattened
	defaulted  int             // attribute values added from defaults so far
	cache      keyCache
}

// keyCache holds what nodes and edges look up in the keys, kept up to
// date as keys are declared.
type keyCache struct {
	defaults map[string][]*key // domain → keys with a default, file order
	rgb      map[string]*key   // first node key named r, g or b
}

func decode(in io.Reader, name string, lim xmlio.Limits) (*graphmodel.Graph, []string, error) {
	d := &decoder{
		r:         xmlio.NewReader(in, name, lim),
		a:         xmlio.NewAssembler(name, Format),
		keys:      map[string]*key{},
		graphSeen: map[string]bool{},
		cache:     keyCache{defaults: map[string][]*key{}, rgb: map[string]*key{}},
	}
	if err := d.document(); err != nil {
		return nil, nil, err
	}
	g, err := d.a.Finish()
	if err != nil {
		return nil, nil, err
	}
	return g, d.warnings(), nil
}

func (d *decoder) warnings() []string {
	var w []string
	if d.nested > 0 {
		w = append(w, fmt.Sprintf("%s: flattened %d nested graphs; their nodes keep the id of the node that held them in the attribute %q", d.r.Name(), d.nested, parentAttr))
	}
	if d.hyperedges > 0 {
		w = append(w, fmt.Sprintf("%s: left out %d hyperedges (Dossier has edges between two nodes only)", d.r.Name(), d.hyperedges))
	}
	return w
}

func (d *decoder) document() error {
	if err := xmlio.ExpectRoot(d.r, "graphml", "GraphML"); err != nil {
		return err
	}
	graphs := 0
	err := d.r.Children(func(c xml.StartElement) error {
		switch c.Name.Local {
		case "key":
			return d.key(c)
		case "graph":
			graphs++
			return d.graph(c, "")
		case "data":
			return d.graphData(c)
		}
		return d.r.Skip()
	})
	if err != nil {
		return err
	}
	if graphs == 0 {
		return d.r.Errorf("no <graph> element: %w", xmlio.ErrSyntax)
	}
	if err := d.graphDefaults(); err != nil {
		return err
	}
	return xmlio.End(d.r)
}

func (d *decoder) key(e xml.StartElement) error {
	k := &key{
		id:     xmlio.AttrOr(e, "id", ""),
		name:   xmlio.AttrOr(e, "attr.name", ""),
		typ:    strings.ToLower(strings.TrimSpace(xmlio.AttrOr(e, "attr.type", "string"))),
		domain: strings.ToLower(strings.TrimSpace(xmlio.AttrOr(e, "for", "all"))),
	}
	if k.name == "" {
		k.name = k.id
	}
	err := d.r.Each("default", func(xml.StartElement) error {
		v, err := d.r.Text()
		k.def, k.hasDef = k.value(v), true
		return err
	})
	if err != nil {
		return err
	}
	return d.addKey(k)
}

// addKey declares k. Key ids are unique in a GraphML file.
func (d *decoder) addKey(k *key) error {
	if _, dup := d.keys[k.id]; dup {
		return d.r.Errorf("key id %q declared twice: %w", k.id, graphmodel.ErrDuplicate)
	}
	d.keys[k.id] = k
	d.keyOrder = append(d.keyOrder, k)
	for _, domain := range []string{"node", "edge"} {
		if k.hasDef && k.name != "" && k.appliesTo(domain) {
			d.cache.defaults[domain] = append(d.cache.defaults[domain], k)
		}
	}
	if (k.name == "r" || k.name == "g" || k.name == "b") && k.appliesTo("node") && d.cache.rgb[k.name] == nil {
		d.cache.rgb[k.name] = k
	}
	return nil
}

// value normalises a data value by its key's type: numbers and booleans
// are trimmed, strings kept exactly.
func (k *key) value(v string) string {
	if k == nil || k.typ == "string" || k.typ == "" {
		return v
	}
	return strings.TrimSpace(v)
}

func (k *key) appliesTo(domain string) bool { return k.domain == domain || k.domain == "all" }

// graph reads a <graph>. parent is "" for a top-level graph, else the id of
// the node holding it.
func (d *decoder) graph(e xml.StartElement, parent string) error {
	directed := strings.TrimSpace(xmlio.AttrOr(e, "edgedefault", "directed")) != "undirected"
	return d.r.Children(func(c xml.StartElement) error {
		switch c.Name.Local {
		case "node":
			return d.node(c, parent)
		case "edge":
			return d.edge(c, directed)
		case "data":
			if parent == "" {
				return d.graphData(c)
			} // data of nested graphs has no place in a flat graph
		case "hyperedge":
			d.hyperedges++
		}
		return d.r.Skip()
	})
}

func (d *decoder) graphData(e xml.StartElement) error {
	pos := d.r.Pos()
	attrs := map[string]string{}
	if err := d.data(e, attrs, nil); err != nil {
		return err
	}
	for k, v := range attrs {
		d.graphSeen[k] = true
		if err := d.a.GraphAttr(k, v); err != nil {
			return d.r.ErrorfAt(pos, "%w", err)
		}
	}
	return nil
}

func (d *decoder) graphDefaults() error {
	for _, k := range d.keyOrder {
		if k.hasDef && k.appliesTo("graph") && !d.graphSeen[k.name] && k.name != "" {
			if err := d.a.GraphAttr(k.name, k.def); err != nil {
				return fmt.Errorf("%s: default of key %q: %w", d.r.Name(), k.id, err)
			}
		}
	}
	return nil
}

// yed collects what yEd keeps in its graphics data.
type yed struct {
	label       string
	x, y, color string
}

func (d *decoder) node(e xml.StartElement, parent string) error {
	pos := d.r.Pos()
	id, _ := xmlio.Attr(e, "id")
	if id == "" {
		return d.r.Errorf("<node> without an id: %w", xmlio.ErrSyntax)
	}
	attrs := map[string]string{}
	var y yed
	err := d.r.Children(func(c xml.StartElement) error {
		switch c.Name.Local {
		case "data":
			return d.data(c, attrs, &y)
		case "graph":
			d.nested++
			return d.graph(c, id)
		}
		return d.r.Skip()
	})
	if err != nil {
		return err
	}
	if err := d.defaults("node", attrs); err != nil {
		return err
	}
	d.gephiColour(attrs)
	setIfAbsent(attrs, "x", y.x)
	setIfAbsent(attrs, "y", y.y)
	setIfAbsent(attrs, "viz.color", y.color)
	setIfAbsent(attrs, parentAttr, parent)
	label := first(attrs["label"], attrs["Label"], attrs["name"], y.label)
	if err := d.a.Node(id, label, attrs); err != nil {
		return d.r.ErrorfAt(pos, "%w", err)
	}
	return nil
}

func (d *decoder) edge(e xml.StartElement, directedDefault bool) error {
	pos := d.r.Pos()
	id := xmlio.AttrOr(e, "id", "")
	src, okSrc := xmlio.Attr(e, "source")
	dst, okDst := xmlio.Attr(e, "target")
	if !okSrc || !okDst {
		return d.r.Errorf("<edge> without source or target: %w", xmlio.ErrSyntax)
	}
	directed := directedDefault
	if v, ok := xmlio.Attr(e, "directed"); ok {
		switch strings.ToLower(strings.TrimSpace(v)) {
		case "true", "1":
			directed = true
		case "false", "0":
			directed = false
		default:
			return d.r.Errorf("edge %q: directed=%q is neither true nor false: %w", id, v, xmlio.ErrSyntax)
		}
	}
	attrs := map[string]string{}
	var y yed
	err := d.r.Each("data", func(c xml.StartElement) error { return d.data(c, attrs, &y) })
	if err != nil {
		return err
	}
	if err := d.defaults("edge", attrs); err != nil {
		return err
	}
	setIfAbsent(attrs, "label", y.label)
	edgeLabel(attrs)
	if err := d.a.Edge(pos, id, src, dst, directed, attrs); err != nil {
		return d.r.ErrorfAt(pos, "%w", err)
	}
	return nil
}

// edgeLabel moves an edge's "label" to the key under which interop keeps
// an edge's own label attribute (interop reserves "label" for node labels).
func edgeLabel(attrs map[string]string) {
	if v, ok := attrs["label"]; ok {
		if _, taken := attrs[edgeLabelKey]; !taken {
			attrs[edgeLabelKey] = v
		}
		delete(attrs, "label")
	}
}

// edgeLabelKey is the flat key of an edge's own "label" attribute.
const edgeLabelKey = "attr.label"

// data reads a <data> element into attrs under its key's name. Plain text
// is the value; graphics data (yEd) is read into y, when given, and stores
// no value. The first value of a name wins.
func (d *decoder) data(e xml.StartElement, attrs map[string]string, y *yed) error {
	id := xmlio.AttrOr(e, "key", "")
	k := d.keys[id]
	name := id
	if k != nil {
		name = k.name
	}
	var text strings.Builder
	children := false
	depth := 0
	for {
		tok, err := d.r.Next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.CharData:
			if depth == 0 {
				text.Write(t)
			}
		case xml.StartElement:
			children = true
			consumed, err := d.graphics(t, y)
			if err != nil {
				return err
			}
			if !consumed {
				depth++
			}
		case xml.EndElement:
			if depth > 0 {
				depth--
				continue
			}
			if children || name == "" {
				return nil
			}
			if _, dup := attrs[name]; !dup {
				attrs[name] = k.value(text.String())
			}
			return nil
		}
	}
}

// graphics picks what Dossier uses out of yEd's graphics elements. It
// reports whether it consumed the whole element.
func (d *decoder) graphics(e xml.StartElement, y *yed) (bool, error) {
	if y == nil {
		return true, d.r.Skip()
	}
	switch e.Name.Local {
	case "NodeLabel", "EdgeLabel":
		s, err := d.r.Text()
		if err != nil {
			return true, err
		}
		if s = strings.TrimSpace(s); s != "" && y.label == "" {
			y.label = s
		}
		return true, nil
	case "Geometry":
		if y.x == "" {
			y.x = centre(xmlio.AttrOr(e, "x", ""), xmlio.AttrOr(e, "width", ""))
			y.y = centre(xmlio.AttrOr(e, "y", ""), xmlio.AttrOr(e, "height", ""))
		}
	case "Fill":
		if c := strings.ToLower(strings.TrimSpace(xmlio.AttrOr(e, "color", ""))); y.color == "" && isHexColour(c) {
			y.color = c[:7]
		}
	}
	return false, nil
}

// centre returns pos + size/2 as a decimal string, or pos itself when
// either does not parse.
func centre(pos, size string) string {
	p, err1 := strconv.ParseFloat(strings.TrimSpace(pos), 64)
	s, err2 := strconv.ParseFloat(strings.TrimSpace(size), 64)
	if err1 != nil || err2 != nil {
		return strings.TrimSpace(pos)
	}
	return strconv.FormatFloat(p+s/2, 'f', -1, 64)
}

// isHexColour reports whether c is "#rrggbb" or "#rrggbbaa" in lower case.
func isHexColour(c string) bool {
	if len(c) != 7 && len(c) != 9 || c[0] != '#' {
		return false
	}
	for _, r := range c[1:] {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f') {
			return false
		}
	}
	return true
}

// defaults fills in the default values of keys for domain that attrs lack.
func (d *decoder) defaults(domain string, attrs map[string]string) error {
	for _, k := range d.cache.defaults[domain] {
		if _, ok := attrs[k.name]; ok {
			continue
		}
		if d.defaulted++; d.defaulted > maxDefaults {
			return d.r.Errorf("key defaults would add more than %d values: %w", maxDefaults, xmlio.ErrLimit)
		}
		attrs[k.name] = k.def
	}
	return nil
}

// gephiColour turns Gephi's integer r, g, b keys into viz.color.
func (d *decoder) gephiColour(attrs map[string]string) {
	var rgb [3]int
	for i, c := range []string{"r", "g", "b"} {
		if k := d.cache.rgb[c]; k == nil || (k.typ != "int" && k.typ != "long") {
			return
		}
		v, err := strconv.Atoi(attrs[c])
		if err != nil || v < 0 || v > 255 {
			return
		}
		rgb[i] = v
	}
	if _, ok := attrs["viz.color"]; ok {
		return
	}
	attrs["viz.color"] = fmt.Sprintf("#%02x%02x%02x", rgb[0], rgb[1], rgb[2])
	delete(attrs, "r")
	delete(attrs, "g")
	delete(attrs, "b")
}

func setIfAbsent(attrs map[string]string, k, v string) {
	if v == "" {
		return
	}
	if _, ok := attrs[k]; !ok {
		attrs[k] = v
	}
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
