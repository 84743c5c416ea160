package extract

import (
	"bytes"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// emit writes the analysis into g: nodes with their mentions, then edges
// with their evidence.
func (a *analysis) emit(g *graphmodel.Graph) error {
	sz := a.sizeHint(g)
	g.Reserve(sz.nodes, sz.edges, sz.strs)
	g.ReserveLists(sz.spans, sz.aliases, sz.attrs)
	em := emitter{g: g}
	for _, e := range a.order {
		if len(e.spans) == 0 {
			continue
		}
		id := a.nodeID(g, e)
		n := graphmodel.Node{ID: id, Kind: e.kind, Type: e.typ, Label: e.label, Aliases: e.aliases, Mentions: e.spans}
		attrs := em.attrs[:0]
		if e.typ == graphmodel.TypePerson {
			role := e.role
			if role == "" {
				role = e.lexRole
			}
			if role != "" {
				attrs = append(attrs, graphmodel.Attr{Key: graphmodel.AttrRole, Value: role})
			}
			if e.affEnt != nil {
				attrs = append(attrs, graphmodel.Attr{Key: "affiliation", Value: e.affEnt.label})
			} else if e.country >= 0 {
				attrs = append(attrs, graphmodel.Attr{Key: "affiliation", Value: a.x.lex.Countries[e.country].Name})
			}
		}
		label, err := g.PutNode(n, attrs)
		if err != nil {
			return fmt.Errorf("node %s: %w", n.ID, err)
		}
		e.nodeOut = id
		if e.typ == graphmodel.TypePerson && a.sess != nil {
			a.sess.idx.addLater(id, label, len(a.people))
		}
	}
	// affiliations: person → country or organisation actor; located_in:
	// building → city, city → country, when both are venues (the
	// entities they go to are known from sizeHint)
	for i, e := range a.order {
		id := e.nodeOut
		if id == "" {
			continue
		}
		target := ""
		if t := a.sc.targets[i]; t != nil {
			target = t.nodeOut
		}
		switch {
		case e.typ == graphmodel.TypePerson:
			if target == "" && e.affEnt == nil && e.country >= 0 {
				target = a.lexAffiliation(g, e.country)
			}
			if target != "" && target != id {
				if err := g.Link(graphmodel.EdgeAffiliation, id, target, e.spans[0]); err != nil {
					return fmt.Errorf("affiliation of %s: %w", id, err)
				}
			}
		case e.kind == graphmodel.KindVenue:
			if target != "" && target != id {
				if err := g.Link(graphmodel.EdgeLocatedIn, id, target, e.spans[0]); err != nil {
					return fmt.Errorf("located_in of %s: %w", id, err)
				}
			}
		}
	}
	if err := a.emitMeetings(&em); err != nil {
		return err
	}
	return a.emitStatements(&em)
}

// nodeID returns the id of e's node: known from the lexicon or the
// session, worked out once per extractor for a country named as the
// lexicon names it, else made from e's kind and label (by g).
func (a *analysis) nodeID(g *graphmodel.Graph, e *entity) string {
	if e.id != "" {
		return e.id
	}
	if e.typ == graphmodel.TypeCountry && e.country >= 0 && e.label == a.x.lex.Countries[e.country].Name {
		switch e.kind {
		case graphmodel.KindActor:
			return a.x.countryIDs[e.country][0]
		case graphmodel.KindVenue:
			return a.x.countryIDs[e.country][1]
		}
	}
	var buf [64]byte
	return g.MakeString(appendSlug(append(append(buf[:0], e.kind...), ':'), e.label))
}

// slugID returns the id emit gives a node of kind k and the given label
// (see nodeID).
func slugID(k graphmodel.Kind, label string) string {
	return string(appendSlug(append([]byte(k), ':'), label))
}

// emitter holds what the steps of emit share.
type emitter struct {
	g *graphmodel.Graph
	// attrs has room for the attributes of a node (the graph copies
	// them)
	attrs [4]graphmodel.Attr
	names shortNames
}

// affiliation returns the entity of the country or organisation person
// e belongs to, one that is (or, before emit adds the nodes, will be) a
// node, or nil. (Emit makes a node of exactly the entities with spans.)
// A person of a country the document names in no other way belongs to
// its node in the graph, if there is one (see lexAffiliation).
func (a *analysis) affiliation(e *entity) *entity {
	if e.affEnt != nil {
		if len(e.affEnt.spans) > 0 {
			return e.affEnt
		}
		return nil
	}
	if e.country < 0 {
		return nil
	}
	if ce, ok := a.entByKey("actor/country/", a.x.lex.Countries[e.country].Name); ok && len(ce.spans) > 0 {
		return ce
	}
	return nil
}

// lexAffiliation returns the id of country ci's actor node when g has
// it, else "".
func (a *analysis) lexAffiliation(g *graphmodel.Graph, ci int) string {
	id := a.x.countryIDs[ci][0]
	if kind, _, ok := g.NodeLabel(id); ok && kind == graphmodel.KindActor {
		return id
	}
	return ""
}

// container returns the entity of the venue venue e lies in, one that
// is (or will be) a node, or nil (as affiliation).
func (a *analysis) container(e *entity) *entity {
	if e.within != "" {
		var buf [96]byte
		if ce, ok := a.ents[string(graphmodel.AppendFold(append(buf[:0], "venue/"...), e.within))]; ok {
			if len(ce.spans) > 0 {
				return ce
			}
		} else if ce, ok := a.entByKey("venue/country/", e.within); ok && len(ce.spans) > 0 {
			return ce // "southeast Ukraine" in Ukraine
		}
	}
	if e.typ == graphmodel.TypeCity {
		if ci := a.cityCountry(e.label); ci >= 0 {
			if ce, ok := a.entByKey("venue/country/", a.x.lex.Countries[ci].Name); ok && len(ce.spans) > 0 {
				return ce
			}
		}
	}
	return nil
}

// entByKey returns a.ents[prefix+name], without making the key.
func (a *analysis) entByKey(prefix, name string) (*entity, bool) {
	var buf [96]byte
	e, ok := a.ents[string(append(append(buf[:0], prefix...), name...))]
	return e, ok
}

// sizes is what emit adds to a graph (see Graph.Reserve and
// Graph.ReserveLists).
type sizes struct {
	nodes, edges, strs    int
	spans, aliases, attrs int
}

// sizeHint returns about how many nodes and edges emit adds, how many
// bytes of ids and labels it makes (with Graph.MakeString: they live as
// long as the graph), how many spans of lists of several and aliases the
// new nodes and edges have, and how many attributes it gives, erring on the
// high side: one edge to a container per person with an affiliation the
// document names and per venue that lies in another the document names,
// one per participant and venue of a meeting worth a node, and two per
// statement node (one when no meeting is worth a node); an entity's id is
// about its kind and label, a meeting's id and label take about 160
// bytes, a statement's id about 24 bytes beyond the document's id and the
// label of a long quote 84; at most two attributes per person (a role and
// an affiliation), four per meeting and two per statement. An entity
// whose id is known and already a node of g (which holds earlier
// documents) is found again, not added: a large graph finds most of a
// document's people, countries and cities again. (The keys of the
// session's index are made when a later document reads it.)
//
// It also notes, per entity of a.order, the entity its affiliation or
// container edge goes to (a.sc.targets), for emit.
func (a *analysis) sizeHint(g *graphmodel.Graph) sizes {
	var sz sizes
	known := g.NodeCount() > 0
	// the entity each one's affiliation or container edge goes to, for
	// emit
	targets := grown(a.sc.targets, len(a.order))
	for i, e := range a.order {
		targets[i] = nil
		if len(e.spans) == 0 {
			continue
		}
		switch {
		case e.typ == graphmodel.TypePerson:
			targets[i] = a.affiliation(e)
		case e.kind == graphmodel.KindVenue:
			targets[i] = a.container(e)
		}
		if known && e.id != "" {
			if _, _, ok := g.NodeLabel(e.id); ok {
				continue // (nor is an edge to its container likely new)
			}
		}
		sz.nodes++
		sz.aliases += len(e.aliases)
		if len(e.spans) > 1 {
			sz.spans += len(e.spans)
		}
		if e.id == "" {
			sz.strs += len(e.kind) + 1 + len(e.label)
		}
		if e.typ == graphmodel.TypePerson {
			if e.role != "" || e.lexRole != "" {
				sz.attrs++
			}
			if e.affEnt != nil || e.country >= 0 {
				sz.attrs++
			}
		}
		switch t := targets[i]; {
		case t != nil && t != e:
			sz.edges++ // (most cities lie in a country the text does not name)
		case t == nil && known && e.typ == graphmodel.TypePerson && e.affEnt == nil && e.country >= 0:
			sz.edges++ // (perhaps to a country of the graph)
		}
	}
	a.sc.targets = targets
	var pbuf [8]*entity
	meetings := 0 // meetings worth a node
	for _, m := range a.meetings {
		parts := pbuf[:0] // those that will be nodes (see emitMeetings)
		for _, p := range m.parts {
			if len(p.spans) > 0 {
				parts = append(parts, p)
			}
		}
		if !reportable(m, parts) {
			continue
		}
		sz.nodes++
		meetings++
		sz.edges += len(parts) + len(m.venues)
		if len(m.spans) > 1 {
			sz.spans += len(m.spans)
		}
		for _, p := range parts {
			if ev := evidenceOf(m.partEv, p); len(ev) > 1 {
				sz.spans += len(ev)
			}
		}
		for _, v := range m.venues {
			if ev := evidenceOf(m.venueEv, v); len(ev) > 1 {
				sz.spans += len(ev)
			}
		}
		sz.strs += 160
		sz.attrs += 2
		if m.date != "" {
			sz.attrs++
		}
		if m.dateText != "" {
			sz.attrs++
		}
	}
	for _, st := range a.stmts {
		speakers := 0
		for _, sp := range st.speakers {
			if len(sp.spans) > 0 {
				speakers++
			}
		}
		sz.nodes += speakers
		sz.attrs += speakers
		if st.indirect {
			sz.attrs += speakers
		}
		sz.edges += speakers // to the speaker,
		if meetings > 0 {
			sz.edges += speakers // and to a meeting (see aboutMeeting)
		}
		sz.strs += speakers * (len("statement:") + len(a.doc.ID) + 24)
		if speakers > 0 && st.end-st.start > 80 {
			sz.strs += 84 // clipped
		}
	}
	return sz
}

// cityCountry returns the country of the lexicon's city label, or -1.
func (a *analysis) cityCountry(label string) int {
	var buf [64]byte
	ci, ok := -1, false
	if key, plain := appendPlainKey(buf[:0], label); plain {
		ci, ok = a.x.cityCty[string(key)]
	} else {
		ci, ok = a.x.cityCty[lexicon.Key(label)]
	}
	if !ok {
		return -1
	}
	return ci
}

// appendPlainKey appends lexicon.Key(s) to b when s is plain: printable
// ASCII words with single spaces between them, whose key is s in lower
// case. It returns false (and b as it was) when s is not plain.
func appendPlainKey(b []byte, s string) ([]byte, bool) {
	start := len(b)
	space := true // as after a space: s must not start with one
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' && !space:
			space = true
		case c > ' ' && c < utf8.RuneSelf:
			space = false
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
		default:
			return b[:start], false
		}
		b = append(b, c)
	}
	if space && len(s) > 0 {
		return b[:start], false // a space at the end
	}
	return b, true
}

// shortName is how a meeting label names a participant: a person's family
// name (the last word, or the first where the family name comes first),
// anything else in full.
func (a *analysis) shortName(e *entity) string {
	if e.typ != graphmodel.TypePerson {
		return e.label
	}
	for _, al := range e.aliases {
		// the text's own short name where it is not the last word:
		// "Lula" for Luiz Inácio Lula da Silva, "Abiy" for Abiy Ahmed
		// (the cheap tests first)
		if al != "" && al[0] >= 'A' && al[0] <= 'Z' && strings.IndexByte(al, ' ') < 0 && strings.IndexByte(al, '.') < 0 &&
			!endsWithWord(e.label, al) && strings.Contains(e.label, al) && (!strings.HasPrefix(e.label, al+" ") || slices.Contains(e.keys, foldKey(al))) {
			// (a first name that is no short name of the person's, as
			// "Donald" in a quotation "I told Donald", is not used)
			return al
		}
	}
	// "Xi Jinping", "Lee Jae-myung", "Wang Yi": the family name comes
	// first (two words; three-word Vietnamese names go by the last)
	if first, rest, ok := strings.Cut(e.label, " "); ok && a.isFamilyName(first) &&
		(!strings.Contains(rest, " ") || strings.Count(rest, " ") == 1 && !vietnameseFamilies[strings.ToLower(first)]) {
		return first // also "Kim Jong Un", "Choe Son Hui"; not "Nguyen Xuan Phuc"
	}
	if prev, last, ok := lastTwoFields(e.label); ok {
		if strings.HasSuffix(last, ".") || isNameSuffix(last) {
			last = strings.TrimSuffix(prev, ",")
		}
		return last
	}
	return e.label
}

// isFamilyName reports a.x.lex.IsFamilyName(w), for a word of printable
// ASCII (no space) by its lower-case form in a buffer, without the
// string the lexicon makes of it.
func (a *analysis) isFamilyName(w string) bool {
	var buf [32]byte
	if len(w) <= len(buf) && strings.IndexByte(w, ' ') < 0 {
		if k, plain := appendPlainKey(buf[:0], w); plain {
			return a.x.familyFirst[string(k)]
		}
	}
	return a.x.lex.IsFamilyName(w)
}

// isNameSuffix reports inSetLower(nameSuffixes, w) ("Jr.", "III"),
// without the lookup for an ASCII word longer than the longest suffix
// (lower case has the length of ASCII text; not of all text: "İİ" is
// "ii").
func isNameSuffix(w string) bool {
	if len(w) > longestNameSuffix && isASCII(w) {
		return false
	}
	return inSetLower(nameSuffixes, w)
}

// longestNameSuffix is the length of the longest of nameSuffixes.
var longestNameSuffix = func() int {
	n := 0
	for w := range nameSuffixes {
		n = max(n, len(w))
	}
	return n
}()

// endsWithWord reports strings.HasSuffix(s, " "+w), without making the
// string.
func endsWithWord(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && s[len(s)-len(w):] == w
}

// shortNames remembers the short names of the people of one emit: a
// person who takes part in several meetings or makes several statements
// is looked at once. A short list searched in order (a document names
// few people; past its room names are made each time) that stays on the
// stack.
type shortNames struct {
	n    int
	list [16]struct {
		e    *entity
		name string
	}
}

// of returns a.shortName(e).
func (c *shortNames) of(a *analysis, e *entity) string {
	if e.typ != graphmodel.TypePerson {
		return e.label
	}
	for i := range c.list[:c.n] {
		if c.list[i].e == e {
			return c.list[i].name
		}
	}
	name := a.shortName(e)
	if c.n < len(c.list) {
		c.list[c.n].e, c.list[c.n].name = e, name
		c.n++
	}
	return name
}

// vietnameseFamilies are family names of Vietnam, whose people news calls
// by the last word of a three-word name.
var vietnameseFamilies = wordSet("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu", "vo", "dang", "bui",
	"do", "ho", "ngo", "duong", "ly", "to", "dinh", "truong", "luong", "mai", "cao", "chu", "lam", "trinh", "ta")

// lastTwoFields returns the last two of strings.Fields(s), and false when
// s has fewer than two.
func lastTwoFields(s string) (prev, last string, ok bool) {
	// ASCII white space is all that unicode.IsSpace accepts below
	// utf8.RuneSelf: scan bytes while the words are ASCII
	end := len(s)
	var found [2]string
	for n := 0; n < 2; n++ {
		for end > 0 && asciiSpace(s[end-1]) {
			end--
		}
		start := end
		for start > 0 && s[start-1] < utf8.RuneSelf && !asciiSpace(s[start-1]) {
			start--
		}
		if start > 0 && s[start-1] >= utf8.RuneSelf {
			return lastTwoFieldsUnicode(s)
		}
		if start == end {
			return "", "", false
		}
		found[n] = s[start:end]
		end = start
	}
	return found[1], found[0], true
}

// lastTwoFieldsUnicode is lastTwoFields for any text.
func lastTwoFieldsUnicode(s string) (prev, last string, ok bool) {
	end := len(s)
	var found [2]string
	for n := 0; n < 2; n++ {
		for end > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= size
		}
		start := end
		for start > 0 {
			r, size := utf8.DecodeLastRuneInString(s[:start])
			if unicode.IsSpace(r) {
				break
			}
			start -= size
		}
		if start == end {
			return "", "", false
		}
		found[n] = s[start:end]
		end = start
	}
	return found[1], found[0], true
}

// inSetLower reports set[strings.ToLower(w)], without copying w when it
// is short ASCII.
func inSetLower(set map[string]bool, w string) bool {
	var buf [16]byte
	if len(w) > len(buf) {
		return set[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return set[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return set[string(buf[:len(w)])]
}

// emitMeetings adds the meetings and their edges.
func (a *analysis) emitMeetings(em *emitter) error {
	g := em.g
	// what a meeting's id hashes; the id; the label; its participants
	// and their node ids (room for the usual sizes on the stack)
	var hbuf, ibuf, lbuf [128]byte
	hb, ib, lb := hbuf[:0], ibuf[:0], lbuf[:0]
	var pbuf [8]*entity
	var kbuf [8]string
	parts, key := pbuf[:0], kbuf[:0]
	for i, m := range a.meetings {
		parts = parts[:0]
		for _, p := range m.parts {
			if p.nodeOut != "" {
				parts = append(parts, p)
			}
		}
		if !reportable(m, parts) {
			continue
		}
		lb = lb[:0]
		for k, p := range parts {
			if k > 0 {
				lb = append(lb, "–"...)
			}
			lb = append(lb, em.names.of(a, p)...)
		}
		lb = append(append(lb, ' '), m.kind...)
		if len(m.venues) > 0 {
			lb = append(append(lb, " in "...), m.venues[0].label...)
		}
		if m.date != "" {
			lb = append(append(lb, ", "...), m.date...)
		}
		label := g.MakeString(lb)
		key = key[:0]
		for _, p := range parts {
			key = append(key, p.nodeOut)
		}
		slices.Sort(key)
		// Meetings with a date are the same event in any document that
		// names the same people and date; others stay per document.
		hb = hb[:0]
		for k, p := range key {
			if k > 0 {
				hb = append(hb, '|')
			}
			hb = append(hb, p...)
		}
		hb = append(append(append(append(append(hb, '|'), m.kind...), '|'), m.status...), '|')
		if m.date != "" {
			hb = append(hb, m.date...)
		} else {
			hb = strconv.AppendInt(append(append(hb, a.doc.ID...), '#'), int64(i), 10)
		}
		h := sha1.Sum(hb)
		ib = appendSlug(append(ib[:0], "meeting:"...), label)
		if len(ib) > 80 {
			ib = ib[:80]
		}
		for len(ib) > 0 && ib[len(ib)-1] == '-' {
			ib = ib[:len(ib)-1]
		}
		ib = hex.AppendEncode(append(ib, '-'), h[:4])
		id := g.MakeString(ib)
		attrs := append(em.attrs[:0], graphmodel.Attr{Key: graphmodel.AttrStatus, Value: m.status}, graphmodel.Attr{Key: "kind", Value: m.kind})
		if m.date != "" {
			attrs = append(attrs, graphmodel.Attr{Key: graphmodel.AttrDate, Value: m.date})
		}
		if m.dateText != "" {
			attrs = append(attrs, graphmodel.Attr{Key: graphmodel.AttrDateText, Value: m.dateText})
		}
		if _, err := g.PutNode(graphmodel.Node{ID: id, Kind: graphmodel.KindMeeting, Label: label, Mentions: m.spans}, attrs); err != nil {
			return fmt.Errorf("meeting %s: %w", id, err)
		}
		m.nodeOut = id
		for _, p := range parts {
			if err := g.Link(graphmodel.EdgeParticipant, p.nodeOut, id, evidenceOf(m.partEv, p)...); err != nil {
				return fmt.Errorf("participant of %s: %w", id, err)
			}
		}
		for _, v := range m.venues {
			vid := v.nodeOut
			if vid == "" {
				continue
			}
			if err := g.Link(graphmodel.EdgeVenue, id, vid, evidenceOf(m.venueEv, v)...); err != nil {
				return fmt.Errorf("venue of %s: %w", id, err)
			}
		}
	}
	return nil
}

// emitStatements adds the statements and their edges.
func (a *analysis) emitStatements(em *emitter) error {
	g := em.g
	var sbuf [8]*entity
	speakers := sbuf[:0]
	var ibuf [128]byte
	ib := append(append(append(ibuf[:0], "statement:"...), a.doc.ID...), '-') // a statement's id
	prefix := len(ib)
	// The statements' spans, in the scratch memory: PutNode copies them
	// but cannot tell the compiler, so each would be allocated.
	spans := a.sc.spans.list(len(a.stmts))
	for _, st := range a.stmts {
		quote := a.text[st.start:st.end]
		speakers = speakers[:0]
		for _, sp := range st.speakers {
			if sp.nodeOut != "" {
				speakers = append(speakers, sp)
			}
		}
		if len(speakers) == 0 {
			continue
		}
		about := a.aboutMeeting(st)
		label := quoteLabelIn(quote, g)
		span := graphmodel.Span{Doc: a.doc.ID, Start: st.start, End: st.end}
		spans = append(spans, span)
		mentions := spans[len(spans)-1:]
		for _, sp := range speakers {
			ib = strconv.AppendInt(ib[:prefix], int64(st.start), 10)
			if len(speakers) > 1 {
				ib = appendSlug(append(ib, '-'), em.names.of(a, sp))
			}
			id := g.MakeString(ib)
			attrs := append(em.attrs[:0], graphmodel.Attr{Key: graphmodel.AttrQuote, Value: quote})
			if st.indirect {
				attrs = append(attrs, graphmodel.Attr{Key: graphmodel.AttrIndirect, Value: "true"})
			}
			if _, err := g.PutNode(graphmodel.Node{ID: id, Kind: graphmodel.KindStatement, Label: label, Mentions: mentions}, attrs); err != nil {
				return fmt.Errorf("statement %s: %w", id, err)
			}
			if err := g.Link(graphmodel.EdgeSpeaker, sp.nodeOut, id, st.ev); err != nil {
				return fmt.Errorf("speaker of %s: %w", id, err)
			}
			if about != "" {
				if err := g.Link(graphmodel.EdgeAbout, id, about, span); err != nil {
					return fmt.Errorf("about of %s: %w", id, err)
				}
			}
		}
	}
	return nil
}

// quoteLabel is clip(joinFields(quote), 80), the label of a statement,
// made in one pass that stops once it has the 81 bytes of joined fields
// clip reads, with one allocation.
func quoteLabel(quote string) string { return quoteLabelIn(quote, nil) }

// quoteLabelIn is quoteLabel with the string, when one is made, made by
// g (allocated on its own when g is nil).
func quoteLabelIn(quote string, g *graphmodel.Graph) string {
	const n = 80
	// Most quotes are plain words with single spaces (see plainWords),
	// which joining fields leaves as they are: the label is the quote
	// itself or its first n+1 bytes clipped, found in a simpler loop.
	var buf [n + 8]byte // n+1 bytes and the rest of a character
	b := buf[:0]
	switch {
	case len(quote) <= n && plainWords(quote) && !strings.HasSuffix(quote, " "):
		return quote
	case len(quote) > n && quote[n] != ' ' && plainWords(quote[:n+1]):
		b = append(b, quote[:n+1]...)
	default:
		b = appendJoinedFields(b, quote, n+1)
		if len(b) <= n {
			return makeString(b, g)
		}
	}
	// as clip
	cut := n
	for cut > 0 && !utf8.RuneStart(b[cut]) {
		cut--
	}
	if sp := bytes.LastIndexByte(b[:cut], ' '); sp > n/2 {
		cut = sp
	}
	return makeString(append(b[:cut], "…"...), g)
}

// makeString returns string(b), made by g when it is not nil.
func makeString(b []byte, g *graphmodel.Graph) string {
	if g == nil {
		return string(b)
	}
	return g.MakeString(b)
}

// appendJoinedFields appends joinFields(s) to b, stopping once it has
// appended at least max bytes (or the rest of a character past them).
func appendJoinedFields(b []byte, s string, max int) []byte {
	start := len(b)
	for i := 0; i < len(s) && len(b)-start < max; {
		// skip the white space before a field, as strings.Fields does
		if c := s[i]; c < utf8.RuneSelf {
			if asciiSpace(c) {
				i++
				continue
			}
		} else if r, size := utf8.DecodeRuneInString(s[i:]); unicode.IsSpace(r) {
			i += size
			continue
		}
		if len(b) > start {
			b = append(b, ' ')
		}
		// the field, up to white space or as far as needed
		j := i
		for j < len(s) && j-i < max-(len(b)-start) {
			if c := s[j]; c < utf8.RuneSelf {
				if asciiSpace(c) {
					break
				}
				j++
				continue
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		b = append(b, s[i:j]...)
		i = j
	}
	return b
}

// plainWords reports whether s is made of ASCII words (printable, no
// white space) each followed by one space or the end of s. Joining the
// fields of such an s leaves it as it is, but for a space at its end.
//
// It reads s eight bytes at a time, as a little-endian word w per step
// (quotes are long and mostly plain: a test per byte would mispredict at
// every word's end): no byte of w may have its high bit set or lie below
// a space, and no space may follow a space (nor stand first).
func plainWords(s string) bool {
	const (
		ones   = 0x0101010101010101
		highs  = 0x8080808080808080
		lows   = 0x7f7f7f7f7f7f7f7f
		spaces = ' ' * ones
	)
	prev := uint64(0x80) // byte 0's bit when the byte before was a space: as at the start
	i := 0
	for ; i+8 <= len(s); i += 8 {
		t := s[i : i+8] // one bounds check; the compiler makes w one load
		w := uint64(t[0]) | uint64(t[1])<<8 | uint64(t[2])<<16 | uint64(t[3])<<24 |
			uint64(t[4])<<32 | uint64(t[5])<<40 | uint64(t[6])<<48 | uint64(t[7])<<56
		if w&highs != 0 || (w-spaces)&^w&highs != 0 {
			return false // outside ASCII, or a control byte
		}
		x := w ^ spaces                      // zero where a space is
		sp := ^((x&lows + lows) | x) & highs // the high bit of each space
		if sp&(sp<<8|prev) != 0 {
			return false // a space after a space
		}
		prev = sp >> 56
	}
	space := prev != 0
	for ; i < len(s); i++ {
		c := s[i]
		if c > ' ' && c < utf8.RuneSelf {
			space = false
			continue
		}
		if c != ' ' || space {
			return false
		}
		space = true
	}
	return true
}

// joinFields is strings.Join(strings.Fields(s), " "), without copying
// s when it is already so.
func joinFields(s string) string {
	prevSpace := true // at the start, as after a space
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.Join(strings.Fields(s), " ") // Unicode spaces
		}
		space := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		if space && (c != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a space at the end
	}
	return s
}

// reportable reports whether meeting m, with parts its participants that
// became nodes, is worth a node: someone took part, and a single country
// or organisation is a meeting only as a summit ("the NATO summit");
// "Turkey negotiations" or "Iran meeting" alone say too little of who met
// (on our articles such meetings were wrong far more often than right).
// A single person stays: "Ruto's visit", or a meeting whose other side
// the text names only as "officials".
func reportable(m *meeting, parts []*entity) bool {
	switch {
	case len(parts) == 0:
		return false
	case len(parts) == 1 && parts[0].typ != graphmodel.TypePerson:
		return m.kind == "summit"
	case len(parts) == 1 && (m.kind == "summit" || m.kind == "briefing"):
		// "attending his first summit", "briefed on the talks": one
		// person of a gathering whose other members go unnamed is no
		// meeting the text shows
		return false
	}
	return true
}

// aboutMeeting is the meeting a statement characterises: one mentioned in
// its sentence, else the document's main meeting when it has one.
func (a *analysis) aboutMeeting(st *statement) string {
	for _, m := range a.meetings {
		for _, si := range m.sents {
			if si == st.sent {
				if m.nodeOut != "" {
					return m.nodeOut
				}
			}
		}
	}
	var best *meeting
	for _, m := range a.meetings {
		if m.nodeOut == "" || m.status != graphmodel.StatusHeld {
			continue
		}
		if best == nil || len(m.spans) > len(best.spans) {
			best = m
		}
	}
	if best != nil {
		return best.nodeOut
	}
	return ""
}
