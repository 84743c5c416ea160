package graphml

import (
	"cmp"
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
// as GraphML. Every node and edge attribute interop.NodeAttrs and
// interop.EdgeAttrs give (kind, type, aliases, mentions, evidence and
// excerpts as JSON or text, then the own attributes) becomes a string key
// named after it; the node label is the key "label", and an edge's own
// "label" attribute is written under the edge key "label" too, so Gephi,
// yEd and Cytoscape show both. The source documents are graph-level data
// (key "dossier.documents", a JSON array), as are the graph's attributes
// other than "format". Edges are directed unless marked
// directed="false" (edgedefault is "undirected" when every edge is).
//
// Output is deterministic: keys by domain and name, nodes and edges by id.
// Characters XML 1.0 forbids (control characters other than tab, line feed
// and carriage return) are dropped from names and values; Decode restores
// everything else exactly.
func Encode(w io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error {
	nodes, edges, err := export.Elements(g, sel)
	if err != nil {
		return fmt.Errorf("graphml export: %w", err)
	}
	graphAttrs, err := graphAttrs(g)
	if err != nil {
		return fmt.Errorf("graphml export: %w", err)
	}
	nodeAttrs := make([][]interop.KV, len(nodes))
	for i, n := range nodes {
		nodeAttrs[i] = append([]interop.KV{{Key: "label", Value: n.Label}}, interop.NodeAttrs(g, n)...)
	}
	edgeAttrs := make([][]interop.KV, len(edges))
	allUndirected := len(edges) > 0
	for i, e := range edges {
		kvs := interop.EdgeAttrs(g, e)
		for j := range kvs {
			if kvs[j].Key == edgeLabelKey {
				kvs[j].Key = "label"
			}
		}
		edgeAttrs[i] = kvs
		allUndirected = allUndirected && e.Undirected
	}
	ids := keyIDs(graphAttrs, nodeAttrs, edgeAttrs)

	x := xmlio.NewWriter(w)
	x.Header()
	x.Open("graphml", "xmlns", Namespace,
		"xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance",
		"xsi:schemaLocation", Namespace+" http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd")
	for _, k := range ids.list {
		x.Empty("key", "id", k.id, "for", k.domain, "attr.name", k.name, "attr.type", "string")
	}
	edgedefault := "directed"
	if allUndirected {
		edgedefault = "undirected"
	}
	x.Open("graph", "id", "G", "edgedefault", edgedefault)
	for _, kv := range graphAttrs {
		x.Elem("data", kv.Value, "key", ids.of["graph"][kv.Key])
	}
	for i, n := range nodes {
		x.Open("node", "id", n.ID)
		for _, kv := range nodeAttrs[i] {
			x.Elem("data", kv.Value, "key", ids.of["node"][kv.Key])
		}
		x.Close("node")
	}
	for i, e := range edges {
		attrs := []string{"id", e.ID, "source", e.Source, "target", e.Target}
		if e.Undirected != allUndirected {
			attrs = append(attrs, "directed", strconv.FormatBool(!e.Undirected))
		}
		if len(edgeAttrs[i]) == 0 {
			x.Empty("edge", attrs...)
			continue
		}
		x.Open("edge", attrs...)
		for _, kv := range edgeAttrs[i] {
			x.Elem("data", kv.Value, "key", ids.of["edge"][kv.Key])
		}
		x.Close("edge")
	}
	x.Close("graph")
	x.Close("graphml")
	if err := x.Flush(); err != nil {
		return fmt.Errorf("graphml export: %w", err)
	}
	return nil
}

// graphAttrs returns the graph-level data to write: the documents, then
// the graph attributes but "format" (which names the file a graph was read
// from), by name.
func graphAttrs(g *graphmodel.Graph) ([]interop.KV, error) {
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

type keyDecl struct{ id, domain, name string }

type keyTable struct {
	list []keyDecl
	of   map[string]map[string]string // domain → attribute name → key id
}

// keyIDs declares one key per domain and attribute name, numbered d0, d1,
// ... in order of domain (graph, node, edge) and name.
func keyIDs(graph []interop.KV, nodes, edges [][]interop.KV) keyTable {
	t := keyTable{of: map[string]map[string]string{}}
	add := func(domain string, lists ...[]interop.KV) {
		names := map[string]bool{}
		for _, l := range lists {
			for _, kv := range l {
				names[kv.Key] = true
			}
		}
		t.of[domain] = map[string]string{}
		for _, name := range slices.SortedFunc(maps.Keys(names), cmp.Compare) {
			id := "d" + strconv.Itoa(len(t.list))
			t.list = append(t.list, keyDecl{id: id, domain: domain, name: name})
			t.of[domain][name] = id
		}
	}
	add("graph", graph)
	add("node", nodes...)
	add("edge", edges...)
	return t
}
