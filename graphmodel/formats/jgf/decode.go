// Package jgf reads and writes the JSON Graph Format (jsongraphformat.info),
// versions 1 and 2.
//
// Reading accepts a single "graph" or a "graphs" array; nodes as an array
// of objects with ids (version 1) or as an object keyed by id (version 2);
// edges with "relation", "directed" (falling back to the graph's
// "directed", then to true), "label" and "metadata"; and hyperedges.
//
// Mapping onto Dossier's model:
//   - A node's "metadata" is flattened into node attributes: nested
//     objects become dotted keys ("address.city"), arrays are kept as JSON
//     text, null values are dropped. Other fields besides id, label and
//     metadata (such as version 1's "type") are kept the same way. A
//     "kind" or "type" naming a Dossier kind or type makes an actor, venue,
//     … (see interop.Builder); everything else is an entity.
//   - An edge keeps "relation" and "label" as attributes, plus its
//     flattened metadata; its kind comes from a metadata "kind" naming a
//     Dossier edge kind, else it is "related". A "relation" equal to that
//     kind is not kept twice.
//   - Graph "id", "label", "type" and flattened "metadata" become graph
//     attributes.
//   - A file with several graphs is imported whole, into one Dossier
//     graph: every node and edge gets the attribute "jgf.graph" naming its
//     graph (its id, else "graph-N"; the N-th graph repeating an
//     earlier graph's id is "id#N"), graph fields become attributes
//     prefixed "<graph>.", and node or edge ids that occur in more than one
//     graph are prefixed "<graph>/" in each (the original id is kept as
//     "jgf.id"), so graphs that share ids stay apart.
//   - Hyperedges (JGF 2.1) cannot be Dossier edges, which join two nodes:
//     each becomes a hub node of type "hyperedge" joined to its members —
//     undirected for "nodes", source → hub → target for "source"/"target" —
//     and the import says so in a warning.
//
// Problems are reported with the file, line:column and JSON path
// ($.graph.edges[3].target); files over MaxSize, nesting deeper than 256
// levels, strings over 64 MB, duplicate node or edge ids and edges to
// missing nodes are refused.
package jgf

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/jsontree"
	"dossier/graphmodel/formats/interop"
)

// Format facts.
const (
	FormatName = "jgf"
	// MaxSize bounds the files Decode reads.
	MaxSize = 512 << 20
	// HyperedgeType is the type of the hub nodes hyperedges become.
	HyperedgeType = "hyperedge"
)

// Attribute keys the importer adds.
const (
	AttrGraph    = "jgf.graph"  // the graph a node or edge came from, in files with several
	AttrGraphs   = "jgf.graphs" // graph attribute: the graphs of such a file, a JSON array of their keys
	AttrID       = "jgf.id"     // a node's or edge's id in the file, when it had to be prefixed
	AttrRole     = "jgf.role"   // hyperedge edges: member, source or target
	AttrRelation = "relation"
	AttrLabel    = "label"
)

// Decode reads a JSON Graph Format file; name is used in errors.
func Decode(r io.Reader, name string) (*graphmodel.Graph, error) {
	g, _, err := DecodeWithWarnings(r, name)
	return g, err
}

// DecodeWithWarnings reads a JSON Graph Format file and also returns what
// the import changed or left out (hyperedges expanded, duplicate
// attribute keys, ...).
func DecodeWithWarnings(r io.Reader, name string) (*graphmodel.Graph, []string, error) {
	doc, err := jsontree.Read(r, name, MaxSize, jsontree.Limits{})
	if err != nil {
		return nil, nil, err
	}
	d := &decoder{doc: doc, b: interop.NewBuilder(FormatName)}
	if err := d.run(); err != nil {
		return nil, nil, err
	}
	g, err := d.b.Graph()
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	return g, d.warn.List(), nil
}

type decoder struct {
	doc  *jsontree.Doc
	b    *interop.Builder
	warn jsontree.Warnings

	graphs   []*graphInfo
	multi    bool
	edgeUse  map[string]int  // explicit edge id → number of graphs using it
	edgeIDs  map[string]bool // explicit edge ids as in the Dossier graph
	nextEdge int
	hubs     int
}

// graphInfo is one graph of the file and what the first pass learnt of it.
type graphInfo struct {
	v        *jsontree.Value
	path     *jsontree.Path
	key      string // id, or graph-N
	directed bool
	nodes    []nodeRef
	final    map[string]string // node id in the file → id in the Dossier graph
}

type nodeRef struct {
	id   string
	v    *jsontree.Value // the node object (nil or null for "id": {} style)
	path *jsontree.Path
}

func (d *decoder) errf(v *jsontree.Value, p *jsontree.Path, cause error, format string, a ...any) error {
	return d.doc.Errorf(v, p, cause, format, a...)
}

func (d *decoder) run() error {
	root := d.doc.Root
	var top *jsontree.Path
	if root.Kind != jsontree.Object {
		return d.errf(root, top, nil, `expected a JSON Graph Format object with "graph" or "graphs", found %s`, root.Kind)
	}
	gv, gsv := root.Get("graph"), root.Get("graphs")
	switch {
	case gv != nil && gsv != nil:
		return d.errf(gsv, top.Key("graphs"), nil, `a file holds either "graph" or "graphs", not both`)
	case gv != nil:
		if gv.Kind != jsontree.Object {
			return d.errf(gv, top.Key("graph"), nil, "expected a graph object, found %s", gv.Kind)
		}
		d.graphs = []*graphInfo{{v: gv, path: top.Key("graph")}}
	case gsv != nil:
		if gsv.Kind != jsontree.Array {
			return d.errf(gsv, top.Key("graphs"), nil, "expected an array of graphs, found %s", gsv.Kind)
		}
		for i := range gsv.Kids {
			v, p := &gsv.Kids[i], top.Key("graphs").Index(i)
			if v.Kind != jsontree.Object {
				return d.errf(v, p, nil, "expected a graph object, found %s", v.Kind)
			}
			d.graphs = append(d.graphs, &graphInfo{v: v, path: p})
		}
		d.multi = len(d.graphs) > 1
	default:
		return d.errf(root, top, nil, `not a JSON Graph Format file: no "graph" or "graphs" member`)
	}
	if err := d.scan(); err != nil {
		return err
	}
	for _, gi := range d.graphs {
		if err := d.graphAttrs(gi); err != nil {
			return err
		}
	}
	if d.multi {
		if err := d.b.SetGraphAttr(AttrGraphs, d.graphKeysJSON()); err != nil {
			return err
		}
	}
	for _, gi := range d.graphs {
		if err := d.addNodes(gi); err != nil {
			return err
		}
	}
	for _, gi := range d.graphs {
		if err := d.addEdges(gi); err != nil {
			return err
		}
	}
	for _, gi := range d.graphs {
		if err := d.addHyperedges(gi); err != nil {
			return err
		}
	}
	switch {
	case d.hubs == 1:
		d.warn.Add("1 hyperedge became a hub node of type %q joined to its members (Dossier edges join two nodes)", HyperedgeType)
	case d.hubs > 1:
		d.warn.Add("%d hyperedges became hub nodes of type %q joined to their members (Dossier edges join two nodes)", d.hubs, HyperedgeType)
	}
	return nil
}

// scan is the first pass: graph keys and directedness, node ids (refusing
// duplicates) and explicit edge ids, and the ids that need a prefix
// because several graphs use them.
func (d *decoder) scan() error {
	keys := map[string]bool{}
	nodeGraphs := map[string]int{} // node id → number of graphs using it
	edgeGraphs := map[string]int{}
	for i, gi := range d.graphs {
		gi.key = fmt.Sprintf("graph-%d", i+1)
		if v := gi.v.Get("id"); v != nil && v.Kind != jsontree.Null {
			id, ok := jsontree.ID(v)
			if !ok {
				return d.errf(v, gi.path.Key("id"), nil, "expected a graph id (string or number), found %s", v.Kind)
			}
			switch {
			case id == "":
			case !keys[id]:
				gi.key = id
			default:
				gi.key = fmt.Sprintf("%s#%d", id, i+1)
			}
		}
		for keys[gi.key] { // only for ids made to collide with the ones above
			gi.key += "'"
		}
		keys[gi.key] = true

		gi.directed = true
		if v := gi.v.Get("directed"); v != nil && v.Kind != jsontree.Null {
			if v.Kind != jsontree.Bool {
				return d.errf(v, gi.path.Key("directed"), nil, "expected true or false, found %s", v.Kind)
			}
			gi.directed = v.Str == "true"
		}

		if err := d.scanNodes(gi); err != nil {
			return err
		}
		for _, n := range gi.nodes {
			nodeGraphs[n.id]++
		}
		ids, err := d.scanEdgeIDs(gi)
		if err != nil {
			return err
		}
		for id := range ids {
			edgeGraphs[id]++
		}
	}

	final := map[string]string{} // node id in the Dossier graph → key of the graph that took it
	for _, gi := range d.graphs {
		gi.final = make(map[string]string, len(gi.nodes))
		for _, n := range gi.nodes {
			id := n.id
			if nodeGraphs[id] > 1 {
				id = gi.key + "/" + n.id
			}
			if other, taken := final[id]; taken {
				return d.errf(n.v, n.path, graphmodel.ErrDuplicate, "node id %q of graph %q is also the prefixed id of a node of graph %q", id, gi.key, other)
			}
			final[id] = gi.key
			gi.final[n.id] = id
		}
	}
	d.edgeUse = edgeGraphs
	d.edgeIDs = map[string]bool{}
	for _, gi := range d.graphs {
		ids, _ := d.scanEdgeIDs(gi)
		for id, p := range ids {
			fid := d.edgeID(gi, id)
			if d.edgeIDs[fid] {
				return d.errf(nil, p, graphmodel.ErrDuplicate, "edge id %q of graph %q is also the prefixed id of another edge", fid, gi.key)
			}
			d.edgeIDs[fid] = true
		}
	}
	return nil
}

// edgeID is the Dossier id of the explicit edge id of graph gi.
func (d *decoder) edgeID(gi *graphInfo, id string) string {
	if d.edgeUse[id] > 1 {
		return gi.key + "/" + id
	}
	return id
}

// freshEdgeID returns an edge id that no explicit id of the file uses.
func (d *decoder) freshEdgeID() string {
	for {
		d.nextEdge++
		id := "e" + strconv.Itoa(d.nextEdge)
		if !d.edgeIDs[id] {
			return id
		}
	}
}

// scanNodes lists the nodes of gi, refusing duplicate ids.
func (d *decoder) scanNodes(gi *graphInfo) error {
	nv := gi.v.Get("nodes")
	p := gi.path.Key("nodes")
	if nv == nil || nv.Kind == jsontree.Null {
		return nil
	}
	seen := map[string]*jsontree.Path{}
	add := func(id string, v *jsontree.Value, vp *jsontree.Path) error {
		if id == "" {
			return d.errf(v, vp, graphmodel.ErrInvalid, "empty node id")
		}
		if first, dup := seen[id]; dup {
			return d.errf(v, vp, graphmodel.ErrDuplicate, "duplicate node id %q (first at %s)", id, first)
		}
		seen[id] = vp
		gi.nodes = append(gi.nodes, nodeRef{id: id, v: v, path: vp})
		return nil
	}
	switch nv.Kind {
	case jsontree.Object: // version 2: keyed by id
		for i := range nv.Kids {
			v := &nv.Kids[i]
			vp := p.Key(v.Key)
			if v.Kind != jsontree.Object && v.Kind != jsontree.Null {
				return d.errf(v, vp, nil, "expected a node object, found %s", v.Kind)
			}
			if err := add(v.Key, v, vp); err != nil {
				return err
			}
		}
	case jsontree.Array: // version 1: objects with ids
		for i := range nv.Kids {
			v := &nv.Kids[i]
			vp := p.Index(i)
			if v.Kind != jsontree.Object {
				return d.errf(v, vp, nil, "expected a node object, found %s", v.Kind)
			}
			idv := v.Get("id")
			if idv == nil {
				return d.errf(v, vp, graphmodel.ErrInvalid, "node without an id")
			}
			id, ok := jsontree.ID(idv)
			if !ok {
				return d.errf(idv, vp.Key("id"), nil, "expected a node id (string or number), found %s", idv.Kind)
			}
			if err := add(id, v, vp); err != nil {
				return err
			}
		}
	default:
		return d.errf(nv, p, nil, "expected nodes as an object keyed by id or an array, found %s", nv.Kind)
	}
	return nil
}

// scanEdgeIDs returns the explicit edge ids of gi with their paths,
// refusing duplicates and malformed edge lists.
func (d *decoder) scanEdgeIDs(gi *graphInfo) (map[string]*jsontree.Path, error) {
	ids := map[string]*jsontree.Path{}
	ev := gi.v.Get("edges")
	p := gi.path.Key("edges")
	if ev == nil || ev.Kind == jsontree.Null {
		return ids, nil
	}
	if ev.Kind != jsontree.Array {
		return nil, d.errf(ev, p, nil, "expected an array of edges, found %s", ev.Kind)
	}
	for i := range ev.Kids {
		v, vp := &ev.Kids[i], p.Index(i)
		if v.Kind != jsontree.Object {
			return nil, d.errf(v, vp, nil, "expected an edge object, found %s", v.Kind)
		}
		idv := v.Get("id")
		if idv == nil || idv.Kind == jsontree.Null {
			continue
		}
		id, ok := jsontree.ID(idv)
		if !ok {
			return nil, d.errf(idv, vp.Key("id"), nil, "expected an edge id (string or number), found %s", idv.Kind)
		}
		if id == "" {
			continue
		}
		if first, dup := ids[id]; dup {
			return nil, d.errf(idv, vp.Key("id"), graphmodel.ErrDuplicate, "duplicate edge id %q (first at %s)", id, first)
		}
		ids[id] = vp.Key("id")
	}
	return ids, nil
}

// graphAttrs sets the graph-level attributes of gi.
func (d *decoder) graphAttrs(gi *graphInfo) error {
	attrs := map[string]string{}
	for _, k := range []string{"id", "label", "type"} {
		if v := gi.v.Get(k); v != nil {
			if v.Kind == jsontree.Array || v.Kind == jsontree.Object {
				return d.errf(v, gi.path.Key(k), nil, "expected text, found %s", v.Kind)
			}
			attrs[k] = d.doc.Text(v)
		}
	}
	if mv := gi.v.Get("metadata"); mv != nil {
		if err := d.flattenMeta(mv, gi.path.Key("metadata"), attrs); err != nil {
			return err
		}
	}
	if d.multi {
		prefixed := make(map[string]string, len(attrs))
		for k, v := range attrs {
			if k == interop.KeyDocuments {
				prefixed[k] = v // documents are shared by all graphs
			} else {
				prefixed[gi.key+"."+k] = v
			}
		}
		attrs = prefixed
	}
	// Documents first: nodes and edges point into them.
	if v, ok := attrs[interop.KeyDocuments]; ok {
		if err := d.b.SetGraphAttr(interop.KeyDocuments, v); err != nil {
			return d.errf(gi.v.Get("metadata"), gi.path.Key("metadata").Key(interop.KeyDocuments), err, "%v", err)
		}
		delete(attrs, interop.KeyDocuments)
	}
	for _, k := range sortedKeys(attrs) {
		if k == interop.KeyFormat {
			d.warn.Add("graph attribute %q left out: Dossier keeps the file's format there", k)
			continue
		}
		if err := d.b.SetGraphAttr(k, attrs[k]); err != nil {
			return d.errf(gi.v, gi.path, err, "graph attribute %q: %v", k, err)
		}
	}
	return nil
}

func (d *decoder) graphKeysJSON() string {
	keys := make([]string, len(d.graphs))
	for i, gi := range d.graphs {
		keys[i] = gi.key
	}
	b, _ := json.Marshal(keys) // a slice of strings always marshals
	return string(b)
}

// flattenMeta flattens a metadata object into attrs, warning about keys
// that end up the same.
func (d *decoder) flattenMeta(mv *jsontree.Value, p *jsontree.Path, attrs map[string]string) error {
	switch mv.Kind {
	case jsontree.Null:
		return nil
	case jsontree.Object:
		for _, k := range d.doc.Flatten("", mv, attrs) {
			d.warn.Add("%s: attribute %q given twice with different values; the first is kept", p, k)
		}
		return nil
	default:
		return d.errf(mv, p, nil, "expected a metadata object, found %s", mv.Kind)
	}
}

// elementAttrs collects a node's or edge's attributes: its metadata and
// any field not in skip, flattened.
func (d *decoder) elementAttrs(v *jsontree.Value, p *jsontree.Path, skip ...string) (map[string]string, error) {
	attrs := map[string]string{}
	if v == nil || v.Kind != jsontree.Object {
		return attrs, nil
	}
	defer keepLabel(attrs)
	if mv := v.Get("metadata"); mv != nil {
		if err := d.flattenMeta(mv, p.Key("metadata"), attrs); err != nil {
			return nil, err
		}
	}
outer:
	for i := range v.Kids {
		f := &v.Kids[i]
		if f.Key == "metadata" {
			continue
		}
		for _, s := range skip {
			if f.Key == s {
				continue outer
			}
		}
		for _, k := range d.doc.Flatten(f.Key, f, attrs) {
			d.warn.Add("%s: attribute %q given twice with different values; the first is kept", p, k)
		}
	}
	return attrs, nil
}

func (d *decoder) text(v *jsontree.Value, p *jsontree.Path) (string, error) {
	if v == nil {
		return "", nil
	}
	if v.Kind == jsontree.Array || v.Kind == jsontree.Object {
		return "", d.errf(v, p, nil, "expected text, found %s", v.Kind)
	}
	return d.doc.Text(v), nil
}

func (d *decoder) addNodes(gi *graphInfo) error {
	for _, n := range gi.nodes {
		attrs, err := d.elementAttrs(n.v, n.path, "id", "label")
		if err != nil {
			return err
		}
		label, err := d.text(n.v.Get("label"), n.path.Key("label"))
		if err != nil {
			return err
		}
		id := gi.final[n.id]
		if d.multi {
			attrs[AttrGraph] = gi.key
		}
		if id != n.id {
			attrs[AttrID] = n.id
		}
		if err := d.b.AddNode(id, label, attrs); err != nil {
			return d.errf(n.v, n.path, err, "%v", err)
		}
	}
	return nil
}

// endpoint resolves an edge end to the Dossier id of a node of gi.
func (d *decoder) endpoint(gi *graphInfo, v *jsontree.Value, p *jsontree.Path, what string) (string, error) {
	if v == nil || v.Kind == jsontree.Null {
		return "", d.errf(v, p, graphmodel.ErrInvalid, "missing %s", what)
	}
	id, ok := jsontree.ID(v)
	if !ok {
		return "", d.errf(v, p, nil, "expected a node id (string or number), found %s", v.Kind)
	}
	fid, ok := gi.final[id]
	if !ok {
		return "", d.errf(v, p, graphmodel.ErrNotFound, "no node with id %q in graph %q", id, gi.key)
	}
	return fid, nil
}

func (d *decoder) directed(gi *graphInfo, v *jsontree.Value, p *jsontree.Path) (bool, error) {
	dv := v.Get("directed")
	if dv == nil || dv.Kind == jsontree.Null {
		return gi.directed, nil
	}
	if dv.Kind != jsontree.Bool {
		return false, d.errf(dv, p.Key("directed"), nil, "expected true or false, found %s", dv.Kind)
	}
	return dv.Str == "true", nil
}

func (d *decoder) addEdges(gi *graphInfo) error {
	ev := gi.v.Get("edges")
	if ev == nil || ev.Kind != jsontree.Array {
		return nil
	}
	p := gi.path.Key("edges")
	for i := range ev.Kids {
		v, vp := &ev.Kids[i], p.Index(i)
		src, err := d.endpoint(gi, v.Get("source"), vp.Key("source"), "source")
		if err != nil {
			return err
		}
		dst, err := d.endpoint(gi, v.Get("target"), vp.Key("target"), "target")
		if err != nil {
			return err
		}
		directed, err := d.directed(gi, v, vp)
		if err != nil {
			return err
		}
		for _, k := range []string{AttrRelation, AttrLabel} {
			if _, err := d.text(v.Get(k), vp.Key(k)); err != nil {
				return err
			}
		}
		attrs, err := d.elementAttrs(v, vp, "id", "source", "target", "directed")
		if err != nil {
			return err
		}
		// A relation that repeats the Dossier kind given in the metadata
		// (as Dossier's own export writes it) is not kept twice.
		if rel, ok := attrs[AttrRelation]; ok && rel == first(attrs[interop.KeyDKind], attrs[interop.KeyKind]) {
			delete(attrs, AttrRelation)
		}
		id := ""
		if idv := v.Get("id"); idv != nil {
			if raw, _ := jsontree.ID(idv); raw != "" {
				id = d.edgeID(gi, raw)
				if id != raw {
					attrs[AttrID] = raw
				}
			}
		}
		if id == "" {
			id = d.freshEdgeID()
		}
		if d.multi {
			attrs[AttrGraph] = gi.key
		}
		if err := d.b.AddEdge(id, src, dst, directed, attrs); err != nil {
			return d.errf(v, vp, err, "%v", err)
		}
	}
	return nil
}

// addHyperedges turns the hyperedges of gi into hub nodes.
func (d *decoder) addHyperedges(gi *graphInfo) error {
	hv := gi.v.Get("hyperedges")
	p := gi.path.Key("hyperedges")
	if hv == nil || hv.Kind == jsontree.Null {
		return nil
	}
	if hv.Kind != jsontree.Array {
		return d.errf(hv, p, nil, "expected an array of hyperedges, found %s", hv.Kind)
	}
	g, err := d.b.Graph()
	if err != nil {
		return err
	}
	for i := range hv.Kids {
		v, vp := &hv.Kids[i], p.Index(i)
		if v.Kind != jsontree.Object {
			return d.errf(v, vp, nil, "expected a hyperedge object, found %s", v.Kind)
		}
		type end struct {
			key, role string
			toHub     bool
		}
		var ends []end
		if v.Get("nodes") != nil {
			ends = []end{{"nodes", "member", false}}
		} else {
			ends = []end{{"source", "source", true}, {"target", "target", false}}
		}
		members := make([][]string, len(ends))
		for j, e := range ends {
			mv, mp := v.Get(e.key), vp.Key(e.key)
			if mv == nil {
				return d.errf(v, vp, graphmodel.ErrInvalid, `hyperedge without "nodes" or "source" and "target"`)
			}
			if mv.Kind != jsontree.Array {
				return d.errf(mv, mp, nil, "expected an array of node ids, found %s", mv.Kind)
			}
			for k := range mv.Kids {
				id, err := d.endpoint(gi, &mv.Kids[k], mp.Index(k), "node id")
				if err != nil {
					return err
				}
				members[j] = append(members[j], id)
			}
		}
		directed := len(ends) == 2 // "nodes" lists members without an order
		attrs, err := d.elementAttrs(v, vp, "id", "nodes", "source", "target", "directed", "label")
		if err != nil {
			return err
		}
		label, err := d.text(v.Get("label"), vp.Key("label"))
		if err != nil {
			return err
		}
		d.hubs++
		hub := ""
		if idv := v.Get("id"); idv != nil {
			hub, _ = jsontree.ID(idv)
		}
		if _, taken := g.Node(hub); hub == "" || taken {
			hub = fmt.Sprintf("hyperedge-%d", d.hubs)
		}
		for { // only for ids made to collide with the one above
			if _, taken := g.Node(hub); !taken {
				break
			}
			hub += "'"
		}
		if label == "" {
			label = first(attrs[AttrRelation], fmt.Sprintf("hyperedge %d", d.hubs))
		}
		attrs[interop.KeyType] = HyperedgeType
		if d.multi {
			attrs[AttrGraph] = gi.key
		}
		if err := d.b.AddNode(hub, label, attrs); err != nil {
			return d.errf(v, vp, err, "%v", err)
		}
		for j, e := range ends {
			for _, m := range members[j] {
				src, dst := hub, m
				if e.toHub {
					src, dst = m, hub
				}
				ea := map[string]string{AttrRole: e.role}
				if d.multi {
					ea[AttrGraph] = gi.key
				}
				if err := d.b.AddEdge(d.freshEdgeID(), src, dst, directed, ea); err != nil {
					return d.errf(v, vp, err, "%v", err)
				}
			}
		}
	}
	return nil
}

// keepLabel renames a "label" attribute, which interop.Builder reserves
// for the element's label, to its escaped form, so a foreign edge label or
// a node's metadata label is kept as an attribute.
func keepLabel(attrs map[string]string) {
	if v, ok := attrs[interop.KeyLabel]; ok {
		delete(attrs, interop.KeyLabel)
		if _, taken := attrs["attr."+interop.KeyLabel]; !taken {
			attrs["attr."+interop.KeyLabel] = v
		}
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

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
