package export

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"regexp"
	"strings"

	"dossier/render/layout"
)

// WriteLayout lays out DOT text with engine through svc and writes
// Graphviz's output in format: "svg" (each node and edge keeps the id and
// tooltip render/dot gave it; the tooltip also becomes the element's
// <title>, which browsers show on hover) or "dot" (the DOT with the
// layout's positions).
func WriteLayout(ctx context.Context, w io.Writer, format string, svc *layout.Service, dot []byte, engine string) error {
	if svc == nil {
		return fmt.Errorf("export %s: no layout service", format)
	}
	format = strings.ToLower(format)
	if format != SVG && format != DOT {
		return fmt.Errorf("export %s: %w (Graphviz writes svg and dot)", format, ErrFormat)
	}
	out, err := svc.Render(ctx, dot, engine, format)
	if err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	if format == SVG {
		out = TooltipTitles(out)
	}
	if _, err := w.Write(out); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	return nil
}

// GuessEngine picks a layout engine for DOT text from a rough count of
// its edges (edge operators), as svc.Auto does for graphs: dot for small
// graphs, sfdp for big ones, whose dot layout would take minutes.
func GuessEngine(svc *layout.Service, dot []byte) string {
	edges := bytes.Count(dot, []byte("->")) + bytes.Count(dot, []byte("--"))
	nodes := bytes.Count(dot, []byte(";")) + bytes.Count(dot, []byte("\n")) - edges
	return svc.Auto(max(nodes, edges/2, 1), edges)
}

// Graphviz writes an element's DOT name as its <title> and the tooltip as
// the xlink:title of a link inside; the DOT names render/dot gives nodes
// (n0, n1, ...) say nothing, so TooltipTitles puts the tooltip there.
var (
	titleRe   = regexp.MustCompile(`<title>[^<]*</title>`)
	tooltipRe = regexp.MustCompile(`xlink:title="([^"]*)"`)
	groupRe   = regexp.MustCompile(`<g id="([^"]*)" class="(node|edge)">`)
)

// TooltipTitles replaces the <title> of every node and edge group of a
// Graphviz SVG with its tooltip (already escaped by Graphviz), or for an
// edge without one with its id (render/dot writes the model edge id, e.g.
// "participant:actor:x->meeting:y"). Other SVG is returned unchanged.
func TooltipTitles(svg []byte) []byte {
	locs := groupRe.FindAllSubmatchIndex(svg, -1)
	if len(locs) == 0 {
		return svg
	}
	var b bytes.Buffer
	b.Grow(len(svg) + len(svg)/8)
	prev := 0
	for i, loc := range locs {
		end := len(svg)
		if i+1 < len(locs) {
			end = locs[i+1][0]
		}
		group := svg[loc[1]:end]
		t := titleRe.FindIndex(group)
		var text []byte
		if tip := tooltipRe.FindSubmatch(group); tip != nil {
			text = tip[1]
		} else if string(svg[loc[4]:loc[5]]) == "edge" && loc[3] > loc[2] {
			text = svg[loc[2]:loc[3]]
		}
		if t == nil || text == nil {
			continue
		}
		b.Write(svg[prev : loc[1]+t[0]])
		b.WriteString("<title>")
		b.Write(text)
		b.WriteString("</title>")
		prev = loc[1] + t[1]
	}
	b.Write(svg[prev:])
	return b.Bytes()
}
