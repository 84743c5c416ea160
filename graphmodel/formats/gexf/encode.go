package gexf

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/export"
	"dossier/graphmodel/formats/internal/xmlio"
	"dossier/graphmodel/formats/interop"
)

// Encode writes the graph, or the part of it sel names (nil: all of it),
// as GEXF 1.3 (namespace http://gexf.net/1.3, version="1.3").
//
// Nodes carry their label; every attribute interop.NodeAttrs gives (kind,
// type, aliases, mentions, evidence and excerpts as JSON or text, then the
// own attributes) is a string attribute of class node, except that x and
// y (when both are plain numbers), viz.color ("#rrggbb") and viz.size (a
// number) are written as viz:position, viz:color and viz:size, so Gephi
// shows the saved layout and colours. Edges carry their kind in GEXF's
// kind attribute, an own "weight" that is a plain number as weight and an
// own "label" as label; the rest of interop.EdgeAttrs are attributes of
// class edge. Undirected edges have type="undirected" (defaultedgetype is
// "undirected" when every edge is).
//
// GEXF has no graph-level attribute values, and <meta><description> is
// text for people, so the source documents and the graph's attributes
// (but "format") go into <meta> as extension elements in Dossier's own
// namespace (DossierNamespace): <dossier:attr name="dossier.documents">
// holding the documents as a JSON array, one <dossier:attr> per graph
// attribute. Readers of GEXF skip elements of foreign namespaces; graph
// attributes named creator, description or keywords are written as the
// standard <meta> elements instead.
//
// Output is deterministic (attributes by name, nodes and edges by id).
// Characters XML 1.0 forbids (control characters other than tab, line
// feed and carriage return) are dropped; Decode restores everything else
// exactly.
func Encode(w io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error {
	nodes, edges, err := export.Elements(g, sel)
	if err != nil {
		return fmt.Errorf("gexf export: %w", err)
	}
	meta, err := metaAttrs(g)
	if err != nil {
		return fmt.Errorf("gexf export: %w", err)
	}
	nodeOut := make([]element, len(nodes))
	for i, n := range nodes {
		nodeOut[i] = nodeElement(interop.NodeAttrs(g, n))
	}
	edgeOut := make([]element, len(edges))
	allUndirected := len(edges) > 0
	for i, e := range edges {
		edgeOut[i] = edgeElement(interop.EdgeAttrs(g, e))
		allUndirected = allUndirected && e.Undirected
	}
	nodeIDs := attributeIDs(nodeOut)
	edgeIDs := attributeIDs(edgeOut)

	x := xmlio.NewWriter(w)
	x.Header()
	x.Open("gexf", "xmlns", Namespace, "xmlns:viz", VizNamespace,
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", Namespace+" http://gexf.net/1.3/gexf.xsd",
		"version", "1.3")
	writeMeta(x, meta)
	edgeType := "directed"
	if allUndirected {
		edgeType = "undirected"
	}
	x.Open("graph", "defaultedgetype", edgeType, "mode", "static")
	writeAttributes(x, "node", nodeIDs)
	writeAttributes(x, "edge", edgeIDs)
	x.Open("nodes", "count", strconv.Itoa(len(nodes)))
	for i, n := range nodes {
		el := nodeOut[i]
		x.Open("node", "id", n.ID, "label", n.Label)
		writeAttvalues(x, el.attrs, nodeIDs)
		el.writeViz(x)
		x.Close("node")
	}
	x.Close("nodes")
	x.Open("edges", "count", strconv.Itoa(len(edges)))
	for i, e := range edges {
		el := edgeOut[i]
		attrs := []string{"id", e.ID, "source", e.Source, "target", e.Target}
		switch {
		case e.Undirected && !allUndirected:
			attrs = append(attrs, "type", "undirected")
		case !e.Undirected && allUndirected:
			attrs = append(attrs, "type", "directed")
		}
		attrs = append(attrs, el.xmlAttrs...)
		if len(el.attrs) == 0 {
			x.Empty("edge", attrs...)
			continue
		}
		x.Open("edge", attrs...)
		writeAttvalues(x, el.attrs, edgeIDs)
		x.Close("edge")
	}
	x.Close("edges")
	x.Close("graph")
	x.Close("gexf")
	if err := x.Flush(); err != nil {
		return fmt.Errorf("gexf export: %w", err)
	}
	return nil
}

// element is a node or edge split into what GEXF has a place for and the
// attribute values.
type element struct {
	attrs    []interop.KV
	xmlAttrs []string // edge: kind, weight, label as name, value pairs
	position [2]string
	colour   [3]int
	hasPos   bool
	hasCol   bool
	size     string
}

func nodeElement(kvs []interop.KV) element {
	var el element
	m := map[string]string{}
	for _, kv := range kvs {
		m[kv.Key] = kv.Value
	}
	x, y := m[attrX], m[attrY]
	el.hasPos = export.IsNumber(x) && export.IsNumber(y)
	if el.hasPos {
		el.position = [2]string{x, y}
	}
	el.colour, el.hasCol = parseHex(m[attrColor])
	if s := m[attrSize]; export.IsNumber(s) {
		el.size = s
	}
	for _, kv := range kvs {
		switch {
		case (kv.Key == attrX || kv.Key == attrY) && el.hasPos:
		case kv.Key == attrColor && el.hasCol:
		case kv.Key == attrSize && el.size != "":
		default:
			el.attrs = append(el.attrs, kv)
		}
	}
	return el
}

func edgeElement(kvs []interop.KV) element {
	var el element
	for _, kv := range kvs {
		switch {
		case kv.Key == interop.KeyKind:
			el.xmlAttrs = append(el.xmlAttrs, "kind", kv.Value)
		case kv.Key == attrWeight && export.IsNumber(kv.Value):
			el.xmlAttrs = append(el.xmlAttrs, "weight", kv.Value)
		case kv.Key == edgeLabelKey:
			el.xmlAttrs = append(el.xmlAttrs, "label", kv.Value)
		default:
			el.attrs = append(el.attrs, kv)
		}
	}
	return el
}

// parseHex reads "#rrggbb" in lower case, the form Decode produces.
func parseHex(s string) ([3]int, bool) {
	var rgb [3]int
	if len(s) != 7 || s[0] != '#' {
		return rgb, false
	}
	for i := range 3 {
		v, err := strconv.ParseUint(s[1+2*i:3+2*i], 16, 8)
		if err != nil || fmt.Sprintf("%02x", v) != s[1+2*i:3+2*i] {
			return rgb, false
		}
		rgb[i] = int(v)
	}
	return rgb, true
}

func (el element) writeViz(x *xmlio.Writer) {
	if el.hasPos {
		x.Empty("viz:position", "x", el.position[0], "y", el.position[1], "z", "0")
	}
	if el.hasCol {
		x.Empty("viz:color", "r", strconv.Itoa(el.colour[0]), "g", strconv.Itoa(el.colour[1]), "b", strconv.Itoa(el.colour[2]))
	}
	if el.size != "" {
		x.Empty("viz:size", "value", el.size)
	}
}

// attributeIDs numbers the attribute names used, in name order.
func attributeIDs(els []element) map[string]string {
	names := map[string]bool{}
	for _, el := range els {
		for _, kv := range el.attrs {
			names[kv.Key] = true
		}
	}
	ids := make(map[string]string, len(names))
	for i, name := range slices.Sorted(maps.Keys(names)) {
		ids[name] = strconv.Itoa(i)
	}
	return ids
}

func writeAttributes(x *xmlio.Writer, class string, ids map[string]string) {
	if len(ids) == 0 {
		return
	}
	x.Open("attributes", "class", class, "mode", "static")
	for _, name := range slices.Sorted(maps.Keys(ids)) { // ids follow name order
		x.Empty("attribute", "id", ids[name], "title", name, "type", "string")
	}
	x.Close("attributes")
}

func writeAttvalues(x *xmlio.Writer, kvs []interop.KV, ids map[string]string) {
	if len(kvs) == 0 {
		return
	}
	x.Open("attvalues")
	for _, kv := range kvs {
		x.Empty("attvalue", "for", ids[kv.Key], "value", kv.Value)
	}
	x.Close("attvalues")
}

// metaAttrs returns the graph-level values to write in <meta>: the
// documents, then the graph attributes but "format", by name.
func metaAttrs(g *graphmodel.Graph) ([]interop.KV, error) {
	var out []interop.KV
	if len(g.Documents()) > 0 {
		docs, err := interop.DocumentsJSON(g)
		if err != nil {
			return nil, err
		}
		out = append(out, interop.KV{Key: interop.KeyDocuments, Value: docs})
	}
	for _, k := range slices.Sorted(maps.Keys(g.Attrs)) {
		if k != interop.KeyFormat && k != interop.KeyDocuments {
			out = append(out, interop.KV{Key: k, Value: g.Attrs[k]})
		}
	}
	return out, nil
}

// standardMeta are the graph attributes written as GEXF's own <meta>
// children, in the order the GEXF schema lists them.
var standardMeta = []string{"creator", "keywords", "description"}

func writeMeta(x *xmlio.Writer, kvs []interop.KV) {
	if len(kvs) == 0 {
		return
	}
	x.Open("meta", "xmlns:dossier", DossierNamespace)
	for _, name := range standardMeta {
		for _, kv := range kvs {
			if kv.Key == name {
				x.Elem(name, kv.Value)
			}
		}
	}
	for _, kv := range kvs {
		if !slices.Contains(standardMeta, kv.Key) {
			x.Elem("dossier:attr", kv.Value, "name", kv.Key)
		}
	}
	x.Close("meta")
}
