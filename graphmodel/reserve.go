package graphmodel

// Reserve prepares the graph for about nodes more nodes and edges more
// edges, so that adding them does not grow its tables step by step nor
// allocate each record on its own (extraction knows how much it will add
// before it adds it). The tables of an empty graph are made for that
// many; a graph that already holds nodes (or edges) keeps its tables as
// they are. The records of that many new nodes and edges are allocated
// together (a block stays in memory while any of its nodes or edges is
// in use). It is only a hint: the graph grows past it as usual.
func (g *Graph) Reserve(nodes, edges int) {
	if nodes > 0 {
		if len(g.nodes) == 0 {
			g.nodes = make(map[string]*nodeRec, nodes)
		}
		if len(g.spareNodes) < nodes {
			g.spareNodes = make([]nodeRec, nodes)
		}
	}
	if edges > 0 {
		if len(g.edges) == 0 {
			g.edges = make(map[string]*Edge, edges)
		}
		if len(g.spareEdges) < edges {
			g.spareEdges = make([]edgeRec, edges)
		}
		g.ids.Reserve(edges * edgeIDBytes)
	}
}

// edgeIDBytes is about the length of the id of an edge that Connect
// makes (82 bytes on average in extracted graphs).
const edgeIDBytes = 80

// spareNode returns a zero record for a new node: one Reserve made, or a
// new one.
func (g *Graph) spareNode() *nodeRec { return takeSpare(&g.spareNodes) }

// spareEdge returns a zero record for a new edge, as spareNode.
func (g *Graph) spareEdge() *edgeRec { return takeSpare(&g.spareEdges) }

// takeSpare hands out the first record of *spare, or a new one when none
// is left.
func takeSpare[T any](spare *[]T) *T {
	if len(*spare) == 0 {
		return new(T)
	}
	r := &(*spare)[0]
	*spare = (*spare)[1:]
	return r
}
