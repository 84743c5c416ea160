package paint_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/image/font/gofont/gomono"

	"dossier/render/paint"
)

func TestFallbackFacesAreFoundInFontFolders(t *testing.T) {
	dir := t.TempDir()
	// A stand-in fallback: any font file under a known fallback name.
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "truetype"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "truetype", "DejaVuSans.ttf"), gomono.TTF, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "broken.ttf"), []byte("not a font"), 0o644))

	f, err := paint.NewFonts(paint.FontOptions{System: true, Dirs: []string{dir, filepath.Join(dir, "missing")}})
	require.NoError(t, err)
	assert.True(t, f.Covers('é'))
	assert.False(t, f.Covers('東'))
	name, data, ok := f.FallbackFor('A')
	require.True(t, ok)
	assert.Equal(t, "DejaVuSans.ttf", name)
	assert.Equal(t, gomono.TTF, data)
	assert.Equal(t, []string{"DejaVuSans.ttf"}, f.Fallbacks())
	_, _, ok = f.FallbackFor('東')
	assert.False(t, ok, "no face draws it")

	none, err := paint.NewFonts(paint.FontOptions{})
	require.NoError(t, err)
	_, _, ok = none.FallbackFor('A')
	assert.False(t, ok, "no search without System")
}
