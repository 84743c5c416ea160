package app

import (
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// Fyne's save dialog opens the chosen file for writing, which empties it,
// before it hands the file to its caller. Dossier never writes through
// that handle: it closes it and writes the path itself, atomically (a
// temporary file renamed over the old one), sometimes under another name
// (".dossier.json" added, or ".nodes.csv" and ".edges.csv"). So a file the
// user picked was emptied even when the save then failed or went to
// another name. keepChosenFiles wraps the "file" repository so that a
// writer only empties and writes its file once something is written to
// it; closed without a write, it leaves the file system as it was.

// fileRepository is what Fyne's own file repository implements.
type fileRepository interface {
	repository.Repository
	repository.WritableRepository
	repository.AppendableRepository
	repository.ListableRepository
	repository.HierarchicalRepository
	repository.CopyableRepository
	repository.MovableRepository
	repository.DeleteAllRepository
}

// lazyFiles is the file repository with lazy writers; every other method
// is the wrapped repository's.
type lazyFiles struct{ fileRepository }

// keepChosenFiles installs lazyFiles for the "file" scheme, once per
// process (Fyne keeps repositories in a process-wide table that its
// driver fills when the app starts). It does nothing when the registered
// repository is not one it can wrap.
func keepChosenFiles() {
	r, err := repository.ForScheme("file")
	if err != nil {
		return
	}
	switch base := r.(type) {
	case *lazyFiles:
		return // already installed
	case fileRepository:
		repository.Register("file", &lazyFiles{base})
	}
}

// Writer returns a writer that creates or empties the file at its first
// write.
func (l *lazyFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	return &lazyWriter{uri: u}, nil
}

// lazyWriter is a fyne.URIWriteCloser that opens its file (creating or
// truncating it) at the first Write.
type lazyWriter struct {
	uri    fyne.URI
	f      *os.File
	closed bool
}

func (w *lazyWriter) URI() fyne.URI { return w.uri }

func (w *lazyWriter) Write(p []byte) (int, error) {
	if w.closed {
		return 0, fmt.Errorf("write %s: %w", w.uri.Path(), os.ErrClosed)
	}
	if w.f == nil {
		f, err := os.Create(w.uri.Path())
		if err != nil {
			return 0, err
		}
		w.f = f
	}
	return w.f.Write(p)
}

func (w *lazyWriter) Close() error {
	if w.closed {
		return fmt.Errorf("close %s: %w", w.uri.Path(), os.ErrClosed)
	}
	w.closed = true
	if w.f == nil {
		return nil // nothing written: the file stays as it was
	}
	return w.f.Close()
}

var _ io.WriteCloser = (*lazyWriter)(nil)
