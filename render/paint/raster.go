package paint

import (
	"encoding/binary"
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"
)

// vec is a point in pixel coordinates.
type vec struct{ x, y float64 }

func (a vec) add(b vec) vec        { return vec{a.x + b.x, a.y + b.y} }
func (a vec) sub(b vec) vec        { return vec{a.x - b.x, a.y - b.y} }
func (a vec) mul(f float64) vec    { return vec{a.x * f, a.y * f} }
func (a vec) dot(b vec) float64    { return a.x*b.x + a.y*b.y }
func (a vec) cross(b vec) float64  { return a.x*b.y - a.y*b.x }
func (a vec) len() float64         { return math.Hypot(a.x, a.y) }
func (a vec) finite() bool         { return !math.IsNaN(a.x+a.y) && !math.IsInf(a.x+a.y, 0) }
func lerp(a, b vec, t float64) vec { return vec{a.x + (b.x-a.x)*t, a.y + (b.y-a.y)*t} }
func (a vec) eq(b vec) bool        { return a.x == b.x && a.y == b.y }
func (a vec) dist(b vec) float64   { return a.sub(b).len() }
func (a vec) norm() (vec, float64) { l := a.len(); return vec{a.x / l, a.y / l}, l }
func (a vec) negate() vec          { return vec{-a.x, -a.y} }
func (a vec) swap() vec            { return vec{a.y, a.x} }

// fbox is a floating-point rectangle in pixels.
type fbox struct{ x0, y0, x1, y1 float64 }

func emptyBox() fbox { return fbox{math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)} }

func (b fbox) addPt(p vec) fbox {
	return fbox{math.Min(b.x0, p.x), math.Min(b.y0, p.y), math.Max(b.x1, p.x), math.Max(b.y1, p.y)}
}

// add returns b grown to hold the finite points p and q (cheaper than
// two addPt calls, for hot loops).
func (b fbox) add(p, q vec) fbox {
	if p.x > q.x {
		p.x, q.x = q.x, p.x
	}
	if p.y > q.y {
		p.y, q.y = q.y, p.y
	}
	if p.x < b.x0 {
		b.x0 = p.x
	}
	if p.y < b.y0 {
		b.y0 = p.y
	}
	if q.x > b.x1 {
		b.x1 = q.x
	}
	if q.y > b.y1 {
		b.y1 = q.y
	}
	return b
}

func (b fbox) pad(d float64) fbox { return fbox{b.x0 - d, b.y0 - d, b.x1 + d, b.y1 + d} }

func (b fbox) empty() bool { return !(b.x0 <= b.x1 && b.y0 <= b.y1) }

func boxOf(r image.Rectangle) fbox {
	return fbox{float64(r.Min.X), float64(r.Min.Y), float64(r.Max.X), float64(r.Max.Y)}
}

// pixels returns the integer pixel rectangle covering b, clipped to clip.
func (b fbox) pixels(clip image.Rectangle) image.Rectangle {
	if b.empty() {
		return image.Rectangle{}
	}
	c := boxOf(clip)
	x0, y0 := math.Max(b.x0, c.x0), math.Max(b.y0, c.y0)
	x1, y1 := math.Min(b.x1, c.x1), math.Min(b.y1, c.y1)
	if !(x0 < x1 && y0 < y1) {
		return image.Rectangle{}
	}
	return image.Rect(int(math.Floor(x0)), int(math.Floor(y0)), int(math.Ceil(x1)), int(math.Ceil(y1))).Intersect(clip)
}

// path is a set of closed contours in pixel coordinates, filled with the
// non-zero winding rule.
type path struct {
	pts  []vec
	ends []int // end index (exclusive) of each contour in pts
}

func (p *path) reset() { p.pts, p.ends = p.pts[:0], p.ends[:0] }

func (p *path) add(pt vec) { p.pts = append(p.pts, pt) }

// close ends the current contour (contours of fewer than 3 points are
// dropped).
func (p *path) close() {
	start := 0
	if n := len(p.ends); n > 0 {
		start = p.ends[n-1]
	}
	if len(p.pts)-start < 3 {
		p.pts = p.pts[:start]
		return
	}
	p.ends = append(p.ends, len(p.pts))
}

// closePositive ends the current contour, reversing it when it winds
// negatively, so that overlapping contours add up instead of cancelling.
func (p *path) closePositive() {
	start := 0
	if n := len(p.ends); n > 0 {
		start = p.ends[n-1]
	}
	c := p.pts[start:]
	area := 0.0
	for i := range c {
		j := (i + 1) % len(c)
		area += c[i].cross(c[j])
	}
	if area < 0 {
		for i, j := 0, len(c)-1; i < j; i, j = i+1, j-1 {
			c[i], c[j] = c[j], c[i]
		}
	}
	p.close()
}

func (p *path) bounds() fbox {
	b := emptyBox()
	for _, q := range p.pts {
		b = b.addPt(q)
	}
	return b
}

// raster turns paths into coverage masks and composites them.
type raster struct {
	z       vector.Rasterizer
	mask    []byte
	clipA   []vec // scratch for clipping
	clipB   []vec
	clipped path
	finiteP path
	alpha   image.Alpha
}

// fill composites colour c onto dst through the coverage of p, within
// clip.
func (r *raster) fill(dst *image.RGBA, clip image.Rectangle, p *path, c color.NRGBA) {
	if c.A == 0 || len(p.ends) == 0 {
		return
	}
	p = r.finite(p)
	pr := p.bounds().pixels(clip)
	if pr.Empty() {
		return
	}
	// Keep the rasterizer's work proportional to the visible area: clip
	// contours that reach far outside it.
	src := p
	far := boxOf(pr).pad(2)
	if b := p.bounds(); b.x0 < far.x0 || b.y0 < far.y0 || b.x1 > far.x1 || b.y1 > far.y1 {
		r.clipPath(p, far.pad(-1))
		src = &r.clipped
		if len(src.ends) == 0 {
			return
		}
	}
	w, h := pr.Dx(), pr.Dy()
	r.z.Reset(w, h)
	r.z.DrawOp = draw.Src
	ox, oy := float64(pr.Min.X), float64(pr.Min.Y)
	start := 0
	for _, end := range src.ends {
		c := src.pts[start:end]
		r.z.MoveTo(float32(c[0].x-ox), float32(c[0].y-oy))
		for _, q := range c[1:] {
			r.z.LineTo(float32(q.x-ox), float32(q.y-oy))
		}
		r.z.ClosePath()
		start = end
	}
	if cap(r.mask) < w*h {
		r.mask = make([]byte, w*h)
	}
	// One reused *image.Alpha: a new one per shape would escape to the heap.
	r.alpha.Pix, r.alpha.Stride, r.alpha.Rect = r.mask[:w*h], w, image.Rect(0, 0, w, h)
	r.z.Draw(&r.alpha, r.alpha.Rect, image.Opaque, image.Point{})
	compositeMask(dst, pr, r.alpha.Pix, w, c)
}

// farLimit bounds pixel coordinates given to clipping, whose arithmetic
// would overflow beyond.
const farLimit = 1e12

// finite returns p without the contours that have a non-finite point or
// one beyond farLimit (geometry that overflowed), which the rasterizer
// must never see.
func (r *raster) finite(p *path) *path {
	for _, q := range p.pts {
		if q.finite() && math.Abs(q.x) < farLimit && math.Abs(q.y) < farLimit {
			continue
		}
		r.clipped.reset()
		start := 0
		for _, end := range p.ends {
			ok := true
			for _, q := range p.pts[start:end] {
				ok = ok && q.finite() && math.Abs(q.x) < farLimit && math.Abs(q.y) < farLimit
			}
			if ok {
				r.clipped.pts = append(r.clipped.pts, p.pts[start:end]...)
				r.clipped.ends = append(r.clipped.ends, len(r.clipped.pts))
			}
			start = end
		}
		// Swap so that clipPath may reuse r.clipped.
		r.finiteP, r.clipped = r.clipped, r.finiteP
		return &r.finiteP
	}
	return p
}

// clipPath clips every contour of p to box b (Sutherland–Hodgman), which
// keeps the winding number of every point inside b.
func (r *raster) clipPath(p *path, b fbox) {
	r.clipped.reset()
	start := 0
	for _, end := range p.ends {
		in := append(r.clipA[:0], p.pts[start:end]...)
		start = end
		for edge := 0; edge < 4 && len(in) > 0; edge++ {
			out := r.clipB[:0]
			prev := in[len(in)-1]
			pin := inside(prev, b, edge)
			for _, cur := range in {
				cin := inside(cur, b, edge)
				if cin != pin {
					out = append(out, intersect(prev, cur, b, edge))
				}
				if cin {
					out = append(out, cur)
				}
				prev, pin = cur, cin
			}
			r.clipB = in
			in = out
		}
		r.clipA = in
		if len(in) >= 3 {
			r.clipped.pts = append(r.clipped.pts, in...)
			r.clipped.close()
		}
	}
}

func inside(p vec, b fbox, edge int) bool {
	switch edge {
	case 0:
		return p.x >= b.x0
	case 1:
		return p.x <= b.x1
	case 2:
		return p.y >= b.y0
	default:
		return p.y <= b.y1
	}
}

func intersect(a, c vec, b fbox, edge int) vec {
	switch edge {
	case 0:
		return vec{b.x0, a.y + (c.y-a.y)*(b.x0-a.x)/(c.x-a.x)}
	case 1:
		return vec{b.x1, a.y + (c.y-a.y)*(b.x1-a.x)/(c.x-a.x)}
	case 2:
		return vec{a.x + (c.x-a.x)*(b.y0-a.y)/(c.y-a.y), b.y0}
	default:
		return vec{a.x + (c.x-a.x)*(b.y1-a.y)/(c.y-a.y), b.y1}
	}
}

// div255 divides x (at most 255*255*2) by 255, rounding.
func div255(x uint32) uint32 { return (x + 128 + (x+128)>>8) >> 8 }

// blendPixel composites colour c with coverage m (0–255) over the
// premultiplied pixel at pix[0:4].
func blendPixel(pix []uint8, c color.NRGBA, m uint32) {
	_ = pix[3]
	a := m // source alpha after coverage
	if c.A != 255 {
		a = div255(uint32(c.A) * m)
	}
	if a == 0 {
		return
	}
	if a == 255 {
		pix[0], pix[1], pix[2], pix[3] = c.R, c.G, c.B, 255
		return
	}
	// Two channels at a time: red and blue, then green and alpha, each
	// 8 bits in a 16-bit lane.
	p := uint32(pix[0]) | uint32(pix[1])<<8 | uint32(pix[2])<<16 | uint32(pix[3])<<24
	s := uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | 0xff<<24
	inv := 255 - a
	rb := lanes(p&0x00ff00ff, inv) + lanes(s&0x00ff00ff, a)
	ga := lanes(p>>8&0x00ff00ff, inv) + lanes(s>>8&0x00ff00ff, a)
	q := rb | ga<<8
	pix[0], pix[1], pix[2], pix[3] = uint8(q), uint8(q>>8), uint8(q>>16), uint8(q>>24)
}

// srcLanes splits colour c, taken as opaque (blendPixel's source), into
// its red and blue lanes and its green and alpha lanes.
func srcLanes(c color.NRGBA) (rb, ga uint32) {
	s := uint32(c.R) | uint32(c.G)<<8 | uint32(c.B)<<16 | 0xff<<24
	return s & 0x00ff00ff, s >> 8 & 0x00ff00ff
}

// lanes multiplies the two 8-bit values in the 16-bit lanes of x by f/255,
// rounding.
func lanes(x, f uint32) uint32 {
	x = x*f + 0x00800080
	return (x + (x>>8)&0x00ff00ff) >> 8 & 0x00ff00ff
}

// compositeMask composites c through mask (stride w) onto rectangle r of
// dst.
func compositeMask(dst *image.RGBA, r image.Rectangle, mask []byte, w int, c color.NRGBA) {
	// blendPixel written out, with the colour's lanes split once.
	srb, sga := srcLanes(c)
	opaque, ca := c.A == 255, uint32(c.A)
	for y := r.Min.Y; y < r.Max.Y; y++ {
		row := mask[(y-r.Min.Y)*w : (y-r.Min.Y+1)*w]
		off := dst.PixOffset(r.Min.X, y)
		pix := dst.Pix[off : off+4*w]
		for x, m := range row {
			if m == 0 {
				continue
			}
			a := uint32(m)
			px := pix[4*x : 4*x+4 : 4*x+4]
			if !opaque {
				if a = div255(ca * a); a == 0 {
					continue
				}
			} else if a == 255 {
				px[0], px[1], px[2], px[3] = c.R, c.G, c.B, 255
				continue
			}
			p := binary.LittleEndian.Uint32(px)
			rb := lanes(p&0x00ff00ff, 255-a) + lanes(srb, a)
			ga := lanes(p>>8&0x00ff00ff, 255-a) + lanes(sga, a)
			binary.LittleEndian.PutUint32(px, rb|ga<<8)
		}
	}
}

// compositeAcc composites c over the pixels of r (within dst) through the
// coverage accumulated in acc (one byte per pixel of dst, 255 = full),
// and clears acc there. Runs of uncovered pixels are skipped eight at a
// time, and since most covered pixels hold the same colour (edges are
// drawn before nodes, over the background), the result of each coverage
// level over the last pixel colour seen is remembered.
//
// With plain set, every pixel of r holds the colour bg (premultiplied,
// as laid out in dst.Pix, read little-endian): each row is then written
// from a table without reading the pixels.
func compositeAcc(dst *image.RGBA, acc []uint8, r image.Rectangle, c color.NRGBA, plain bool, bg uint32) {
	w := dst.Rect.Dx()
	r = r.Intersect(dst.Rect)
	if r.Empty() {
		return
	}
	if plain {
		var tab [256]uint32
		for v := range tab {
			var px [4]uint8
			binary.LittleEndian.PutUint32(px[:], bg)
			blendPixel(px[:], c, uint32(v))
			tab[v] = binary.LittleEndian.Uint32(px[:])
		}
		for y := r.Min.Y; y < r.Max.Y; y++ {
			ay := (y - dst.Rect.Min.Y) * w
			row := acc[ay+r.Min.X-dst.Rect.Min.X : ay+r.Max.X-dst.Rect.Min.X]
			off := dst.PixOffset(r.Min.X, y)
			pix := dst.Pix[off : off+4*len(row)]
			for x, v := range row {
				binary.LittleEndian.PutUint32(pix[4*x:4*x+4], tab[v])
			}
			clear(row)
		}
		return
	}
	var memo [256]uint32   // blended pixel by coverage, over pixel value from
	var memoGen [256]int32 // memo[v] holds for from when memoGen[v] == gen
	var from uint32
	gen := int32(0) // no entry is valid before the first pixel is seen
	for y := r.Min.Y; y < r.Max.Y; y++ {
		ay := (y - dst.Rect.Min.Y) * w
		row := acc[ay+r.Min.X-dst.Rect.Min.X : ay+r.Max.X-dst.Rect.Min.X]
		off := dst.PixOffset(r.Min.X, y)
		pix := dst.Pix[off : off+4*len(row)]
		for x := 0; x < len(row); x++ {
			if x+8 <= len(row) && binary.LittleEndian.Uint64(row[x:x+8]) == 0 {
				x += 7
				continue
			}
			v := row[x]
			if v == 0 {
				continue
			}
			row[x] = 0
			px := pix[4*x : 4*x+4 : 4*x+4]
			cur := binary.LittleEndian.Uint32(px)
			if cur != from || gen == 0 {
				from, gen = cur, gen+1
			}
			if memoGen[v] != gen {
				blendPixel(px, c, uint32(v))
				memo[v], memoGen[v] = binary.LittleEndian.Uint32(px), gen
				continue
			}
			binary.LittleEndian.PutUint32(px, memo[v])
		}
	}
}

// fillRect composites c over the pixels of r (no anti-aliasing).
func fillRect(dst *image.RGBA, r image.Rectangle, c color.NRGBA) {
	r = r.Intersect(dst.Rect)
	if r.Empty() || c.A == 0 {
		return
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		off := dst.PixOffset(r.Min.X, y)
		pix := dst.Pix[off : off+4*r.Dx()]
		if c.A == 255 {
			for i := 0; i < len(pix); i += 4 {
				pix[i], pix[i+1], pix[i+2], pix[i+3] = c.R, c.G, c.B, 255
			}
			continue
		}
		for i := 0; i < len(pix); i += 4 {
			blendPixel(pix[i:i+4], c, 255)
		}
	}
}

// fillAll sets every pixel of dst to c and returns the pixel as laid out
// in dst.Pix, read little-endian.
func fillAll(dst *image.RGBA, c color.NRGBA) uint32 {
	pm := color.RGBAModel.Convert(c).(color.RGBA)
	px := uint32(pm.R) | uint32(pm.G)<<8 | uint32(pm.B)<<16 | uint32(pm.A)<<24
	r := dst.Rect
	if r.Empty() {
		return px
	}
	row0 := dst.Pix[dst.PixOffset(r.Min.X, r.Min.Y):][:4*r.Dx()]
	for i := 0; i < len(row0); i += 4 {
		row0[i], row0[i+1], row0[i+2], row0[i+3] = pm.R, pm.G, pm.B, pm.A
	}
	for y := r.Min.Y + 1; y < r.Max.Y; y++ {
		copy(dst.Pix[dst.PixOffset(r.Min.X, y):][:4*r.Dx()], row0)
	}
	return px
}

// line draws an anti-aliased segment a–b of width w pixels with butt ends
// directly onto dst, at a cost proportional to its length. It serves thin
// strokes (up to a few pixels), where a coverage mask over the segment's
// bounding box would cost far more. The ends are pushed out by ea and eb
// pixels (half a pixel where segments of a polyline meet, so joints have
// no gaps). With acc set (one entry per pixel of dst), coverage is added
// there instead of painted.
func line(dst *image.RGBA, clip image.Rectangle, a, b vec, w float64, c color.NRGBA, ea, eb float64, acc []uint8) {
	if !a.finite() || !b.finite() || c.A == 0 || clip.Empty() {
		return
	}
	if ea > 0 || eb > 0 {
		if u, l := b.sub(a).norm(); l > 0 {
			a, b = a.sub(u.mul(ea)), b.add(u.mul(eb))
		}
	}
	// The segment's box, grown by w+1, must meet clip (written out: this
	// runs for every segment of every thin stroke).
	if pad := w + 1; !(min(a.x, b.x)-pad <= float64(clip.Max.X) && float64(clip.Min.X) <= max(a.x, b.x)+pad &&
		min(a.y, b.y)-pad <= float64(clip.Max.Y) && float64(clip.Min.Y) <= max(a.y, b.y)+pad) {
		return
	}
	alpha := 255.0
	if w < 1 {
		alpha, w = 255*math.Max(w, 0.05), 1
	}
	d := b.sub(a)
	steep := math.Abs(d.y) > math.Abs(d.x)
	if steep {
		a, b, d = a.swap(), b.swap(), d.swap()
	}
	if d.x < 0 {
		a, b, d = b, a, d.negate()
	}
	if d.x == 0 {
		return // a point
	}
	// Clip box in (major, minor) coordinates.
	cx0, cy0, cx1, cy1 := clip.Min.X, clip.Min.Y, clip.Max.X, clip.Max.Y
	if steep {
		cx0, cy0, cx1, cy1 = cy0, cx0, cy1, cx1
	}
	x0, x1 := a.x, b.x
	if x0 < float64(cx0) {
		x0 = float64(cx0)
	}
	if x1 > float64(cx1) {
		x1 = float64(cx1)
	}
	if !(x0 < x1) {
		return
	}
	slope := d.y / d.x
	half := w / 2 * d.len() / d.x // half thickness along the minor axis
	fy0, fy1 := float64(cy0), float64(cy1)
	// Pixel offsets of one step along the major and the minor axis.
	stepX, stepY := 4, dst.Stride
	if steep {
		stepX, stepY = stepY, stepX
	}
	base := -dst.Rect.Min.Y*dst.Stride - dst.Rect.Min.X*4
	aw := dst.Rect.Dx()
	aStepX, aStepY := 1, aw
	if steep {
		aStepX, aStepY = aStepY, aStepX
	}
	aBase := -dst.Rect.Min.Y*aw - dst.Rect.Min.X
	ix0, ix1 := floor(x0), ceil(x1)
	opaque := c.A == 255
	srb, sga := srcLanes(c)
	for x := ix0; x < ix1; x++ {
		lx, rx := float64(x), float64(x+1)
		k := alpha
		if lx < x0 || rx > x1 { // a partly covered end column
			if lx < x0 {
				lx = x0
			}
			if rx > x1 {
				rx = x1
			}
			k *= rx - lx
		}
		yc := a.y + ((lx+rx)/2-a.x)*slope
		lo, hi := yc-half, yc+half
		if lo < fy0 {
			lo = fy0
		}
		if hi > fy1 {
			hi = fy1
		}
		if !(lo < hi) {
			continue
		}
		row := base + x*stepX
		if acc != nil {
			arow := aBase + x*aStepX
			for y := floor(lo); float64(y) < hi; y++ {
				top, bot := float64(y), float64(y+1)
				if top < lo {
					top = lo
				}
				if bot > hi {
					bot = hi
				}
				j := arow + y*aStepY
				acc[j] = uint8(min(uint32(acc[j])+uint32((bot-top)*k+0.5), 255))
			}
			continue
		}
		for y, yEnd := floor(lo), ceil(hi); y < yEnd; y++ {
			top, bot := float64(y), float64(y+1)
			if top < lo {
				top = lo
			}
			if bot > hi {
				bot = hi
			}
			m := uint32((bot-top)*k + 0.5)
			if m == 0 {
				continue
			}
			i := row + y*stepY
			if m >= 255 {
				if opaque {
					dst.Pix[i], dst.Pix[i+1], dst.Pix[i+2], dst.Pix[i+3] = c.R, c.G, c.B, 255
					continue
				}
				m = 255
			}
			if !opaque {
				if m = div255(uint32(c.A) * m); m == 0 {
					continue
				}
			}
			// blendPixel's arithmetic, written out with the source lanes
			// split once per line.
			px := dst.Pix[i : i+4 : i+4]
			p := binary.LittleEndian.Uint32(px)
			inv := 255 - m
			rb := lanes(p&0x00ff00ff, inv) + lanes(srb, m)
			ga := lanes(p>>8&0x00ff00ff, inv) + lanes(sga, m)
			binary.LittleEndian.PutUint32(px, rb|ga<<8)
		}
	}
}

func floor(x float64) int {
	i := int(x)
	if float64(i) > x {
		i--
	}
	return i
}

func ceil(x float64) int {
	i := int(x)
	if float64(i) < x {
		i++
	}
	return i
}

// lineAcc adds the coverage of a one-pixel anti-aliased line a–b to acc
// (one byte per pixel of dst.Rect, saturating), in the manner of Xiaolin
// Wu: two pixels per step along the major axis. It serves zoomed-out
// edges, where thousands of lines share one colour. It reports whether
// the line reached acc at all.
func lineAcc(acc []uint8, dst image.Rectangle, a, b vec, alpha float64) bool {
	// x-x is 0 exactly for finite x (cheaper than vec.finite here).
	if a.x-a.x != 0 || a.y-a.y != 0 || b.x-b.x != 0 || b.y-b.y != 0 {
		return false
	}
	d := b.sub(a)
	steep := math.Abs(d.y) > math.Abs(d.x)
	cx0, cy0, cx1, cy1 := dst.Min.X, dst.Min.Y, dst.Max.X, dst.Max.Y
	w := dst.Dx()
	stepX, stepY := 1, w
	if steep {
		a, b, d = a.swap(), b.swap(), d.swap()
		cx0, cy0, cx1, cy1 = cy0, cx0, cy1, cx1
		stepX, stepY = stepY, stepX
	}
	if d.x < 0 {
		a, b, d = b, a, d.negate()
	}
	if d.x == 0 {
		return false
	}
	x0, x1 := a.x, b.x
	if x0 < float64(cx0) {
		x0 = float64(cx0)
	}
	if x1 > float64(cx1) {
		x1 = float64(cx1)
	}
	if !(x0 < x1) {
		return false
	}
	slope := d.y / d.x
	// A steeper line covers more of each pixel column: scale by the
	// length per step.
	k := alpha * 255 * min(math.Sqrt(1+slope*slope), 1.5)
	ix0, ix1 := floor(x0), ceil(x1)
	y := a.y + (float64(ix0)+0.5-a.x)*slope - 0.5
	base := -dst.Min.Y*w - dst.Min.X
	ylo, yhi := cy0, cy1-1
	// Both rows of every column inside the destination (with a margin
	// for rounding): no checks per step.
	if yEnd := y + float64(ix1-1-ix0)*slope; min(y, yEnd) >= float64(ylo)+0.01 && max(y, yEnd) < float64(yhi)-0.01 {
		for x := ix0; x < ix1; x, y = x+1, y+slope {
			yi := floor(y)
			f := y - float64(yi)
			i := base + x*stepX + yi*stepY
			acc[i] = uint8(min(uint32(acc[i])+uint32((1-f)*k), 255))
			j := i + stepY
			acc[j] = uint8(min(uint32(acc[j])+uint32(f*k), 255))
		}
		return true
	}
	for x := ix0; x < ix1; x, y = x+1, y+slope {
		yi := floor(y)
		if yi < ylo-1 || yi > yhi {
			continue
		}
		f := y - float64(yi)
		i := base + x*stepX + yi*stepY
		if yi >= ylo {
			acc[i] = uint8(min(uint32(acc[i])+uint32((1-f)*k), 255))
		}
		if yi+1 <= yhi {
			j := i + stepY
			acc[j] = uint8(min(uint32(acc[j])+uint32(f*k), 255))
		}
	}
	return true
}
