// Package jsontree parses JSON into a tree that remembers where every value
// came from, for importers that must report problems by JSON path and by
// line and column.
//
// Unlike encoding/json it keeps object members in file order (duplicate
// keys included, so callers can refuse them), keeps numbers as the text the
// file wrote, refuses invalid UTF-8 instead of silently replacing it, and
// bounds nesting depth and string length so hostile input cannot exhaust
// the stack or memory.
package jsontree

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Kind is the type of a JSON value.
type Kind uint8

// Value kinds.
const (
	Null Kind = iota
	Bool
	Number
	String
	Array
	Object
)

var kindNames = [...]string{Null: "null", Bool: "boolean", Number: "number", String: "string", Array: "array", Object: "object"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Value is one JSON value.
type Value struct {
	Kind Kind
	// Str is a string's decoded text, a number's text as written, or
	// "true"/"false".
	Str string
	// Key is the member name under which the value sits in its parent
	// object ("" for array items and the root).
	Key string
	// Kids holds an array's items or an object's members, in file order.
	Kids []Value
	// Start and End are the byte offsets of the value in the input, End
	// exclusive.
	Start, End int
}

// Get returns the first member of object v named key, or nil when v is not
// an object or has no such member.
func (v *Value) Get(key string) *Value {
	if v == nil || v.Kind != Object {
		return nil
	}
	for i := range v.Kids {
		if v.Kids[i].Key == key {
			return &v.Kids[i]
		}
	}
	return nil
}

// Limits bound what Parse accepts.
type Limits struct {
	MaxDepth  int // deepest nesting of arrays and objects; 0 means DefaultMaxDepth
	MaxString int // longest string or number, in bytes of input; 0 means DefaultMaxString
}

// Default limits.
const (
	DefaultMaxDepth  = 256
	DefaultMaxString = 64 << 20
)

// SyntaxError is a parse failure at a byte offset, with the JSON path of
// the value being read.
type SyntaxError struct {
	Offset int
	Path   string
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Path + ": " + e.Msg }

// Parse parses one JSON document. A UTF-8 byte order mark is skipped;
// anything after the document other than white space is an error.
func Parse(data []byte, lim Limits) (*Value, error) {
	if lim.MaxDepth <= 0 {
		lim.MaxDepth = DefaultMaxDepth
	}
	if lim.MaxString <= 0 {
		lim.MaxString = DefaultMaxString
	}
	p := &parser{data: data, lim: lim}
	if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		p.pos = 3
	} else if bytes.HasPrefix(data, []byte{0xFE, 0xFF}) || bytes.HasPrefix(data, []byte{0xFF, 0xFE}) {
		return nil, p.fail("the file is UTF-16; JSON files must be UTF-8")
	}
	p.space()
	if p.pos >= len(data) {
		return nil, p.fail("no JSON value: the file is empty")
	}
	root := &Value{}
	if err := p.value(root, 0); err != nil {
		return nil, err
	}
	p.space()
	if p.pos < len(data) {
		return nil, p.fail(fmt.Sprintf("unexpected %s after the end of the JSON value", p.describe()))
	}
	return root, nil
}

type seg struct {
	key   string
	index int // -1 for a key
}

type parser struct {
	data []byte
	pos  int
	lim  Limits
	path []seg
}

func (p *parser) fail(msg string) error {
	return &SyntaxError{Offset: p.pos, Path: renderPath(p.path), Msg: msg}
}

// describe names the byte at the current position for error messages.
func (p *parser) describe() string {
	if p.pos >= len(p.data) {
		return "end of file"
	}
	r, size := utf8.DecodeRune(p.data[p.pos:])
	if r == utf8.RuneError && size <= 1 {
		return fmt.Sprintf("byte 0x%02x", p.data[p.pos])
	}
	return strconv.QuoteRune(r)
}

func (p *parser) space() {
	for p.pos < len(p.data) {
		switch p.data[p.pos] {
		case ' ', '\t', '\n', '\r':
			p.pos++
		default:
			return
		}
	}
}

func (p *parser) value(v *Value, depth int) error {
	v.Start = p.pos
	if p.pos >= len(p.data) {
		return p.fail("unexpected end of file: the file is truncated")
	}
	var err error
	switch c := p.data[p.pos]; {
	case c == '{':
		err = p.object(v, depth+1)
	case c == '[':
		err = p.array(v, depth+1)
	case c == '"':
		v.Kind = String
		v.Str, err = p.str()
	case c == '-' || (c >= '0' && c <= '9'):
		v.Kind = Number
		v.Str, err = p.number()
	case c == 't':
		v.Kind, v.Str = Bool, "true"
		err = p.literal("true")
	case c == 'f':
		v.Kind, v.Str = Bool, "false"
		err = p.literal("false")
	case c == 'n':
		v.Kind = Null
		err = p.literal("null")
	default:
		err = p.fail(fmt.Sprintf("unexpected %s: expected a JSON value", p.describe()))
	}
	v.End = p.pos
	return err
}

func (p *parser) literal(word string) error {
	if !bytes.HasPrefix(p.data[p.pos:], []byte(word)) {
		if len(p.data)-p.pos < len(word) && bytes.HasPrefix([]byte(word), p.data[p.pos:]) {
			p.pos = len(p.data)
			return p.fail("unexpected end of file: the file is truncated")
		}
		return p.fail(fmt.Sprintf("unexpected %s: expected a JSON value", p.describe()))
	}
	p.pos += len(word)
	return nil
}

func (p *parser) object(v *Value, depth int) error {
	v.Kind = Object
	if depth > p.lim.MaxDepth {
		return p.fail(fmt.Sprintf("nesting deeper than %d levels", p.lim.MaxDepth))
	}
	p.pos++ // {
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == '}' {
		p.pos++
		return nil
	}
	for {
		p.space()
		if p.pos >= len(p.data) {
			return p.fail("unexpected end of file: the file is truncated")
		}
		if p.data[p.pos] != '"' {
			return p.fail(fmt.Sprintf("unexpected %s: expected a member name in double quotes", p.describe()))
		}
		key, err := p.str()
		if err != nil {
			return err
		}
		p.space()
		if p.pos >= len(p.data) {
			return p.fail("unexpected end of file: the file is truncated")
		}
		if p.data[p.pos] != ':' {
			return p.fail(fmt.Sprintf("unexpected %s after member name %q: expected ':'", p.describe(), key))
		}
		p.pos++
		p.space()
		v.Kids = append(v.Kids, Value{Key: key})
		p.path = append(p.path, seg{key: key, index: -1})
		err = p.value(&v.Kids[len(v.Kids)-1], depth)
		if err != nil {
			return err
		}
		p.path = p.path[:len(p.path)-1]
		p.space()
		if p.pos >= len(p.data) {
			return p.fail("unexpected end of file: the file is truncated")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case '}':
			p.pos++
			return nil
		default:
			return p.fail(fmt.Sprintf("unexpected %s in object: expected ',' or '}'", p.describe()))
		}
	}
}

func (p *parser) array(v *Value, depth int) error {
	v.Kind = Array
	if depth > p.lim.MaxDepth {
		return p.fail(fmt.Sprintf("nesting deeper than %d levels", p.lim.MaxDepth))
	}
	p.pos++ // [
	p.space()
	if p.pos < len(p.data) && p.data[p.pos] == ']' {
		p.pos++
		return nil
	}
	for i := 0; ; i++ {
		p.space()
		v.Kids = append(v.Kids, Value{})
		p.path = append(p.path, seg{index: i})
		if err := p.value(&v.Kids[len(v.Kids)-1], depth); err != nil {
			return err
		}
		p.path = p.path[:len(p.path)-1]
		p.space()
		if p.pos >= len(p.data) {
			return p.fail("unexpected end of file: the file is truncated")
		}
		switch p.data[p.pos] {
		case ',':
			p.pos++
		case ']':
			p.pos++
			return nil
		default:
			return p.fail(fmt.Sprintf("unexpected %s in array: expected ',' or ']'", p.describe()))
		}
	}
}

// str reads a string starting at the opening quote.
func (p *parser) str() (string, error) {
	start := p.pos
	p.pos++ // "
	// Fast path: no escapes. Scanning stops at the length limit, so an
	// enormous string is refused without reading all of it.
	tooLong := func() (string, error) {
		p.pos = start
		return "", p.fail(fmt.Sprintf("string is longer than the limit of %s", Size(int64(p.lim.MaxString))))
	}
	end := min(len(p.data), p.pos+p.lim.MaxString+1)
	if end-p.pos > p.lim.MaxString && bytes.IndexByte(p.data[p.pos:end], '"') < 0 {
		return tooLong() // no closing quote within the limit
	}
	i := p.pos
	for i < end {
		c := p.data[i]
		if c == '"' || c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			break
		}
		i++
	}
	if i-p.pos > p.lim.MaxString {
		return tooLong()
	}
	if i < len(p.data) && p.data[i] == '"' {
		s := string(p.data[p.pos:i])
		p.pos = i + 1
		return s, nil
	}
	var b strings.Builder
	b.Write(p.data[p.pos:i])
	p.pos = i
	for {
		if p.pos-start > p.lim.MaxString {
			return tooLong()
		}
		if p.pos >= len(p.data) {
			return "", p.fail("unexpected end of file inside a string: the file is truncated")
		}
		c := p.data[p.pos]
		switch {
		case c == '"':
			p.pos++
			return b.String(), nil
		case c == '\\':
			if err := p.escape(&b); err != nil {
				return "", err
			}
		case c < 0x20:
			return "", p.fail(fmt.Sprintf("control character 0x%02x inside a string (write it as an escape)", c))
		case c < utf8.RuneSelf:
			j := p.pos + 1
			for j < len(p.data) && p.data[j] >= 0x20 && p.data[j] < utf8.RuneSelf && p.data[j] != '"' && p.data[j] != '\\' {
				j++
			}
			b.Write(p.data[p.pos:j])
			p.pos = j
		default:
			r, size := utf8.DecodeRune(p.data[p.pos:])
			if r == utf8.RuneError && size <= 1 {
				return "", p.fail("invalid UTF-8 inside a string: JSON files must be UTF-8")
			}
			j := p.pos + size
			for j < len(p.data) && p.data[j] >= utf8.RuneSelf {
				r, n := utf8.DecodeRune(p.data[j:])
				if r == utf8.RuneError && n <= 1 {
					break
				}
				j += n
			}
			b.Write(p.data[p.pos:j])
			p.pos = j
		}
	}
}

func (p *parser) escape(b *strings.Builder) error {
	if p.pos+1 >= len(p.data) {
		p.pos = len(p.data)
		return p.fail("unexpected end of file inside a string: the file is truncated")
	}
	c := p.data[p.pos+1]
	if r, ok := simpleEscape(c); ok {
		b.WriteByte(r)
		p.pos += 2
		return nil
	}
	if c != 'u' {
		return p.fail(fmt.Sprintf("invalid escape \\%s in a string", strings.Trim(strconv.QuoteRune(rune(c)), "'")))
	}
	if p.pos+6 > len(p.data) {
		p.pos = len(p.data)
		return p.fail("unexpected end of file inside a string: the file is truncated")
	}
	r, ok := hex4(p.data[p.pos+2 : p.pos+6])
	if !ok {
		return p.fail("invalid \\u escape in a string: expected four hexadecimal digits")
	}
	p.pos += 6
	if utf16.IsSurrogate(r) {
		// A high surrogate followed by an escaped low surrogate makes one
		// character; a lone surrogate becomes U+FFFD, as encoding/json does.
		if r < 0xDC00 && p.pos+6 <= len(p.data) && p.data[p.pos] == '\\' && p.data[p.pos+1] == 'u' {
			if r2, ok := hex4(p.data[p.pos+2 : p.pos+6]); ok && r2 >= 0xDC00 && r2 <= 0xDFFF {
				b.WriteRune(utf16.DecodeRune(r, r2))
				p.pos += 6
				return nil
			}
		}
		r = utf8.RuneError
	}
	b.WriteRune(r)
	return nil
}

func simpleEscape(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// hex4 decodes four hexadecimal digits.
func hex4(digits []byte) (rune, bool) {
	var r rune
	for _, c := range digits {
		r <<= 4
		switch {
		case c >= '0' && c <= '9':
			r |= rune(c - '0')
		case c >= 'a' && c <= 'f':
			r |= rune(c-'a') + 10
		case c >= 'A' && c <= 'F':
			r |= rune(c-'A') + 10
		default:
			return 0, false
		}
	}
	return r, true
}

// number reads a number following the JSON grammar and returns its text.
func (p *parser) number() (string, error) {
	start := p.pos
	digits := func() int {
		n := 0
		for p.pos < len(p.data) && p.data[p.pos] >= '0' && p.data[p.pos] <= '9' {
			p.pos++
			n++
		}
		return n
	}
	bad := func(what string) error {
		if p.pos >= len(p.data) {
			return p.fail("unexpected end of file inside a number: the file is truncated")
		}
		return p.fail(fmt.Sprintf("unexpected %s in a number: expected %s", p.describe(), what))
	}
	if p.data[p.pos] == '-' {
		p.pos++
	}
	switch {
	case p.pos < len(p.data) && p.data[p.pos] == '0':
		p.pos++
	case digits() == 0:
		return "", bad("a digit")
	}
	if p.pos < len(p.data) && p.data[p.pos] == '.' {
		p.pos++
		if digits() == 0 {
			return "", bad("a digit after the decimal point")
		}
	}
	if p.pos < len(p.data) && (p.data[p.pos] == 'e' || p.data[p.pos] == 'E') {
		p.pos++
		if p.pos < len(p.data) && (p.data[p.pos] == '+' || p.data[p.pos] == '-') {
			p.pos++
		}
		if digits() == 0 {
			return "", bad("a digit in the exponent")
		}
	}
	if n := p.pos - start; n > p.lim.MaxString {
		p.pos = start
		return "", p.fail(fmt.Sprintf("number of %d characters is longer than the limit of %s", n, Size(int64(p.lim.MaxString))))
	}
	return string(p.data[start:p.pos]), nil
}

// Compact returns the JSON text of v (as written in data, white space
// removed), for keeping arrays and objects as attribute text.
func Compact(data []byte, v *Value) string {
	var b bytes.Buffer
	if err := json.Compact(&b, data[v.Start:v.End]); err != nil {
		// Parse accepted it, so json.Compact does too; keep the raw text
		// should they ever disagree.
		return string(data[v.Start:v.End])
	}
	return b.String()
}

// LineCol converts a byte offset into a 1-based line and column (counted
// in characters).
func LineCol(data []byte, off int) (line, col int) {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line = bytes.Count(before, []byte{'\n'}) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:]) + 1
	return line, col
}

// Size formats a byte count for messages: "512 MB", "64 KB", "100 bytes".
func Size(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KB", n>>10)
	default:
		return fmt.Sprintf("%d bytes", n)
	}
}

// ErrTooLarge is wrapped by errors for input over a size limit.
var ErrTooLarge = errors.New("file too large")
