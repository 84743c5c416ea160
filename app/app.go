// Package app is Dossier's explorer window, built with Fyne. It is named
// like Fyne's own app package; main.go imports that one as fyneapp.
//
// Only main.go creates a real Fyne application (which needs cgo and a
// display); everything here is driven by tests through Fyne's test driver.
package app

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/assets"
	"dossier/graphmodel"
)

// ID is the application id (preferences and recent files are stored under it).
const ID = "io.github.dossier.explorer"

// Version is the application version shown in the About box.
const Version = "0.1.0"

// Metadata returns the application metadata main.go registers with Fyne
// before creating the app, so that a binary run from anywhere has its id,
// icon and threading mode (every widget change from a goroutine goes
// through fyne.Do).
func Metadata() fyne.AppMetadata {
	return fyne.AppMetadata{
		ID: ID, Name: "Dossier", Version: Version, Build: 1,
		Icon:       fyne.NewStaticResource("dossier-icon.png", assets.Icon()),
		Migrations: map[string]bool{"fyneDo": true},
	}
}

// Options says what the explorer opens at start.
type Options struct {
	Files []string // graph files or documents; none: the bundled sample
}

// Explorer is the main window.
type Explorer struct {
	app fyne.App
	win fyne.Window
	g   *graphmodel.Graph
}

// NewExplorer builds the main window.
func NewExplorer(a fyne.App, opts Options) *Explorer {
	e := &Explorer{app: a, win: a.NewWindow("Dossier"), g: graphmodel.New()}
	_, _ = e.g.AddDocument(graphmodel.Document{ID: "sample", Title: assets.SampleName, Text: string(assets.SampleArticle())})
	c := e.g.Counts()
	e.win.SetContent(container.NewVBox(
		widget.NewLabel("Dossier — sample: "+assets.SampleName),
		widget.NewLabel(fmt.Sprintf("%d documents, %d nodes, %d edges", c.Documents, c.Nodes, c.Edges)),
	))
	e.win.Resize(fyne.NewSize(1200, 800))
	return e
}

// ShowAndRun shows the window and runs the application until it quits.
func (e *Explorer) ShowAndRun() { e.win.ShowAndRun() }
