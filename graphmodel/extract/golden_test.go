package extract_test

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/extract"
)

var update = flag.Bool("update", false, "rewrite golden files")

// corpus is the shared development corpus beside the repository.
const corpus = "../../../shared/corpus"

func readCorpus(t testing.TB, name string) graphmodel.Document {
	t.Helper()
	path := filepath.Join(corpus, name)
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared corpus not found: %v", err)
	}
	d, err := extract.ReadDocument(path)
	require.NoError(t, err)
	d.Source = "" // machine paths stay out of the golden file
	return d
}

// TestSampleArticleGolden extracts the sample article and compares the
// saved graph with testdata/seed-article.dossier.json.
func TestSampleArticleGolden(t *testing.T) {
	d := readCorpus(t, "seed-article.txt")
	g := graphmodel.New()
	require.NoError(t, newExtractor(t).Extract(g, d))
	checkSpans(t, g)
	var got bytes.Buffer
	require.NoError(t, dossierfile.Encode(&got, g))

	golden := filepath.Join("testdata", "seed-article.dossier.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, got.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -run Golden -update to create it")
	if diff := firstDiff(string(want), got.String()); diff != "" {
		t.Errorf("extraction changed (review, then rerun with -update): %s", diff)
	}

	// the golden file itself opens and saves back unchanged
	g2, err := dossierfile.Decode(bytes.NewReader(want), golden)
	require.NoError(t, err)
	var again bytes.Buffer
	require.NoError(t, dossierfile.Encode(&again, g2))
	assert.Equal(t, string(want), again.String())
}

// firstDiff describes the first line where a and b differ, or "".
func firstDiff(a, b string) string {
	if a == b {
		return ""
	}
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d: want %q, got %q", i+1, x, y)
		}
	}
	return "they differ"
}

// TestExtractionIsDeterministic runs the same input twice.
func TestExtractionIsDeterministic(t *testing.T) {
	d := readCorpus(t, "seed-article.txt")
	var out [2]bytes.Buffer
	for i := range out {
		g := graphmodel.New()
		require.NoError(t, newExtractor(t).Extract(g, d))
		require.NoError(t, dossierfile.Encode(&out[i], g))
	}
	assert.Equal(t, out[0].String(), out[1].String())
}
