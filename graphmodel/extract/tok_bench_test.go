package extract

import (
	"os"
	"path/filepath"
	"testing"

	"dossier/graphmodel/extract/lexicon"
)

// ownArticleTexts returns the texts of testdata/*/*.txt, the articles of
// BenchmarkOwnArticles.
func ownArticleTexts(b *testing.B) ([]string, int) {
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		b.Fatal("no test articles", err)
	}
	var texts []string
	size := 0
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := ParseDocument(filepath.Base(p), data)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, d.Text)
		size += len(d.Text)
	}
	return texts, size
}

// BenchmarkTokenize measures the tokenizer alone on the test articles.
func BenchmarkTokenize(b *testing.B) {
	texts, size := ownArticleTexts(b)
	b.SetBytes(int64(size))
	var toks []token
	var lows []byte
	for b.Loop() {
		for _, t := range texts {
			toks, lows = tokenizeBuf(t, toks, lows, nil)
		}
	}
}

// BenchmarkLookup measures what newAnalysis does: tokenizing and looking
// every word up in the phrase index.
func BenchmarkLookup(b *testing.B) {
	lx, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	x := NewWithLexicon(lx)
	texts, size := ownArticleTexts(b)
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, t := range texts {
			a := newAnalysis(x, nil, docOf(i, t))
			a.release()
		}
	}
}
