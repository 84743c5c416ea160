package graphview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/stretchr/testify/assert"
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
