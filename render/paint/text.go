package paint

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// tofu marks a character no face has.
const tofu = -1

// Text sizes are quantised to quarter pixels and glyphs placed to quarter
// pixels horizontally, which bounds the glyph cache.
const (
	sizeSteps     = 4
	subpixelSteps = 4
	// maxTextPx is the largest glyph size rasterised; bigger text (deep
	// zoom) is drawn at this size, which keeps masks small.
	maxTextPx = 512
	// glyphCacheBytes bounds the memory of cached glyph masks.
	glyphCacheBytes = 16 << 20
	// advancePPEM is the size at which advances are measured, in pixels.
	advancePPEM = 1024
)

type runeKey struct {
	style uint8
	r     rune
}

// runeInfo is where a character's glyph comes from and its advance in em.
type runeInfo struct {
	slot int // face slot: a style, numStyles+i for fallback i, or tofu
	idx  sfnt.GlyphIndex
	adv  float64
}

type glyphKey struct {
	slot int16
	sub  uint8
	size uint16 // pixels × sizeSteps
	idx  sfnt.GlyphIndex
}

type glyph struct {
	pix        []byte
	w, h       int
	minX, minY int // mask offset from the integer pen position
}

// texter lays out and rasterises text with a glyph cache. Not safe for
// concurrent use: each Painter has its own.
type texter struct {
	fonts  *Fonts
	buf    sfnt.Buffer
	runes  map[runeKey]runeInfo
	styles map[fontKey]uint8
	glyphs map[glyphKey]*glyph
	bytes  int
	z      vector.Rasterizer
}

func newTexter(f *Fonts) *texter {
	return &texter{fonts: f, runes: map[runeKey]runeInfo{}, styles: map[fontKey]uint8{}, glyphs: map[glyphKey]*glyph{}}
}

func (t *texter) face(slot int) *sfnt.Font {
	if slot < numStyles {
		return t.fonts.faces[slot]
	}
	fb := t.fonts.fallbackFaces()
	return fb[slot-numStyles]
}

type fontKey struct {
	name         string
	bold, italic bool
}

// style is styleOf, remembered per font name.
func (t *texter) style(name string, bold, italic bool) uint8 {
	k := fontKey{name, bold, italic}
	if s, ok := t.styles[k]; ok {
		return s
	}
	s := styleOf(name, bold, italic)
	if len(t.styles) > 256 {
		clear(t.styles)
	}
	t.styles[k] = s
	return s
}

// styleOf picks the embedded face for an op's font name and flags.
func styleOf(fontName string, bold, italic bool) uint8 {
	n := strings.ToLower(fontName)
	bold = bold || strings.Contains(n, "bold")
	italic = italic || strings.Contains(n, "italic") || strings.Contains(n, "oblique")
	switch {
	case strings.Contains(n, "courier") || strings.Contains(n, "mono"):
		if bold {
			return styleMonoBold
		}
		return styleMono
	case bold && italic:
		return styleBoldItalic
	case bold:
		return styleBold
	case italic:
		return styleItalic
	}
	return styleRegular
}

// lookup finds the face and glyph for r in style.
func (t *texter) lookup(style uint8, r rune) runeInfo {
	k := runeKey{style, r}
	if ri, ok := t.runes[k]; ok {
		return ri
	}
	ri := runeInfo{slot: tofu, adv: 0.6}
	try := func(slot int, f *sfnt.Font) bool {
		idx, err := f.GlyphIndex(&t.buf, r)
		if err != nil || idx == 0 {
			return false
		}
		adv, err := f.GlyphAdvance(&t.buf, idx, fixed.I(advancePPEM), font.HintingNone)
		if err != nil {
			return false
		}
		ri = runeInfo{slot: slot, idx: idx, adv: float64(adv) / 64 / advancePPEM}
		return true
	}
	if !try(int(style), t.fonts.faces[style]) && !try(styleRegular, t.fonts.faces[styleRegular]) {
		for i, f := range t.fonts.fallbackFaces() {
			if try(numStyles+i, f) {
				break
			}
		}
	}
	if len(t.runes) > 1<<16 {
		clear(t.runes)
	}
	t.runes[k] = ri
	return ri
}

// width returns the advance width of s in em.
func (t *texter) width(style uint8, s string) float64 {
	w := 0.0
	for _, r := range s {
		w += t.lookup(style, r).adv
	}
	return w
}

// glyph returns the cached mask of a glyph at size px (already quantised
// to sizeSteps) and horizontal subpixel offset sub.
func (t *texter) glyph(ri runeInfo, size uint16, sub uint8) *glyph {
	k := glyphKey{slot: int16(ri.slot), sub: sub, size: size, idx: ri.idx}
	if g, ok := t.glyphs[k]; ok {
		return g
	}
	g := t.rasterise(ri, float64(size)/sizeSteps, float64(sub)/subpixelSteps)
	if t.bytes+len(g.pix) > glyphCacheBytes {
		clear(t.glyphs)
		t.bytes = 0
	}
	t.glyphs[k] = g
	t.bytes += len(g.pix) + 64
	return g
}

func (t *texter) rasterise(ri runeInfo, px, sub float64) *glyph {
	f := t.face(ri.slot)
	segs, err := f.LoadGlyph(&t.buf, ri.idx, fixed.Int26_6(px*64), nil)
	if err != nil || len(segs) == 0 {
		return &glyph{}
	}
	b := segs.Bounds()
	x0 := int(math.Floor(float64(b.Min.X)/64 + sub))
	y0 := int(math.Floor(float64(b.Min.Y) / 64))
	x1 := int(math.Ceil(float64(b.Max.X)/64 + sub))
	y1 := int(math.Ceil(float64(b.Max.Y) / 64))
	w, h := x1-x0, y1-y0
	if w <= 0 || h <= 0 {
		return &glyph{}
	}
	bx, by := float32(sub)-float32(x0), -float32(y0)
	pt := func(p fixed.Point26_6) (float32, float32) {
		return float32(p.X)/64 + bx, float32(p.Y)/64 + by
	}
	t.z.Reset(w, h)
	t.z.DrawOp = draw.Src
	for _, s := range segs {
		switch s.Op {
		case sfnt.SegmentOpMoveTo:
			t.z.MoveTo(pt(s.Args[0]))
		case sfnt.SegmentOpLineTo:
			t.z.LineTo(pt(s.Args[0]))
		case sfnt.SegmentOpQuadTo:
			ax, ay := pt(s.Args[0])
			cx, cy := pt(s.Args[1])
			t.z.QuadTo(ax, ay, cx, cy)
		case sfnt.SegmentOpCubeTo:
			ax, ay := pt(s.Args[0])
			bx2, by2 := pt(s.Args[1])
			cx, cy := pt(s.Args[2])
			t.z.CubeTo(ax, ay, bx2, by2, cx, cy)
		}
	}
	m := image.NewAlpha(image.Rect(0, 0, w, h))
	t.z.Draw(m, m.Rect, image.Opaque, image.Point{})
	return &glyph{pix: m.Pix, w: w, h: h, minX: x0, minY: y0}
}

// drawGlyph composites g at integer pen position (x, y).
func drawGlyph(dst *image.RGBA, clip image.Rectangle, g *glyph, x, y int, c color.NRGBA) {
	r := image.Rect(x+g.minX, y+g.minY, x+g.minX+g.w, y+g.minY+g.h)
	v := r.Intersect(clip)
	if v.Empty() {
		return
	}
	for py := v.Min.Y; py < v.Max.Y; py++ {
		row := g.pix[(py-r.Min.Y)*g.w:]
		off := dst.PixOffset(v.Min.X, py)
		pix := dst.Pix[off : off+4*v.Dx()]
		for px := v.Min.X; px < v.Max.X; px++ {
			if m := row[px-r.Min.X]; m != 0 {
				i := 4 * (px - v.Min.X)
				blendPixel(pix[i:i+4], c, uint32(m))
			}
		}
	}
}
