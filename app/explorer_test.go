package app

import (
	"fmt"
	"image"
	imagepng "image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/app/graphview"
	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/render/paint"
	"dossier/render/scene"
)

const caseText = "Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Tuesday. " +
	"Putin later spoke to Zelenskyy. The Kremlin said the talks were “useful”."

// caseFile writes a small graph file and returns its path.
func caseFile(t *testing.T) string {
	t.Helper()
	g := graphmodel.New()
	_, err := g.AddDocument(graphmodel.Document{ID: "d1", Title: "Talks in Moscow", Text: caseText})
	require.NoError(t, err)
	at := func(sub string) graphmodel.Span {
		i := strings.Index(caseText, sub)
		require.GreaterOrEqual(t, i, 0, sub)
		return graphmodel.Span{Doc: "d1", Start: i, End: i + len(sub)}
	}
	for _, n := range []graphmodel.Node{
		{ID: "putin", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Vladimir Putin", Aliases: []string{"Putin"},
			Mentions: []graphmodel.Span{at("Vladimir Putin"), at("Putin later")}},
		{ID: "witkoff", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Steve Witkoff", Mentions: []graphmodel.Span{at("Steve Witkoff")}},
		{ID: "zelenskyy", Kind: graphmodel.KindActor, Type: graphmodel.TypePerson, Label: "Volodymyr Zelenskyy", Mentions: []graphmodel.Span{at("Zelenskyy")}},
		{ID: "moscow", Kind: graphmodel.KindVenue, Type: graphmodel.TypeCity, Label: "Moscow", Mentions: []graphmodel.Span{at("Moscow")}},
		{ID: "m1", Kind: graphmodel.KindMeeting, Label: "Putin–Witkoff talks", Mentions: []graphmodel.Span{at("met")}},
	} {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	for _, c := range []struct {
		k        graphmodel.EdgeKind
		a, b, ev string
	}{
		{graphmodel.EdgeParticipant, "putin", "m1", "Vladimir Putin met"},
		{graphmodel.EdgeParticipant, "witkoff", "m1", "met U.S. envoy Steve Witkoff"},
		{graphmodel.EdgeVenue, "m1", "moscow", "in Moscow"},
	} {
		_, err := g.Connect(c.k, c.a, c.b, at(c.ev))
		require.NoError(t, err)
	}
	path := filepath.Join(t.TempDir(), "case.dossier.json")
	require.NoError(t, dossierfile.Save(path, g))
	return path
}

func TestOpenFileShowsGraph(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	s := h.e.graph.view.Scene()
	require.NotNil(t, s)
	assert.Len(t, s.Nodes, 5)
	assert.Len(t, s.Edges, 3)
	assert.Equal(t, "case.dossier.json — Dossier", h.w.Title())
	assert.Contains(t, h.e.graph.info.Text, "5 of 5 nodes")
}

func TestTapNodeShowsItsExcerpts(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	h.tapNode("putin")
	assert.Equal(t, "putin", h.e.selNode)
	assert.Equal(t, []string{
		"Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Tuesday.",
		"Putin later spoke to Zelenskyy.",
	}, h.e.details.ExcerptTexts())
	em := h.e.graph.view.Scene()
	require.NotNil(t, em)
}

// A sentence that mentions a node twice is shown once, both mentions
// marked.
func TestExcerptsShowASentenceOnce(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	g := h.e.sess.Graph()
	n, ok := g.Node("putin")
	require.True(t, ok)
	russian := graphmodel.Span{Doc: "d1", Start: 0, End: len("Russian")}
	c := n.Clone()
	c.Mentions = append([]graphmodel.Span{russian}, c.Mentions...)
	h.e.details.ShowNode(g, c)
	require.Equal(t, []string{
		"Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Tuesday.",
		"Putin later spoke to Zelenskyy.",
	}, h.e.details.ExcerptTexts(), "three mentions, two sentences")
	var marked []string
	for _, seg := range h.e.details.excerpts[0].Segments {
		if ts, ok := seg.(*widget.TextSegment); ok && ts.Style.TextStyle.Bold {
			marked = append(marked, ts.Text)
		}
	}
	assert.Equal(t, []string{"Russian", "Vladimir Putin"}, marked, "both mentions of the first sentence are marked")
}

func TestTapEdgeShowsEvidenceAndEmptySpaceClears(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	s := h.e.graph.view.Scene()
	var mid scene.Point
	for _, e := range s.Edges {
		if e.ID == graphmodel.EdgeID(graphmodel.EdgeVenue, "m1", "moscow") {
			a, b := e.Spline[0], e.Spline[len(e.Spline)-1]
			mid = scene.Point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2}
		}
	}
	test.TapAt(h.e.graph.view, h.e.graph.view.ScreenPos(mid))
	h.settle()
	assert.Equal(t, graphmodel.EdgeID(graphmodel.EdgeVenue, "m1", "moscow"), h.e.selEdge)
	assert.Equal(t, []string{"Russian President Vladimir Putin met U.S. envoy Steve Witkoff in Moscow on Tuesday."}, h.e.details.ExcerptTexts())

	test.TapAt(h.e.graph.view, h.e.graph.view.ScreenPos(scene.Point{X: mid.X + 30, Y: mid.Y + 700}))
	h.settle()
	assert.Empty(t, h.e.selEdge)
	assert.Empty(t, h.e.details.ExcerptTexts())
}

func TestSearchSelectsAndFilterHides(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	test.Type(h.e.search.entry, "zelen")
	require.NotEmpty(t, h.e.search.hits)
	assert.Equal(t, "zelenskyy", h.e.search.hits[0].Node.ID)
	h.e.search.entry.OnSubmitted(h.e.search.entry.Text)
	h.settle()
	assert.Equal(t, "zelenskyy", h.e.selNode)

	test.Tap(h.e.filters.kinds[graphmodel.KindVenue])
	h.settle()
	_, shown := h.e.graph.nodeScreenPos("moscow")
	assert.False(t, shown, "venues hidden")
	assert.Len(t, h.e.graph.view.Scene().Nodes, 4)
}

func TestMergeThenUndoRestoresBothNodes(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	h.tapNode("putin")
	h.e.merge("putin", []string{"zelenskyy"})
	h.settle()
	_, ok := h.e.sess.Graph().Node("zelenskyy")
	assert.False(t, ok)
	assert.Len(t, h.e.graph.view.Scene().Nodes, 4)
	assert.True(t, h.e.sess.Dirty())
	assert.Equal(t, "• case.dossier.json — Dossier", h.w.Title())

	h.e.undo()
	h.settle()
	z, ok := h.e.sess.Graph().Node("zelenskyy")
	require.True(t, ok)
	assert.Equal(t, "Volodymyr Zelenskyy", z.Label)
	p, _ := h.e.sess.Graph().Node("putin")
	assert.Equal(t, []string{"Putin"}, p.Aliases)
	assert.Len(t, h.e.graph.view.Scene().Nodes, 5)
}

func TestOpenBrokenFileShowsErrorAndKeepsGraph(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	broken := filepath.Join(t.TempDir(), "broken.dossier.json")
	require.NoError(t, os.WriteFile(broken, []byte(`{"format":"dossier","version":1,"nodes":[{"id":`), 0o644))
	before := h.e.sess.Graph()
	h.e.openPaths([]string{broken})
	h.settle()
	assert.Same(t, before, h.e.sess.Graph(), "the current graph is untouched")
	d := topDialogText(h.w)
	assert.Contains(t, d, "broken.dossier.json")
	assert.Contains(t, d, "truncated")
}

// topDialogText returns the texts shown in the window's topmost overlay
// (a dialog), joined by newlines.
func topDialogText(w fyne.Window) string {
	top := w.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	var texts []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			texts = append(texts, x.Text)
		case *widget.RichText:
			texts = append(texts, x.String())
		case *canvas.Text:
			texts = append(texts, x.Text)
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, k := range c.Objects {
				walk(k)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, k := range test.WidgetRenderer(wd).Objects() {
				walk(k)
			}
		}
	}
	walk(top)
	return strings.Join(texts, "\n")
}

// TestSampleWithGraphviz opens the bundled sample as a user does: the
// article is extracted, laid out by Graphviz and painted; clicking Vladimir
// Putin shows where the article mentions him.
func TestSampleWithGraphviz(t *testing.T) {
	h := newHarness(t, false)
	s := h.e.graph.view.Scene()
	require.NotNil(t, s, "the sample is laid out")
	assert.Greater(t, len(s.Nodes), 10)
	hits := h.e.sess.Graph().Search("Vladimir Putin", 1)
	require.NotEmpty(t, hits)
	h.tapNode(hits[0].Node.ID)
	require.Equal(t, hits[0].Node.ID, h.e.selNode)
	ex := h.e.details.ExcerptTexts()
	require.NotEmpty(t, ex)
	assert.Contains(t, ex[0], "Russian President Vladimir Putin has described recent high-level talks")
	img := h.w.Canvas().Capture()
	assert.Equal(t, 1200, img.Bounds().Dx())
}

// The explorer exports what it shows: a PNG painted like the screen and
// Graphviz's SVG keeping node ids.
func TestExportImageAndSVG(t *testing.T) {
	h := newHarness(t, false, caseFile(t))
	dir := t.TempDir()
	png := filepath.Join(dir, "view.png")
	h.e.exportImage(png, imageOptions{scale: 2, legend: true})
	h.settle()
	f, err := os.Open(png)
	require.NoError(t, err)
	defer f.Close()
	img, err := imagepng.Decode(f)
	require.NoError(t, err)
	assert.Greater(t, img.Bounds().Dx(), 200)

	svg := filepath.Join(dir, "view.svg")
	h.e.exportImage(svg, imageOptions{scale: 1})
	h.settle()
	b, err := os.ReadFile(svg)
	require.NoError(t, err)
	assert.Contains(t, string(b), `id="putin"`)
	assert.Contains(t, string(b), "Vladimir Putin")

	csv := filepath.Join(dir, "graph.csv")
	h.e.exportGraph(csv, nil)
	nodes, err := os.ReadFile(filepath.Join(dir, "graph.nodes.csv"))
	require.NoError(t, err)
	assert.Contains(t, string(nodes), "Vladimir Putin")
}

// After a crash, the next start offers the unsaved edits back.
func TestRecoveryAfterCrash(t *testing.T) {
	dir := t.TempDir()
	file := caseFile(t)
	h := newHarnessIn(t, dir, true, file)
	h.e.rename("putin", "V. V. Putin")
	h.settle()
	write, err := h.e.recoveryWriter()
	require.NoError(t, err)
	require.NoError(t, write())
	// The process dies here: no save, no quit.

	h2 := newHarnessIn(t, dir, true, file)
	msg := topDialogText(h2.w)
	assert.Contains(t, msg, "case.dossier.json")
	assert.Contains(t, msg, "Restore them?")
	confirm := findButton(h2.w.Canvas().Overlays().Top(), "Restore")
	require.NotNil(t, confirm)
	test.Tap(confirm)
	h2.settle()
	n, ok := h2.e.sess.Graph().Node("putin")
	require.True(t, ok)
	assert.Equal(t, "V. V. Putin", n.Label, "the edit survived")
	assert.True(t, h2.e.sess.Dirty(), "restored work is still unsaved")
	assert.Equal(t, file, h2.e.sess.Path())

	h2.e.saveTo(file, nil)
	_, found := h2.e.recovery.Find()
	assert.False(t, found, "saving removes the recovery copy")
}

// Opening another file with unsaved changes asks first; Cancel keeps all.
func TestUnsavedChangesAreAskedAbout(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	h.e.rename("putin", "V. V. Putin")
	h.settle()
	before := h.e.sess.Graph()
	h.e.openPaths([]string{caseFile(t)})
	h.settle()
	assert.Contains(t, topDialogText(h.w), "unsaved changes")
	test.Tap(findButton(h.w.Canvas().Overlays().Top(), "Cancel"))
	h.settle()
	assert.Same(t, before, h.e.sess.Graph())
	assert.True(t, h.e.sess.Dirty())

	h.e.openPaths([]string{caseFile(t)})
	h.settle()
	test.Tap(findButton(h.w.Canvas().Overlays().Top(), "Don't save"))
	h.settle()
	assert.NotSame(t, before, h.e.sess.Graph(), "the other file opened")
	assert.False(t, h.e.sess.Dirty())
}

// findButton finds a button by its text under o.
func findButton(o fyne.CanvasObject, text string) *widget.Button {
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if found != nil || o == nil {
			return
		}
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
			return
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, k := range c.Objects {
				walk(k)
			}
		}
		if wd, ok := o.(fyne.Widget); ok {
			for _, k := range test.WidgetRenderer(wd).Objects() {
				walk(k)
			}
		}
	}
	walk(o)
	return found
}

// Statements fold into their speakers and unfold one speaker at a time.
func TestCollapseStatements(t *testing.T) {
	h := newHarness(t, true)
	g := h.e.sess.Graph()
	putin := g.Search("Vladimir Putin", 1)[0].Node.ID
	countKind := func(k graphmodel.Kind) int {
		n := 0
		for _, sn := range h.e.graph.view.Scene().Nodes {
			if node, ok := g.Node(sn.ID); ok && node.Kind == k {
				n++
			}
		}
		return n
	}
	require.Greater(t, countKind(graphmodel.KindStatement), 5)

	test.Tap(h.e.filters.collapse)
	h.settle()
	assert.Zero(t, countKind(graphmodel.KindStatement))
	hidden := h.e.hiddenStatements(h.e.visibleSelection())
	assert.Greater(t, hidden[putin], 3, "Putin's statements are counted on his node")

	h.tapNode(putin)
	show := findButton(h.e.details.box, fmt.Sprintf("Show its %d statements in the graph", hidden[putin]))
	require.NotNil(t, show)
	test.Tap(show)
	h.settle()
	assert.Equal(t, hidden[putin], countKind(graphmodel.KindStatement), "only his statements unfold")
	assert.Zero(t, h.e.hiddenStatements(h.e.visibleSelection())[putin])
}

func TestLegendExplainsDossierKindsOnly(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	img := h.e.graph.legendImg
	require.True(t, img.Visible(), "an evidence graph shows the legend")
	require.NotNil(t, img.Image)
	assert.Greater(t, img.MinSize().Height, float32(100), "the legend is big enough to read")

	h.e.menu.legend.Action()
	assert.False(t, img.Visible(), "View ▸ Legend turns it off")
	assert.False(t, h.e.menu.legend.Checked)
	assert.False(t, h.e.app.Preferences().BoolWithFallback(prefLegend, true), "and the choice is remembered")
	h.e.menu.legend.Action()
	assert.True(t, img.Visible())

	// A foreign graph has no actors, venues, meetings or statements: a
	// legend of those would mislead.
	path := filepath.Join(t.TempDir(), "plain.dot")
	require.NoError(t, os.WriteFile(path, []byte("digraph { a -> b; b -> c }\n"), 0o644))
	h.e.openPaths([]string{path})
	h.settle()
	require.Len(t, h.e.graph.view.Scene().Nodes, 3)
	assert.False(t, img.Visible(), "no legend for a graph of plain entities")
}

// A hub label's rectangle is in the frame's pixels; the view asks in its
// own units.
func TestLabelHitScalesToTheFrame(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	p := h.e.graph
	p.hubLabels = []paint.PlacedLabel{{ID: "putin", Rect: image.Rect(20, 20, 60, 40)}}
	p.hubScale = 2
	k, id := p.labelHit(fyne.NewPos(15, 15))
	assert.Equal(t, graphview.HitNode, k)
	assert.Equal(t, "putin", id)
	k, _ = p.labelHit(fyne.NewPos(35, 15))
	assert.Equal(t, graphview.HitNone, k, "x = 70 px lies right of the label")
}

// The Meetings tab lists the meetings by date, undated ones last, and
// choosing one selects it.
func TestMeetingsTabIsChronological(t *testing.T) {
	h := newHarness(t, true, caseFile(t))
	g := h.e.sess.Graph()
	span := graphmodel.Span{Doc: "d1", Start: 0, End: 7}
	for _, m := range []struct{ id, label, date, status string }{
		{"m2", "Lavrov–Rubio call, 2026-03-02", "2026-03-02", graphmodel.StatusHeld},
		{"m3", "Putin–Trump summit", "2026-05-01", graphmodel.StatusPlanned},
		{"m4", "Kyiv talks", "2026-02-10", graphmodel.StatusHeld},
	} {
		_, err := g.UpsertNode(graphmodel.Node{ID: m.id, Kind: graphmodel.KindMeeting, Label: m.label, Mentions: []graphmodel.Span{span},
			Attrs: map[string]string{graphmodel.AttrDate: m.date, graphmodel.AttrStatus: m.status}})
		require.NoError(t, err)
	}
	h.e.changed()
	h.settle()
	assert.Equal(t, []string{
		"2026-02-10 · Kyiv talks",
		"2026-03-02 · Lavrov–Rubio call",
		"2026-05-01 · Putin–Trump summit (planned)",
		"— · Putin–Witkoff talks",
	}, h.e.meetings.Texts(), "by date, undated last; a label's own date not repeated")
	require.NoError(t, g.SetNodeAttr("m1", graphmodel.AttrDateText, "on Tuesday"))
	h.e.changed()
	h.settle()
	assert.Equal(t, "“on Tuesday” · Putin–Witkoff talks", h.e.meetings.Texts()[3], "the date as written when there is no ISO date")
	h.e.meetings.list.Select(1)
	assert.Equal(t, "m2", h.e.selNode, "choosing a row selects the meeting")
	assert.Equal(t, 0, h.e.tabs.SelectedIndex(), "and shows its details")
}
