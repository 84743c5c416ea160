package extract

import (
	"path/filepath"
	"testing"

	"dossier/graphmodel"
)

// BenchmarkEmit measures emit alone: the analyses of the test articles
// (testdata/*/*.txt) are made once, then each round writes every one into
// a fresh graph, as BenchmarkOwnArticles does after analysing. A
// document's analysis is kept (not released) for the whole benchmark;
// emitting it again into a fresh graph gives the same nodes and edges.
func BenchmarkEmit(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	if len(paths) == 0 {
		b.Skip("no test articles")
	}
	var as []*analysis
	size := 0
	for _, p := range paths {
		d, err := ReadDocument(p)
		if err != nil {
			b.Fatal(err)
		}
		g := graphmodel.New()
		if _, err := g.AddDocument(d); err != nil {
			b.Fatal(err)
		}
		a := newAnalysis(x, x.Session(g), d)
		a.run()
		as = append(as, a)
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	stop := StartCPU(b, int64(size))
	for b.Loop() {
		for _, a := range as {
			g := graphmodel.New()
			if _, err := g.AddDocument(a.doc); err != nil {
				b.Fatal(err)
			}
			a.sess = &Session{x: x, g: g, idx: newGraphIndex()}
			if err := a.emit(g); err != nil {
				b.Fatal(err)
			}
		}
	}
	stop()
}
