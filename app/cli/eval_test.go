package cli_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const goldOslo = `{
 "actors": [
  {"name": "Lena Holm", "aliases": ["Holm"], "type": "person"},
  {"name": "Jonas Berg", "aliases": [], "type": "person"}
 ],
 "venues": [{"name": "Oslo", "aliases": [], "type": "city"}],
 "meetings": [{"label": "Holm-Berg", "participants": ["Lena Holm", "Jonas Berg"], "venue": "Oslo", "date": null, "status": "held", "evidence": "met"}],
 "statements": [{"speaker": "Lena Holm", "quote": "We agree,", "about_meeting": "Holm-Berg"}]
}`

func TestEvalOneDocument(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, dir, "oslo.txt", "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo. “We agree,” Holm said.")
	gold := writeFile(t, dir, "answer.json", goldOslo)
	code, stdout, stderr := run(t, "eval", "-gold", gold, doc)
	require.Equal(t, 0, code, stderr)
	for _, m := range []string{"actors", "venues", "statements_found", "statements_attributed", "meetings"} {
		assert.Regexp(t, m+` +P 1\.000  R 1\.000  F1 1\.000`, stdout)
	}
	assert.NotContains(t, stdout, "micro-average", "one document: no average")
}

func TestEvalSeveralDocumentsByName(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo. “We agree,” Holm said.")
	writeFile(t, dir, "a.gold.json", goldOslo)
	b := writeFile(t, dir, "b.txt", "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo.")
	writeFile(t, dir, "b.gold.json", goldOslo)
	code, stdout, stderr := run(t, "eval", a, b)
	require.Equal(t, 0, code, stderr)
	// b finds no statement: 1 of 2 gold statements over both documents
	assert.Contains(t, stdout, "micro-average over 2 documents")
	total := stdout[strings.Index(stdout, "micro-average"):]
	assert.Regexp(t, `statements_found +P 1\.000  R 0\.500  F1 0\.667  \(1 hits, 1 predicted, 2 gold\)`, total)
	assert.Regexp(t, `actors +P 1\.000  R 1\.000  F1 1\.000  \(4 hits, 4 predicted, 4 gold\)`, total)
}

func TestEvalErrors(t *testing.T) {
	dir := t.TempDir()
	doc := writeFile(t, dir, "x.txt", "Text.")
	bad := writeFile(t, dir, "bad.json", "{")
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no document", []string{"eval"}, 2, "no document"},
		{"count mismatch", []string{"eval", "-gold", bad, "-gold", bad, doc}, 2, "2 gold files for 1 documents"},
		{"bad gold", []string{"eval", "-gold", bad, doc}, 1, "bad.json"},
		{"missing gold", []string{"eval", doc}, 1, "x.gold.json"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, _, stderr := run(t, c.args...)
			assert.Equal(t, c.code, code)
			assert.Contains(t, stderr, c.want)
			assert.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
		})
	}
}

// TestEvalDevelopmentCorpus runs the scoring over the shared corpus and
// holds the extractor to the targets.
func TestEvalDevelopmentCorpus(t *testing.T) {
	corpus := filepath.Join("..", "..", "..", "shared", "corpus")
	if _, err := os.Stat(corpus); err != nil {
		t.Skip("shared corpus not found")
	}
	docs, err := filepath.Glob(filepath.Join(corpus, "dev", "*.txt"))
	require.NoError(t, err)
	args := append([]string{"eval", "-brief", filepath.Join(corpus, "seed-article.txt")}, docs...)
	assertMicroF1(t, args, map[string]float64{"actors": 0.90, "venues": 0.90, "statements_attributed": 0.85, "meetings": 0.75})
}

// TestEvalOwnArticles holds the extractor to the level it reached on the
// 195 articles written for its tests (graphmodel/extract/testdata: held-out,
// tuning and heldout3 to heldout21), a little below the figures of
// 2026-11-30, end of the day (actors 0.945, venues 0.902, statements
// attributed 0.844, meetings 0.760), so that a rule that helps one text and
// hurts others shows up.
func TestEvalOwnArticles(t *testing.T) {
	got, err := filepath.Glob(filepath.Join("..", "..", "graphmodel", "extract", "testdata", "*", "*.txt"))
	require.NoError(t, err)
	require.Len(t, got, 195, "the own articles (a new set? update the figures above)")
	assertMicroF1(t, append([]string{"eval", "-brief"}, got...), map[string]float64{"actors": 0.94, "venues": 0.895, "statements_attributed": 0.84, "meetings": 0.755})
}

// assertMicroF1 runs dossier with args (an eval) and holds each measure's
// micro-averaged F1 to its floor.
func assertMicroF1(t *testing.T, args []string, floors map[string]float64) {
	t.Helper()
	code, stdout, stderr := run(t, args...)
	require.Equal(t, 0, code, stderr)
	total := stdout[strings.Index(stdout, "micro-average"):]
	for m, min := range floors {
		var p, r, f float64
		line := total[strings.Index(total, "  "+m+" "):]
		_, err := fmtSscanf(line, m, &p, &r, &f)
		require.NoError(t, err, line)
		assert.GreaterOrEqual(t, f, min, "%s F1", m)
	}
}

func fmtSscanf(line, name string, p, r, f *float64) (int, error) {
	return fmt.Sscanf(strings.TrimSpace(line), name+" P %f R %f F1 %f", p, r, f)
}
