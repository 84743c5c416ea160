package app

import (
	"context"
	"fmt"
	"os"
	"sync"

	"dossier/graphmodel"
	"dossier/graphmodel/extract"
	"dossier/graphmodel/formats"
)

// openGraphFile reads a graph file of any format Dossier knows, with
// warnings about anything it changed or dropped.
func openGraphFile(ctx context.Context, path string, progress Progress) (*graphmodel.Graph, []string, error) {
	r, err := formats.Open(ctx, path, formats.Options{Progress: func(read, total int64) { progress(read, total) }})
	if err != nil {
		return nil, nil, err
	}
	return r.Graph, r.Warnings, nil
}

// readFiles reads documents from disk.
func readFiles(ctx context.Context, paths []string) ([]namedData, error) {
	var out []namedData
	for _, p := range paths {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("read document: %w", err)
		}
		if st.Size() > extract.MaxDocumentSize {
			return nil, fmt.Errorf("%s: %d MB is more than the %d MB a document may have", p, st.Size()>>20, extract.MaxDocumentSize>>20)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("read document: %w", err)
		}
		out = append(out, namedData{name: p, data: b})
	}
	return out, nil
}

// newExtractorOnce returns a function that loads the extractor the first
// time it is called (its lexicons take a moment) and then returns the
// same one; the extractor is safe for concurrent use.
func newExtractorOnce() func() (*extract.Extractor, error) { return sync.OnceValues(extract.New) }

// extractInto adds documents and what they say to g. Each document is read
// on its own; entities already in g are joined, not duplicated.
func (e *Explorer) extractInto(ctx context.Context, g *graphmodel.Graph, docs []namedData, progress Progress) error {
	x, err := e.extractor()
	if err != nil {
		return fmt.Errorf("load the extractor: %w", err)
	}
	s := x.Session(g)
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return err
		}
		doc, err := extract.ParseDocument(d.name, d.data)
		if err != nil {
			return err
		}
		doc.ID = uniqueDocID(g, doc.ID)
		if err := s.Extract(doc); err != nil {
			return fmt.Errorf("%s: %w", d.name, err)
		}
		progress(int64(i+1), int64(len(docs)))
	}
	return nil
}

// uniqueDocID returns id, or id with a numeric suffix when g already has a
// document of that id.
func uniqueDocID(g *graphmodel.Graph, id string) string {
	if _, taken := g.Document(id); !taken {
		return id
	}
	for i := 2; ; i++ {
		c := fmt.Sprintf("%s-%d", id, i)
		if _, taken := g.Document(c); !taken {
			return c
		}
	}
}
