package graphmodel

// Reserve prepares the graph for about nodes more nodes and edges more
// edges, and strs more bytes of strings made by MakeString, so that adding
// them does not grow its tables step by step nor allocate each record on
// its own (extraction knows how much it will add before it adds it). The
// tables of an empty graph are made for that many, unless Reserve made
// them for more already; a graph that already holds nodes (or edges)
// keeps its tables as they are. The records of that many new nodes and
// edges are allocated together (a block stays in memory while any of its
// nodes or edges is in use), and the ids of new edges and the strings
// share one block (see ReserveLists for the lists of new nodes and
// edges). It is only a hint: the graph grows past it as usual.
func (g *Graph) Reserve(nodes, edges, strs int) {
	if nodes > 0 {
		if len(g.nodes) == 0 && nodes > g.tableNodes {
			g.nodes = make(map[string]*nodeRec, nodes)
			g.tableNodes = nodes
		}
		g.spareNodes.reserve(nodes)
	}
	if edges > 0 {
		if len(g.edges) == 0 && edges > g.tableEdges {
			g.edges = make(map[string]*edgeRec, edges)
			g.tableEdges = edges
		}
		g.spareEdges.reserve(edges)
	}
	if n := max(edges, 0)*edgeIDBytes + max(strs, 0); n > 0 {
		g.strs.Reserve(n)
	}
}

// ReserveLists prepares the graph for about spans more spans in lists of
// several (the mentions of new nodes and the evidence of new edges that
// have more than one), aliases more aliases and attrs more attributes of
// new nodes given as lists (see PutNode), so that keeping them needs no
// allocation of its own. It is only a hint, as Reserve.
func (g *Graph) ReserveLists(spans, aliases, attrs int) {
	g.spans.reserve(spans)
	g.aliases.reserve(aliases)
	g.attrLists.reserve(attrs)
}

// MakeString returns string(b), cut from blocks the graph shares with the
// ids of its edges: for strings that live as long as the graph (the ids
// and labels of its nodes), which then cost no allocation each.
func (g *Graph) MakeString(b []byte) string { return g.strs.Bytes(b) }

// edgeIDBytes is about the length of the id of an edge that Connect
// makes (87 bytes on average in extracted graphs, which tell Reserve
// about as many edges as they add).
const edgeIDBytes = 88

// spareNode returns a zero record for a new node: one Reserve made, or a
// new one.
func (g *Graph) spareNode() *nodeRec { return g.spareNodes.take() }

// spareEdge returns a zero record for a new edge, as spareNode.
func (g *Graph) spareEdge() *edgeRec { return g.spareEdges.take() }

// spares holds records allocated together, to be handed out one by one
// (by an index: taking one writes no pointer). The zero value holds none.
type spares[T any] struct {
	recs []T
	next int // the first record not handed out
}

// reserve makes room for n records (unless there is room).
func (s *spares[T]) reserve(n int) {
	if len(s.recs)-s.next < n {
		s.recs, s.next = make([]T, n), 0
	}
}

// take hands out a zero record: the next of s, or a new one when none is
// left.
func (s *spares[T]) take() *T {
	if s.next == len(s.recs) {
		return new(T)
	}
	s.next++
	return &s.recs[s.next-1]
}

// block hands out short slices cut from larger shared blocks, so that
// the span and alias lists of new nodes and edges do not cost an
// allocation each. A slice is cut with no room to grow (appending to it
// copies it), and a block stays in memory while any slice cut from it is
// in use, as for the records above. The zero value is ready to use.
type block[T any] struct {
	free []T
	next int // length of the next block
}

const (
	firstBlock = 16  // elements: most graphs need few lists of several
	lastBlock  = 256 // blocks double in length up to this
)

// reserve makes room for n elements in all (cut then needs no new block
// for them).
func (b *block[T]) reserve(n int) {
	if len(b.free) < n {
		b.free = make([]T, n)
	}
}

// cut returns a zeroed slice of n elements.
func (b *block[T]) cut(n int) []T {
	if n > lastBlock/4 {
		return make([]T, n) // a long list on its own
	}
	if len(b.free) < n {
		b.next = min(max(2*b.next, firstBlock, n), lastBlock) // (n ≤ lastBlock/4)
		b.free = make([]T, b.next)
	}
	s := b.free[:n:n]
	b.free = b.free[n:]
	return s
}
