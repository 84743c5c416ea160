package assets_test

import (
	"bytes"
	"image/png"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/assets"
)

func TestSampleIsTheProjectArticle(t *testing.T) {
	want, err := os.ReadFile("../../shared/corpus/seed-article.txt")
	require.NoError(t, err)
	assert.Equal(t, want, assets.SampleArticle(), "the bundled copy matches the corpus")
	s := assets.SampleArticle()
	s[0] = 'X'
	assert.NotEqual(t, s, assets.SampleArticle(), "callers get a copy")
}

func TestIconIsASquarePNG(t *testing.T) {
	img, err := png.Decode(bytes.NewReader(assets.Icon()))
	require.NoError(t, err)
	b := img.Bounds()
	assert.Equal(t, b.Dx(), b.Dy())
	assert.GreaterOrEqual(t, b.Dx(), 256)
}
