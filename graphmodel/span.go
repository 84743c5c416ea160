package graphmodel

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Span is a run of bytes in one document's UTF-8 text: Start inclusive,
// End exclusive.
type Span struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func (s Span) String() string { return fmt.Sprintf("%s[%d:%d]", s.Doc, s.Start, s.End) }

// Len is the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// Overlaps reports whether two spans share at least one byte.
func (s Span) Overlaps(o Span) bool {
	return s.Doc == o.Doc && s.Start < o.End && o.Start < s.End
}

// compareSpans orders spans by document, start and end.
func compareSpans(a, b Span) int {
	if a.Doc != b.Doc {
		return strings.Compare(a.Doc, b.Doc)
	}
	if a.Start != b.Start {
		return cmp.Compare(a.Start, b.Start)
	}
	return cmp.Compare(a.End, b.End)
}

// SortSpans sorts spans by document, start and end, and drops exact
// duplicates. It returns the (possibly shorter) slice.
func SortSpans(spans []Span) []Span {
	if len(spans) == 0 {
		return spans
	}
	// Spans mostly arrive in order: check before sorting. Spans that
	// compare equal are identical, so any sort gives the same result.
	if !slices.IsSortedFunc(spans, compareSpans) {
		slices.SortFunc(spans, compareSpans)
	}
	out := spans[:1]
	for _, s := range spans[1:] {
		if s != out[len(out)-1] {
			out = append(out, s)
		}
	}
	return out
}

// unionSpans returns the sorted union of a and b without duplicates. a
// must be sorted without duplicates, as every span list the graph keeps is
// (AddNode, AddEdge and unionSpans make them so, and RemoveDocument keeps
// their order); the caller replaces a with the result.
//
// The spans a holds are never changed in place, so a slice of them handed
// out earlier keeps showing what it showed: when all of b comes after a,
// b is appended (the spans of a new document usually do, so a node
// mentioned in many documents grows by amortised appends instead of a copy
// per document); otherwise b is merged into a new slice with room to grow.
func unionSpans(a, b []Span) []Span { return unionSpansOf(a, b, false) }

// unionSpansOf is unionSpans, except that when a is private (no slice of
// its spans was ever handed out: see Graph.handOutNode) and has room for b,
// b is merged into it in place, moving only the spans of a that come
// after b's first. A node that documents keep mentioning, whose new spans
// often sort before its last ones (a document whose id sorts before that
// of an earlier one), then costs no copy of its whole list per document:
// its list grows as by appends.
func unionSpansOf(a, b []Span, private bool) []Span {
	if !strictlySorted(b) {
		b = SortSpans(slices.Clone(b))
	}
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 || compareSpans(a[len(a)-1], b[0]) < 0 {
		return append(a, b...)
	}
	if private && cap(a)-len(a) >= len(b) {
		return mergeSpansInPlace(a, b)
	}
	n := len(a) + len(b)
	out := make([]Span, 0, n+n/4)
	i := 0 // a[:i] is in out
	for _, s := range b {
		// copy the spans of a before s in one go, found by binary search
		k, found := slices.BinarySearchFunc(a[i:], s, compareSpans)
		out = append(out, a[i:i+k]...)
		i += k
		if found {
			continue // a[i] is s: it goes out with the next run
		}
		out = append(out, s)
	}
	return append(out, a[i:]...)
}

// mergeSpansInPlace merges b into a, in the room a has past its length
// for len(b) more spans, as unionSpans (both sorted without duplicates).
// It fills that room from its end: each span of b, last first, goes
// after the run of a that sorts after it, moved up in one copy.
func mergeSpansInPlace(a, b []Span) []Span {
	out := a[:len(a)+len(b)]
	w := len(out) // out[w:] is merged
	i := len(a)   // a[:i] is still to place; w-i ≥ the spans of b left
	for j := len(b) - 1; j >= 0; j-- {
		s := b[j]
		k, found := slices.BinarySearchFunc(a[:i], s, compareSpans)
		w -= i - k
		copy(out[w:], a[k:i]) // (copy moves overlapping spans right)
		i = k
		if !found { // else a[k], now moved, is s
			w--
			out[w] = s
		}
	}
	// a[:i] stays where it is; a span of b found in a left a gap each
	if w > i {
		n := copy(out[i:], out[w:])
		out = out[:i+n]
	}
	return out
}

// strictlySorted reports whether spans are sorted and hold no duplicates.
func strictlySorted(spans []Span) bool {
	for i := 1; i < len(spans); i++ {
		if compareSpans(spans[i-1], spans[i]) >= 0 {
			return false
		}
	}
	return true
}

// DocCount returns the number of distinct documents the spans come from.
func DocCount(spans []Span) int {
	n := 0
	seen := make(map[string]struct{}, 2)
	for _, s := range spans {
		if _, ok := seen[s.Doc]; !ok {
			seen[s.Doc] = struct{}{}
			n++
		}
	}
	return n
}

// Document is a source text. Offsets of spans are bytes into Text.
type Document struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Source    string `json:"source,omitempty"`    // path or URL it was read from
	Published string `json:"published,omitempty"` // ISO date (YYYY-MM-DD), when known
	Text      string `json:"text"`
}

// CheckSpan reports an error when s does not lie inside document d or does
// not start and end on UTF-8 character boundaries.
func (d *Document) CheckSpan(s Span) error {
	if s.Start < 0 || s.End < s.Start || s.End > len(d.Text) {
		return fmt.Errorf("span %d..%d lies outside document %q (%d bytes)", s.Start, s.End, d.ID, len(d.Text))
	}
	if !isBoundary(d.Text, s.Start) || !isBoundary(d.Text, s.End) {
		return fmt.Errorf("span %d..%d of document %q splits a UTF-8 character", s.Start, s.End, d.ID)
	}
	return nil
}

// holds reports whether CheckSpan accepts a span from start to end (in
// a form the compiler inlines: the graph checks every span it is given).
func (d *Document) holds(start, end int) bool {
	return start >= 0 && end >= start && end <= len(d.Text) && isBoundary(d.Text, start) && isBoundary(d.Text, end)
}

// Slice returns the text s covers; it assumes s was checked.
func (d *Document) Slice(s Span) string { return d.Text[s.Start:s.End] }

func isBoundary(text string, i int) bool {
	if i == 0 || i == len(text) {
		return true
	}
	return text[i]&0xC0 != 0x80
}
