package cli_test

import (
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/render/scene"
)

func sceneNodeIDs(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	s, err := scene.ReadJSON(f)
	require.NoError(t, err)
	var ids []string
	for _, n := range s.Nodes {
		ids = append(ids, n.ID)
	}
	sort.Strings(ids)
	return ids
}

func TestExportEveryFormat(t *testing.T) {
	in, _ := convertSample(t)
	dir := t.TempDir()
	for _, name := range []string{"g.png", "g.jpg", "g.svg", "g.dot", "g.json", "g.pdf"} {
		out := filepath.Join(dir, name)
		code, stdout, stderr := run(t, "export", "-o", out, in)
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, stdout, out)
		st, err := os.Stat(out)
		require.NoError(t, err, name)
		assert.Greater(t, st.Size(), int64(100), name)
	}
	f, err := os.Open(filepath.Join(dir, "g.png"))
	require.NoError(t, err)
	img, err := png.Decode(f)
	f.Close()
	require.NoError(t, err)
	assert.Greater(t, img.Bounds().Dx(), 100)

	f, err = os.Open(filepath.Join(dir, "g.jpg"))
	require.NoError(t, err)
	_, err = jpeg.Decode(f)
	f.Close()
	require.NoError(t, err)

	svg, err := os.ReadFile(filepath.Join(dir, "g.svg"))
	require.NoError(t, err)
	assert.Contains(t, string(svg), `<g id="a:putin" class="node">`, "nodes keep their ids")
	assert.Contains(t, string(svg), `<title>Vladimir Putin`, "and a tooltip")

	laid, err := os.ReadFile(filepath.Join(dir, "g.dot"))
	require.NoError(t, err)
	assert.Contains(t, string(laid), "pos=")

	pdf, err := os.ReadFile(filepath.Join(dir, "g.pdf"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(pdf), "%PDF-"))

	assert.Equal(t, []string{"a:putin", "a:xi", "e:1", "m:1", "v:beijing"}, sceneNodeIDs(t, filepath.Join(dir, "g.json")))
}

func TestExportScaleThemeLegend(t *testing.T) {
	in, _ := convertSample(t)
	dir := t.TempDir()
	size := func(args ...string) (int, int) {
		out := filepath.Join(dir, "x.png")
		code, _, stderr := run(t, append([]string{"export", "-o", out}, append(args, in)...)...)
		require.Equal(t, 0, code, stderr)
		f, err := os.Open(out)
		require.NoError(t, err)
		defer f.Close()
		img, err := png.Decode(f)
		require.NoError(t, err)
		return img.Bounds().Dx(), img.Bounds().Dy()
	}
	w1, h1 := size()
	w2, h2 := size("-scale", "2")
	assert.InDelta(t, 2*w1, w2, 2)
	assert.InDelta(t, 2*h1, h2, 2)
	w3, _ := size("-dpi", "144")
	assert.Equal(t, w2, w3, "144 dpi is scale 2")
	w4, _ := size("-theme", "dark", "-legend")
	assert.Greater(t, w4, w1+100, "the legend widens the image")
}

func TestExportFilters(t *testing.T) {
	in, _ := convertSample(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "v.json")
	code, _, stderr := run(t, "export", "-o", out, "-kinds", "actor,meeting", in)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{"a:putin", "a:xi", "m:1"}, sceneNodeIDs(t, out))

	code, _, stderr = run(t, "export", "-o", out, "-focus", "v:beijing", "-hops", "1", in)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{"m:1", "v:beijing"}, sceneNodeIDs(t, out))

	code, _, stderr = run(t, "export", "-o", out, "-focus", "v:beijing", "-hops", "2", in)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{"a:putin", "a:xi", "m:1", "v:beijing"}, sceneNodeIDs(t, out))
}

func TestExportDOTFileAsItIs(t *testing.T) {
	in := filepath.Join(graphFixtures, "dot", "clust4.gv")
	if _, err := os.Stat(in); err != nil {
		t.Skip("shared fixtures not found beside the repository")
	}
	out := filepath.Join(t.TempDir(), "c.png")
	code, stdout, stderr := run(t, "export", "-o", out, in)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "10 nodes")
}

func TestExportTextDocuments(t *testing.T) {
	dir := t.TempDir()
	doc := filepath.Join(dir, "news.txt")
	require.NoError(t, os.WriteFile(doc, []byte("Vladimir Putin met Xi Jinping in Beijing on Monday. Putin said the talks were useful.\n"), 0o644))
	out := filepath.Join(dir, "news.json")
	code, _, stderr := run(t, "export", "-o", out, doc)
	require.Equal(t, 0, code, stderr)
	assert.NotEmpty(t, sceneNodeIDs(t, out))
}

func TestExportErrors(t *testing.T) {
	in, _ := convertSample(t)
	dir := t.TempDir()
	out := filepath.Join(dir, "x.png")
	notGraph := filepath.Join(dir, "data.json")
	require.NoError(t, os.WriteFile(notGraph, []byte(`{"a": 1}`), 0o644))
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{in}, 2, "no output file"},
		{[]string{"-o", out}, 2, "no input"},
		{[]string{"-o", filepath.Join(dir, "x.gif"), in}, 2, "x.gif"},
		{[]string{"-o", out, "-scale", "2", "-dpi", "100", in}, 2, "not both"},
		{[]string{"-o", out, "-theme", "pink", in}, 2, "light or dark"},
		{[]string{"-o", out, "-engine", "magic", in}, 2, "magic"},
		{[]string{"-o", out, "-kinds", "people", in}, 2, "people"},
		{[]string{"-o", out, filepath.Join(dir, "missing.dossier.json")}, 1, "missing.dossier.json"},
		{[]string{"-o", out, "-focus", "nobody", in}, 1, "nobody"},
		{[]string{"-o", out, notGraph}, 1, "data.json"},
		{[]string{"-o", filepath.Join(dir, "no", "such", "dir.png"), in}, 1, "dir.png"},
	} {
		code, _, stderr := run(t, append([]string{"export"}, c.args...)...)
		assert.Equal(t, c.code, code, "%v: %s", c.args, stderr)
		assert.Contains(t, stderr, c.want, "%v", c.args)
		assert.Equal(t, 1, strings.Count(strings.TrimSpace(stderr), "\n")+1, "one line: %q", stderr)
	}
	_, err := os.Stat(out)
	assert.True(t, os.IsNotExist(err), "failed exports leave no file")
	left, err := filepath.Glob(filepath.Join(dir, ".*.tmp"))
	require.NoError(t, err)
	assert.Empty(t, left, "no temporary files left behind")
}
