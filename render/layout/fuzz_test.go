package layout_test

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/render/dot"
	"dossier/render/layout"
)

// FuzzDOTRoundTrip: whatever the ids, labels and types, the DOT we write
// is read by Graphviz (go-graphviz), the layout maps back to the same
// model ids, kinds and types, and the label text is intact.
func FuzzDOTRoundTrip(f *testing.F) {
	for _, s := range []string{"plain", `"]; evil -> x [label="`, "two\nlines", `ends\`, `\N\G\L`, "<b>{a|b}</b>", "東京 — مرحبا", "\x00\xff", "%41"} {
		f.Add(s, s, s)
	}
	svc, err := layout.New(context.Background(), layout.Options{Backend: "wasm", CacheEntries: -1})
	require.NoError(f, err)
	f.Cleanup(func() { _ = svc.Close() })
	f.Fuzz(func(t *testing.T, id, label, typ string) {
		if id == "" || len(id)+len(label)+len(typ) > 4000 {
			return
		}
		g := graphmodel.New()
		_, err := g.AddNode(graphmodel.Node{ID: id, Kind: graphmodel.KindEntity, Type: typ, Label: label})
		require.NoError(t, err)
		other := id + "+"
		_, err = g.AddNode(graphmodel.Node{ID: other, Kind: graphmodel.KindEntity, Label: "x"})
		require.NoError(t, err)
		eid := label + "→" + id
		_, err = g.AddEdge(graphmodel.Edge{ID: eid, Kind: graphmodel.EdgeRelated, Source: id, Target: other})
		require.NoError(t, err)

		var b bytes.Buffer
		require.NoError(t, dot.Write(&b, g, dot.Options{MaxLabel: -1}))
		sc, err := svc.Layout(context.Background(), b.Bytes(), "dot")
		require.NoError(t, err, "Graphviz must read what we write:\n%s", b.String())
		require.Len(t, sc.Nodes, 2)
		require.Len(t, sc.Edges, 1)
		i := sc.NodeIndex(id)
		require.GreaterOrEqual(t, i, 0, "node id %q lost", id)
		n := sc.Nodes[i]
		require.Equal(t, "entity", n.Kind)
		require.Equal(t, typ, n.Type)
		e := sc.Edges[0]
		require.Equal(t, eid, e.ID)
		require.Equal(t, id, e.Tail)
		require.Equal(t, other, e.Head)

		// The tooltip carries the label through Graphviz's escString
		// handling exactly; the drawn text matches line by line.
		shown := dot.Text(label)
		if strings.TrimSpace(shown) == "" {
			shown = dot.Text(id)
		}
		kind := "entity"
		if typ != "" {
			kind += ", " + typ
		}
		require.Equal(t, shown+"\n("+dot.Text(kind)+")", n.Tooltip)
		require.Equal(t, lines(shown), lines(n.Label), "label drawn as written")
	})
}

// lines normalises text the way Graphviz draws it: lines trimmed, empty
// lines dropped (Graphviz draws no text op for them).
func lines(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" && utf8.ValidString(l) {
			out = append(out, strings.Join(strings.Fields(l), " "))
		}
	}
	return out
}
