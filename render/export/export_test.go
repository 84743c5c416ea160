package export_test

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/render/dot"
	"dossier/render/export"
	"dossier/render/layout"
	"dossier/render/scene"
	"dossier/render/theme"
)

var (
	white = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	red   = color.NRGBA{0xe0, 0x20, 0x20, 0xff}
	black = color.NRGBA{0, 0, 0, 0xff}
)

// box is a scene of one filled box node, 100×50 points, at the origin
// of a 200×100 drawing.
func box() *scene.Scene {
	c := scene.Point{X: 50, Y: 25}
	return &scene.Scene{Width: 200, Height: 100, Background: white, Nodes: []scene.Node{{
		ID: "actor:anna", Kind: "actor", Type: "person", Label: "Anna", Center: c, Width: 100, Height: 50, Shape: "box",
		Ops: []scene.RoledOp{
			{Op: scene.Op{Kind: scene.OpPolygon, Points: []scene.Point{{X: 0, Y: 0}, {X: 100, Y: 0}, {X: 100, Y: 50}, {X: 0, Y: 50}}, Filled: true, Fill: red, Stroke: black, Width: 1}},
			{Role: scene.RoleLabel, Op: scene.Op{Kind: scene.OpText, Points: []scene.Point{{X: 50, Y: 29}}, Text: "Anna", FontSize: 12, Stroke: black}},
		},
	}}}
}

func nrgba(img image.Image, x, y int) color.NRGBA {
	return color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
}

func TestPNGIsTheSceneAtScale(t *testing.T) {
	for _, c := range []struct {
		opt  export.Options
		w, h int
	}{
		{export.Options{}, 216, 116},                      // 200+2×8 margin
		{export.Options{Scale: 2, Margin: -1}, 400, 200},  // no margin
		{export.Options{DPI: 144, Scale: 5}, 432, 232},    // DPI wins: scale 2
		{export.Options{Scale: 0.5, Margin: 20}, 120, 70}, // (200+40)/2
	} {
		var buf bytes.Buffer
		require.NoError(t, export.Write(context.Background(), &buf, "png", box(), c.opt))
		img, err := png.Decode(&buf)
		require.NoError(t, err)
		assert.Equal(t, image.Rect(0, 0, c.w, c.h), img.Bounds(), "%+v", c.opt)
	}
	var buf bytes.Buffer
	require.NoError(t, export.Write(context.Background(), &buf, "png", box(), export.Options{Scale: 2}))
	img, err := png.Decode(&buf)
	require.NoError(t, err)
	assert.Equal(t, red, nrgba(img, 16+100, 16+20), "node fill (margin 8pt = 16px)")
	assert.Equal(t, white, nrgba(img, 5, 5), "background")
}

func TestThemeAndBackground(t *testing.T) {
	dark := theme.Dark()
	img, err := export.Image(context.Background(), box(), export.Options{Theme: &dark})
	require.NoError(t, err)
	assert.Equal(t, dark.Background, nrgba(img, 2, 2))
	assert.Equal(t, dark.Node("actor", "person").Fill, nrgba(img, 8+50, 8+10), "known kinds take the theme's colours")

	var buf bytes.Buffer
	require.NoError(t, export.Write(context.Background(), &buf, "png", box(), export.Options{Background: color.Transparent}))
	png8, err := png.Decode(&buf)
	require.NoError(t, err)
	assert.Equal(t, uint8(0), nrgba(png8, 2, 2).A, "transparent PNG")
}

func TestJPEG(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, export.Write(context.Background(), &buf, "jpg", box(), export.Options{Quality: 95, Background: color.Transparent}))
	img, err := jpeg.Decode(&buf)
	require.NoError(t, err)
	assert.Equal(t, image.Rect(0, 0, 216, 116), img.Bounds())
	c := nrgba(img, 2, 2)
	assert.Greater(t, c.R, uint8(240), "JPEG has no transparency: white background, got %v", c)
	f := nrgba(img, 8+50, 8+10)
	assert.InDelta(t, float64(red.R), float64(f.R), 12)
	assert.InDelta(t, float64(red.G), float64(f.G), 12)
}

func TestLegendIsDrawnBesideTheGraph(t *testing.T) {
	plain, err := export.Image(context.Background(), box(), export.Options{})
	require.NoError(t, err)
	withLegend, err := export.Image(context.Background(), box(), export.Options{Legend: true})
	require.NoError(t, err)
	assert.Greater(t, withLegend.Rect.Dx(), plain.Rect.Dx()+100, "room for the legend on the right")
	assert.GreaterOrEqual(t, withLegend.Rect.Dy(), 300, "tall enough for every style")
	// The legend's swatches: some pixels right of the graph are coloured.
	coloured := 0
	for y := 0; y < withLegend.Rect.Dy(); y++ {
		for x := plain.Rect.Dx(); x < withLegend.Rect.Dx(); x++ {
			c := nrgba(withLegend, x, y)
			if c.R != c.G || c.G != c.B {
				coloured++
			}
		}
	}
	assert.Greater(t, coloured, 500)
}

func TestTooLarge(t *testing.T) {
	err := export.Write(context.Background(), &bytes.Buffer{}, "png", box(), export.Options{Scale: 100, MaxPixels: 1000})
	assert.ErrorIs(t, err, export.ErrTooLarge)
	assert.Contains(t, err.Error(), "lower the scale")
}

func TestPDF(t *testing.T) {
	var a, b bytes.Buffer
	dark := theme.Dark()
	opt := export.Options{Legend: true, Theme: &dark}
	require.NoError(t, export.Write(context.Background(), &a, "pdf", box(), opt))
	require.NoError(t, export.Write(context.Background(), &b, "pdf", box(), opt))
	assert.True(t, bytes.HasPrefix(a.Bytes(), []byte("%PDF-1.")), "a PDF")
	assert.Contains(t, strings.TrimSpace(a.String()[a.Len()-10:]), "%%EOF")
	assert.True(t, bytes.HasPrefix(b.Bytes(), []byte("%PDF-1.")))
	assert.Contains(t, a.String(), "/MediaBox [0 0 ", "one page")
}

func TestJSONRoundTrips(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, export.Write(context.Background(), &buf, "json", box(), export.Options{}))
	s, err := scene.ReadJSON(&buf)
	require.NoError(t, err)
	require.Len(t, s.Nodes, 1)
	assert.Equal(t, "actor:anna", s.Nodes[0].ID)
	assert.Equal(t, red, s.Nodes[0].Ops[0].Fill)
}

func TestFormats(t *testing.T) {
	for name, want := range map[string]string{"a.PNG": "png", "b.jpeg": "jpg", "c.jpg": "jpg", "d.pdf": "pdf", "e.json": "json", "f.svg": "svg", "g.gv": "dot", "h.dot": "dot"} {
		got, err := export.FormatOf(name)
		require.NoError(t, err, name)
		assert.Equal(t, want, got, name)
	}
	_, err := export.FormatOf("x.gif")
	assert.ErrorIs(t, err, export.ErrFormat)
	assert.ErrorIs(t, export.Write(context.Background(), &bytes.Buffer{}, "gif", box(), export.Options{}), export.ErrFormat)
	assert.Error(t, export.Write(context.Background(), &bytes.Buffer{}, "png", nil, export.Options{}))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	assert.ErrorIs(t, export.Write(ctx, &bytes.Buffer{}, "png", box(), export.Options{}), context.Canceled)
}

func TestTooltipTitles(t *testing.T) {
	in := `<svg><g id="graph0" class="graph"><title>dossier</title>
<g id="actor:anna" class="node">
<title>n0</title>
<g id="a_actor:anna"><a xlink:title="Anna&#10;(actor, person)">
<ellipse/></a></g></g>
<g id="participant:a&#45;&gt;b" class="edge">
<title>n0&#45;&gt;n1</title>
<path/></g>
<g id="plain" class="node">
<title>n2</title>
</g></svg>`
	out := string(export.TooltipTitles([]byte(in)))
	assert.Contains(t, out, `<g id="actor:anna" class="node">`+"\n"+`<title>Anna&#10;(actor, person)</title>`)
	assert.Contains(t, out, `<title>participant:a&#45;&gt;b</title>`, "an edge without tooltip is titled by its id")
	assert.Contains(t, out, `<title>n2</title>`, "a node without tooltip keeps its title")
	assert.Contains(t, out, `<title>dossier</title>`, "the graph's title stays")
}

func newService(t *testing.T) *layout.Service {
	t.Helper()
	svc, err := layout.New(context.Background(), layout.Options{})
	require.NoError(t, err)
	t.Cleanup(func() { _ = svc.Close() })
	return svc
}

func TestSVGKeepsIDsAndTooltips(t *testing.T) {
	g := graphmodel.New()
	_, err := g.AddNode(graphmodel.Node{ID: "actor:anna", Kind: graphmodel.KindActor, Type: "person", Label: "Anna <Smith> & \"Co\""})
	require.NoError(t, err)
	_, err = g.AddNode(graphmodel.Node{ID: "meeting:talks", Kind: graphmodel.KindMeeting, Label: "Talks"})
	require.NoError(t, err)
	_, err = g.Connect(graphmodel.EdgeParticipant, "actor:anna", "meeting:talks")
	require.NoError(t, err)
	var d bytes.Buffer
	require.NoError(t, dot.Write(&d, g, dot.Options{}))
	svc := newService(t)
	var svg, laid bytes.Buffer
	require.NoError(t, export.WriteLayout(context.Background(), &svg, "svg", svc, d.Bytes(), "dot"))
	s := svg.String()
	assert.Contains(t, s, `<g id="actor:anna" class="node">`)
	assert.Contains(t, s, `<title>Anna &lt;Smith&gt; &amp; &quot;Co&quot;&#10;(actor, person)</title>`)
	assert.Contains(t, s, `xlink:title=`)
	require.NoError(t, export.WriteLayout(context.Background(), &laid, "dot", svc, d.Bytes(), "dot"))
	assert.Contains(t, laid.String(), "pos=", "laid-out DOT has positions")
	assert.ErrorIs(t, export.WriteLayout(context.Background(), &laid, "png", svc, d.Bytes(), "dot"), export.ErrFormat)
}

// TestEveryDOTFixtureExports lays out each DOT file of the shared fixtures
// and exports it to SVG and PNG, or fails with an error naming the
// problem.
func TestEveryDOTFixtureExports(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "fixtures", "graphs", "dot")
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skip("shared fixtures not found beside the repository")
	}
	svc := newService(t)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			ctx := context.Background()
			var svg bytes.Buffer
			engine := export.GuessEngine(svc, src)
			err = export.WriteLayout(ctx, &svg, "svg", svc, src, engine)
			if err != nil {
				// Only a file Graphviz itself refuses may fail, with a
				// message saying why.
				assert.ErrorIs(t, err, layout.ErrInput, "%v", err)
				t.Logf("refused: %v", err)
				return
			}
			assert.Contains(t, svg.String(), "<svg")
			sc, err := svc.Layout(ctx, src, engine)
			require.NoError(t, err)
			img, err := export.Image(ctx, sc, export.Options{Scale: 0.5})
			require.NoError(t, err)
			assert.Greater(t, img.Rect.Dx(), 1)
			if len(sc.Nodes) > 0 {
				n := sc.Nodes[0]
				x, y := int((n.Center.X+8)*0.5), int((n.Center.Y+8)*0.5)
				assert.True(t, image.Pt(x, y).In(img.Rect), "first node inside the image")
			}
		})
	}
}
