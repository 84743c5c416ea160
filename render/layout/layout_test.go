package layout_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/render/dot"
	"dossier/render/layout"
	"dossier/render/scene"
)

var update = flag.Bool("update", false, "rewrite golden files")

func newService(t testing.TB, backend string) *layout.Service {
	t.Helper()
	if backend == "native" {
		if _, err := exec.LookPath("dot"); err != nil {
			t.Skip("native Graphviz (dot) is not on PATH; install graphviz to run this")
		}
	}
	s, err := layout.New(context.Background(), layout.Options{Backend: backend})
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, s.Close()) })
	return s
}

func addNode(t testing.TB, g *graphmodel.Graph, id string, k graphmodel.Kind, typ, label string) {
	t.Helper()
	_, err := g.AddNode(graphmodel.Node{ID: id, Kind: k, Type: typ, Label: label})
	require.NoError(t, err)
}

func connect(t testing.TB, g *graphmodel.Graph, k graphmodel.EdgeKind, a, b string) {
	t.Helper()
	_, err := g.Connect(k, a, b)
	require.NoError(t, err)
}

// summit: two leaders meet in a city and one of them speaks.
func summit(t testing.TB) *graphmodel.Graph {
	g := graphmodel.New()
	addNode(t, g, "actor:putin", graphmodel.KindActor, "person", "Vladimir Putin")
	addNode(t, g, "actor:trump", graphmodel.KindActor, "person", "Donald Trump")
	addNode(t, g, "actor:kremlin", graphmodel.KindActor, "organization", "Kremlin")
	addNode(t, g, "venue:anchorage", graphmodel.KindVenue, "city", "Anchorage")
	addNode(t, g, "venue:alaska", graphmodel.KindVenue, "region", "Alaska")
	addNode(t, g, "meeting:1", graphmodel.KindMeeting, "", "Summit, 15 August")
	addNode(t, g, "statement:1", graphmodel.KindStatement, "", "The talks were constructive and useful, and we agreed to continue")
	connect(t, g, graphmodel.EdgeParticipant, "actor:putin", "meeting:1")
	connect(t, g, graphmodel.EdgeParticipant, "actor:trump", "meeting:1")
	connect(t, g, graphmodel.EdgeVenue, "meeting:1", "venue:anchorage")
	connect(t, g, graphmodel.EdgeLocatedIn, "venue:anchorage", "venue:alaska")
	connect(t, g, graphmodel.EdgeSpeaker, "actor:putin", "statement:1")
	connect(t, g, graphmodel.EdgeAbout, "statement:1", "meeting:1")
	connect(t, g, graphmodel.EdgeAffiliation, "actor:putin", "actor:kremlin")
	return g
}

// star: one country joined to five groups.
func star(t testing.TB) *graphmodel.Graph {
	g := graphmodel.New()
	addNode(t, g, "c", graphmodel.KindActor, "country", "Ukraine")
	for i := range 5 {
		id := fmt.Sprintf("g%d", i)
		addNode(t, g, id, graphmodel.KindActor, "group", fmt.Sprintf("Group %d", i))
		connect(t, g, graphmodel.EdgeAffiliation, id, "c")
	}
	return g
}

// foreign: entities with related edges, one loop and parallel edges.
func foreign(t testing.TB) *graphmodel.Graph {
	g := graphmodel.New()
	for _, id := range []string{"a", "b", "c"} {
		addNode(t, g, id, graphmodel.KindEntity, "", strings.ToUpper(id))
	}
	for i, e := range [][2]string{{"a", "b"}, {"a", "b"}, {"b", "c"}, {"c", "c"}} {
		_, err := g.AddEdge(graphmodel.Edge{ID: fmt.Sprintf("e%d", i), Kind: graphmodel.EdgeRelated, Source: e[0], Target: e[1]})
		require.NoError(t, err)
	}
	return g
}

// rounded copies a scene with every coordinate rounded to whole points,
// so goldens do not churn on tiny numeric differences.
func rounded(s *scene.Scene) *scene.Scene {
	r := func(p scene.Point) scene.Point { return scene.Point{X: math.Round(p.X), Y: math.Round(p.Y)} }
	ops := func(in []scene.RoledOp) []scene.RoledOp {
		out := make([]scene.RoledOp, len(in))
		for i, o := range in {
			o.Points = append([]scene.Point(nil), o.Points...)
			for k := range o.Points {
				o.Points[k] = r(o.Points[k])
			}
			o.TextW = math.Round(o.TextW)
			out[i] = o
		}
		return out
	}
	c := *s
	c.Width, c.Height = math.Round(s.Width), math.Round(s.Height)
	c.Ops = ops(s.Ops)
	c.Nodes = append([]scene.Node(nil), s.Nodes...)
	for i := range c.Nodes {
		n := &c.Nodes[i]
		n.Center, n.Width, n.Height = r(n.Center), math.Round(n.Width), math.Round(n.Height)
		n.Ops = ops(n.Ops)
	}
	c.Edges = append([]scene.Edge(nil), s.Edges...)
	for i := range c.Edges {
		e := &c.Edges[i]
		e.Spline = append([]scene.Point(nil), e.Spline...)
		for k := range e.Spline {
			e.Spline[k] = r(e.Spline[k])
		}
		e.LabelPos = r(e.LabelPos)
		e.Ops = ops(e.Ops)
	}
	return &c
}

func TestGoldenScenes(t *testing.T) {
	s := newService(t, "wasm")
	for name, build := range map[string]func(testing.TB) *graphmodel.Graph{"summit": summit, "star": star, "foreign": foreign} {
		t.Run(name, func(t *testing.T) {
			sc, err := layout.Graph(context.Background(), s, build(t), nil, dot.Options{}, "dot")
			require.NoError(t, err)
			var b bytes.Buffer
			require.NoError(t, rounded(sc).WriteJSON(&b))
			path := filepath.Join("testdata", name+".golden.json")
			if *update {
				require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
			}
			want, err := os.ReadFile(path)
			require.NoError(t, err)
			assert.Equal(t, string(want), b.String())
		})
	}
}

func TestSceneMapsBackToTheModel(t *testing.T) {
	for _, backend := range []string{"wasm", "native"} {
		t.Run(backend, func(t *testing.T) {
			s := newService(t, backend)
			g := summit(t)
			sc, err := layout.Graph(context.Background(), s, g, nil, dot.Options{}, "")
			require.NoError(t, err)
			assert.Equal(t, "sfdp", sc.Engine, "an evidence graph gets sfdp whatever its size (ForGraph)")
			require.Len(t, sc.Nodes, g.NodeCount())
			require.Len(t, sc.Edges, g.EdgeCount())
			for _, n := range g.Nodes() {
				i := sc.NodeIndex(n.ID)
				require.GreaterOrEqual(t, i, 0, n.ID)
				sn := sc.Nodes[i]
				assert.Equal(t, string(n.Kind), sn.Kind)
				assert.Equal(t, n.Type, sn.Type)
				assert.NotEmpty(t, sn.Ops)
				assert.True(t, sc.Bounds().Contains(sn.Center))
				hit := sc.Hit(sn.Center, 4)
				assert.Equal(t, scene.HitNode, hit.Kind, "tapping %s's centre", n.ID)
				assert.Equal(t, n.ID, hit.ID)
			}
			for _, e := range g.Edges() {
				i := sc.EdgeIndex(e.ID)
				require.GreaterOrEqual(t, i, 0, e.ID)
				se := sc.Edges[i]
				assert.Equal(t, e.Source, se.Tail)
				assert.Equal(t, e.Target, se.Head)
				assert.Equal(t, string(e.Kind), se.Kind)
				var head bool
				for _, o := range se.Ops {
					head = head || o.Role == scene.RoleHead
				}
				assert.True(t, head, "%s has an arrowhead", e.ID)
			}
			st := sc.Nodes[sc.NodeIndex("statement:1")]
			assert.Contains(t, st.Tooltip, "The talks were constructive and useful, and we agreed to continue")
			assert.Contains(t, st.Label, "\n", "statement labels are wrapped")
		})
	}
}

func TestPointOnEdgeHitsTheEdge(t *testing.T) {
	s := newService(t, "wasm")
	sc, err := layout.Graph(context.Background(), s, summit(t), nil, dot.Options{}, "dot")
	require.NoError(t, err)
	for _, e := range sc.Edges {
		// The middle of the middle Bézier piece lies on the curve.
		n := (len(e.Spline) - 1) / 3
		k := 3 * (n / 2)
		p0, c1, c2, p1 := e.Spline[k], e.Spline[k+1], e.Spline[k+2], e.Spline[k+3]
		mid := scene.Point{X: (p0.X + 3*c1.X + 3*c2.X + p1.X) / 8, Y: (p0.Y + 3*c1.Y + 3*c2.Y + p1.Y) / 8}
		h := sc.Hit(mid, 3)
		if h.Kind == scene.HitNode {
			continue // the curve passes under a node there
		}
		assert.Equal(t, scene.HitEdge, h.Kind, e.ID)
		assert.Equal(t, e.ID, h.ID)
	}
	assert.Equal(t, scene.HitNone, sc.Hit(scene.Point{X: -50, Y: -50}, 5).Kind, "empty space hits nothing")
}

func TestEnginesAndFormats(t *testing.T) {
	s := newService(t, "wasm")
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, star(t), dot.Options{}))
	for _, e := range layout.Engines {
		sc, err := s.Layout(context.Background(), b.Bytes(), e)
		require.NoError(t, err, e)
		assert.Len(t, sc.Nodes, 6, e)
		assert.Equal(t, e, sc.Engine)
	}
	for _, f := range layout.Formats {
		out, err := s.Render(context.Background(), b.Bytes(), "dot", f)
		require.NoError(t, err, f)
		assert.NotEmpty(t, out)
	}
	svg, err := s.Render(context.Background(), b.Bytes(), "dot", "svg")
	require.NoError(t, err)
	assert.Contains(t, string(svg), `id="c"`, "SVG keeps the model id")
	assert.Contains(t, string(svg), `xlink:title="Ukraine`, "and a tooltip")
}

func TestSavedPositionsAreKept(t *testing.T) {
	g := graphmodel.New()
	for i, p := range [][2]string{{"0", "0"}, {"300", "0"}, {"0", "200"}} {
		_, err := g.AddNode(graphmodel.Node{ID: fmt.Sprint(i), Kind: graphmodel.KindEntity, Label: fmt.Sprint(i), Attrs: map[string]string{"x": p[0], "y": p[1]}})
		require.NoError(t, err)
	}
	_, err := g.AddEdge(graphmodel.Edge{Kind: graphmodel.EdgeRelated, Source: "0", Target: "1"})
	require.NoError(t, err)
	s := newService(t, "wasm")
	sc, err := layout.Graph(context.Background(), s, g, nil, dot.Options{}, "saved")
	require.NoError(t, err)
	a, b, c := sc.Nodes[sc.NodeIndex("0")].Center, sc.Nodes[sc.NodeIndex("1")].Center, sc.Nodes[sc.NodeIndex("2")].Center
	assert.InDelta(t, 300, b.X-a.X, 0.5, "x distances kept in points")
	assert.InDelta(t, 0, b.Y-a.Y, 0.5)
	assert.InDelta(t, -200, c.Y-a.Y, 0.5, "y up in the file is up on screen")
}

func TestSameDOTSameSceneOnBothBackends(t *testing.T) {
	wasm, native := newService(t, "wasm"), newService(t, "native")
	assert.Contains(t, native.Backend(), "native Graphviz")
	assert.Contains(t, wasm.Backend(), "WebAssembly")
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, summit(t), dot.Options{}))
	for _, e := range []string{"dot", "sfdp", "neato"} {
		a, err := wasm.Layout(context.Background(), b.Bytes(), e)
		require.NoError(t, err)
		z, err := native.Layout(context.Background(), b.Bytes(), e)
		require.NoError(t, err)
		require.Len(t, z.Nodes, len(a.Nodes))
		for i := range a.Nodes {
			assert.Equal(t, a.Nodes[i].ID, z.Nodes[i].ID)
			assert.Equal(t, a.Nodes[i].Kind, z.Nodes[i].Kind)
		}
		assert.Len(t, z.Edges, len(a.Edges))
	}
}

func TestNativeCancelKillsTheProcess(t *testing.T) {
	s := newService(t, "native")
	var b bytes.Buffer
	require.NoError(t, dot.Write(&b, randomGraph(t, 1500, 3), dot.Options{}))
	// dot needs minutes for this graph: the deadline ends it mid-run.
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	_, err := s.Layout(ctx, b.Bytes(), "dot")
	require.ErrorIs(t, err, context.DeadlineExceeded)
	// The owner goroutine is free again as soon as the process is gone:
	// were it not killed, this would wait for minutes.
	sc, err := s.Layout(context.Background(), []byte("digraph { a -> b }"), "dot")
	require.NoError(t, err)
	assert.Len(t, sc.Nodes, 2)
}

func TestConcurrentCallersOnWasm(t *testing.T) {
	s := newService(t, "wasm")
	var wg sync.WaitGroup
	for i := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := randomGraph(t, 10+i, int64(i))
			sc, err := layout.Graph(context.Background(), s, g, nil, dot.Options{}, "sfdp")
			assert.NoError(t, err)
			if err == nil {
				assert.Len(t, sc.Nodes, 10+i)
			}
		}()
	}
	wg.Wait()
}

func TestSubmitDeliversTheNewest(t *testing.T) {
	s := newService(t, "wasm")
	results := make(chan layout.Result, 3)
	var gens []uint64
	for i := range 3 {
		var b bytes.Buffer
		require.NoError(t, dot.Write(&b, randomGraph(t, 30+i, int64(i)), dot.Options{}))
		gens = append(gens, s.Submit(context.Background(), b.Bytes(), "sfdp", func(r layout.Result) { results <- r }))
	}
	var fresh int
	for range 3 {
		r := <-results
		if r.Gen == gens[2] {
			require.NoError(t, r.Err)
			assert.Len(t, r.Scene.Nodes, 32)
			fresh++
		} else if r.Err == nil {
			t.Errorf("generation %d delivered a scene after %d was asked for", r.Gen, gens[2])
		}
	}
	assert.Equal(t, 1, fresh)
}

// fixtureCounts are the node counts of ../shared/fixtures/graphs/dot/
// (SOURCES.md, from dot -Tplain).
var fixtureCounts = map[string]int{
	"165_2.dot": 2, "1865.dot": 1, "Latin1.gv": 1, "Petersen.gv": 10, "b100.gv": 1463,
	"clust4.gv": 10, "compound_dot.gv": 8, "crazy.gv": 41, "fsm.gv": 9, "hashtable.gv": 8,
	"html.gv": 3, "html2.gv": 4, "japanese.gv": 7, "ports.gv": 12, "records.gv": 7,
	"russian.gv": 11, "structs.gv": 3, "unix.gv": 41, "world.gv": 48,
}

func TestEveryDOTFixtureLaysOut(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "fixtures", "graphs", "dot")
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	require.NoError(t, err)
	if len(files) == 0 {
		t.Skipf("no fixtures in %s", dir)
	}
	s := newService(t, "wasm")
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(f)
			require.NoError(t, err)
			want, ok := fixtureCounts[name]
			require.True(t, ok, "new fixture %s: add its node count", name)
			engine := "dot"
			if len(data) > 100<<10 {
				engine = "sfdp" // b100.gv: dot takes minutes
			}
			sc, err := s.Layout(context.Background(), data, engine)
			require.NoError(t, err)
			assert.Len(t, sc.Nodes, want)
			for _, n := range sc.Nodes {
				assert.NotEmpty(t, n.ID)
			}
			if want >= 20 {
				// The WebAssembly sfdp heaps b100.gv's nodes on a few
				// points unless the service steps in.
				assert.Greater(t, sc.Width*sc.Height, float64(want)*100, "the drawing spreads the nodes out")
			}
			if name == "Latin1.gv" {
				assert.Contains(t, sc.Nodes[0].Label, "é", "charset=latin1 is honoured")
			}
		})
	}
}

func TestNativeTimeout(t *testing.T) {
	if _, err := exec.LookPath("dot"); err != nil {
		t.Skip("native Graphviz (dot) is not on PATH; install graphviz to run this")
	}
	s, err := layout.New(context.Background(), layout.Options{Backend: "native", NativeTimeout: time.Nanosecond})
	require.NoError(t, err)
	defer s.Close()
	_, err = s.Layout(context.Background(), []byte("digraph { a -> b }"), "dot")
	require.ErrorIs(t, err, layout.ErrTimeout)
}

func TestGraphOfASelectionAndOfNothing(t *testing.T) {
	s := newService(t, "wasm")
	g := summit(t)
	sel, err := g.Ego("meeting:1", 1)
	require.NoError(t, err)
	sc, err := layout.Graph(context.Background(), s, g, &sel, dot.Options{}, "")
	require.NoError(t, err)
	assert.Len(t, sc.Nodes, len(sel.Nodes))
	assert.Len(t, sc.Edges, len(sel.Edges))

	empty, err := layout.Graph(context.Background(), s, graphmodel.New(), nil, dot.Options{}, "")
	require.NoError(t, err)
	assert.Empty(t, empty.Nodes)
	_, err = layout.Graph(context.Background(), s, nil, nil, dot.Options{}, "")
	assert.Error(t, err)
}

func TestAuto(t *testing.T) {
	assert.Equal(t, "dot", layout.Auto(40, 60))
	assert.Equal(t, "sfdp", layout.Auto(1000, 1500))
	assert.Equal(t, "sfdp", layout.Auto(50, 5000), "dense graphs too")
}

func TestForGraph(t *testing.T) {
	g := summit(t)
	bySize := func(n, e int) string { return "dot" }
	assert.Equal(t, "sfdp", layout.ForGraph(g, 5, 5, bySize), "extracted graphs: force-directed")
	g.Attrs["format"] = "dot"
	assert.Equal(t, "dot", layout.ForGraph(g, 5, 5, bySize), "DOT files: by size")
	g.Attrs["format"] = "gexf"
	for _, n := range g.Nodes() {
		require.NoError(t, g.SetNodeAttr(n.ID, "x", "1"))
		require.NoError(t, g.SetNodeAttr(n.ID, "y", "2"))
	}
	assert.Equal(t, "saved", layout.ForGraph(g, 5, 5, bySize), "a file with its own drawing keeps it")
	assert.False(t, layout.SavedYDown(g))
	g.Attrs["format"] = "dossier"
	assert.False(t, layout.HasSavedPositions(g), "Dossier's own graphs are always laid out")
}
