package extract

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
)

// TestDetectShortcuts checks the rules detectAt skips (at sentence
// openers, see openerAt, and at words that begin no title, see noTitleAt)
// against every rule: the mentions and entities of our articles, and of
// texts where an opener or a place is a surname seen before, begins a
// document's name or stands before a title or an organisation's name,
// are the same either way.
func TestDetectShortcuts(t *testing.T) {
	x, err := New()
	require.NoError(t, err)
	paths, err := filepath.Glob(filepath.Join("testdata", "*", "*.txt"))
	require.NoError(t, err)
	require.NotEmpty(t, paths)
	var docs []graphmodel.Document
	for _, p := range paths {
		d, err := ReadDocument(p)
		require.NoError(t, err)
		docs = append(docs, d)
	}
	for i, text := range []string{
		"Finance Minister Mark Good met Sergei Lavrov in Moscow. Later, Good said the talks went well. Good spoke again on Monday.",
		"The Paris Agreement was discussed. According to The Moscow Declaration of 2021, the two sides agreed.",
		"THE PRESIDENT MET GOOD. Mr Good said Good would return.",
		"Swedish diplomat Anders Lund met officials in Lund. Later, Lund said the talks in Lund went well, said Lund.",
		"Moscow Mayor Sergei Sobyanin met Russia Foreign Minister Sergei Lavrov. The Moscow administration and the Moscow City Council agreed. Moscow said so.",
		"The Lund administration and the Lund City Council met. Lund Mayor Anna Berg said the Geneva administration agreed with Geneva Airport Authority.",
		"Lund Football Association President Anna Berg met Geneva Water Board chairman Paul Roux. Kenya Airways Chief Executive Allan Kilavuka said so.",
		"Kenya President William Ruto met Russia's President. Russia Today reported that France and Germany disagreed.",
	} {
		docs = append(docs, graphmodel.Document{ID: fmt.Sprintf("s%d", i), Text: text})
	}
	mentions := func(d graphmodel.Document, all bool) string {
		a := newAnalysis(x, nil, d)
		a.useScratchLists()
		a.allRules = all
		a.structure()
		a.detect()
		var b strings.Builder
		for _, m := range a.ments {
			fmt.Fprintf(&b, "%d-%d %d-%d %d %q %d %q\n", m.a, m.b, m.na, m.nb, m.kind, m.role, m.affCty, a.str(m.a, m.b))
			if m.aff != nil {
				fmt.Fprintf(&b, "  aff %q\n", m.aff.label)
			}
			if m.ent != nil {
				fmt.Fprintf(&b, "  %q %q %q\n", m.ent.label, m.ent.typ, m.ent.aliases)
			}
		}
		for _, e := range a.order {
			fmt.Fprintf(&b, "%q %q %d %q\n", e.label, e.typ, len(e.spans), e.aliases)
		}
		a.release()
		return b.String()
	}
	for _, d := range docs {
		assert.Equal(t, mentions(d, true), mentions(d, false), d.ID)
	}
}
