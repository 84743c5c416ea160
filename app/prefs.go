package app

import (
	"bytes"
	"image/color"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"dossier/app/session"
	"dossier/graphmodel/dossierfile"
)

// Preference keys.
const (
	prefRecent  = "recent.files"
	prefWinW    = "window.width"
	prefWinH    = "window.height"
	prefTheme   = "theme"
	prefEngine  = "layout.engine"
	prefLegend  = "view.legend"
	maxRecent   = 10
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"
)

// recentFiles returns the recently opened files, newest first.
func (e *Explorer) recentFiles() []string {
	return e.app.Preferences().StringList(prefRecent)
}

// addRecent puts path first in the recent files.
func (e *Explorer) addRecent(path string) {
	list := []string{path}
	for _, p := range e.recentFiles() {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	e.app.Preferences().SetStringList(prefRecent, list)
	e.updateMenus()
}

func (e *Explorer) restoreWindowSize() {
	p := e.app.Preferences()
	w := p.FloatWithFallback(prefWinW, 1280)
	h := p.FloatWithFallback(prefWinH, 820)
	e.win.Resize(fyne.NewSize(float32(max(w, 640)), float32(max(h, 480))))
}

func (e *Explorer) saveWindowSize() {
	s := e.win.Canvas().Size()
	if s.Width > 0 && s.Height > 0 {
		e.app.Preferences().SetFloat(prefWinW, float64(s.Width))
		e.app.Preferences().SetFloat(prefWinH, float64(s.Height))
	}
}

// variantTheme forces the light or dark variant of the default theme.
type variantTheme struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.variant)
}

// applyTheme switches between the system's, the light and the dark theme.
func (e *Explorer) applyTheme(name string) {
	e.app.Preferences().SetString(prefTheme, name)
	switch name {
	case themeLight:
		e.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case themeDark:
		e.app.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		e.app.Settings().SetTheme(theme.DefaultTheme())
	}
	if e.graph != nil {
		e.graph.themeChanged()
	}
}

// dark reports whether the interface shows dark colours.
func (e *Explorer) dark() bool {
	switch e.app.Preferences().StringWithFallback(prefTheme, themeSystem) {
	case themeDark:
		return true
	case themeLight:
		return false
	}
	return e.app.Settings().ThemeVariant() == theme.VariantDark
}

// scheduleRecovery writes a recovery copy of unsaved work soon: the graph
// is encoded on the UI goroutine, written to disk on another.
func (e *Explorer) scheduleRecovery() {
	if !e.sess.Dirty() {
		return
	}
	e.saveRec.trigger(func() {
		write, err := e.recoveryWriter()
		if err != nil || write == nil {
			return
		}
		go func() {
			if err := write(); err != nil {
				fyne.LogError("recovery copy", err)
			}
		}()
	})
}

// recoveryWriter encodes the unsaved graph now and returns the function
// that writes it to the recovery folder (nil when nothing is unsaved).
// Writes are serialised, and one encoded before a save or a discard is
// dropped rather than written after it.
func (e *Explorer) recoveryWriter() (func() error, error) {
	if !e.sess.Dirty() {
		return nil, nil
	}
	var buf bytes.Buffer
	if err := dossierfile.Encode(&buf, e.sess.Graph()); err != nil {
		return nil, err
	}
	g := e.sess.Graph()
	info := session.RecoveryInfo{Path: e.sess.Path(), Written: time.Now().UTC(), Nodes: g.NodeCount(), Edges: g.EdgeCount()}
	epoch := e.recEpoch.Load()
	return func() error {
		e.recMu.Lock()
		defer e.recMu.Unlock()
		if e.recEpoch.Load() != epoch {
			return nil // saved or discarded meanwhile
		}
		return e.recovery.WriteEncoded(buf.Bytes(), info)
	}, nil
}

// clearRecovery removes the recovery copy (the work was saved or
// deliberately discarded) and voids copies still being written.
func (e *Explorer) clearRecovery() {
	e.saveRec.stop()
	e.recEpoch.Add(1)
	e.recMu.Lock()
	defer e.recMu.Unlock()
	if err := e.recovery.Clear(); err != nil {
		fyne.LogError("remove recovery copy", err)
	}
}

// debouncer runs the last triggered function once things have been quiet
// for a while, on the UI goroutine.
type debouncer struct {
	wait  time.Duration
	post  func(func())
	mu    sync.Mutex
	timer *time.Timer
}

func newDebouncer(wait time.Duration, post func(func())) *debouncer {
	return &debouncer{wait: wait, post: post}
}

func (d *debouncer) trigger(fn func()) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
	}
	d.timer = time.AfterFunc(d.wait, func() { d.post(fn) })
}

// flush runs a pending function now (before quitting).
func (d *debouncer) stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
}
