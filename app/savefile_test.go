package app

import (
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The save dialog opens the chosen file through storage.Writer before
// Dossier writes the path itself: a file picked and then closed unwritten
// (a save that failed, or went to "name.dossier.json" instead) must keep
// its contents, and no empty file may appear for a new name.
func TestChosenFileIsNotEmptiedUntilWritten(t *testing.T) {
	newHarness(t, true) // an explorer on Fyne's test app installs the lazy writers
	dir := t.TempDir()

	old := filepath.Join(dir, "network.json")
	require.NoError(t, os.WriteFile(old, []byte(`{"elements":[]}`), 0o644))
	w, err := storage.Writer(storage.NewFileURI(old))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	data, err := os.ReadFile(old)
	require.NoError(t, err)
	assert.Equal(t, `{"elements":[]}`, string(data), "closed without a write, the file keeps its contents")

	fresh := filepath.Join(dir, "graph.csv")
	w, err = storage.Writer(storage.NewFileURI(fresh))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	assert.NoFileExists(t, fresh, "no empty file is left for a name chosen but not written")

	w, err = storage.Writer(storage.NewFileURI(old))
	require.NoError(t, err)
	_, err = w.Write([]byte("new"))
	require.NoError(t, err)
	_, err = w.Write([]byte(" text"))
	require.NoError(t, err)
	require.NoError(t, w.Close())
	data, err = os.ReadFile(old)
	require.NoError(t, err)
	assert.Equal(t, "new text", string(data), "a writer that writes replaces the contents")
	assert.Error(t, w.Close(), "a second close is an error")
	_, err = w.Write([]byte("x"))
	assert.Error(t, err, "a write after close is an error")

	keepChosenFiles() // a second explorer does not wrap the wrapper
	r, err := repository.ForScheme("file")
	require.NoError(t, err)
	lazy, ok := r.(*lazyFiles)
	require.True(t, ok)
	_, twice := lazy.fileRepository.(*lazyFiles)
	assert.False(t, twice)
}
