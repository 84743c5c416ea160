package extract_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/extract"
)

func TestParsePlainText(t *testing.T) {
	d, err := extract.ParseDocument("Talks in Oslo.txt", []byte("\ufeffJune 20, 2024, Oslo\r\n\r\nThe ministers met.\r\n"))
	require.NoError(t, err)
	assert.Equal(t, "talks-in-oslo", d.ID)
	assert.Equal(t, "June 20, 2024, Oslo", d.Title, "the first line is the title")
	assert.Equal(t, "2024-06-20", d.Published, "a dateline gives the publication date")
	assert.Equal(t, "June 20, 2024, Oslo\n\nThe ministers met.\n", d.Text, "BOM dropped, line ends normalised")
}

func TestParsePublishedForms(t *testing.T) {
	for text, want := range map[string]string{
		"OCTOBER 27, 2023\n\nBody.":            "2023-10-27",
		"Thursday, April 17, 2008\nBody.":      "2008-04-17",
		"Posted 2019-03-14 by the desk\nBody.": "2019-03-14",
		"5 May 2021 — Lisbon\nBody.":           "2021-05-05",
		"No date here.\nOr here.":              "",
		"February 30, 2024\nBody.":             "",
	} {
		d, err := extract.ParseDocument("a.txt", []byte(text))
		require.NoError(t, err)
		assert.Equal(t, want, d.Published, text)
	}
}

func TestParseMarkdown(t *testing.T) {
	d, err := extract.ParseDocument("notes.md", []byte("Intro line\n\n# Summit in Rome\n\nLeaders **met** today.\n"))
	require.NoError(t, err)
	assert.Equal(t, "Summit in Rome", d.Title, "the first heading is the title")
	assert.Contains(t, d.Text, "**met**", "Markdown markers stay in the text")
}

func TestParseHTML(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Talks &amp; more</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><h1>Ministers meet</h1><p>The ministers met in <b>Oslo</b>&nbsp;today.</p>
<!-- a comment --><p>“It went well,” she said.</p></body></html>`
	d, err := extract.ParseDocument("page.html", []byte(page))
	require.NoError(t, err)
	assert.Equal(t, "Talks & more", d.Title)
	assert.Equal(t, "2024-03-05", d.Published)
	assert.NotContains(t, d.Text, "color")
	assert.NotContains(t, d.Text, "not text")
	assert.NotContains(t, d.Text, "comment")
	assert.NotContains(t, d.Text, "<")
	assert.Contains(t, d.Text, "Ministers meet\n\nThe ministers met in Oslo today.\n\n“It went well,” she said.")
	// detected by content too
	d2, err := extract.ParseDocument("page.txt.bin", []byte(page))
	require.NoError(t, err)
	assert.Equal(t, d.Text, d2.Text)
}

func TestParseRejectsBadInput(t *testing.T) {
	huge := make([]byte, extract.MaxDocumentSize+1)
	for i := range huge {
		huge[i] = 'a'
	}
	cases := map[string]struct {
		data []byte
		want string
	}{
		"markup":    {[]byte("<html><body><script>x</script></body></html>"), "only white space or markup"},
		"empty":     {nil, "empty"},
		"blank":     {[]byte(" \n\t \n"), "only white space"},
		"nul":       {[]byte("abc\x00def"), "NUL"},
		"not utf8":  {[]byte("\xff\xfe\xfa\xfb abc \xc0\xc1"), "not UTF-8"},
		"too large": {huge, "more than the limit"},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			file := "in.txt"
			if name == "markup" {
				file = "in.html"
			}
			_, err := extract.ParseDocument(file, c.data)
			require.Error(t, err)
			assert.True(t, errors.Is(err, extract.ErrBadDocument))
			assert.Contains(t, err.Error(), file, "the error names the file")
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestParseToleratesAFewBadBytes(t *testing.T) {
	text := strings.Repeat("The ministers met in Oslo. ", 20) + "\xff"
	d, err := extract.ParseDocument("a.txt", []byte(text))
	require.NoError(t, err)
	assert.True(t, strings.HasSuffix(d.Text, "\uFFFD"))
}

func TestReadDocument(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "Readout 2024.txt")
	require.NoError(t, os.WriteFile(p, []byte("MARCH 5, 2024\n\nThe Secretary met the minister."), 0o644))
	d, err := extract.ReadDocument(p)
	require.NoError(t, err)
	assert.Equal(t, "readout-2024", d.ID)
	assert.Equal(t, p, d.Source)
	assert.Equal(t, "2024-03-05", d.Published)

	_, err = extract.ReadDocument(filepath.Join(dir, "missing.txt"))
	assert.ErrorIs(t, err, os.ErrNotExist)
	_, err = extract.ReadDocument(dir)
	assert.ErrorIs(t, err, extract.ErrBadDocument)
}

func TestSlug(t *testing.T) {
	assert.Equal(t, "vladimir-putin", extract.Slug("Vladimir Putin"))
	assert.Equal(t, "us", extract.Slug("U.S."))
	assert.Equal(t, "recep-tayyip-erdogan", extract.Slug("Recep Tayyip Erdoğan"))
	assert.Equal(t, "abdel-fattah-el-sisi", extract.Slug("Abdel Fattah el-Sisi"))
	assert.Equal(t, "", extract.Slug("—"))
}
