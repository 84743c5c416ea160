package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
)

// maxSuggestions is how many matches the type-ahead list shows.
const maxSuggestions = 12

// searchBox finds nodes by label or alias as the user types; Enter selects
// and centres the best match.
type searchBox struct {
	e     *Explorer
	entry *widget.Entry
	popup *widget.PopUp
	list  *fyne.Container
	hits  []graphmodel.SearchHit
}

func newSearchBox(e *Explorer) *searchBox {
	s := &searchBox{e: e, entry: widget.NewEntry(), list: container.NewVBox()}
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
	c := s.e.win.Canvas()
	if s.popup == nil {
		s.popup = widget.NewPopUp(s.list, c)
	}
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.entry)
	pos.Y += s.entry.Size().Height
	s.popup.Resize(fyne.NewSize(max(s.entry.Size().Width, 320), s.list.MinSize().Height))
	s.popup.ShowAtPosition(pos)
	c.Focus(s.entry) // keep typing into the entry
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

func (s *searchBox) hide() {
	if s.popup != nil {
		s.popup.Hide()
	}
}
