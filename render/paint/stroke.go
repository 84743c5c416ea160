package paint

import "math"

// flattenTol is the largest distance, in pixels, between a curve and the
// polyline that replaces it.
const flattenTol = 0.2

// maxCurveSegments bounds the segments one curve piece or ellipse becomes.
const maxCurveSegments = 256

// appendBezier appends the points of the piecewise cubic Bézier pts (p0 c1
// c2 p1 c1 c2 p2 ...) flattened to within flattenTol, without the first
// point (the caller adds it). Each piece gets as many segments as its
// curvature needs: a uniform split into n parts strays at most
// 3/4·max|second difference|/n² from the curve.
func appendBezier(dst []vec, pts []vec) []vec {
	for i := 0; i+3 < len(pts); i += 3 {
		p0, p1, p2, p3 := pts[i], pts[i+1], pts[i+2], pts[i+3]
		dd := math.Max(p0.sub(p1.mul(2)).add(p2).len(), p1.sub(p2.mul(2)).add(p3).len())
		n := int(math.Ceil(math.Sqrt(0.75 * dd / flattenTol)))
		n = max(1, min(n, maxCurveSegments))
		for k := 1; k <= n; k++ {
			t := float64(k) / float64(n)
			u := 1 - t
			a, b, c, d := u*u*u, 3*u*u*t, 3*u*t*t, t*t*t
			dst = append(dst, vec{a*p0.x + b*p1.x + c*p2.x + d*p3.x, a*p0.y + b*p1.y + c*p2.y + d*p3.y})
		}
	}
	// A malformed spline (not 3k+1 points) ends with a straight piece.
	if rest := (len(pts) - 1) % 3; rest != 0 && len(pts) > 1 {
		dst = append(dst, pts[len(pts)-rest:]...)
	}
	return dst
}

// appendEllipse appends a closed polygon approximating the ellipse with
// centre c and radii rx, ry (pixels).
func appendEllipse(dst []vec, c vec, rx, ry float64) []vec {
	r := math.Max(rx, ry)
	n := 8
	if r > flattenTol {
		n = int(math.Ceil(math.Pi / math.Acos(1-flattenTol/math.Max(r, flattenTol*2))))
		n = max(8, min(n, maxCurveSegments))
	}
	for k := 0; k < n; k++ {
		a := 2 * math.Pi * float64(k) / float64(n)
		dst = append(dst, vec{c.x + rx*math.Cos(a), c.y + ry*math.Sin(a)})
	}
	return dst
}

// dash splits polyline pts into the pieces a dash pattern (pixel lengths,
// on, off, on, ...) keeps; each piece is passed to emit. A closed polyline
// continues through its closing segment. Only the parts of segments inside
// view are split; the rest just advance the pattern, so a long curve
// mostly off screen costs little.
func dash(pts []vec, closed bool, pattern []float64, view fbox, scratch []vec, emit func([]vec)) []vec {
	total := 0.0
	for _, d := range pattern {
		total += d
	}
	if len(pts) < 2 || !(total > 0) {
		emit(pts)
		return scratch
	}
	idx, left := 0, pattern[0] // current pattern entry and what is left of it
	on := true
	next := func() {
		idx = (idx + 1) % len(pattern)
		left = pattern[idx]
		on = idx%2 == 0
	}
	// skip advances the pattern by l without drawing.
	skip := func(l float64) {
		if l < left {
			left -= l
			return
		}
		l -= left
		next()
		l = math.Mod(l, total)
		for l >= left {
			l -= left
			next()
		}
		left -= l
	}
	cur := append(scratch[:0], pts[0])
	flush := func() {
		if on && len(cur) > 1 {
			emit(cur)
		}
	}
	n := len(pts)
	if closed {
		n++
	}
	for i := 1; i < n; i++ {
		a, b := pts[i-1], pts[i%len(pts)]
		seg := b.dist(a)
		if !(seg > 0) {
			continue
		}
		t0, t1, ok := clipSegment(a, b, view)
		if !ok {
			flush()
			skip(seg)
			cur = append(cur[:0], b)
			continue
		}
		if t0 > 0 {
			flush()
			skip(t0 * seg)
			cur = append(cur[:0], lerp(a, b, t0))
		}
		pos, end := t0*seg, t1*seg
		for end-pos > left {
			pos += left
			p := lerp(a, b, pos/seg)
			if on {
				cur = append(cur, p)
				emit(cur)
			}
			cur = append(cur[:0], p)
			next()
		}
		left -= end - pos
		if t1 < 1 {
			if on {
				cur = append(cur, lerp(a, b, t1))
			}
			flush()
			skip((1 - t1) * seg)
			cur = append(cur[:0], b)
			continue
		}
		if on {
			cur = append(cur, b)
		} else {
			cur[0] = b
		}
	}
	flush()
	return cur
}

// clipSegment returns the parameter range [t0, t1] of segment a–b inside
// box v (Liang–Barsky), or false when it misses the box.
func clipSegment(a, b vec, v fbox) (t0, t1 float64, ok bool) {
	t0, t1 = 0, 1
	d := b.sub(a)
	for _, c := range [4][2]float64{{-d.x, a.x - v.x0}, {d.x, v.x1 - a.x}, {-d.y, a.y - v.y0}, {d.y, v.y1 - a.y}} {
		p, q := c[0], c[1]
		if p == 0 {
			if q < 0 {
				return 0, 0, false
			}
			continue
		}
		r := q / p
		if p < 0 {
			t0 = math.Max(t0, r)
		} else {
			t1 = math.Min(t1, r)
		}
	}
	return t0, t1, t0 < t1
}

// miterLimit is SVG's default: beyond it a miter join becomes a bevel.
const miterLimit = 4

// strokePath appends to p the outline of polyline pts stroked with width
// w: one quadrilateral per segment, a join wedge on the outer side of
// every turn (miter, or bevel past the miter limit) and butt ends. Every
// contour winds positively, so the union fills under the non-zero rule.
func strokePath(p *path, pts []vec, closed bool, w float64) {
	hw := w / 2
	n := len(pts)
	if closed && n > 2 && pts[0].eq(pts[n-1]) {
		n-- // the closing point repeats the first
	}
	segs := n - 1
	if closed {
		segs = n
	}
	var prevN vec
	var havePrev bool
	var firstN vec
	for i := 0; i < segs; i++ {
		a, b := pts[i], pts[(i+1)%n]
		d := b.sub(a)
		l := d.len()
		if l < 1e-9 {
			continue
		}
		nrm := vec{-d.y / l * hw, d.x / l * hw}
		p.add(a.add(nrm))
		p.add(b.add(nrm))
		p.add(b.sub(nrm))
		p.add(a.sub(nrm))
		p.closePositive()
		if havePrev {
			join(p, a, prevN, nrm, hw)
		} else {
			firstN = nrm
		}
		prevN, havePrev = nrm, true
	}
	if closed && havePrev {
		join(p, pts[0], prevN, firstN, hw)
	}
}

// join adds the wedge that fills the outer side of the turn at v from a
// segment with offset normal n0 to one with n1 (both of length hw).
func join(p *path, v, n0, n1 vec, hw float64) {
	turn := n0.cross(n1)
	if math.Abs(turn) < 1e-9*hw*hw && n0.dot(n1) > 0 {
		return // straight on
	}
	// The outer side is where the normals point away from the turn.
	if turn > 0 {
		n0, n1 = n0.negate(), n1.negate()
	}
	a, b := v.add(n0), v.add(n1)
	// Miter tip: along the bisector, at hw / cos(θ/2).
	bis := n0.add(n1)
	bl := bis.len()
	cosHalf := bl / (2 * hw)
	p.add(v)
	p.add(a)
	if cosHalf > 1/miterLimit && bl > 1e-12 {
		p.add(v.add(bis.mul(hw / cosHalf / bl)))
	}
	p.add(b)
	p.closePositive()
}
