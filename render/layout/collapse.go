package layout

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Graphviz 12's sfdp, as compiled to WebAssembly, sometimes returns a
// drawing in which every node lies on a few points: its multilevel
// coarsening breaks down on graphs with large hubs (the fixture b100.gv,
// 1,463 nodes, some of degree 250, came out 248×62 points; native sfdp
// 2.43 draws it 2,554×2,020), and prism overlap removal on such a heap
// then runs for many minutes. sfdp without coarsening (levels=0) draws
// these graphs properly, but its time grows fast with size (4 s at 1,463
// nodes, 5 minutes at 3,000). So with the WebAssembly build the service
// first lays out without overlap removal, checks the drawing, and only
// then draws for real: normally as asked, after a collapse without
// coarsening (and without overlap removal) when the graph is small
// enough, or else it says what happened.

// minAreaPerNode is the least bounding-box area, in square points, that
// a sound sfdp drawing gives each node: sfdp keeps neighbours about K
// (0.3 inch, 21.6 points) apart, so real drawings have several hundred.
const minAreaPerNode = 100

// maxFlatNodes is the largest graph laid out again without coarsening
// after a collapse.
const maxFlatNodes = 2000

// renderSfdp renders with sfdp, guarding against collapsed drawings of
// the WebAssembly build.
func (s *Service) renderSfdp(ctx context.Context, dot []byte, format string) ([]byte, error) {
	if s.Native() {
		return s.be.render(ctx, dot, "sfdp", format)
	}
	probe, ok := withGraphAttr(dot, "overlap=true")
	if !ok {
		return s.be.render(ctx, dot, "sfdp", format)
	}
	out, err := s.be.render(ctx, probe, "sfdp", "json")
	if err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	n, bad := collapsed(out)
	switch {
	case !bad:
		if format == "json" && !bytes.Contains(dot, []byte("overlap")) {
			return out, nil // the probe is the drawing asked for
		}
		return s.be.render(ctx, dot, "sfdp", format)
	case n > maxFlatNodes:
		return nil, fmt.Errorf("%w: sfdp of Graphviz %s (WebAssembly) drew the %d nodes on top of each other; install Graphviz, or choose another engine or a smaller view", ErrCollapsed, wasmVersion, n)
	}
	// Without prism: its overlap removal on such drawings runs for
	// minutes in the WebAssembly build.
	flat, _ := withGraphAttr(dot, "levels=0, overlap=true")
	return s.be.render(ctx, flat, "sfdp", format)
}

// collapsed reports whether a json drawing is far too small for its n
// nodes. It errs towards false: anything it cannot read counts as sound.
func collapsed(out []byte) (n int, bad bool) {
	var g struct {
		BB        string            `json:"bb"`
		Subgraphs int               `json:"_subgraph_cnt"`
		Objects   []json.RawMessage `json:"objects"`
	}
	if json.Unmarshal(out, &g) != nil {
		return 0, false
	}
	n = len(g.Objects) - g.Subgraphs
	if n < 20 {
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
	area := (v[2] - v[0]) * (v[3] - v[1])
	return n, area < float64(n)*minAreaPerNode
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
