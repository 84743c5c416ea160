package extract_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/extract"
)

// ownTexts reads the articles written for these tests (testdata/heldout).
func ownTexts(tb testing.TB) []graphmodel.Document {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	require.NoError(tb, err)
	require.NotEmpty(tb, paths)
	var docs []graphmodel.Document
	for _, p := range paths {
		d, err := extract.ReadDocument(p)
		require.NoError(tb, err)
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkExtract measures throughput (MB/s, one goroutine) on the
// test articles, each into a fresh graph. Run it with -cpu 1: cpu-MB/s is
// the figure per core.
func BenchmarkExtract(b *testing.B) {
	benchEach(b, ownTexts(b))
}

// benchEach extracts each of docs into a fresh graph per round and reports
// bytes per second, allocations and CPU time.
func benchEach(b *testing.B, docs []graphmodel.Document) {
	x := newExtractor(b)
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	stop := extract.StartCPU(b, int64(size))
	for b.Loop() {
		for _, d := range docs {
			if err := x.Extract(graphmodel.New(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	stop()
}

// BenchmarkOwnArticles measures throughput on every article written for
// these tests (testdata/*/*.txt, about 1.8 KB each on average; -cpu 1 as
// above): the corpus of our own texts, at the length news articles have.
func BenchmarkOwnArticles(b *testing.B) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	require.NoError(b, err)
	require.NotEmpty(b, paths)
	docs := make([]graphmodel.Document, 0, len(paths))
	for _, p := range paths {
		d, err := extract.ReadDocument(p)
		require.NoError(b, err)
		docs = append(docs, d)
	}
	benchEach(b, docs)
}

// BenchmarkSampleArticle measures the sample article alone (-cpu 1 as
// above).
func BenchmarkSampleArticle(b *testing.B) {
	x := newExtractor(b)
	path := filepath.Join(corpus, "seed-article.txt")
	if _, err := os.Stat(path); err != nil {
		b.Skip("shared corpus not found")
	}
	d, err := extract.ReadDocument(path)
	require.NoError(b, err)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	stop := extract.StartCPU(b, int64(len(d.Text)))
	for b.Loop() {
		if err := x.Extract(graphmodel.New(), d); err != nil {
			b.Fatal(err)
		}
	}
	stop()
}

// BenchmarkBuild1000 builds one merged graph from 1,000 articles (the test
// articles repeated under new ids).
func BenchmarkBuild1000(b *testing.B) {
	x := newExtractor(b)
	base := ownTexts(b)
	docs := make([]graphmodel.Document, 1000)
	size := 0
	for i := range docs {
		d := base[i%len(base)]
		d.ID = fmt.Sprintf("%s-%d", d.ID, i)
		docs[i] = d
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	stop := extract.StartCPU(b, int64(size))
	for b.Loop() {
		if _, err := x.Build(context.Background(), docs, nil); err != nil {
			b.Fatal(err)
		}
	}
	stop()
}

// BenchmarkNew measures loading the lexicons.
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := extract.New(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkDevSet measures throughput on the eleven real texts of the
// shared development corpus (the sample article and dev/), each into a
// fresh graph (-cpu 1 as above).
func BenchmarkDevSet(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join(corpus, "dev", "*.txt"))
	paths = append(paths, filepath.Join(corpus, "seed-article.txt"))
	var docs []graphmodel.Document
	for _, p := range paths {
		d, err := extract.ReadDocument(p)
		if err != nil {
			b.Skip("shared corpus not found")
		}
		docs = append(docs, d)
	}
	benchEach(b, docs)
}

// BenchmarkOneSentence measures the fixed cost of a document: one short
// sentence into a fresh graph (-cpu 1 as above).
func BenchmarkOneSentence(b *testing.B) {
	x := newExtractor(b)
	d := graphmodel.Document{ID: "one", Text: "Putin met Xi in Moscow on Monday."}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := x.Extract(graphmodel.New(), d); err != nil {
			b.Fatal(err)
		}
	}
}
