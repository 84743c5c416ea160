package app

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app/internal/plural"
	"dossier/app/session"
	"dossier/graphmodel"
)

// apply runs an undoable edit and refreshes everything that shows the graph.
func (e *Explorer) apply(name string, edit func(*graphmodel.Graph) error) bool {
	err := e.sess.Apply(name, edit)
	if errors.Is(err, session.ErrNoChange) {
		return false
	}
	if err != nil {
		e.showError(err)
		return false
	}
	e.changed()
	return true
}

func (e *Explorer) undo() {
	ed, ok := e.sess.Undo()
	if !ok {
		return
	}
	e.changed()
	e.setStatus("Undid " + ed.Name)
}

func (e *Explorer) redo() {
	ed, ok := e.sess.Redo()
	if !ok {
		return
	}
	e.changed()
	e.setStatus("Redid " + ed.Name)
}

func (e *Explorer) showRenameDialog() {
	n, ok := e.sess.Graph().Node(e.selNode)
	if !ok {
		return
	}
	entry := widget.NewEntry()
	entry.SetText(n.Label)
	d := dialog.NewForm("Rename", "Rename", "Cancel", []*widget.FormItem{widget.NewFormItem("New name", entry)}, func(ok bool) {
		if ok {
			e.rename(n.ID, entry.Text)
		}
	}, e.win)
	d.Resize(fyne.NewSize(420, 160))
	d.Show()
	e.win.Canvas().Focus(entry)
}

func (e *Explorer) rename(id, label string) {
	if e.apply("Rename", func(g *graphmodel.Graph) error { return g.RenameNode(id, label) }) {
		e.setStatus(fmt.Sprintf("Renamed to %q; the old name is kept as an alias", strings.TrimSpace(label)))
	}
}

func (e *Explorer) deleteSelected() {
	g := e.sess.Graph()
	switch {
	case e.selNode != "":
		n, _ := g.Node(e.selNode)
		label, edges := n.Label, g.Degree(n.ID)
		id := n.ID
		e.selNode = ""
		if e.apply("Delete", func(g *graphmodel.Graph) error { return g.RemoveNode(id) }) {
			e.setStatus(fmt.Sprintf("Deleted %q and its %s (Undo brings them back)", label, plural.Count(edges, "edge")))
		}
	case e.selEdge != "":
		id := e.selEdge
		e.selEdge = ""
		if e.apply("Delete", func(g *graphmodel.Graph) error { return g.RemoveEdge(id) }) {
			e.setStatus("Deleted the edge (Undo brings it back)")
		}
	}
}

// toggleMark adds a node to, or removes it from, the nodes to merge with
// the primary selection (Shift+click).
func (e *Explorer) toggleMark(id string) {
	if e.selNode == "" {
		e.selectNode(id, false)
		return
	}
	if id == e.selNode {
		return
	}
	if i := slices.Index(e.marked, id); i >= 0 {
		e.marked = slices.Delete(e.marked, i, i+1)
	} else {
		e.marked = append(e.marked, id)
	}
	e.graph.highlight()
	e.setStatus(fmt.Sprintf("%d more nodes selected: Edit ▸ Merge folds them into the first", len(e.marked)))
}

// showMergeDialog asks which nodes to merge into the selected one: those
// marked with Shift+click, or one picked by name.
func (e *Explorer) showMergeDialog() {
	g := e.sess.Graph()
	keep, ok := g.Node(e.selNode)
	if !ok {
		return
	}
	if len(e.marked) > 0 {
		var names []string
		for _, id := range e.marked {
			if n, ok := g.Node(id); ok {
				names = append(names, n.Label)
			}
		}
		msg := widget.NewLabel(fmt.Sprintf("Fold %s into %q?\nTheir names become aliases; their mentions and connections move to %q. Undo reverses it.",
			quoteList(names), keep.Label, keep.Label))
		msg.Wrapping = fyne.TextWrapWord
		d := dialog.NewCustomConfirm("Merge nodes", "Merge", "Cancel", msg, func(ok bool) {
			if ok {
				e.merge(keep.ID, e.marked)
			}
		}, e.win)
		d.Resize(fyne.NewSize(460, 200))
		d.Show()
		return
	}
	// Pick a node of the same kind by name.
	var choices []string
	byLabel := map[string]string{}
	for _, n := range g.Nodes() {
		if n.ID == keep.ID || (n.Kind != keep.Kind && n.Kind != graphmodel.KindEntity && keep.Kind != graphmodel.KindEntity) {
			continue
		}
		label := n.Label
		if _, dup := byLabel[label]; dup {
			label = fmt.Sprintf("%s (%s)", n.Label, n.ID)
		}
		byLabel[label] = n.ID
		choices = append(choices, label)
	}
	if len(choices) == 0 {
		e.showError(fmt.Errorf("there is no other %s to merge %q with", keep.Kind, keep.Label))
		return
	}
	slices.Sort(choices)
	pick := widget.NewSelectEntry(choices)
	pick.PlaceHolder = "Type to find a " + string(keep.Kind)
	pick.OnChanged = func(s string) {
		var opts []string
		f := graphmodel.Fold(s)
		for _, c := range choices {
			if strings.Contains(graphmodel.Fold(c), f) {
				opts = append(opts, c)
			}
			if len(opts) == 50 {
				break
			}
		}
		pick.SetOptions(opts)
	}
	content := container.NewVBox(widget.NewLabel(fmt.Sprintf("Fold this %s into %q:", keep.Kind, keep.Label)), pick)
	d := dialog.NewCustomConfirm("Merge with…", "Merge", "Cancel", content, func(ok bool) {
		if !ok {
			return
		}
		id, found := byLabel[pick.Text]
		if !found {
			e.showError(fmt.Errorf("no %s named %q", keep.Kind, pick.Text))
			return
		}
		e.merge(keep.ID, []string{id})
	}, e.win)
	d.Resize(fyne.NewSize(460, 200))
	d.Show()
}

// merge folds the drop nodes into keep as one undoable edit.
func (e *Explorer) merge(keep string, drop []string) {
	drop = slices.Clone(drop)
	ok := e.apply("Merge", func(g *graphmodel.Graph) error {
		for _, id := range drop {
			if err := g.MergeNodes(keep, id); err != nil {
				return err
			}
		}
		return nil
	})
	if ok {
		e.marked = nil
		e.selectNode(keep, false)
		e.setStatus(fmt.Sprintf("Merged %d nodes (Undo separates them again)", len(drop)+1))
	}
}

func quoteList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
