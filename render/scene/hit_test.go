package scene_test

import (
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/render/scene"
)

// synthetic lays n ellipse nodes (60×30) on a jittered grid 100 points
// apart and joins each to one or two near neighbours with straight
// cubic edges: a stand-in for a large sfdp layout.
func synthetic(n int, seed uint64) *scene.Scene {
	r := rand.New(rand.NewPCG(seed, 1))
	cols := int(math.Ceil(math.Sqrt(float64(n))))
	s := &scene.Scene{Width: float64(cols) * 100, Height: float64((n+cols-1)/cols) * 100}
	for i := 0; i < n; i++ {
		c := scene.Point{X: float64(i%cols)*100 + 50 + r.Float64()*20 - 10, Y: float64(i/cols)*100 + 50 + r.Float64()*20 - 10}
		s.Nodes = append(s.Nodes, scene.Node{
			ID: fmt.Sprintf("n%d", i), Center: c, Width: 60, Height: 30, Shape: "ellipse",
			Ops: []scene.RoledOp{
				{Op: scene.Op{Kind: scene.OpEllipse, Points: []scene.Point{c, {X: 30, Y: 15}}, Filled: true}},
				{Op: scene.Op{Kind: scene.OpText, Points: []scene.Point{{X: c.X, Y: c.Y + 4}}, Text: "label", TextW: 30}, Role: scene.RoleLabel},
			},
		})
	}
	for i := 0; i < n; i++ {
		for _, d := range []int{1, cols} {
			j := i + d
			if j >= n || d == 1 && i%cols == cols-1 || r.IntN(4) == 0 {
				continue
			}
			a, b := s.Nodes[i].Center, s.Nodes[j].Center
			sp := []scene.Point{a, lerp(a, b, 1.0/3), lerp(a, b, 2.0/3), b}
			s.Edges = append(s.Edges, scene.Edge{
				ID: fmt.Sprintf("e%d-%d", i, j), Tail: s.Nodes[i].ID, Head: s.Nodes[j].ID, Spline: sp,
				Ops: []scene.RoledOp{{Op: scene.Op{Kind: scene.OpBezier, Points: sp}}},
			})
		}
	}
	s.BuildIndex()
	return s
}

func lerp(a, b scene.Point, t float64) scene.Point {
	return scene.Point{X: a.X + (b.X-a.X)*t, Y: a.Y + (b.Y-a.Y)*t}
}

func TestHitNodeEdgeAndEmptySpace(t *testing.T) {
	s := synthetic(100, 1)
	for _, n := range s.Nodes {
		h := s.Hit(n.Center, 5)
		require.Equal(t, scene.HitNode, h.Kind)
		assert.Equal(t, n.ID, h.ID, "tapping a node's centre picks it")
		assert.Equal(t, n.ID, s.Nodes[h.Index].ID)
	}
	for _, e := range s.Edges {
		mid := lerp(e.Spline[0], e.Spline[3], 0.5)
		h := s.Hit(scene.Point{X: mid.X + 1, Y: mid.Y + 1}, 3)
		require.Equal(t, scene.HitEdge, h.Kind, e.ID)
		assert.Equal(t, e.ID, h.ID, "a point beside an edge's middle picks it")
		assert.LessOrEqual(t, h.Dist, math.Sqrt2+1e-9)
	}
	assert.Equal(t, scene.HitNone, s.Hit(scene.Point{X: -500, Y: -500}, 10).Kind)
	miss := s.Hit(scene.Point{X: math.NaN(), Y: 0}, 10)
	assert.Equal(t, scene.HitNone, miss.Kind)
	assert.Equal(t, -1, miss.Index)
}

func TestHitFollowsTheShape(t *testing.T) {
	diamond := scene.Node{ID: "d", Center: scene.Point{X: 50, Y: 50}, Width: 40, Height: 40, Shape: "diamond",
		Ops: []scene.RoledOp{{Op: scene.Op{Kind: scene.OpPolygon, Points: []scene.Point{{X: 50, Y: 30}, {X: 70, Y: 50}, {X: 50, Y: 70}, {X: 30, Y: 50}}}}}}
	ellipse := scene.Node{ID: "e", Center: scene.Point{X: 150, Y: 50}, Width: 40, Height: 20, Shape: "ellipse"}
	box := scene.Node{ID: "b", Center: scene.Point{X: 250, Y: 50}, Width: 40, Height: 20, Shape: "box"}
	s := &scene.Scene{Width: 300, Height: 100, Nodes: []scene.Node{diamond, ellipse, box}}
	// No BuildIndex: a hand-made scene still answers.
	assert.Equal(t, "d", s.Hit(scene.Point{X: 55, Y: 52}, 0).ID)
	assert.Equal(t, scene.HitNone, s.Hit(scene.Point{X: 32, Y: 32}, 0).Kind, "a diamond's corner box is outside it")
	assert.Equal(t, scene.HitNone, s.Hit(scene.Point{X: 32, Y: 32}, 5).Kind, "nor near its outline")
	assert.Equal(t, "d", s.Hit(scene.Point{X: 27, Y: 50}, 5).ID, "just off its tip, within the tap radius")
	assert.Equal(t, scene.HitNone, s.Hit(scene.Point{X: 131, Y: 41}, 0).Kind, "outside the ellipse, inside its box")
	assert.Equal(t, "b", s.Hit(scene.Point{X: 231, Y: 41}, 0).ID, "boxes fill their box")

	over := &scene.Scene{Width: 100, Height: 100, Nodes: []scene.Node{
		{ID: "under", Center: scene.Point{X: 50, Y: 50}, Width: 40, Height: 40, Shape: "box"},
		{ID: "over", Center: scene.Point{X: 60, Y: 60}, Width: 40, Height: 40, Shape: "box"},
	}}
	over.BuildIndex()
	assert.Equal(t, "over", over.Hit(scene.Point{X: 55, Y: 55}, 0).ID, "the node drawn last is on top")
	assert.Equal(t, 1, over.NodeIndex("over"))
	assert.Equal(t, -1, over.EdgeIndex("x"))
}

// bruteHit is the linear-scan definition Hit must agree with.
func bruteHit(s *scene.Scene, p scene.Point, radius float64) (scene.HitKind, int) {
	for i := len(s.Nodes) - 1; i >= 0; i-- {
		if s.Nodes[i].Contains(p) {
			return scene.HitNode, i
		}
	}
	best, bestD := -1, math.Inf(1)
	for i, e := range s.Edges {
		a, b := e.Spline[0], e.Spline[3] // straight edges in synthetic scenes
		if d := segDist(p, a, b); d <= radius && d < bestD {
			best, bestD = i, d
		}
	}
	if best >= 0 {
		return scene.HitEdge, best
	}
	return scene.HitNone, -1
}

func segDist(p, a, b scene.Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	t := math.Max(0, math.Min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/(dx*dx+dy*dy)))
	return math.Hypot(p.X-a.X-t*dx, p.Y-a.Y-t*dy)
}

func TestHitAgreesWithALinearScan(t *testing.T) {
	s := synthetic(400, 2)
	r := rand.New(rand.NewPCG(3, 3))
	for range 3000 {
		p := scene.Point{X: r.Float64()*s.Width*1.1 - 10, Y: r.Float64()*s.Height*1.1 - 10}
		kind, idx := bruteHit(s, p, 4)
		h := s.Hit(p, 4)
		if kind == scene.HitNone && h.Kind == scene.HitNode {
			assert.LessOrEqual(t, h.Dist, 4.0, "near-node fallback")
			continue
		}
		require.Equal(t, kind, h.Kind, "at %v", p)
		if kind == scene.HitEdge {
			// Ties between edges meeting at a node may resolve either way.
			assert.InDelta(t, segDist(p, s.Edges[idx].Spline[0], s.Edges[idx].Spline[3]), h.Dist, 1e-6)
		} else {
			assert.Equal(t, idx, h.Index)
		}
	}
}

func TestVisibleAgreesWithALinearScan(t *testing.T) {
	s := synthetic(900, 4)
	r := rand.New(rand.NewPCG(5, 5))
	for range 200 {
		x, y := r.Float64()*s.Width, r.Float64()*s.Height
		view := scene.Rect{Min: scene.Point{X: x, Y: y}, Max: scene.Point{X: x + r.Float64()*800, Y: y + r.Float64()*600}}
		nodes, edges := s.Visible(view)
		var wantN, wantE []int
		for i := range s.Nodes {
			if s.Nodes[i].Bounds().Intersects(view) {
				wantN = append(wantN, i)
			}
		}
		for i, e := range s.Edges {
			if segBox(e.Spline[0], e.Spline[3]).Intersects(view) && segmentMeetsRect(e.Spline[0], e.Spline[3], view) {
				wantE = append(wantE, i)
			}
		}
		assert.Equal(t, wantN, nodes)
		// Edges are found by flattened pieces' boxes: a superset of the
		// exact answer, never missing one.
		assert.Subset(t, edges, wantE)
		assert.IsIncreasing(t, append([]int{-1}, edges...))
	}
	all, allE := s.Visible(s.Bounds())
	assert.Len(t, all, len(s.Nodes))
	assert.Len(t, allE, len(s.Edges))
	none, noneE := s.Visible(scene.Rect{Min: scene.Point{X: -900, Y: -900}, Max: scene.Point{X: -800, Y: -800}})
	assert.Empty(t, none)
	assert.Empty(t, noneE)
}

func segBox(a, b scene.Point) scene.Rect {
	return scene.Rect{Min: scene.Point{X: math.Min(a.X, b.X), Y: math.Min(a.Y, b.Y)}, Max: scene.Point{X: math.Max(a.X, b.X), Y: math.Max(a.Y, b.Y)}}
}

// segmentMeetsRect samples the segment finely.
func segmentMeetsRect(a, b scene.Point, r scene.Rect) bool {
	for k := 0; k <= 200; k++ {
		if r.Contains(lerp(a, b, float64(k)/200)) {
			return true
		}
	}
	return false
}

func TestEmptyScene(t *testing.T) {
	s := &scene.Scene{}
	assert.Equal(t, scene.HitNone, s.Hit(scene.Point{}, 10).Kind)
	n, e := s.Visible(scene.Rect{Max: scene.Point{X: 10, Y: 10}})
	assert.Empty(t, n)
	assert.Empty(t, e)
	s.BuildIndex()
	assert.Equal(t, -1, s.NodeIndex(""))
}

func BenchmarkHit10k(b *testing.B) {
	s := synthetic(10000, 9)
	r := rand.New(rand.NewPCG(1, 2))
	pts := make([]scene.Point, 1024)
	for i := range pts {
		pts[i] = scene.Point{X: r.Float64() * s.Width, Y: r.Float64() * s.Height}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Hit(pts[i&1023], 10)
	}
}

func BenchmarkVisible10k(b *testing.B) {
	s := synthetic(10000, 9)
	for _, c := range []struct {
		name string
		r    scene.Rect
	}{
		{"viewport", scene.Rect{Min: scene.Point{X: 3000, Y: 3000}, Max: scene.Point{X: 4280, Y: 3800}}},
		{"all", s.Bounds()},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				s.Visible(c.r)
			}
		})
	}
}

func BenchmarkBuildIndex10k(b *testing.B) {
	s := synthetic(10000, 9)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.BuildIndex()
	}
}

// graphvizJSON writes -Tjson-shaped output for n nodes in a row.
func graphvizJSON(n int) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `{"name":"g","directed":true,"bb":"0,0,%d,100","_subgraph_cnt":0,"objects":[`, n*100)
	for i := 0; i < n; i++ {
		if i > 0 {
			b.WriteByte(',')
		}
		x := i*100 + 50
		fmt.Fprintf(&b, `{"_gvid":%d,"name":"n%d","dossier_id":"actor:%d","dossier_kind":"actor","dossier_type":"person","pos":"%d,50","width":"0.75","height":"0.5","shape":"ellipse","label":"Actor %d",`+
			`"_draw_":[{"op":"c","grad":"none","color":"#333333"},{"op":"C","grad":"none","color":"#9ecae1"},{"op":"E","rect":[%d,50,27,18]}],`+
			`"_ldraw_":[{"op":"F","size":11,"face":"Helvetica"},{"op":"c","grad":"none","color":"#111111"},{"op":"T","pt":[%d,46.3],"align":"c","width":40,"text":"Actor %d"}]}`, i, i, i, x, i, x, x, i)
	}
	b.WriteString(`],"edges":[`)
	for i := 1; i < n; i++ {
		if i > 1 {
			b.WriteByte(',')
		}
		x0, x1 := (i-1)*100+77, i*100+23
		fmt.Fprintf(&b, `{"_gvid":%d,"tail":%d,"head":%d,"dossier_id":"e%d","dossier_kind":"affiliation","pos":"e,%d,50 %d,50 %d,50 %d,50 %d,50",`+
			`"_draw_":[{"op":"c","grad":"none","color":"#2f7a2f"},{"op":"b","points":[[%d,50],[%d,50],[%d,50],[%d,50]]}],`+
			`"_hdraw_":[{"op":"S","style":"solid"},{"op":"C","grad":"none","color":"#2f7a2f"},{"op":"P","points":[[%d,53.5],[%d,50],[%d,46.5]]}]}`,
			i-1, i-1, i, i, x1, x0, x0+10, x1-20, x1-10, x0, x0+10, x1-20, x1-10, x1-10, x1, x1-10)
	}
	b.WriteString("]}")
	return []byte(b.String())
}

func TestSyntheticGraphvizJSONParses(t *testing.T) {
	s, err := scene.Parse(graphvizJSON(5))
	require.NoError(t, err)
	assert.Len(t, s.Nodes, 5)
	assert.Len(t, s.Edges, 4)
	assert.Equal(t, "actor:3", s.Edges[2].Head)
}

func BenchmarkParse(b *testing.B) {
	for _, n := range []int{1000, 10000} {
		data := graphvizJSON(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if _, err := scene.Parse(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
