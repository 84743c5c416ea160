package session

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
)

// Recovery keeps a copy of unsaved work in a folder, so that after a crash
// or a kill the next start can offer it back. Each write replaces the copy
// atomically; a clean save or close removes it.
type Recovery struct {
	Dir string
}

const (
	recoveryGraph = "recovery.dossier.json"
	recoveryMeta  = "recovery.meta.json"
)

// RecoveryInfo describes a recovery copy on disk.
type RecoveryInfo struct {
	Path    string    `json:"path"`    // the file the work belonged to, "" if never saved
	Written time.Time `json:"written"` // when the copy was made
	Nodes   int       `json:"nodes"`
	Edges   int       `json:"edges"`
}

// Write stores g as the recovery copy of work on the file path ("" when
// the work was never saved).
func (r Recovery) Write(g *graphmodel.Graph, path string, now time.Time) error {
	var buf bytes.Buffer
	if err := dossierfile.Encode(&buf, g); err != nil {
		return fmt.Errorf("write recovery copy: %w", err)
	}
	return r.WriteEncoded(buf.Bytes(), RecoveryInfo{Path: path, Written: now.UTC(), Nodes: g.NodeCount(), Edges: g.EdgeCount()})
}

// WriteEncoded stores an already encoded graph file as the recovery copy.
// The explorer encodes on its UI goroutine (the graph is not shared) and
// writes from another.
func (r Recovery) WriteEncoded(data []byte, info RecoveryInfo) error {
	if err := os.MkdirAll(r.Dir, 0o700); err != nil {
		return fmt.Errorf("recovery folder: %w", err)
	}
	err := dossierfile.WriteFileAtomic(filepath.Join(r.Dir, recoveryGraph), func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
	if err != nil {
		return fmt.Errorf("write recovery copy: %w", err)
	}
	err = dossierfile.WriteFileAtomic(filepath.Join(r.Dir, recoveryMeta), func(w io.Writer) error {
		return json.NewEncoder(w).Encode(info)
	})
	if err != nil {
		return fmt.Errorf("write recovery copy: %w", err)
	}
	return nil
}

// Find reports whether a recovery copy exists, and what it holds.
func (r Recovery) Find() (RecoveryInfo, bool) {
	var info RecoveryInfo
	b, err := os.ReadFile(filepath.Join(r.Dir, recoveryMeta))
	if err != nil || json.Unmarshal(b, &info) != nil {
		return RecoveryInfo{}, false
	}
	if _, err := os.Stat(filepath.Join(r.Dir, recoveryGraph)); err != nil {
		return RecoveryInfo{}, false
	}
	return info, true
}

// Load reads the recovery copy.
func (r Recovery) Load() (*graphmodel.Graph, RecoveryInfo, error) {
	info, ok := r.Find()
	if !ok {
		return nil, RecoveryInfo{}, fmt.Errorf("no recovery copy in %s: %w", r.Dir, fs.ErrNotExist)
	}
	g, err := dossierfile.Load(filepath.Join(r.Dir, recoveryGraph))
	if err != nil {
		return nil, info, fmt.Errorf("recovery copy: %w", err)
	}
	return g, info, nil
}

// Clear removes the recovery copy (after a save, or when the user declines it).
func (r Recovery) Clear() error {
	var errs []error
	for _, name := range []string{recoveryMeta, recoveryGraph} {
		if err := os.Remove(filepath.Join(r.Dir, name)); err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}
