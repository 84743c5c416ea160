package scene

import (
	"encoding/json"
	"errors"
	"fmt"
	"image/color"
	"strconv"
	"strings"
)

// penState is the xdot drawing state that ops inherit.
type penState struct {
	stroke, fill color.NRGBA
	width        float64
	style        LineStyle
	font         string
	size         float64
	bold, italic bool
}

func newPen() penState {
	black := color.NRGBA{A: 0xff}
	return penState{stroke: black, fill: black, width: 1, font: "Times-Roman", size: 14}
}

// xform maps Graphviz coordinates (y up) to scene coordinates (y down,
// origin at the top-left of the bounding box).
type xform struct {
	minX, maxY float64
	// textEscaped: text ops carry DOT-escaped backslashes (Graphviz 12's
	// json output writes a label's "\" as "\\").
	textEscaped bool
}

func (x xform) pt(px, py float64) Point { return Point{px - x.minX, x.maxY - py} }

// jsonOp is one xdot operation as Graphviz's json output writes it.
type jsonOp struct {
	Op     string      `json:"op"`
	Rect   []float64   `json:"rect"`
	Points [][]float64 `json:"points"`
	Pt     []float64   `json:"pt"`
	Align  string      `json:"align"`
	Width  float64     `json:"width"`
	Text   string      `json:"text"`
	Size   float64     `json:"size"`
	Face   string      `json:"face"`
	Color  string      `json:"color"`
	Grad   string      `json:"grad"`
	Stops  []jsonStop  `json:"stops"`
	Style  string      `json:"style"`
	Font   json.Number `json:"fontchar"`
}

type jsonStop struct {
	Frac  float64 `json:"frac"`
	Color string  `json:"color"`
}

// parseOps reads an xdot op list: a JSON array (Graphviz -Tjson) or an
// xdot string (-Txdot attributes, or json output of DOT written by
// Graphviz). Ops get role r.
func parseOps(raw json.RawMessage, x xform, r Role, dst []RoledOp) ([]RoledOp, error) {
	raw = trimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return dst, nil
	}
	switch raw[0] {
	case '[':
		var ops []jsonOp
		if err := json.Unmarshal(raw, &ops); err != nil {
			return dst, fmt.Errorf("xdot ops: %w", err)
		}
		return jsonOps(ops, x, r, dst)
	case '"':
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			return dst, fmt.Errorf("xdot ops: %w", err)
		}
		return ParseXDot(s, x.minX, x.maxY, r, dst)
	}
	return dst, fmt.Errorf("xdot ops: unexpected %.20q", raw)
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\n' || b[0] == '\t' || b[0] == '\r') {
		b = b[1:]
	}
	return b
}

func jsonOps(ops []jsonOp, x xform, r Role, dst []RoledOp) ([]RoledOp, error) {
	pen := newPen()
	for i, o := range ops {
		var err error
		dst, err = pen.apply(o, x, r, dst)
		if err != nil {
			return dst, fmt.Errorf("xdot op %d (%q): %w", i, o.Op, err)
		}
	}
	return dst, nil
}

var errShort = errors.New("too few coordinates")

func (p *penState) op(k OpKind, filled bool) Op {
	return Op{Kind: k, Filled: filled, Stroke: p.stroke, Fill: p.fill, Width: p.width, Style: p.style}
}

func (p *penState) apply(o jsonOp, x xform, r Role, dst []RoledOp) ([]RoledOp, error) {
	switch o.Op {
	case "E", "e":
		if len(o.Rect) < 4 {
			return dst, errShort
		}
		op := p.op(OpEllipse, o.Op == "E")
		op.Points = []Point{x.pt(o.Rect[0], o.Rect[1]), {o.Rect[2], o.Rect[3]}}
		dst = append(dst, RoledOp{op, r})
	case "P", "p", "L", "B", "b":
		pts := make([]Point, 0, len(o.Points))
		for _, q := range o.Points {
			if len(q) < 2 {
				return dst, errShort
			}
			pts = append(pts, x.pt(q[0], q[1]))
		}
		if len(pts) < 2 {
			break // nothing to draw
		}
		op := p.op(polyKind(o.Op), o.Op == "P" || o.Op == "B")
		op.Points = pts
		dst = append(dst, RoledOp{op, r})
	case "T":
		if len(o.Pt) < 2 {
			return dst, errShort
		}
		op := p.op(OpText, false)
		op.Points = []Point{x.pt(o.Pt[0], o.Pt[1])}
		op.Text, op.TextW = o.Text, o.Width
		if x.textEscaped {
			op.Text = strings.ReplaceAll(op.Text, `\\`, `\`)
		}
		op.Align = alignOf(o.Align)
		op.Stroke = p.stroke
		op.Font, op.FontSize, op.Bold, op.Italic = p.font, p.size, p.bold, p.italic
		dst = append(dst, RoledOp{op, r})
	case "F":
		p.size, p.font = o.Size, o.Face
	case "c", "C":
		c := p.colour(o)
		if o.Op == "c" {
			p.stroke = c
		} else {
			p.fill = c
		}
	case "S":
		p.setStyle(o.Style)
	case "t":
		f, _ := strconv.Atoi(o.Font.String())
		p.bold, p.italic = f&1 != 0, f&2 != 0
	}
	// Unknown ops (I for images, future additions) are skipped.
	return dst, nil
}

func (p *penState) colour(o jsonOp) color.NRGBA {
	if o.Grad == "linear" || o.Grad == "radial" {
		if len(o.Stops) > 0 {
			c, _ := ParseColor(o.Stops[0].Color)
			return c
		}
	}
	c, _ := ParseColor(o.Color)
	return c
}

func polyKind(op string) OpKind {
	switch op {
	case "P", "p":
		return OpPolygon
	case "L":
		return OpPolyline
	}
	return OpBezier
}

func alignOf(s string) Align {
	switch s {
	case "l", "-1":
		return AlignLeft
	case "r", "1":
		return AlignRight
	}
	return AlignCenter
}

func (p *penState) setStyle(s string) {
	s = strings.TrimSpace(s)
	switch {
	case s == "solid":
		p.style = Solid
	case s == "dashed":
		p.style = Dashed
	case s == "dotted":
		p.style = Dotted
	case s == "bold":
		p.style, p.width = Bold, 2
	case s == "invis" || s == "invisible":
		p.style = Invisible
	case strings.HasPrefix(s, "setlinewidth("):
		v := strings.TrimSuffix(strings.TrimPrefix(s, "setlinewidth("), ")")
		if w, err := strconv.ParseFloat(v, 64); err == nil && w >= 0 && w < 1e4 {
			p.width = w
		}
	}
}

// ParseXDot parses ops in Graphviz's textual xdot syntax (the value of a
// _draw_ attribute in -Txdot output), flipping y about maxY and shifting
// x by minX, and appends them with role r to dst.
func ParseXDot(s string, minX, maxY float64, r Role, dst []RoledOp) ([]RoledOp, error) {
	x := xform{minX: minX, maxY: maxY}
	sc := xdotScanner{s: s}
	pen := newPen()
	for {
		sc.space()
		if sc.i >= len(sc.s) {
			return dst, nil
		}
		c := sc.s[sc.i]
		sc.i++
		o := jsonOp{Op: string(c)}
		var err error
		switch c {
		case 'E', 'e':
			o.Rect, err = sc.floats(4)
		case 'P', 'p', 'L', 'B', 'b':
			var n int
			if n, err = sc.int(); err == nil {
				if n < 0 || n > len(sc.s) {
					err = fmt.Errorf("bad point count %d", n)
					break
				}
				var f []float64
				if f, err = sc.floats(2 * n); err == nil {
					for k := 0; k < n; k++ {
						o.Points = append(o.Points, f[2*k:2*k+2])
					}
				}
			}
		case 'T':
			var f []float64
			if f, err = sc.floats(4); err == nil {
				o.Pt, o.Width = f[:2], f[3]
				o.Align = strconv.Itoa(int(f[2]))
				o.Text, err = sc.text()
			}
		case 'F':
			var f []float64
			if f, err = sc.floats(1); err == nil {
				o.Size = f[0]
				o.Face, err = sc.text()
			}
		case 'c', 'C':
			o.Color, err = sc.text()
			if strings.HasPrefix(o.Color, "[") || strings.HasPrefix(o.Color, "(") {
				o.Color = firstGradientColour(o.Color)
			}
		case 'S':
			o.Style, err = sc.text()
		case 't':
			var n int
			n, err = sc.int()
			o.Font = json.Number(strconv.Itoa(n))
		case 'I':
			if _, err = sc.floats(4); err == nil {
				_, err = sc.text()
			}
		default:
			return dst, fmt.Errorf("xdot: unknown op %q at byte %d", c, sc.i-1)
		}
		if err != nil {
			return dst, fmt.Errorf("xdot op %q at byte %d: %w", c, sc.i, err)
		}
		if dst, err = pen.apply(o, x, r, dst); err != nil {
			return dst, err
		}
	}
}

// firstGradientColour picks the first colour of an xdot gradient
// "[x0 y0 x1 y1 n f0 c0 ...]" or "(x0 y0 r0 x1 y1 r1 n f0 c0 ...)".
func firstGradientColour(g string) string {
	sc := xdotScanner{s: strings.Trim(g, "[]()")}
	n := 4
	if g[0] == '(' {
		n = 6
	}
	if _, err := sc.floats(n + 2); err != nil {
		return ""
	}
	c, _ := sc.text()
	return c
}

type xdotScanner struct {
	s string
	i int
}

func (sc *xdotScanner) space() {
	for sc.i < len(sc.s) && (sc.s[sc.i] == ' ' || sc.s[sc.i] == '\t' || sc.s[sc.i] == '\n' || sc.s[sc.i] == '\r') {
		sc.i++
	}
}

func (sc *xdotScanner) word() string {
	sc.space()
	j := sc.i
	for sc.i < len(sc.s) && sc.s[sc.i] != ' ' && sc.s[sc.i] != '\t' && sc.s[sc.i] != '\n' {
		sc.i++
	}
	return sc.s[j:sc.i]
}

func (sc *xdotScanner) floats(n int) ([]float64, error) {
	out := make([]float64, n)
	for k := range out {
		w := sc.word()
		v, err := strconv.ParseFloat(w, 64)
		if err != nil {
			return nil, fmt.Errorf("number %q: %w", w, errShort)
		}
		out[k] = v
	}
	return out, nil
}

func (sc *xdotScanner) int() (int, error) {
	w := sc.word()
	n, err := strconv.Atoi(w)
	if err != nil {
		return 0, fmt.Errorf("count %q: %w", w, errShort)
	}
	return n, nil
}

// text reads "n -bytes": a byte count, a dash, then that many bytes.
func (sc *xdotScanner) text() (string, error) {
	n, err := sc.int()
	if err != nil {
		return "", err
	}
	sc.space()
	if sc.i >= len(sc.s) || sc.s[sc.i] != '-' {
		return "", errors.New("text without '-'")
	}
	sc.i++
	if n < 0 || n > len(sc.s)-sc.i {
		return "", fmt.Errorf("text of %d bytes runs past the end", n)
	}
	t := sc.s[sc.i : sc.i+n]
	sc.i += n
	return t, nil
}
