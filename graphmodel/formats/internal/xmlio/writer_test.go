package xmlio_test

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/formats/internal/xmlio"
)

// readBack writes s as the text and the attribute of an element and
// returns both as an XML parser sees them.
func readBack(t *testing.T, s string) (text, attr string) {
	t.Helper()
	var buf bytes.Buffer
	w := xmlio.NewWriter(&buf)
	w.Header()
	w.Open("root", "xmlns", "urn:test")
	w.Elem("v", s, "a", s)
	w.Close("root")
	require.NoError(t, w.Flush())
	var doc struct {
		V struct {
			A    string `xml:"a,attr"`
			Text string `xml:",chardata"`
		} `xml:"v"`
	}
	require.NoError(t, xml.Unmarshal(buf.Bytes(), &doc), "output: %q", buf.String())
	return doc.V.Text, doc.V.A
}

func TestWriterKeepsEveryAllowedCharacter(t *testing.T) {
	for _, s := range []string{
		"", "plain", `<&>"'`, "]]>", "a\r\nb\rc\nd\te", "  lead and trail  ", "&amp; is literal",
		"Кремль 東京 محادثات 🤝 e\u0301", "\u00a0\u200b\u2028\u2029", "\U0010FFFD",
	} {
		text, attr := readBack(t, s)
		assert.Equal(t, s, text, "text %q", s)
		assert.Equal(t, s, attr, "attribute %q", s)
	}
}

func TestWriterDropsWhatXMLForbids(t *testing.T) {
	text, attr := readBack(t, "a\x00b\x01c\x1fd\uFFFEe\uFFFFf\x7fg")
	assert.Equal(t, "abcdef\x7fg", text, "C0 controls, U+FFFE and U+FFFF are dropped; DEL is allowed")
	assert.Equal(t, text, attr)
	text, _ = readBack(t, "ok\xff\xc3(")
	assert.Equal(t, "ok\uFFFD\uFFFD(", text, "invalid UTF-8 becomes U+FFFD")
	assert.Equal(t, "abc\uFFFD", xmlio.Clean("a\x02b\x0bc\xff"))
}

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriterReportsTheFirstError(t *testing.T) {
	w := xmlio.NewWriter(failingWriter{})
	w.Header()
	w.Elem("x", strings.Repeat("y", 100<<10))
	assert.ErrorContains(t, w.Flush(), "disk full")
}

func FuzzWriterRoundTrip(f *testing.F) {
	for _, s := range []string{"", "a<b", "\r\n\t", "\x00\xff", "]]>&#x1;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text, attr := readBack(t, s)
		want := xmlio.Clean(s)
		require.True(t, utf8.ValidString(want))
		require.Equal(t, want, text)
		require.Equal(t, want, attr)
	})
}

func TestReaderLimitsInputSize(t *testing.T) {
	lim := xmlio.DefaultLimits()
	lim.MaxInput = 100
	r := xmlio.NewReader(strings.NewReader("<a>"+strings.Repeat("x", 200)+"</a>"), "big.xml", lim)
	var err error
	for err == nil {
		_, err = r.Next()
	}
	require.ErrorIs(t, err, xmlio.ErrLimit)
	assert.Contains(t, err.Error(), "big.xml: input larger than 100 bytes")

	lim.MaxInput = int64(len("<a>x</a>"))
	r = xmlio.NewReader(strings.NewReader("<a>x</a>"), "exact.xml", lim)
	for err = nil; err == nil; {
		_, err = r.Next()
	}
	assert.ErrorIs(t, err, io.EOF, "a file of exactly the limit is fine")
}

func TestReaderSkipsAndCollectsText(t *testing.T) {
	r := xmlio.NewReader(strings.NewReader(`<a><!-- c --><b>one<i>two</i>three</b><?pi x?><c><d/></c></a>`), "t.xml", xmlio.DefaultLimits())
	root, err := xmlio.Root(r)
	require.NoError(t, err)
	assert.Equal(t, "a", root.Name.Local)
	tok, err := r.Next()
	require.NoError(t, err)
	require.Equal(t, "b", tok.(xml.StartElement).Name.Local)
	text, err := r.Text()
	require.NoError(t, err)
	assert.Equal(t, "onethree", text, "text of child elements is left out")
	tok, err = r.Next()
	require.NoError(t, err)
	require.Equal(t, "c", tok.(xml.StartElement).Name.Local)
	require.NoError(t, r.Skip())
	assert.Equal(t, 1, r.Depth())
	tok, err = r.Next()
	require.NoError(t, err)
	assert.Equal(t, "a", tok.(xml.EndElement).Name.Local)
	assert.NoError(t, xmlio.End(r))
}

func TestChildrenAndEach(t *testing.T) {
	r := xmlio.NewReader(strings.NewReader(`<a>text<b>1</b><c/><b>2</b></a>`), "t.xml", xmlio.DefaultLimits())
	require.NoError(t, xmlio.ExpectRoot(r, "a", "test"))
	var got []string
	require.NoError(t, r.Each("b", func(xml.StartElement) error {
		s, err := r.Text()
		got = append(got, s)
		return err
	}))
	assert.Equal(t, []string{"1", "2"}, got)

	r = xmlio.NewReader(strings.NewReader(`<a><b><c/></b></a>`), "t.xml", xmlio.DefaultLimits())
	require.NoError(t, xmlio.ExpectRoot(r, "a", "test"))
	err := r.Children(func(xml.StartElement) error { return nil })
	assert.ErrorContains(t, err, "t.xml:1:4: reader left <b> unfinished", "a child not consumed is caught, not misread")

	r = xmlio.NewReader(strings.NewReader(`<z/>`), "t.xml", xmlio.DefaultLimits())
	assert.ErrorContains(t, xmlio.ExpectRoot(r, "a", "Test"), "t.xml:1:1: not a Test file: the root element is <z>")
}
