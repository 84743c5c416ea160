package app

import (
	"fmt"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
)

// Shortcuts, shown in the menus and active in the window.
var (
	scOpen    = &desktop.CustomShortcut{KeyName: fyne.KeyO, Modifier: fyne.KeyModifierShortcutDefault}
	scSave    = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault}
	scSaveAs  = &desktop.CustomShortcut{KeyName: fyne.KeyS, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scExport  = &desktop.CustomShortcut{KeyName: fyne.KeyE, Modifier: fyne.KeyModifierShortcutDefault}
	scUndo    = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault}
	scRedo    = &desktop.CustomShortcut{KeyName: fyne.KeyZ, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
	scFit     = &desktop.CustomShortcut{KeyName: fyne.KeyF, Modifier: fyne.KeyModifierShortcutDefault}
	scZoomIn  = &desktop.CustomShortcut{KeyName: fyne.KeyEqual, Modifier: fyne.KeyModifierShortcutDefault}
	scZoomIn2 = &desktop.CustomShortcut{KeyName: fyne.KeyPlus, Modifier: fyne.KeyModifierShortcutDefault}
	scZoomOut = &desktop.CustomShortcut{KeyName: fyne.KeyMinus, Modifier: fyne.KeyModifierShortcutDefault}
	scQuit    = &desktop.CustomShortcut{KeyName: fyne.KeyQ, Modifier: fyne.KeyModifierShortcutDefault}
	scFind    = &desktop.CustomShortcut{KeyName: fyne.KeyK, Modifier: fyne.KeyModifierShortcutDefault}
	scRename  = &desktop.CustomShortcut{KeyName: fyne.KeyF2}
	scDelete  = &desktop.CustomShortcut{KeyName: fyne.KeyDelete}
)

// menuItems keeps the items whose state follows the selection and history.
type menuItems struct {
	undo, redo, rename, merge, delete *fyne.MenuItem
	recent                            *fyne.MenuItem
	focus                             []*fyne.MenuItem
	engines                           []*fyne.MenuItem
	themes                            []*fyne.MenuItem
	legend                            *fyne.MenuItem
	main                              *fyne.MainMenu
}

func (e *Explorer) mainMenu() *fyne.MainMenu {
	m := &menuItems{}
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	m.recent = fyne.NewMenuItem("Open Recent", nil)
	file := fyne.NewMenu("File",
		item("Open…", scOpen, e.showOpenDialog),
		m.recent,
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem("Import Documents…", e.showImportDialog),
		fyne.NewMenuItem("Import Folder of Documents…", e.showImportFolderDialog),
		fyne.NewMenuItemSeparator(),
		item("Save", scSave, func() { e.save(nil) }),
		item("Save As…", scSaveAs, func() { e.saveAs(nil) }),
		fyne.NewMenuItemSeparator(),
		item("Export Image…", scExport, e.showExportImageDialog),
		fyne.NewMenuItem("Export Graph…", e.showExportGraphDialog),
		fyne.NewMenuItemSeparator(),
		item("Quit", scQuit, e.quit),
	)
	m.undo = item("Undo", scUndo, e.undo)
	m.redo = item("Redo", scRedo, e.redo)
	m.rename = item("Rename…", scRename, e.showRenameDialog)
	m.merge = fyne.NewMenuItem("Merge…", e.showMergeDialog)
	m.delete = item("Delete", scDelete, e.deleteSelected)
	edit := fyne.NewMenu("Edit", m.undo, m.redo, fyne.NewMenuItemSeparator(), m.rename, m.merge, m.delete,
		fyne.NewMenuItemSeparator(), item("Find…", scFind, e.search.focus))

	focusMenu := fyne.NewMenu("")
	for _, h := range focusChoices {
		it := fyne.NewMenuItem(h.label, func() { e.setFocus(h.hops) })
		m.focus = append(m.focus, it)
		focusMenu.Items = append(focusMenu.Items, it)
	}
	focus := fyne.NewMenuItem("Focus on Selection", nil)
	focus.ChildMenu = focusMenu
	engineMenu := fyne.NewMenu("")
	for _, en := range engineChoices {
		it := fyne.NewMenuItem(en.label, func() { e.setEngine(en.name) })
		m.engines = append(m.engines, it)
		engineMenu.Items = append(engineMenu.Items, it)
	}
	engine := fyne.NewMenuItem("Layout Engine", nil)
	engine.ChildMenu = engineMenu
	themeMenu := fyne.NewMenu("")
	for _, t := range []struct{ label, name string }{{"System", themeSystem}, {"Light", themeLight}, {"Dark", themeDark}} {
		it := fyne.NewMenuItem(t.label, func() { e.applyTheme(t.name); e.updateMenus() })
		m.themes = append(m.themes, it)
		themeMenu.Items = append(themeMenu.Items, it)
	}
	themeItem := fyne.NewMenuItem("Theme", nil)
	themeItem.ChildMenu = themeMenu
	m.legend = fyne.NewMenuItem("Legend", func() { e.graph.setLegend(!e.graph.legendShown()); e.updateMenus() })
	view := fyne.NewMenu("View",
		item("Fit to Window", scFit, func() { e.graph.fit() }),
		item("Zoom In", scZoomIn, func() { e.graph.zoom(1.25) }),
		item("Zoom Out", scZoomOut, func() { e.graph.zoom(0.8) }),
		fyne.NewMenuItem("Zoom to Selection", func() { e.graph.zoomToSelection() }),
		fyne.NewMenuItemSeparator(),
		focus, engine, themeItem, m.legend,
	)
	m.main = fyne.NewMainMenu(file, edit, view)
	e.menu = m
	e.updateMenus()
	return m.main
}

// addShortcuts makes the menu shortcuts work in the window (and in tests,
// which have no menu bar).
func (e *Explorer) addShortcuts() {
	c := e.win.Canvas()
	add := func(sc fyne.Shortcut, fn func()) { c.AddShortcut(sc, func(fyne.Shortcut) { fn() }) }
	add(scOpen, e.showOpenDialog)
	add(scSave, func() { e.save(nil) })
	add(scSaveAs, func() { e.saveAs(nil) })
	add(scExport, e.showExportImageDialog)
	add(scUndo, e.undo)
	add(scRedo, e.redo)
	add(scFit, func() { e.graph.fit() })
	add(scZoomIn, func() { e.graph.zoom(1.25) })
	add(scZoomIn2, func() { e.graph.zoom(1.25) })
	add(scZoomOut, func() { e.graph.zoom(0.8) })
	add(scQuit, e.quit)
	add(scFind, e.search.focus)
	add(scRename, e.showRenameDialog)
	add(scDelete, e.deleteSelected)
}

// updateMenus enables, disables and labels items for the current state.
func (e *Explorer) updateMenus() {
	m := e.menu
	if m == nil {
		return
	}
	name, ok := e.sess.CanUndo()
	m.undo.Label, m.undo.Disabled = "Undo "+name, !ok
	if !ok {
		m.undo.Label = "Undo"
	}
	name, ok = e.sess.CanRedo()
	m.redo.Label, m.redo.Disabled = "Redo "+name, !ok
	if !ok {
		m.redo.Label = "Redo"
	}
	m.rename.Disabled = e.selNode == ""
	m.merge.Disabled = e.selNode == ""
	m.delete.Disabled = e.selNode == "" && e.selEdge == ""

	recent := fyne.NewMenu("")
	for _, p := range e.recentFiles() {
		recent.Items = append(recent.Items, fyne.NewMenuItem(fmt.Sprintf("%s  (%s)", filepath.Base(p), filepath.Dir(p)), func() { e.openPaths([]string{p}) }))
	}
	if len(recent.Items) == 0 {
		none := fyne.NewMenuItem("No recent files", nil)
		none.Disabled = true
		recent.Items = append(recent.Items, none)
	}
	m.recent.ChildMenu = recent
	for i, it := range m.focus {
		it.Checked = focusChoices[i].hops == e.focusHops
	}
	for i, it := range m.engines {
		it.Checked = engineChoices[i].name == e.graph.engine
	}
	current := e.app.Preferences().StringWithFallback(prefTheme, themeSystem)
	m.legend.Checked = e.graph.legendShown()
	for i, it := range m.themes {
		it.Checked = []string{themeSystem, themeLight, themeDark}[i] == current
	}
	m.main.Refresh()
}

var focusChoices = []struct {
	label string
	hops  int
}{{"Off (whole graph)", 0}, {"1 hop", 1}, {"2 hops", 2}, {"3 hops", 3}, {"Everything connected", -1}}
