package dossierfile_test

import (
	"bytes"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sampleGraph builds a small graph with every kind of node and edge,
// aliases, attributes, odd Unicode and spans in two documents.
func sampleGraph(t testing.TB) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	g.Attrs["title"] = "Talks"
	d1 := "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow. Putin said the talks were “useful”."
	d2 := "Путин (Putin) and Zelenskyy — 泽连斯基 — did not meet in Genève."
	mustDoc(t, g, graphmodel.Document{ID: "d1", Title: "Talks in Moscow", Source: "news/a.txt", Published: "2025-12-03", Text: d1})
	mustDoc(t, g, graphmodel.Document{ID: "d2", Title: "Unicode", Text: d2})
	at := func(doc, text, sub string) graphmodel.Span {
		i := strings.Index(text, sub)
		require.GreaterOrEqual(t, i, 0, sub)
		return graphmodel.Span{Doc: doc, Start: i, End: i + len(sub)}
	}
	nodes := []graphmodel.Node{
		{ID: "actor:putin", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Vladimir Putin",
			Aliases: []string{"Putin", "Путин"}, Attrs: map[string]string{"role": "president", "affiliation": "Russia"},
			Mentions: []graphmodel.Span{at("d1", d1, "Vladimir Putin"), at("d1", d1, "Putin said"), at("d2", d2, "Путин")}},
		{ID: "actor:witkoff", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Steve Witkoff",
			Attrs: map[string]string{"role": "envoy"}, Mentions: []graphmodel.Span{at("d1", d1, "Steve Witkoff")}},
		{ID: "actor:russia", Kind: graphmodel.KindActor, Type: graphmodel.TypeCountry, Label: "Russia",
			Mentions: []graphmodel.Span{at("d1", d1, "Russian")}},
		{ID: "venue:moscow", Kind: graphmodel.KindVenue, Type: graphmodel.TypeCity, Label: "Moscow", Mentions: []graphmodel.Span{at("d1", d1, "Moscow")}},
		{ID: "venue:russia", Kind: graphmodel.KindVenue, Type: graphmodel.TypeCountry, Label: "Russia"},
		{ID: "meeting:m1", Kind: graphmodel.KindMeeting, Label: "Putin–Witkoff talks",
			Attrs:    map[string]string{graphmodel.AttrStatus: graphmodel.StatusHeld, graphmodel.AttrDate: "2025-12-02", graphmodel.AttrDateText: "Tuesday"},
			Mentions: []graphmodel.Span{at("d1", d1, "met")}},
		{ID: "statement:s1", Kind: graphmodel.KindStatement, Label: "useful",
			Attrs: map[string]string{graphmodel.AttrQuote: "useful"}, Mentions: []graphmodel.Span{at("d1", d1, "useful")}},
		{ID: "entity:x", Kind: graphmodel.KindEntity, Type: "gene", Label: "a \"quoted\" \\ label\nwith a newline"},
	}
	for _, n := range nodes {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	conn := func(k graphmodel.EdgeKind, s, d string, ev ...graphmodel.Span) {
		_, err := g.Connect(k, s, d, ev...)
		require.NoError(t, err)
	}
	conn(graphmodel.EdgeParticipant, "actor:putin", "meeting:m1", at("d1", d1, "Vladimir Putin met U.S. envoy Steve Witkoff"))
	conn(graphmodel.EdgeParticipant, "actor:witkoff", "meeting:m1", at("d1", d1, "met U.S. envoy Steve Witkoff"))
	conn(graphmodel.EdgeVenue, "meeting:m1", "venue:moscow", at("d1", d1, "in Moscow"))
	conn(graphmodel.EdgeSpeaker, "actor:putin", "statement:s1", at("d1", d1, "Putin said the talks were “useful”"))
	conn(graphmodel.EdgeAbout, "statement:s1", "meeting:m1", at("d1", d1, "the talks were “useful”"))
	conn(graphmodel.EdgeAffiliation, "actor:putin", "actor:russia", at("d1", d1, "Russian President Vladimir Putin"))
	conn(graphmodel.EdgeLocatedIn, "venue:moscow", "venue:russia")
	_, err := g.AddEdge(graphmodel.Edge{ID: "r1", Kind: graphmodel.EdgeRelated, Source: "entity:x", Target: "actor:putin", Undirected: true, Attrs: map[string]string{"weight": "2.5"}})
	require.NoError(t, err)
	_, err = g.AddEdge(graphmodel.Edge{ID: "r2", Kind: graphmodel.EdgeRelated, Source: "entity:x", Target: "actor:putin", Attrs: map[string]string{"weight": "1"}})
	require.NoError(t, err, "parallel edges between the same two nodes are kept")
	return g
}

func mustDoc(t testing.TB, g *graphmodel.Graph, d graphmodel.Document) {
	t.Helper()
	_, err := g.AddDocument(d)
	require.NoError(t, err)
}

func encode(t testing.TB, g *graphmodel.Graph) []byte {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, dossierfile.Encode(&buf, g))
	return buf.Bytes()
}

func TestGolden(t *testing.T) {
	got := encode(t, sampleGraph(t))
	golden := filepath.Join("testdata", "sample.dossier.json")
	if *update {
		require.NoError(t, os.WriteFile(golden, got, 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(got))

	// The golden file itself opens and saves back byte for byte.
	g, err := dossierfile.Decode(bytes.NewReader(want), golden)
	require.NoError(t, err)
	assert.Equal(t, string(want), string(encode(t, g)))
}

func TestRoundTripKeepsEverything(t *testing.T) {
	g := sampleGraph(t)
	back, err := dossierfile.Decode(bytes.NewReader(encode(t, g)), "x.dossier.json")
	require.NoError(t, err)
	assert.Equal(t, g.Documents(), back.Documents())
	assert.Equal(t, g.Nodes(), back.Nodes())
	assert.Equal(t, g.Edges(), back.Edges())
	assert.Equal(t, g.Attrs, back.Attrs)
	assert.Equal(t, g.Counts(), back.Counts())
}

func TestOutputIsDeterministic(t *testing.T) {
	a := encode(t, sampleGraph(t))
	for i := 0; i < 5; i++ {
		assert.Equal(t, a, encode(t, sampleGraph(t)))
	}
}

func TestSaveLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "case.dossier.json")
	g := sampleGraph(t)
	require.NoError(t, dossierfile.Save(path, g))
	back, err := dossierfile.Load(path)
	require.NoError(t, err)
	assert.Equal(t, g.Nodes(), back.Nodes())
	entries, err := os.ReadDir(filepath.Dir(path))
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary files are left behind")
}

func TestFailedSaveKeepsPreviousFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.dossier.json")
	require.NoError(t, os.WriteFile(path, []byte("previous work"), 0o600))
	err := dossierfile.WriteFileAtomic(path, func(w io.Writer) error {
		_, _ = io.WriteString(w, "half a graph")
		return errors.New("disk on fire")
	})
	require.ErrorContains(t, err, "disk on fire")
	got, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, "previous work", string(got))
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "the temporary file is removed")

	require.NoError(t, dossierfile.Save(path, sampleGraph(t)))
	st, err := os.Stat(path)
	require.NoError(t, err)
	assert.Equal(t, os.FileMode(0o600), st.Mode().Perm(), "an existing file keeps its permissions")
}

func TestDecodeErrors(t *testing.T) {
	valid := string(encode(t, sampleGraph(t)))
	cases := []struct {
		name, input, want string
	}{
		{"empty", "", "x.dossier.json: file is empty"},
		{"not json", "hello", "x.dossier.json:1:1: invalid character 'h'"},
		{"truncated", valid[:len(valid)/2], "x.dossier.json:"},
		{"other json", `{"nodes": []}`, `$.format: missing: not a Dossier graph file`},
		{"other format", `{"format": "gexf", "version": 1}`, `$.format: "gexf" is not a Dossier graph file`},
		{"newer version", `{"format": "dossier", "version": 7, "whatever": {}}`, "written by a newer Dossier (format version 7; this program reads up to version 1)"},
		{"no version", `{"format": "dossier"}`, "$.version: missing"},
		{"wrong type", `{"format": "dossier", "version": 1, "nodes": [{"id": 3}]}`, "$.nodes.id: expected string, found number"},
		{"unknown field", `{"format": "dossier", "version": 1, "colour": "red"}`, `unknown field "colour"`},
		{"unknown kind", `{"format":"dossier","version":1,"documents":[],"nodes":[{"id":"a","kind":"wizard","label":"A"}],"edges":[]}`,
			`$.nodes[0].kind: unknown node kind "wizard"`},
		{"bad type", `{"format":"dossier","version":1,"documents":[],"nodes":[{"id":"a","kind":"actor","type":"city","label":"A"}],"edges":[]}`,
			`$.nodes[0].type: "city" is not a type of actor`},
		{"duplicate node", `{"format":"dossier","version":1,"documents":[],"nodes":[{"id":"a","kind":"entity","label":"A"},{"id":"a","kind":"entity","label":"B"}],"edges":[]}`,
			`$.nodes[1].id: duplicate node id "a"`},
		{"dangling edge", `{"format":"dossier","version":1,"documents":[],"nodes":[{"id":"a","kind":"entity","label":"A"}],"edges":[{"id":"e","kind":"related","source":"a","target":"b"}]}`,
			`$.edges[0].target: no node with id "b"`},
		{"span outside", `{"format":"dossier","version":1,"documents":[{"id":"d","title":"","text":"short"}],"nodes":[{"id":"a","kind":"entity","label":"A","mentions":[{"doc":"d","start":2,"end":99}]}],"edges":[]}`,
			`$.nodes[0].mentions[0]: span 2..99 lies outside document "d" (5 bytes)`},
		{"span unknown doc", `{"format":"dossier","version":1,"documents":[],"nodes":[{"id":"a","kind":"entity","label":"A","mentions":[{"doc":"zz","start":0,"end":1}]}],"edges":[]}`,
			`$.nodes[0].mentions[0].doc: no document with id "zz"`},
		{"split rune", `{"format":"dossier","version":1,"documents":[{"id":"d","title":"","text":"Genève"}],"nodes":[{"id":"a","kind":"entity","label":"A","mentions":[{"doc":"d","start":0,"end":4}]}],"edges":[]}`,
			`splits a UTF-8 character`},
		{"wrong endpoints", `{"format":"dossier","version":1,"documents":[],"nodes":[{"id":"a","kind":"venue","label":"A"},{"id":"b","kind":"venue","label":"B"}],"edges":[{"id":"e","kind":"speaker","source":"a","target":"b"}]}`,
			`$.edges[0].kind: a speaker edge cannot join venue to venue`},
		{"many problems", `{"format":"dossier","version":1,"documents":[],"nodes":[{"id":"","kind":"x","label":"A"}],"edges":[]}`,
			`(and 1 more problem)`},
		{"trailing data", `{"format":"dossier","version":1,"documents":[],"nodes":[],"edges":[]} {}`, "after top-level value"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := dossierfile.Decode(strings.NewReader(c.input), "x.dossier.json")
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
			assert.True(t, strings.HasPrefix(err.Error(), "x.dossier.json"), "the error names the file: %v", err)
			assert.NotContains(t, err.Error(), "\n", "one line")
		})
	}
	_, err := dossierfile.Decode(strings.NewReader(`{"format": "dossier", "version": 2}`), "f")
	assert.ErrorIs(t, err, dossierfile.ErrNewerVersion)
}

func TestTruncatedFileReportsPosition(t *testing.T) {
	valid := encode(t, sampleGraph(t))
	_, err := dossierfile.Decode(bytes.NewReader(valid[:200]), "cut.dossier.json")
	var fe *dossierfile.Error
	require.ErrorAs(t, err, &fe)
	assert.Greater(t, fe.Line, 1)
	assert.Contains(t, err.Error(), "truncated")
}

func FuzzDecode(f *testing.F) {
	f.Add(encode(f, sampleGraph(f)))
	f.Add([]byte(`{"format":"dossier","version":1,"documents":[{"id":"d","title":"","text":"ab"}],"nodes":[{"id":"a","kind":"actor","label":"A","mentions":[{"doc":"d","start":0,"end":1}]}],"edges":[{"id":"e","kind":"related","source":"a","target":"a"}]}`))
	f.Add([]byte(`{"format":"dossier","version":1}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := dossierfile.Decode(bytes.NewReader(data), "fuzz.dossier.json")
		if err != nil {
			require.NotContains(t, err.Error(), "\n")
			return
		}
		// Whatever opens must save and reopen to the same bytes.
		var a, b bytes.Buffer
		require.NoError(t, dossierfile.Encode(&a, g))
		g2, err := dossierfile.Decode(bytes.NewReader(a.Bytes()), "again")
		require.NoError(t, err)
		require.NoError(t, dossierfile.Encode(&b, g2))
		require.Equal(t, a.String(), b.String())
	})
}
