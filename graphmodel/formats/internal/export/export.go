// Package export holds what Dossier's file exporters share: choosing the
// nodes and edges of a selection, and telling plain numbers from text.
package export

import (
	"fmt"
	"slices"
	"strings"

	"dossier/graphmodel"
)

// Elements returns the nodes and edges to write, in id order: the whole
// graph when sel is nil, else the selected ones. A selected id missing from
// the graph is an error wrapping graphmodel.ErrNotFound; a selected edge
// whose ends are not both selected is left out, so the file stays
// self-contained.
func Elements(g *graphmodel.Graph, sel *graphmodel.Selection) ([]*graphmodel.Node, []*graphmodel.Edge, error) {
	if sel == nil {
		return g.Nodes(), g.Edges(), nil
	}
	nodes := make([]*graphmodel.Node, 0, len(sel.Nodes))
	in := make(map[string]bool, len(sel.Nodes))
	for _, id := range sel.Nodes {
		n, ok := g.Node(id)
		if !ok {
			return nil, nil, fmt.Errorf("selected node %q: %w", id, graphmodel.ErrNotFound)
		}
		if !in[id] {
			in[id] = true
			nodes = append(nodes, n)
		}
	}
	edges := make([]*graphmodel.Edge, 0, len(sel.Edges))
	seen := make(map[string]bool, len(sel.Edges))
	for _, id := range sel.Edges {
		e, ok := g.Edge(id)
		if !ok {
			return nil, nil, fmt.Errorf("selected edge %q: %w", id, graphmodel.ErrNotFound)
		}
		if in[e.Source] && in[e.Target] && !seen[id] {
			seen[id] = true
			edges = append(edges, e)
		}
	}
	sortNodes(nodes)
	sortEdges(edges)
	return nodes, edges, nil
}

// IsNumber reports whether s is a plain decimal number: an optional minus
// or plus sign, digits with at most one decimal point (at least one digit),
// and an optional exponent. No spaces, hex, underscores, NaN or Inf: what
// every reader of GEXF, GraphML or a spreadsheet parses as a number.
func IsNumber(s string) bool {
	i := skipSign(s, 0)
	digits, dots := 0, 0
	for ; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			digits++
		} else if c == '.' && dots == 0 {
			dots++
		} else {
			break
		}
	}
	if digits == 0 {
		return false
	}
	if i == len(s) {
		return true
	}
	if s[i] != 'e' && s[i] != 'E' {
		return false
	}
	i = skipSign(s, i+1)
	if i == len(s) {
		return false
	}
	for ; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func skipSign(s string, i int) int {
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		return i + 1
	}
	return i
}

func sortNodes(ns []*graphmodel.Node) {
	slices.SortFunc(ns, func(a, b *graphmodel.Node) int { return strings.Compare(a.ID, b.ID) })
}

func sortEdges(es []*graphmodel.Edge) {
	slices.SortFunc(es, func(a, b *graphmodel.Edge) int { return strings.Compare(a.ID, b.ID) })
}
