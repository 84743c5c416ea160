// Package interop maps Dossier's typed graph onto the flat attribute maps
// of foreign graph formats (GraphML, GEXF, DOT, ...) and back.
//
// Export writes a node's kind and type as plain "kind" and "type"
// attributes, so other tools can colour by them, and Dossier's structure
// (aliases, mentions, evidence) as JSON text under "dossier.*" keys, plus
// the readable excerpts those spans point at. Import reads the same keys
// back, so a round trip through any such format restores the graph; a
// foreign file's own "kind" or "type" attribute that names a Dossier kind
// or type is honoured too.
package interop

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"dossier/graphmodel"
)

// Reserved attribute keys.
const (
	KeyKind      = "kind"
	KeyType      = "type"
	KeyLabel     = "label"
	KeyDKind     = "dossier.kind"
	KeyAliases   = "dossier.aliases"
	KeyMentions  = "dossier.mentions"
	KeyEvidence  = "dossier.evidence"
	KeyExcerpts  = "dossier.excerpts"
	KeyDocuments = "dossier.documents"
	KeyFormat    = "format"  // graph attribute: the format a file came in
	attrPrefix   = "attr."   // prefix for node attrs that collide with reserved keys
	excerptSep   = "\n---\n" // between excerpts in dossier.excerpts
	maxExcerpts  = 20        // excerpts written per element
)

var reserved = map[string]bool{
	KeyKind: true, KeyType: true, KeyLabel: true, KeyDKind: true, KeyAliases: true,
	KeyMentions: true, KeyEvidence: true, KeyExcerpts: true, KeyDocuments: true,
}

// KV is one attribute.
type KV struct{ Key, Value string }

// NodeAttrs flattens n: kind, type, dossier.aliases, dossier.mentions,
// dossier.excerpts (present only when there is something to say), then the
// node's own attributes in key order. An own attribute whose name is
// reserved (or starts with the escape prefix) is written as "attr.<name>".
func NodeAttrs(g *graphmodel.Graph, n *graphmodel.Node) []KV {
	out := []KV{{KeyKind, string(n.Kind)}}
	if n.Type != "" {
		out = append(out, KV{KeyType, n.Type})
	}
	if len(n.Aliases) > 0 {
		out = append(out, KV{KeyAliases, mustJSON(n.Aliases)})
	}
	if len(n.Mentions) > 0 {
		out = append(out, KV{KeyMentions, mustJSON(n.Mentions)})
		out = append(out, KV{KeyExcerpts, excerpts(g, n.Mentions)})
	}
	return append(out, ownAttrs(n.Attrs)...)
}

// EdgeAttrs flattens e: kind, dossier.evidence, dossier.excerpts, then the
// edge's own attributes as NodeAttrs does.
func EdgeAttrs(g *graphmodel.Graph, e *graphmodel.Edge) []KV {
	out := []KV{{KeyKind, string(e.Kind)}}
	if len(e.Evidence) > 0 {
		out = append(out, KV{KeyEvidence, mustJSON(e.Evidence)})
		out = append(out, KV{KeyExcerpts, excerpts(g, e.Evidence)})
	}
	return append(out, ownAttrs(e.Attrs)...)
}

func ownAttrs(attrs map[string]string) []KV {
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make([]KV, 0, len(keys))
	for _, k := range keys {
		name := k
		if reserved[k] || strings.HasPrefix(k, attrPrefix) {
			name = attrPrefix + k
		}
		out = append(out, KV{name, attrs[k]})
	}
	return out
}

// excerpts returns the sentences the spans point at, for people reading
// the file in another tool.
func excerpts(g *graphmodel.Graph, spans []graphmodel.Span) string {
	var parts []string
	for i, s := range spans {
		if i == maxExcerpts {
			parts = append(parts, fmt.Sprintf("(%d more)", len(spans)-i))
			break
		}
		ex, err := g.Excerpt(s)
		if err != nil {
			continue
		}
		parts = append(parts, ex.Before+"["+ex.Match+"]"+ex.After)
	}
	return strings.Join(parts, excerptSep)
}

// DocumentsJSON returns the graph's documents as a JSON array, for a
// graph-level "dossier.documents" attribute.
func DocumentsJSON(g *graphmodel.Graph) (string, error) {
	docs := g.Documents()
	list := make([]graphmodel.Document, len(docs))
	for i, d := range docs {
		list[i] = *d
	}
	b, err := json.Marshal(list)
	if err != nil {
		return "", fmt.Errorf("encode documents: %w", err)
	}
	return string(b), nil
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil { // slices of strings and spans always marshal
		panic(fmt.Sprintf("interop: marshal %T: %v", v, err))
	}
	return string(b)
}

// Builder builds a graph from a foreign file's nodes and edges. Documents
// (graph attribute dossier.documents) must be set before nodes and edges
// that point into them.
type Builder struct {
	g      *graphmodel.Graph
	nextID int
}

// NewBuilder starts an empty graph whose "format" attribute is format.
func NewBuilder(format string) *Builder {
	g := graphmodel.New()
	if format != "" {
		g.Attrs[KeyFormat] = format
	}
	return &Builder{g: g}
}

// SetGraphAttr sets a graph-level attribute. "dossier.documents" adds the
// documents it lists.
func (b *Builder) SetGraphAttr(key, value string) error {
	if key != KeyDocuments {
		b.g.Attrs[key] = value
		return nil
	}
	var docs []graphmodel.Document
	if err := json.Unmarshal([]byte(value), &docs); err != nil {
		return fmt.Errorf("graph attribute %s: %w", KeyDocuments, err)
	}
	for _, d := range docs {
		if _, err := b.g.AddDocument(d); err != nil {
			return fmt.Errorf("graph attribute %s: %w", KeyDocuments, err)
		}
	}
	return nil
}

// AddNode adds a node. Its kind comes from "dossier.kind" or "kind" when
// that names a Dossier kind, else from "type" when it names an actor or
// venue type; otherwise it is an entity whose type is the file's "type".
// Aliases and mentions are restored from their dossier.* keys; every other
// attribute is kept.
func (b *Builder) AddNode(id, label string, attrs map[string]string) error {
	if id == "" {
		return fmt.Errorf("node with empty id: %w", graphmodel.ErrInvalid)
	}
	n := graphmodel.Node{ID: id, Label: label, Attrs: map[string]string{}}
	if n.Label == "" {
		n.Label = id
	}
	kind := graphmodel.Kind(first(attrs[KeyDKind], attrs[KeyKind]))
	typ := attrs[KeyType]
	switch {
	case kind.Valid():
		n.Kind = kind
	case graphmodel.ValidType(graphmodel.KindActor, typ) && typ != "":
		n.Kind = graphmodel.KindActor
	case graphmodel.ValidType(graphmodel.KindVenue, typ) && typ != "":
		n.Kind = graphmodel.KindVenue
	default:
		n.Kind = graphmodel.KindEntity
	}
	if graphmodel.ValidType(n.Kind, typ) {
		n.Type = typ
	} else if typ != "" {
		n.Attrs[KeyType] = typ
	}
	if kind != "" && !kind.Valid() {
		n.Attrs[KeyKind] = string(kind)
	}
	if v, ok := attrs[KeyAliases]; ok {
		if err := json.Unmarshal([]byte(v), &n.Aliases); err != nil {
			return fmt.Errorf("node %q: %s: %w", id, KeyAliases, err)
		}
	}
	if v, ok := attrs[KeyMentions]; ok {
		if err := json.Unmarshal([]byte(v), &n.Mentions); err != nil {
			return fmt.Errorf("node %q: %s: %w", id, KeyMentions, err)
		}
	}
	copyOwn(n.Attrs, attrs)
	if _, err := b.g.AddNode(n); err != nil {
		return err
	}
	return nil
}

// AddEdge adds an edge. An empty id gets a generated one. Its kind comes
// from "dossier.kind" or "kind" when that is an edge kind allowed between
// the two ends, else it is "related". Evidence is restored from
// dossier.evidence; other attributes are kept.
func (b *Builder) AddEdge(id, source, target string, directed bool, attrs map[string]string) error {
	src, ok := b.g.Node(source)
	if !ok {
		return fmt.Errorf("edge %q: source node %q: %w", id, source, graphmodel.ErrNotFound)
	}
	dst, ok := b.g.Node(target)
	if !ok {
		return fmt.Errorf("edge %q: target node %q: %w", id, target, graphmodel.ErrNotFound)
	}
	if id == "" {
		id = b.freshEdgeID()
	}
	e := graphmodel.Edge{ID: id, Source: source, Target: target, Undirected: !directed, Attrs: map[string]string{}}
	kind := graphmodel.EdgeKind(first(attrs[KeyDKind], attrs[KeyKind]))
	if kind.Valid() && graphmodel.CheckEndpoints(kind, src.Kind, dst.Kind) == nil {
		e.Kind = kind
	} else {
		e.Kind = graphmodel.EdgeRelated
		if kind != "" {
			e.Attrs[KeyKind] = string(kind)
		}
	}
	if v, ok := attrs[KeyEvidence]; ok {
		if err := json.Unmarshal([]byte(v), &e.Evidence); err != nil {
			return fmt.Errorf("edge %q: %s: %w", id, KeyEvidence, err)
		}
	}
	if t := attrs[KeyType]; t != "" {
		e.Attrs[KeyType] = t
	}
	copyOwn(e.Attrs, attrs)
	if _, err := b.g.AddEdge(e); err != nil {
		return err
	}
	return nil
}

func (b *Builder) freshEdgeID() string {
	for {
		b.nextID++
		id := "e" + strconv.Itoa(b.nextID)
		if _, taken := b.g.Edge(id); !taken {
			return id
		}
	}
}

// copyOwn copies the attributes that are not reserved, undoing the
// "attr." escape of NodeAttrs.
func copyOwn(dst, src map[string]string) {
	for k, v := range src {
		switch {
		case reserved[k]:
		case strings.HasPrefix(k, attrPrefix):
			dst[strings.TrimPrefix(k, attrPrefix)] = v
		default:
			dst[k] = v
		}
	}
}

// Graph returns the graph built so far.
func (b *Builder) Graph() (*graphmodel.Graph, error) { return b.g, nil }

func first(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
