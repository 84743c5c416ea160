package app

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"dossier/app/internal/plural"
	"dossier/app/session"
	"dossier/assets"
	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
)

// openSample builds the graph of the bundled sample article.
func (e *Explorer) openSample() {
	e.tasks.Run("Reading the sample article", func(ctx context.Context, progress Progress) (func(), error) {
		g, err := e.graphFromDocuments(ctx, []namedData{{assets.SampleName, assets.SampleArticle()}}, progress)
		if err != nil {
			return nil, err
		}
		return func() {
			e.setSessionFrom(session.New(g, ""), assets.SampleName)
			e.setStatus("Sample article: " + assets.SampleName)
		}, nil
	}, e.showError)
}

// openPaths opens files: one graph file replaces the graph; documents
// (one or several) make a new graph of what they say.
func (e *Explorer) openPaths(paths []string) {
	e.confirmDiscard("open another file", func() { e.load(paths) })
}

func (e *Explorer) load(paths []string) {
	if len(paths) == 1 && !isDocumentPath(paths[0]) {
		path := paths[0]
		e.tasks.Run("Opening "+filepath.Base(path), func(ctx context.Context, progress Progress) (func(), error) {
			g, warnings, err := openGraphFile(ctx, path, progress)
			if err != nil {
				return nil, err
			}
			return func() {
				own := strings.HasSuffix(strings.ToLower(path), dossierfile.Extension)
				s := session.New(g, "")
				if own {
					s = session.New(g, path)
				}
				e.setStatus(fmt.Sprintf("Opened %s", filepath.Base(path)))
				e.setSessionFrom(s, filepath.Base(path)) // may say more: a large graph starts on an overview
				e.addRecent(path)
				if len(warnings) > 0 {
					e.showWarnings(filepath.Base(path), warnings)
				}
			}, nil
		}, e.showError)
		return
	}
	e.tasks.Run("Reading "+plural.Count(len(paths), "document"), func(ctx context.Context, progress Progress) (func(), error) {
		docs, err := readFiles(ctx, paths)
		if err != nil {
			return nil, err
		}
		g, err := e.graphFromDocuments(ctx, docs, progress)
		if err != nil {
			return nil, err
		}
		return func() {
			e.setStatus("Extracted " + plural.Count(len(docs), "document"))
			e.setSession(session.New(g, ""))
			e.sess.MarkDirty()
			e.updateTitle()
			for _, p := range paths {
				e.addRecent(p)
			}
		}, nil
	}, e.showError)
}

// importDocuments extracts documents into the current graph: only the new
// documents are read, and entities they share with the graph merge.
func (e *Explorer) importDocuments(paths []string) {
	base := e.sess.Graph().Clone()
	rev := e.sess.Revision()
	e.tasks.Run("Importing "+plural.Count(len(paths), "document"), func(ctx context.Context, progress Progress) (func(), error) {
		docs, err := readFiles(ctx, paths)
		if err != nil {
			return nil, err
		}
		if err := e.extractInto(ctx, base, docs, progress); err != nil {
			return nil, err
		}
		return func() {
			if e.sess.Revision() != rev {
				e.showError(errors.New("the graph changed while the documents were being imported; import them again"))
				return
			}
			_, undoable := e.sess.CanUndo()
			s := session.New(base, e.sess.Path())
			e.sess = s
			e.sess.MarkDirty()
			e.changed()
			msg := "Imported " + plural.Count(len(docs), "document")
			if undoable {
				msg += "; edits made before the import can no longer be undone"
			}
			e.setStatus(msg)
		}, nil
	}, e.showError)
}

func (e *Explorer) showWarnings(name string, warnings []string) {
	l := widget.NewLabel(strings.Join(warnings, "\n"))
	l.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom("Opened "+name+" with warnings", "OK", l, e.win)
	d.Resize(fyne.NewSize(520, 300))
	d.Show()
}

// confirmDiscard runs then, after asking whether to save unsaved changes.
func (e *Explorer) confirmDiscard(action string, then func()) {
	if !e.sess.Dirty() {
		then()
		return
	}
	var d dialog.Dialog
	save := widget.NewButton("Save", func() {
		d.Hide()
		e.save(then)
	})
	save.Importance = widget.HighImportance
	discard := widget.NewButton("Don't save", func() {
		d.Hide()
		e.clearRecovery()
		then()
	})
	cancel := widget.NewButton("Cancel", func() { d.Hide() })
	msg := widget.NewLabel(fmt.Sprintf("The graph has unsaved changes. Save them before you %s?", action))
	msg.Wrapping = fyne.TextWrapWord
	d = dialog.NewCustomWithoutButtons("Unsaved changes", msg, e.win)
	d.(*dialog.CustomDialog).SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Resize(fyne.NewSize(460, 160))
	d.Show()
}

// save writes the graph to its file, asking for one when it has none.
// then runs after a successful save.
func (e *Explorer) save(then func()) {
	if e.sess.Path() == "" {
		e.saveAs(then)
		return
	}
	e.saveTo(e.sess.Path(), then)
}

func (e *Explorer) saveTo(path string, then func()) {
	if err := dossierfile.Save(path, e.sess.Graph()); err != nil {
		e.showError(err)
		return
	}
	e.sess.Saved(path)
	e.clearRecovery()
	e.addRecent(path)
	e.updateTitle()
	e.setStatus("Saved " + filepath.Base(path))
	if then != nil {
		then()
	}
}

func (e *Explorer) saveAs(then func()) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			e.showError(err)
			return
		}
		if w == nil {
			return // cancelled
		}
		path := w.URI().Path()
		_ = w.Close()
		if !strings.HasSuffix(strings.ToLower(path), dossierfile.Extension) {
			path = strings.TrimSuffix(path, filepath.Ext(path)) + dossierfile.Extension
		}
		e.saveTo(path, then)
	}, e.win)
	d.SetFileName(e.suggestName(dossierfile.Extension))
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.Show()
}

// suggestName proposes a file name with the given extension: the graph's
// file name, or the name of what it came from.
func (e *Explorer) suggestName(ext string) string {
	path := e.sess.Path()
	if path == "" {
		path = e.origin
	}
	if path == "" {
		return "untitled" + ext
	}
	base := filepath.Base(path)
	base = strings.TrimSuffix(base, dossierfile.Extension)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	return base + ext
}

func (e *Explorer) showOpenDialog() {
	e.pickFile(nil, e.openPaths).Show()
}

func (e *Explorer) showImportDialog() {
	e.pickFile(storage.NewExtensionFileFilter(documentExtensions), e.importDocuments).Show()
}

// pickFile returns a file dialog that hands the chosen file's path to use
// (nothing when the user cancels).
func (e *Explorer) pickFile(filter storage.FileFilter, use func(paths []string)) *dialog.FileDialog {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			e.showError(err)
			return
		}
		if r == nil {
			return
		}
		path := r.URI().Path()
		_ = r.Close()
		use([]string{path})
	}, e.win)
	if filter != nil {
		d.SetFilter(filter)
	}
	return d
}

func (e *Explorer) showImportFolderDialog() {
	dialog.ShowFolderOpen(func(dir fyne.ListableURI, err error) {
		if err != nil {
			e.showError(err)
			return
		}
		if dir == nil {
			return
		}
		items, err := dir.List()
		if err != nil {
			e.showError(fmt.Errorf("list %s: %w", dir.Path(), err))
			return
		}
		var paths []string
		for _, u := range items {
			if isDocumentPath(u.Path()) {
				paths = append(paths, u.Path())
			}
		}
		if len(paths) == 0 {
			e.showError(fmt.Errorf("%s holds no documents (%s)", dir.Path(), strings.Join(documentExtensions, " ")))
			return
		}
		e.importDocuments(paths)
	}, e.win)
}

// dropped opens or imports files dropped on the window: a graph file
// opens; documents are added to the graph.
func (e *Explorer) dropped(_ fyne.Position, uris []fyne.URI) {
	var docs, graphs []string
	for _, u := range uris {
		if isDocumentPath(u.Path()) {
			docs = append(docs, u.Path())
		} else {
			graphs = append(graphs, u.Path())
		}
	}
	switch {
	case len(graphs) > 0:
		e.openPaths(graphs[:1])
	case len(docs) > 0:
		e.importDocuments(docs)
	}
}

// quit closes the window after asking about unsaved changes.
func (e *Explorer) quit() {
	e.confirmDiscard("quit", func() {
		e.saveWindowSize()
		if !e.sess.Dirty() {
			e.clearRecovery()
		}
		e.tasks.Cancel()
		e.graph.close()
		e.win.Close()
	})
}

// documentExtensions are the file types read as documents, not graphs.
var documentExtensions = []string{".txt", ".text", ".md", ".markdown", ".html", ".htm"}

func isDocumentPath(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	for _, d := range documentExtensions {
		if ext == d {
			return true
		}
	}
	return false
}

// namedData is a document's file name and bytes.
type namedData struct {
	name string
	data []byte
}

// graphFromDocuments extracts a new graph from documents.
func (e *Explorer) graphFromDocuments(ctx context.Context, docs []namedData, progress Progress) (*graphmodel.Graph, error) {
	g := graphmodel.New()
	if err := e.extractInto(ctx, g, docs, progress); err != nil {
		return nil, err
	}
	return g, nil
}
