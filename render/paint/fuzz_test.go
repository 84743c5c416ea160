package paint_test

import (
	"encoding/binary"
	"image"
	"image/color"
	"math"
	"testing"

	"dossier/render/paint"
	"dossier/render/scene"
)

// FuzzDraw builds scenes from arbitrary bytes (ops of every kind with any
// coordinates, sizes, styles and text) and draws them at arbitrary views:
// drawing must never panic or hang.
func FuzzDraw(f *testing.F) {
	f.Add([]byte("\x01\x02\x03\x04hello"), 1.0, 0.0, 0.0)
	f.Add([]byte{4, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}, 0.01, 5.0, -3.0)
	f.Add([]byte("\x05\x05\x05\x05\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00\xf8\x7f東京"), 40.0, 1e6, 1e6)
	f.Fuzz(func(t *testing.T, data []byte, scale, ox, oy float64) {
		s := sceneFromBytes(data)
		img := image.NewRGBA(image.Rect(0, 0, 64, 48))
		p := paint.NewPainter(nil)
		v := paint.View{Origin: scene.Point{X: ox, Y: oy}, Scale: scale}
		p.Draw(img, s, v, paint.Options{Selected: map[string]bool{"n0": true}, Hover: "e0"})
		p.Draw(img, s, v, paint.Options{Detail: paint.Detail{Full: true}})
	})
}

func sceneFromBytes(data []byte) *scene.Scene {
	r := &reader{b: data}
	s := &scene.Scene{Width: r.f(), Height: r.f()}
	for len(r.b) > 0 && len(s.Nodes) < 8 {
		n := scene.Node{ID: "n" + string(rune('0'+len(s.Nodes))), Center: scene.Point{X: r.f(), Y: r.f()}, Width: r.f(), Height: r.f(), Kind: []string{"", "actor", "entity"}[r.byte()%3]}
		for k := r.byte() % 4; k > 0; k-- {
			n.Ops = append(n.Ops, r.op())
		}
		s.Nodes = append(s.Nodes, n)
		e := scene.Edge{ID: "e" + string(rune('0'+len(s.Edges))), Tail: n.ID, Head: "n0"}
		for k := r.byte() % 6; k > 0; k-- {
			e.Spline = append(e.Spline, scene.Point{X: r.f(), Y: r.f()})
		}
		for k := r.byte() % 3; k > 0; k-- {
			e.Ops = append(e.Ops, r.op())
		}
		s.Edges = append(s.Edges, e)
	}
	return s
}

type reader struct{ b []byte }

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

// f reads a float: small integers mostly, raw float64 bits when flagged.
func (r *reader) f() float64 {
	c := r.byte()
	if c == 0xff && len(r.b) >= 8 {
		v := math.Float64frombits(binary.LittleEndian.Uint64(r.b))
		r.b = r.b[8:]
		return v
	}
	return float64(int8(c)) * 4
}

func (r *reader) op() scene.RoledOp {
	o := scene.RoledOp{Role: scene.Role(r.byte() % 4)}
	o.Kind = scene.OpKind(r.byte() % 6)
	for k := r.byte() % 9; k > 0; k-- {
		o.Points = append(o.Points, scene.Point{X: r.f(), Y: r.f()})
	}
	o.Filled = r.byte()%2 == 0
	o.Stroke = color.NRGBA{r.byte(), r.byte(), r.byte(), r.byte()}
	o.Fill = color.NRGBA{r.byte(), r.byte(), r.byte(), r.byte()}
	o.Width = r.f() / 4
	o.Style = scene.LineStyle(r.byte() % 5)
	o.FontSize = r.f()
	o.TextW = r.f()
	o.Align = scene.Align(int8(r.byte()%3) - 1)
	if n := int(r.byte() % 8); n <= len(r.b) {
		o.Text = string(r.b[:n])
		r.b = r.b[n:]
	}
	return o
}
