package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
)

// maxSuggestions is how many matches the type-ahead list shows.
const maxSuggestions = 12

// searchBox finds nodes by label or alias as the user types; Enter selects
// and centres the best match.
//
// Suggestions show in a panel laid over the top of the graph view, not in
// a pop-up: a pop-up is an overlay with its own keyboard focus and would
// take the keys the user is still typing.
type searchBox struct {
	e     *Explorer
	entry *widget.Entry
	list  *fyne.Container
	panel *fyne.Container // the suggestions over the graph view
	hits  []graphmodel.SearchHit
}

func newSearchBox(e *Explorer) *searchBox {
	s := &searchBox{e: e, entry: widget.NewEntry(), list: container.NewVBox()}
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameOverlayBackground))
	bg.StrokeColor = theme.Color(theme.ColorNameShadow)
	bg.StrokeWidth = 1
	s.panel = container.NewStack(bg, container.NewPadded(s.list))
	s.panel.Hide()
	s.entry.SetPlaceHolder("Search names and aliases (Ctrl+K) — Enter selects")
	s.entry.OnChanged = s.changed
	s.entry.OnSubmitted = func(string) { s.choose(0) }
	return s
}

func (s *searchBox) content() fyne.CanvasObject { return s.entry }

func (s *searchBox) focus() { s.e.win.Canvas().Focus(s.entry) }

func (s *searchBox) changed(q string) {
	s.hits = s.e.sess.Graph().Search(q, maxSuggestions)
	s.list.Objects = nil
	for i, h := range s.hits {
		label := h.Node.Label
		if h.Matched != h.Node.Label {
			label = fmt.Sprintf("%s  (%s)", h.Node.Label, h.Matched)
		}
		b := widget.NewButton(fmt.Sprintf("%s — %s", truncate(label, 70), kindLine(h.Node)), func() { s.choose(i) })
		b.Alignment = widget.ButtonAlignLeading
		b.Importance = widget.LowImportance
		s.list.Add(b)
	}
	if len(s.hits) == 0 {
		s.hide()
		if q != "" {
			s.e.setStatus(fmt.Sprintf("No node is named like %q", q))
		}
		return
	}
	s.list.Refresh()
	s.panel.Show()
}

// overlay lays the suggestions over the top left of content.
func (s *searchBox) overlay(content fyne.CanvasObject) fyne.CanvasObject {
	return container.NewStack(content, container.NewBorder(s.panelRow(), nil, nil, nil))
}

func (s *searchBox) panelRow() fyne.CanvasObject {
	return container.NewHBox(s.panel, layout.NewSpacer())
}

// choose selects hit i and centres it.
func (s *searchBox) choose(i int) {
	if i >= len(s.hits) {
		return
	}
	id := s.hits[i].Node.ID
	s.hide()
	s.e.revealNode(id)
	s.e.selectNode(id, true)
}

func (s *searchBox) hide() { s.panel.Hide() }
