package extract

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// sameGivenNames tells whether two folded names with one last word may be
// one person: the given names of the shorter are in the longer, in order,
// initials and suffixes left out.
func TestSameGivenNames(t *testing.T) {
	for _, c := range []struct {
		x, y string
		want bool
	}{
		{"ma theresa p lazaro", "theresa lazaro", true},
		{"ferdinand r. marcos jr.", "ferdinand marcos", true},
		{"ferdinand marcos", "imee marcos", false},
		{"theresa lazaro", "lazaro", false},           // no given name to compare
		{"anna maria berg", "maria anna berg", false}, // not in the same order
		{"anna maria berg", "anna\u00a0maria  berg", true},
		// more words than a name has: never the same person by this rule
		{strings.Repeat("anna ", 12) + "berg", "anna berg", false},
	} {
		assert.Equal(t, c.want, sameGivenNames(c.x, c.y), "%q ~ %q", c.x, c.y)
		assert.Equal(t, c.want, sameGivenNames(c.y, c.x), "%q ~ %q", c.y, c.x)
	}
}
