package lexicon_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/extract/lexicon"
)

// Rows read the same with Unix or Windows line ends, with or without a
// final line end, around comments and blank lines.
func TestRowsAnyLineEnds(t *testing.T) {
	for name, content := range map[string]string{
		"unix":             "# words\nword\tkind\n\ntalks\ttalks\nphone call\tcall\n",
		"windows":          "# words\r\nword\tkind\r\n\r\ntalks\ttalks\r\nphone call\tcall\r\n",
		"no final newline": "word\tkind\ntalks\ttalks\nphone call\tcall",
		"trailing blanks":  "word\tkind\ntalks\ttalks\nphone call\tcall\n\n  \n",
	} {
		t.Run(name, func(t *testing.T) {
			lx, err := lexicon.Load(withFile(t, "meeting_words.tsv", content))
			require.NoError(t, err)
			assert.Equal(t, []lexicon.MeetingWord{{Word: "talks", Kind: "talks"}, {Word: "phone call", Kind: "call"}}, lx.MeetingWords)
		})
	}
}

// A bad row is reported by its line in the file, blank and comment lines
// counted.
func TestRowErrorLineCountsEveryLine(t *testing.T) {
	_, err := lexicon.Load(withFile(t, "meeting_words.tsv", "# words\r\n\r\nword\tkind\r\ntalks\ttalks\r\n\r\n# more\r\ntalks\tparty"))
	require.Error(t, err)
	assert.Contains(t, err.Error(), `meeting_words.tsv:7: kind "party"`)
}
