package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
)

// docList is the Documents tab: every document in the graph, how much was
// found in it, and a way to read it with all its mentions highlighted.
type docList struct {
	e    *Explorer
	list *widget.List
	docs []*graphmodel.Document
	hits map[string][]graphmodel.Span // per document, all node mentions
}

func newDocList(e *Explorer) *docList {
	d := &docList{e: e}
	d.list = widget.NewList(
		func() int { return len(d.docs) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			doc := d.docs[i]
			meta := fmt.Sprintf("%d mentions", len(d.hits[doc.ID]))
			if doc.Published != "" {
				meta = doc.Published + " · " + meta
			}
			o.(*widget.Label).SetText(fmt.Sprintf("%s — %s", docTitle(doc), meta))
		},
	)
	d.list.OnSelected = func(i widget.ListItemID) {
		d.open(i)
		d.list.UnselectAll()
	}
	return d
}

func (d *docList) content() fyne.CanvasObject { return d.list }

func (d *docList) refresh() {
	g := d.e.sess.Graph()
	d.docs = g.Documents()
	d.hits = map[string][]graphmodel.Span{}
	for _, n := range g.Nodes() {
		for _, s := range n.Mentions {
			d.hits[s.Doc] = append(d.hits[s.Doc], s)
		}
	}
	d.list.Refresh()
}

// open shows document i with every node mention highlighted.
func (d *docList) open(i int) {
	if i < 0 || i >= len(d.docs) {
		return
	}
	doc := d.docs[i]
	spans := graphmodel.SortSpans(append([]graphmodel.Span(nil), d.hits[doc.ID]...))
	at := graphmodel.Span{Doc: doc.ID}
	if len(spans) > 0 {
		at = spans[0]
	}
	d.e.docs.Show(doc, at, spans)
}
