package app

import "strconv"

// count writes n with a regular English noun in the right number: "1
// document", "3 documents", "0 nodes".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
