// Package gexf reads GEXF files (1.1draft, 1.2draft, 1.3 and the old
// Gephi namespace http://www.gephi.org/gexf) and writes GEXF 1.3
// (https://gexf.net/).
//
// Decode streams the file token by token. It matches elements by local
// name whatever their namespace, so files with a malformed viz namespace
// (Gephi's Les Misérables sample declares "http:///www.gexf.net/1.1draft/viz")
// or an undeclared prefix read like any other. It understands
// <attributes class="node|edge"> with <default> values and every attribute
// type, list types included (liststring, listboolean, listfloat, ...):
// values written with "|", commas or as a bracketed list ("[a, 'b', "c"]")
// are kept as readable text, items joined by ", ". Values are matched with
// attvalue for= or the old attvalue id=. Viz data becomes attributes:
// position → x and y (the file's units), color → viz.color ("#rrggbb"),
// size → viz.size, shape → viz.shape, thickness → viz.thickness. An edge's
// weight, label and kind become attributes of those names; its type
// (directed, undirected, mutual) or the graph's defaultedgetype gives its
// direction (mutual counts as undirected). Dynamic graphs read as static:
// spells, start and end are ignored and the first value of an attribute
// wins. Hierarchical graphs are flattened: a node inside another node, or
// with a pid, keeps its parent's id in the attribute "parent". The meta
// creator, description, keywords and title become graph attributes.
//
// Input is limited to 512 MiB, 256 levels of nesting, 256 attributes per
// element and 64 MiB per value. Errors name the file and line:column.
package gexf

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
const Format = "gexf"

// Namespaces written by Encode.
const (
	Namespace    = "http://gexf.net/1.3"
	VizNamespace = "http://gexf.net/1.3/viz"
	// DossierNamespace holds Dossier's extension elements in <meta>: one
	// <dossier:attr name="..."> per graph attribute, the source documents
	// (name "dossier.documents", a JSON array) among them.
	DossierNamespace = "urn:dossier:gexf:1"
)

// Attribute names for viz data.
const (
	attrX         = "x"
	attrY         = "y"
	attrColor     = "viz.color"
	attrSize      = "viz.size"
	attrShape     = "viz.shape"
	attrThickness = "viz.thickness"
	attrParent    = "parent"
	attrWeight    = "weight"
	attrKind      = "kind"
	edgeLabelKey  = "attr.label" // the flat key of an edge's own "label" (interop)
)

// maxDefaults bounds the attribute values that defaults may add to a
// graph, so that many attributes with defaults times many nodes cannot
// exhaust memory.
const maxDefaults = 20_000_000

// Decode reads a GEXF file. name (the file name) prefixes errors.
func Decode(r io.Reader, name string) (*graphmodel.Graph, error) {
	g, _, err := decode(r, name, xmlio.DefaultLimits())
	return g, err
}

// DecodeWithWarnings is Decode that also says, in sentences for people,
// what the import changed (a dynamic graph read as static, a hierarchy
// flattened, mutual edges made undirected).
func DecodeWithWarnings(r io.Reader, name string) (*graphmodel.Graph, []string, error) {
	return decode(r, name, xmlio.DefaultLimits())
}

type attribute struct {
	id, title, typ string
	def            string
	hasDef         bool
}

// class is the attributes of one class (node or edge).
type class struct {
	byID     map[string]*attribute
	defaults []*attribute // those with a default, in file order
}

type decoder struct {
	r         *xmlio.Reader
	a         *xmlio.Assembler
	classes   map[string]*class
	defaulted int
	dynamic   bool // mode="dynamic", spells or time bounds seen
	nested    int  // nodes inside other nodes or with a pid
	mutual    int  // edges of type mutual
}

func decode(in io.Reader, name string, lim xmlio.Limits) (*graphmodel.Graph, []string, error) {
	d := &decoder{
		r: xmlio.NewReader(in, name, lim),
		a: xmlio.NewAssembler(name, Format),
		classes: map[string]*class{
			"node": {byID: map[string]*attribute{}},
			"edge": {byID: map[string]*attribute{}},
		},
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
	name := d.r.Name()
	if d.dynamic {
		w = append(w, name+": a dynamic graph was read as static: spells and time bounds are ignored and each attribute keeps its first value")
	}
	if d.nested > 0 {
		w = append(w, fmt.Sprintf("%s: flattened a hierarchy of %d nested nodes; each keeps its parent's id in the attribute %q", name, d.nested, attrParent))
	}
	if d.mutual > 0 {
		w = append(w, fmt.Sprintf("%s: %d mutual edges were read as undirected", name, d.mutual))
	}
	return w
}

func (d *decoder) document() error {
	if err := xmlio.ExpectRoot(d.r, "gexf", "GEXF"); err != nil {
		return err
	}
	graphs := 0
	err := d.r.Children(func(c xml.StartElement) error {
		switch c.Name.Local {
		case "meta":
			return d.meta()
		case "graph":
			graphs++
			return d.graph(c)
		}
		return d.r.Skip()
	})
	if err != nil {
		return err
	}
	if graphs == 0 {
		return d.r.Errorf("no <graph> element: %w", xmlio.ErrSyntax)
	}
	return xmlio.End(d.r)
}

// meta reads GEXF's creator, description, keywords and title, and
// Dossier's own graph attributes, into graph attributes.
func (d *decoder) meta() error {
	return d.r.Children(func(c xml.StartElement) error {
		pos := d.r.Pos()
		key := strings.ToLower(c.Name.Local)
		switch {
		case c.Name.Space == DossierNamespace && key == "attr":
			key = xmlio.AttrOr(c, "name", "")
		case c.Name.Space == DossierNamespace:
			return d.r.Skip()
		case key != "creator" && key != "description" && key != "keywords" && key != "title":
			return d.r.Skip()
		}
		v, err := d.r.Text()
		if err != nil || key == "" {
			return err
		}
		if err := d.a.GraphAttr(key, v); err != nil {
			return d.r.ErrorfAt(pos, "%w", err)
		}
		return nil
	})
}

func (d *decoder) graph(e xml.StartElement) error {
	directed := directedType(xmlio.AttrOr(e, "defaultedgetype", "directed"), true)
	d.noteTime(e)
	if strings.EqualFold(strings.TrimSpace(xmlio.AttrOr(e, "mode", "")), "dynamic") {
		d.dynamic = true
	}
	return d.r.Children(func(c xml.StartElement) error {
		switch c.Name.Local {
		case "attributes":
			return d.attributes(c)
		case "nodes":
			return d.r.Each("node", func(n xml.StartElement) error { return d.node(n, "") })
		case "edges":
			return d.r.Each("edge", func(e xml.StartElement) error { return d.edge(e, directed) })
		}
		return d.r.Skip()
	})
}

// noteTime notes time bounds on an element of a dynamic graph.
func (d *decoder) noteTime(e xml.StartElement) {
	for _, a := range []string{"start", "end", "startopen", "endopen", "timestamp", "timestamps"} {
		if _, ok := xmlio.Attr(e, a); ok {
			d.dynamic = true
		}
	}
}

// directedType tells whether an edge type means a directed edge.
func directedType(t string, def bool) bool {
	switch strings.ToLower(strings.TrimSpace(t)) {
	case "undirected", "mutual":
		return false
	case "directed":
		return true
	}
	return def
}

func (d *decoder) attributes(e xml.StartElement) error {
	c := d.classes[strings.ToLower(strings.TrimSpace(xmlio.AttrOr(e, "class", "node")))]
	if c == nil {
		return d.r.Skip() // a class Dossier has no place for
	}
	return d.r.Each("attribute", func(a xml.StartElement) error { return d.attribute(a, c) })
}

func (d *decoder) attribute(e xml.StartElement, c *class) error {
	a := &attribute{
		id:    xmlio.AttrOr(e, "id", ""),
		title: xmlio.AttrOr(e, "title", ""),
		typ:   strings.ToLower(strings.TrimSpace(xmlio.AttrOr(e, "type", "string"))),
	}
	if a.title == "" {
		a.title = a.id
	}
	if _, dup := c.byID[a.id]; dup {
		return d.r.Errorf("attribute id %q declared twice: %w", a.id, graphmodel.ErrDuplicate)
	}
	err := d.r.Each("default", func(xml.StartElement) error {
		v, err := d.r.Text()
		a.def, a.hasDef = a.value(v), true
		return err
	})
	if err != nil {
		return err
	}
	c.byID[a.id] = a
	if a.hasDef && a.title != "" {
		c.defaults = append(c.defaults, a)
	}
	return nil
}

// value normalises a value by its attribute's type: strings are kept
// exactly, lists become readable text, everything else is trimmed.
func (a *attribute) value(v string) string {
	switch {
	case a == nil || a.typ == "string" || a.typ == "":
		return v
	case strings.HasPrefix(a.typ, "list"):
		return strings.Join(listItems(v), ", ")
	}
	return strings.TrimSpace(v)
}

func (d *decoder) node(e xml.StartElement, parent string) error {
	pos := d.r.Pos()
	id, _ := xmlio.Attr(e, "id")
	if id == "" {
		return d.r.Errorf("<node> without an id: %w", xmlio.ErrSyntax)
	}
	label := xmlio.AttrOr(e, "label", "")
	d.noteTime(e)
	attrs := map[string]string{}
	viz := map[string]string{}
	err := d.r.Children(func(c xml.StartElement) error {
		switch c.Name.Local {
		case "attvalues":
			return d.attvalues(d.classes["node"], attrs)
		case "nodes": // a hierarchy
			return d.r.Each("node", func(n xml.StartElement) error { return d.node(n, id) })
		}
		return d.viz(c, viz)
	})
	if err != nil {
		return err
	}
	if err := d.defaults(d.classes["node"], attrs); err != nil {
		return err
	}
	for k, v := range viz {
		attrs[k] = v
	}
	if pid := xmlio.AttrOr(e, "pid", parent); pid != "" {
		d.nested++
		if _, ok := attrs[attrParent]; !ok {
			attrs[attrParent] = pid
		}
	}
	if label == "" {
		label = attrs["label"] // an attribute titled label stands in for a missing one
	}
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
	typ := xmlio.AttrOr(e, "type", "")
	directed := directedType(typ, directedDefault)
	if strings.EqualFold(strings.TrimSpace(typ), "mutual") {
		d.mutual++
	}
	d.noteTime(e)
	attrs := map[string]string{}
	viz := map[string]string{}
	err := d.r.Children(func(c xml.StartElement) error {
		if c.Name.Local == "attvalues" {
			return d.attvalues(d.classes["edge"], attrs)
		}
		return d.viz(c, viz)
	})
	if err != nil {
		return err
	}
	if err := d.defaults(d.classes["edge"], attrs); err != nil {
		return err
	}
	for k, v := range viz {
		attrs[k] = v
	}
	// The XML attributes win over attvalues of the same name.
	for _, x := range [...][2]string{{"weight", attrWeight}, {"kind", attrKind}, {"label", edgeLabelKey}} {
		if v, ok := xmlio.Attr(e, x[0]); ok {
			attrs[x[1]] = v
		}
	}
	if v, ok := attrs["label"]; ok {
		if _, taken := attrs[edgeLabelKey]; !taken {
			attrs[edgeLabelKey] = v
		}
		delete(attrs, "label")
	}
	if err := d.a.Edge(pos, id, src, dst, directed, attrs); err != nil {
		return d.r.ErrorfAt(pos, "%w", err)
	}
	return nil
}

// attvalues reads <attvalue for|id="..." value="..."/> elements into attrs
// under their attribute's title. The first value of an attribute wins.
func (d *decoder) attvalues(c *class, attrs map[string]string) error {
	return d.r.Each("attvalue", func(v xml.StartElement) error {
		d.noteTime(v)
		ref, ok := xmlio.Attr(v, "for")
		if !ok {
			ref = xmlio.AttrOr(v, "id", "")
		}
		a := c.byID[ref]
		name := ref
		if a != nil {
			name = a.title
		}
		if _, dup := attrs[name]; !dup && name != "" {
			attrs[name] = a.value(xmlio.AttrOr(v, "value", ""))
		}
		return d.r.Skip()
	})
}

// defaults fills in the default values that attrs lack.
func (d *decoder) defaults(c *class, attrs map[string]string) error {
	for _, a := range c.defaults {
		if _, ok := attrs[a.title]; ok {
			continue
		}
		if d.defaulted++; d.defaulted > maxDefaults {
			return d.r.Errorf("attribute defaults would add more than %d values: %w", maxDefaults, xmlio.ErrLimit)
		}
		attrs[a.title] = a.def
	}
	return nil
}

// viz reads a viz element (matched by local name, whatever its namespace)
// into attributes; other elements (spells, parents, ...) are skipped.
func (d *decoder) viz(e xml.StartElement, out map[string]string) error {
	if e.Name.Local == "spells" {
		d.dynamic = true
	}
	val := func(k string) string { return strings.TrimSpace(xmlio.AttrOr(e, k, "")) }
	switch e.Name.Local {
	case "position":
		setIf(out, attrX, val("x"))
		setIf(out, attrY, val("y"))
	case "color":
		if c, ok := colour(e); ok {
			out[attrColor] = c
		}
	case "size":
		setIf(out, attrSize, val("value"))
	case "shape":
		setIf(out, attrShape, val("value"))
	case "thickness":
		setIf(out, attrThickness, val("value"))
	}
	return d.r.Skip()
}

// colour reads r, g, b (or, in GEXF 1.3, hex) as "#rrggbb".
func colour(e xml.StartElement) (string, bool) {
	if h := strings.ToLower(strings.TrimSpace(xmlio.AttrOr(e, "hex", ""))); h != "" {
		h = strings.TrimPrefix(h, "#")
		if len(h) == 3 {
			h = string([]byte{h[0], h[0], h[1], h[1], h[2], h[2]})
		}
		if _, err := strconv.ParseUint(h, 16, 32); err == nil && len(h) == 6 {
			return "#" + h, true
		}
	}
	var rgb [3]int
	for i, k := range []string{"r", "g", "b"} {
		v, err := strconv.Atoi(strings.TrimSpace(xmlio.AttrOr(e, k, "")))
		if err != nil || v < 0 || v > 255 {
			return "", false
		}
		rgb[i] = v
	}
	return fmt.Sprintf("#%02x%02x%02x", rgb[0], rgb[1], rgb[2]), true
}

func setIf(m map[string]string, k, v string) {
	if v != "" {
		m[k] = v
	}
}
