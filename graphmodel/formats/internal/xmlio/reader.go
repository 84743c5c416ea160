// Package xmlio is the streaming XML plumbing shared by Dossier's GraphML
// and GEXF codecs: a guarded token reader, an escaping writer, and an
// assembler that feeds interop.Builder while letting edges come before the
// nodes they join.
//
// The reader never builds the whole tree: it hands out one token at a time
// from encoding/xml's Decoder.Token. Hostile input is bounded by Limits:
// total input size, element nesting depth, attributes per element and bytes
// per attribute value or text. encoding/xml does not expand entities
// declared in a DOCTYPE (the reader is Strict and supplies no Entity map),
// so "billion laughs" files fail at the first undefined entity instead of
// growing. Errors name the file and the line:column they refer to.
package xmlio

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// Limits bound what a reader accepts.
type Limits struct {
	MaxInput int64 // bytes of input, before any charset decoding
	MaxDepth int   // element nesting depth
	MaxAttrs int   // attributes on one element
	MaxValue int   // bytes of one attribute value or one element's text
}

// DefaultLimits are the limits of Decode in the GraphML and GEXF packages:
// 512 MiB of input, 256 levels of nesting, 256 attributes per element and
// 64 MiB per value (a Dossier export keeps all source documents in one
// value).
func DefaultLimits() Limits {
	return Limits{MaxInput: 512 << 20, MaxDepth: 256, MaxAttrs: 256, MaxValue: 64 << 20}
}

// ErrLimit is wrapped by errors about input that exceeds a Limit.
var ErrLimit = errors.New("limit exceeded")

// ErrSyntax is wrapped by errors about input that is not well-formed XML or
// not a file of the expected format.
var ErrSyntax = errors.New("malformed input")

// Pos is a place in the input: 1-based line and column (column in bytes of
// the decoded text).
type Pos struct{ Line, Col int }

func (p Pos) String() string { return fmt.Sprintf("%d:%d", p.Line, p.Col) }

// Reader hands out the tokens of one XML document.
type Reader struct {
	name  string
	d     *xml.Decoder
	lim   Limits
	in    *limitedReader
	stack []string // local names of the open elements
	pos   Pos      // start of the token last returned
	done  bool     // the root element has ended
}

// NewReader starts reading r. name (the file name) prefixes every error.
// A UTF-8 byte-order mark is skipped; UTF-16 input with a byte-order mark
// is transcoded; ISO-8859-1, ISO-8859-15 and windows-1252 declarations are
// decoded; any other declared encoding is refused with a clear error.
func NewReader(r io.Reader, name string, lim Limits) *Reader {
	in := &limitedReader{r: r, max: lim.MaxInput}
	br := bufio.NewReaderSize(in, 64<<10)
	var src io.Reader = br
	utf16 := false
	if head, _ := br.Peek(3); bytes.HasPrefix(head, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3) // cannot fail: the bytes were peeked
	} else if bytes.HasPrefix(head, []byte{0xFE, 0xFF}) || bytes.HasPrefix(head, []byte{0xFF, 0xFE}) {
		utf16 = true
		dec := unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM).NewDecoder()
		src = transform.NewReader(br, unicode.BOMOverride(dec))
	}
	d := xml.NewDecoder(src)
	d.Strict = true
	d.CharsetReader = func(label string, input io.Reader) (io.Reader, error) {
		return charsetReader(label, input, utf16)
	}
	return &Reader{name: name, d: d, lim: lim, in: in, pos: Pos{1, 1}}
}

// charsetReader decodes the encodings a graph file plausibly declares.
func charsetReader(label string, input io.Reader, utf16 bool) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return input, nil
	case "utf-16", "utf-16le", "utf-16be", "utf16":
		if utf16 {
			return input, nil // already transcoded from the byte-order mark
		}
		return nil, fmt.Errorf("declared encoding %q, but the file has no UTF-16 byte-order mark", label)
	case "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1", "l1", "cp819", "ibm819":
		return charmap.ISO8859_1.NewDecoder().Reader(input), nil
	case "iso-8859-15", "iso8859-15", "iso_8859-15", "latin9", "latin-9":
		return charmap.ISO8859_15.NewDecoder().Reader(input), nil
	case "windows-1252", "cp1252", "x-cp1252":
		return charmap.Windows1252.NewDecoder().Reader(input), nil
	}
	return nil, fmt.Errorf("unsupported encoding %q (supported: UTF-8, UTF-16 with byte-order mark, ISO-8859-1, ISO-8859-15, windows-1252)", label)
}

// Name is the file name given to NewReader.
func (r *Reader) Name() string { return r.name }

// Pos is where the token last returned by Next starts.
func (r *Reader) Pos() Pos { return r.pos }

// Depth is the number of open elements.
func (r *Reader) Depth() int { return len(r.stack) }

// Errorf returns an error naming the file and the start of the last token.
func (r *Reader) Errorf(format string, args ...any) error {
	return r.ErrorfAt(r.pos, format, args...)
}

// ErrorfAt returns an error naming the file and position p.
func (r *Reader) ErrorfAt(p Pos, format string, args ...any) error {
	return fmt.Errorf("%s:%s: %w", r.name, p, fmt.Errorf(format, args...))
}

// Next returns the next start element, end element or character data,
// skipping comments, processing instructions and directives. The bytes of
// a CharData are valid only until the next call. At the end of the
// document it returns io.EOF; every other error names the place.
func (r *Reader) Next() (xml.Token, error) {
	for {
		line, col := r.d.InputPos()
		r.pos = Pos{line, col}
		tok, err := r.d.Token()
		if err != nil {
			return nil, r.wrap(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if r.done {
				return nil, r.Errorf("element <%s> after the end of the root element: %w", t.Name.Local, ErrSyntax)
			}
			if len(r.stack) >= r.lim.MaxDepth {
				return nil, r.Errorf("elements nested deeper than %d levels: %w", r.lim.MaxDepth, ErrLimit)
			}
			if len(t.Attr) > r.lim.MaxAttrs {
				return nil, r.Errorf("<%s> has %d attributes, more than %d: %w", t.Name.Local, len(t.Attr), r.lim.MaxAttrs, ErrLimit)
			}
			for _, a := range t.Attr {
				if len(a.Value) > r.lim.MaxValue {
					return nil, r.Errorf("attribute %s of <%s> is longer than %d bytes: %w", a.Name.Local, t.Name.Local, r.lim.MaxValue, ErrLimit)
				}
			}
			r.stack = append(r.stack, t.Name.Local)
			return t, nil
		case xml.EndElement:
			if len(r.stack) == 0 { // encoding/xml matches ends with starts; be safe
				return nil, r.Errorf("unexpected </%s>: %w", t.Name.Local, ErrSyntax)
			}
			r.stack = r.stack[:len(r.stack)-1]
			if len(r.stack) == 0 {
				r.done = true
			}
			return t, nil
		case xml.CharData:
			if len(t) > r.lim.MaxValue {
				return nil, r.Errorf("text longer than %d bytes: %w", r.lim.MaxValue, ErrLimit)
			}
			return t, nil
		}
	}
}

// wrap turns a decoder error into one that names the file and the place.
func (r *Reader) wrap(err error) error {
	if errors.Is(err, ErrLimit) {
		return fmt.Errorf("%s: %w", r.name, err)
	}
	line, col := r.d.InputPos()
	at := Pos{line, col}
	if err == io.EOF {
		switch {
		case r.done:
			return io.EOF
		case len(r.stack) > 0:
			return r.ErrorfAt(at, "file ends inside <%s> (truncated?): %w", r.stack[len(r.stack)-1], ErrSyntax)
		case r.d.InputOffset() == 0:
			return fmt.Errorf("%s: empty file: %w", r.name, ErrSyntax)
		default:
			return r.ErrorfAt(at, "no root element: %w", ErrSyntax)
		}
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		msg := se.Msg
		if msg == "unexpected EOF" && len(r.stack) > 0 {
			msg = fmt.Sprintf("file ends inside <%s> (truncated?)", r.stack[len(r.stack)-1])
		}
		return r.ErrorfAt(at, "%s: %w", msg, ErrSyntax)
	}
	return r.ErrorfAt(at, "%w", err)
}

// Skip consumes the rest of the element whose start Next just returned.
func (r *Reader) Skip() error {
	depth := 1
	for depth > 0 {
		tok, err := r.Next()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// Text consumes the rest of the element whose start Next just returned and
// returns the character data directly inside it; text of child elements is
// skipped.
func (r *Reader) Text() (string, error) {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := r.Next()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 1 {
				if b.Len()+len(t) > r.lim.MaxValue {
					return "", r.Errorf("text longer than %d bytes: %w", r.lim.MaxValue, ErrLimit)
				}
				b.Write(t)
			}
		}
	}
	return b.String(), nil
}

// Attr returns the value of the attribute of e with the given local name.
func Attr(e xml.StartElement, local string) (string, bool) {
	for _, a := range e.Attr {
		if a.Name.Local == local {
			return a.Value, true
		}
	}
	return "", false
}

// AttrOr returns the value of the attribute of e with the given local name,
// or def when it is absent.
func AttrOr(e xml.StartElement, local, def string) string {
	if v, ok := Attr(e, local); ok {
		return v
	}
	return def
}

// limitedReader fails with ErrLimit once more than max bytes were read.
type limitedReader struct {
	r   io.Reader
	n   int64
	max int64
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.n > l.max {
		return 0, fmt.Errorf("input larger than %d bytes: %w", l.max, ErrLimit)
	}
	if room := l.max + 1 - l.n; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	if l.n > l.max {
		return n, fmt.Errorf("input larger than %d bytes: %w", l.max, ErrLimit)
	}
	return n, err
}

// Root returns the root element, the first start element of the document.
func Root(r *Reader) (xml.StartElement, error) {
	for {
		tok, err := r.Next()
		if err == io.EOF {
			return xml.StartElement{}, fmt.Errorf("%s: no root element: %w", r.Name(), ErrSyntax)
		}
		if err != nil {
			return xml.StartElement{}, err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se, nil
		}
	}
}

// ExpectRoot reads the root element and fails unless its local name is
// local; format names the file type for the error.
func ExpectRoot(r *Reader, local, format string) error {
	root, err := Root(r)
	if err != nil {
		return err
	}
	if root.Name.Local != local {
		return r.Errorf("not a %s file: the root element is <%s>: %w", format, root.Name.Local, ErrSyntax)
	}
	return nil
}

// End reads what follows the root element, which may hold only comments,
// processing instructions and white space.
func End(r *Reader) error {
	for {
		_, err := r.Next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// Children calls fn for each child element of the element whose start
// Next just returned, and returns after that element's end. fn must
// consume the child whole (with Skip, Text, Children or its own reading);
// character data between the children is ignored.
func (r *Reader) Children(fn func(child xml.StartElement) error) error {
	depth := len(r.stack)
	for {
		tok, err := r.Next()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.EndElement:
			return nil
		case xml.StartElement:
			if err := fn(t); err != nil {
				return err
			}
			if len(r.stack) != depth {
				return r.Errorf("reader left <%s> unfinished", t.Name.Local)
			}
		}
	}
}

// Each is Children for elements with one kind of child: fn is called for
// the children with the given local name and the others are skipped.
func (r *Reader) Each(local string, fn func(child xml.StartElement) error) error {
	return r.Children(func(c xml.StartElement) error {
		if c.Name.Local != local {
			return r.Skip()
		}
		return fn(c)
	})
}
