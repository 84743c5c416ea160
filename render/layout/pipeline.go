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
		engine = s.Auto(n, e)
	}
	if engine == "saved" {
		opt.SavedPositions = true
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
