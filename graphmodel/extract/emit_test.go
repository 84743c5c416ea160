package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestQuoteLabelMatchesFullJoin(t *testing.T) {
	word := []string{"a", "bb", "ccc ", " ", "\n", "\u00a0", "é", "\u2003", "x\t", "’"}
	var samples []string
	// long quotes, with their 81st joined byte in every kind of place
	for i := 0; i < len(word); i++ {
		for pad := 30; pad < 100; pad++ {
			samples = append(samples, strings.Repeat("y", pad)+strings.Repeat(word[i], 40))
			samples = append(samples, strings.Repeat(word[i], pad))
			samples = append(samples, strings.Repeat(" ", pad)+"tail words here")
		}
	}
	// plain words, shorter and longer than a label, with a space or the
	// end of a word at every place around the 81st byte
	for pad := 60; pad < 100; pad++ {
		for _, tail := range []string{"", " ", "  ", " word", " end.", "é"} {
			samples = append(samples, strings.Repeat("ab ", pad/3)+strings.Repeat("z", pad%3)+tail)
		}
	}
	samples = append(samples, asciiSamples(2000)...)
	for _, s := range samples {
		assert.Equal(t, clip(joinFields(s), 80), quoteLabel(s), "%q", s)
	}
}

func FuzzQuoteLabel(f *testing.F) {
	f.Add(strings.Repeat("word ", 60))
	f.Add(strings.Repeat("word ", 16))
	f.Add(strings.Repeat("é\u00a0", 150))
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, clip(joinFields(s), 80), quoteLabel(s), "%q", s)
	})
}
