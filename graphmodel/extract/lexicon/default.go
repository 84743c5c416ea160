package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
)

// data is the project's full lexicon (data/README.md); base is the small
// general lexicon shipped with the loader (base/README.md), used for any
// file data/ does not have.
var (
	//go:embed data
	data embed.FS
	//go:embed base
	base embed.FS
)

// Default loads the lexicon built into the binary: each file from data/
// when it is there, else from base/; the word lists (titles, reporting
// verbs, meeting words, name lists) of base/ then fill in what data/ lacks.
func Default() (*Lexicon, error) {
	d, err := fs.Sub(data, "data")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	b, err := fs.Sub(base, "base")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	lx, err := Load(overlay{d, b})
	if err != nil {
		return nil, fmt.Errorf("embedded lexicon: %w", err)
	}
	bx, err := Load(b)
	if err != nil {
		return nil, fmt.Errorf("embedded base lexicon: %w", err)
	}
	lx.supplement(bx)
	return lx, nil
}
