// Package parser reads Graphviz DOT source into the syntax tree of package
// ast. It is a hand-written scanner and recursive-descent parser following
// Graphviz's grammar and scanner rules: keywords in any case, names of
// letters, digits, underscores and any byte from 0x80 up (so unquoted
// Cyrillic or CJK names work), numerals, quoted strings with \" and
// backslash-newline continuations joined by '+', HTML-like strings with
// nested angle brackets, C and C++ comments, and lines starting with '#'
// (C preprocessor output), which are ignored.
//
// Errors carry the line and column (in characters) of the problem. Nesting
// of subgraphs is limited to MaxDepth, so hostile input cannot exhaust the
// stack; everything else is linear in the size of the input.
package parser

import (
	"errors"
	"fmt"

	"dossier/graphmodel/formats/dot/ast"
)

// MaxDepth is the deepest nesting of subgraphs accepted.
const MaxDepth = 256

// Error is a syntax error at a place in the source.
type Error struct {
	Pos ast.Pos
	Msg string
}

func (e *Error) Error() string { return fmt.Sprintf("%d:%d: %s", e.Pos.Line, e.Pos.Col, e.Msg) }

func errorAt(p ast.Pos, format string, a ...any) *Error {
	return &Error{Pos: p, Msg: fmt.Sprintf(format, a...)}
}

// Warning is something the parser accepted but a reader should know of.
type Warning struct {
	Pos ast.Pos
	Msg string
}

func (w Warning) String() string { return fmt.Sprintf("%d:%d: %s", w.Pos.Line, w.Pos.Col, w.Msg) }

// Parse parses a whole DOT file: one or more graphs. A returned error is
// an *Error.
func Parse(src []byte) (*ast.File, []Warning, error) {
	p := &parser{lx: newLexer(src)}
	f, err := p.file()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			err = &Error{Msg: err.Error()}
		}
		return nil, p.lx.warnings, err
	}
	return f, p.lx.warnings, nil
}

type parser struct {
	lx       *lexer
	tok      token // current token
	directed bool
	depth    int
}

// advance moves to the next token.
func (p *parser) advance() error {
	t, err := p.lx.next()
	if err != nil {
		return err
	}
	p.tok = t
	return nil
}

func (p *parser) unexpected(want string) error {
	return errorAt(p.tok.pos, "expected %s, found %s", want, p.tok.describe())
}

func (p *parser) expect(k tokKind, want string) error {
	if p.tok.kind != k {
		return p.unexpected(want)
	}
	return p.advance()
}

func (p *parser) file() (*ast.File, error) {
	if err := p.advance(); err != nil {
		return nil, err
	}
	f := &ast.File{}
	if p.tok.kind == tEOF {
		return nil, errorAt(p.tok.pos, "no graph in the file (it should start with graph or digraph)")
	}
	for p.tok.kind != tEOF {
		g, err := p.graph()
		if err != nil {
			return nil, err
		}
		f.Graphs = append(f.Graphs, g)
	}
	return f, nil
}

func (p *parser) graph() (*ast.Graph, error) {
	g := &ast.Graph{Pos: p.tok.pos}
	if p.tok.kind == tStrict {
		g.Strict = true
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	switch p.tok.kind {
	case tGraph:
	case tDigraph:
		g.Directed = true
	default:
		return nil, p.unexpected(`"graph" or "digraph"`)
	}
	p.directed = g.Directed
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind == tID {
		id, err := p.id()
		if err != nil {
			return nil, err
		}
		g.ID = id
	}
	open := p.tok.pos
	if err := p.expect(tLBrace, `"{"`); err != nil {
		return nil, err
	}
	stmts, err := p.stmtList(open)
	if err != nil {
		return nil, err
	}
	g.Stmts = stmts
	return g, nil
}

// stmtList parses statements up to and including the closing brace of the
// block opened at open.
func (p *parser) stmtList(open ast.Pos) ([]ast.Stmt, error) {
	var stmts []ast.Stmt
	for {
		switch p.tok.kind {
		case tRBrace:
			return stmts, p.advance()
		case tEOF:
			return nil, errorAt(p.tok.pos, "end of file inside the block opened at %d:%d (a '}' is missing)", open.Line, open.Col)
		case tSemi:
			if err := p.advance(); err != nil {
				return nil, err
			}
			continue
		}
		s, err := p.stmt()
		if err != nil {
			return nil, err
		}
		stmts = append(stmts, s)
	}
}

func (p *parser) stmt() (ast.Stmt, error) {
	switch p.tok.kind {
	case tGraph, tNode, tEdge:
		kind := map[tokKind]ast.AttrKind{tGraph: ast.GraphAttrs, tNode: ast.NodeAttrs, tEdge: ast.EdgeAttrs}[p.tok.kind]
		s := &ast.AttrStmt{Pos: p.tok.pos, Kind: kind}
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.tok.kind != tLBracket {
			return nil, p.unexpected(fmt.Sprintf(`"[" after %q`, kind.String()))
		}
		attrs, err := p.attrLists()
		if err != nil {
			return nil, err
		}
		s.Attrs = attrs
		return s, nil
	case tSubgraph, tLBrace:
		sub, err := p.subgraph()
		if err != nil {
			return nil, err
		}
		if p.tok.kind == tArrow || p.tok.kind == tDash {
			return p.edgeStmt(sub)
		}
		return sub, nil
	case tID:
		first, err := p.id()
		if err != nil {
			return nil, err
		}
		if p.tok.kind == tEqual {
			if err := p.advance(); err != nil {
				return nil, err
			}
			if p.tok.kind != tID {
				return nil, p.unexpected("a value after '='")
			}
			value, err := p.id()
			if err != nil {
				return nil, err
			}
			return &ast.Assign{Key: first, Value: value}, nil
		}
		n, err := p.port(first)
		if err != nil {
			return nil, err
		}
		if p.tok.kind == tArrow || p.tok.kind == tDash {
			return p.edgeStmt(n)
		}
		s := &ast.NodeStmt{Node: n}
		if p.tok.kind == tLBracket {
			if s.Attrs, err = p.attrLists(); err != nil {
				return nil, err
			}
		}
		return s, nil
	}
	return nil, p.unexpected("a statement")
}

// edgeStmt parses the rest of an edge statement whose first end is first.
func (p *parser) edgeStmt(first ast.Vertex) (ast.Stmt, error) {
	s := &ast.EdgeStmt{Ends: []ast.Vertex{first}}
	for p.tok.kind == tArrow || p.tok.kind == tDash {
		switch {
		case p.tok.kind == tArrow && !p.directed:
			return nil, errorAt(p.tok.pos, "'->' in an undirected graph (write '--', or make it a digraph)")
		case p.tok.kind == tDash && p.directed:
			return nil, errorAt(p.tok.pos, "'--' in a directed graph (write '->', or make it an undirected graph)")
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
		switch p.tok.kind {
		case tID:
			n, err := p.nodeID()
			if err != nil {
				return nil, err
			}
			s.Ends = append(s.Ends, n)
		case tSubgraph, tLBrace:
			sub, err := p.subgraph()
			if err != nil {
				return nil, err
			}
			s.Ends = append(s.Ends, sub)
		default:
			return nil, p.unexpected("a node or subgraph after the edge operator")
		}
	}
	if p.tok.kind == tLBracket {
		attrs, err := p.attrLists()
		if err != nil {
			return nil, err
		}
		s.Attrs = attrs
	}
	return s, nil
}

func (p *parser) subgraph() (*ast.Subgraph, error) {
	s := &ast.Subgraph{Pos: p.tok.pos}
	if p.depth >= MaxDepth {
		return nil, errorAt(p.tok.pos, "subgraphs nested deeper than %d levels", MaxDepth)
	}
	if p.tok.kind == tSubgraph {
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.tok.kind == tID {
			id, err := p.id()
			if err != nil {
				return nil, err
			}
			s.ID = id
		}
	}
	open := p.tok.pos
	if err := p.expect(tLBrace, `"{" to open the subgraph`); err != nil {
		return nil, err
	}
	p.depth++
	stmts, err := p.stmtList(open)
	p.depth--
	if err != nil {
		return nil, err
	}
	s.Stmts = stmts
	return s, nil
}

func (p *parser) nodeID() (*ast.NodeID, error) {
	id, err := p.id()
	if err != nil {
		return nil, err
	}
	return p.port(id)
}

// port parses the port that may follow the node name id.
func (p *parser) port(id *ast.ID) (*ast.NodeID, error) {
	n := &ast.NodeID{ID: id}
	if p.tok.kind != tColon {
		return n, nil
	}
	if err := p.advance(); err != nil {
		return nil, err
	}
	if p.tok.kind != tID {
		return nil, p.unexpected("a port name after ':'")
	}
	name, err := p.id()
	if err != nil {
		return nil, err
	}
	n.Port = &ast.Port{Name: name}
	if p.tok.kind == tColon {
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.tok.kind != tID {
			return nil, p.unexpected("a compass point after ':'")
		}
		if n.Port.Compass, err = p.id(); err != nil {
			return nil, err
		}
	}
	return n, nil
}

// attrLists parses one or more [ ... ] lists into one slice.
func (p *parser) attrLists() ([]*ast.Attr, error) {
	var attrs []*ast.Attr
	for p.tok.kind == tLBracket {
		open := p.tok.pos
		if err := p.advance(); err != nil {
			return nil, err
		}
		for p.tok.kind != tRBracket {
			if p.tok.kind == tEOF {
				return nil, errorAt(p.tok.pos, "end of file inside the attribute list opened at %d:%d (a ']' is missing)", open.Line, open.Col)
			}
			if p.tok.kind != tID {
				return nil, p.unexpected("an attribute name or ']'")
			}
			key, err := p.id()
			if err != nil {
				return nil, err
			}
			if p.tok.kind != tEqual {
				return nil, p.unexpected(fmt.Sprintf("'=' after attribute %s", shorten(key.Value)))
			}
			if err := p.advance(); err != nil {
				return nil, err
			}
			if p.tok.kind != tID {
				return nil, p.unexpected(fmt.Sprintf("a value for attribute %s", shorten(key.Value)))
			}
			value, err := p.id()
			if err != nil {
				return nil, err
			}
			attrs = append(attrs, &ast.Attr{Key: key, Value: value})
			if p.tok.kind == tSemi || p.tok.kind == tComma {
				if err := p.advance(); err != nil {
					return nil, err
				}
			}
		}
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	return attrs, nil
}

// id takes the current identifier, joining quoted strings written
// "a" + "b", and moves past it.
func (p *parser) id() (*ast.ID, error) {
	id := p.tok.id
	if err := p.advance(); err != nil {
		return nil, err
	}
	if id.Kind != ast.Quoted || p.tok.kind != tPlus {
		return id, nil
	}
	joined := *id
	value := []byte(id.Value)
	for p.tok.kind == tPlus {
		if err := p.advance(); err != nil {
			return nil, err
		}
		if p.tok.kind != tID || p.tok.id.Kind != ast.Quoted {
			return nil, p.unexpected("a quoted string after '+'")
		}
		value = append(value, p.tok.id.Value...)
		joined.End = p.tok.id.End
		if err := p.advance(); err != nil {
			return nil, err
		}
	}
	joined.Value = string(value)
	return &joined, nil
}
