// Package csv exports a graph as two CSV files, one of nodes and one of
// edges, for spreadsheets.
package csv

import (
	"encoding/csv"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/export"
)

// Fixed columns of the two files; attribute columns follow, sorted by name.
var (
	nodeColumns = []string{"id", "kind", "type", "label", "aliases", "documents", "mentions"}
	edgeColumns = []string{"id", "kind", "source", "target", "source_label", "target_label", "directed", "documents", "evidence"}
)

// AliasSep separates a node's aliases in the aliases column.
const AliasSep = "; "

// Encode writes the graph, or the part of it sel names (nil: all of it),
// as nodes.csv and edges.csv (RFC 4180, comma-separated, CRLF line ends,
// quoted where needed, with a header row).
//
// nodes: id, kind, type, label, aliases (joined by "; "), documents (the
// number of distinct documents mentioning the node), mentions (the number
// of mentions), then one column per node attribute name, sorted. edges:
// id, kind, source, target, source_label, target_label, directed (true or
// false), documents (distinct documents supporting it), evidence (the
// number of evidence spans), then one column per edge attribute name,
// sorted. An attribute whose name is also a fixed column is headed
// "attr.<name>". Rows are in id order.
//
// Spreadsheet formula injection is defused: a cell that starts with =, +,
// -, @, tab or carriage return gets a leading apostrophe (') so that
// spreadsheets show it as text instead of evaluating it; plain numbers
// such as -1.5 are left as they are.
func Encode(nodes, edges io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error {
	ns, es, err := export.Elements(g, sel)
	if err != nil {
		return fmt.Errorf("csv export: %w", err)
	}
	if err := writeNodes(nodes, ns); err != nil {
		return fmt.Errorf("csv export of nodes: %w", err)
	}
	if err := writeEdges(edges, g, es); err != nil {
		return fmt.Errorf("csv export of edges: %w", err)
	}
	return nil
}

func writeNodes(w io.Writer, nodes []*graphmodel.Node) error {
	names, head := columns(nodeColumns, len(nodes), func(i int) map[string]string { return nodes[i].Attrs })
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(head); err != nil {
		return err
	}
	row := make([]string, 0, len(nodeColumns)+len(names))
	for _, n := range nodes {
		row = append(row[:0], n.ID, string(n.Kind), n.Type, n.Label, strings.Join(n.Aliases, AliasSep),
			strconv.Itoa(n.DocCount()), strconv.Itoa(len(n.Mentions)))
		for _, k := range names {
			row = append(row, n.Attrs[k])
		}
		if err := cw.Write(defuse(row)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

func writeEdges(w io.Writer, g *graphmodel.Graph, edges []*graphmodel.Edge) error {
	names, head := columns(edgeColumns, len(edges), func(i int) map[string]string { return edges[i].Attrs })
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(head); err != nil {
		return err
	}
	label := func(id string) string {
		if n, ok := g.Node(id); ok {
			return n.Label
		}
		return ""
	}
	row := make([]string, 0, len(edgeColumns)+len(names))
	for _, e := range edges {
		row = append(row[:0], e.ID, string(e.Kind), e.Source, e.Target, label(e.Source), label(e.Target),
			strconv.FormatBool(!e.Undirected), strconv.Itoa(e.DocCount()), strconv.Itoa(len(e.Evidence)))
		for _, k := range names {
			row = append(row, e.Attrs[k])
		}
		if err := cw.Write(defuse(row)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// columns returns the attribute names used by n elements, in the order of
// their columns, and the header row: the fixed columns, then one column per
// attribute sorted by heading.
func columns(fixed []string, n int, attrs func(int) map[string]string) (names, head []string) {
	headings := map[string]string{}
	for i := range n {
		for k := range attrs(i) {
			if _, ok := headings[k]; ok {
				continue
			}
			h := k
			if slices.Contains(fixed, k) || strings.HasPrefix(k, "attr.") {
				h = "attr." + k
			}
			headings[k] = h
		}
	}
	names = slices.SortedFunc(maps.Keys(headings), func(a, b string) int { return strings.Compare(headings[a], headings[b]) })
	head = slices.Clone(fixed)
	for _, k := range names {
		head = append(head, headings[k])
	}
	return names, defuse(head)
}

// defuse prefixes, in place, the cells a spreadsheet would take for a
// formula with an apostrophe, and returns row.
func defuse(row []string) []string {
	for i, c := range row {
		if c != "" && strings.ContainsRune("=+-@\t\r", rune(c[0])) && !export.IsNumber(c) {
			row[i] = "'" + c
		}
	}
	return row
}
