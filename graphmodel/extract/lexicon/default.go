package lexicon

import "errors"

// Default is replaced by the embedded loader once the data files exist.
func Default() (*Lexicon, error) { return nil, errors.New("lexicon: no embedded data yet") }
