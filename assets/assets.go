// Package assets embeds the files Dossier ships inside its binary: the
// sample article it opens on first start (see sample/SOURCE.md for where it
// comes from) and the application icon.
package assets

import _ "embed"

//go:embed sample/seed-article.txt
var sampleArticle []byte

//go:embed icon.png
var icon []byte

// SampleName is the file name the sample article is shown under.
const SampleName = "seed-article.txt"

// SampleArticle returns a copy of the bundled sample article's bytes.
func SampleArticle() []byte { return append([]byte(nil), sampleArticle...) }

// Icon returns a copy of the application icon (PNG, 512×512).
func Icon() []byte { return append([]byte(nil), icon...) }
