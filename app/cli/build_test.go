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

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
	return p
}

func TestBuild(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "oslo.txt", "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo. “We agree,” Holm said.")
	b := writeFile(t, dir, "bergen.html", "<html><head><title>Bergen</title></head><body><p>Holm later met Berg again in Bergen.</p></body></html>")
	out := filepath.Join(dir, "out.dossier.json")
	code, stdout, stderr := run(t, "build", "-o", out, a, b)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "2 documents")

	g, err := dossierfile.Load(out)
	require.NoError(t, err)
	assert.Len(t, g.Documents(), 2)
	var holm *graphmodel.Node
	for _, n := range g.Nodes() {
		if n.Label == "Lena Holm" {
			holm = n
		}
	}
	require.NotNil(t, holm, "the person is found")
	assert.Equal(t, 2, holm.DocCount(), "one node for Holm across both documents")
}

func TestBuildErrors(t *testing.T) {
	dir := t.TempDir()
	good := writeFile(t, dir, "ok.txt", "The ministers met.")
	empty := writeFile(t, dir, "empty.txt", "")
	out := filepath.Join(dir, "g.dossier.json")
	cases := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no output", []string{"build", good}, 2, "no output file"},
		{"no input", []string{"build", "-o", out}, 2, "no document"},
		{"not json", []string{"build", "-o", filepath.Join(dir, "g.png"), good}, 2, "dossier.json"},
		{"missing", []string{"build", "-o", out, filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
		{"empty", []string{"build", "-o", out, empty}, 1, "empty.txt: empty"},
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
	_, err := os.Stat(out)
	assert.True(t, os.IsNotExist(err), "nothing is written when building fails")
}
