package csv_test

import (
	"bytes"
	stdcsv "encoding/csv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/csv"
	"dossier/graphmodel/formats/internal/formattest"
)

func encode(t *testing.T, g *graphmodel.Graph, sel *graphmodel.Selection) (nodes, edges [][]string) {
	t.Helper()
	var nb, eb bytes.Buffer
	require.NoError(t, csv.Encode(&nb, &eb, g, sel))
	nodes, err := stdcsv.NewReader(&nb).ReadAll()
	require.NoError(t, err, "nodes.csv reads back")
	edges, err = stdcsv.NewReader(&eb).ReadAll()
	require.NoError(t, err, "edges.csv reads back")
	return nodes, edges
}

// rowOf returns the row whose first cell is id, as a map by column name.
func rowOf(t *testing.T, table [][]string, id string) map[string]string {
	t.Helper()
	for _, row := range table[1:] {
		if row[0] == id {
			m := map[string]string{}
			for i, h := range table[0] {
				m[h] = row[i]
			}
			return m
		}
	}
	require.Failf(t, "no row", "id %q", id)
	return nil
}

func TestNodesAndEdgesFiles(t *testing.T) {
	g := formattest.Rich(t)
	nodes, edges := encode(t, g, nil)

	require.Len(t, nodes, 1+g.NodeCount())
	assert.Equal(t, []string{"id", "kind", "type", "label", "aliases", "documents", "mentions"}, nodes[0][:7])
	assert.Contains(t, nodes[0], "Modularity Class", "attributes become columns")
	assert.Contains(t, nodes[0], "attr.kind", "an attribute named like a column is prefixed")
	assert.IsIncreasing(t, nodes[0][7:], "attribute columns are sorted")

	putin := rowOf(t, nodes, "actor:putin")
	assert.Equal(t, "actor", putin["kind"])
	assert.Equal(t, "person", putin["type"])
	assert.Equal(t, "Vladimir Putin", putin["label"])
	assert.Equal(t, "Putin; Путин", putin["aliases"])
	assert.Equal(t, "1", putin["documents"])
	assert.Equal(t, "2", putin["mentions"])
	assert.Equal(t, "president", putin["role"])

	ent := rowOf(t, nodes, "ent <1> & \"q\" 'a'")
	assert.Equal(t, "a\nb", ent["crlf"], "line breaks survive quoting (readers drop the CR)")
	assert.Equal(t, "1", ent["documents"])
	assert.Equal(t, "2", ent["mentions"])

	require.Len(t, edges, 1+g.EdgeCount())
	assert.Equal(t, []string{"id", "kind", "source", "target", "source_label", "target_label", "directed", "documents", "evidence"}, edges[0][:9])
	p := rowOf(t, edges, "participant:actor:witkoff->meeting:1")
	assert.Equal(t, "participant", p["kind"])
	assert.Equal(t, "Steve Witkoff", p["source_label"])
	assert.Equal(t, "Putin–Witkoff talks", p["target_label"])
	assert.Equal(t, "true", p["directed"])
	assert.Equal(t, "2", p["documents"])
	assert.Equal(t, "2", p["evidence"])
	r1 := rowOf(t, edges, "r1")
	assert.Equal(t, "false", r1["directed"])
	assert.Equal(t, "2.5", r1["weight"])
}

func TestFormulaInjectionIsDefused(t *testing.T) {
	g := graphmodel.New()
	attrs := map[string]string{
		"a": "=HYPERLINK(\"http://evil\",\"x\")", "b": "+1+2", "c": "-2+3", "d": "@SUM(A1)", "e": "\tTAB",
		"n1": "-87.93", "n2": "+5", "n3": "1e-3", "plain": "a=b",
	}
	_, err := g.AddNode(graphmodel.Node{ID: "=cmd|' /C calc'!A0", Kind: graphmodel.KindEntity, Label: "@label", Attrs: attrs})
	require.NoError(t, err)
	nodes, _ := encode(t, g, nil)
	row := rowOf(t, nodes, "'=cmd|' /C calc'!A0")
	assert.Equal(t, "'@label", row["label"])
	assert.Equal(t, "'=HYPERLINK(\"http://evil\",\"x\")", row["a"])
	assert.Equal(t, "'+1+2", row["b"])
	assert.Equal(t, "'-2+3", row["c"])
	assert.Equal(t, "'@SUM(A1)", row["d"])
	assert.Equal(t, "'\tTAB", row["e"])
	assert.Equal(t, "-87.93", row["n1"], "plain numbers stay numbers")
	assert.Equal(t, "+5", row["n2"])
	assert.Equal(t, "1e-3", row["n3"])
	assert.Equal(t, "a=b", row["plain"])
}

func TestSelection(t *testing.T) {
	g := formattest.Rich(t)
	sel := g.Select(graphmodel.ViewSpec{Kinds: []graphmodel.Kind{graphmodel.KindEntity}})
	nodes, edges := encode(t, g, &sel)
	assert.Len(t, nodes, 1+2)
	assert.Len(t, edges, 1+3)
	for _, row := range nodes[1:] {
		assert.Equal(t, "entity", row[1])
	}

	var nb, eb bytes.Buffer
	err := csv.Encode(&nb, &eb, g, &graphmodel.Selection{Edges: []string{"nope"}})
	assert.ErrorIs(t, err, graphmodel.ErrNotFound)
}

func TestEmptyGraphHasHeadersOnly(t *testing.T) {
	nodes, edges := encode(t, graphmodel.New(), nil)
	assert.Len(t, nodes, 1)
	assert.Len(t, edges, 1)
}

func TestRFC4180Quoting(t *testing.T) {
	g := graphmodel.New()
	_, err := g.AddNode(graphmodel.Node{ID: "n", Kind: graphmodel.KindEntity, Label: `say "hi", then`,
		Attrs: map[string]string{"note": "a\r\nb"}})
	require.NoError(t, err)
	var nb, eb bytes.Buffer
	require.NoError(t, csv.Encode(&nb, &eb, g, nil))
	assert.Equal(t, "id,kind,type,label,aliases,documents,mentions,note\r\n"+
		"n,entity,,\"say \"\"hi\"\", then\",,0,0,\"a\r\nb\"\r\n", nb.String())
	assert.Equal(t, "id,kind,source,target,source_label,target_label,directed,documents,evidence\r\n", eb.String())
}
