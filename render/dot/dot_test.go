package dot_test

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/render/dot"
	"dossier/render/theme"
)

var update = flag.Bool("update", false, "rewrite golden files")

// sample builds a small graph of every kind, in the given insertion order.
func sample(t *testing.T, reverse bool) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	nodes := []graphmodel.Node{
		{ID: "actor:putin", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Vladimir Putin"},
		{ID: "actor:kremlin", Kind: graphmodel.KindActor, Type: graphmodel.TypeOrganization, Label: "Kremlin"},
		{ID: "actor:ukraine", Kind: graphmodel.KindActor, Type: graphmodel.TypeCountry, Label: "Ukraine"},
		{ID: "venue:riyadh", Kind: graphmodel.KindVenue, Type: graphmodel.TypeCity, Label: "Riyadh"},
		{ID: "meeting:1", Kind: graphmodel.KindMeeting, Label: "Talks in Riyadh", Attrs: map[string]string{"status": "planned"}},
		{ID: "statement:1", Kind: graphmodel.KindStatement, Label: "We are ready for talks without preconditions, as long as the other side is",
			Attrs: map[string]string{"quote": "We are ready for talks without preconditions, as long as the other side is too."}},
	}
	edges := [][3]string{
		{"participant", "actor:putin", "meeting:1"},
		{"venue", "meeting:1", "venue:riyadh"},
		{"speaker", "actor:putin", "statement:1"},
		{"about", "statement:1", "meeting:1"},
		{"affiliation", "actor:putin", "actor:kremlin"},
	}
	if reverse {
		for i, j := 0, len(nodes)-1; i < j; i, j = i+1, j-1 {
			nodes[i], nodes[j] = nodes[j], nodes[i]
		}
	}
	for _, n := range nodes {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	for _, e := range edges {
		_, err := g.Connect(graphmodel.EdgeKind(e[0]), e[1], e[2])
		require.NoError(t, err)
	}
	return g
}

func write(t *testing.T, g *graphmodel.Graph, opt dot.Options) string {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, g, opt))
	return b.String()
}

func TestGolden(t *testing.T) {
	got := write(t, sample(t, false), dot.Options{})
	path := filepath.Join("testdata", "sample.golden.dot")
	if *update {
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.Equal(t, string(want), got)
}

func TestDeterministic(t *testing.T) {
	a := write(t, sample(t, false), dot.Options{Theme: theme.Dark()})
	b := write(t, sample(t, true), dot.Options{Theme: theme.Dark()})
	assert.Equal(t, a, b, "insertion order must not change the output")
}

func TestModelIDsTravelInAttributes(t *testing.T) {
	out := write(t, sample(t, false), dot.Options{})
	assert.Contains(t, out, `n1 [id="actor:putin", label="Vladimir Putin"`)
	assert.Contains(t, out, `dossier_id="actor:putin", dossier_kind="actor", dossier_type="person"`)
	assert.Contains(t, out, `n1 -> n3 [id="participant:actor:putin->meeting:1"`)
	assert.Contains(t, out, `dossier_kind="participant"`)
	assert.Contains(t, out, `style="filled,dashed"`, "a planned meeting is dashed")
}

func TestStatementsShortenedTooltipFull(t *testing.T) {
	out := write(t, sample(t, false), dot.Options{})
	line := lineOf(t, out, `dossier_id="statement:1"`)
	assert.Contains(t, line, `label="We are ready for talks\nwithout preconditions,\nas long as…"`)
	assert.Contains(t, line, `tooltip="We are ready for talks without preconditions, as long as the other side is too.\n(statement)"`)
}

func lineOf(t *testing.T, out, needle string) string {
	t.Helper()
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, needle) {
			return l
		}
	}
	t.Fatalf("no line contains %s", needle)
	return ""
}

// hostile strings that would break naive DOT output.
var hostile = []string{
	`"]; evil -> x [label="`,
	"two\nlines\r\nthree\rfour",
	`ends with a backslash\`,
	`\N \G \" \\`,
	"<b>html?</b> {record|field} <port>",
	"東京で会談 — 日本語ラベル",
	"مرحبا بالعالم שלום",
	"\u202eright-to-left override",
	"nul\x00byte and \x1b escape",
	"invalid \xff\xfe utf-8",
	strings.Repeat("long label ", 2000),
}

func TestHostileTextStaysInsideItsAttribute(t *testing.T) {
	g := graphmodel.New()
	for i, s := range hostile {
		_, err := g.AddNode(graphmodel.Node{ID: s + string(rune('a'+i)), Kind: graphmodel.KindEntity, Type: s, Label: s})
		require.NoError(t, err)
	}
	ids := g.Nodes()
	_, err := g.AddEdge(graphmodel.Edge{ID: hostile[0], Kind: graphmodel.EdgeRelated, Source: ids[0].ID, Target: ids[1].ID})
	require.NoError(t, err)
	out := write(t, g, dot.Options{})

	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 4+len(hostile)+1+1, "one line per statement: no value spills onto another line")
	node := regexp.MustCompile(`^\tn\d+ \[.*\];$`)
	for _, l := range lines[4 : 4+len(hostile)] {
		assert.Regexp(t, node, l)
		assert.Equal(t, 0, countUnescapedQuotes(l)%2, "balanced quotes in %q", l)
		assert.NotContains(t, l, "\x00")
	}
	edge := lines[4+len(hostile)]
	assert.Regexp(t, `^\tn\d+ -> n\d+ \[`, edge)
	assert.Equal(t, 0, countUnescapedQuotes(edge)%2)
	assert.NotRegexp(t, `(?m)^\s*evil`, out, "an id cannot inject an edge")
	assert.Contains(t, out, `label="ends with a backslash\\"`)
	assert.Contains(t, out, `label="two\nlines\nthree\nfour"`)
	assert.Contains(t, out, "東京で会談")
	assert.Contains(t, out, "مرحبا")
}

// countUnescapedQuotes counts quotes not preceded by an odd number of backslashes.
func countUnescapedQuotes(s string) int {
	n, bs := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			bs++
			continue
		case '"':
			if bs%2 == 0 {
				n++
			}
		}
		bs = 0
	}
	return n
}

func TestSelection(t *testing.T) {
	g := sample(t, false)
	sel := graphmodel.Selection{
		Nodes: []string{"meeting:1", "actor:putin", "statement:1"},
		Edges: []string{"participant:actor:putin->meeting:1", "venue:meeting:1->venue:riyadh", "speaker:actor:putin->statement:1"},
	}
	out := write(t, g, dot.Options{Selection: &sel})
	assert.Len(t, regexp.MustCompile(`(?m)^\tn\d+ \[`).FindAllString(out, -1), 3)
	assert.NotContains(t, out, "venue:riyadh", "unselected venue left out")
	assert.NotContains(t, out, "venue:meeting:1", "an edge to an unselected node is left out")
	assert.Contains(t, out, "speaker:actor:putin->statement:1")

	bad := graphmodel.Selection{Nodes: []string{"nope"}}
	var b bytes.Buffer
	err := dot.Write(&b, g, dot.Options{Selection: &bad})
	require.ErrorIs(t, err, graphmodel.ErrNotFound)
}

func TestPassThroughForeignAttributes(t *testing.T) {
	g := graphmodel.New()
	_, err := g.AddNode(graphmodel.Node{ID: "a", Kind: graphmodel.KindEntity, Label: "A", Attrs: map[string]string{
		"dot.shape": "doublecircle", "dot.color": "red", "dot.image": "/etc/passwd", "dot.label": "A\nline", "dot.cluster": "group one",
	}})
	require.NoError(t, err)
	_, err = g.AddNode(graphmodel.Node{ID: "b", Kind: graphmodel.KindEntity, Label: "B"})
	require.NoError(t, err)
	_, err = g.AddEdge(graphmodel.Edge{ID: "e", Kind: graphmodel.EdgeRelated, Source: "a", Target: "b", Undirected: true,
		Attrs: map[string]string{"dot.style": `dashed" , shape="box`}})
	require.NoError(t, err)

	plain := write(t, g, dot.Options{})
	assert.NotContains(t, plain, "doublecircle", "foreign attributes only with PassThrough")

	out := write(t, g, dot.Options{PassThrough: true})
	a := lineOf(t, out, `dossier_id="a"`)
	assert.Contains(t, a, `shape="doublecircle"`)
	assert.Contains(t, a, `color="red"`)
	assert.Contains(t, a, `label="A\nline"`)
	assert.NotContains(t, out, "passwd", "attributes that read files are never written")
	assert.Contains(t, out, "subgraph cluster_0 {\n\t\tlabel=\"group one\";")
	e := lineOf(t, out, `dossier_id="e"`)
	assert.Contains(t, e, `style="dashed\" , shape=\"box"`, "a value cannot inject attributes")
	assert.Contains(t, e, "dir=none")
}

func TestSavedPositions(t *testing.T) {
	g := graphmodel.New()
	_, err := g.AddNode(graphmodel.Node{ID: "a", Kind: graphmodel.KindEntity, Label: "A", Attrs: map[string]string{"x": "144", "y": "-72"}})
	require.NoError(t, err)
	_, err = g.AddNode(graphmodel.Node{ID: "b", Kind: graphmodel.KindEntity, Label: "B", Attrs: map[string]string{"x": "NaN", "y": "1"}})
	require.NoError(t, err)
	out := write(t, g, dot.Options{SavedPositions: true})
	assert.Contains(t, lineOf(t, out, `dossier_id="a"`), `pos="2,-1!"`, "pinned, in inches")
	assert.NotContains(t, lineOf(t, out, `dossier_id="b"`), "pos=")
	out = write(t, g, dot.Options{SavedPositions: true, YDown: true})
	assert.Contains(t, lineOf(t, out, `dossier_id="a"`), `pos="2,1!"`)
	assert.NotContains(t, write(t, g, dot.Options{}), "pos=")
}

func TestGraphOptions(t *testing.T) {
	out := write(t, sample(t, false), dot.Options{RankDir: "lr", Graph: map[string]string{"overlap": "prism", "imagepath": "/etc", "label": `My "case"`}})
	assert.Contains(t, out, "rankdir=LR")
	assert.Contains(t, out, `overlap="prism"`)
	assert.Contains(t, out, `label="My \"case\""`)
	assert.NotContains(t, out, "imagepath")
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrors(t *testing.T) {
	err := dot.Write(failWriter{}, sample(t, false), dot.Options{})
	require.ErrorContains(t, err, "disk full")
	require.Error(t, dot.Write(&bytes.Buffer{}, nil, dot.Options{}))
}

func TestQuoteUnquote(t *testing.T) {
	for _, s := range []string{"", "plain", `a"b`, `a\b`, "a\nb", `\N`, `end\`} {
		q := dot.Quote(s)
		assert.Equal(t, s, dot.Unquote(q[1:len(q)-1]), "%q", s)
	}
	assert.Equal(t, "ab", dot.Text("a\x00b"))
	assert.Equal(t, "a\nb", dot.Text("a\r\nb"))
	assert.Equal(t, "a\uFFFDb", dot.Text("a\xffb"))
}

func TestShortenAndWrap(t *testing.T) {
	assert.Equal(t, "short", dot.Shorten("short", 10))
	assert.Equal(t, "the quick…", dot.Shorten("the quick brown fox", 12))
	assert.Equal(t, "日本語日…", dot.Shorten("日本語日本語", 5))
	assert.Equal(t, "the quick\nbrown fox", dot.Wrap("the quick brown fox", 10))
	assert.Equal(t, "unbreakableword", dot.Wrap("unbreakableword", 4))
}

func TestLabelNotesAddALine(t *testing.T) {
	var buf bytes.Buffer
	opt := dot.Options{LabelNotes: map[string]string{"actor:putin": "+3 statements"}}
	require.NoError(t, dot.Write(&buf, sample(t, false), opt))
	assert.Contains(t, buf.String(), `label="Vladimir Putin\n+3 statements"`)
	assert.Contains(t, buf.String(), `label="Kremlin"`, "other labels unchanged")
}

func TestCrowdedSavedPositionsAreSpread(t *testing.T) {
	g := graphmodel.New()
	// Four nodes a few points apart: far less room than a label needs.
	for i, p := range [][2]string{{"0", "0"}, {"4", "0"}, {"0", "4"}, {"4", "4"}} {
		_, err := g.AddNode(graphmodel.Node{ID: string(rune('a' + i)), Kind: graphmodel.KindEntity, Label: "node", Attrs: map[string]string{"x": p[0], "y": p[1]}})
		require.NoError(t, err)
	}
	out := write(t, g, dot.Options{SavedPositions: true})
	// sqrt(4 nodes × 4860 pt² / 16 pt²) ≈ 34.9: the drawing keeps its shape, 35 times larger.
	assert.Contains(t, lineOf(t, out, `dossier_id="d"`), `pos="1.9`)
	assert.Contains(t, lineOf(t, out, `dossier_id="a"`), `pos="0,0!"`)
}
