package extract

import (
	"path/filepath"
	"testing"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// BenchmarkDetect measures the mention rules (detect) on the test
// articles (testdata/*/*.txt). "prep" tokenizes and finds the sentences
// only; "detect" also runs detect: the difference of the two is its cost
// (under cachegrind, compare the totals of the two runs).
func BenchmarkDetect(b *testing.B) {
	lx, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	x := NewWithLexicon(lx)
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatal("no test articles", err)
	}
	var docs []graphmodel.Document
	size := 0
	for _, p := range paths {
		d, err := ReadDocument(p)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += len(d.Text)
	}
	for _, run := range []struct {
		name   string
		detect bool
	}{{"prep", false}, {"detect", true}} {
		b.Run(run.name, func(b *testing.B) {
			b.SetBytes(int64(size))
			stop := StartCPU(b, int64(size))
			for b.Loop() {
				for _, d := range docs {
					a := newAnalysis(x, x.Session(graphmodel.New()), d)
					a.useScratchLists()
					a.structure()
					if run.detect {
						a.detect()
					}
					a.release()
				}
			}
			stop()
		})
	}
}
