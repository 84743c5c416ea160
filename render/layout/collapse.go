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
// 2.43 draws 2,554×2,020). Its overlap removal is no help: measured on a
// random 1,000-node graph, prism and the Voronoi method ran for more than
// 40 s (minutes on b100.gv), and prism after a sound drawing blew it up to
// 841,330 points wide. sfdp without coarsening (levels=0) draws these
// graphs properly, but its time grows fast with size (0.6 s at 200
// nodes, 2.8 s at 1,000, 4 s at 1,463, 5 minutes at 3,000).
//
// So with the WebAssembly build the service first draws sfdp without
// overlap removal, which tells it the number of nodes and whether they
// heaped up: graphs of up to maxAsAskedNodes are then drawn as asked, a
// heap of up to maxFlatNodes nodes is drawn again without coarsening, and
// anything else is the answer as it is (install Graphviz for large
// graphs). The native programs draw as asked.

// heapRatio: a drawing whose bounding box is smaller than this share of
// the summed areas of its nodes has them heaped up. Sound drawings
// without overlap removal have several times their nodes' area.
const heapRatio = 0.5

// maxAsAskedNodes is the largest graph drawn as asked (with its overlap
// removal): on small graphs prism is quick and spreads a heap into a
// readable drawing (the sample article's 41 nodes: 0.03 s), while
// without it their big labelled nodes overlap.
const maxAsAskedNodes = 300

// maxFlatNodes is the largest graph laid out again without coarsening
// after a collapse.
const maxFlatNodes = 2000

// renderSfdp renders with sfdp, guarding against the WebAssembly build's
// collapsed drawings.
func (s *Service) renderSfdp(ctx context.Context, dot []byte, format string) ([]byte, error) {
	if s.Native() {
		return s.be.render(ctx, dot, "sfdp", format)
	}
	plain, ok := withGraphAttr(dot, "overlap=true")
	if !ok {
		return s.be.render(ctx, dot, "sfdp", format)
	}
	out, err := s.be.render(ctx, plain, "sfdp", "json")
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n, heaped := collapsed(out)
	switch {
	case n <= maxAsAskedNodes:
		return s.be.render(ctx, dot, "sfdp", format)
	case heaped && n <= maxFlatNodes:
		plain, _ = withGraphAttr(dot, "overlap=true, levels=0")
	case format == "json":
		return out, nil
	}
	return s.be.render(ctx, plain, "sfdp", format)
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
