package cli_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
)

func TestCorpusWritesArticlesThatBuildIntoOneGraph(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "corpus")
	code, stdout, stderr := run(t, "corpus", "-n", "40", "-seed", "5", "-cast", "300", "-o", dir)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "40 articles")

	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	require.NoError(t, err)
	require.Len(t, paths, 40)
	assert.Equal(t, "article-0001.txt", filepath.Base(paths[0]))
	first, err := os.ReadFile(paths[0])
	require.NoError(t, err)

	// The same seed writes the same articles; another seed others.
	again := filepath.Join(t.TempDir(), "again")
	code, _, stderr = run(t, "corpus", "-n", "1", "-seed", "5", "-cast", "300", "-o", again)
	require.Equal(t, 0, code, stderr)
	same, err := os.ReadFile(filepath.Join(again, "article-0001.txt"))
	require.NoError(t, err)
	assert.Equal(t, string(first), string(same))
	code, _, stderr = run(t, "corpus", "-n", "1", "-seed", "6", "-o", again)
	require.Equal(t, 0, code, stderr)
	other, err := os.ReadFile(filepath.Join(again, "article-0001.txt"))
	require.NoError(t, err)
	assert.NotEqual(t, string(first), string(other))

	out := filepath.Join(t.TempDir(), "g.dossier.json")
	code, _, stderr = run(t, append([]string{"build", "-o", out}, paths...)...)
	require.Equal(t, 0, code, stderr)
	g, err := dossierfile.Load(out)
	require.NoError(t, err)
	assert.Len(t, g.Documents(), 40)
	c := g.Counts()
	assert.Greater(t, c.ByKind[graphmodel.KindActor], 40, "many distinct people")
	assert.Greater(t, c.ByKind[graphmodel.KindMeeting], 40, "at least one meeting an article")
	assert.Greater(t, c.ByKind[graphmodel.KindStatement], 80, "several quotes an article")
}

func TestCorpusGraph(t *testing.T) {
	out := filepath.Join(t.TempDir(), "big.dossier.json")
	code, stdout, stderr := run(t, "corpus", "-graph", out, "-nodes", "300", "-edges", "900")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "900 edges")
	g, err := dossierfile.Load(out)
	require.NoError(t, err)
	assert.GreaterOrEqual(t, g.NodeCount(), 300)
	assert.Equal(t, 900, g.EdgeCount())
	assert.NotEmpty(t, g.Documents(), "the graph keeps its documents")
}

func TestCorpusErrors(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no output", []string{"corpus", "-n", "3"}, 2, "either -o DIR or -graph FILE"},
		{"both outputs", []string{"corpus", "-o", dir, "-graph", filepath.Join(dir, "g.dossier.json")}, 2, "either"},
		{"no articles", []string{"corpus", "-n", "0", "-o", dir}, 2, "at least one article"},
		{"tiny cast", []string{"corpus", "-cast", "1", "-o", dir}, 2, "at least 2"},
		{"stray argument", []string{"corpus", "-o", dir, "extra"}, 2, `"extra"`},
		{"graph not json", []string{"corpus", "-graph", filepath.Join(dir, "g.png")}, 2, "dossier.json"},
		{"too many edges", []string{"corpus", "-graph", filepath.Join(dir, "g.dossier.json"), "-nodes", "20", "-edges", "5000"}, 1, "not 5000"},
		{"folder is a file", []string{"corpus", "-n", "1", "-o", writeFile(t, dir, "file.txt", "x")}, 1, "corpus folder"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := run(t, c.args...)
			assert.Equal(t, c.code, code)
			assert.Empty(t, stdout)
			assert.Contains(t, stderr, c.want)
			assert.Equal(t, 1, strings.Count(stderr, "\n"), "one line: %q", stderr)
		})
	}
	_, err := os.Stat(filepath.Join(dir, "g.dossier.json"))
	assert.True(t, os.IsNotExist(err), "no graph file is written when it fails")
}
