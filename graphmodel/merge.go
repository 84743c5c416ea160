package graphmodel

import (
	"fmt"
	"maps"
	"sort"
)

// MergeNodes folds node drop into node keep and removes drop. Nothing is
// lost: drop's label and aliases become aliases of keep, mentions are
// united, attributes keep lacks are copied (a conflicting value is kept
// under "merged.<key>"), and every edge of drop is moved to keep. An edge
// that then duplicates one keep already has (same canonical id) has its
// evidence and attributes folded into that edge.
//
// Nodes of different kinds do not merge, except that an entity (a node of
// unknown kind) merges into anything.
func (g *Graph) MergeNodes(keep, drop string) error {
	if keep == drop {
		return fmt.Errorf("merge %q into itself: %w", drop, ErrInvalid)
	}
	k := g.node(keep)
	if k == nil {
		return fmt.Errorf("merge into %q: %w", keep, ErrNotFound)
	}
	d := g.node(drop)
	if d == nil {
		return fmt.Errorf("merge %q: %w", drop, ErrNotFound)
	}
	if k.Kind != d.Kind && d.Kind != KindEntity && k.Kind != KindEntity {
		return fmt.Errorf("merge %s %q into %s %q: kinds differ: %w", d.Kind, drop, k.Kind, keep, ErrInvalid)
	}
	g.touchNode(keep)
	if k.Kind == KindEntity && d.Kind != KindEntity {
		k.Kind, k.Type = d.Kind, d.Type
		g.nodes[keep].kind = int8(k.Kind.index())
	}
	if k.Type == "" {
		k.Type = d.Type
	}
	k.Aliases = cleanAliases(k.Label, append(append(k.Aliases, d.Label), d.Aliases...))
	k.Mentions = unionSpans(k.Mentions, d.Mentions)
	k.Attrs = mergeAttrs(k.Attrs, d.Attrs)

	for _, e := range g.EdgesOf(drop) {
		moved := e.Clone()
		if moved.Source == drop {
			moved.Source = keep
		}
		if moved.Target == drop {
			moved.Target = keep
		}
		canonical := e.ID == EdgeID(e.Kind, e.Source, e.Target)
		if canonical {
			moved.ID = EdgeID(moved.Kind, moved.Source, moved.Target)
		}
		if err := g.RemoveEdge(e.ID); err != nil {
			return fmt.Errorf("merge %q into %q: %w", drop, keep, err)
		}
		if into, ok := g.edges[moved.ID]; ok {
			g.touchEdge(into.ID)
			into.Evidence = unionSpans(into.Evidence, moved.Evidence)
			into.Attrs = mergeAttrs(into.Attrs, moved.Attrs)
			continue
		}
		if !canonical {
			moved.ID = freeID(g.edges, moved.ID)
		}
		// Re-adding checks endpoint kinds against the merged node; a merge
		// from an entity may have changed keep's kind, so fall back to a
		// related edge rather than lose the fact.
		if err := CheckEndpoints(moved.Kind, g.nodes[moved.Source].Kind, g.nodes[moved.Target].Kind); err != nil {
			if moved.Attrs == nil {
				moved.Attrs = map[string]string{}
			}
			moved.Attrs["role"] = string(moved.Kind)
			moved.Kind = EdgeRelated
		}
		if _, err := g.AddEdge(*moved); err != nil {
			return fmt.Errorf("merge %q into %q: %w", drop, keep, err)
		}
	}
	if err := g.RemoveNode(drop); err != nil {
		return fmt.Errorf("merge %q into %q: %w", drop, keep, err)
	}
	return nil
}

// mergeAttrs copies src's attributes into dst where dst lacks them; a
// different value for a key dst has is kept under "merged.<key>".
func mergeAttrs(dst, src map[string]string) map[string]string {
	if len(src) == 0 {
		return dst
	}
	out := maps.Clone(dst)
	if out == nil {
		out = map[string]string{}
	}
	keys := make([]string, 0, len(src))
	for key := range src {
		keys = append(keys, key)
	}
	sort.Strings(keys)
	for _, key := range keys {
		v := src[key]
		have, ok := out[key]
		switch {
		case !ok:
			out[key] = v
		case have != v:
			mk := "merged." + key
			if prev, ok := out[mk]; ok && prev != v {
				v = prev + "; " + v
			}
			out[mk] = v
		}
	}
	return out
}

// freeID returns id, or id with the smallest numeric suffix not in use.
func freeID[V any](m map[string]V, id string) string {
	if _, taken := m[id]; !taken {
		return id
	}
	for i := 2; ; i++ {
		c := fmt.Sprintf("%s#%d", id, i)
		if _, taken := m[c]; !taken {
			return c
		}
	}
}
