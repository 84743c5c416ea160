// Package ast is the syntax tree of the Graphviz DOT language, as the
// parser package builds it: graphs, statements, identifiers and their
// places in the source. It says nothing about what a file means (default
// attributes, edges to subgraphs, labels); package dot maps a tree onto
// Dossier's graph.
//
// The grammar it follows is Graphviz's (https://graphviz.org/doc/info/lang.html):
//
//	graph     : [ strict ] ( graph | digraph ) [ ID ] '{' stmt_list '}'
//	stmt_list : [ stmt [ ';' ] stmt_list ]
//	stmt      : node_stmt | edge_stmt | attr_stmt | ID '=' ID | subgraph
//	attr_stmt : ( graph | node | edge ) attr_list
//	attr_list : '[' [ a_list ] ']' [ attr_list ]
//	a_list    : ID '=' ID [ ( ';' | ',' ) ] [ a_list ]
//	edge_stmt : ( node_id | subgraph ) edgeRHS [ attr_list ]
//	edgeRHS   : edgeop ( node_id | subgraph ) [ edgeRHS ]
//	node_stmt : node_id [ attr_list ]
//	node_id   : ID [ port ]
//	port      : ':' ID [ ':' compass_pt ]
//	subgraph  : [ subgraph [ ID ] ] '{' stmt_list '}'
package ast

// Pos is a place in the source: a byte offset and the 1-based line and
// column, the column counted in characters.
type Pos struct {
	Offset int
	Line   int
	Col    int
}

// File is a parsed DOT file: one or more graphs.
type File struct {
	Graphs []*Graph
}

// Graph is a top-level graph or digraph.
type Graph struct {
	Pos      Pos // of the first keyword
	Strict   bool
	Directed bool
	ID       *ID // nil for an anonymous graph
	Stmts    []Stmt
}

// Stmt is a statement: *NodeStmt, *EdgeStmt, *AttrStmt, *Assign or
// *Subgraph.
type Stmt interface {
	Position() Pos
	stmt()
}

// Vertex is an end of an edge: *NodeID or *Subgraph.
type Vertex interface {
	Position() Pos
	vertex()
}

// IDKind tells how an identifier was written.
type IDKind int

// The ways to write an identifier.
const (
	Name    IDKind = iota // letters, digits and underscores: a0, Контрагенты
	Numeral               // -1.5, .5, 42
	Quoted                // "a string", possibly "joined" + "with plus"
	HTML                  // <an <b>HTML-like</b> string>
)

func (k IDKind) String() string {
	switch k {
	case Name:
		return "name"
	case Numeral:
		return "number"
	case Quoted:
		return "quoted string"
	case HTML:
		return "HTML string"
	}
	return "identifier"
}

// ID is an identifier. Value is what Graphviz's scanner makes of it: the
// text of a name or numeral; a quoted string without its quotes, with \"
// turned into " and backslash-newline removed, every other backslash kept
// (\\ stays two characters, \n stays an escape for labels); an HTML string
// without its outer angle brackets. Value holds the file's bytes, which
// need not be UTF-8 (see charset handling in package dot).
type ID struct {
	Kind  IDKind
	Value string
	Pos   Pos
	End   int // byte offset just past the identifier in the source
}

// Position returns where the identifier starts.
func (id *ID) Position() Pos { return id.Pos }

// NodeID names a node, with an optional port: a, a:p, a:p:ne, a:ne.
type NodeID struct {
	ID   *ID
	Port *Port // nil without a port
}

// Port is what follows a node name after colons. Graphviz decides later
// whether a single part is a port name or a compass point (n, ne, e, se,
// s, sw, w, nw, c, _).
type Port struct {
	Name    *ID
	Compass *ID // the second part, nil when there is one part
}

// String returns the port as written without the leading colon: "p",
// "p:ne".
func (p *Port) String() string {
	if p.Compass == nil {
		return p.Name.Value
	}
	return p.Name.Value + ":" + p.Compass.Value
}

// Attr is one key=value pair of an attribute list.
type Attr struct {
	Key   *ID
	Value *ID
}

// NodeStmt declares a node or sets its attributes.
type NodeStmt struct {
	Node  *NodeID
	Attrs []*Attr
}

// EdgeStmt is a chain of edges a -> b -> {c d} with shared attributes.
// Ends has at least two vertices.
type EdgeStmt struct {
	Ends  []Vertex
	Attrs []*Attr
}

// AttrKind says what an attribute statement sets defaults for.
type AttrKind int

// The kinds of attribute statements.
const (
	GraphAttrs AttrKind = iota // graph [...]
	NodeAttrs                  // node [...]
	EdgeAttrs                  // edge [...]
)

func (k AttrKind) String() string {
	switch k {
	case GraphAttrs:
		return "graph"
	case NodeAttrs:
		return "node"
	case EdgeAttrs:
		return "edge"
	}
	return "?"
}

// AttrStmt is graph [...], node [...] or edge [...].
type AttrStmt struct {
	Pos   Pos
	Kind  AttrKind
	Attrs []*Attr
}

// Assign is a statement key = value: an attribute of the enclosing graph
// or subgraph.
type Assign struct {
	Key   *ID
	Value *ID
}

// Subgraph is subgraph name { ... }, subgraph { ... } or just { ... }.
type Subgraph struct {
	Pos   Pos
	ID    *ID // nil for an anonymous subgraph
	Stmts []Stmt
}

// Position returns where the node name starts.
func (n *NodeID) Position() Pos { return n.ID.Pos }

// Position returns where the statement starts.
func (s *NodeStmt) Position() Pos { return s.Node.ID.Pos }

// Position returns where the statement starts.
func (s *EdgeStmt) Position() Pos { return s.Ends[0].Position() }

// Position returns where the statement starts.
func (s *AttrStmt) Position() Pos { return s.Pos }

// Position returns where the statement starts.
func (s *Assign) Position() Pos { return s.Key.Pos }

// Position returns where the subgraph starts.
func (s *Subgraph) Position() Pos { return s.Pos }

func (*NodeStmt) stmt() {}
func (*EdgeStmt) stmt() {}
func (*AttrStmt) stmt() {}
func (*Assign) stmt()   {}
func (*Subgraph) stmt() {}

func (*NodeID) vertex()   {}
func (*Subgraph) vertex() {}

// Walk calls fn for every identifier in f, in source order. It lets a
// caller check or convert all text at once (package dot validates UTF-8
// and converts Latin-1 this way).
func Walk(f *File, fn func(*ID)) {
	for _, g := range f.Graphs {
		if g.ID != nil {
			fn(g.ID)
		}
		walkStmts(g.Stmts, fn)
	}
}

func walkStmts(stmts []Stmt, fn func(*ID)) {
	for _, s := range stmts {
		switch s := s.(type) {
		case *NodeStmt:
			walkNodeID(s.Node, fn)
			walkAttrs(s.Attrs, fn)
		case *EdgeStmt:
			for _, v := range s.Ends {
				switch v := v.(type) {
				case *NodeID:
					walkNodeID(v, fn)
				case *Subgraph:
					walkSubgraph(v, fn)
				}
			}
			walkAttrs(s.Attrs, fn)
		case *AttrStmt:
			walkAttrs(s.Attrs, fn)
		case *Assign:
			fn(s.Key)
			fn(s.Value)
		case *Subgraph:
			walkSubgraph(s, fn)
		}
	}
}

func walkSubgraph(s *Subgraph, fn func(*ID)) {
	if s.ID != nil {
		fn(s.ID)
	}
	walkStmts(s.Stmts, fn)
}

func walkNodeID(n *NodeID, fn func(*ID)) {
	fn(n.ID)
	if n.Port != nil {
		fn(n.Port.Name)
		if n.Port.Compass != nil {
			fn(n.Port.Compass)
		}
	}
}

func walkAttrs(attrs []*Attr, fn func(*ID)) {
	for _, a := range attrs {
		fn(a.Key)
		fn(a.Value)
	}
}
