package app

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/formats"
	"dossier/render/export"
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
		e.chooseSavePath(e.suggestName(ext), func(path string) {
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

// imageFormats are offered by Export Image.
var imageFormats = []struct{ label, ext string }{
	{"PNG image", ".png"},
	{"JPEG image", ".jpg"},
	{"PDF (vector)", ".pdf"},
	{"SVG (Graphviz; ids and tooltips kept)", ".svg"},
	{"DOT with positions (Graphviz)", ".gv"},
	{"Scene geometry (JSON)", ".json"},
}

// showExportImageDialog saves what the view shows as a picture: PNG, JPEG
// and PDF are painted by the same code as the screen, from the same layout.
func (e *Explorer) showExportImageDialog() {
	if e.graph.view.Scene() == nil {
		e.showError(errors.New("there is nothing laid out to export yet"))
		return
	}
	var labels []string
	for _, f := range imageFormats {
		labels = append(labels, f.label)
	}
	format := widget.NewSelect(labels, nil)
	format.SetSelected(labels[0])
	scale := widget.NewSelect([]string{"1×", "2×", "3×", "4×"}, nil)
	scale.SetSelected("2×")
	legend := widget.NewCheck("Add a legend", nil)
	legend.SetChecked(true)
	emphasis := widget.NewCheck("Keep the selection highlighted", nil)
	form := container.NewVBox(widget.NewLabel("Format"), format, widget.NewLabel("Scale (PNG, JPEG)"), scale, legend, emphasis)
	dialog.ShowCustomConfirm("Export Image", "Choose File…", "Cancel", form, func(ok bool) {
		if !ok {
			return
		}
		ext := imageFormats[format.SelectedIndex()].ext
		opt := imageOptions{scale: float64(scale.SelectedIndex() + 1), legend: legend.Checked, emphasis: emphasis.Checked}
		e.chooseSavePath(e.suggestName(ext), func(path string) {
			if !strings.HasSuffix(strings.ToLower(path), ext) {
				path = strings.TrimSuffix(path, filepath.Ext(path)) + ext
			}
			e.exportImage(path, opt)
		})
	}, e.win)
}

type imageOptions struct {
	scale            float64
	legend, emphasis bool
}

// exportImage writes the current view to path in the format its extension
// names, in the background.
func (e *Explorer) exportImage(path string, o imageOptions) {
	format, err := export.FormatOf(path)
	if err != nil {
		e.showError(err)
		return
	}
	s := e.graph.view.Scene()
	th := themeFor(e.dark())
	opt := export.Options{Scale: o.scale, Theme: &th, Legend: o.legend}
	if o.emphasis {
		em := e.graph.emphasis()
		opt.Selected, opt.Highlighted = em.Selected, em.Related
	}
	dotSrc, engine := e.graph.lastDOT, e.graph.lastEngine
	lay := e.graph.lay
	e.tasks.Run("Exporting "+filepath.Base(path), func(ctx context.Context, _ Progress) (func(), error) {
		err := dossierfile.WriteFileAtomic(path, func(w io.Writer) error {
			if format == "svg" || format == "dot" {
				svc, err := serviceOf(lay)
				if err != nil {
					return err
				}
				return export.WriteLayout(ctx, w, format, svc, dotSrc, engine)
			}
			return export.Write(ctx, w, format, s, opt)
		})
		if err != nil {
			return nil, fmt.Errorf("export %s: %w", filepath.Base(path), err)
		}
		return func() { e.setStatus("Exported " + filepath.Base(path)) }, nil
	}, e.showError)
}
