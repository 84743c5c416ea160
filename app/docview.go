package app

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"dossier/graphmodel"
)

// maxParagraphs bounds the paragraphs a document window lays out at once;
// longer documents show a window of them around the mention.
const maxParagraphs = 1500

// docViewer shows documents in their own windows, one per document,
// reused when the same document is opened again.
type docViewer struct {
	app     fyne.App
	windows map[string]*docWindow
}

type docWindow struct {
	win    fyne.Window
	scroll *container.Scroll
	paras  []*widget.RichText // for tests
	target *widget.RichText   // the paragraph holding the requested span
}

func newDocViewer(a fyne.App) *docViewer {
	return &docViewer{app: a, windows: map[string]*docWindow{}}
}

// Show opens doc scrolled to span at, with the highlight spans marked and
// at itself emphasised.
func (v *docViewer) Show(doc *graphmodel.Document, at graphmodel.Span, highlight []graphmodel.Span) *docWindow {
	dw, ok := v.windows[doc.ID]
	if !ok {
		dw = &docWindow{win: v.app.NewWindow(docTitle(doc))}
		dw.win.Resize(fyne.NewSize(760, 820))
		v.windows[doc.ID] = dw
		dw.win.SetOnClosed(func() { delete(v.windows, doc.ID) })
	}
	dw.render(doc, at, highlight)
	dw.win.Show()
	dw.scrollToTarget()
	return dw
}

// CloseAll closes every document window (when the graph is replaced).
func (v *docViewer) CloseAll() {
	for _, dw := range v.windows {
		dw.win.Close()
	}
	v.windows = map[string]*docWindow{}
}

func docTitle(doc *graphmodel.Document) string {
	if doc.Title != "" {
		return doc.Title
	}
	return doc.ID
}

func (dw *docWindow) render(doc *graphmodel.Document, at graphmodel.Span, highlight []graphmodel.Span) {
	marks := append([]graphmodel.Span(nil), highlight...)
	sort.Slice(marks, func(i, j int) bool { return marks[i].Start < marks[j].Start })

	type para struct{ start, end int }
	var paras []para
	text := doc.Text
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if strings.TrimSpace(text[start:end]) != "" {
			paras = append(paras, para{start, end})
		}
		start = end + 1
	}
	first, last := 0, len(paras)
	if len(paras) > maxParagraphs {
		t := sort.Search(len(paras), func(i int) bool { return paras[i].end >= at.Start })
		first = max(0, t-maxParagraphs/2)
		last = min(len(paras), first+maxParagraphs)
	}

	header := []fyne.CanvasObject{heading(docTitle(doc))}
	var meta []string
	if doc.Source != "" {
		meta = append(meta, doc.Source)
	}
	if doc.Published != "" {
		meta = append(meta, "published "+doc.Published)
	}
	meta = append(meta, fmt.Sprintf("%d highlighted mentions", len(marks)))
	header = append(header, widget.NewLabelWithStyle(strings.Join(meta, " · "), fyne.TextAlignLeading, fyne.TextStyle{Italic: true}), widget.NewSeparator())
	if first > 0 {
		header = append(header, widget.NewLabel(fmt.Sprintf("(%d earlier paragraphs not shown)", first)))
	}
	box := container.NewVBox(header...)
	dw.paras, dw.target = nil, nil
	for _, p := range paras[first:last] {
		rt := paragraphText(text, p.start, p.end, marks, at)
		dw.paras = append(dw.paras, rt)
		if dw.target == nil && at.Start >= p.start && at.Start <= p.end {
			dw.target = rt
		}
		box.Add(rt)
	}
	if last < len(paras) {
		box.Add(widget.NewLabel(fmt.Sprintf("(%d later paragraphs not shown)", len(paras)-last)))
	}
	dw.scroll = container.NewVScroll(box)
	dw.win.SetContent(dw.scroll)
}

// paragraphText renders text[start:end] with the marked spans emphasised.
func paragraphText(text string, start, end int, marks []graphmodel.Span, at graphmodel.Span) *widget.RichText {
	var segs []widget.RichTextSegment
	plain := func(a, b int) {
		if b > a {
			segs = append(segs, &widget.TextSegment{Text: text[a:b], Style: widget.RichTextStyleInline})
		}
	}
	pos := start
	for _, m := range marks {
		if m.End <= pos || m.Start >= end {
			continue
		}
		s, e := max(m.Start, pos), min(m.End, end)
		plain(pos, s)
		style := widget.RichTextStyle{Inline: true, ColorName: theme.ColorNamePrimary, TextStyle: fyne.TextStyle{Bold: true}}
		if m == at {
			style.ColorName = theme.ColorNameError
			style.TextStyle.Underline = true
		}
		segs = append(segs, &widget.TextSegment{Text: text[s:e], Style: style})
		pos = e
	}
	plain(pos, end)
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}

func (dw *docWindow) scrollToTarget() {
	if dw.target == nil {
		return
	}
	y := dw.target.Position().Y - 24
	dw.scroll.Offset = fyne.NewPos(0, max(0, y))
	dw.scroll.Refresh()
}
