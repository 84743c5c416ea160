package app

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
	"dossier/graphmodel/formats"
)

// graphExportFormats are offered by Export Graph: the extension picks the
// format.
var graphExportFormats = []struct{ label, ext string }{
	{"GraphML (Gephi, yEd, Cytoscape)", ".graphml"},
	{"GEXF 1.3 (Gephi)", ".gexf"},
	{"DOT (Graphviz)", ".gv"},
	{"CSV (nodes and edges, for spreadsheets)", ".csv"},
	{"Dossier graph", ".dossier.json"},
}

// showExportGraphDialog writes the graph, or the part the view shows, in
// another tool's format.
func (e *Explorer) showExportGraphDialog() {
	var labels []string
	for _, f := range graphExportFormats {
		labels = append(labels, f.label)
	}
	format := widget.NewSelect(labels, nil)
	format.SetSelected(labels[0])
	scope := widget.NewRadioGroup([]string{"The whole graph", "What the view shows"}, nil)
	scope.SetSelected("The whole graph")
	form := container.NewVBox(widget.NewLabel("Format"), format, widget.NewLabel("Export"), scope)
	dialog.ShowCustomConfirm("Export Graph", "Choose File…", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		ext := graphExportFormats[format.SelectedIndex()].ext
		var sel *graphmodel.Selection
		if scope.Selected == "What the view shows" {
			s := e.visibleSelection()
			sel = &s
		}
		e.chooseSavePath(suggestName(e.sess.Path(), ext), func(path string) {
			if !strings.HasSuffix(strings.ToLower(path), ext) {
				path = strings.TrimSuffix(path, filepath.Ext(path)) + ext
			}
			e.exportGraph(path, sel)
		})
	}, e.win)
}

// exportGraph writes the graph (or sel of it) to path in the format its
// extension names.
func (e *Explorer) exportGraph(path string, sel *graphmodel.Selection) {
	if err := formats.Save(context.Background(), path, e.sess.Graph(), sel, ""); err != nil {
		e.showError(fmt.Errorf("export %s: %w", filepath.Base(path), err))
		return
	}
	var names []string
	for _, p := range formats.SavePaths(path, "") {
		names = append(names, filepath.Base(p))
	}
	e.setStatus("Exported " + strings.Join(names, " and "))
}

// chooseSavePath asks for a file to write and calls then with its path.
func (e *Explorer) chooseSavePath(name string, then func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			e.showError(err)
			return
		}
		if w == nil {
			return
		}
		path := w.URI().Path()
		_ = w.Close()
		then(path)
	}, e.win)
	d.SetFileName(name)
	d.Show()
}

// showExportImageDialog is completed when image export lands.
func (e *Explorer) showExportImageDialog() {}
