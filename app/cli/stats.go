package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/formats"
)

func runStats(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "stats", "FILE...")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usagef("no graph file given (usage: dossier stats FILE...)")
	}
	for i, path := range fs.Args() {
		g, err := openGraph(ctx, path)
		if err != nil {
			return err
		}
		if i > 0 {
			fmt.Fprintln(env.Stdout)
		}
		writeStats(env.Stdout, path, g)
	}
	return nil
}

// openGraph opens a graph file of any format Dossier reads.
func openGraph(ctx context.Context, path string) (*graphmodel.Graph, error) {
	r, err := formats.Open(ctx, path, formats.Options{})
	if err != nil {
		return nil, err
	}
	return r.Graph, nil
}

// writeStats prints counts by kind and type, kinds in display order.
func writeStats(w io.Writer, name string, g *graphmodel.Graph) {
	c := g.Counts()
	fmt.Fprintf(w, "%s\n", name)
	if f := g.Attrs["format"]; f != "" {
		fmt.Fprintf(w, "  format      %s\n", f)
	}
	fmt.Fprintf(w, "  documents   %d\n", c.Documents)
	fmt.Fprintf(w, "  nodes       %d\n", c.Nodes)
	for _, k := range graphmodel.Kinds() {
		n := c.ByKind[k]
		if n == 0 {
			continue
		}
		fmt.Fprintf(w, "    %-11s %d%s\n", k, n, typeBreakdown(c, k))
	}
	fmt.Fprintf(w, "  edges       %d\n", c.Edges)
	for _, k := range graphmodel.EdgeKinds() {
		if n := c.ByEdgeKind[k]; n > 0 {
			fmt.Fprintf(w, "    %-11s %d\n", k, n)
		}
	}
}

// typeBreakdown lists a kind's node counts by type, known types first in
// display order, then others by name: "  (person 7, country 3)".
func typeBreakdown(c graphmodel.Counts, k graphmodel.Kind) string {
	prefix := string(k) + "/"
	var parts []string
	seen := map[string]bool{}
	for _, t := range graphmodel.Types(k) {
		seen[t] = true
		if n := c.ByKindType[prefix+t]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", t, n))
		}
	}
	var others []string
	for kt := range c.ByKindType {
		if t, ok := strings.CutPrefix(kt, prefix); ok && t != "" && !seen[t] {
			others = append(others, t)
		}
	}
	sort.Strings(others)
	for _, t := range others {
		parts = append(parts, fmt.Sprintf("%s %d", t, c.ByKindType[prefix+t]))
	}
	if n := c.ByKindType[prefix]; n > 0 && len(parts) > 0 {
		parts = append(parts, fmt.Sprintf("untyped %d", n))
	}
	if len(parts) == 0 {
		return ""
	}
	return "  (" + strings.Join(parts, ", ") + ")"
}
