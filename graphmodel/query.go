package graphmodel

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Neighbours returns the nodes joined to id by at least one edge, sorted by
// id. A node is its own neighbour only through a loop.
func (g *Graph) Neighbours(id string) []*Node {
	seen := map[string]struct{}{}
	var out []*Node
	for _, eid := range g.edgeIDs(id) {
		o := g.edges[eid].Other(id)
		if _, ok := seen[o]; !ok {
			seen[o] = struct{}{}
			out = append(out, g.handOutNode(g.nodes[o]))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Selection is a set of node and edge ids, each sorted: a view of part of
// a graph. Every edge's ends are among the nodes.
type Selection struct {
	Nodes []string
	Edges []string
}

// Has reports whether node id is selected.
func (s Selection) Has(id string) bool {
	_, ok := slices.BinarySearch(s.Nodes, id)
	return ok
}

// Ego returns the nodes within hops edges of id (either direction) and the
// edges among them. hops < 0 means no limit: the whole connected component.
func (g *Graph) Ego(id string, hops int) (Selection, error) {
	if _, ok := g.nodes[id]; !ok {
		return Selection{}, fmt.Errorf("ego graph of %q: %w", id, ErrNotFound)
	}
	depth := map[string]int{id: 0}
	frontier := []string{id}
	for d := 0; len(frontier) > 0 && (hops < 0 || d < hops); d++ {
		var next []string
		for _, n := range frontier {
			for _, eid := range g.edgeIDs(n) {
				o := g.edges[eid].Other(n)
				if _, seen := depth[o]; !seen {
					depth[o] = d + 1
					next = append(next, o)
				}
			}
		}
		frontier = next
	}
	keep := make(map[string]bool, len(depth))
	for n := range depth {
		keep[n] = true
	}
	return g.induced(keep), nil
}

// induced returns the selection of the given nodes and the edges among them.
func (g *Graph) induced(keep map[string]bool) Selection {
	var s Selection
	for n := range keep {
		s.Nodes = append(s.Nodes, n)
		for _, eid := range g.edgeIDs(n) {
			e := g.edges[eid]
			// Count each edge once: from its source.
			if e.Source == n && keep[e.Target] {
				s.Edges = append(s.Edges, eid)
			}
		}
	}
	sort.Strings(s.Nodes)
	sort.Strings(s.Edges)
	return s
}

// Induced returns the selection of the given nodes (unknown ids are
// skipped) and every edge among them.
func (g *Graph) Induced(ids []string) Selection {
	keep := make(map[string]bool, len(ids))
	for _, id := range ids {
		if _, ok := g.nodes[id]; ok {
			keep[id] = true
		}
	}
	return g.induced(keep)
}

// All returns the selection of the whole graph.
func (g *Graph) All() Selection {
	keep := make(map[string]bool, len(g.nodes))
	for id := range g.nodes {
		keep[id] = true
	}
	return g.induced(keep)
}

// ViewSpec says which part of the graph to show. The zero value shows
// everything.
type ViewSpec struct {
	// Kinds to show; empty means all kinds.
	Kinds []Kind
	// HiddenTypes lists "kind/type" pairs (e.g. "actor/country") to hide.
	HiddenTypes []string
	// MinDocs hides nodes and edges supported by fewer distinct documents.
	// Nodes and edges with no spans at all (user-made or foreign) are
	// always kept: there is nothing to count.
	MinDocs int
	// Focus, when set, limits the view to nodes within Hops of this node
	// (Hops < 0: its whole component), counted after the kind filters.
	Focus string
	Hops  int
	// MaxNodes, when positive and no focus is set, keeps only the most
	// important nodes: those supported by the most documents, then the
	// best connected. It gives large graphs an overview that lays out in
	// seconds.
	MaxNodes int
}

// Select returns the part of the graph the view spec shows.
func (g *Graph) Select(v ViewSpec) Selection {
	kinds := map[Kind]bool{}
	for _, k := range v.Kinds {
		kinds[k] = true
	}
	hidden := map[string]bool{}
	for _, t := range v.HiddenTypes {
		hidden[t] = true
	}
	enough := func(spans []Span) bool {
		return v.MinDocs <= 1 || len(spans) == 0 || DocCount(spans) >= v.MinDocs
	}
	keep := map[string]bool{}
	for id, n := range g.nodes {
		if len(kinds) > 0 && !kinds[n.Kind] {
			continue
		}
		if hidden[string(n.Kind)+"/"+n.Type] || !enough(n.Mentions) {
			continue
		}
		keep[id] = true
	}
	edgeOK := func(e *Edge) bool { return keep[e.Source] && keep[e.Target] && enough(e.Evidence) }
	if v.Focus != "" && keep[v.Focus] {
		reached := map[string]bool{v.Focus: true}
		frontier := []string{v.Focus}
		for d := 0; len(frontier) > 0 && (v.Hops < 0 || d < v.Hops); d++ {
			var next []string
			for _, n := range frontier {
				for _, eid := range g.edgeIDs(n) {
					e := g.edges[eid]
					if o := e.Other(n); edgeOK(&e.Edge) && !reached[o] {
						reached[o] = true
						next = append(next, o)
					}
				}
			}
			frontier = next
		}
		keep = reached
	} else if v.Focus != "" {
		keep = map[string]bool{}
	} else if v.MaxNodes > 0 && len(keep) > v.MaxNodes {
		keep = g.topNodes(keep, v.MaxNodes)
	}
	s := g.induced(keep)
	s.Edges = slices.DeleteFunc(s.Edges, func(id string) bool { return !enough(g.edges[id].Evidence) })
	return s
}

// SearchHit is one result of Search.
type SearchHit struct {
	Node    *Node
	Matched string // the label or alias that matched
}

// Search finds nodes whose label or an alias contains q, ignoring case and
// accents. Best first: exact names, then prefixes, then word starts, then
// anywhere; ties go to nodes with more mentions, then by label. limit <= 0
// means no limit.
func (g *Graph) Search(q string, limit int) []SearchHit {
	fq := Fold(q)
	if fq == "" {
		return nil
	}
	type scored struct {
		hit  SearchHit
		rank int
	}
	var found []scored
	for _, n := range g.nodes {
		best := -1
		var matched string
		for _, name := range n.Names() {
			r := matchRank(Fold(name), fq)
			if r >= 0 && (best < 0 || r < best) {
				best, matched = r, name
			}
		}
		if best >= 0 {
			found = append(found, scored{SearchHit{g.handOutNode(n), matched}, best})
		}
	}
	sort.Slice(found, func(i, j int) bool {
		a, b := found[i], found[j]
		if a.rank != b.rank {
			return a.rank < b.rank
		}
		if la, lb := len(a.hit.Node.Mentions), len(b.hit.Node.Mentions); la != lb {
			return la > lb
		}
		if a.hit.Node.Label != b.hit.Node.Label {
			return a.hit.Node.Label < b.hit.Node.Label
		}
		return a.hit.Node.ID < b.hit.Node.ID
	})
	if limit > 0 && len(found) > limit {
		found = found[:limit]
	}
	out := make([]SearchHit, len(found))
	for i, f := range found {
		out[i] = f.hit
	}
	return out
}

// matchRank ranks how name contains q: 0 equal, 1 prefix, 2 at a word
// start, 3 anywhere, -1 not at all.
func matchRank(name, q string) int {
	switch {
	case name == q:
		return 0
	case strings.HasPrefix(name, q):
		return 1
	case strings.Contains(name, " "+q):
		return 2
	case strings.Contains(name, q):
		return 3
	}
	return -1
}

// Counts summarises a graph.
type Counts struct {
	Documents  int
	Nodes      int
	Edges      int
	ByKind     map[Kind]int
	ByKindType map[string]int // "kind/type"; "kind/" for nodes without a type
	ByEdgeKind map[EdgeKind]int
}

// Counts returns the numbers of documents, nodes and edges by kind and type.
func (g *Graph) Counts() Counts {
	c := Counts{
		Documents: len(g.docs), Nodes: len(g.nodes), Edges: len(g.edges),
		ByKind: map[Kind]int{}, ByKindType: map[string]int{}, ByEdgeKind: map[EdgeKind]int{},
	}
	for _, n := range g.nodes {
		c.ByKind[n.Kind]++
		c.ByKindType[string(n.Kind)+"/"+n.Type]++
	}
	for _, e := range g.edges {
		c.ByEdgeKind[e.Kind]++
	}
	return c
}

// topNodes returns the n most important of the given nodes: most
// supporting documents, then most edges, then by id for determinism.
func (g *Graph) topNodes(among map[string]bool, n int) map[string]bool {
	type rank struct {
		id         string
		docs, degr int
	}
	ranks := make([]rank, 0, len(among))
	for id := range among {
		ranks = append(ranks, rank{id, g.nodes[id].DocCount(), g.Degree(id)})
	}
	sort.Slice(ranks, func(i, j int) bool {
		a, b := ranks[i], ranks[j]
		if a.docs != b.docs {
			return a.docs > b.docs
		}
		if a.degr != b.degr {
			return a.degr > b.degr
		}
		return a.id < b.id
	})
	out := make(map[string]bool, n)
	for _, r := range ranks[:n] {
		out[r.id] = true
	}
	return out
}
