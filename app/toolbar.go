package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

func (e *Explorer) toolbar() fyne.CanvasObject {
	return widget.NewToolbar(
		widget.NewToolbarAction(theme.FolderOpenIcon(), e.showOpenDialog),
		widget.NewToolbarAction(theme.DocumentSaveIcon(), func() { e.save(nil) }),
		widget.NewToolbarAction(theme.DownloadIcon(), e.showExportImageDialog),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ContentUndoIcon(), e.undo),
		widget.NewToolbarAction(theme.ContentRedoIcon(), e.redo),
		widget.NewToolbarSeparator(),
		widget.NewToolbarAction(theme.ViewFullScreenIcon(), func() { e.graph.fit() }),
		widget.NewToolbarAction(theme.ZoomInIcon(), func() { e.graph.zoom(1.25) }),
		widget.NewToolbarAction(theme.ZoomOutIcon(), func() { e.graph.zoom(0.8) }),
	)
}
