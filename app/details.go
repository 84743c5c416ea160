package app

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/app/internal/plural"
	"dossier/graphmodel"
)

// maxExcerptsShown bounds the excerpts listed at once; a button shows more.
const maxExcerptsShown = 50

// details is the panel that shows what is selected: its kind, names,
// attributes, connections, and the source excerpts behind it.
type details struct {
	box    *fyne.Container
	scroll *container.Scroll

	// selectNode is called when the user follows a link to a node.
	selectNode func(id string)
	// openDocument is called to show a document at a span with the given
	// spans highlighted.
	openDocument func(at graphmodel.Span, highlight []graphmodel.Span)
	// actions returns buttons to offer for a node (may be nil).
	actions func(n *graphmodel.Node) []fyne.CanvasObject

	excerpts []*widget.RichText // of what is shown, for tests and copying
}

func newDetails() *details {
	d := &details{box: container.NewVBox()}
	d.scroll = container.NewVScroll(d.box)
	d.Clear()
	return d
}

// Clear shows the hint for an empty selection.
func (d *details) Clear() {
	d.excerpts = nil
	hint := widget.NewLabel("Click a node or an edge to see what it is and the source excerpts behind it.")
	hint.Wrapping = fyne.TextWrapWord
	d.box.Objects = []fyne.CanvasObject{hint}
	d.box.Refresh()
	d.scroll.ScrollToTop()
}

// ShowNode shows node n of g.
func (d *details) ShowNode(g *graphmodel.Graph, n *graphmodel.Node) {
	d.excerpts = nil
	objs := []fyne.CanvasObject{
		heading(n.Label),
		widget.NewLabelWithStyle(kindLine(n), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}),
	}
	if q := n.Attr(graphmodel.AttrQuote); q != "" && q != n.Label {
		objs = append(objs, quoteText(q))
	}
	form := widget.NewForm()
	if len(n.Aliases) > 0 {
		form.Append("Also", wrapped(strings.Join(n.Aliases, "; ")))
	}
	for _, k := range sortedKeys(n.Attrs) {
		if k == graphmodel.AttrQuote {
			continue
		}
		form.Append(attrLabel(k), wrapped(n.Attrs[k]))
	}
	form.Append("Sources", widget.NewLabel(sourceLine(len(n.Mentions), n.DocCount())))
	objs = append(objs, form)
	if d.actions != nil {
		objs = append(objs, d.actions(n)...)
	}
	objs = append(objs, d.excerptList(g, "Where the sources mention it", n.Mentions, n.Mentions)...)
	objs = append(objs, d.connections(g, n)...)
	d.set(objs)
}

// ShowEdge shows edge e of g.
func (d *details) ShowEdge(g *graphmodel.Graph, e *graphmodel.Edge) {
	d.excerpts = nil
	src, _ := g.Node(e.Source)
	dst, _ := g.Node(e.Target)
	objs := []fyne.CanvasObject{
		heading(roleTitle(e.Kind)),
		container.NewHBox(d.nodeLink(src), widget.NewLabel(arrow(e)), d.nodeLink(dst)),
	}
	form := widget.NewForm()
	for _, k := range sortedKeys(e.Attrs) {
		form.Append(attrLabel(k), wrapped(e.Attrs[k]))
	}
	form.Append("Sources", widget.NewLabel(sourceLine(len(e.Evidence), e.DocCount())))
	objs = append(objs, form)
	objs = append(objs, d.excerptList(g, "Evidence", e.Evidence, e.Evidence)...)
	d.set(objs)
}

func (d *details) set(objs []fyne.CanvasObject) {
	d.box.Objects = objs
	d.box.Refresh()
	d.scroll.ScrollToTop()
}

// connections lists the node's neighbours grouped by role, each a link.
func (d *details) connections(g *graphmodel.Graph, n *graphmodel.Node) []fyne.CanvasObject {
	edges := g.EdgesOf(n.ID)
	if len(edges) == 0 {
		return nil
	}
	byRole := map[string][]*graphmodel.Node{}
	for _, e := range edges {
		o, ok := g.Node(e.Other(n.ID))
		if !ok {
			continue
		}
		role := connectionRole(e, n.ID)
		byRole[role] = append(byRole[role], o)
	}
	objs := []fyne.CanvasObject{widget.NewSeparator(), subheading(fmt.Sprintf("Connections (%d)", len(edges)))}
	for _, role := range sortedKeys(byRole) {
		nodes := byRole[role]
		sort.Slice(nodes, func(i, j int) bool { return nodes[i].Label < nodes[j].Label })
		links := container.NewVBox()
		for i, o := range nodes {
			if i == 30 {
				links.Add(widget.NewLabel(fmt.Sprintf("… and %d more", len(nodes)-i)))
				break
			}
			links.Add(d.nodeLink(o))
		}
		objs = append(objs, widget.NewLabelWithStyle(role+":", fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), links)
	}
	return objs
}

// connectionRole names how the other end of e relates to node id.
func connectionRole(e *graphmodel.Edge, id string) string {
	out := e.Source == id
	switch e.Kind {
	case graphmodel.EdgeParticipant:
		if out {
			return "took part in"
		}
		return "participants"
	case graphmodel.EdgeVenue:
		if out {
			return "held at"
		}
		return "meetings here"
	case graphmodel.EdgeSpeaker:
		if out {
			return "said"
		}
		return "said by"
	case graphmodel.EdgeAbout:
		if out {
			return "is about"
		}
		return "statements about it"
	case graphmodel.EdgeLocatedIn:
		if out {
			return "located in"
		}
		return "places within"
	case graphmodel.EdgeAffiliation:
		if out {
			return "affiliated with"
		}
		return "affiliated members"
	}
	return "related"
}

// nodeLink is a button-like link that selects a node.
func (d *details) nodeLink(n *graphmodel.Node) fyne.CanvasObject {
	if n == nil {
		return widget.NewLabel("(missing)")
	}
	b := widget.NewButtonWithIcon(truncate(n.Label, 60), kindIcon(n.Kind), func() {
		if d.selectNode != nil {
			d.selectNode(n.ID)
		}
	})
	b.Importance = widget.LowImportance
	b.Alignment = widget.ButtonAlignLeading
	return b
}

// excerptList shows the spans in their sentences, each sentence once
// with every span in it in bold and coloured, under its document's title
// and with a button that opens the document there with all of highlight
// marked.
func (d *details) excerptList(g *graphmodel.Graph, title string, spans, highlight []graphmodel.Span) []fyne.CanvasObject {
	if len(spans) == 0 {
		l := widget.NewLabel("No source excerpts: this was not extracted from a document.")
		l.Wrapping = fyne.TextWrapWord
		return []fyne.CanvasObject{widget.NewSeparator(), subheading(title), l}
	}
	passages := g.Passages(spans)
	heading := fmt.Sprintf("%s (%d)", title, len(spans))
	if len(passages) < len(spans) {
		heading = fmt.Sprintf("%s (%d, in %d passages)", title, len(spans), len(passages))
	}
	list := container.NewVBox()
	objs := []fyne.CanvasObject{widget.NewSeparator(), subheading(heading), list}
	var addFrom func(from int)
	addFrom = func(from int) {
		end := min(from+maxExcerptsShown, len(passages))
		for _, p := range passages[from:end] {
			list.Add(d.excerptCard(p, highlight))
		}
		if end < len(passages) {
			var more *widget.Button
			more = widget.NewButton(fmt.Sprintf("Show %d more", len(passages)-end), func() {
				list.Remove(more)
				addFrom(end)
			})
			list.Add(more)
		}
	}
	addFrom(0)
	return objs
}

func (d *details) excerptCard(p graphmodel.Passage, highlight []graphmodel.Span) fyne.CanvasObject {
	if p.Err != nil {
		return widget.NewLabel(fmt.Sprintf("(source %s unavailable: %v)", p.Marks[0], p.Err))
	}
	rt := excerptText(p)
	d.excerpts = append(d.excerpts, rt)
	title := p.DocTitle
	if title == "" {
		title = p.Doc
	}
	doc := widget.NewLabelWithStyle(truncate(title, 70), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	doc.Truncation = fyne.TextTruncateEllipsis
	var docSpans []graphmodel.Span
	for _, h := range highlight {
		if h.Doc == p.Doc {
			docSpans = append(docSpans, h)
		}
	}
	at := p.Marks[0]
	open := widget.NewButtonWithIcon("", theme.DocumentIcon(), func() {
		if d.openDocument != nil {
			d.openDocument(at, docSpans)
		}
	})
	open.Importance = widget.LowImportance
	return container.NewBorder(container.NewBorder(nil, nil, nil, open, doc), widget.NewSeparator(), nil, nil, rt)
}

// excerptText renders a passage with its marks emphasised.
func excerptText(p graphmodel.Passage) *widget.RichText {
	plain := func(s string) widget.RichTextSegment {
		return &widget.TextSegment{Text: s, Style: widget.RichTextStyleInline}
	}
	var segs []widget.RichTextSegment
	if p.ClippedStart {
		segs = append(segs, plain("…"))
	}
	at := p.Start
	for _, m := range p.Marks {
		if m.Start > at {
			segs = append(segs, plain(p.Text[at-p.Start:m.Start-p.Start]))
		}
		segs = append(segs, &widget.TextSegment{Text: p.Text[m.Start-p.Start : m.End-p.Start], Style: widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}})
		at = m.End
	}
	rest := p.Text[at-p.Start:]
	if p.ClippedEnd {
		rest += "…"
	}
	segs = append(segs, plain(rest))
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

// ExcerptTexts returns the plain text of the excerpts shown.
func (d *details) ExcerptTexts() []string {
	out := make([]string, len(d.excerpts))
	for i, rt := range d.excerpts {
		out[i] = rt.String()
	}
	return out
}

func heading(s string) fyne.CanvasObject {
	rt := widget.NewRichText(&widget.TextSegment{Text: s, Style: widget.RichTextStyleSubHeading})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

func subheading(s string) fyne.CanvasObject {
	return widget.NewLabelWithStyle(s, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
}

func quoteText(q string) fyne.CanvasObject {
	rt := widget.NewRichText(&widget.TextSegment{Text: "“" + q + "”", Style: widget.RichTextStyle{TextStyle: fyne.TextStyle{Italic: true}}})
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

func wrapped(s string) *widget.Label {
	l := widget.NewLabel(s)
	l.Wrapping = fyne.TextWrapWord
	return l
}

func kindLine(n *graphmodel.Node) string {
	s := string(n.Kind)
	if n.Type != "" {
		s += " · " + n.Type
	}
	return s
}

func roleTitle(k graphmodel.EdgeKind) string {
	switch k {
	case graphmodel.EdgeLocatedIn:
		return "located in"
	case graphmodel.EdgeVenue:
		return "venue"
	}
	return string(k)
}

func arrow(e *graphmodel.Edge) string {
	if e.Undirected {
		return "—"
	}
	return "→"
}

func attrLabel(k string) string { return strings.ReplaceAll(k, "_", " ") }

func sourceLine(spans, docs int) string {
	switch {
	case spans == 0:
		return "none"
	}
	return plural.Count(spans, "excerpt") + " in " + plural.Count(docs, "document")
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// kindIcon is a small theme icon standing for a node kind in link lists.
func kindIcon(k graphmodel.Kind) fyne.Resource {
	switch k {
	case graphmodel.KindActor:
		return theme.AccountIcon()
	case graphmodel.KindVenue:
		return theme.HomeIcon()
	case graphmodel.KindMeeting:
		return theme.CalendarIcon()
	case graphmodel.KindStatement:
		return theme.MailComposeIcon()
	}
	return theme.InfoIcon()
}
