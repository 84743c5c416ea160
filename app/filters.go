package app

import (
	"fmt"
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
)

// filters is the View tab: which kinds and types show, a minimum number
// of supporting documents, neighbourhood focus and the layout engine.
type filters struct {
	e        *Explorer
	kinds    map[graphmodel.Kind]*widget.Check
	types    map[string]*widget.Check // "kind/type"
	minDocs  *widget.Select
	maxNodes *widget.Select
	collapse *widget.Check
	focus    *widget.RadioGroup
	engine   *widget.Select
	backend  *widget.Label
	updating bool // set while widgets are synced from state, to ignore their callbacks
	box      *fyne.Container
}

func newFilters(e *Explorer) *filters {
	f := &filters{e: e, kinds: map[graphmodel.Kind]*widget.Check{}, types: map[string]*widget.Check{}, updating: true}
	defer func() { f.updating = false }()
	kindBox := container.NewGridWithColumns(2)
	for _, k := range graphmodel.Kinds() {
		c := widget.NewCheck(kindTitle(k), func(bool) { f.apply() })
		c.SetChecked(true)
		f.kinds[k] = c
		kindBox.Add(c)
	}
	typeBox := container.NewGridWithColumns(2)
	for _, k := range []graphmodel.Kind{graphmodel.KindActor, graphmodel.KindVenue} {
		for _, t := range graphmodel.Types(k) {
			c := widget.NewCheck(fmt.Sprintf("%s: %s", k, t), func(bool) { f.apply() })
			c.SetChecked(true)
			f.types[string(k)+"/"+t] = c
			typeBox.Add(c)
		}
	}
	f.minDocs = widget.NewSelect([]string{"1"}, func(string) { f.apply() })
	f.minDocs.SetSelected("1")
	f.collapse = widget.NewCheck("Collapse statements into speakers", func(on bool) {
		if !f.updating {
			e.setCollapse(on)
		}
	})
	f.maxNodes = widget.NewSelect(maxNodeChoices, func(string) { f.apply() })
	f.maxNodes.SetSelected(maxNodeChoices[0])
	var labels []string
	for _, c := range focusChoices {
		labels = append(labels, c.label)
	}
	f.focus = widget.NewRadioGroup(labels, func(s string) {
		if f.updating {
			return
		}
		for _, c := range focusChoices {
			if c.label == s {
				e.setFocus(c.hops)
			}
		}
	})
	f.focus.SetSelected(focusChoices[0].label)
	var engines []string
	for _, en := range engineChoices {
		engines = append(engines, en.label)
	}
	f.engine = widget.NewSelect(engines, func(s string) {
		if f.updating {
			return
		}
		for _, en := range engineChoices {
			if en.label == s {
				e.setEngine(en.name)
			}
		}
	})
	f.backend = widget.NewLabel("")
	f.backend.Wrapping = fyne.TextWrapWord
	f.box = container.NewVBox(
		subheading("Show kinds"), kindBox,
		subheading("Show types"), typeBox,
		f.collapse,
		widget.NewForm(
			&widget.FormItem{Text: "Documents", Widget: f.minDocs, HintText: "at least this many support each node"},
			&widget.FormItem{Text: "Nodes", Widget: f.maxNodes, HintText: "at most; best supported first"},
		),
		subheading("Focus on the selected node"), f.focus,
		subheading("Layout"), f.engine, f.backend,
	)
	return f
}

func (f *filters) content() fyne.CanvasObject { return container.NewVScroll(f.box) }

func kindTitle(k graphmodel.Kind) string {
	switch k {
	case graphmodel.KindActor:
		return "Actors"
	case graphmodel.KindVenue:
		return "Venues"
	case graphmodel.KindMeeting:
		return "Meetings"
	case graphmodel.KindStatement:
		return "Statements"
	}
	return "Other entities"
}

// apply turns the widgets into the view spec and re-lays out the view.
func (f *filters) apply() {
	if f.updating {
		return
	}
	spec := graphmodel.ViewSpec{}
	all := true
	for _, k := range graphmodel.Kinds() {
		if f.kinds[k].Checked {
			spec.Kinds = append(spec.Kinds, k)
		} else {
			all = false
		}
	}
	if all {
		spec.Kinds = nil
	} else if len(spec.Kinds) == 0 {
		spec.Kinds = []graphmodel.Kind{"none"}
	}
	for _, key := range sortedKeys(f.types) {
		if !f.types[key].Checked {
			spec.HiddenTypes = append(spec.HiddenTypes, key)
		}
	}
	spec.MinDocs, _ = strconv.Atoi(f.minDocs.Selected)
	spec.MaxNodes, _ = strconv.Atoi(f.maxNodes.Selected) // "all" → 0
	f.e.spec.Kinds, f.e.spec.HiddenTypes, f.e.spec.MinDocs, f.e.spec.MaxNodes = spec.Kinds, spec.HiddenTypes, spec.MinDocs, spec.MaxNodes
	f.e.graph.relayout(false)
}

// reset shows everything again (a new graph was opened).
func (f *filters) reset() {
	f.updating = true
	for _, c := range f.kinds {
		c.SetChecked(true)
	}
	for _, c := range f.types {
		c.SetChecked(true)
	}
	f.minDocs.SetSelected("1")
	f.maxNodes.SetSelected(maxNodeChoices[0])
	f.focus.SetSelected(focusChoices[0].label)
	f.updating = false
	f.refresh()
}

// maxNodeChoices are the overview sizes offered; the first shows all.
var maxNodeChoices = []string{"all", "200", "500", "1000", "2000", "3000"}

// overviewNodes is how many nodes a large graph starts with, and
// overviewAbove how large a graph must be to start on an overview: sfdp
// lays out 1,000 nodes in under a second, 10,000 take minutes without
// native Graphviz.
const (
	overviewNodes = 1000
	overviewAbove = 1500
)

// startOverview limits a large graph's first view to its most important
// nodes, and says so.
func (f *filters) startOverview() {
	n := f.e.sess.Graph().NodeCount()
	if n <= overviewAbove {
		return
	}
	f.updating = true
	f.maxNodes.SetSelected(strconv.Itoa(overviewNodes))
	f.updating = false
	f.e.spec.MaxNodes = overviewNodes
	f.e.collapse = true
	f.refresh()
	f.e.setStatus(fmt.Sprintf("Large graph: showing the %d best-supported of %d nodes, statements folded into their speakers — the View tab shows more, search finds any node", overviewNodes, n))
}

// refresh updates choices that depend on the graph (document counts) and
// on state changed elsewhere (focus, engine from the menu).
func (f *filters) refresh() {
	f.updating = true
	defer func() { f.updating = false }()
	n := len(f.e.sess.Graph().Documents())
	opts := []string{"1"}
	for i := 2; i <= min(n, 20); i++ {
		opts = append(opts, strconv.Itoa(i))
	}
	f.minDocs.Options = opts
	if !slices.Contains(opts, f.minDocs.Selected) {
		f.minDocs.SetSelected("1")
	}
	f.minDocs.Refresh()
	for _, c := range focusChoices {
		if c.hops == f.e.focusHops {
			f.focus.SetSelected(c.label)
		}
	}
	for _, en := range engineChoices {
		if en.name == f.e.graph.engine {
			f.engine.SetSelected(en.label)
		}
	}
	f.collapse.SetChecked(f.e.collapse)
}

// setFocus limits the view to the neighbourhood of the selected node.
func (e *Explorer) setFocus(hops int) {
	e.focusHops = hops
	e.filters.refresh()
	e.updateMenus()
	e.graph.relayout(false)
}

// setEngine picks the layout engine ("" = automatic).
func (e *Explorer) setEngine(name string) {
	e.graph.engine = name
	e.app.Preferences().SetString(prefEngine, name)
	e.filters.refresh()
	e.updateMenus()
	e.graph.relayout(true)
}

// revealNode changes the filters so that node id is shown.
func (e *Explorer) revealNode(id string) {
	n, ok := e.sess.Graph().Node(id)
	if !ok || e.visibleSelection().Has(id) {
		return
	}
	f := e.filters
	f.updating = true
	f.kinds[n.Kind].SetChecked(true)
	if c, ok := f.types[string(n.Kind)+"/"+n.Type]; ok {
		c.SetChecked(true)
	}
	f.minDocs.SetSelected("1")
	f.maxNodes.SetSelected(maxNodeChoices[0])
	f.updating = false
	f.apply()
	if e.focusHops != 0 {
		e.focusHops = 0
		f.refresh()
	}
	e.setStatus(fmt.Sprintf("Filters changed to show %q", n.Label))
}

// viewSpec is the spec of what the graph view shows now.
func (e *Explorer) viewSpec() graphmodel.ViewSpec {
	s := e.spec
	if e.focusHops != 0 && e.selNode != "" {
		s.Focus, s.Hops = e.selNode, e.focusHops
	}
	return s
}

// visibleSelection is the part of the graph the view shows. With
// statements collapsed, they are left out except those of speakers the
// user expanded.
func (e *Explorer) visibleSelection() graphmodel.Selection {
	g := e.sess.Graph()
	spec := e.viewSpec()
	if !e.collapse {
		return g.Select(spec)
	}
	spec.Kinds = withoutKind(spec.Kinds, graphmodel.KindStatement)
	sel := g.Select(spec)
	if len(e.expanded) == 0 {
		return sel
	}
	ids := append([]string(nil), sel.Nodes...)
	for _, speaker := range sortedKeys(e.expanded) {
		if !sel.Has(speaker) {
			continue
		}
		for _, ed := range g.EdgesOf(speaker) {
			if ed.Kind == graphmodel.EdgeSpeaker && ed.Source == speaker {
				ids = append(ids, ed.Target)
			}
		}
	}
	return g.Induced(ids)
}

// withoutKind returns the kinds to show minus k (nil kinds means all).
func withoutKind(kinds []graphmodel.Kind, k graphmodel.Kind) []graphmodel.Kind {
	if len(kinds) == 0 {
		kinds = graphmodel.Kinds()
	}
	var out []graphmodel.Kind
	for _, x := range kinds {
		if x != k {
			out = append(out, x)
		}
	}
	if len(out) == 0 {
		return []graphmodel.Kind{"none"}
	}
	return out
}

// hiddenStatements counts, per speaker shown in sel, the statements it
// made that sel leaves out.
func (e *Explorer) hiddenStatements(sel graphmodel.Selection) map[string]int {
	if !e.collapse {
		return nil
	}
	g := e.sess.Graph()
	out := map[string]int{}
	for _, id := range sel.Nodes {
		n, _ := g.Node(id)
		if n.Kind != graphmodel.KindActor {
			continue
		}
		for _, ed := range g.EdgesOf(id) {
			if ed.Kind == graphmodel.EdgeSpeaker && ed.Source == id && !sel.Has(ed.Target) {
				out[id]++
			}
		}
	}
	return out
}

// setCollapse folds statements into their speakers, or shows them all.
func (e *Explorer) setCollapse(on bool) {
	e.collapse = on
	e.expanded = map[string]bool{}
	e.filters.refresh()
	e.graph.relayout(false)
}

// toggleExpanded shows or folds again one speaker's statements.
func (e *Explorer) toggleExpanded(id string) {
	if e.expanded[id] {
		delete(e.expanded, id)
	} else {
		e.expanded[id] = true
	}
	e.showSelection()
	e.graph.relayout(false)
}
