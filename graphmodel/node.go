package graphmodel

import (
	"maps"
	"slices"
)

// Node is a vertex of the graph.
//
// A node's ID never changes once it is in a graph; renaming changes its
// Label. Callers may read the fields of nodes the graph hands out, but
// change them only through the graph's methods, which keep its indexes and
// undo records right.
type Node struct {
	ID       string            `json:"id"`
	Kind     Kind              `json:"kind"`
	Type     string            `json:"type,omitempty"`
	Label    string            `json:"label"`
	Aliases  []string          `json:"aliases,omitempty"`
	Attrs    map[string]string `json:"attrs,omitempty"`
	Mentions []Span            `json:"mentions,omitempty"`
}

// Attr returns the attribute k, or "".
func (n *Node) Attr(k string) string { return n.Attrs[k] }

// DocCount is the number of distinct documents that mention the node.
func (n *Node) DocCount() int { return DocCount(n.Mentions) }

// Names returns the label followed by the aliases that differ from it.
func (n *Node) Names() []string {
	out := []string{n.Label}
	for _, a := range n.Aliases {
		if a != n.Label {
			out = append(out, a)
		}
	}
	return out
}

// Clone returns a deep copy.
func (n *Node) Clone() *Node {
	c := *n
	c.Aliases = slices.Clone(n.Aliases)
	c.Attrs = maps.Clone(n.Attrs)
	c.Mentions = slices.Clone(n.Mentions)
	return &c
}

// Edge is a typed role between two nodes, with the spans that support it.
type Edge struct {
	ID         string            `json:"id"`
	Kind       EdgeKind          `json:"kind"`
	Source     string            `json:"source"`
	Target     string            `json:"target"`
	Undirected bool              `json:"undirected,omitempty"`
	Attrs      map[string]string `json:"attrs,omitempty"`
	Evidence   []Span            `json:"evidence,omitempty"`
}

// Attr returns the attribute k, or "".
func (e *Edge) Attr(k string) string { return e.Attrs[k] }

// DocCount is the number of distinct documents that support the edge.
func (e *Edge) DocCount() int { return DocCount(e.Evidence) }

// Other returns the end of e that is not id (or id itself for a loop).
func (e *Edge) Other(id string) string {
	if e.Source == id {
		return e.Target
	}
	return e.Source
}

// Clone returns a deep copy.
func (e *Edge) Clone() *Edge {
	c := *e
	c.Attrs = maps.Clone(e.Attrs)
	c.Evidence = slices.Clone(e.Evidence)
	return &c
}

// EdgeID is the canonical id of the edge of kind k from src to dst: the id
// Connect gives the edge it creates.
func EdgeID(k EdgeKind, src, dst string) string {
	return string(k) + ":" + src + "->" + dst
}

// isEdgeID reports id == EdgeID(k, src, dst), without making the
// string.
func isEdgeID(id string, k EdgeKind, src, dst string) bool {
	n := len(k) + 1 + len(src) + 2 + len(dst)
	if len(id) != n {
		return false
	}
	a, b := len(k)+1, len(k)+1+len(src)
	return id[:len(k)] == string(k) && id[len(k)] == ':' && id[a:b] == src && id[b:b+2] == "->" && id[b+2:] == dst
}

// appendEdgeID appends EdgeID(k, src, dst) to b.
func appendEdgeID(b []byte, k EdgeKind, src, dst string) []byte {
	b = append(append(b, k...), ':')
	b = append(append(b, src...), "->"...)
	return append(b, dst...)
}
