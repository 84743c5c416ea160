package lexicon

import (
	"embed"
	"fmt"
	"io/fs"
)

// base is the general lexicon shipped with the loader (see base/README.md).
//
//go:embed base
var base embed.FS

// Default loads the lexicon built into the binary.
func Default() (*Lexicon, error) {
	sub, err := fs.Sub(base, "base")
	if err != nil {
		return nil, fmt.Errorf("lexicon: %w", err)
	}
	lx, err := Load(sub)
	if err != nil {
		return nil, fmt.Errorf("embedded lexicon: %w", err)
	}
	return lx, nil
}
