package graphmodel_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	gm "dossier/graphmodel"
)

func sentences(text string) []string {
	var out []string
	for _, r := range gm.Sentences(text) {
		out = append(out, text[r.Start:r.End])
	}
	return out
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name string
		text string
		want []string
	}{
		{"plain", "One is here. Two is there! Three? Four.", []string{"One is here.", "Two is there!", "Three?", "Four."}},
		{"abbreviation with inner periods", "The U.S. envoy met Dr. Smith. He left.", []string{"The U.S. envoy met Dr. Smith.", "He left."}},
		{"U.S. ends a sentence", "Talks were held in the U.S. The envoy left.", []string{"Talks were held in the U.S.", "The envoy left."}},
		{"initials", "J. R. R. Tolkien wrote. Then he slept.", []string{"J. R. R. Tolkien wrote.", "Then he slept."}},
		{"decimals", "Growth was 3.5 percent. Fine.", []string{"Growth was 3.5 percent.", "Fine."}},
		{"closing quote", `He said: "It is done." Then he left.`, []string{`He said: "It is done."`, "Then he left."}},
		{"curly quote", "“We agree.” The talks ended.", []string{"“We agree.”", "The talks ended."}},
		{"lower case after period", "It costs approx. ten dollars. OK.", []string{"It costs approx. ten dollars.", "OK."}},
		{"space before period", "unacceptable to the Kremlin . This assessment follows", []string{"unacceptable to the Kremlin .", "This assessment follows"}},
		{"line breaks", "Title line\n\nFirst para. Second.\nThird", []string{"Title line", "First para.", "Second.", "Third"}},
		{"cyrillic", "Путин приехал. Переговоры начались.", []string{"Путин приехал.", "Переговоры начались."}},
		{"cjk without case", "Talks ended. 会谈结束。", []string{"Talks ended.", "会谈结束。"}},
		{"empty", "   \n  ", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, sentences(c.text))
		})
	}
}

func TestSentenceAt(t *testing.T) {
	text := "One. Two three."
	assert.Equal(t, gm.Range{Start: 5, End: 15}, gm.SentenceAt(text, 9))
	assert.Equal(t, gm.Range{Start: 0, End: 4}, gm.SentenceAt(text, 0))
}

func TestFold(t *testing.T) {
	assert.Equal(t, "geneve", gm.Fold("  GENÈVE "))
	assert.Equal(t, "strasse", gm.Fold("Straße"))
	assert.Equal(t, "recep tayyip erdogan", gm.Fold("Recep\tTayyip  Erdoğan"))
	assert.Equal(t, "путин", gm.Fold("Путин"))
	assert.Equal(t, "fi", gm.Fold("ﬁ"), "compatibility forms fold")
}
