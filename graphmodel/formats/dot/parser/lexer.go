package parser

import (
	"fmt"
	"strings"

	"dossier/graphmodel/formats/dot/ast"
)

// tokKind is the kind of a token.
type tokKind int

const (
	tEOF tokKind = iota
	tID
	tLBrace   // {
	tRBrace   // }
	tLBracket // [
	tRBracket // ]
	tSemi     // ;
	tComma    // ,
	tEqual    // =
	tColon    // :
	tArrow    // ->
	tDash     // --
	tPlus     // +
	tStrict
	tGraph
	tDigraph
	tNode
	tEdge
	tSubgraph
)

// keywords are DOT's reserved words, matched without regard to case.
var keywords = map[string]tokKind{
	"strict": tStrict, "graph": tGraph, "digraph": tDigraph,
	"node": tNode, "edge": tEdge, "subgraph": tSubgraph,
}

var punct = map[tokKind]string{
	tLBrace: "{", tRBrace: "}", tLBracket: "[", tRBracket: "]", tSemi: ";",
	tComma: ",", tEqual: "=", tColon: ":", tArrow: "->", tDash: "--", tPlus: "+",
}

type token struct {
	kind tokKind
	pos  ast.Pos
	id   *ast.ID // for tID
	word string  // for keywords: as written
}

// describe names a token for an error message.
func (t token) describe() string {
	switch t.kind {
	case tEOF:
		return "end of file"
	case tID:
		return fmt.Sprintf("%s %s", t.id.Kind, shorten(t.id.Value))
	case tStrict, tGraph, tDigraph, tNode, tEdge, tSubgraph:
		return fmt.Sprintf("keyword %q", t.word)
	}
	return fmt.Sprintf("%q", punct[t.kind])
}

// shorten quotes s for a message, cut to a readable length.
func shorten(s string) string {
	const max = 40
	if r := []rune(s); len(r) > max {
		s = string(r[:max]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// lexer turns DOT source into tokens. It works on bytes: every byte from
// 0x80 up counts as a letter, as in Graphviz, so UTF-8 and Latin-1 text
// both scan; checking the encoding is left to the caller.
type lexer struct {
	src       []byte
	off       int // next byte to read
	line      int
	col       int  // column of src[off], in characters
	lineStart bool // only blanks since the start of the line (for # lines)
	warnings  []Warning
}

func newLexer(src []byte) *lexer {
	return &lexer{src: src, line: 1, col: 1, lineStart: true}
}

func (l *lexer) pos() ast.Pos { return ast.Pos{Offset: l.off, Line: l.line, Col: l.col} }

// advance moves past one byte, keeping line and column.
func (l *lexer) advance() {
	c := l.src[l.off]
	l.off++
	switch {
	case c == '\n':
		l.line++
		l.col = 1
	case c&0xC0 != 0x80: // not a UTF-8 continuation byte: a new character
		l.col++
	}
}

func (l *lexer) peekByte(ahead int) byte {
	if l.off+ahead < len(l.src) {
		return l.src[l.off+ahead]
	}
	return 0
}

func isLetter(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// skip moves past blanks and comments.
func (l *lexer) skip() error {
	for l.off < len(l.src) {
		c := l.src[l.off]
		switch {
		case c == '\n':
			l.advance()
			l.lineStart = true
		case c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v':
			l.advance()
		case c == '#' && l.lineStart:
			// A preprocessor line (#line, #include output): ignored.
			for l.off < len(l.src) && l.src[l.off] != '\n' {
				l.advance()
			}
		case c == '/' && l.peekByte(1) == '/':
			for l.off < len(l.src) && l.src[l.off] != '\n' {
				l.advance()
			}
		case c == '/' && l.peekByte(1) == '*':
			start := l.pos()
			l.advance()
			l.advance()
			for {
				if l.off >= len(l.src) {
					return errorAt(start, "comment /* is never closed")
				}
				if l.src[l.off] == '*' && l.peekByte(1) == '/' {
					l.advance()
					l.advance()
					break
				}
				l.advance()
			}
		default:
			return nil
		}
	}
	return nil
}

// next returns the next token.
func (l *lexer) next() (token, error) {
	if err := l.skip(); err != nil {
		return token{}, err
	}
	l.lineStart = false
	p := l.pos()
	if l.off >= len(l.src) {
		return token{kind: tEOF, pos: p}, nil
	}
	c := l.src[l.off]
	switch c {
	case '{', '}', '[', ']', ';', ',', '=', ':', '+':
		l.advance()
		return token{kind: single(c), pos: p}, nil
	case '"':
		return l.quoted()
	case '<':
		return l.html()
	case '-':
		switch n := l.peekByte(1); {
		case n == '>':
			l.advance()
			l.advance()
			return token{kind: tArrow, pos: p}, nil
		case n == '-':
			l.advance()
			l.advance()
			return token{kind: tDash, pos: p}, nil
		case isDigit(n) || n == '.' && isDigit(l.peekByte(2)):
			return l.numeral()
		}
		return token{}, errorAt(p, "unexpected '-' (an edge is written -> or --, a negative number -1)")
	case '.':
		if isDigit(l.peekByte(1)) {
			return l.numeral()
		}
	}
	switch {
	case isDigit(c):
		return l.numeral()
	case isLetter(c):
		for l.off < len(l.src) && (isLetter(l.src[l.off]) || isDigit(l.src[l.off])) {
			l.advance()
		}
		text := string(l.src[p.Offset:l.off])
		if len(text) <= len("subgraph") {
			if k, ok := keywords[strings.ToLower(text)]; ok {
				return token{kind: k, pos: p, word: text}, nil
			}
		}
		return l.idToken(ast.Name, text, p), nil
	}
	return token{}, errorAt(p, "unexpected character %s", charAt(l.src, l.off))
}

func single(c byte) tokKind {
	switch c {
	case '{':
		return tLBrace
	case '}':
		return tRBrace
	case '[':
		return tLBracket
	case ']':
		return tRBracket
	case ';':
		return tSemi
	case ',':
		return tComma
	case '=':
		return tEqual
	case ':':
		return tColon
	}
	return tPlus
}

// charAt describes the character at off for a message.
func charAt(src []byte, off int) string {
	c := src[off]
	if c < 0x20 || c == 0x7F {
		return fmt.Sprintf("0x%02X", c)
	}
	if c < 0x80 {
		return fmt.Sprintf("%q", rune(c))
	}
	return fmt.Sprintf("byte 0x%02X", c)
}

func (l *lexer) idToken(kind ast.IDKind, value string, p ast.Pos) token {
	return token{kind: tID, pos: p, id: &ast.ID{Kind: kind, Value: value, Pos: p, End: l.off}}
}

// numeral scans [-]?(.[0-9]+|[0-9]+(.[0-9]*)?). A numeral run into a
// letter or a second dot ends there, as in Graphviz, with a warning.
func (l *lexer) numeral() (token, error) {
	p := l.pos()
	if l.src[l.off] == '-' {
		l.advance()
	}
	for l.off < len(l.src) && isDigit(l.src[l.off]) {
		l.advance()
	}
	if l.off < len(l.src) && l.src[l.off] == '.' {
		l.advance()
		for l.off < len(l.src) && isDigit(l.src[l.off]) {
			l.advance()
		}
	}
	text := string(l.src[p.Offset:l.off])
	if l.off < len(l.src) && (isLetter(l.src[l.off]) || l.src[l.off] == '.') {
		l.warnings = append(l.warnings, Warning{Pos: p, Msg: fmt.Sprintf(
			"number %s runs into the next character without a space; read as two identifiers", text)})
	}
	return l.idToken(ast.Numeral, text, p), nil
}

// quoted scans a "string". \" stands for a quote and a backslash before a
// line end joins the lines; every other backslash is kept with the
// character after it, as Graphviz keeps them for label escapes.
func (l *lexer) quoted() (token, error) {
	p := l.pos()
	l.advance() // opening quote
	var b []byte
	from := l.off // start of the run not yet copied into b
	for {
		if l.off >= len(l.src) {
			return token{}, errorAt(p, "string is never closed (the quote opened here has no partner)")
		}
		c := l.src[l.off]
		switch {
		case c == '"':
			var value string
			if b == nil {
				value = string(l.src[from:l.off])
			} else {
				value = string(append(b, l.src[from:l.off]...))
			}
			l.advance()
			return l.idToken(ast.Quoted, value, p), nil
		case c == '\\':
			n := l.peekByte(1)
			switch {
			case n == '"':
				b = append(b, l.src[from:l.off]...)
				b = append(b, '"')
				l.advance()
				l.advance()
				from = l.off
				if b == nil {
					b = []byte{}
				}
			case n == '\n' || n == '\r' && l.peekByte(2) == '\n':
				b = append(b, l.src[from:l.off]...)
				if b == nil {
					b = []byte{}
				}
				l.advance() // backslash
				if n == '\r' {
					l.advance()
				}
				l.advance() // line feed
				from = l.off
			case n == '\\':
				l.advance()
				l.advance()
			default:
				l.advance()
			}
		default:
			l.advance()
		}
	}
}

// html scans an HTML-like string: <...> with nested angle brackets.
func (l *lexer) html() (token, error) {
	p := l.pos()
	l.advance()
	depth := 1
	for l.off < len(l.src) {
		switch l.src[l.off] {
		case '<':
			depth++
		case '>':
			depth--
			if depth == 0 {
				value := string(l.src[p.Offset+1 : l.off])
				l.advance()
				return l.idToken(ast.HTML, value, p), nil
			}
		}
		l.advance()
	}
	return token{}, errorAt(p, "HTML string is never closed (%d '<' without a matching '>')", depth)
}
