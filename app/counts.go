package app

import "dossier/app/internal/plural"

// count is plural.Count: "1 document", "3 documents".
func count(n int, noun string) string { return plural.Count(n, noun) }
