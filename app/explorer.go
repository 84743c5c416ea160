// Package app is Dossier's explorer window, built with Fyne. It is named
// like Fyne's own app package; main.go imports that one as fyneapp.
//
// Only main.go creates a real Fyne application (which needs cgo and a
// display); everything here is driven by tests through Fyne's test driver.
package app

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"dossier/app/internal/plural"
	"dossier/app/session"
	"dossier/assets"
	"dossier/graphmodel"
	"dossier/graphmodel/extract"
)

// ID is the application id (preferences and recent files are stored under it).
const ID = "io.github.dossier.explorer"

// Version is the application version.
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
	// Files to open; none: the bundled sample article.
	Files []string
	// RecoveryDir holds the copy of unsaved work; "" means the user's
	// cache folder.
	RecoveryDir string
	// Post runs a function on the UI goroutine; nil means fyne.Do. Tests
	// queue the functions and run them when they choose.
	Post func(func())
}

// Explorer is the main window.
type Explorer struct {
	app     fyne.App
	win     fyne.Window
	post    func(func())
	pending atomic.Int64 // background work not yet handed back to the UI goroutine

	extractor func() (*extract.Extractor, error)

	sess     *session.Session
	recovery session.Recovery
	saveRec  *debouncer
	recMu    sync.Mutex   // serialises recovery writes
	recEpoch atomic.Int64 // bumped when the recovery copy is cleared

	details  *details
	docs     *docViewer
	tasks    *tasks
	graph    *graphPanel
	search   *searchBox
	filters  *filters
	docList  *docList
	meetings *timeline
	status   *widget.Label
	tabs     *container.AppTabs
	menu     *menuItems

	selNode, selEdge string   // what is selected (selNode is the primary node)
	marked           []string // further nodes selected with Shift+click, for merging
	focusHops        int      // neighbourhood focus around selNode; 0 = off
	spec             graphmodel.ViewSpec
	collapse         bool            // statements folded into their speakers
	origin           string          // the title of a graph not saved yet: the file or sample it came from
	expanded         map[string]bool // speakers whose statements show anyway
}

// NewExplorer builds the main window and starts opening opts.Files (or
// the sample) in the background.
func NewExplorer(a fyne.App, opts Options) *Explorer {
	keepChosenFiles()
	e := &Explorer{app: a, win: a.NewWindow("Dossier"), post: opts.Post}
	if e.post == nil {
		e.post = fyne.Do
	}
	dir := opts.RecoveryDir
	if dir == "" {
		if cache, err := os.UserCacheDir(); err == nil {
			dir = filepath.Join(cache, "dossier")
		} else {
			dir = filepath.Join(os.TempDir(), "dossier-recovery")
		}
	}
	e.recovery = session.Recovery{Dir: dir}
	e.extractor = newExtractorOnce()
	e.saveRec = newDebouncer(time.Second, e.post)
	e.sess = session.New(graphmodel.New(), "")

	e.details = newDetails()
	e.details.selectNode = func(id string) { e.selectNode(id, true) }
	e.details.openDocument = e.openDocument
	e.details.actions = e.nodeActions
	e.docs = newDocViewer(a)
	e.tasks = newTasks(e.post, e.background)
	e.graph = newGraphPanel(e)
	e.search = newSearchBox(e)
	e.filters = newFilters(e)
	e.docList = newDocList(e)
	e.meetings = newTimeline(e)
	e.status = widget.NewLabel("")
	e.status.Truncation = fyne.TextTruncateEllipsis

	e.tabs = container.NewAppTabs(
		container.NewTabItem("Details", e.details.scroll),
		container.NewTabItem("Documents", e.docList.content()),
		container.NewTabItem("Meetings", e.meetings.content()),
		container.NewTabItem("View", e.filters.content()),
	)
	split := container.NewHSplit(e.search.overlay(e.graph.content()), e.tabs)
	split.Offset = 0.68
	top := container.NewBorder(nil, nil, e.toolbar(), nil, e.search.content())
	bottom := container.NewBorder(nil, nil, nil, nil, container.NewVBox(e.tasks.box, e.status))
	e.win.SetContent(container.NewBorder(top, bottom, nil, nil, split))
	e.win.SetMainMenu(e.mainMenu())
	e.addShortcuts()
	e.win.SetCloseIntercept(e.quit)
	e.win.SetOnDropped(e.dropped)
	e.restoreWindowSize()
	e.applyTheme(a.Preferences().StringWithFallback(prefTheme, themeSystem))

	e.start(opts.Files)
	return e
}

// Window returns the main window.
func (e *Explorer) Window() fyne.Window { return e.win }

// ShowAndRun shows the window and runs the application until it quits.
func (e *Explorer) ShowAndRun() { e.win.ShowAndRun() }

// start opens what the user asked for, offering unsaved work from a crash
// first.
func (e *Explorer) start(files []string) {
	openFirst := func() {
		if len(files) > 0 {
			e.openPaths(files)
			return
		}
		e.openSample()
	}
	info, ok := e.recovery.Find()
	if !ok {
		openFirst()
		return
	}
	what := "an unsaved graph"
	if info.Path != "" {
		what = filepath.Base(info.Path)
	}
	msg := fmt.Sprintf("Dossier was closed without saving changes to %s (%s, %s, %s).\nRestore them?",
		what, plural.Count(info.Nodes, "node"), plural.Count(info.Edges, "edge"), info.Written.Local().Format("2 Jan 2006 15:04"))
	d := dialog.NewConfirm("Restore unsaved work?", msg, func(restore bool) {
		if !restore {
			e.clearRecovery()
			openFirst()
			return
		}
		g, info, err := e.recovery.Load()
		if err != nil {
			e.showError(fmt.Errorf("restore unsaved work: %w", err))
			openFirst()
			return
		}
		e.setSession(session.New(g, info.Path))
		e.sess.MarkDirty()
	}, e.win)
	d.SetConfirmText("Restore")
	d.SetDismissText("Discard")
	d.Show()
}

// setSession replaces what the window works on.
func (e *Explorer) setSession(s *session.Session) {
	e.setSessionFrom(s, "")
}

// setSessionFrom is setSession for a graph that came from origin (a
// foreign graph file, the sample): its name titles the window until the
// graph is saved.
func (e *Explorer) setSessionFrom(s *session.Session, origin string) {
	e.sess = s
	e.origin = origin
	e.docs.CloseAll()
	e.selNode, e.selEdge, e.focusHops = "", "", 0
	e.spec = graphmodel.ViewSpec{}
	e.collapse, e.expanded = false, map[string]bool{}
	e.filters.reset()
	e.filters.startOverview()
	e.details.Clear()
	e.docList.refresh()
	e.meetings.refresh()
	e.updateTitle()
	e.graph.relayout(true)
}

// changed is called after every change to the graph.
func (e *Explorer) changed() {
	if e.selNode != "" {
		if _, ok := e.sess.Graph().Node(e.selNode); !ok {
			e.selNode = ""
		}
	}
	if e.selEdge != "" {
		if _, ok := e.sess.Graph().Edge(e.selEdge); !ok {
			e.selEdge = ""
		}
	}
	e.showSelection()
	e.docList.refresh()
	e.meetings.refresh()
	e.filters.refresh()
	e.updateTitle()
	e.graph.relayout(false)
	e.scheduleRecovery()
}

func (e *Explorer) updateTitle() {
	name := "untitled"
	if p := e.sess.Path(); p != "" {
		name = filepath.Base(p)
	} else if e.origin != "" {
		name = e.origin
	}
	if e.sess.Dirty() {
		name = "• " + name
	}
	e.win.SetTitle(name + " — Dossier")
}

// selectNode selects a node, shows its details and highlights it;
// centre also brings it into view.
func (e *Explorer) selectNode(id string, centre bool) {
	e.selNode, e.selEdge = id, ""
	e.tabs.SelectIndex(0)
	e.showSelection()
	if e.focusHops != 0 {
		e.graph.relayout(false)
	} else if centre {
		e.graph.centreOn(id)
	}
}

func (e *Explorer) selectEdge(id string) {
	e.selNode, e.selEdge = "", id
	e.tabs.SelectIndex(0)
	e.showSelection()
}

func (e *Explorer) clearSelection() {
	e.selNode, e.selEdge = "", ""
	e.showSelection()
	if e.focusHops != 0 {
		e.graph.relayout(false)
	}
}

func (e *Explorer) showSelection() {
	g := e.sess.Graph()
	switch {
	case e.selNode != "":
		n, _ := g.Node(e.selNode)
		e.details.ShowNode(g, n)
	case e.selEdge != "":
		ed, _ := g.Edge(e.selEdge)
		e.details.ShowEdge(g, ed)
	default:
		e.details.Clear()
	}
	e.graph.highlight()
	e.updateMenus()
}

// openDocument shows a document at a span with spans highlighted.
func (e *Explorer) openDocument(at graphmodel.Span, highlight []graphmodel.Span) {
	d, ok := e.sess.Graph().Document(at.Doc)
	if !ok {
		e.showError(fmt.Errorf("document %q is not in the graph", at.Doc))
		return
	}
	e.docs.Show(d, at, highlight)
}

// showError shows err in a dialog; the graph is untouched.
func (e *Explorer) showError(err error) {
	dialog.ShowError(err, e.win)
}

func (e *Explorer) setStatus(s string) { e.status.SetText(s) }

// nodeActions are the buttons the details panel offers for node n.
func (e *Explorer) nodeActions(n *graphmodel.Node) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	if e.collapse && n.Kind == graphmodel.KindActor {
		count := 0
		for _, ed := range e.sess.Graph().EdgesOf(n.ID) {
			if ed.Kind == graphmodel.EdgeSpeaker && ed.Source == n.ID {
				count++
			}
		}
		if count > 0 {
			label := fmt.Sprintf("Show its %d statements in the graph", count)
			if e.expanded[n.ID] {
				label = "Fold its statements back"
			}
			id := n.ID
			out = append(out, widget.NewButton(label, func() { e.toggleExpanded(id) }))
		}
	}
	return out
}

// background runs work on another goroutine and the function it returns
// on the UI goroutine.
func (e *Explorer) background(work func() func()) {
	e.pending.Add(1)
	go func() {
		defer e.pending.Add(-1) // after posting, so idle means all results are queued
		if f := work(); f != nil {
			e.post(f)
		}
	}()
}
