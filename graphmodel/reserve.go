package graphmodel

// Reserve prepares an empty graph for about nodes nodes and edges edges,
// so that adding them does not grow its tables step by step (extraction
// knows how much it will add before it adds it). It is only a hint: a
// graph that already holds nodes (or edges) keeps those tables as they
// are, and the graph grows past the hint as usual.
func (g *Graph) Reserve(nodes, edges int) {
	if len(g.nodes) == 0 && nodes > 0 {
		g.nodes = make(map[string]*nodeRec, nodes)
	}
	if len(g.edges) == 0 && edges > 0 {
		g.edges = make(map[string]*Edge, edges)
	}
}
