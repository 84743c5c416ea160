package extract_test

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"dossier/graphmodel"
	"dossier/graphmodel/extract"
)

func addSeeds(f *testing.F) {
	f.Helper()
	paths, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	for _, p := range paths {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(filepath.Base(p), data)
		}
	}
	f.Add("a.html", []byte("<html><title>T</title><p>“We agree,” he said. Mr Putin met Xi.</p></html>"))
	f.Add("b.txt", []byte("President of Russia Vladimir Putin: Mr President,\n\nWelcome.\n"))
	f.Add("c.md", []byte("# Talks\n\n'Quoted' \"straight\" ‘single’ U.S.-China talks in Geneva on March 3."))
	f.Add("d.txt", []byte("\xff\xfe"))
}

// FuzzParseDocument: no panic; a document, when accepted, is valid UTF-8
// with a non-empty text.
func FuzzParseDocument(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		d, err := extract.ParseDocument(name, data)
		if err != nil {
			return
		}
		if !utf8.ValidString(d.Text) || d.Text == "" || d.ID == "" {
			t.Fatalf("bad document %+v", d)
		}
	})
}

// FuzzExtract: no panic, and every span of every node and edge lies inside
// the text on UTF-8 boundaries.
func FuzzExtract(f *testing.F) {
	addSeeds(f)
	x := newExtractor(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		d, err := extract.ParseDocument(name, data)
		if err != nil {
			return
		}
		g := graphmodel.New()
		if err := x.Extract(g, d); err != nil {
			t.Fatalf("extract: %v", err)
		}
		doc, _ := g.Document(d.ID)
		for _, n := range g.Nodes() {
			for _, s := range n.Mentions {
				if err := doc.CheckSpan(s); err != nil {
					t.Fatalf("node %s: %v", n.ID, err)
				}
			}
		}
		for _, e := range g.Edges() {
			for _, s := range e.Evidence {
				if err := doc.CheckSpan(s); err != nil {
					t.Fatalf("edge %s: %v", e.ID, err)
				}
			}
		}
	})
}
