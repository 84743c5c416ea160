package app

import (
	"context"
	"image"
	"runtime"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/stretchr/testify/require"

	"dossier/app/graphview"
	"dossier/graphmodel"
	"dossier/render/scene"
)

// uiQueue stands in for fyne.Do: background work hands its results to the
// test goroutine, which runs them when it settles, so tests are
// deterministic and race-free.
type uiQueue chan func()

func (q uiQueue) post(f func()) { q <- f }

// harness is an explorer driven by a test.
type harness struct {
	t *testing.T
	e *Explorer
	q uiQueue
	w fyne.Window
}

// newHarness opens an explorer on files (none: the sample) in Fyne's test
// app, with recovery copies kept in a temporary folder, and waits until
// it has settled. With fake, a grid layout stands in for Graphviz.
func newHarness(t *testing.T, fake bool, files ...string) *harness {
	t.Helper()
	return newHarnessIn(t, t.TempDir(), fake, files...)
}

// newHarnessIn is newHarness with recovery copies kept in dir.
func newHarnessIn(t *testing.T, dir string, fake bool, files ...string) *harness {
	t.Helper()
	a := test.NewTempApp(t)
	q := make(uiQueue, 4096)
	e := NewExplorer(a, Options{Files: files, RecoveryDir: dir, Post: q.post})
	if fake {
		useFakes(e.graph)
	}
	h := &harness{t: t, e: e, q: q, w: e.win}
	h.w.Resize(fyne.NewSize(1200, 800))
	h.settle()
	return h
}

// settle runs queued UI work until no background work is left.
// Background work may end without posting anything (its count drops
// after its last post), so the wait looks at the count again every few
// milliseconds instead of waiting only for the queue.
func (h *harness) settle() {
	h.t.Helper()
	deadline := time.After(3 * time.Minute)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case f := <-h.q:
			f()
			continue
		default:
		}
		if h.e.pending.Load() == 0 {
			select {
			case f := <-h.q:
				f()
				continue
			default:
				return
			}
		}
		select {
		case f := <-h.q:
			f()
		case <-tick.C:
		case <-deadline:
			buf := make([]byte, 1<<20)
			h.t.Fatalf("the explorer did not settle within three minutes (%d pieces of background work pending, %d results queued); goroutines:\n%s",
				h.e.pending.Load(), len(h.q), buf[:runtime.Stack(buf, true)])
		}
	}
}

// tapNode taps the view where node id is drawn.
func (h *harness) tapNode(id string) {
	h.t.Helper()
	pos, ok := h.e.graph.nodeScreenPos(id)
	require.True(h.t, ok, "node %s is not in the view", id)
	test.TapAt(h.e.graph.view, pos)
	h.settle()
}

// fakeLayout places the nodes of its "DOT" (one id per line, from
// fakeDOT) on a grid, 100 points apart, with straight edges; it stands in
// for Graphviz in tests of the window's behaviour.
type fakeLayout struct{}

func (fakeLayout) Layout(ctx context.Context, dot []byte, engine string) (*scene.Scene, error) {
	s := &scene.Scene{Engine: engine}
	pos := map[string]scene.Point{}
	lines := strings.Split(strings.TrimSpace(string(dot)), "\n")
	for _, l := range lines {
		if id, ok := strings.CutPrefix(l, "N "); ok {
			i := len(s.Nodes)
			c := scene.Point{X: float64(50 + 100*(i%6)), Y: float64(50 + 100*(i/6))}
			pos[id] = c
			s.Nodes = append(s.Nodes, scene.Node{ID: id, Label: id, Center: c, Width: 60, Height: 30, Shape: "box"})
		}
	}
	for _, l := range lines {
		if rest, ok := strings.CutPrefix(l, "E "); ok {
			f := strings.Split(rest, "\t")
			a, b := pos[f[1]], pos[f[2]]
			s.Edges = append(s.Edges, scene.Edge{ID: f[0], Tail: f[1], Head: f[2], Spline: []scene.Point{a, a, b, b}})
		}
	}
	s.Width, s.Height = 650, float64(100+100*(len(s.Nodes)/6))
	return s, nil
}

func (fakeLayout) Backend() string { return "fake" }
func (fakeLayout) Close() error    { return nil }

func fakeDOT(g *graphmodel.Graph, sel graphmodel.Selection, _ string, _ map[string]string, _ bool) ([]byte, error) {
	var b strings.Builder
	for _, id := range sel.Nodes {
		b.WriteString("N " + id + "\n")
	}
	for _, id := range sel.Edges {
		e, _ := g.Edge(id)
		b.WriteString("E " + id + "\t" + e.Source + "\t" + e.Target + "\n")
	}
	return []byte(b.String()), nil
}

// fakeHit finds nodes by box and edges by their midpoint.
func fakeHit(s *scene.Scene, p scene.Point, r float64) (graphview.HitKind, string) {
	for _, n := range s.Nodes {
		b := n.Bounds()
		if p.X >= b.Min.X && p.X <= b.Max.X && p.Y >= b.Min.Y && p.Y <= b.Max.Y {
			return graphview.HitNode, n.ID
		}
	}
	for _, e := range s.Edges {
		a, b := e.Spline[0], e.Spline[len(e.Spline)-1]
		m := scene.Point{X: (a.X + b.X) / 2, Y: (a.Y + b.Y) / 2}
		if (p.X-m.X)*(p.X-m.X)+(p.Y-m.Y)*(p.Y-m.Y) <= (r+2)*(r+2) {
			return graphview.HitEdge, e.ID
		}
	}
	return graphview.HitNone, ""
}

func useFakes(p *graphPanel) {
	p.lay = fakeLayout{}
	p.writeDOT = fakeDOT
	p.hit = fakeHit
	p.view.Hit = fakeHit
	p.paint = func(*image.RGBA, graphview.Frame) {}
	p.view.Draw = p.paint
	p.auto = func(int, int) string { return "dot" }
}
