package formats_test

import (
	"bytes"
	"context"
	stdcsv "encoding/csv"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/formats"
	"dossier/graphmodel/formats/internal/formattest"
)

// fixtures is ../shared/fixtures/graphs seen from this package.
var fixtures = filepath.Join("..", "..", "..", "shared", "fixtures", "graphs")

// fixtureCounts holds the node and edge counts of SOURCES.md for every
// fixture file. car_graphs.json holds two graphs (4/2 and 3/2) imported
// together (see package jgf), so its counts are the sums.
var fixtureCounts = map[string]struct {
	format       formats.Format
	nodes, edges int
}{
	"dot/clust4.gv":                        {formats.DOT, 10, 13},
	"dot/unix.gv":                          {formats.DOT, 41, 49},
	"dot/world.gv":                         {formats.DOT, 48, 69},
	"dot/crazy.gv":                         {formats.DOT, 41, 49},
	"dot/fsm.gv":                           {formats.DOT, 9, 14},
	"dot/structs.gv":                       {formats.DOT, 3, 2},
	"dot/hashtable.gv":                     {formats.DOT, 8, 7},
	"dot/records.gv":                       {formats.DOT, 7, 7},
	"dot/html.gv":                          {formats.DOT, 3, 2},
	"dot/html2.gv":                         {formats.DOT, 4, 3},
	"dot/ports.gv":                         {formats.DOT, 12, 20},
	"dot/japanese.gv":                      {formats.DOT, 7, 8},
	"dot/russian.gv":                       {formats.DOT, 11, 7},
	"dot/Latin1.gv":                        {formats.DOT, 1, 0},
	"dot/Petersen.gv":                      {formats.DOT, 10, 15},
	"dot/165_2.dot":                        {formats.DOT, 2, 1},
	"dot/1865.dot":                         {formats.DOT, 1, 0},
	"dot/compound_dot.gv":                  {formats.DOT, 8, 9},
	"dot/b100.gv":                          {formats.DOT, 1463, 5806},
	"gexf/les_miserables.gexf":             {formats.GEXF, 77, 254},
	"gexf/data.gexf":                       {formats.GEXF, 4, 5},
	"gexf/v1_3.gexf":                       {formats.GEXF, 2, 1},
	"gexf/arctic.gexf":                     {formats.GEXF, 1715, 6676},
	"graphml/miserables.graphml":           {formats.GraphML, 77, 254},
	"graphml/mixed_multigraph.graphml":     {formats.GraphML, 6, 8},
	"graphml/attributes.graphml":           {formats.GraphML, 6, 7},
	"jgf/usual_suspects.json":              {formats.JGF, 2, 1},
	"jgf/car_graphs.json":                  {formats.JGF, 4 + 3, 2 + 2},
	"jgf/les_miserables.json":              {formats.JGF, 77, 254},
	"cytoscape/genemania-export.cyjs.json": {formats.Cytoscape, 31, 255},
	"cytoscape/compound-elements.json":     {formats.Cytoscape, 28, 35},
	"cytoscape/tokyo-railways.cyjs.json":   {formats.Cytoscape, 943, 860},
}

// Every fixture file opens through the registry, its format recognised,
// with the counts of SOURCES.md.
func TestEveryFixtureOpens(t *testing.T) {
	var files []string
	require.NoError(t, filepath.WalkDir(fixtures, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && d.Name() != "SOURCES.md" {
			rel, err := filepath.Rel(fixtures, path)
			files = append(files, filepath.ToSlash(rel))
			return err
		}
		return nil
	}))
	require.Len(t, files, len(fixtureCounts), "a fixture file without expected counts, or one missing")
	for _, rel := range files {
		t.Run(rel, func(t *testing.T) {
			want, ok := fixtureCounts[rel]
			require.True(t, ok, "no expected counts for %s", rel)
			res, err := formats.Open(context.Background(), filepath.Join(fixtures, rel), formats.Options{})
			require.NoError(t, err)
			assert.Equal(t, want.format, res.Format)
			assert.Equal(t, want.nodes, res.Graph.NodeCount(), "nodes")
			assert.Equal(t, want.edges, res.Graph.EdgeCount(), "edges")
		})
	}
}

func TestOpenDossierFile(t *testing.T) {
	want := formattest.Rich(t)
	path := filepath.Join(t.TempDir(), "case.dossier.json")
	require.NoError(t, dossierfile.Save(path, want))
	res, err := formats.Open(context.Background(), path, formats.Options{})
	require.NoError(t, err)
	assert.Equal(t, formats.Dossier, res.Format)
	assert.Empty(t, res.Warnings)
	formattest.AssertSameGraph(t, want, res.Graph)
}

func TestDetect(t *testing.T) {
	cases := []struct {
		name, content string
		want          formats.Format
		warn          string
	}{
		{"a.dossier.json", `{"format": "dossier", "version": 1}`, formats.Dossier, ""},
		{"a.json", "\ufeff  {\"format\": \"dossier\", \"version\": 1}", formats.Dossier, ""},
		{"a.json", `{"$schema": "x", "big": [[1, {"a": [2]}]], "graph": {}}`, formats.JGF, ""},
		{"a.json", `{"graphs": []}`, formats.JGF, ""},
		{"a.json", `{"data": {"x": [1, 2]}, "elements": []}`, formats.Cytoscape, ""},
		{"a.json", `{"format_version": "1.0"`, formats.Cytoscape, ""},
		{"a.json", `[{"group": "nodes", "data": {"id": "a"}}]`, formats.Cytoscape, ""},
		{"a.json", `[{"data": {"id": "a"}}]`, formats.Cytoscape, ""},
		{"noext", `{"graph": {}}`, formats.JGF, ""},
		{"a.cyjs", `{"elements": {}}`, formats.Cytoscape, ""},
		{"a.xml", "<?xml version=\"1.0\"?>\n<!-- c -->\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">", formats.GraphML, ""},
		{"a.xml", `<gexf:gexf xmlns:gexf="http://gexf.net/1.3" version="1.3">`, formats.GEXF, ""},
		{"a.txt", "/* c */ // d\n# line\nStrict  DiGraph G {}", formats.DOT, ""},
		{"a", "graph{a--b}", formats.DOT, ""},
		{"a.graphml", `<gexf version="1.2">`, formats.GEXF, "the file name says GraphML but the content is GEXF: read as GEXF"},
		{"a.gexf", `{"graph": {}}`, formats.JGF, "the file name says GEXF but the content is JSON Graph Format"},
		{"a.jgf.json", `{"elements": []}`, formats.Cytoscape, "the file name says JSON Graph Format but the content is Cytoscape JSON"},
		{"a.gv", `digraph {}`, formats.DOT, ""},
	}
	for _, c := range cases {
		t.Run(c.name+" "+c.content, func(t *testing.T) {
			f, warn, err := formats.Detect(c.name, []byte(c.content))
			require.NoError(t, err)
			assert.Equal(t, c.want, f)
			if c.warn == "" {
				assert.Empty(t, warn)
			} else {
				assert.Contains(t, warn, c.warn)
			}
		})
	}
}

func TestDetectFailures(t *testing.T) {
	for _, c := range []struct{ name, content, want string }{
		{"a.json", `{"nodes": [], "links": []}`, "a.json: not a graph file Dossier knows (it reads Dossier graph (.dossier.json), GraphML (.graphml)"},
		{"a.txt", "hello", "a.txt: not a graph file Dossier knows"},
		{"a.json", `[1, 2]`, "not a graph file Dossier knows"},
		{"a.xml", `<svg/>`, "not a graph file Dossier knows"},
		{"x", "  \n", "x: file is empty"},
	} {
		_, _, err := formats.Detect(c.name, []byte(c.content))
		require.Error(t, err, c.content)
		assert.Contains(t, err.Error(), c.want)
	}
}

func TestNamedButBrokenFilesReachTheirReader(t *testing.T) {
	_, err := formats.Read(context.Background(), strings.NewReader(`{"graph": {"nodes": {"a": 1}}}`), "x.gexf", -1, formats.Options{Format: formats.JGF})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "x.gexf:1:27: $.graph.nodes.a: expected a node object, found number")

	_, err = formats.Read(context.Background(), strings.NewReader(`<graphml><node id="a"`), "t.graphml", -1, formats.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "t.graphml")

	_, err = formats.Read(context.Background(), strings.NewReader(``), "t.jgf.json", -1, formats.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "t.jgf.json: file is empty")
}

func TestCSVCannotBeRead(t *testing.T) {
	_, err := formats.Read(context.Background(), strings.NewReader("id,kind\n"), "x.csv", -1, formats.Options{})
	require.ErrorIs(t, err, formats.ErrUnknownFormat)
	assert.Contains(t, err.Error(), "x.csv: Dossier cannot read CSV (nodes and edges) files")
}

func TestOpenErrors(t *testing.T) {
	_, err := formats.Open(context.Background(), filepath.Join(t.TempDir(), "missing.gexf"), formats.Options{})
	require.ErrorIs(t, err, os.ErrNotExist)
	_, err = formats.Open(context.Background(), t.TempDir(), formats.Options{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "is a folder")
}

func TestProgressIsReported(t *testing.T) {
	path := filepath.Join(fixtures, "cytoscape", "tokyo-railways.cyjs.json")
	st, err := os.Stat(path)
	require.NoError(t, err)
	var calls [][2]int64
	res, err := formats.Open(context.Background(), path, formats.Options{Progress: func(read, total int64) {
		calls = append(calls, [2]int64{read, total})
	}})
	require.NoError(t, err)
	assert.Equal(t, 943, res.Graph.NodeCount())
	require.GreaterOrEqual(t, len(calls), 3, "a 1.5 MB file reports several steps")
	for i, c := range calls {
		assert.Equal(t, st.Size(), c[1], "total")
		if i > 0 {
			assert.GreaterOrEqual(t, c[0], calls[i-1][0], "never backwards")
		}
	}
	assert.Equal(t, [2]int64{st.Size(), st.Size()}, calls[len(calls)-1], "ends at the total")
}

func TestSizeLimit(t *testing.T) {
	path := filepath.Join(fixtures, "jgf", "les_miserables.json")
	_, err := formats.Open(context.Background(), path, formats.Options{MaxSize: 10 << 10})
	require.ErrorIs(t, err, formats.ErrTooLarge)
	assert.Contains(t, err.Error(), "is larger than the limit of 10 KB")

	// Size unknown: the reading itself stops at the limit.
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	_, err = formats.Read(context.Background(), io.MultiReader(bytes.NewReader(data)), "stream.json", -1, formats.Options{MaxSize: 10 << 10})
	require.ErrorIs(t, err, formats.ErrTooLarge)
	assert.Contains(t, err.Error(), "stream.json: file is larger than the limit of 10 KB")

	// Exactly at the limit is fine.
	_, err = formats.Read(context.Background(), bytes.NewReader(data), "stream.json", -1, formats.Options{MaxSize: int64(len(data))})
	require.NoError(t, err)
}

// endless never ends, as /dev/zero or a stalled pipe would not.
type endless struct {
	cancel func()
	n      int
}

func (e *endless) Read(p []byte) (int, error) {
	e.n++
	if e.n == 3 {
		e.cancel()
	}
	for i := range p {
		p[i] = ' '
	}
	return len(p), nil
}

func TestCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	_, err := formats.Read(ctx, &endless{cancel: cancel}, "endless.json", -1, formats.Options{Format: formats.JGF})
	require.ErrorIs(t, err, context.Canceled)
	assert.Contains(t, err.Error(), "endless.json")
}

func TestSaveAndOpenEveryWritableFormat(t *testing.T) {
	want := formattest.Rich(t)
	dir := t.TempDir()
	for _, name := range []string{"g.dossier.json", "g.graphml", "g.gexf", "g.jgf.json", "g.cyjs", "g.gv"} {
		t.Run(name, func(t *testing.T) {
			f, _ := formats.ByExtension(name)
			path := filepath.Join(dir, name)
			require.NoError(t, formats.Save(context.Background(), path, want, nil, ""))
			res, err := formats.Open(context.Background(), path, formats.Options{})
			require.NoError(t, err)
			assert.Equal(t, f, res.Format)
			assert.Empty(t, res.Warnings)
			formattest.AssertSameGraph(t, want, res.Graph)
		})
	}
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	for _, e := range entries {
		assert.False(t, strings.HasSuffix(e.Name(), ".tmp"), "temporary file left: %s", e.Name())
	}
}

func TestSaveSelection(t *testing.T) {
	g := formattest.Rich(t)
	sel, err := g.Ego("venue:moscow", 1)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "part.dossier.json")
	require.NoError(t, formats.Save(context.Background(), path, g, &sel, ""))
	res, err := formats.Open(context.Background(), path, formats.Options{})
	require.NoError(t, err)
	assert.Equal(t, 2, res.Graph.NodeCount())
	assert.Equal(t, 1, res.Graph.EdgeCount())
	assert.Len(t, res.Graph.Documents(), 2)
}

func TestSaveCSVWritesTwoFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "export.csv")
	assert.Equal(t, []string{filepath.Join(dir, "export.nodes.csv"), filepath.Join(dir, "export.edges.csv")}, formats.SavePaths(path, ""))
	assert.Equal(t, formats.SavePaths(path, ""), formats.SavePaths(filepath.Join(dir, "export.edges.csv"), formats.CSV))
	require.NoError(t, formats.Save(context.Background(), path, formattest.Rich(t), nil, ""))
	nodes, err := os.ReadFile(filepath.Join(dir, "export.nodes.csv"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(nodes), "id,kind,type,label"), string(nodes[:40]))
	rows, err := stdcsv.NewReader(bytes.NewReader(nodes)).ReadAll()
	require.NoError(t, err)
	assert.Len(t, rows, 1+7, "a header and seven nodes")
	edges, err := os.ReadFile(filepath.Join(dir, "export.edges.csv"))
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(edges), "id,kind,source,target"))
	_, err = os.Stat(path)
	assert.ErrorIs(t, err, os.ErrNotExist, "no file under the plain name")
}

func TestSaveRefusals(t *testing.T) {
	g := formattest.Rich(t)
	dir := t.TempDir()
	err := formats.Save(context.Background(), filepath.Join(dir, "g.json"), g, nil, "")
	require.ErrorIs(t, err, formats.ErrUnknownFormat)
	assert.Contains(t, err.Error(), "a .json file could be a Dossier graph, JSON Graph Format or Cytoscape JSON")
	err = formats.Save(context.Background(), filepath.Join(dir, "g.png"), g, nil, "")
	require.ErrorIs(t, err, formats.ErrUnknownFormat)
	require.NoError(t, formats.Save(context.Background(), filepath.Join(dir, "g.json"), g, nil, formats.JGF), "a format given explicitly needs no extension")

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	require.ErrorIs(t, formats.Save(ctx, filepath.Join(dir, "c.gexf"), g, nil, ""), context.Canceled)
	_, err = os.Stat(filepath.Join(dir, "c.gexf"))
	assert.ErrorIs(t, err, os.ErrNotExist)
}

func TestFailedSaveKeepsTheOldFile(t *testing.T) {
	g := formattest.Rich(t)
	path := filepath.Join(t.TempDir(), "keep.jgf.json")
	require.NoError(t, formats.Save(context.Background(), path, g, nil, ""))
	before, err := os.ReadFile(path)
	require.NoError(t, err)
	bad := &graphmodel.Selection{Nodes: []string{"no such node"}}
	err = formats.Save(context.Background(), path, g, bad, "")
	require.ErrorIs(t, err, graphmodel.ErrNotFound)
	after, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, before, after)
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file left behind")
}

func TestFormatsTable(t *testing.T) {
	seen := map[formats.Format]bool{}
	for _, info := range formats.Formats() {
		assert.True(t, info.CanWrite, info.Name)
		assert.Equal(t, info.Format != formats.CSV, info.CanRead, info.Name)
		assert.False(t, seen[info.Format], "listed twice: %s", info.Format)
		seen[info.Format] = true
		assert.NotEmpty(t, info.Name)
		require.NotEmpty(t, info.Extensions)
		for _, ext := range info.Extensions {
			f, ok := formats.ByExtension("x" + strings.ToUpper(ext))
			assert.True(t, ok, ext)
			assert.Equal(t, info.Format, f, ext)
		}
	}
	_, ok := formats.ByExtension("x.json")
	assert.False(t, ok, "a plain .json says nothing")
	assert.True(t, errors.Is(formats.ErrTooLarge, formats.ErrTooLarge))
}

// FuzzRead feeds anything to detection and whichever reader it picks:
// never a panic, and an error always names the file.
func FuzzRead(f *testing.F) {
	for _, rel := range []string{"jgf/usual_suspects.json", "graphml/attributes.graphml", "gexf/data.gexf", "dot/fsm.gv"} {
		data, err := os.ReadFile(filepath.Join(fixtures, rel))
		require.NoError(f, err)
		f.Add(data, filepath.Base(rel))
	}
	f.Add([]byte(`[{"data": {"id": "a"}}, {"data": {"source": "a", "target": "a"}}]`), "x.json")
	f.Add([]byte(`{"format": "dossier", "version": 1, "documents": [], "nodes": [], "edges": []}`), "x")
	f.Fuzz(func(t *testing.T, data []byte, name string) {
		if name == "" || strings.ContainsAny(name, "\x00\n") {
			return
		}
		res, err := formats.Read(context.Background(), bytes.NewReader(data), name, int64(len(data)), formats.Options{MaxSize: 1 << 20})
		if err != nil {
			require.Contains(t, err.Error(), name)
			return
		}
		require.NotNil(t, res.Graph)
		require.NotEmpty(t, res.Format)
	})
}

func TestImporterWarningsReachTheResult(t *testing.T) {
	res, err := formats.Read(context.Background(), strings.NewReader(`digraph { a [image="/etc/passwd"]; a -> b }`), "w.graphml", -1, formats.Options{})
	require.NoError(t, err)
	assert.Equal(t, formats.DOT, res.Format)
	require.Len(t, res.Warnings, 2)
	assert.Contains(t, res.Warnings[0], "the file name says GraphML but the content is Graphviz DOT", "detection first")
	assert.Contains(t, res.Warnings[1], "image", "then the DOT reader's")
}
