package jgf

import (
	"encoding/json"
	"fmt"
	"io"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/export"
	"dossier/graphmodel/formats/interop"
)

type fileOut struct {
	Graph graphOut `json:"graph"`
}

type graphOut struct {
	Directed bool               `json:"directed"`
	Metadata map[string]any     `json:"metadata,omitempty"`
	Nodes    map[string]nodeOut `json:"nodes"`
	Edges    []edgeOut          `json:"edges"`
}

type nodeOut struct {
	Label    string         `json:"label"`
	Metadata map[string]any `json:"metadata"`
}

type edgeOut struct {
	ID       string         `json:"id"`
	Source   string         `json:"source"`
	Target   string         `json:"target"`
	Relation string         `json:"relation"`
	Directed bool           `json:"directed"`
	Metadata map[string]any `json:"metadata"`
}

// Encode writes g, or the part sel selects (nil for all), as a JSON Graph
// Format version 2 file: nodes keyed by id with their label, edges with
// their kind as "relation" and direction, and everything else Dossier
// knows (kind, type, aliases, mentions, evidence, excerpts and attributes,
// see interop.NodeAttrs) as metadata (an edge's own "relation"
// attribute, if it has one, is its relation instead of its kind); the graph's attributes and
// documents are the graph's metadata. Aliases, spans and documents are
// written as JSON arrays, everything else as strings. Decode restores the graph. Output is
// deterministic: keys and edges sorted.
func Encode(w io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error {
	nodes, edges, err := export.Elements(g, sel)
	if err != nil {
		return fmt.Errorf("encode JSON Graph Format: %w", err)
	}
	out := fileOut{Graph: graphOut{Directed: true, Nodes: make(map[string]nodeOut, len(nodes)), Edges: make([]edgeOut, 0, len(edges))}}
	var kvs []interop.KV
	for k, v := range g.Attrs {
		if k != interop.KeyFormat {
			kvs = append(kvs, interop.KV{Key: k, Value: v})
		}
	}
	if len(g.Documents()) > 0 {
		docs, err := interop.DocumentsJSON(g)
		if err != nil {
			return fmt.Errorf("encode JSON Graph Format: %w", err)
		}
		kvs = append(kvs, interop.KV{Key: interop.KeyDocuments, Value: docs})
	}
	if len(kvs) > 0 {
		out.Graph.Metadata = kvMap(kvs)
	}
	for _, n := range nodes {
		out.Graph.Nodes[n.ID] = nodeOut{Label: n.Label, Metadata: kvMap(interop.NodeAttrs(g, n))}
	}
	for _, e := range edges {
		out.Graph.Edges = append(out.Graph.Edges, edgeOut{
			ID: e.ID, Source: e.Source, Target: e.Target, Relation: first(e.Attrs[AttrRelation], string(e.Kind)),
			Directed: !e.Undirected, Metadata: kvMap(interop.EdgeAttrs(g, e)),
		})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&out); err != nil {
		return fmt.Errorf("encode JSON Graph Format: %w", err)
	}
	return nil
}

// structured lists the attributes that hold JSON: they are written as JSON
// values, not as strings holding JSON, and Decode turns them back into
// text.
var structured = map[string]bool{
	interop.KeyAliases: true, interop.KeyMentions: true, interop.KeyEvidence: true, interop.KeyDocuments: true,
}

func kvMap(kvs []interop.KV) map[string]any {
	m := make(map[string]any, len(kvs))
	for _, kv := range kvs {
		if structured[kv.Key] && json.Valid([]byte(kv.Value)) {
			m[kv.Key] = json.RawMessage(kv.Value)
		} else {
			m[kv.Key] = kv.Value
		}
	}
	return m
}
