// Package dossierfile reads and writes Dossier's own graph files
// (".dossier.json"): one JSON document holding the documents, nodes and
// edges of a graph with all their spans.
//
// Output is deterministic (documents, nodes and edges sorted by id, keys of
// attribute maps sorted, two-space indentation) so saved files diff
// cleanly. Opening validates everything and reports each problem with its
// JSON path. Saving writes a temporary file beside the target, syncs it and
// renames it over the target, so a failed save never damages the previous
// file. The format is documented in docs/file-format.md with a JSON Schema
// in docs/dossier.schema.json.
package dossierfile

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"dossier/graphmodel"
)

// Format identifiers.
const (
	FormatName = "dossier"
	Version    = 1
	Extension  = ".dossier.json"
	// MaxSize bounds the files Decode reads.
	MaxSize = 1 << 30
)

// file is the JSON shape of a graph file.
type file struct {
	Format    string                `json:"format"`
	Version   int                   `json:"version"`
	Attrs     map[string]string     `json:"attrs,omitempty"`
	Documents []graphmodel.Document `json:"documents"`
	Nodes     []graphmodel.Node     `json:"nodes"`
	Edges     []graphmodel.Edge     `json:"edges"`
}

// Encode writes g as a graph file.
func Encode(w io.Writer, g *graphmodel.Graph) error {
	f := file{Format: FormatName, Version: Version, Documents: []graphmodel.Document{}, Nodes: []graphmodel.Node{}, Edges: []graphmodel.Edge{}}
	if len(g.Attrs) > 0 {
		f.Attrs = g.Attrs
	}
	for _, d := range g.Documents() {
		f.Documents = append(f.Documents, *d)
	}
	for _, n := range g.Nodes() {
		f.Nodes = append(f.Nodes, *n)
	}
	for _, e := range g.Edges() {
		f.Edges = append(f.Edges, *e)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&f); err != nil {
		return fmt.Errorf("encode graph: %w", err)
	}
	return nil
}

// Save writes g to path atomically.
func Save(path string, g *graphmodel.Graph) error {
	return WriteFileAtomic(path, func(w io.Writer) error { return Encode(w, g) })
}

// Load reads and validates the graph file at path.
func Load(path string) (*graphmodel.Graph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open graph file: %w", err)
	}
	defer f.Close()
	return Decode(f, path)
}

// Problem is one thing wrong in a graph file, at a JSON path such as
// "$.nodes[3].mentions[0]".
type Problem struct {
	Path string
	Msg  string
}

func (p Problem) String() string { return p.Path + ": " + p.Msg }

// Error reports why a file could not be opened: a syntax error at a line
// and column, or the problems validation found.
type Error struct {
	File     string
	Line     int // of a syntax error, else 0
	Column   int
	Problems []Problem
	Err      error // underlying cause, if any
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Column)
	}
	b.WriteString(": ")
	switch {
	case len(e.Problems) > 0:
		b.WriteString(e.Problems[0].String())
		if n := len(e.Problems) - 1; n == 1 {
			b.WriteString(" (and 1 more problem)")
		} else if n > 1 {
			fmt.Fprintf(&b, " (and %d more problems)", n)
		}
	case e.Err != nil:
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// ErrNewerVersion is wrapped by the error for a file written by a newer
// Dossier than this one.
var ErrNewerVersion = errors.New("newer file format version")

// maxProblems bounds the problems one Decode reports.
const maxProblems = 100

// Decode reads and validates a graph file; name is used in errors.
func Decode(r io.Reader, name string) (*graphmodel.Graph, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, &Error{File: name, Err: fmt.Errorf("read: %w", err)}
	}
	if len(data) > MaxSize {
		return nil, &Error{File: name, Err: fmt.Errorf("file is larger than %d MB", MaxSize>>20)}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{File: name, Err: errors.New("file is empty")}
	}
	// The header first, so that a newer version is refused with a clear
	// message rather than with whatever its new fields break.
	var head struct {
		Format  *string `json:"format"`
		Version *int    `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, syntaxError(name, data, err)
	}
	switch {
	case head.Format == nil:
		return nil, &Error{File: name, Problems: []Problem{{"$.format", `missing: not a Dossier graph file (expected "format": "dossier")`}}}
	case *head.Format != FormatName:
		return nil, &Error{File: name, Problems: []Problem{{"$.format", fmt.Sprintf("%q is not a Dossier graph file", *head.Format)}}}
	case head.Version == nil:
		return nil, &Error{File: name, Problems: []Problem{{"$.version", "missing"}}}
	case *head.Version > Version:
		return nil, &Error{File: name, Err: fmt.Errorf("written by a newer Dossier (format version %d; this program reads up to version %d): %w", *head.Version, Version, ErrNewerVersion)}
	case *head.Version < 1:
		return nil, &Error{File: name, Problems: []Problem{{"$.version", fmt.Sprintf("unknown version %d", *head.Version)}}}
	}
	var f file
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&f); err != nil {
		return nil, syntaxError(name, data, err)
	}
	if probs := validate(&f); len(probs) > 0 {
		return nil, &Error{File: name, Problems: probs}
	}
	g, err := build(&f)
	if err != nil {
		return nil, &Error{File: name, Err: err}
	}
	return g, nil
}

// syntaxError turns a JSON decoding error into an Error with a line and
// column where the decoder says where.
func syntaxError(name string, data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	e := &Error{File: name, Err: err}
	switch {
	case errors.As(err, &se) && se.Offset >= int64(len(bytes.TrimRight(data, " \t\r\n"))):
		e.Line, e.Column = lineCol(data, int64(len(data)))
		e.Err = errors.New("unexpected end of file: the file is truncated")
	case errors.As(err, &se):
		// The offset is just past the offending byte.
		e.Line, e.Column = lineCol(data, max(se.Offset-1, 0))
	case errors.As(err, &te):
		e.Line, e.Column = lineCol(data, te.Offset)
		path := "$"
		if te.Field != "" {
			path += "." + te.Field
		}
		e.Problems = []Problem{{path, fmt.Sprintf("expected %s, found %s", te.Type, te.Value)}}
	case errors.Is(err, io.ErrUnexpectedEOF):
		e.Line, e.Column = lineCol(data, int64(len(data)))
		e.Err = errors.New("unexpected end of file: the file is truncated")
	}
	return e
}

// lineCol converts a byte offset into a 1-based line and column (in
// characters).
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	before := data[:off]
	line := bytes.Count(before, []byte{'\n'}) + 1
	col := len([]rune(string(before[bytes.LastIndexByte(before, '\n')+1:]))) + 1
	return line, col
}

func validate(f *file) []Problem {
	var probs []Problem
	add := func(path, format string, a ...any) {
		if len(probs) < maxProblems {
			probs = append(probs, Problem{path, fmt.Sprintf(format, a...)})
		}
	}
	docs := map[string]*graphmodel.Document{}
	for i := range f.Documents {
		d := &f.Documents[i]
		p := fmt.Sprintf("$.documents[%d]", i)
		switch {
		case d.ID == "":
			add(p+".id", "empty document id")
		case docs[d.ID] != nil:
			add(p+".id", "duplicate document id %q", d.ID)
		default:
			docs[d.ID] = d
		}
		if d.Published != "" && !isISODate(d.Published) {
			add(p+".published", "%q is not a date of the form YYYY-MM-DD", d.Published)
		}
	}
	spans := func(p string, list []graphmodel.Span) {
		for j, s := range list {
			sp := fmt.Sprintf("%s[%d]", p, j)
			d, ok := docs[s.Doc]
			if !ok {
				add(sp+".doc", "no document with id %q", s.Doc)
				continue
			}
			if err := d.CheckSpan(s); err != nil {
				add(sp, "%v", err)
			}
		}
	}
	nodes := map[string]graphmodel.Kind{}
	for i := range f.Nodes {
		n := &f.Nodes[i]
		p := fmt.Sprintf("$.nodes[%d]", i)
		switch _, dup := nodes[n.ID]; {
		case n.ID == "":
			add(p+".id", "empty node id")
		case dup:
			add(p+".id", "duplicate node id %q", n.ID)
		default:
			nodes[n.ID] = n.Kind
		}
		if !n.Kind.Valid() {
			add(p+".kind", "unknown node kind %q", n.Kind)
		} else if !graphmodel.ValidType(n.Kind, n.Type) {
			add(p+".type", "%q is not a type of %s (known: %s)", n.Type, n.Kind, strings.Join(graphmodel.Types(n.Kind), ", "))
		}
		spans(p+".mentions", n.Mentions)
	}
	edges := map[string]bool{}
	for i := range f.Edges {
		e := &f.Edges[i]
		p := fmt.Sprintf("$.edges[%d]", i)
		switch {
		case e.ID == "":
			add(p+".id", "empty edge id")
		case edges[e.ID]:
			add(p+".id", "duplicate edge id %q", e.ID)
		default:
			edges[e.ID] = true
		}
		src, okS := nodes[e.Source]
		if !okS {
			add(p+".source", "no node with id %q", e.Source)
		}
		dst, okT := nodes[e.Target]
		if !okT {
			add(p+".target", "no node with id %q", e.Target)
		}
		if !e.Kind.Valid() {
			add(p+".kind", "unknown edge kind %q", e.Kind)
		} else if okS && okT && src.Valid() && dst.Valid() {
			if err := graphmodel.CheckEndpoints(e.Kind, src, dst); err != nil {
				add(p+".kind", "%v", err)
			}
		}
		spans(p+".evidence", e.Evidence)
	}
	return probs
}

func isISODate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	for i, c := range s {
		if i != 4 && i != 7 && (c < '0' || c > '9') {
			return false
		}
	}
	return s[5:7] >= "01" && s[5:7] <= "12" && s[8:10] >= "01" && s[8:10] <= "31"
}

func build(f *file) (*graphmodel.Graph, error) {
	g := graphmodel.New()
	for k, v := range f.Attrs {
		g.Attrs[k] = v
	}
	for _, d := range f.Documents {
		if _, err := g.AddDocument(d); err != nil {
			return nil, err
		}
	}
	for _, n := range f.Nodes {
		if _, err := g.AddNode(n); err != nil {
			return nil, err
		}
	}
	for _, e := range f.Edges {
		if _, err := g.AddEdge(e); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// WriteFileAtomic writes a file by calling write on a temporary file in
// the same folder, syncing it and renaming it over path. If anything
// fails, path is left as it was and the temporary file is removed. An
// existing file's permissions are kept.
func WriteFileAtomic(path string, write func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	mode := os.FileMode(0o644)
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("save %s: not a regular file", path)
		}
		mode = st.Mode().Perm()
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriterSize(tmp, 64<<10)
	if err = write(bw); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = bw.Flush(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = tmp.Chmod(mode); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = tmp.Sync(); err != nil {
		return fmt.Errorf("save %s: sync: %w", path, err)
	}
	if err = tmp.Close(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	syncDir(dir)
	return nil
}

// syncDir makes a rename durable where the platform allows; failures are
// harmless (the data itself is synced) and ignored.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
}
