package paint

import (
	"image/color"
	"math"

	"dossier/render/scene"
)

// defaultFontSize is Graphviz's default, in points.
const defaultFontSize = 14

// drawText draws a text op in colour c and reports whether it drew it
// (text below the label size is left out).
func (p *Painter) drawText(f *frame, o *scene.Op, c color.NRGBA) bool {
	if p.text == nil || o.Text == "" || len(o.Points) == 0 || c.A == 0 {
		return false
	}
	size := o.FontSize
	if !(size > 0) || !finite(size) {
		size = defaultFontSize
	}
	if !f.det.Full && size*f.t.s < f.det.LabelPx {
		return false // too small even before any shrinking
	}
	style := p.text.style(o.Font, o.Bold, o.Italic)
	em := p.text.width(style, o.Text)
	// Graphviz measured the text with its own fonts; shrink ours where it
	// is wider, so labels stay inside their shapes.
	if o.TextW > 0 && em*size > o.TextW*1.02 {
		size = o.TextW / em
	}
	px := size * f.t.s
	if !f.det.Full && px < f.det.LabelPx || !(px > 0.5) {
		return false
	}
	return p.text.draw(f, o.Points[0], o.Align, style, px, em, o.Text, c)
}

// draw lays out s at baseline point at (graph coordinates) with size px
// and width em (in em), and draws it.
func (t *texter) draw(f *frame, at scene.Point, align scene.Align, style uint8, px, em float64, s string, c color.NRGBA) bool {
	return t.drawPx(f, f.t.pt(at), align, style, px, em, s, c)
}

// drawPx is draw at baseline point q in pixels.
func (t *texter) drawPx(f *frame, q vec, align scene.Align, style uint8, px, em float64, s string, c color.NRGBA) bool {
	px = math.Min(px, maxTextPx)
	if !q.finite() {
		return false
	}
	w := em * px
	x := q.x
	switch align {
	case scene.AlignCenter:
		x -= w / 2
	case scene.AlignRight:
		x -= w
	}
	y := math.Round(q.y)
	// Whole text outside the image?
	if x > float64(f.clip.Max.X) || x+w < float64(f.clip.Min.X) || y-px > float64(f.clip.Max.Y) || y+px/2 < float64(f.clip.Min.Y) {
		return false
	}
	size := uint16(math.Round(px * sizeSteps))
	for _, r := range s {
		ri := t.lookup(style, r)
		adv := ri.adv * px
		if x+adv >= float64(f.clip.Min.X) && x <= float64(f.clip.Max.X) {
			if ri.slot == tofu {
				t.drawTofu(f, x, y, px, c)
			} else if r != ' ' {
				ix := math.Floor(x)
				sub := uint8(math.Floor((x - ix) * subpixelSteps))
				g := t.glyph(ri, size, sub)
				drawGlyph(f.dst, f.clip, g, int(ix), int(y), c)
			}
		}
		x += adv
	}
	return true
}

// drawTofu draws the empty box that stands for a character no face has.
func (t *texter) drawTofu(f *frame, x, y, px float64, c color.NRGBA) {
	w := math.Max(1, px/14)
	a := vec{x + px*0.08, y - px*0.7}
	b := vec{x + px*0.52, y}
	pts := []vec{a, {b.x, a.y}, b, {a.x, b.y}, a}
	for i := 1; i < len(pts); i++ {
		line(f.dst, f.clip, pts[i-1], pts[i], w, c, 0, 0, nil)
	}
}
