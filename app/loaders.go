package app

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
)

// openGraphFile reads a graph file of any format Dossier knows, with
// warnings about anything it dropped.
func openGraphFile(ctx context.Context, path string, progress Progress) (*graphmodel.Graph, []string, error) {
	g, err := dossierfile.Load(path)
	return g, nil, err
}

// readFiles reads documents from disk.
func readFiles(ctx context.Context, paths []string) ([]namedData, error) {
	var out []namedData
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read document: %w", err)
		}
		out = append(out, namedData{name: p, data: b})
	}
	return out, nil
}

// extractInto adds documents and what they say to g.
func extractInto(ctx context.Context, g *graphmodel.Graph, docs []namedData, progress Progress) error {
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		id := filepath.Base(d.name)
		if _, err := g.AddDocument(graphmodel.Document{ID: id, Title: id, Source: d.name, Text: string(d.data)}); err != nil {
			return err
		}
		progress(int64(i+1), int64(len(docs)))
	}
	return nil
}
