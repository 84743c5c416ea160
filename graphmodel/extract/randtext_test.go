package extract

import (
	"math/rand/v2"
	"strings"
)

// randomTexts returns n texts, each of fewer than maxParts pieces drawn
// from parts by r: the random inputs of the tests that hold a fast path
// to the plain code it stands for.
func randomTexts(r *rand.Rand, parts []string, n, maxParts int) []string {
	out := make([]string, 0, n)
	for range n {
		var b strings.Builder
		for range r.IntN(maxParts) {
			b.WriteString(parts[r.IntN(len(parts))])
		}
		out = append(out, b.String())
	}
	return out
}
