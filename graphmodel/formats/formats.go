// Package formats opens and saves graph files of every format Dossier
// knows, choosing the format by file name and content.
//
// Open reads Dossier's own files (.dossier.json), Graphviz DOT (.gv,
// .dot), GraphML (.graphml), GEXF (.gexf), JSON Graph Format (.jgf,
// .jgf.json) and Cytoscape JSON (.cyjs, .cyjs.json, Cytoscape.js element
// arrays). A plain .json file, or a file whose name says nothing, is
// recognised by its content; when name and content disagree the content
// wins and the result says so in a warning. Reading reports progress (for
// a progress bar), can be cancelled through its context and stops at a
// size limit.
//
// Save writes Dossier, DOT, GraphML, GEXF, JSON Graph Format, Cytoscape
// JSON and CSV (two files: X.nodes.csv and X.edges.csv) by extension,
// atomically: a temporary file in the same folder is written, synced and
// renamed over the target, so a failed save leaves the old file as it was.
//
// The formats are a plain table built on each call (see table): adding a
// format means adding a row; nothing registers itself at init time.
package formats

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/formats/cyjs"
	"dossier/graphmodel/formats/dot"
	"dossier/graphmodel/formats/gexf"
	"dossier/graphmodel/formats/graphml"
	"dossier/graphmodel/formats/internal/jsontree"
	"dossier/graphmodel/formats/jgf"
)

// Format names a graph file format. Its values are the names kept in a
// graph's "format" attribute after import.
type Format string

// The formats Dossier knows.
const (
	Dossier   Format = "dossier"
	DOT       Format = "dot"
	GraphML   Format = "graphml"
	GEXF      Format = "gexf"
	JGF       Format = "jgf"
	Cytoscape Format = "cyjs"
	CSV       Format = "csv"
)

// Info describes a format.
type Info struct {
	Format Format
	// Name is the format's name for people ("GraphML").
	Name string
	// Extensions are the file name endings that mean this format, the
	// one Save suggests first. They include the dot and are lower case.
	Extensions []string
	CanRead    bool
	CanWrite   bool
}

// DefaultMaxSize is the size limit of Open when Options.MaxSize is 0: the
// limit every importer also keeps on its own.
const DefaultMaxSize = 512 << 20

// ErrTooLarge is wrapped by the error for a file over the size limit.
var ErrTooLarge = jsontree.ErrTooLarge

// ErrUnknownFormat is wrapped by the error for a file whose format cannot
// be told, or a format that cannot be read or written.
var ErrUnknownFormat = errors.New("unknown graph file format")

// decodeFunc reads a file; name is used in errors. Warnings say what the
// import changed or left out.
type decodeFunc func(r io.Reader, name string) (*graphmodel.Graph, []string, error)

// encodeFunc writes the graph, or the part sel selects (nil for all).
type encodeFunc func(w io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error

type codec struct {
	info   Info
	decode decodeFunc
	encode encodeFunc // nil for CSV, which writes two files (see Save)
}

// table lists the formats, in the order file dialogs show them. A format
// without decode (or encode) cannot be read (or written).
func table() []codec {
	return []codec{
		{Info{Format: Dossier, Name: "Dossier graph", Extensions: []string{dossierfile.Extension}}, noWarnings(dossierfile.Decode), encodeAll(dossierfile.Encode)},
		{Info{Format: GraphML, Name: "GraphML", Extensions: []string{".graphml"}}, noWarnings(graphml.Decode), graphml.Encode},
		{Info{Format: GEXF, Name: "GEXF", Extensions: []string{".gexf"}}, noWarnings(gexf.Decode), gexf.Encode},
		{Info{Format: DOT, Name: "Graphviz DOT", Extensions: []string{".gv", ".dot"}}, dot.DecodeWithWarnings, dot.Encode},
		{Info{Format: JGF, Name: "JSON Graph Format", Extensions: []string{".jgf.json", ".jgf"}}, jgf.DecodeWithWarnings, jgf.Encode},
		{Info{Format: Cytoscape, Name: "Cytoscape JSON", Extensions: []string{".cyjs", ".cyjs.json"}}, cyjs.DecodeWithWarnings, cyjs.Encode},
		{Info{Format: CSV, Name: "CSV (nodes and edges)", Extensions: []string{".csv"}}, nil, nil},
	}
}

func noWarnings(decode func(io.Reader, string) (*graphmodel.Graph, error)) decodeFunc {
	return func(r io.Reader, name string) (*graphmodel.Graph, []string, error) {
		g, err := decode(r, name)
		return g, nil, err
	}
}

// encodeAll adapts an encoder that writes whole graphs: a selection is
// cut out first.
func encodeAll(encode func(io.Writer, *graphmodel.Graph) error) encodeFunc {
	return func(w io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error {
		if sel != nil {
			sub, err := Subgraph(g, sel)
			if err != nil {
				return err
			}
			g = sub
		}
		return encode(w, g)
	}
}

// Formats describes every known format, in display order.
func Formats() []Info {
	var out []Info
	for _, c := range table() {
		info := c.info
		info.Extensions = append([]string(nil), info.Extensions...)
		info.CanRead = c.decode != nil
		info.CanWrite = c.encode != nil || c.info.Format == CSV
		out = append(out, info)
	}
	return out
}

// Lookup returns the description of format f.
func Lookup(f Format) (Info, bool) {
	for _, info := range Formats() {
		if info.Format == f {
			return info, true
		}
	}
	return Info{}, false
}

func lookupCodec(f Format) (codec, bool) {
	for _, c := range table() {
		if c.info.Format == f {
			return c, true
		}
	}
	return codec{}, false
}

// ByExtension returns the format a file name's ending stands for. A plain
// ".json" says nothing (it could be Dossier, JSON Graph Format or
// Cytoscape JSON) and returns false.
func ByExtension(name string) (Format, bool) {
	base := strings.ToLower(filepath.Base(name))
	best, bestLen := Format(""), 0
	for _, c := range table() {
		for _, ext := range c.info.Extensions {
			if strings.HasSuffix(base, ext) && len(ext) > bestLen {
				best, bestLen = c.info.Format, len(ext)
			}
		}
	}
	return best, bestLen > 0
}

// Names lists the formats that can be read (or written) for messages:
// "Dossier graph (.dossier.json), GraphML (.graphml), ...".
func names(write bool) string {
	var parts []string
	for _, info := range Formats() {
		if (write && info.CanWrite) || (!write && info.CanRead) {
			parts = append(parts, fmt.Sprintf("%s (%s)", info.Name, strings.Join(info.Extensions, ", ")))
		}
	}
	return strings.Join(parts, ", ")
}
