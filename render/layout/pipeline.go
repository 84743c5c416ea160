package layout

import (
	"bytes"
	"context"
	"fmt"

	"dossier/graphmodel"
	"dossier/render/dot"
	"dossier/render/scene"
)

// autoDotNodes and autoDotEdges bound the graphs Auto gives to dot.
// Measured on a 2-core machine (BenchmarkLayout, WebAssembly): dot takes
// 0.03 s at 40 sparse random nodes and 0.26 s at 200, but its cost grows
// steeply with crossings: issue 7 measured 1.9 s at 200 denser nodes and
// 58 s at 500. sfdp takes 0.26 s at 200 nodes, 1.7 s at 1,000 and 4.5 s
// at 3,000, and never explodes.
const (
	autoDotNodes = 120
	autoDotEdges = 300
	// With native Graphviz, dot stays interactive a little longer.
	autoDotNodesNative = 200
	autoDotEdgesNative = 500
)

// Auto picks a layout engine that keeps the app responsive: dot's
// layered drawing for small graphs, sfdp beyond (WebAssembly figures).
func Auto(nodes, edges int) string {
	if nodes <= autoDotNodes && edges <= autoDotEdges {
		return "dot"
	}
	return "sfdp"
}

// Auto is the package Auto with thresholds for the service's backend.
func (s *Service) Auto(nodes, edges int) string {
	if s.Native() {
		if nodes <= autoDotNodesNative && edges <= autoDotEdgesNative {
			return "dot"
		}
		return "sfdp"
	}
	return Auto(nodes, edges)
}

// ForGraph picks the engine Dossier uses when the user leaves the choice
// to it, for a view of nodes and edges of g: the file's own drawing when
// most nodes carry saved positions ("saved"); for a graph that came from
// a DOT file, what bySize (Auto or Service.Auto) advises for its size,
// since it was usually drawn for dot's layers; otherwise sfdp, because a
// typed evidence graph — many statements hanging off few speakers, a few
// meetings joining many actors — reads best as a force-directed drawing,
// and sfdp makes one quickly at any size.
func ForGraph(g *graphmodel.Graph, nodes, edges int, bySize func(nodes, edges int) string) string {
	if HasSavedPositions(g) {
		return "saved"
	}
	if g.Attrs["format"] == "dot" {
		return bySize(nodes, edges)
	}
	return "sfdp"
}

// HasSavedPositions reports whether at least 90% of g's nodes carry x and
// y from the foreign file they came from (a Gephi or Cytoscape drawing
// someone arranged). Dossier's own graphs never count.
func HasSavedPositions(g *graphmodel.Graph) bool {
	if g.NodeCount() == 0 || g.Attrs["format"] == "" || g.Attrs["format"] == "dossier" {
		return false
	}
	with := 0
	for _, n := range g.Nodes() {
		if n.Attr("x") != "" && n.Attr("y") != "" {
			with++
		}
	}
	return with*10 >= g.NodeCount()*9
}

// EngineAttrs returns graph attributes that make engine's drawings of
// labelled nodes readable: force-directed engines remove node overlaps
// and keep a margin around each node. nil for the others.
func EngineAttrs(engine string) map[string]string {
	switch engine {
	case "sfdp", "fdp", "neato":
		return map[string]string{"overlap": "prism", "sep": "+6"}
	}
	return nil
}

// SavedYDown reports whether g's saved positions measure y downwards, as
// Cytoscape does (Gephi and Graphviz measure it upwards).
func SavedYDown(g *graphmodel.Graph) bool { return g.Attrs["format"] == "cyjs" }

// Graph writes g (or sel of it) as DOT with opt, lays it out with engine
// ("" = s.Auto by size; "saved" pins nodes with saved x/y attrs) and
// returns the scene.
func Graph(ctx context.Context, s *Service, g *graphmodel.Graph, sel *graphmodel.Selection, opt dot.Options, engine string) (*scene.Scene, error) {
	if g == nil {
		return nil, fmt.Errorf("layout graph: no graph")
	}
	opt.Selection = sel
	if engine == "" {
		n, e := g.NodeCount(), g.EdgeCount()
		if sel != nil {
			n, e = len(sel.Nodes), len(sel.Edges)
		}
		engine = ForGraph(g, n, e, s.Auto)
	}
	if engine == "saved" {
		opt.SavedPositions = true
		opt.YDown = SavedYDown(g)
	}
	if opt.Graph == nil {
		opt.Graph = EngineAttrs(engine)
	}
	var buf bytes.Buffer
	if err := dot.Write(&buf, g, opt); err != nil {
		return nil, fmt.Errorf("layout graph: %w", err)
	}
	sc, err := s.Layout(ctx, buf.Bytes(), engine)
	if err != nil {
		return nil, fmt.Errorf("layout graph: %w", err)
	}
	return sc, nil
}
