package xmlio

import (
	"bufio"
	"io"
	"strings"
	"unicode/utf8"
)

// Writer writes indented XML with every name and value escaped. Characters
// XML 1.0 forbids (control characters other than tab, line feed and
// carriage return; U+FFFE and U+FFFF) are dropped, and bytes that are not
// UTF-8 become U+FFFD, so the output is well-formed for any Go string.
// Errors are sticky: the first one is returned by Flush.
type Writer struct {
	w     *bufio.Writer
	depth int
	err   error
}

// NewWriter writes to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: bufio.NewWriterSize(w, 64<<10)} }

// Header writes the XML declaration for UTF-8.
func (w *Writer) Header() { w.raw(`<?xml version="1.0" encoding="UTF-8"?>` + "\n") }

// Open writes a start tag with attributes given as name, value pairs and
// indents what follows.
func (w *Writer) Open(name string, attrs ...string) {
	w.indent()
	w.tag(name, attrs)
	w.raw(">\n")
	w.depth++
}

// Close writes the end tag matching the last Open.
func (w *Writer) Close(name string) {
	w.depth--
	w.indent()
	w.raw("</" + name + ">\n")
}

// Empty writes an element without content.
func (w *Writer) Empty(name string, attrs ...string) {
	w.indent()
	w.tag(name, attrs)
	w.raw("/>\n")
}

// Elem writes an element holding text.
func (w *Writer) Elem(name, text string, attrs ...string) {
	w.indent()
	w.tag(name, attrs)
	w.raw(">")
	w.escape(text, false)
	w.raw("</" + name + ">\n")
}

// Flush writes out what is buffered and returns the first error met.
func (w *Writer) Flush() error {
	if w.err != nil {
		return w.err
	}
	return w.w.Flush()
}

func (w *Writer) tag(name string, attrs []string) {
	w.raw("<" + name)
	for i := 0; i+1 < len(attrs); i += 2 {
		w.raw(" " + attrs[i] + `="`)
		w.escape(attrs[i+1], true)
		w.raw(`"`)
	}
}

func (w *Writer) indent() {
	for range w.depth {
		w.raw("  ")
	}
}

func (w *Writer) raw(s string) {
	if w.err == nil {
		_, w.err = w.w.WriteString(s)
	}
}

// escape writes s as text or (attr) as an attribute value. In attribute
// values tab, line feed and carriage return are written as character
// references so that attribute-value normalisation keeps them; in text
// only carriage return is, so that CR LF survives line-end normalisation.
func (w *Writer) escape(s string, attr bool) {
	if w.err != nil {
		return
	}
	start := 0
	flush := func(i int, rep string) {
		w.raw(s[start:i])
		w.raw(rep)
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		rep, special := "", true
		switch {
		case r == '&':
			rep = "&amp;"
		case r == '<':
			rep = "&lt;"
		case r == '>':
			rep = "&gt;"
		case r == '"' && attr:
			rep = "&quot;"
		case r == '\r':
			rep = "&#xD;"
		case r == '\n' && attr:
			rep = "&#xA;"
		case r == '\t' && attr:
			rep = "&#x9;"
		case r == utf8.RuneError && size == 1:
			rep = "\uFFFD"
		case !Allowed(r):
			rep = ""
		default:
			special = false
		}
		if special {
			flush(i, rep)
			start = i + size
		}
		i += size
	}
	w.raw(s[start:])
}

// Allowed reports whether XML 1.0 allows character r in a document.
func Allowed(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return true
	case r < 0x20:
		return false
	case r >= 0xD800 && r <= 0xDFFF:
		return false
	case r == 0xFFFE || r == 0xFFFF:
		return false
	}
	return r <= utf8.MaxRune
}

// Clean returns s as the Writer would store it: without the characters XML
// 1.0 forbids and with invalid UTF-8 replaced by U+FFFD. A reader of the
// written file gets back Clean(s).
func Clean(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
		case Allowed(r):
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}
