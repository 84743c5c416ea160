package synth_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/synth"
)

func TestArticlesAreDeterministicAndVaried(t *testing.T) {
	a := synth.New(7, 300)
	b := synth.New(7, 300)
	seen := map[string]bool{}
	for i := 1; i <= 50; i++ {
		x, y := a.Article(i), b.Article(i)
		require.Equal(t, x, y, "same seed, same article")
		assert.False(t, seen[x.Text], "articles differ")
		seen[x.Text] = true
		assert.NotContains(t, x.Text, "{", "every placeholder is filled")
		for _, q := range x.Quotes {
			assert.Contains(t, x.Text, q, "quotes are stated verbatim")
		}
		for _, p := range x.People {
			last := p[strings.LastIndex(p, " ")+1:]
			assert.Contains(t, x.Text, last)
		}
		assert.NotEmpty(t, x.Meetings)
	}
	assert.NotEqual(t, synth.New(8, 300).Article(1).Text, a.Article(1).Text, "another seed, other articles")
}

func BenchmarkArticle(b *testing.B) {
	g := synth.New(1, 2000)
	var n int
	for i := 0; i < b.N; i++ {
		n += len(g.Article(i).Text)
	}
	b.SetBytes(int64(n / max(b.N, 1)))
}
