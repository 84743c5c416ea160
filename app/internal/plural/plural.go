// Package plural writes counts with their nouns for the explorer's and
// the command line's messages.
package plural

import "strconv"

// Count writes n with a regular English noun in the right number: "1
// document", "3 documents", "0 nodes".
func Count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
