package graphview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/stretchr/testify/assert"

	"dossier/render/scene"
)

// A tooltip of two lines shows each on its own line (a canvas.Text would
// draw the line break as a box), inside the view and its box.
func TestTooltipShowsLines(t *testing.T) {
	v := shownView(t, 600, 400)

	v.showTip("Vladimir Putin — actor · person\n8 excerpts in 1 document · 10 connections", fyne.NewPos(300, 200))
	assert.Equal(t, "Vladimir Putin — actor · person\n8 excerpts in 1 document · 10 connections", v.TooltipText())
	first, second := v.tipLines[0], v.tipLines[1]
	assert.Equal(t, "Vladimir Putin — actor · person", first.Text)
	assert.Greater(t, second.Position().Y, first.Position().Y, "the second line below the first")
	assert.False(t, v.tipLines[2].Visible())
	box := v.tipBox
	assert.GreaterOrEqual(t, box.Size().Height, first.MinSize().Height+second.MinSize().Height)
	assert.LessOrEqual(t, box.Position().X+box.Size().Width, float32(600), "inside the view")

	v.showTip("one line", fyne.NewPos(10, 10))
	assert.Equal(t, "one line", v.TooltipText())
	assert.False(t, v.tipLines[1].Visible())
	v.hideTip()
	assert.Empty(t, v.TooltipText())
}

// When the view narrows under a tooltip (the details panel opening beside
// it), the tooltip moves to stay inside.
func TestTooltipStaysInsideWhenViewNarrows(t *testing.T) {
	v := shownView(t, 800, 400)
	at := fyne.NewPos(400, 200) // the tooltip fits to its right at 800, not at 600
	v.pointer = &at
	v.showTip("Vladimir Putin — actor · person\n8 excerpts in 1 document · 10 connections", at)
	v.Resize(fyne.NewSize(600, 400))
	box := v.tipBox
	assert.LessOrEqual(t, box.Position().X+box.Size().Width, float32(600), "inside the narrowed view")
}

// shownView returns a view of the given size in a test window.
func shownView(t *testing.T, w, h float32) *View {
	t.Helper()
	test.NewTempApp(t)
	v := New()
	win := test.NewTempWindow(t, v)
	win.Resize(fyne.NewSize(w, h))
	v.Resize(fyne.NewSize(w, h))
	return v
}

// A tap on a label drawn apart from its node (a hub label) selects the
// node; elsewhere the scene's own hit-test answers.
func TestTapOnALabelSelectsItsNode(t *testing.T) {
	v := shownView(t, 600, 400)
	v.SetScene(&scene.Scene{Width: 100, Height: 100}, false)
	v.Hit = func(*scene.Scene, scene.Point, float64) (HitKind, string) { return HitNone, "" }
	label := fyne.NewPos(100, 100)
	v.LabelHit = func(p fyne.Position) (HitKind, string) {
		if p == label {
			return HitNode, "putin"
		}
		return HitNone, ""
	}
	var tapped string
	empty := false
	v.OnTapNode = func(id string, _ bool) { tapped = id }
	v.OnTapEmpty = func() { empty = true }
	test.TapAt(v, label)
	assert.Equal(t, "putin", tapped)
	assert.False(t, empty)
	test.TapAt(v, fyne.NewPos(300, 300))
	assert.True(t, empty, "away from the label: empty space")
}
