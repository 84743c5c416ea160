// Package cyjs reads and writes Cytoscape JSON: the files Cytoscape
// desktop exports (".cyjs": "format_version", "generated_by", network
// "data" and "elements": {"nodes": [...], "edges": [...]}), the output of
// Cytoscape.js's cy.json(), and Cytoscape.js element arrays
// ([{"group": "nodes", "data": {...}, "position": {...}}, ...]).
//
// Mapping onto Dossier's model:
//   - Every member of an element's "data" is kept as an attribute, except
//     "id" (and an edge's "source" and "target"): nested objects become
//     dotted keys, arrays JSON text, nulls are dropped, numbers keep the
//     file's spelling, and strings holding JSON stay text. Numeric ids
//     (Cytoscape's SUIDs) become their decimal text.
//   - A node's label is data "label", else "name", else "shared_name",
//     else its id; the member it came from is not kept twice.
//   - "position" becomes attributes x and y (the file's units; y grows
//     downwards as on screen). A data member x or y that differs from the
//     position is kept as data.x or data.y.
//   - A compound node's data "parent" becomes the attribute "cy.parent"
//     (a parent missing from the file is reported as a warning), and
//     "classes" the attribute "cy.classes". Selection and lock flags,
//     styles and other view state are not kept.
//   - Edges are directed (Cytoscape keeps source and target) unless their
//     data says "directed": false or the file's top level does (as
//     networkx's cytoscape_data writes it); their kind
//     comes from a data "kind" naming a Dossier edge kind, else it is
//     "related"; "interaction" is kept as an attribute unless it repeats
//     that kind. The network's "data" becomes graph attributes; the
//     export's header (format_version, generated_by) says nothing about
//     the graph and is not kept.
//
// Problems are reported with the file, line:column and JSON path
// ($.elements.nodes[3].data.id); files over MaxSize, nesting deeper than
// 256 levels, strings over 64 MB, duplicate ids and edges to missing nodes
// are refused.
package cyjs

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/jsontree"
	"dossier/graphmodel/formats/interop"
)

// Format facts.
const (
	FormatName = "cyjs"
	// MaxSize bounds the files Decode reads.
	MaxSize = 512 << 20
)

// Attribute keys the importer adds.
const (
	AttrParent  = "cy.parent"
	AttrClasses = "cy.classes"
	AttrX       = "x"
	AttrY       = "y"
	// AttrInteraction is Cytoscape's edge type.
	AttrInteraction = "interaction"
)

// Decode reads a Cytoscape JSON file; name is used in errors.
func Decode(r io.Reader, name string) (*graphmodel.Graph, error) {
	g, _, err := DecodeWithWarnings(r, name)
	return g, err
}

// DecodeWithWarnings reads a Cytoscape JSON file and also returns what the
// import changed or left out (generated ids, missing compound parents,
// ...).
func DecodeWithWarnings(r io.Reader, name string) (*graphmodel.Graph, []string, error) {
	doc, err := jsontree.Read(r, name, MaxSize, jsontree.Limits{})
	if err != nil {
		return nil, nil, err
	}
	d := &decoder{doc: doc, b: interop.NewBuilder(FormatName), directed: true}
	if err := d.run(); err != nil {
		return nil, nil, err
	}
	g, err := d.b.Graph()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, d.warn.List(), nil
}

// element is a node or edge of the file.
type element struct {
	v    *jsontree.Value
	path *jsontree.Path
	data *jsontree.Value // may be nil
}

type decoder struct {
	doc  *jsontree.Doc
	b    *interop.Builder
	warn jsontree.Warnings

	nodes, edges []element
	directed     bool // the file's default: true unless a top-level "directed" says false
	nodeIDs      map[string]*jsontree.Path
	edgeIDs      map[string]*jsontree.Path
	next         int
}

func (d *decoder) errf(v *jsontree.Value, p *jsontree.Path, cause error, format string, a ...any) error {
	return d.doc.Errorf(v, p, cause, format, a...)
}

func (d *decoder) run() error {
	root := d.doc.Root
	var top *jsontree.Path
	switch root.Kind {
	case jsontree.Array: // Cytoscape.js element array
		if err := d.collect(root, top); err != nil {
			return err
		}
	case jsontree.Object:
		if dv := root.Get("directed"); dv != nil && dv.Kind != jsontree.Null {
			if dv.Kind != jsontree.Bool {
				return d.errf(dv, top.Key("directed"), nil, "expected true or false, found %s", dv.Kind)
			}
			d.directed = dv.Str == "true"
		}
		if err := d.graphAttrs(root, top); err != nil {
			return err
		}
		ev, p := root.Get("elements"), top.Key("elements")
		if ev == nil && (root.Get("nodes") != nil || root.Get("edges") != nil) {
			ev, p = root, top // {"nodes": [...], "edges": [...]} without the wrapper
		}
		if ev == nil {
			return d.errf(root, top, nil, `not a Cytoscape JSON file: no "elements" member`)
		}
		if err := d.collect(ev, p); err != nil {
			return err
		}
	default:
		return d.errf(root, top, nil, "expected a Cytoscape JSON object or an array of elements, found %s", root.Kind)
	}
	if err := d.scanIDs(); err != nil {
		return err
	}
	for _, el := range d.nodes {
		if err := d.addNode(el); err != nil {
			return err
		}
	}
	for _, el := range d.edges {
		if err := d.addEdge(el); err != nil {
			return err
		}
	}
	return nil
}

// graphAttrs turns the network's "data" and the export's header into graph
// attributes.
func (d *decoder) graphAttrs(root *jsontree.Value, top *jsontree.Path) error {
	attrs := map[string]string{}
	if dv := root.Get("data"); dv != nil && dv.Kind != jsontree.Null {
		if dv.Kind != jsontree.Object {
			return d.errf(dv, top.Key("data"), nil, "expected the network's data object, found %s", dv.Kind)
		}
		d.flatten("", dv, top.Key("data"), attrs)
	}
	if v, ok := attrs[interop.KeyDocuments]; ok {
		if err := d.b.SetGraphAttr(interop.KeyDocuments, v); err != nil {
			return d.errf(root.Get("data"), top.Key("data").Key(interop.KeyDocuments), err, "%v", err)
		}
		delete(attrs, interop.KeyDocuments)
	}
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		if k == interop.KeyFormat {
			d.warn.Add("network attribute %q left out: Dossier keeps the file's format there", k)
			continue
		}
		if err := d.b.SetGraphAttr(k, attrs[k]); err != nil {
			return d.errf(root, top, err, "network attribute %q: %v", k, err)
		}
	}
	return nil
}

func (d *decoder) flatten(key string, v *jsontree.Value, p *jsontree.Path, attrs map[string]string) {
	for _, k := range d.doc.Flatten(key, v, attrs) {
		d.warn.Add("%s: attribute %q given twice with different values; the first is kept", p, k)
	}
}

// collect sorts the elements of ev (an {"nodes", "edges"} object or an
// element array) into nodes and edges.
func (d *decoder) collect(ev *jsontree.Value, p *jsontree.Path) error {
	switch ev.Kind {
	case jsontree.Array:
		for i := range ev.Kids {
			v, vp := &ev.Kids[i], p.Index(i)
			el, err := d.element(v, vp)
			if err != nil {
				return err
			}
			group := ""
			if gv := v.Get("group"); gv != nil && gv.Kind != jsontree.Null {
				if gv.Kind != jsontree.String || (gv.Str != "nodes" && gv.Str != "edges") {
					return d.errf(gv, vp.Key("group"), nil, `expected "nodes" or "edges", found %s`, d.describe(gv))
				}
				group = gv.Str
			}
			if group == "" && el.data != nil && (el.data.Get("source") != nil || el.data.Get("target") != nil) {
				group = "edges" // as Cytoscape.js infers it
			}
			if group == "edges" {
				d.edges = append(d.edges, el)
			} else {
				d.nodes = append(d.nodes, el)
			}
		}
		return nil
	case jsontree.Object:
		for _, group := range []string{"nodes", "edges"} {
			lv, lp := ev.Get(group), p.Key(group)
			if lv == nil || lv.Kind == jsontree.Null {
				continue
			}
			if lv.Kind != jsontree.Array {
				return d.errf(lv, lp, nil, "expected an array of %s, found %s", group, lv.Kind)
			}
			for i := range lv.Kids {
				el, err := d.element(&lv.Kids[i], lp.Index(i))
				if err != nil {
					return err
				}
				if group == "nodes" {
					d.nodes = append(d.nodes, el)
				} else {
					d.edges = append(d.edges, el)
				}
			}
		}
		return nil
	default:
		return d.errf(ev, p, nil, `expected elements as {"nodes": [...], "edges": [...]} or an array, found %s`, ev.Kind)
	}
}

func (d *decoder) element(v *jsontree.Value, p *jsontree.Path) (element, error) {
	if v.Kind != jsontree.Object {
		return element{}, d.errf(v, p, nil, "expected an element object, found %s", v.Kind)
	}
	el := element{v: v, path: p, data: v.Get("data")}
	if el.data != nil {
		switch el.data.Kind {
		case jsontree.Null:
			el.data = nil
		case jsontree.Object:
		default:
			return element{}, d.errf(el.data, p.Key("data"), nil, "expected a data object, found %s", el.data.Kind)
		}
	}
	return el, nil
}

func (d *decoder) describe(v *jsontree.Value) string {
	if v.Kind == jsontree.String {
		return strconv.Quote(v.Str)
	}
	return v.Kind.String()
}

// id returns the id of an element ("" when it has none).
func (d *decoder) id(el element) (string, error) {
	iv := el.data.Get("id")
	if iv == nil || iv.Kind == jsontree.Null {
		return "", nil
	}
	id, ok := jsontree.ID(iv)
	if !ok {
		return "", d.errf(iv, el.path.Key("data").Key("id"), nil, "expected an id (string or number), found %s", iv.Kind)
	}
	return id, nil
}

// scanIDs checks node and edge ids for duplicates before anything is
// added, so generated ids can avoid them.
func (d *decoder) scanIDs() error {
	d.nodeIDs = map[string]*jsontree.Path{}
	d.edgeIDs = map[string]*jsontree.Path{}
	for _, set := range []struct {
		els  []element
		ids  map[string]*jsontree.Path
		what string
	}{{d.nodes, d.nodeIDs, "node"}, {d.edges, d.edgeIDs, "edge"}} {
		for _, el := range set.els {
			id, err := d.id(el)
			if err != nil {
				return err
			}
			if id == "" {
				continue
			}
			p := el.path.Key("data").Key("id")
			if first, dup := set.ids[id]; dup {
				return d.errf(el.data.Get("id"), p, graphmodel.ErrDuplicate, "duplicate %s id %q (first at %s)", set.what, id, first)
			}
			set.ids[id] = p
		}
	}
	return nil
}

// fileNode reports whether the file has a node with the given id (ids
// generated for nodes without one do not count: the file cannot mean
// them).
func (d *decoder) fileNode(id string) bool {
	p, ok := d.nodeIDs[id]
	return ok && p != nil
}

// fresh returns an id of the form prefixN that no element of the file
// uses.
func (d *decoder) fresh(prefix string, taken map[string]*jsontree.Path) string {
	for {
		d.next++
		id := prefix + strconv.Itoa(d.next)
		if _, ok := taken[id]; !ok {
			taken[id] = nil
			return id
		}
	}
}

// attrs flattens an element's data, leaving out the members in skip.
func (d *decoder) attrs(el element, skip ...string) map[string]string {
	attrs := map[string]string{}
	if el.data == nil {
		return attrs
	}
	p := el.path.Key("data")
	for i := range el.data.Kids {
		m := &el.data.Kids[i]
		if slices.Contains(skip, m.Key) {
			continue
		}
		d.flatten(m.Key, m, p, attrs)
	}
	// interop.Builder reserves "label" for the element's label: keep a
	// data label that is not the label under its escaped name.
	if v, ok := attrs[interop.KeyLabel]; ok {
		delete(attrs, interop.KeyLabel)
		if _, taken := attrs["attr."+interop.KeyLabel]; !taken {
			attrs["attr."+interop.KeyLabel] = v
		}
	}
	return attrs
}

func (d *decoder) addNode(el element) error {
	id, err := d.id(el)
	if err != nil {
		return err
	}
	if id == "" {
		id = d.fresh("n", d.nodeIDs)
		d.warn.Add("%s: node without an id, given the id %q", el.path, id)
	}
	label, labelKey := "", ""
	for _, k := range []string{"label", "name", "shared_name"} {
		if v := el.data.Get(k); v != nil && (v.Kind == jsontree.String || v.Kind == jsontree.Number) && v.Str != "" {
			label, labelKey = v.Str, k
			break
		}
	}
	skip := []string{"id", "parent"}
	if labelKey != "" {
		skip = append(skip, labelKey)
	}
	attrs := d.attrs(el, skip...)
	if pv := el.data.Get("parent"); pv != nil && pv.Kind != jsontree.Null {
		parent, ok := jsontree.ID(pv)
		if !ok {
			return d.errf(pv, el.path.Key("data").Key("parent"), nil, "expected a parent node id (string or number), found %s", pv.Kind)
		}
		if !d.fileNode(parent) {
			d.warn.Add("%s: parent %q is not a node of the file", el.path.Key("data").Key("parent"), parent)
		}
		attrs[AttrParent] = parent
	}
	if cv := el.v.Get("classes"); cv != nil {
		if classes := d.classes(cv); classes != "" {
			attrs[AttrClasses] = classes
		}
	}
	if err := d.position(el, attrs); err != nil {
		return err
	}
	if err := d.b.AddNode(id, label, attrs); err != nil {
		return d.errf(el.v, el.path, err, "%v", err)
	}
	return nil
}

// classes returns an element's classes as one space-separated string.
func (d *decoder) classes(cv *jsontree.Value) string {
	switch cv.Kind {
	case jsontree.String:
		return cv.Str
	case jsontree.Array:
		var out []string
		for i := range cv.Kids {
			if c := d.doc.Text(&cv.Kids[i]); c != "" {
				out = append(out, c)
			}
		}
		return strings.Join(out, " ")
	}
	return ""
}

// position stores a node's position as attributes x and y.
func (d *decoder) position(el element, attrs map[string]string) error {
	pv := el.v.Get("position")
	if pv == nil || pv.Kind == jsontree.Null {
		return nil
	}
	pp := el.path.Key("position")
	if pv.Kind != jsontree.Object {
		return d.errf(pv, pp, nil, "expected a position object with x and y, found %s", pv.Kind)
	}
	for _, k := range []string{AttrX, AttrY} {
		v := pv.Get(k)
		if v == nil || v.Kind == jsontree.Null {
			continue
		}
		if v.Kind != jsontree.Number {
			return d.errf(v, pp.Key(k), nil, "expected a number, found %s", v.Kind)
		}
		if old, ok := attrs[k]; ok && old != v.Str {
			attrs["data."+k] = old
		}
		attrs[k] = v.Str
	}
	return nil
}

func (d *decoder) addEdge(el element) error {
	p := el.path.Key("data")
	if el.data == nil {
		return d.errf(el.v, el.path, graphmodel.ErrInvalid, "edge without data (source and target)")
	}
	var ends [2]string
	for i, k := range []string{"source", "target"} {
		v := el.data.Get(k)
		if v == nil || v.Kind == jsontree.Null {
			return d.errf(el.data, p.Key(k), graphmodel.ErrInvalid, "edge without a %s", k)
		}
		id, ok := jsontree.ID(v)
		if !ok {
			return d.errf(v, p.Key(k), nil, "expected a node id (string or number), found %s", v.Kind)
		}
		if !d.fileNode(id) {
			return d.errf(v, p.Key(k), graphmodel.ErrNotFound, "no node with id %q", id)
		}
		ends[i] = id
	}
	id, err := d.id(el)
	if err != nil {
		return err
	}
	if id == "" {
		id = d.fresh("e", d.edgeIDs)
	}
	attrs := d.attrs(el, "id", "source", "target")
	if dv := el.data.Get("directed"); dv != nil && dv.Kind == jsontree.Bool {
		delete(attrs, "directed")
	}
	// An interaction that repeats the Dossier kind (as Dossier's own
	// export writes it) is not kept twice.
	if it, ok := attrs[AttrInteraction]; ok && it == first(attrs[interop.KeyDKind], attrs[interop.KeyKind]) {
		delete(attrs, AttrInteraction)
	}
	if cv := el.v.Get("classes"); cv != nil {
		if classes := d.classes(cv); classes != "" {
			attrs[AttrClasses] = classes
		}
	}
	directed := d.directed
	if dv := el.data.Get("directed"); dv != nil && dv.Kind == jsontree.Bool {
		directed = dv.Str == "true"
	}
	if err := d.b.AddEdge(id, ends[0], ends[1], directed, attrs); err != nil {
		return d.errf(el.v, el.path, err, "%v", err)
	}
	return nil
}

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
