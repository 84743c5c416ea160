// Package extract turns news text into Dossier's evidence graph: actors
// (people, organisations, countries, groups), venues, meetings and
// statements, each node with the spans that mention it and each edge with
// the spans that state it.
//
// The extractor is rule-based, offline and deterministic: a tokenizer with
// byte offsets, lexicons of world knowledge (package lexicon), and rules
// for titles, names, metonymy, coreference, meetings, quotations and
// reported speech. Entities are resolved against the graph being built,
// so the same person found in several documents is one node whose
// mentions come from all of them.
package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// Extractor extracts graphs from documents. Create it with New; it is
// safe for concurrent use, but a graph must not be extracted into from
// two goroutines at once.
type Extractor struct {
	lex      *lexicon.Lexicon
	ix       *phraseIndex
	byISO    map[string]int // ISO2 → index into lex.Countries
	capitals map[string]int // lexicon.Key(capital) → country index
	speech   map[string]lexicon.SpeechVerb
	// speechOf holds per key id of the phrase index the index into
	// lex.SpeechVerbs of the reporting verb of that key, or -1 (see
	// speechVerbAtTok)
	speechOf []int32
	cityCty  map[string]int  // lexicon.Key(city) → country index
	people   []lexPersonInfo // per lexicon person
	// familyFirst holds the lexicon's family names written first, as
	// lexicon.Key gives them (a small set, for emit's short names).
	familyFirst map[string]bool
	seatKeys    [][]string // per country, lexicon.Key of each seat without "the"
	// bodySeats maps a lexicon city that news uses for a body seated
	// there, not for its country, to that organisation (see
	// bodyMetonyms).
	bodySeats map[int]int
	// countryIDs holds per country the ids of its actor and venue nodes
	// (made from its name as emit makes the id of any entity)
	countryIDs [][2]string
	// speechBits: the wSpeech bit of a token answers whether its
	// lower-case text is a reporting verb (see speechFormsPlain).
	speechBits bool

	scratch sync.Pool // *scratch: buffers of finished analyses
}

// bodyMetonyms are the cities whose name, used for a party ("Brussels
// wants …"), stands for an international body seated there rather than
// for the government of their country.
var bodyMetonyms = map[string]string{"Brussels": "European Union"}

// bodySeatsOf returns the city index → organisation index of the
// bodyMetonyms that lx lists.
func bodySeatsOf(lx *lexicon.Lexicon) map[int]int {
	seats := map[int]int{}
	for city, body := range bodyMetonyms {
		ci := slices.IndexFunc(lx.Cities, func(c lexicon.City) bool { return c.Name == city })
		oi := slices.IndexFunc(lx.Organizations, func(o lexicon.Organization) bool { return o.Name == body })
		if ci >= 0 && oi >= 0 {
			seats[ci] = oi
		}
	}
	return seats
}

// New loads the embedded lexicons and returns an extractor.
func New() (*Extractor, error) {
	lx, err := lexicon.Default()
	if err != nil {
		return nil, fmt.Errorf("extractor: %w", err)
	}
	return NewWithLexicon(lx), nil
}

// NewWithLexicon returns an extractor that uses lx (tests use small
// lexicons of their own).
func NewWithLexicon(lx *lexicon.Lexicon) *Extractor {
	x := &Extractor{lex: lx, ix: buildIndex(lx), byISO: map[string]int{}, capitals: map[string]int{},
		speech: map[string]lexicon.SpeechVerb{}, cityCty: map[string]int{}}
	given, family, nonNames := lx.NameLists()
	x.familyFirst = make(map[string]bool, len(family))
	for _, w := range family {
		x.familyFirst[w] = true
	}
	var forms []string
	for _, v := range lx.SpeechVerbs {
		x.speech[lexicon.Key(v.Form)] = v
		forms = append(forms, lexicon.Key(v.Form))
	}
	classes := classTable(nonNames, given, family, forms, x.ix.first)
	titlePlurals(lx, classes)
	x.speechBits = speechFormsPlain(forms)
	for w, bits := range x.ix.firstOf {
		classes[w] |= bits
	}
	for key, es := range x.ix.entries {
		var bits wclass
		for _, e := range es {
			switch e.kind {
			case eCountry, eDemonym:
				bits |= wNamesSomething | wCountryWord
			case eOrg, eBuilding, eSeat:
				bits |= wNamesSomething
			}
			if e.kind == eOrg && len(e.cas) == 1 && e.cas[0] == caseCap && strings.HasSuffix(key, "s") {
				classes[key[:len(key)-1]] |= wOrgPluralStem
			}
		}
		if bits != 0 {
			classes[key] |= bits
		}
	}
	x.ix.freeze(classes)
	x.speechOf = make([]int32, x.ix.keys.len())
	for i := range x.speechOf {
		x.speechOf[i] = -1
	}
	for i, v := range lx.SpeechVerbs {
		if id := x.ix.keys.find(lexicon.Key(v.Form)); id >= 0 {
			x.speechOf[id] = int32(i) // (a later form of one key counts, as in speech)
		}
	}
	x.bodySeats = bodySeatsOf(lx)
	for i, c := range lx.Countries {
		if c.ISO2 != "" {
			if _, dup := x.byISO[c.ISO2]; !dup {
				x.byISO[c.ISO2] = i
			}
		}
		for _, city := range append([]string{c.Capital}, c.SeatCities...) {
			if city == "" {
				continue
			}
			if _, dup := x.capitals[lexicon.Key(city)]; !dup {
				x.capitals[lexicon.Key(city)] = i
			}
		}
	}
	x.people = lexPeople(lx, x.byISO)
	x.countryIDs = make([][2]string, len(lx.Countries))
	for i, c := range lx.Countries {
		x.countryIDs[i] = [2]string{slugID(graphmodel.KindActor, c.Name), slugID(graphmodel.KindVenue, c.Name)}
	}
	x.seatKeys = make([][]string, len(lx.Countries))
	for i, c := range lx.Countries {
		for _, st := range c.Seats {
			x.seatKeys[i] = append(x.seatKeys[i], lexicon.Key(stripThe(st)))
		}
	}
	for _, c := range lx.Cities {
		if ci, ok := x.byISO[c.ISO2]; ok {
			if _, dup := x.cityCty[lexicon.Key(c.Name)]; !dup {
				x.cityCty[lexicon.Key(c.Name)] = ci
			}
		}
	}
	return x
}

// speechVerb looks up a lower-case word form among the reporting verbs.
func (x *Extractor) speechVerb(low string) (lexicon.SpeechVerb, bool) {
	v, ok := x.speech[low]
	return v, ok
}

// speechFormsPlain reports whether every reporting verb form begins with a
// letter and holds no apostrophe. Then only word tokens can be one, and a
// token's class bits (looked up by its key form, where a curly apostrophe
// is made straight) say whether its lower-case text is one.
func speechFormsPlain(forms []string) bool {
	for _, f := range forms {
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) || strings.ContainsAny(f, "'’") {
			return false
		}
	}
	return true
}

// foldKey folds a name for comparison: lower case, and accents removed
// when there are any (graphmodel.Fold, which is slower).
func foldKey(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return graphmodel.Fold(s)
		}
	}
	return strings.ToLower(s)
}

// graphIndex is what a session remembers of a graph between documents:
// people by short name, so "Putin" in a later document finds the node of
// "Vladimir Putin" from an earlier one.
type graphIndex struct {
	mu       sync.Mutex
	surnames map[string][]string // folded short name → node ids
	indexed  map[string]struct{} // ids of the nodes indexed
	// lists has room for lists of one id of surnames, cut from a shared
	// block (they live as long as the index): a document adds a few
	// people, mostly under new short names.
	lists []string
	// pending lists the people emit added since the index was last read,
	// in order (see addLater): the index is read only by later documents
	// of the graph, so a graph of one document never indexes its people.
	pending []person
}

// person is a person node to index: its id and label.
type person struct{ id, label string }

// newGraphIndex returns an empty index (its maps are made by the first
// person indexed).
func newGraphIndex() *graphIndex { return &graphIndex{} }

// Session extracts documents into one graph, keeping an index of what the
// graph holds so that each document costs time in proportion to its own
// size. Get one with Extractor.Session; it is not safe for concurrent use.
type Session struct {
	x   *Extractor
	g   *graphmodel.Graph
	idx *graphIndex
	// own is the index of a session made by Extractor.Session (idx
	// points to it): one allocation for both.
	own graphIndex
}

// Session returns the session for g. Sessions of one extractor for the
// same graph are one session, with one index; the index is built from
// g's person nodes the first time. Nodes added to g by other means later
// are not indexed. The session is kept with the graph
// (graphmodel.Graph.Annex), so it lives as long as the graph and the
// extractor keeps nothing per graph.
func (x *Extractor) Session(g *graphmodel.Graph) *Session {
	return g.Annex(x, func() any {
		s := &Session{x: x, g: g}
		s.idx = &s.own
		g.EachNodeOf(graphmodel.KindActor, graphmodel.TypePerson, func(id, label string) { s.idx.add(id, label, nil) })
		return s
	}).(*Session)
}

// add indexes person id by its label. A new key is made by g (as the
// strings of the graph are, when extraction adds a person), or allocated
// on its own when g is nil.
func (ix *graphIndex) add(id, label string, g *graphmodel.Graph) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.addLocked(id, label, g)
}

// addLater is add, done when the index is next read (see settle). Room
// is made for n more people at once, when the list needs it.
func (ix *graphIndex) addLater(id, label string, n int) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if cap(ix.pending)-len(ix.pending) == 0 {
		ix.pending = append(make([]person, 0, len(ix.pending)+max(n, 4)), ix.pending...)
	}
	ix.pending = append(ix.pending, person{id, label})
}

// settle indexes the people added later, with their keys made by g (see
// add). ix.mu is held.
func (ix *graphIndex) settle(g *graphmodel.Graph) {
	for _, p := range ix.pending {
		ix.addLocked(p.id, p.label, g)
	}
	clear(ix.pending) // (the strings are kept by the index or the graph)
	ix.pending = ix.pending[:0]
}

// addLocked is add with ix.mu held.
func (ix *graphIndex) addLocked(id, label string, g *graphmodel.Graph) {
	if ix.indexed == nil {
		ix.indexed, ix.surnames = map[string]struct{}{}, map[string][]string{}
	}
	if _, ok := ix.indexed[id]; ok {
		return
	}
	ix.indexed[id] = struct{}{}
	var buf [64]byte
	k, ok := appendLastFoldedWord(buf[:0], label)
	if !ok {
		return
	}
	if ids, known := ix.surnames[string(k)]; known {
		ix.surnames[string(k)] = append(ids, id) // (string(k) is made here)
		return
	}
	if len(ix.lists) == 0 {
		ix.lists = make([]string, min(max(2*cap(ix.lists), 8), 128))
	}
	ids := append(ix.lists[:0:1], id)
	ix.lists = ix.lists[1:]
	ix.surnames[makeString(k, g)] = ids
}

// lastFoldedWord returns the last word of graphmodel.Fold(s), and false
// when it has none.
func lastFoldedWord(s string) (string, bool) {
	b, ok := appendLastFoldedWord(nil, s)
	return string(b), ok
}

// appendLastFoldedWord appends the last word of graphmodel.Fold(s) to b,
// and returns false (and b as it was) when s has none.
func appendLastFoldedWord(b []byte, s string) ([]byte, bool) {
	end := len(s)
	for end > 0 && asciiSpace(s[end-1]) {
		end--
	}
	start := end
	for start > 0 && s[start-1] < 0x80 && !asciiSpace(s[start-1]) {
		start--
	}
	if start > 0 && s[start-1] >= 0x80 || !isASCII(s[:start]) {
		// not ASCII: fold the whole (Fold also decomposes and drops marks)
		// (Fold leaves single spaces between words and none at the ends)
		f := graphmodel.Fold(s)
		if f == "" {
			return b, false
		}
		return append(b, f[strings.LastIndexByte(f, ' ')+1:]...), true
	}
	if start == end {
		return b, false
	}
	for i := start; i < end; i++ { // Fold of ASCII lower-cases
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return b, true
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// isASCII reports whether s has no byte outside ASCII, eight bytes at a
// time (token texts, which it is mostly asked about, are short: no loop
// over their bytes, whose end the processor would mispredict).
func isASCII(s string) bool {
	var bytes uint64
	for len(s) > 8 {
		bytes |= load8(s, 0)
		s = s[8:]
	}
	return (bytes|first8(s))&high == 0
}

// hasSurname reports whether some person of the graph has short name k.
// sameGiven returns the person of an earlier document with surname k
// whose name is folded, one within the other by given names (see
// sameGivenNames), when exactly one is.
func (s *Session) sameGiven(k, folded string) (id, label string, ok bool) {
	s.idx.mu.Lock()
	defer s.idx.mu.Unlock()
	s.idx.settle(s.g)
	found := 0
	for _, cand := range s.idx.surnames[k] {
		if _, l, exists := s.g.NodeLabel(cand); exists && sameGivenNames(foldKey(l), folded) {
			if found == 0 || cand != id {
				found++
			}
			id, label = cand, l
		}
	}
	return id, label, found == 1
}

func (s *Session) hasSurname(k string) bool {
	s.idx.mu.Lock()
	defer s.idx.mu.Unlock()
	s.idx.settle(s.g)
	for _, id := range s.idx.surnames[k] {
		if _, _, ok := s.g.NodeLabel(id); ok {
			return true
		}
	}
	return false
}

// surname returns the one person of the graph with short name k.
func (s *Session) surname(k string) (id, label string, ok bool) {
	s.idx.mu.Lock()
	defer s.idx.mu.Unlock()
	s.idx.settle(s.g)
	found := 0
	for _, cand := range s.idx.surnames[k] {
		if _, l, exists := s.g.NodeLabel(cand); exists {
			id, label = cand, l
			found++
		}
	}
	return id, label, found == 1
}

// Extract adds doc to g with the nodes and edges found in it, resolving
// entities against what g already holds (see Session).
func (x *Extractor) Extract(g *graphmodel.Graph, doc graphmodel.Document) error {
	return x.Session(g).Extract(doc)
}

// Extract adds doc to the session's graph with its nodes and edges. A
// fault of the extractor's own (a panic in a rule) comes back as an error
// naming the document, and the document is left out of the graph, so
// that an application keeps running with the user's work.
func (s *Session) Extract(doc graphmodel.Document) (err error) {
	added := false
	defer func() {
		if r := recover(); r != nil {
			if added {
				_ = s.g.RemoveDocument(doc.ID) // (and the spans it had added)
			}
			err = fmt.Errorf("extract %s: internal error, the document is left out: %v", doc.ID, r)
		}
	}()
	if doc.Published == "" {
		doc.Published = datelineDate(doc.Text)
	}
	if _, err := s.g.AddDocument(doc); err != nil {
		return fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	added = true
	a := newAnalysis(s.x, s, doc)
	defer a.release()
	a.run()
	if err := a.emit(s.g); err != nil {
		return fmt.Errorf("extract %s: %w", doc.ID, err)
	}
	return nil
}

// Build extracts docs into a new graph. Document ids are made unique
// ("-2", "-3" … appended). progress, when not nil, is called after each
// document. Build stops with ctx's error when ctx is cancelled.
func (x *Extractor) Build(ctx context.Context, docs []graphmodel.Document, progress func(done, total int)) (*graphmodel.Graph, error) {
	g := graphmodel.New()
	// One graph for all the documents: its tables are made at about the
	// size they will reach (our articles give a node per 130 bytes of
	// text and an edge per 65, fewer in a graph of documents that name
	// the same people; each document reserves the rest of what it needs)
	// instead of growing step by step.
	size := 0
	for _, d := range docs {
		size += len(d.Text)
	}
	if len(docs) > 1 { // (one document's own hint is closer)
		g.Reserve(size/200, size/100, 0)
	}
	s := x.Session(g)
	seen := map[string]int{}
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
		base := d.ID
		if base == "" {
			base = "document"
		}
		id := base
		for n := seen[base]; ; n++ {
			if n > 0 {
				id = fmt.Sprintf("%s-%d", base, n+1)
			}
			if _, taken := g.Document(id); !taken {
				seen[base] = n + 1
				break
			}
		}
		d.ID = id
		if err := s.Extract(d); err != nil {
			return nil, fmt.Errorf("build: %w", err)
		}
		if progress != nil {
			progress(i+1, len(docs))
		}
	}
	return g, nil
}

func newAnalysis(x *Extractor, s *Session, doc graphmodel.Document) *analysis {
	sc := x.getScratch()
	a := &sc.analysis // (a large struct: not allocated per document)
	*a = analysis{x: x, sess: s, doc: doc, text: doc.Text, ents: sc.ents, seenKeys: sc.seenKeys, givens: sc.givens, sc: sc,
		sents: sc.sents, paras: sc.paras, ments: sc.ments, cands: sc.cands}
	sc.words.use(&x.ix.keys)
	a.toks, sc.lows = tokenizeBuf(doc.Text, sc.toks, sc.lows, &sc.words)
	return a
}
