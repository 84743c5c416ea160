package dot

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot/ast"
	"dossier/graphmodel/formats/dot/parser"
	"dossier/graphmodel/formats/internal/jsontree"
)

// Format facts.
const (
	// FormatName is the "format" attribute of graphs read from DOT.
	FormatName = "dot"
	// MaxSize bounds the files Decode reads (512 MB).
	MaxSize = 512 << 20
)

// Attribute keys of the mapping between DOT and Dossier's graph.
const (
	// AttrPrefix starts the key under which a DOT attribute is kept:
	// shape=box becomes "dot.shape" = "box".
	AttrPrefix = "dot."
	// HTMLSuffix marks an attribute whose value was an HTML-like string:
	// label=<<B>x</B>> becomes "dot.label" = "<B>x</B>" and
	// "dot.label.html" = "true".
	HTMLSuffix = ".html"
	// AttrCluster is the node attribute naming the innermost cluster
	// the node belongs to.
	AttrCluster = "dot.cluster"
	// AttrClusters is the graph attribute describing the clusters, as
	// a JSON array of Cluster.
	AttrClusters = "dot.clusters"
	// AttrName is the graph attribute holding the graph's name.
	AttrName = "name"
	// AttrDossierID is a node attribute that overrides the node's id:
	// Encode writes it for ids Graphviz cannot spell exactly.
	AttrDossierID = "dossier.id"
	// AttrJSON is an attribute holding a JSON object of further
	// attributes: Encode writes there the keys and values Graphviz's
	// quoting cannot spell exactly (see Quote).
	AttrJSON = "dossier.json"
)

// Decode reads a DOT file; name is used in errors.
func Decode(r io.Reader, name string) (*graphmodel.Graph, error) {
	g, _, err := DecodeWithWarnings(r, name)
	return g, err
}

// DecodeWithWarnings reads a DOT file and also returns what the import
// changed or left out: attributes removed because they would make
// Graphviz read local files, graphs after the first, a declared charset
// that did not fit, numbers run into names.
//
// Only the first graph of a file is read. Every DOT node becomes a node
// whose id is its DOT name, every edge an edge; see the package
// documentation for the mapping.
func DecodeWithWarnings(r io.Reader, name string) (*graphmodel.Graph, []string, error) {
	return decodeLimited(r, name, MaxSize)
}

// decodeLimited is DecodeWithWarnings with a size limit of max bytes.
func decodeLimited(r io.Reader, name string, max int64) (*graphmodel.Graph, []string, error) {
	src, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if int64(len(src)) > max {
		return nil, nil, fmt.Errorf("%s: file is larger than the limit of %s: %w", name, jsontree.Size(max), jsontree.ErrTooLarge)
	}
	return decodeBytes(src, name)
}

func decodeBytes(src []byte, name string) (*graphmodel.Graph, []string, error) {
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return nil, nil, fmt.Errorf("%s: file is UTF-16 text; Graphviz and Dossier read DOT as UTF-8 or Latin-1: save it as UTF-8", name)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, nil, fmt.Errorf("%s: file is empty", name)
	}
	var warnings []string
	f, pw, err := parse(src, name)
	if err != nil {
		return nil, nil, err
	}
	g := f.Graphs[0]
	cs, csPos := charset(g)
	switch {
	case cs == "" || isUTF8Name(cs):
	case isLatin1Name(cs):
		if utf8.Valid(src) {
			if hasNonASCII(src) {
				warnings = append(warnings, fmt.Sprintf("%s:%d:%d: the file declares charset=%s but its text is valid UTF-8: read as UTF-8", name, csPos.Line, csPos.Col, cs))
			}
			break
		}
		// Latin-1 as web browsers read it: bytes 0x80-0x9F, control
		// characters in ISO-8859-1, are Windows-1252's € and quotes.
		utf, err := charmap.Windows1252.NewDecoder().Bytes(src)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: convert from %s: %w", name, cs, err)
		}
		src = utf
		if f, pw, err = parse(src, name); err != nil {
			return nil, nil, err
		}
		g = f.Graphs[0]
	case strings.EqualFold(cs, "big5") || strings.EqualFold(cs, "big-5"):
		return nil, nil, fmt.Errorf("%s:%d:%d: charset %s is not supported: save the file as UTF-8", name, csPos.Line, csPos.Col, cs)
	default:
		warnings = append(warnings, fmt.Sprintf("%s:%d:%d: unknown charset %q: read as UTF-8, as Graphviz does", name, csPos.Line, csPos.Col, cs))
	}
	if err := checkUTF8(f, src, name, cs); err != nil {
		return nil, nil, err
	}
	for _, w := range pw {
		warnings = append(warnings, name+":"+w.String())
	}
	if n := len(f.Graphs); n > 1 {
		warnings = append(warnings, fmt.Sprintf("the file holds %d graphs: only the first was read", n))
	}
	ev := newEvaluator(name, g, len(src))
	if err := ev.run(g.Stmts, ev.root); err != nil {
		return nil, nil, err
	}
	graph, err := ev.build()
	if err != nil {
		return nil, nil, err
	}
	return graph, append(warnings, ev.warnings()...), nil
}

// parse parses src, naming the file in errors.
func parse(src []byte, name string) (*ast.File, []parser.Warning, error) {
	f, pw, err := parser.Parse(src)
	if err != nil {
		return nil, nil, fmt.Errorf("%s:%w", name, err)
	}
	return f, pw, nil
}

// charset returns the charset the root graph declares, and where.
func charset(g *ast.Graph) (string, ast.Pos) {
	var cs string
	var pos ast.Pos
	for _, s := range g.Stmts {
		switch s := s.(type) {
		case *ast.Assign:
			if s.Key.Value == "charset" {
				cs, pos = s.Value.Value, s.Value.Pos
			}
		case *ast.AttrStmt:
			if s.Kind != ast.GraphAttrs {
				continue
			}
			for _, a := range s.Attrs {
				if a.Key.Value == "charset" {
					cs, pos = a.Value.Value, a.Value.Pos
				}
			}
		}
	}
	return cs, pos
}

func isUTF8Name(cs string) bool {
	return strings.EqualFold(cs, "utf-8") || strings.EqualFold(cs, "utf8")
}

// isLatin1Name reports whether cs is one of the names Graphviz accepts
// for ISO-8859-1.
func isLatin1Name(cs string) bool {
	switch strings.ToLower(cs) {
	case "latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100":
		return true
	}
	return false
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// checkUTF8 reports the first identifier that is not valid UTF-8, at the
// offending byte.
func checkUTF8(f *ast.File, src []byte, name, cs string) error {
	var bad *ast.ID
	ast.Walk(f, func(id *ast.ID) {
		if bad == nil && !utf8.ValidString(id.Value) {
			bad = id
		}
	})
	if bad == nil {
		return nil
	}
	line, col := bad.Pos.Line, bad.Pos.Col
	var b byte
	for i := bad.Pos.Offset; i < bad.End && i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			b = src[i]
			break
		}
		if src[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	declared := "the file declares no charset"
	if cs != "" {
		declared = fmt.Sprintf("the file declares charset=%s", cs)
	}
	return fmt.Errorf("%s:%d:%d: text is not valid UTF-8 (byte 0x%02X) and %s: save the file as UTF-8, or declare charset=latin1 if it is Latin-1", name, line, col, b, declared)
}
