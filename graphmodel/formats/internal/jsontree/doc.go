package jsontree

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Error is a problem in a JSON file: the file, the line and column, the
// JSON path of the value at fault and what is wrong. Err, when set, is the
// cause (graphmodel.ErrNotFound, ErrDuplicate, ErrTooLarge, ...) for
// errors.Is.
type Error struct {
	File string
	Line int // 0 when unknown
	Col  int
	Path string
	Msg  string
	Err  error
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d:%d", e.Line, e.Col)
	}
	b.WriteString(": ")
	if e.Path != "" {
		b.WriteString(e.Path)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

func (e *Error) Unwrap() error { return e.Err }

// Doc is a parsed JSON file.
type Doc struct {
	Name string // file name, for errors
	Data []byte
	Root *Value
}

// Read reads at most maxSize bytes from r and parses them. Input over the
// limit, an empty file and syntax errors are reported as *Error.
func Read(r io.Reader, name string, maxSize int64, lim Limits) (*Doc, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxSize+1))
	if err != nil {
		return nil, &Error{File: name, Msg: fmt.Sprintf("read: %v", err), Err: err}
	}
	if int64(len(data)) > maxSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("file is larger than the limit of %s", Size(maxSize)), Err: ErrTooLarge}
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, &Error{File: name, Msg: "file is empty"}
	}
	root, err := Parse(data, lim)
	if err != nil {
		var se *SyntaxError
		if !errors.As(err, &se) {
			return nil, &Error{File: name, Msg: err.Error(), Err: err}
		}
		line, col := LineCol(data, se.Offset)
		return nil, &Error{File: name, Line: line, Col: col, Path: se.Path, Msg: se.Msg}
	}
	return &Doc{Name: name, Data: data, Root: root}, nil
}

// Errorf returns an *Error at value v (its line and column) and path p,
// wrapping cause (which may be nil).
func (d *Doc) Errorf(v *Value, p *Path, cause error, format string, a ...any) *Error {
	e := &Error{File: d.Name, Path: p.String(), Msg: fmt.Sprintf(format, a...), Err: cause}
	if v != nil {
		e.Line, e.Col = LineCol(d.Data, v.Start)
	}
	return e
}

// Text returns a value as attribute text: strings as they are, numbers as
// written, booleans as true/false, null as "", arrays and objects as
// compact JSON.
func (d *Doc) Text(v *Value) string {
	switch v.Kind {
	case Null:
		return ""
	case Array, Object:
		return Compact(d.Data, v)
	default:
		return v.Str
	}
}

// ID returns the text of an id: a string, or a number as written (so that
// numeric ids such as Cytoscape's SUIDs become "52"). Other kinds are not
// ids.
func ID(v *Value) (string, bool) {
	if v == nil || (v.Kind != String && v.Kind != Number) {
		return "", false
	}
	return v.Str, true
}

// Flatten stores v in attrs under key: objects member by member with
// dotted keys (key.member; just member when key is ""), arrays as compact
// JSON text, scalars as Text, nulls not at all. A key already present is
// left alone and, when the new value differs, reported in the returned
// list.
func (d *Doc) Flatten(key string, v *Value, attrs map[string]string) (dups []string) {
	if v.Kind == Object {
		for i := range v.Kids {
			k := v.Kids[i].Key
			if key != "" {
				k = key + "." + k
			}
			dups = append(dups, d.Flatten(k, &v.Kids[i], attrs)...)
		}
		return dups
	}
	if v.Kind == Null || key == "" {
		return nil
	}
	text := d.Text(v)
	if old, taken := attrs[key]; taken {
		if old != text {
			return []string{key}
		}
		return nil
	}
	attrs[key] = text
	return nil
}

// Warnings collects messages about things an importer changed or left
// out, keeping the first MaxWarnings.
type Warnings struct {
	list    []string
	dropped int
}

// MaxWarnings bounds the warnings kept.
const MaxWarnings = 100

// Add records a warning.
func (w *Warnings) Add(format string, a ...any) {
	if len(w.list) >= MaxWarnings {
		w.dropped++
		return
	}
	w.list = append(w.list, fmt.Sprintf(format, a...))
}

// List returns the warnings, with a last line counting those left out.
func (w *Warnings) List() []string {
	out := append([]string(nil), w.list...)
	if w.dropped > 0 {
		out = append(out, fmt.Sprintf("(%d more warnings)", w.dropped))
	}
	return out
}
