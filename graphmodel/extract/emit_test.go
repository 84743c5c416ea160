package extract

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
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

// Meeting labels name people by their family name, also where it comes
// first ("Xi Jinping", "Lee Jae-myung").
func TestMeetingLabelsUseFamilyNames(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	g := graphmodel.New()
	require.NoError(t, NewWithLexicon(lx).Extract(g, graphmodel.Document{ID: "d", Text: "Chinese President Xi Jinping met South Korean President Lee Jae-myung in Beijing. Prime Minister Pham Minh Chinh met Prime Minister Mark Carney."}))
	var got []string
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			got = append(got, n.Label)
		}
	}
	assert.ElementsMatch(t, []string{"Lee–Xi meeting in Beijing", "Carney–Chinh meeting"}, got)
}

// plainWords reads eight bytes at a time; it must agree with the rule
// read a byte at a time, wherever a space, a control byte or a byte
// outside ASCII falls.
func TestPlainWords(t *testing.T) {
	byByte := func(s string) bool {
		space := true
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c > ' ' && c < 0x80:
				space = false
			case c == ' ' && !space:
				space = true
			default:
				return false
			}
		}
		return true
	}
	parts := []string{"a", "Zz", " ", "  ", "\t", "\x00", "\x1f", "\x7f", "~", "é", "!", "word "}
	for _, s := range randomTexts(rand.New(rand.NewPCG(7, 8)), parts, 50000, 12) {
		assert.Equal(t, byByte(s), plainWords(s), "%q", s)
	}
	for pad := 0; pad < 20; pad++ {
		for _, s := range []string{"  ", " ", "\x1f", "é", "\x80"} {
			x := strings.Repeat("ab ", pad) + s + "cd"
			assert.Equal(t, byByte(x), plainWords(x), "%q", x)
		}
	}
}
