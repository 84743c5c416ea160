package scene_test

import (
	"bytes"
	"image/color"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/render/scene"
)

// small.json is `dot -Tjson testdata/small.gv` (Graphviz 2.43).
func loadSmall(t testing.TB) *scene.Scene {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "small.json"))
	require.NoError(t, err)
	s, err := scene.Parse(data)
	require.NoError(t, err)
	return s
}

func TestParseMapsModelIDsAndFallsBackToNames(t *testing.T) {
	s := loadSmall(t)
	require.Len(t, s.Nodes, 3)
	require.Len(t, s.Edges, 3)
	a := s.Nodes[s.NodeIndex(`actor:alice\`)]
	assert.Equal(t, "actor", a.Kind)
	assert.Equal(t, "person", a.Type)
	assert.Equal(t, "Alice \"A\"\nsecond line", a.Label, "label as shown, line by line")
	assert.Equal(t, "full text", a.Tooltip)
	assert.Equal(t, "ellipse", a.Shape)

	venue := s.Nodes[s.NodeIndex("n2")]
	assert.Equal(t, "", venue.Kind, "a foreign node keeps its DOT name and no kind")
	assert.Equal(t, "Riyadh city", venue.Label, "HTML label spans joined")

	e := s.Edges[s.EdgeIndex("participant:1")]
	assert.Equal(t, "participant", e.Kind)
	assert.Equal(t, `actor:alice\`, e.Tail)
	assert.Equal(t, "meeting:1", e.Head)
	assert.Equal(t, "part", e.Label)
	assert.NotEqual(t, scene.Point{}, e.LabelPos)
	assert.GreaterOrEqual(t, len(e.Spline), 4)
	assert.Equal(t, 1, (len(e.Spline)-1)%3+1-0, "p0 plus triples of control points")

	assert.GreaterOrEqual(t, s.EdgeIndex("meeting:1->n2"), 0)
	assert.GreaterOrEqual(t, s.EdgeIndex("meeting:1->n2#1"), 0, "parallel foreign edges get distinct ids")
	assert.Equal(t, -1, s.NodeIndex("nope"))
}

func TestParseFlipsToScreenCoordinates(t *testing.T) {
	s := loadSmall(t)
	assert.Greater(t, s.Width, 50.0)
	assert.Greater(t, s.Height, 100.0)
	alice := s.Nodes[s.NodeIndex(`actor:alice\`)]
	meet := s.Nodes[s.NodeIndex("meeting:1")]
	venue := s.Nodes[s.NodeIndex("n2")]
	assert.Less(t, alice.Center.Y, meet.Center.Y, "dot ranks top to bottom: the tail is above")
	assert.Less(t, meet.Center.Y, venue.Center.Y)
	for _, n := range s.Nodes {
		b := n.Bounds()
		outer := scene.Rect{Min: scene.Point{X: -0.01, Y: -0.01}, Max: scene.Point{X: s.Width + 0.01, Y: s.Height + 0.01}}
		assert.True(t, outer.Contains(b.Min) && outer.Contains(b.Max), "%s %v inside the drawing %v", n.ID, b, s.Bounds())
		for _, o := range n.Ops {
			if o.Kind == scene.OpText {
				assert.True(t, b.Contains(o.Points[0]), "%s: label baseline inside the node", n.ID)
			}
		}
	}
	e := s.Edges[s.EdgeIndex("participant:1")]
	assert.InDelta(t, alice.Center.X, e.Spline[0].X, 30)
	assert.Less(t, e.Spline[0].Y, e.Spline[len(e.Spline)-1].Y, "the edge runs downwards")
	require.Len(t, s.Clusters, 1)
	assert.Equal(t, "Venues", s.Clusters[0].Label)
	assert.True(t, s.Clusters[0].Bounds.Contains(venue.Center))
}

func TestParseKeepsPenStateAndRoles(t *testing.T) {
	s := loadSmall(t)
	assert.Equal(t, color.NRGBA{0xfa, 0xfa, 0xfa, 0xff}, s.Background)
	alice := s.Nodes[s.NodeIndex(`actor:alice\`)]
	var body, label int
	for _, o := range alice.Ops {
		switch o.Role {
		case scene.RoleBody:
			body++
			assert.Equal(t, scene.OpEllipse, o.Kind)
			assert.True(t, o.Filled)
			assert.Equal(t, color.NRGBA{0x9e, 0xca, 0xe1, 0x80}, o.Fill, "#rrggbbaa keeps its alpha")
			assert.InDelta(t, alice.Width/2, o.Points[1].X, 1, "ellipse radii")
		case scene.RoleLabel:
			label++
			assert.Equal(t, scene.OpText, o.Kind)
			assert.Equal(t, scene.AlignCenter, o.Align)
			assert.Equal(t, 14.0, o.FontSize)
			assert.Equal(t, "Times-Roman", o.Font)
		}
	}
	assert.Equal(t, 1, body)
	assert.Equal(t, 2, label, "two lines")

	meet := s.Nodes[s.NodeIndex("meeting:1")]
	poly := meet.Ops[0]
	assert.Equal(t, scene.OpPolygon, poly.Kind)
	assert.Equal(t, scene.Dashed, poly.Style)
	assert.Equal(t, color.NRGBA{0, 0, 0x80, 0xff}, poly.Stroke, "navy")
	assert.Equal(t, color.NRGBA{0xff, 0, 0, 0xff}, poly.Fill, "a gradient fills with its first colour")

	venue := s.Nodes[s.NodeIndex("n2")]
	var bold, italic bool
	for _, o := range venue.Ops {
		bold = bold || o.Bold && o.Text == "Riyadh"
		italic = italic || o.Italic && o.Text == "city"
	}
	assert.True(t, bold && italic, "HTML <b> and <i> survive")

	both := s.Edges[s.EdgeIndex("meeting:1->n2")]
	roles := map[scene.Role]int{}
	for _, o := range both.Ops {
		roles[o.Role]++
	}
	assert.Positive(t, roles[scene.RoleHead])
	assert.Positive(t, roles[scene.RoleTail], "arrowtail drawn")
	assert.Equal(t, 2, roles[scene.RoleLabel], "head and tail labels")
	assert.Equal(t, "", both.Label, "head and tail labels are not the edge label")

	var graphLabel bool
	for _, o := range s.Ops {
		graphLabel = graphLabel || o.Role == scene.RoleLabel && o.Text == "Small"
	}
	assert.True(t, graphLabel)
}

func TestParseXDotMatchesJSON(t *testing.T) {
	s := loadSmall(t)
	data, err := os.ReadFile(filepath.Join("testdata", "small.xdot"))
	require.NoError(t, err)
	// Pull n0's _draw_ and _ldraw_ out of the xdot file.
	text := string(data)
	i := strings.Index(text, "\tn0\t[")
	require.Positive(t, i)
	draw := attr(t, text[i:], "_draw_")
	ldraw := attr(t, text[i:], "_ldraw_")
	ops, err := scene.ParseXDot(draw, 0, s.Height, scene.RoleBody, nil)
	require.NoError(t, err)
	ops, err = scene.ParseXDot(ldraw, 0, s.Height, scene.RoleLabel, ops)
	require.NoError(t, err)
	want := s.Nodes[s.NodeIndex(`actor:alice\`)].Ops
	require.Len(t, ops, len(want))
	for k := range ops {
		assert.Equal(t, want[k].Kind, ops[k].Kind)
		assert.Equal(t, want[k].Text, ops[k].Text)
		assert.Equal(t, want[k].Fill, ops[k].Fill)
		assert.InDelta(t, want[k].Points[0].Y, ops[k].Points[0].Y, 0.1)
	}
}

func attr(t *testing.T, s, name string) string {
	t.Helper()
	i := strings.Index(s, name+`="`)
	require.GreaterOrEqual(t, i, 0, name)
	s = s[i+len(name)+2:]
	var b strings.Builder
	for k := 0; k < len(s) && s[k] != '"'; k++ {
		if s[k] == '\\' && k+1 < len(s) {
			k++
			if s[k] == '\n' {
				continue // line continuation
			}
		}
		b.WriteByte(s[k])
	}
	return b.String()
}

func TestParseXDotErrors(t *testing.T) {
	for _, bad := range []string{"Q 1 2", "E 1 2 3", "T 1 2 0 5 99 -abc", "P -1", "c 7 #000000", "F 14 5 -Hel"} {
		_, err := scene.ParseXDot(bad, 0, 0, scene.RoleBody, nil)
		assert.Error(t, err, bad)
	}
	ops, err := scene.ParseXDot("c 9 -#ff000080 C 3 -red p 3 0 0 10 0 10 10 S 16 -setlinewidth(3) L 2 0 0 5 5 ", 0, 10, scene.RoleBody, nil)
	require.NoError(t, err)
	require.Len(t, ops, 2)
	assert.Equal(t, color.NRGBA{0xff, 0, 0, 0x80}, ops[0].Stroke)
	assert.Equal(t, scene.Point{X: 10, Y: 0}, ops[0].Points[2], "y flipped about 10")
	assert.Equal(t, 3.0, ops[1].Width)
}

func TestParseRejectsBadInput(t *testing.T) {
	for name, in := range map[string]string{
		"not json":    "digraph {}",
		"no bb":       `{"name":"g","objects":[]}`,
		"bad bb":      `{"bb":"0,0,x,1"}`,
		"dangling":    `{"bb":"0,0,10,10","objects":[{"name":"a","_gvid":0}],"edges":[{"tail":0,"head":7}]}`,
		"bad ops":     `{"bb":"0,0,10,10","objects":[{"name":"a","_gvid":0,"_draw_":[{"op":"E","rect":[1]}]}]}`,
		"ops no list": `{"bb":"0,0,10,10","_draw_":5}`,
	} {
		_, err := scene.Parse([]byte(in))
		assert.Error(t, err, name)
	}
}

func TestParseColor(t *testing.T) {
	for in, want := range map[string]color.NRGBA{
		"#ff0000":           {0xff, 0, 0, 0xff},
		"#FF000080":         {0xff, 0, 0, 0x80},
		"#f00":              {0xff, 0, 0, 0xff},
		"red":               {0xff, 0, 0, 0xff},
		"Navy Blue":         {0, 0, 0x80, 0xff},
		"/x11/green":        {0, 0xff, 0, 0xff},
		"gray50":            {0x80, 0x80, 0x80, 0xff},
		"grey100":           {0xff, 0xff, 0xff, 0xff},
		"0.000 1.000 1.000": {0xff, 0, 0, 0xff},
		"0.333,1,1":         {0, 0xff, 0x01, 0xff},
	} {
		got, ok := scene.ParseColor(in)
		assert.True(t, ok, in)
		assert.InDelta(t, int(want.G), int(got.G), 1, in)
		assert.InDelta(t, int(want.R), int(got.R), 1, in)
		assert.Equal(t, want.A, got.A, in)
	}
	for _, bad := range []string{"", "#12", "#gg0000", "nosuchcolour", "gray101", "/blues9/3"} {
		_, ok := scene.ParseColor(bad)
		assert.False(t, ok, bad)
	}
	tr, ok := scene.ParseColor("transparent")
	assert.True(t, ok)
	assert.Zero(t, tr.A)
}

func TestJSONRoundTrip(t *testing.T) {
	s := loadSmall(t)
	s.Engine = "dot"
	var b bytes.Buffer
	require.NoError(t, s.WriteJSON(&b))
	assert.Contains(t, b.String(), `"format":"dossier-scene"`)
	back, err := scene.ReadJSON(bytes.NewReader(b.Bytes()))
	require.NoError(t, err)
	require.Len(t, back.Nodes, len(s.Nodes))
	require.Len(t, back.Edges, len(s.Edges))
	assert.Equal(t, s.Engine, back.Engine)
	assert.Equal(t, s.Background, back.Background)
	for i := range s.Nodes {
		a, z := s.Nodes[i], back.Nodes[i]
		assert.Equal(t, a.ID, z.ID)
		assert.Equal(t, a.Label, z.Label)
		assert.InDelta(t, a.Center.X, z.Center.X, 0.01)
		require.Len(t, z.Ops, len(a.Ops))
		for k := range a.Ops {
			assert.Equal(t, a.Ops[k].Kind, z.Ops[k].Kind)
			assert.Equal(t, a.Ops[k].Role, z.Ops[k].Role)
			assert.Equal(t, a.Ops[k].Style, z.Ops[k].Style)
			assert.Equal(t, a.Ops[k].Stroke, z.Ops[k].Stroke)
		}
	}
	var again bytes.Buffer
	require.NoError(t, back.WriteJSON(&again))
	assert.Equal(t, b.String(), again.String(), "writing what was read gives the same bytes")

	_, err = scene.ReadJSON(strings.NewReader(`{"format":"dossier-scene","version":2}`))
	assert.ErrorContains(t, err, "version 2")
	_, err = scene.ReadJSON(strings.NewReader(`{"format":"other","version":1}`))
	assert.Error(t, err)
	_, err = scene.ReadJSON(strings.NewReader(`{"format":"dossier-scene","version":1,"nodes":[{"id":"a","ops":[{"role":"body","kind":"ellipse","points":[[1,2]]}]}]}`))
	assert.ErrorContains(t, err, "$.nodes[0].ops[0]")
}

func FuzzParse(f *testing.F) {
	data, err := os.ReadFile(filepath.Join("testdata", "small.json"))
	require.NoError(f, err)
	f.Add(data)
	f.Add([]byte(`{"bb":"0,0,10,10","objects":[{"name":"a","_gvid":0,"pos":"5,5","_draw_":"e 5 5 2 2 "}],"edges":[{"tail":0,"head":0,"pos":"e,1,1 5,5 6,6 7,7 8,8"}]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := scene.Parse(in)
		if err != nil {
			return
		}
		// Whatever parsed must be usable.
		s.Hit(scene.Point{X: s.Width / 2, Y: s.Height / 2}, 5)
		s.Visible(s.Bounds())
		var b bytes.Buffer
		if err := s.WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
	})
}

func FuzzParseXDot(f *testing.F) {
	f.Add("c 7 -#000000 e 27 18 27 18 F 14 11 -Times-Roman T 27 14.3 0 7 1 -a ")
	f.Add("C 5 -[0 0 1 1 2 0 3 -red 1 4 -blue] P 3 0 0 1 1 2 0 t 3 I 1 1 1 1 3 -x.p")
	f.Fuzz(func(t *testing.T, in string) {
		ops, err := scene.ParseXDot(in, 0, 100, scene.RoleBody, nil)
		if err != nil {
			return
		}
		for _, o := range ops {
			if len(o.Points) == 0 {
				t.Fatalf("op %v without points from %q", o.Kind, in)
			}
		}
	})
}

func FuzzReadJSON(f *testing.F) {
	var b bytes.Buffer
	require.NoError(f, loadSmall(f).WriteJSON(&b))
	f.Add(b.Bytes())
	f.Fuzz(func(t *testing.T, in []byte) {
		s, err := scene.ReadJSON(bytes.NewReader(in))
		if err != nil {
			return
		}
		s.Hit(scene.Point{X: 1, Y: 1}, 3)
		s.Visible(s.Bounds())
	})
}
