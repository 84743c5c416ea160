package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
)

// timeline is the Meetings tab: every meeting of the graph in the order
// of its date (those with no known date last), with its status; choosing
// one selects it. An analyst reads a case as a sequence of encounters.
type timeline struct {
	e    *Explorer
	list *widget.List
	rows []timelineRow
}

// timelineRow is a meeting as the Meetings tab lists it.
type timelineRow struct {
	id, label, date, status string
	written                 string // the date as the text gives it, when no ISO date
}

func newTimeline(e *Explorer) *timeline {
	t := &timeline{e: e}
	t.list = widget.NewList(
		func() int { return len(t.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("")
			l.Truncation = fyne.TextTruncateEllipsis
			return l
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			o.(*widget.Label).SetText(t.rows[i].text())
		},
	)
	t.list.OnSelected = func(i widget.ListItemID) {
		if i >= 0 && i < len(t.rows) {
			t.e.selectNode(t.rows[i].id, true)
		}
		t.list.UnselectAll()
	}
	return t
}

func (t *timeline) content() fyne.CanvasObject { return t.list }

// text is the row as shown: "2026-04-07 · Holm–Berg meeting in Oslo
// (planned)"; a meeting without an ISO date shows the date as written,
// quoted, or a dash.
func (r timelineRow) text() string {
	date, label := r.date, r.label
	switch {
	case date != "":
		label = strings.TrimSuffix(label, ", "+date) // (a dated meeting's label ends in its date)
	case r.written != "":
		date = "“" + r.written + "”"
	default:
		date = "—"
	}
	s := date + " · " + label
	if r.status != "" && r.status != graphmodel.StatusHeld {
		s += fmt.Sprintf(" (%s)", r.status)
	}
	return s
}

// refresh reads the meetings of the graph again.
func (t *timeline) refresh() {
	t.rows = t.rows[:0]
	for _, n := range t.e.sess.Graph().Nodes() {
		if n.Kind != graphmodel.KindMeeting {
			continue
		}
		t.rows = append(t.rows, timelineRow{id: n.ID, label: n.Label, date: n.Attr(graphmodel.AttrDate),
			status: n.Attr(graphmodel.AttrStatus), written: n.Attr(graphmodel.AttrDateText)})
	}
	slices.SortStableFunc(t.rows, func(a, b timelineRow) int {
		if (a.date == "") != (b.date == "") {
			if a.date == "" {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(a.date, b.date); c != 0 {
			return c
		}
		return cmp.Compare(a.label, b.label)
	})
	t.list.Refresh()
}

// Texts returns the rows as shown (for tests).
func (t *timeline) Texts() []string {
	out := make([]string, len(t.rows))
	for i, r := range t.rows {
		out[i] = r.text()
	}
	return out
}
