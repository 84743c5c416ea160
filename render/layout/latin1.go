package layout

import "regexp"

// latin1 finds a charset attribute naming Latin-1 (Graphviz accepts
// latin1, latin-1, l1, ISO-8859-1 and ISO_8859-1, in any case); "pre" is
// everything before the value.
var latin1 = regexp.MustCompile(`(?i)(?P<pre>charset\s*=\s*"?\s*)(latin-?1|l1|iso[-_]?8859-1|iso-ir-100)\b`)
