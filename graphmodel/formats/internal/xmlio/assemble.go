package xmlio

import (
	"fmt"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/interop"
)

// Assembler feeds nodes and edges into an interop.Builder. GraphML and GEXF
// allow an edge before the nodes it joins, and edges without ids: such
// edges wait until Finish, when every node is known and every explicit edge
// id taken, so the ids generated for the others cannot collide.
type Assembler struct {
	name    string
	b       *interop.Builder
	nodes   map[string]struct{}
	pending []pendingEdge
}

type pendingEdge struct {
	pos          Pos
	id, src, dst string
	directed     bool
	attrs        map[string]string
}

// NewAssembler starts a graph of the given format read from the named file.
func NewAssembler(name, format string) *Assembler {
	return &Assembler{name: name, b: interop.NewBuilder(format), nodes: map[string]struct{}{}}
}

// GraphAttr sets a graph-level attribute (see interop.Builder.SetGraphAttr).
func (a *Assembler) GraphAttr(key, value string) error { return a.b.SetGraphAttr(key, value) }

// Node adds a node; a duplicate id is an error wrapping
// graphmodel.ErrDuplicate.
func (a *Assembler) Node(id, label string, attrs map[string]string) error {
	if err := a.b.AddNode(id, label, attrs); err != nil {
		return err
	}
	a.nodes[id] = struct{}{}
	return nil
}

// Edge adds an edge now when it has an id and both ends exist, and
// otherwise keeps it for Finish. pos is where the edge is in the file, for
// errors found later.
func (a *Assembler) Edge(pos Pos, id, src, dst string, directed bool, attrs map[string]string) error {
	_, okSrc := a.nodes[src]
	_, okDst := a.nodes[dst]
	if id == "" || !okSrc || !okDst {
		a.pending = append(a.pending, pendingEdge{pos: pos, id: id, src: src, dst: dst, directed: directed, attrs: attrs})
		return nil
	}
	return a.b.AddEdge(id, src, dst, directed, attrs)
}

// Finish adds the edges kept back, with explicit ids first, and returns the
// graph. An edge whose end never appeared is an error wrapping
// graphmodel.ErrNotFound that names the edge's place in the file.
func (a *Assembler) Finish() (*graphmodel.Graph, error) {
	for pass := 0; pass < 2; pass++ {
		for _, e := range a.pending {
			if (e.id == "") != (pass == 1) {
				continue
			}
			if err := a.missing(e); err != nil {
				return nil, fmt.Errorf("%s:%s: %w", a.name, e.pos, err)
			}
			if err := a.b.AddEdge(e.id, e.src, e.dst, e.directed, e.attrs); err != nil {
				return nil, fmt.Errorf("%s:%s: %w", a.name, e.pos, err)
			}
		}
	}
	a.pending = nil
	g, err := a.b.Graph()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.name, err)
	}
	return g, nil
}

// missing reports an end of e that is not a node.
func (a *Assembler) missing(e pendingEdge) error {
	what := fmt.Sprintf("edge %q", e.id)
	if e.id == "" {
		what = fmt.Sprintf("edge from %q to %q", e.src, e.dst)
	}
	for _, end := range [...][2]string{{"source", e.src}, {"target", e.dst}} {
		if _, ok := a.nodes[end[1]]; !ok {
			return fmt.Errorf("%s: %s node %q: %w", what, end[0], end[1], graphmodel.ErrNotFound)
		}
	}
	return nil
}
