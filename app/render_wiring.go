package app

// wireRender connects the graph panel to the renderer. (Temporary until
// render lands.)
func wireRender(p *graphPanel) {}

func (e *Explorer) showExportImageDialog() {}
func (e *Explorer) showExportGraphDialog() {}
