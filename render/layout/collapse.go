package layout

import (
	"bytes"
	"context"
	"encoding/json"
	"strconv"
	"strings"
)

// Graphviz 12's sfdp, as compiled to WebAssembly, often returns a drawing
// in which the nodes lie heaped on a few points: its multilevel
// coarsening breaks down (a random graph of 200 nodes came out 5×2 inches
// where sfdp without coarsening draws 45×26; the fixture b100.gv, 1,463
// nodes with hubs of degree 250, came out 248×62 points where native sfdp
// 2.43 draws 2,554×2,020). Prism overlap removal, when the graph asks for
// it, pushes a heap apart (on b100.gv it runs for many minutes). sfdp
// without coarsening (levels=0) draws these graphs properly, but its time
// grows fast with size (0.6 s at 200 nodes, 4 s at 1,463, 5 minutes at
// 3,000).

// heapRatio: a drawing whose bounding box is smaller than this share of
// the summed areas of its nodes has them heaped up. Sound drawings
// without overlap removal have several times their nodes' area.
const heapRatio = 0.5

// maxFlatNodes is the largest graph laid out again without coarsening
// after a collapse.
const maxFlatNodes = 2000

// renderSfdp renders with sfdp. With the WebAssembly build, a json
// drawing of a graph that asks for no overlap removal is checked, and a
// heap of up to maxFlatNodes nodes is drawn again without coarsening.
// Graphs that ask for overlap removal (Dossier's own DOT does) are drawn
// as asked: checking them first would cost a second layout every time
// (measured: 1,000 nodes 1.25 s → 3.1 s), and prism spreads most heaps
// into a usable drawing.
func (s *Service) renderSfdp(ctx context.Context, dot []byte, format string) ([]byte, error) {
	out, err := s.be.render(ctx, dot, "sfdp", format)
	if err != nil || s.Native() || format != "json" || bytes.Contains(dot, []byte("overlap")) {
		return out, err
	}
	if n, heaped := collapsed(out); !heaped || n > maxFlatNodes {
		return out, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	flat, ok := withGraphAttr(dot, "levels=0")
	if !ok {
		return out, nil
	}
	return s.be.render(ctx, flat, "sfdp", format)
}

// collapsed reports whether a json drawing of n nodes has them heaped
// up. It errs towards false: anything it cannot read counts as sound.
func collapsed(out []byte) (n int, heaped bool) {
	var g struct {
		BB        string `json:"bb"`
		Subgraphs int    `json:"_subgraph_cnt"`
		Objects   []struct {
			Width  string `json:"width"`
			Height string `json:"height"`
		} `json:"objects"`
	}
	if json.Unmarshal(out, &g) != nil {
		return 0, false
	}
	if g.Subgraphs < 0 || g.Subgraphs > len(g.Objects) {
		return 0, false
	}
	nodes := g.Objects[g.Subgraphs:] // subgraphs come first
	n = len(nodes)
	if n < 10 {
		return n, false // small drawings are what they are
	}
	f := strings.Split(g.BB, ",")
	if len(f) != 4 {
		return n, false
	}
	var v [4]float64
	for i, s := range f {
		x, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
		if err != nil {
			return n, false
		}
		v[i] = x
	}
	var sum float64 // square points
	for _, o := range nodes {
		w, err1 := strconv.ParseFloat(o.Width, 64)
		h, err2 := strconv.ParseFloat(o.Height, 64)
		if err1 != nil || err2 != nil {
			return n, false
		}
		sum += w * h * 72 * 72
	}
	area := (v[2] - v[0]) * (v[3] - v[1])
	return n, area < heapRatio*sum
}

// withGraphAttr adds a graph attribute statement at the end of the
// graph's body, where it overrides earlier settings of the attribute.
// ok is false when the text does not end with the body's "}".
func withGraphAttr(dot []byte, attr string) (out []byte, ok bool) {
	body := bytes.TrimRight(dot, " \t\r\n")
	if len(body) == 0 || body[len(body)-1] != '}' {
		return dot, false
	}
	out = make([]byte, 0, len(dot)+len(attr)+12)
	out = append(out, body[:len(body)-1]...)
	out = append(out, "\ngraph ["...)
	out = append(out, attr...)
	out = append(out, "];\n}\n"...)
	return out, true
}
