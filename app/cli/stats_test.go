package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/app/cli"
	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
)

// run runs a command and returns its exit status, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := cli.Run(context.Background(), cli.Env{Stdout: &out, Stderr: &errb}, args)
	return code, out.String(), errb.String()
}

func writeGraph(t *testing.T) string {
	t.Helper()
	g := graphmodel.New()
	_, err := g.AddDocument(graphmodel.Document{ID: "d", Title: "T", Text: "Putin met Xi in Beijing."})
	require.NoError(t, err)
	for _, n := range []graphmodel.Node{
		{ID: "a:putin", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Vladimir Putin", Mentions: []graphmodel.Span{{Doc: "d", Start: 0, End: 5}}},
		{ID: "a:xi", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Xi Jinping"},
		{ID: "a:china", Kind: graphmodel.KindActor, Type: graphmodel.TypeCountry, Label: "China"},
		{ID: "v:beijing", Kind: graphmodel.KindVenue, Type: graphmodel.TypeCity, Label: "Beijing"},
		{ID: "m:1", Kind: graphmodel.KindMeeting, Label: "talks"},
		{ID: "x", Kind: graphmodel.KindEntity, Type: "gene", Label: "BRCA1"},
	} {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	for _, c := range [][3]string{{"participant", "a:putin", "m:1"}, {"participant", "a:xi", "m:1"}, {"venue", "m:1", "v:beijing"}, {"affiliation", "a:xi", "a:china"}} {
		_, err := g.Connect(graphmodel.EdgeKind(c[0]), c[1], c[2])
		require.NoError(t, err)
	}
	path := filepath.Join(t.TempDir(), "case.dossier.json")
	require.NoError(t, dossierfile.Save(path, g))
	return path
}

func TestStats(t *testing.T) {
	path := writeGraph(t)
	code, out, errs := run(t, "stats", path)
	require.Equal(t, 0, code, errs)
	want := path + `
  documents   1
  nodes       6
    actor       3  (person 2, country 1)
    venue       1  (city 1)
    meeting     1
    entity      1  (gene 1)
  edges       4
    participant 2
    venue       1
    affiliation 1
`
	assert.Equal(t, want, out)
}

func TestStatsBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	good, err := os.ReadFile(writeGraph(t))
	require.NoError(t, err)
	cases := []struct {
		name, path, want string
	}{
		{"missing", filepath.Join(dir, "nope.dossier.json"), "no such file"},
		{"not json", write("a.dossier.json", "<html>"), "a.dossier.json:1:1: invalid character '<'"},
		{"truncated", write("b.dossier.json", string(good[:len(good)/3])), "truncated"},
		{"wrong version", write("c.dossier.json", `{"format":"dossier","version":9}`), "newer Dossier (format version 9"},
		{"bad span", write("d.dossier.json", `{"format":"dossier","version":1,"documents":[{"id":"d","title":"","text":"abc"}],"nodes":[{"id":"n","kind":"actor","label":"N","mentions":[{"doc":"d","start":1,"end":10}]}],"edges":[]}`),
			"$.nodes[0].mentions[0]: span 1..10 lies outside document"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, out, errs := run(t, "stats", c.path)
			assert.Equal(t, 1, code)
			assert.Empty(t, out)
			assert.Contains(t, errs, c.want)
			assert.Contains(t, errs, filepath.Base(c.path), "the error names the file")
			assert.Equal(t, 1, strings.Count(errs, "\n"), "one line: %q", errs)
		})
	}
}

func TestUsageErrors(t *testing.T) {
	code, _, errs := run(t, "stats")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, "no graph file given")
	code, _, errs = run(t, "frobnicate")
	assert.Equal(t, 2, code)
	assert.Contains(t, errs, `unknown command "frobnicate"`)
	code, _, _ = run(t, "stats", "-nosuchflag", "x")
	assert.Equal(t, 2, code)
}

// Every real-world graph file in the shared fixtures opens with stats.
func TestStatsOpensEveryFixture(t *testing.T) {
	files, err := filepath.Glob("../../../shared/fixtures/graphs/*/*")
	require.NoError(t, err)
	require.Greater(t, len(files), 25)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			code, out, errs := run(t, "stats", f)
			require.Equal(t, 0, code, errs)
			assert.Contains(t, out, "nodes")
		})
	}
}
