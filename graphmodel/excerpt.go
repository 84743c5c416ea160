package graphmodel

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// maxExcerpt bounds the bytes of context shown on each side of a mention
// when its sentence is very long.
const maxExcerpt = 240

// Excerpt is a mention in its sentence: Before + Match + After is the
// sentence (or a window of it, with Clipped set).
type Excerpt struct {
	Span     Span
	DocTitle string
	Before   string
	Match    string
	After    string
	// Start is the byte offset of Before in the document.
	Start int
	// ClippedStart and ClippedEnd report that the sentence was longer than
	// shown on that side.
	ClippedStart, ClippedEnd bool
}

// Excerpt returns the sentence around span s with the span marked.
func (g *Graph) Excerpt(s Span) (Excerpt, error) {
	d, ok := g.docs[s.Doc]
	if !ok {
		return Excerpt{}, fmt.Errorf("excerpt of %s: document %q: %w", s, s.Doc, ErrNotFound)
	}
	return DocumentExcerpt(d, s)
}

// DocumentExcerpt returns the sentence of d around span s with the span
// marked. Sentences are found on demand; a long document is only scanned
// around the span.
func DocumentExcerpt(d *Document, s Span) (Excerpt, error) {
	if err := d.CheckSpan(s); err != nil {
		return Excerpt{}, fmt.Errorf("excerpt: %w", err)
	}
	text := d.Text
	// Sentences never cross line breaks, so only the lines around the
	// span need splitting.
	lo := s.Start
	for lo > 0 && text[lo-1] != '\n' {
		lo--
	}
	hi := s.End
	for hi < len(text) && text[hi] != '\n' {
		hi++
	}
	start, end := s.Start, s.End
	for _, r := range Sentences(text[lo:hi]) {
		a, b := r.Start+lo, r.End+lo
		if a <= s.Start && s.Start < b {
			start = a
		}
		if a < s.End && s.End <= b {
			end = b
		}
	}
	ex := Excerpt{Span: s, DocTitle: d.Title, Match: text[s.Start:s.End]}
	if s.Start-start > maxExcerpt {
		start = wordStartAfter(text, s.Start-maxExcerpt)
		ex.ClippedStart = true
	}
	if end-s.End > maxExcerpt {
		end = wordEndBefore(text, s.End+maxExcerpt)
		ex.ClippedEnd = true
	}
	ex.Start = start
	ex.Before = text[start:s.Start]
	ex.After = text[s.End:end]
	return ex, nil
}

// wordStartAfter moves i forward to a character boundary at the start of a word.
func wordStartAfter(text string, i int) int {
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	for j := i; j < len(text) && j < i+40; {
		r, size := utf8.DecodeRuneInString(text[j:])
		j += size
		if unicode.IsSpace(r) {
			return j
		}
	}
	return i
}

// wordEndBefore moves i back to a character boundary at the end of a word.
func wordEndBefore(text string, i int) int {
	for i > 0 && i < len(text) && !utf8.RuneStart(text[i]) {
		i--
	}
	for j := i; j > 0 && j > i-40; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		if unicode.IsSpace(r) {
			return j - size
		}
		j -= size
	}
	return i
}

// Passage is a sentence of a document (or a window of a long one) with
// the spans it shows marked: the excerpts of several mentions in one
// sentence, shown once.
type Passage struct {
	Doc      string
	DocTitle string
	// Start and End are the bytes of the document shown; Text is them.
	Start, End int
	Text       string
	// Marks are the spans inside, sorted, overlapping ones united.
	Marks []Span
	// ClippedStart and ClippedEnd report that the sentence was longer
	// than shown on that side.
	ClippedStart, ClippedEnd bool
	// Err is set, and the rest empty but Doc and Marks, when the span
	// could not be shown (its document is gone or it lies outside it).
	Err error
}

// Passages returns the excerpts of spans (see Excerpt), those that lie in
// one sentence joined into one passage with every span marked: a
// sentence that names a person twice ("President Putin … Putin said") is
// one passage, not the same sentence twice. Spans come sorted, as the
// graph keeps them; passages follow their order.
func (g *Graph) Passages(spans []Span) []Passage {
	var out []Passage
	for _, s := range spans {
		ex, err := g.Excerpt(s)
		if err != nil {
			out = append(out, Passage{Doc: s.Doc, Marks: []Span{s}, Err: err})
			continue
		}
		start, end := ex.Start, ex.Start+len(ex.Before)+len(ex.Match)+len(ex.After)
		if n := len(out); n > 0 {
			last := &out[n-1]
			if last.Err == nil && last.Doc == s.Doc && last.Start == start && last.End == end &&
				!last.ClippedStart && !last.ClippedEnd && !ex.ClippedStart && !ex.ClippedEnd {
				last.Marks = addMark(last.Marks, s)
				continue
			}
		}
		out = append(out, Passage{
			Doc: s.Doc, DocTitle: ex.DocTitle, Start: start, End: end,
			Text: ex.Before + ex.Match + ex.After, Marks: []Span{s},
			ClippedStart: ex.ClippedStart, ClippedEnd: ex.ClippedEnd,
		})
	}
	return out
}

// addMark adds s to marks, sorted by start, uniting it with the last mark
// when they overlap or touch.
func addMark(marks []Span, s Span) []Span {
	if n := len(marks); n > 0 && s.Start <= marks[n-1].End {
		marks[n-1].End = max(marks[n-1].End, s.End)
		return marks
	}
	return append(marks, s)
}
