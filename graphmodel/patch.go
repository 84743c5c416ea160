package graphmodel

import (
	"fmt"
	"maps"
	"slices"
	"sort"
)

// Patch records what one edit changed: the state of every node, edge and
// document it touched, before and after. Undo puts the before-states back;
// Redo the after-states. Patches are how the explorer offers undo and redo
// for every edit without copying the whole graph.
type Patch struct {
	nodesBefore, nodesAfter map[string]*Node // nil value: absent
	edgesBefore, edgesAfter map[string]*Edge
	docsBefore, docsAfter   map[string]*Document
}

// Record runs edit and returns the patch of what it changed. When edit
// fails, what it changed so far is undone and its error returned.
func (g *Graph) Record(edit func(*Graph) error) (*Patch, error) {
	if g.rec != nil {
		return nil, fmt.Errorf("record: already recording: %w", ErrInvalid)
	}
	p := &Patch{
		nodesBefore: map[string]*Node{}, edgesBefore: map[string]*Edge{},
		docsBefore: maps.Clone(g.docs),
	}
	g.rec = p
	err := edit(g)
	g.rec = nil
	p.nodesAfter = map[string]*Node{}
	for id := range p.nodesBefore {
		p.nodesAfter[id] = cloneNode(g.node(id))
	}
	p.edgesAfter = map[string]*Edge{}
	for id := range p.edgesBefore {
		p.edgesAfter[id] = cloneEdge(g.edge(id))
	}
	p.docsAfter = maps.Clone(g.docs)
	if err != nil {
		p.Undo(g)
		return nil, err
	}
	return p, nil
}

func cloneNode(n *Node) *Node {
	if n == nil {
		return nil
	}
	return n.Clone()
}

func cloneEdge(e *Edge) *Edge {
	if e == nil {
		return nil
	}
	return e.Clone()
}

func (g *Graph) touchNode(id string) {
	if g.rec == nil {
		return
	}
	if _, seen := g.rec.nodesBefore[id]; !seen {
		g.rec.nodesBefore[id] = cloneNode(g.node(id))
	}
}

func (g *Graph) touchEdge(id string) {
	if g.rec == nil {
		return
	}
	if _, seen := g.rec.edgesBefore[id]; !seen {
		g.rec.edgesBefore[id] = cloneEdge(g.edge(id))
	}
}

// Empty reports whether the patch changed nothing.
func (p *Patch) Empty() bool {
	for id, b := range p.nodesBefore {
		if !nodeEqual(b, p.nodesAfter[id]) {
			return false
		}
	}
	for id, b := range p.edgesBefore {
		if !edgeEqual(b, p.edgesAfter[id]) {
			return false
		}
	}
	return len(p.docsBefore) == len(p.docsAfter)
}

// Undo restores the states from before the edit.
func (p *Patch) Undo(g *Graph) { g.apply(p.nodesBefore, p.edgesBefore, p.docsBefore) }

// Redo restores the states from after the edit.
func (p *Patch) Redo(g *Graph) { g.apply(p.nodesAfter, p.edgesAfter, p.docsAfter) }

// Nodes returns the ids of the nodes the patch touched, sorted.
func (p *Patch) Nodes() []string {
	ids := make([]string, 0, len(p.nodesBefore))
	for id := range p.nodesBefore {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// apply sets every listed node and edge to the given state: edges leave
// first, then nodes change, then edges return, so links stay consistent.
func (g *Graph) apply(nodes map[string]*Node, edges map[string]*Edge, docs map[string]*Document) {
	g.docs = maps.Clone(docs)
	g.lastDoc = nil
	g.lastNode = nil // records are replaced below
	eids := sortedKeys(edges)
	for _, id := range eids {
		if e, ok := g.edges[id]; ok {
			g.unlink(&e.Edge)
			delete(g.edges, id)
		}
	}
	for _, id := range sortedKeys(nodes) {
		want := nodes[id]
		_, had := g.nodes[id]
		switch {
		case want == nil && had:
			// Edges not in the patch cannot touch a node the edit
			// created or removed, so none remain here.
			delete(g.nodes, id)
			g.topo = nil
		case want != nil && !had:
			if g.nodes == nil {
				g.nodes = map[string]*nodeRec{}
			}
			g.nodes[id] = newNodeRec(*want.Clone())
			g.topo = nil
		case want != nil:
			// a new record, as for a new node (pointers to the old one
			// keep the old state); the node's edges stay linked
			g.nodes[id] = newNodeRec(*want.Clone())
		}
	}
	for _, id := range eids {
		if want := edges[id]; want != nil {
			r := &edgeRec{Edge: *want.Clone()}
			if !isEdgeID(id, r.Kind, r.Source, r.Target) {
				g.oddEdgeIDs = true
			}
			if g.edges == nil {
				g.edges = map[string]*edgeRec{}
			}
			g.edges[id] = r
			g.markLinked(&r.Edge)
			g.link(&r.Edge)
		}
	}
}

// markLinked notes e's kind in nodeRec.out and in of its ends (of those
// in the graph).
func (g *Graph) markLinked(e *Edge) {
	bit := kindBit(e.Kind.index())
	if r := g.nodes[e.Source]; r != nil {
		r.out |= bit
	}
	if r := g.nodes[e.Target]; r != nil {
		r.in |= bit
	}
}

func sortedKeys[V any](m map[string]V) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

func nodeEqual(a, b *Node) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.ID == b.ID && a.Kind == b.Kind && a.Type == b.Type && a.Label == b.Label &&
		slices.Equal(a.Aliases, b.Aliases) && mapsEqual(a.Attrs, b.Attrs) && slices.Equal(a.Mentions, b.Mentions)
}

func edgeEqual(a, b *Edge) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.ID == b.ID && a.Kind == b.Kind && a.Source == b.Source && a.Target == b.Target &&
		a.Undirected == b.Undirected && mapsEqual(a.Attrs, b.Attrs) && slices.Equal(a.Evidence, b.Evidence)
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
