package graphmodel_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
)

func TestPassagesShowASentenceOnceWithEveryMentionMarked(t *testing.T) {
	g := graphmodel.New()
	text := "President Putin met Xi. Putin said the talks went well. Xi agreed."
	_, err := g.AddDocument(graphmodel.Document{ID: "d", Title: "Talks", Text: text})
	require.NoError(t, err)
	span := func(s string, from int) graphmodel.Span { // s's first place at or after from
		i := from + strings.Index(text[from:], s)
		return graphmodel.Span{Doc: "d", Start: i, End: i + len(s)}
	}
	title := span("President", 0) // "President" and "President Putin" overlap
	full := span("President Putin", 0)
	second := span("Putin", 24)
	ps := g.Passages([]graphmodel.Span{title, full, second, {Doc: "gone", Start: 0, End: 1}})
	require.Len(t, ps, 3)
	assert.Equal(t, "President Putin met Xi.", ps[0].Text)
	assert.Equal(t, []graphmodel.Span{full}, ps[0].Marks, "overlapping mentions are one mark")
	assert.Equal(t, "Talks", ps[0].DocTitle)
	assert.Equal(t, "Putin said the talks went well.", ps[1].Text)
	assert.Equal(t, []graphmodel.Span{second}, ps[1].Marks)
	assert.Error(t, ps[2].Err, "a span of a missing document says so")

	again := span("Xi", 0)
	ps = g.Passages([]graphmodel.Span{full, again})
	require.Len(t, ps, 1, "two mentions in one sentence: one passage")
	assert.Equal(t, []graphmodel.Span{full, again}, ps[0].Marks)
	for _, m := range ps[0].Marks {
		assert.True(t, m.Start >= ps[0].Start && m.End <= ps[0].End, "marks lie inside the passage")
	}
}
