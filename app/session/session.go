// Package session holds what the explorer is working on: the graph, the
// file it came from, whether it has unsaved changes, and the undo and redo
// history of its edits. It knows nothing of widgets, so its rules are
// tested directly.
package session

import (
	"errors"
	"fmt"

	"dossier/graphmodel"
)

// maxHistory bounds the undo history.
const maxHistory = 500

// Edit is one undoable change.
type Edit struct {
	Name  string // shown in menus: "Undo Rename"
	patch *graphmodel.Patch
}

// Session is an open graph with its edit history. It is not safe for
// concurrent use: the UI goroutine owns it.
type Session struct {
	graph *graphmodel.Graph
	path  string // file it was opened from or saved to; "" when never saved
	dirty bool
	undo  []Edit
	redo  []Edit
	rev   uint64 // bumped by every change, for caches keyed on the graph
}

// New starts a session on g. path is the file g came from, or "" for a
// graph made from documents or not yet saved.
func New(g *graphmodel.Graph, path string) *Session {
	return &Session{graph: g, path: path}
}

// Graph returns the graph. Change it only through Apply, so edits can be
// undone and the session knows it has unsaved changes.
func (s *Session) Graph() *graphmodel.Graph { return s.graph }

// Path returns the file the session is saved to, or "".
func (s *Session) Path() string { return s.path }

// Dirty reports whether there are changes since the last save.
func (s *Session) Dirty() bool { return s.dirty }

// Revision changes whenever the graph does (edits, undo, redo).
func (s *Session) Revision() uint64 { return s.rev }

// MarkDirty records a change made outside Apply that cannot be undone
// (e.g. documents imported into the graph).
func (s *Session) MarkDirty() {
	s.dirty = true
	s.rev++
}

// ErrNoChange is returned by Apply when the edit changed nothing.
var ErrNoChange = errors.New("nothing changed")

// Apply runs edit as one undoable step named name. If edit fails, the
// graph is left as it was and the error returned.
func (s *Session) Apply(name string, edit func(*graphmodel.Graph) error) error {
	p, err := s.graph.Record(edit)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if p.Empty() {
		return ErrNoChange
	}
	s.undo = append(s.undo, Edit{Name: name, patch: p})
	if len(s.undo) > maxHistory {
		s.undo = s.undo[len(s.undo)-maxHistory:]
	}
	s.redo = nil
	s.dirty = true
	s.rev++
	return nil
}

// CanUndo returns the name of the edit Undo would revert.
func (s *Session) CanUndo() (string, bool) {
	if len(s.undo) == 0 {
		return "", false
	}
	return s.undo[len(s.undo)-1].Name, true
}

// CanRedo returns the name of the edit Redo would repeat.
func (s *Session) CanRedo() (string, bool) {
	if len(s.redo) == 0 {
		return "", false
	}
	return s.redo[len(s.redo)-1].Name, true
}

// Undo reverts the last edit and returns it.
func (s *Session) Undo() (Edit, bool) {
	if len(s.undo) == 0 {
		return Edit{}, false
	}
	e := s.undo[len(s.undo)-1]
	s.undo = s.undo[:len(s.undo)-1]
	e.patch.Undo(s.graph)
	s.redo = append(s.redo, e)
	s.dirty = true
	s.rev++
	return e, true
}

// Redo repeats the last undone edit and returns it.
func (s *Session) Redo() (Edit, bool) {
	if len(s.redo) == 0 {
		return Edit{}, false
	}
	e := s.redo[len(s.redo)-1]
	s.redo = s.redo[:len(s.redo)-1]
	e.patch.Redo(s.graph)
	s.undo = append(s.undo, e)
	s.dirty = true
	s.rev++
	return e, true
}

// Touched returns the ids of the nodes an edit changed.
func (e Edit) Touched() []string { return e.patch.Nodes() }

// Saved records that the graph was written to path.
func (s *Session) Saved(path string) {
	s.path = path
	s.dirty = false
}
