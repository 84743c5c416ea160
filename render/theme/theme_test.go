package theme_test

import (
	"fmt"
	"image/color"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/render/theme"
)

func variants() []theme.Theme { return []theme.Theme{theme.Light(), theme.Dark()} }

// nodeKeys lists every kind/type the model knows.
func nodeKeys() [][2]string {
	var out [][2]string
	for _, k := range graphmodel.Kinds() {
		out = append(out, [2]string{string(k), ""})
		for _, ty := range graphmodel.Types(k) {
			out = append(out, [2]string{string(k), ty})
		}
	}
	return out
}

func TestEveryKindHasItsOwnShape(t *testing.T) {
	for _, th := range variants() {
		t.Run(th.Name, func(t *testing.T) {
			seen := map[string]string{}
			look := func(kind, typ string) string {
				s := th.Node(kind, typ)
				return s.Shape + "/" + s.Style
			}
			groups := [][2]string{{"actor", "person"}, {"actor", "organization"}, {"actor", "country"}, {"actor", "group"},
				{"venue", ""}, {"meeting", ""}, {"statement", ""}, {"entity", ""}}
			for _, g := range groups {
				l := look(g[0], g[1])
				prev, dup := seen[l]
				assert.False(t, dup, "%v looks like %s (%s)", g, prev, l)
				seen[l] = fmt.Sprint(g)
			}
		})
	}
}

func TestReadableInGreyscale(t *testing.T) {
	for _, th := range variants() {
		t.Run(th.Name, func(t *testing.T) {
			keys := nodeKeys()
			for i, a := range keys {
				sa := th.Node(a[0], a[1])
				assert.GreaterOrEqual(t, theme.Contrast(sa.Fill, sa.Text), 4.5, "label on %v", a)
				assert.NotEqual(t, sa.Fill, th.Background, "%v fill vanishes into the background", a)
				for _, b := range keys[i+1:] {
					sb := th.Node(b[0], b[1])
					if sa == sb || sa.Shape != sb.Shape || sa.Style != sb.Style {
						continue
					}
					d := math.Abs(theme.Luminance(sa.Fill) - theme.Luminance(sb.Fill))
					assert.Greater(t, d, 0.05, "%v and %v share a shape and a grey", a, b)
				}
			}
		})
	}
}

func TestEdgeRolesDiffer(t *testing.T) {
	for _, th := range variants() {
		seen := map[string]string{}
		for _, k := range graphmodel.EdgeKinds() {
			s := th.Edge(string(k))
			key := s.Style + "/" + s.ArrowHead
			prev, dup := seen[key]
			assert.False(t, dup, "%s: %s looks like %s", th.Name, k, prev)
			seen[key] = string(k)
			assert.GreaterOrEqual(t, theme.Contrast(s.Color, th.Background), 3.0, "%s: %s edges on the background", th.Name, k)
		}
	}
}

func TestFallbacks(t *testing.T) {
	th := theme.Light()
	assert.Equal(t, th.Node("actor", ""), th.Node("actor", "unheard-of"), "unknown type falls back to the kind")
	assert.Equal(t, th.Default, th.Node("martian", ""), "unknown kind falls back to the default")
	assert.Equal(t, th.DefaultEdge, th.Edge("unknown"))
}

func TestVariantsDiffer(t *testing.T) {
	l, d := theme.Light(), theme.Dark()
	assert.False(t, l.Dark)
	assert.True(t, d.Dark)
	assert.Greater(t, theme.Luminance(l.Background), 0.8)
	assert.Less(t, theme.Luminance(d.Background), 0.1)
	for _, th := range variants() {
		assert.GreaterOrEqual(t, theme.Contrast(th.Foreground, th.Background), 7.0, th.Name)
		assert.GreaterOrEqual(t, theme.Contrast(th.Selection, th.Background), 3.0, th.Name)
		assert.GreaterOrEqual(t, theme.Contrast(th.Highlight, th.Background), 1.8, th.Name)
		assert.Equal(t, l.Node("meeting", "").Shape, th.Node("meeting", "").Shape, "shapes do not change with the theme")
	}
}

func TestLegendCoversKindsAndRoles(t *testing.T) {
	leg := theme.Light().Legend()
	var nodes, edges int
	for _, e := range leg {
		require.NotEmpty(t, e.Label)
		if e.IsEdge {
			edges++
			assert.Equal(t, theme.Light().Edge(e.Kind), e.Edge)
		} else {
			nodes++
			assert.Equal(t, theme.Light().Node(e.Kind, e.Type), e.Node)
		}
	}
	assert.Equal(t, len(graphmodel.EdgeKinds()), edges)
	assert.Equal(t, len(graphmodel.Types(graphmodel.KindActor))+len(graphmodel.Kinds())-1, nodes)
	assert.Equal(t, "Person", leg[0].Label)
}

func TestHex(t *testing.T) {
	assert.Equal(t, "#0a0b0c", theme.Hex(color.NRGBA{R: 10, G: 11, B: 12, A: 255}))
	assert.Equal(t, "#0a0b0c80", theme.Hex(color.NRGBA{R: 10, G: 11, B: 12, A: 128}))
}
