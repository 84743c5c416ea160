package lexicon

import (
	"errors"
	"io/fs"
)

// overlay serves each file from the first file system that has it, so a
// partial data set falls back file by file on another.
type overlay []fs.FS

// Open opens name from the first layer that has it.
func (o overlay) Open(name string) (fs.File, error) {
	var firstErr error
	for _, layer := range o {
		f, err := layer.Open(name)
		if err == nil {
			return f, nil
		}
		if !errors.Is(err, fs.ErrNotExist) && firstErr == nil {
			firstErr = err
		}
	}
	if firstErr != nil {
		return nil, firstErr
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
