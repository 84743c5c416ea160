package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// BenchmarkAnalyze measures the text analysis alone (tokens, mentions,
// references, meetings, statements) without building graph nodes, on the
// test articles: the part of extraction this package controls. Each
// analysis hands its buffers back as Extract does, so the next one reuses
// them.
func BenchmarkAnalyze(b *testing.B) {
	lx, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	x := NewWithLexicon(lx)
	paths, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	paths = append(paths, filepath.Join("..", "..", "..", "shared", "corpus", "seed-article.txt"))
	var texts []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		d, err := ParseDocument(filepath.Base(p), data)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, d.Text)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	stop := StartCPU(b, int64(size))
	for b.Loop() {
		for i, t := range texts {
			a := newAnalysis(x, nil, docOf(i, t))
			a.run()
			a.release()
		}
	}
	stop()
}

func docOf(i int, text string) graphmodel.Document {
	return graphmodel.Document{ID: fmt.Sprintf("d%d", i), Text: text}
}
