package paint_test

import (
	"flag"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/render/paint"
	"dossier/render/scene"
	"dossier/render/theme"
)

var update = flag.Bool("update", false, "rewrite golden files")

// one draws at one pixel per point from the scene's origin.
var one = paint.View{Scale: 1}

var (
	white = color.NRGBA{0xff, 0xff, 0xff, 0xff}
	red   = color.NRGBA{0xe0, 0x20, 0x20, 0xff}
	blue  = color.NRGBA{0x20, 0x40, 0xc0, 0xff}
	black = color.NRGBA{0, 0, 0, 0xff}
)

// twoNodes is a hand-made scene: two ellipses joined by a straight
// Bézier edge with a filled arrowhead, each node with a label.
func twoNodes() *scene.Scene {
	node := func(id, kind, label string, x float64) scene.Node {
		c := scene.Point{X: x, Y: 50}
		return scene.Node{
			ID: id, Kind: kind, Type: "person", Label: label, Center: c, Width: 80, Height: 40, Shape: "ellipse",
			Ops: []scene.RoledOp{
				{Op: scene.Op{Kind: scene.OpEllipse, Points: []scene.Point{c, {X: 40, Y: 20}}, Filled: true, Fill: red, Stroke: black, Width: 1}},
				{Role: scene.RoleLabel, Op: scene.Op{Kind: scene.OpText, Points: []scene.Point{{X: x, Y: 54}}, Text: label, FontSize: 12, Stroke: black, Align: scene.AlignCenter, TextW: 40}},
			},
		}
	}
	s := &scene.Scene{Width: 300, Height: 100, Background: white}
	s.Nodes = []scene.Node{node("a", "actor", "Anna", 50), node("b", "entity", "Bert", 250)}
	spline := []scene.Point{{X: 90, Y: 50}, {X: 130, Y: 50}, {X: 170, Y: 50}, {X: 200, Y: 50}}
	s.Edges = []scene.Edge{{
		ID: "e", Kind: "participant", Tail: "a", Head: "b", Spline: spline,
		Ops: []scene.RoledOp{
			{Op: scene.Op{Kind: scene.OpBezier, Points: spline, Stroke: blue, Width: 2}},
			{Role: scene.RoleHead, Op: scene.Op{Kind: scene.OpPolygon, Points: []scene.Point{{X: 200, Y: 44}, {X: 210, Y: 50}, {X: 200, Y: 56}}, Filled: true, Fill: blue, Stroke: blue, Width: 1}},
		},
	}}
	return s
}

func draw(t *testing.T, s *scene.Scene, v paint.View, opt paint.Options) (*image.RGBA, paint.Stats) {
	t.Helper()
	_, r := paint.Whole(s, v.Scale, 0)
	img := image.NewRGBA(r)
	st := paint.NewPainter(nil).Draw(img, s, v, opt)
	return img, st
}

func at(img *image.RGBA, x, y int) color.NRGBA {
	return color.NRGBAModel.Convert(img.At(x, y)).(color.NRGBA)
}

func near(a, b color.NRGBA, tol int) bool {
	d := func(x, y uint8) int { return int(math.Abs(float64(int(x) - int(y)))) }
	return d(a.R, b.R) <= tol && d(a.G, b.G) <= tol && d(a.B, b.B) <= tol && d(a.A, b.A) <= tol
}

func TestShapesEdgesAndArrowheadsAreDrawn(t *testing.T) {
	img, st := draw(t, twoNodes(), one, paint.Options{})
	assert.Equal(t, image.Rect(0, 0, 300, 100), img.Rect, "image is the scene's size at scale 1")
	assert.Equal(t, red, at(img, 50, 35), "node centre area has the fill colour")
	assert.Equal(t, white, at(img, 5, 5), "background")
	assert.True(t, near(at(img, 150, 50), blue, 10), "edge midpoint has the edge colour, got %v", at(img, 150, 50))
	assert.Equal(t, white, at(img, 150, 45), "a 2-point edge is thin")
	assert.True(t, near(at(img, 204, 50), blue, 10), "arrowhead filled, got %v", at(img, 204, 50))
	assert.True(t, near(at(img, 10, 50), black, 100), "outline at the ellipse's left end, got %v", at(img, 10, 50))
	assert.Equal(t, paint.Stats{Nodes: 2, Edges: 1, Labels: 2}, st)
}

func TestLabelsAreReadableText(t *testing.T) {
	img, _ := draw(t, twoNodes(), paint.View{Scale: 2}, paint.Options{})
	// "Anna" centred on x=100 (scale 2), baseline y=108: dark pixels
	// inside its box, none far left or right of it.
	dark := func(x0, x1 int) int {
		n := 0
		for y := 84; y < 112; y++ {
			for x := x0; x < x1; x++ {
				if c := at(img, x, y); c.R < 0x60 && c.G < 0x60 {
					n++
				}
			}
		}
		return n
	}
	assert.Greater(t, dark(70, 130), 40, "glyph pixels in the label box")
	assert.Zero(t, dark(40, 60), "nothing left of the label")
	assert.Zero(t, dark(140, 160), "nothing right of the label")
}

func TestThemeRestylesOnlyKnownKinds(t *testing.T) {
	dark := theme.Dark()
	img, _ := draw(t, twoNodes(), one, paint.Options{Theme: &dark})
	assert.Equal(t, dark.Background, at(img, 5, 5), "theme background")
	assert.Equal(t, dark.Node("actor", "person").Fill, at(img, 50, 35), "an actor takes the theme's fill")
	assert.Equal(t, red, at(img, 250, 35), "an entity (foreign) keeps its Graphviz fill")
	assert.True(t, near(at(img, 150, 50), dark.Edge("participant").Color, 12), "a participant edge takes the theme colour")
}

func TestBackgroundOption(t *testing.T) {
	img, _ := draw(t, twoNodes(), one, paint.Options{Background: color.Transparent})
	assert.Equal(t, uint8(0), at(img, 5, 5).A, "transparent background")
	assert.Equal(t, red, at(img, 50, 35))
}

func TestEmphasis(t *testing.T) {
	l := theme.Light()
	s := twoNodes()
	img, _ := draw(t, s, one, paint.Options{Selected: map[string]bool{"a": true}, DimOthers: true})
	// The selection outline straddles the ellipse's top at (50, 30).
	assert.True(t, near(at(img, 50, 30), l.Selection, 40), "selected node outlined, got %v", at(img, 50, 30))
	other := at(img, 250, 35)
	assert.NotEqual(t, red, other, "others are dimmed")
	assert.Greater(t, other.G, red.G, "dimmed towards the pale Dimmed colour")

	img, _ = draw(t, s, one, paint.Options{Selected: map[string]bool{"e": true}})
	assert.True(t, near(at(img, 150, 48), l.Selection, 40), "a selected edge is wider and in the selection colour, got %v", at(img, 150, 48))
	assert.True(t, near(at(img, 204, 50), l.Selection, 40), "and so is its arrowhead, got %v", at(img, 204, 50))

	img, _ = draw(t, s, one, paint.Options{Dimmed: map[string]bool{"b": true}})
	assert.Equal(t, red, at(img, 50, 35), "only the listed element is dimmed")
	assert.NotEqual(t, red, at(img, 250, 35))
}

func TestLevelOfDetail(t *testing.T) {
	s := twoNodes()
	img, st := draw(t, s, paint.View{Scale: 0.1}, paint.Options{Detail: paint.Detail{NoHubLabels: true}})
	assert.Equal(t, paint.Stats{SimpleNodes: 2, LineEdges: 1}, st, "tiny: plain rectangles, straight edges, no labels")
	assert.NotEqual(t, white, at(img, 5, 5), "a node still shows as a rectangle")

	_, st = draw(t, s, paint.View{Scale: 0.25}, paint.Options{Detail: paint.Detail{NoHubLabels: true}})
	assert.Equal(t, 0, st.Labels, "labels under the label size are left out")
	assert.Equal(t, 2, st.Nodes)

	_, st = draw(t, s, paint.View{Scale: 0.1}, paint.Options{Detail: paint.Detail{Full: true}})
	assert.Equal(t, paint.Stats{Nodes: 2, Edges: 1, Labels: 2}, st, "Full draws everything")
}

func TestZoomedOutEdgesBlendWithClustersUnderThem(t *testing.T) {
	// A cluster's fill under a zoomed-out edge: the edge shows over the
	// fill, and the fill shows through it.
	node := func(id string, x float64) scene.Node {
		c := scene.Point{X: x, Y: 500}
		return scene.Node{ID: id, Center: c, Width: 80, Height: 40, Ops: []scene.RoledOp{
			{Op: scene.Op{Kind: scene.OpEllipse, Points: []scene.Point{c, {X: 40, Y: 20}}, Filled: true, Fill: black, Stroke: black, Width: 1}},
		}}
	}
	spline := []scene.Point{{X: 140, Y: 500}, {X: 700, Y: 500}, {X: 1300, Y: 500}, {X: 1860, Y: 500}}
	box := []scene.Point{{X: 800, Y: 300}, {X: 1200, Y: 300}, {X: 1200, Y: 700}, {X: 800, Y: 700}}
	s := &scene.Scene{Width: 2000, Height: 1000, Background: white,
		Nodes:    []scene.Node{node("a", 100), node("b", 1900)},
		Edges:    []scene.Edge{{ID: "e", Tail: "a", Head: "b", Spline: spline, Ops: []scene.RoledOp{{Op: scene.Op{Kind: scene.OpBezier, Points: spline, Stroke: blue, Width: 1}}}}},
		Clusters: []scene.Cluster{{ID: "c", Bounds: scene.Rect{Min: box[0], Max: box[2]}, Ops: []scene.RoledOp{{Op: scene.Op{Kind: scene.OpPolygon, Points: box, Filled: true, Fill: red}}}}},
	}
	img, st := draw(t, s, paint.View{Scale: 0.1}, paint.Options{})
	require.Equal(t, 1, st.LineEdges, "the edge is drawn as a zoomed-out line")
	assert.Equal(t, red, at(img, 100, 40), "cluster fill away from the edge")
	onFill, onPaper := at(img, 100, 50), at(img, 60, 50)
	assert.Greater(t, onFill.B, red.B+20, "the edge shows over the fill, got %v", onFill)
	assert.Less(t, onFill.G, uint8(100), "the fill shows through the edge, got %v", onFill)
	assert.Greater(t, onPaper.G, uint8(150), "over the background the edge is a pale blue, got %v", onPaper)
}

func TestOnlyVisibleElementsAreDrawn(t *testing.T) {
	s := twoNodes()
	img := image.NewRGBA(image.Rect(0, 0, 100, 100))
	st := paint.NewPainter(nil).Draw(img, s, paint.View{Origin: scene.Point{X: 1000, Y: 1000}, Scale: 1}, paint.Options{})
	assert.Equal(t, paint.Stats{Culled: 3}, st)
	for i := 0; i < len(img.Pix); i++ {
		require.Equal(t, uint8(0xff), img.Pix[i], "only background")
	}
	// A view showing the right half draws only Bert and the edge.
	st = paint.NewPainter(nil).Draw(img, s, paint.View{Origin: scene.Point{X: 200, Y: 0}, Scale: 1}, paint.Options{})
	assert.Equal(t, 1, st.Nodes)
	assert.Equal(t, 1, st.Culled)
	assert.Equal(t, red, at(img, 50, 35), "Bert at the view's centre left")
}

func TestViewIsOffsetByTheImageBounds(t *testing.T) {
	// A sub-image (bounds not at 0,0) draws the same picture.
	s := twoNodes()
	img := image.NewRGBA(image.Rect(0, 0, 400, 200))
	sub := img.SubImage(image.Rect(100, 100, 400, 200)).(*image.RGBA)
	paint.NewPainter(nil).Draw(sub, s, one, paint.Options{})
	assert.Equal(t, red, at(img, 150, 135))
	assert.Equal(t, uint8(0), at(img, 50, 50).A, "outside the sub-image untouched")
}

func TestOtherImageTypes(t *testing.T) {
	img := image.NewNRGBA(image.Rect(0, 0, 300, 100))
	paint.NewPainter(nil).Draw(img, twoNodes(), one, paint.Options{})
	assert.Equal(t, red, img.NRGBAAt(50, 35))
}

func TestDashedAndDottedEdgesHaveGaps(t *testing.T) {
	for _, style := range []scene.LineStyle{scene.Dashed, scene.Dotted} {
		s := twoNodes()
		s.Edges[0].Ops[0].Style = style
		img, _ := draw(t, s, one, paint.Options{})
		on, off := 0, 0
		for x := 95; x < 195; x++ {
			if near(at(img, x, 50), white, 30) {
				off++
			} else {
				on++
			}
		}
		assert.Greater(t, on, 10, "style %d: drawn", style)
		assert.Greater(t, off, 10, "style %d: with gaps", style)
	}
}

func TestScenesWithoutOpsUseTheirGeometry(t *testing.T) {
	s := &scene.Scene{Width: 200, Height: 100, Nodes: []scene.Node{
		{ID: "m", Kind: "meeting", Label: "Talks", Center: scene.Point{X: 50, Y: 50}, Width: 60, Height: 30, Shape: "box"},
		{ID: "p", Kind: "actor", Type: "person", Label: "Ann", Center: scene.Point{X: 150, Y: 50}, Width: 60, Height: 30, Shape: "ellipse"},
	}, Edges: []scene.Edge{{ID: "e", Kind: "participant", Tail: "p", Head: "m", Spline: []scene.Point{{X: 120, Y: 50}, {X: 80, Y: 50}}}}}
	img, st := draw(t, s, one, paint.Options{})
	l := theme.Light()
	assert.Equal(t, l.Node("meeting", "").Fill, at(img, 30, 40))
	assert.Equal(t, l.Node("actor", "person").Fill, at(img, 150, 40))
	assert.NotEqual(t, white, at(img, 100, 50), "edge drawn from its spline")
	assert.Equal(t, 2, st.Labels)
}

func TestMissingGlyphsAreBoxes(t *testing.T) {
	fonts, err := paint.NewFonts(paint.FontOptions{})
	require.NoError(t, err)
	s := &scene.Scene{Width: 100, Height: 40, Nodes: []scene.Node{{ID: "x", Center: scene.Point{X: 50, Y: 20}, Width: 1, Height: 1,
		Ops: []scene.RoledOp{{Role: scene.RoleLabel, Op: scene.Op{Kind: scene.OpText, Points: []scene.Point{{X: 10, Y: 30}}, Text: "東京", FontSize: 20, Stroke: black, Align: scene.AlignLeft}}}}}}
	img := image.NewRGBA(image.Rect(0, 0, 100, 40))
	st := paint.NewPainter(fonts).Draw(img, s, one, paint.Options{Detail: paint.Detail{Full: true}})
	require.Equal(t, 1, st.Labels)
	// Each box: a vertical bar on its left side.
	assert.NotEqual(t, white, at(img, 12, 22), "left side of the first box")
	assert.Equal(t, white, at(img, 16, 22), "inside the first box is empty")
}

func TestBadGeometryIsSkipped(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	s := &scene.Scene{Width: 100, Height: 100, Nodes: []scene.Node{
		{ID: "n", Center: scene.Point{X: nan, Y: 1}, Width: inf, Height: -5, Ops: []scene.RoledOp{
			{Op: scene.Op{Kind: scene.OpPolygon, Points: []scene.Point{{X: nan, Y: 0}, {X: 1e300, Y: -1e300}, {X: 5, Y: inf}}, Filled: true, Fill: red, Stroke: black, Width: nan}},
			{Op: scene.Op{Kind: scene.OpEllipse, Points: []scene.Point{{X: 50, Y: 50}}, Filled: true}},
			{Op: scene.Op{Kind: scene.OpBezier, Points: []scene.Point{{X: 1, Y: 1}, {X: 2, Y: 2}}, Stroke: black, Width: 1e9}},
			{Op: scene.Op{Kind: scene.OpText, Text: "x", FontSize: inf}},
		}},
		{ID: "big", Center: scene.Point{X: 50, Y: 50}, Width: 20, Height: 20, Ops: []scene.RoledOp{
			{Op: scene.Op{Kind: scene.OpPolygon, Points: []scene.Point{{X: -1e12, Y: -1e12}, {X: 1e12, Y: -1e12}, {X: 1e12, Y: 1e12}}, Filled: true, Fill: blue, Stroke: black, Width: 3, Style: scene.Dashed}},
		}},
	}, Edges: []scene.Edge{{ID: "e", Spline: []scene.Point{{X: nan, Y: nan}}}, {ID: "f"}}}
	for _, v := range []paint.View{one, {Scale: 0}, {Scale: nan}, {Scale: 1e9, Origin: scene.Point{X: 49, Y: 49}}, {Origin: scene.Point{X: inf}, Scale: 1}} {
		img := image.NewRGBA(image.Rect(0, 0, 100, 100))
		assert.NotPanics(t, func() { paint.NewPainter(nil).Draw(img, s, v, paint.Options{}) })
	}
	assert.NotPanics(t, func() { paint.NewPainter(nil).Draw(nil, s, one, paint.Options{}) })
	img := image.NewRGBA(image.Rect(0, 0, 10, 10))
	paint.NewPainter(nil).Draw(img, nil, one, paint.Options{})
	assert.Equal(t, white, at(img, 5, 5), "no scene: background only")
}

// TestGolden compares a small picture with testdata/two-nodes.golden.png,
// allowing small differences (anti-aliasing may vary by platform).
func TestGolden(t *testing.T) {
	img, _ := draw(t, twoNodes(), paint.View{Scale: 1.5}, paint.Options{Selected: map[string]bool{"b": true}})
	golden := filepath.Join("testdata", "two-nodes.golden.png")
	if *update {
		f, err := os.Create(golden)
		require.NoError(t, err)
		require.NoError(t, png.Encode(f, img))
		require.NoError(t, f.Close())
	}
	f, err := os.Open(golden)
	require.NoError(t, err)
	defer f.Close()
	want, err := png.Decode(f)
	require.NoError(t, err)
	require.Equal(t, want.Bounds(), img.Bounds())
	bad := 0
	for y := 0; y < img.Rect.Dy(); y++ {
		for x := 0; x < img.Rect.Dx(); x++ {
			w := color.NRGBAModel.Convert(want.At(x, y)).(color.NRGBA)
			if !near(w, at(img, x, y), 48) {
				bad++
			}
		}
	}
	assert.LessOrEqual(t, bad, img.Rect.Dx()*img.Rect.Dy()/200, "pixels differing from the golden image")
}
