package formats

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/formats/csv"
	"dossier/graphmodel/formats/internal/export"
)

// Save writes g, or the part sel selects (nil for all), to path in the
// given format, or the one path's extension names when format is "".
// Every file is written atomically (dossierfile.WriteFileAtomic). CSV
// writes two files, see SavePaths; each is atomic on its own. A plain
// ".json" is refused without a format, as it could mean three formats.
func Save(ctx context.Context, path string, g *graphmodel.Graph, sel *graphmodel.Selection, format Format) error {
	format, err := saveFormat(path, format)
	if err != nil {
		return err
	}
	c, _ := lookupCodec(format)
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if format == CSV {
		paths := SavePaths(path, CSV)
		// Each file is atomic on its own: edges are renamed into place
		// just before nodes.
		return dossierfile.WriteFileAtomic(paths[0], func(nodes io.Writer) error {
			return dossierfile.WriteFileAtomic(paths[1], func(edges io.Writer) error {
				return csv.Encode(ctxWriter{ctx, nodes}, ctxWriter{ctx, edges}, g, sel)
			})
		})
	}
	return dossierfile.WriteFileAtomic(path, func(w io.Writer) error {
		return c.encode(ctxWriter{ctx, w}, g, sel)
	})
}

// saveFormat checks that format (or the one path names) can be written.
func saveFormat(path string, format Format) (Format, error) {
	if format == "" {
		f, ok := ByExtension(path)
		if !ok {
			hint := ""
			if strings.EqualFold(filepath.Ext(path), ".json") {
				hint = " (a .json file could be a Dossier graph, JSON Graph Format or Cytoscape JSON: name it .dossier.json, .jgf.json or .cyjs.json, or say which format)"
			}
			return "", fmt.Errorf("save %s: cannot tell the format from the file name%s; Dossier writes %s: %w", path, hint, names(true), ErrUnknownFormat)
		}
		format = f
	}
	info, ok := Lookup(format)
	if !ok || !info.CanWrite {
		return "", fmt.Errorf("save %s: Dossier cannot write %s files (it writes %s): %w", path, formatName(format), names(true), ErrUnknownFormat)
	}
	return format, nil
}

// SavePaths returns the files Save writes for path: path itself, or for
// CSV "X.nodes.csv" and "X.edges.csv" (X being path without ".csv", or
// without ".nodes.csv" / ".edges.csv" if it ends so).
func SavePaths(path string, format Format) []string {
	if format == "" {
		format, _ = ByExtension(path)
	}
	if format != CSV {
		return []string{path}
	}
	stem := path
	for _, suffix := range []string{".nodes.csv", ".edges.csv", ".csv"} {
		if strings.HasSuffix(strings.ToLower(stem), suffix) {
			stem = stem[:len(stem)-len(suffix)]
			break
		}
	}
	return []string{stem + ".nodes.csv", stem + ".edges.csv"}
}

// Subgraph returns a new graph holding the part of g that sel selects,
// with all of g's documents and attributes. An edge whose ends are not
// both selected is left out.
func Subgraph(g *graphmodel.Graph, sel *graphmodel.Selection) (*graphmodel.Graph, error) {
	nodes, edges, err := export.Elements(g, sel)
	if err != nil {
		return nil, fmt.Errorf("selection: %w", err)
	}
	sub := graphmodel.New()
	for k, v := range g.Attrs {
		sub.Attrs[k] = v
	}
	for _, d := range g.Documents() {
		if _, err := sub.AddDocument(*d); err != nil {
			return nil, fmt.Errorf("selection: %w", err)
		}
	}
	for _, n := range nodes {
		if _, err := sub.AddNode(*n); err != nil {
			return nil, fmt.Errorf("selection: %w", err)
		}
	}
	for _, e := range edges {
		if _, err := sub.AddEdge(*e); err != nil {
			return nil, fmt.Errorf("selection: %w", err)
		}
	}
	return sub, nil
}

// ctxWriter stops a save when its context is cancelled.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}
