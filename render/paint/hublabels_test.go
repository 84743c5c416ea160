package paint_test

import (
	"image"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/render/paint"
	"dossier/render/scene"
	"dossier/render/theme"
)

// star is a 1000-point scene: a hub joined to four leaves (left, right,
// above, and three drawn on one spot at the top left), labels 14 points.
func star() *scene.Scene {
	node := func(id, label string, x, y float64) scene.Node {
		c := scene.Point{X: x, Y: y}
		return scene.Node{
			ID: id, Kind: "actor", Type: "person", Label: label, Center: c, Width: 80, Height: 40, Shape: "ellipse",
			Ops: []scene.RoledOp{
				{Op: scene.Op{Kind: scene.OpEllipse, Points: []scene.Point{c, {X: 40, Y: 20}}, Filled: true, Fill: red, Stroke: black, Width: 1}},
				{Role: scene.RoleLabel, Op: scene.Op{Kind: scene.OpText, Points: []scene.Point{{X: x, Y: y + 4}}, Text: label, FontSize: 14, Stroke: black, Align: scene.AlignCenter}},
			},
		}
	}
	s := &scene.Scene{Width: 1000, Height: 1000, Background: white}
	s.Nodes = []scene.Node{
		node("l", "Left", 200, 500), node("r", "Right", 800, 500), node("u", "Up", 500, 200),
		node("h", "Hub Person", 500, 500),
		node("t1", "Twin One", 200, 200), node("t2", "Twin Two", 200, 200), node("t3", "Twin Three", 200, 200),
	}
	for _, leaf := range []string{"l", "r", "u", "t1", "t2", "t3"} {
		s.Edges = append(s.Edges, scene.Edge{ID: "h-" + leaf, Kind: "participant", Tail: "h", Head: leaf})
	}
	return s
}

// darkIn counts the pixels of r that are dark (text of the light theme).
func darkIn(img *image.RGBA, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if c := at(img, x, y); int(c.R)+int(c.G)+int(c.B) < 3*110 {
				n++
			}
		}
	}
	return n
}

func TestHubLabelsNameTheBestConnectedNodesWhenLabelsAreTooSmall(t *testing.T) {
	l := theme.Light()
	zoomedOut := paint.View{Scale: 0.2} // 14-point labels at 2.8 px
	underHub := image.Rect(80, 105, 121, 122)

	img, st := draw(t, star(), zoomedOut, paint.Options{Theme: &l})
	assert.Equal(t, 6, st.HubLabels, "the hub and every leaf but one of the three on one spot (one named under it, one over it)")
	assert.Greater(t, darkIn(img, underHub), 20, "the hub's name is written under it")

	img, st = draw(t, star(), zoomedOut, paint.Options{Theme: &l, Detail: paint.Detail{NoHubLabels: true}})
	assert.Zero(t, st.HubLabels)
	assert.Zero(t, darkIn(img, underHub), "without hub labels nothing is written there")

	_, st = draw(t, star(), zoomedOut, paint.Options{Theme: &l, Detail: paint.Detail{HubLabels: 1}})
	assert.Equal(t, 1, st.HubLabels, "the budget is kept")
	img, _ = draw(t, star(), zoomedOut, paint.Options{Theme: &l, Detail: paint.Detail{HubLabels: 1}})
	assert.Greater(t, darkIn(img, underHub), 20, "and spent on the hub first")

	_, st = draw(t, star(), paint.View{Scale: 1}, paint.Options{Theme: &l})
	assert.Zero(t, st.HubLabels, "labels that can be read need no other")
	assert.Equal(t, 7, st.Labels)

	_, st = draw(t, star(), zoomedOut, paint.Options{Theme: &l, Detail: paint.Detail{Full: true}})
	assert.Zero(t, st.HubLabels, "Full draws every label as it is")
}

func TestHubLabelsGoFirstToSelectedNodesAndSkipDimmedOnes(t *testing.T) {
	l := theme.Light()
	zoomedOut := paint.View{Scale: 0.2}
	_, st := draw(t, star(), zoomedOut, paint.Options{Theme: &l, Selected: map[string]bool{"r": true}, DimOthers: true})
	assert.Equal(t, 1, st.HubLabels, "only the selection is named when the others are dimmed")

	img, st := draw(t, star(), zoomedOut, paint.Options{Theme: &l, Selected: map[string]bool{"r": true}, Detail: paint.Detail{HubLabels: 1}})
	assert.Equal(t, 1, st.HubLabels)
	assert.Greater(t, darkIn(img, image.Rect(140, 105, 181, 122)), 20, "the selected leaf is named before the hub")
	assert.Zero(t, darkIn(img, image.Rect(80, 105, 121, 122)))
}

func TestHubLabelsLeaveStatementsUnnamedUnlessSelected(t *testing.T) {
	l := theme.Light()
	s := star()
	s.Nodes[3].Kind, s.Nodes[3].Type = "statement", ""
	_, st := draw(t, s, paint.View{Scale: 0.2}, paint.Options{Theme: &l})
	assert.Equal(t, 5, st.HubLabels, "the hub is a statement now: the leaves only")
	_, st = draw(t, s, paint.View{Scale: 0.2}, paint.Options{Theme: &l, Selected: map[string]bool{"h": true}})
	assert.Equal(t, 6, st.HubLabels, "a selected statement is named")
}

func TestHubLabelsStayOutOfKeepoutAreas(t *testing.T) {
	l := theme.Light()
	zoomedOut := paint.View{Scale: 0.2}
	underHub := image.Rect(80, 105, 121, 122)
	img, st := draw(t, star(), zoomedOut, paint.Options{Theme: &l, Keepout: []image.Rectangle{image.Rect(60, 100, 140, 140)}})
	assert.Equal(t, 6, st.HubLabels, "the hub is named over its shape instead")
	assert.Zero(t, darkIn(img, underHub), "nothing under a legend")
}

func TestHubLabelsAreReportedWhereTheyWereDrawn(t *testing.T) {
	l := theme.Light()
	_, r := paint.Whole(star(), 0.2, 0)
	img := image.NewRGBA(r)
	p := paint.NewPainter(nil)
	st := p.Draw(img, star(), paint.View{Scale: 0.2}, paint.Options{Theme: &l, Detail: paint.Detail{HubLabels: 1}})
	require.Equal(t, 1, st.HubLabels)
	placed := p.HubLabels()
	require.Len(t, placed, 1)
	assert.Equal(t, "h", placed[0].ID)
	assert.True(t, placed[0].Rect.Overlaps(image.Rect(80, 105, 121, 122)), "under the hub: %v", placed[0].Rect)
	p.Draw(img, star(), paint.View{Scale: 1}, paint.Options{Theme: &l})
	assert.Empty(t, p.HubLabels(), "the next frame's, none at full size")
}

// A node named by a hub label is drawn without its own small label, which
// would say the same thing unreadably.
func TestAHubLabelReplacesTheNodesOwnSmallLabel(t *testing.T) {
	l := theme.Light()
	half := paint.View{Scale: 0.5} // 14-point labels at 7 px: drawn, hard to read
	_, without := draw(t, star(), half, paint.Options{Theme: &l, Detail: paint.Detail{NoHubLabels: true}})
	require.Equal(t, 7, without.Labels, "every own label drawn")
	_, with := draw(t, star(), half, paint.Options{Theme: &l})
	require.Positive(t, with.HubLabels)
	assert.Equal(t, 7, with.Labels+with.HubLabels, "each node named once")
}
