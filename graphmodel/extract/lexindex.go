package extract

import (
	"encoding/binary"
	"slices"
	"strings"

	"dossier/graphmodel/extract/lexicon"
)

// entKind says what a lexicon phrase names.
type entKind uint8

const (
	eNone       entKind = iota
	eCountry            // a country's name or alias
	eDemonym            // a country's adjective: "Russian"
	ePeople             // a country's people: "Russians"
	eCity               // a city
	eRegion             // a region, state, sea ...
	eBuilding           // a building or site
	eOrg                // an organisation
	ePerson             // a well-known person (full name or alias)
	eTitle              // a title or role for a person: "special envoy"
	eGroupTitle         // a group noun: "officials", "negotiators"
	eMeeting            // a meeting word: "talks", "telephone conversation"
	eSeat               // a seat of government standing for it: "Kremlin" (idx: country)
)

// Case requirements per phrase token.
const (
	caseAny   = 0
	caseCap   = 1 // the text word must start with a capital
	caseCaps  = 2 // the text word must be all capitals (acronyms: US, UN)
	caseExact = 3 // the text word must be written exactly so (LeT)
)

// innerCapital reports a capital letter after the first character.
func innerCapital(s string) bool {
	for i, r := range s {
		if i > 0 && r >= 'A' && r <= 'Z' {
			return true
		}
	}
	return false
}

// lexEntry is one lexicon phrase under its key. It holds no pointers
// (see keyTable).
type lexEntry struct {
	kind entKind
	free bool  // every requirement is caseAny
	more bool  // the key has more entries than this first one (see keyCell)
	ncas uint8 // number of case requirements (tokens; at most 255: no phrase that long matches)
	// the case requirements of the first sixteen tokens, two bits each,
	// so that match need not read phraseIndex.cases (no longer phrase
	// matches: see matchFrom)
	casBits uint32
	key     int32  // id of the phrase's key
	cas     uint32 // case requirements per token: phraseIndex.cases[cas:cas+ncas]
	idx     int    // into the lexicon slice of that kind (titles: into Titles)
}

// builtEntry is a lexEntry while the index is being built.
type builtEntry struct {
	kind entKind
	idx  int
	cas  []uint8
}

// phraseIndex finds lexicon phrases in token sequences by their key: the
// lower-case token texts joined as written (a space where the text has
// white space), so "Indo-Pacific" and "U.S." match exactly.
//
// add fills maps; freeze then moves everything into a keyTable and flat
// slices, and the maps are dropped.
type phraseIndex struct {
	entries  map[string][]builtEntry
	prefixes map[string]bool
	first    map[string]bool // keys of the first tokens of phrases
	// firstOf holds the keys of the first tokens of phrases of a few
	// kinds, with the word class bit that says so (see startBits)
	firstOf map[string]wclass
	toks    []token // tokenizer buffer

	keys    keyTable  // every phrase key, every prefix of one, every word with classes (as its value) or going on a prefix key
	nPrefix int32     // keys with ids below it begin some phrase (prefix keys)
	cells   []keyCell // per prefix key id
	steps   stepTable // prefix key and word after a space → the longer prefix key
	// the entries of keys with more than one, in the order add met them
	more  map[int32][]lexEntry
	cases []uint8
}

// keyCell is what match needs of a prefix key, in one place: 32 bytes,
// two to a cache line and none across two, so that looking a key up
// costs one memory access where a separate entry list would cost a
// second (the index is megabytes large: most such reads miss the
// caches). Nearly every key has at most one entry; the few with more
// keep the whole list in phraseIndex.more.
type keyCell struct {
	next  uint64      // nextBit of what follows the key in longer prefix keys
	first [1]lexEntry // its first entry; kind eNone when it has none
}

// isPrefix reports whether some phrase begins with key id (-1: none).
func (ix *phraseIndex) isPrefix(id int32) bool { return id >= 0 && id < ix.nPrefix }

// nextOf returns the nextBit mask of prefix key id.
func (ix *phraseIndex) nextOf(id int32) uint64 { return ix.cells[id].next }

// cellEntries returns the entries of the key of cell c.
func (ix *phraseIndex) cellEntries(c *keyCell) []lexEntry {
	switch e := &c.first[0]; {
	case e.kind == eNone:
		return nil
	case e.more:
		return ix.more[e.key]
	}
	return c.first[:]
}

// newPhraseIndex returns an empty index for about n phrases.
func newPhraseIndex(n int) *phraseIndex {
	return &phraseIndex{entries: make(map[string][]builtEntry, n), prefixes: make(map[string]bool, 3*n/2),
		first: make(map[string]bool, n/2), firstOf: map[string]wclass{}}
}

// freeze builds the lookup structures from what add gathered, with the
// word classes of classes (lower-case word → classes).
func (ix *phraseIndex) freeze(classes map[string]wclass) {
	// prefix keys first (sorted), then the other words
	keys := make([]string, 0, len(ix.prefixes)+len(classes))
	for k := range ix.prefixes {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	nPrefix := len(keys)
	for k := range classes {
		if !ix.prefixes[k] {
			keys = append(keys, k)
		}
	}
	// and every word that goes on a prefix key after a space, so that a
	// text word's key id says whether it may (see nextBits)
	words := map[string]bool{}
	for _, k := range keys[:nPrefix] {
		w := lastWord(k)
		if _, known := classes[w]; w != "" && !known && !ix.prefixes[w] && !words[w] {
			words[w] = true
			keys = append(keys, w)
		}
	}
	vals := make([]uint64, len(keys))
	for id, k := range keys {
		vals[id] = uint64(classes[k])
	}
	ix.keys = newKeyTable(keys, vals) // a word's classes are its key's value
	ix.nPrefix = int32(nPrefix)
	ix.cells = make([]keyCell, nPrefix)
	ix.more = map[int32][]lexEntry{}
	for id, k := range keys[:nPrefix] { // only phrases (prefix keys) have entries
		built := ix.entries[k]
		es := make([]lexEntry, len(built))
		for n, e := range built {
			es[n] = lexEntry{kind: e.kind, idx: e.idx, key: int32(id), cas: uint32(len(ix.cases)), ncas: uint8(min(len(e.cas), 255)),
				free: !slices.ContainsFunc(e.cas, func(c uint8) bool { return c != caseAny })}
			for k, c := range e.cas[:min(len(e.cas), 16)] {
				es[n].casBits |= uint32(c) << (2 * k)
			}
			ix.cases = append(ix.cases, e.cas[:es[n].ncas]...)
		}
		if len(es) > 1 {
			es[0].more = true
			ix.more[int32(id)] = es
		}
		if len(es) > 0 {
			ix.cells[id].first[0] = es[0]
		}
	}
	// What may follow each prefix key in a longer one, so that a phrase
	// match goes on only when the text does so. In sorted order the
	// prefix keys a key begins with are the ones on the stack.
	var stack []int
	for id, k := range keys[:nPrefix] {
		for len(stack) > 0 && !strings.HasPrefix(k, keys[stack[len(stack)-1]]) {
			stack = stack[:len(stack)-1]
		}
		for _, pid := range stack {
			p := len(keys[pid])
			switch {
			case k[p] != ' ':
				ix.cells[pid].next |= byteBits(false, k[p])
			case strings.IndexByte(k[p+1:], ' ') < 0:
				// k is the key and a word: a word token after a space
				// goes on with its id, any other token with its first byte
				ix.cells[pid].next |= wordBit(ix.keys.find(k[p+1:])) | byteBits(true, k[p+1])
			default:
				ix.cells[pid].next |= byteBits(true, k[p+1]) // keys do not end in a space
			}
		}
		stack = append(stack, id)
	}
	nSteps := 0
	for _, k := range keys[:nPrefix] {
		if strings.IndexByte(k, ' ') >= 0 {
			nSteps++
		}
	}
	ix.steps = newStepTable(nSteps)
	for id, k := range keys[:nPrefix] {
		if w := lastWord(k); w != "" {
			// (k without its last word is a prefix key: a space ends a
			// token; and w is a key, see above)
			ix.steps.add(ix.keys.find(k[:len(k)-len(w)-1]), ix.keys.find(w), int32(id))
		}
	}
	ix.entries, ix.prefixes, ix.first, ix.firstOf, ix.toks = nil, nil, nil, nil, nil
}

// entriesOf returns the entries of key id (none for -1).
func (ix *phraseIndex) entriesOf(id int32) []lexEntry {
	if !ix.isPrefix(id) {
		return nil // every phrase key is a prefix key
	}
	return ix.cellEntries(&ix.cells[id])
}

// casOf returns the case requirements of e per token.
func (ix *phraseIndex) casOf(e lexEntry) []uint8 { return ix.cases[e.cas : e.cas+uint32(e.ncas)] }

// normLow is the token's lower-case text with curly apostrophes made straight.
func normLow(t token) string {
	if t.kind == tPoss {
		return "'s"
	}
	if strings.Contains(t.low, "’") {
		return strings.ReplaceAll(t.low, "’", "'")
	}
	return t.low
}

// add indexes phrase under kind. Proper names (any capital in the phrase)
// get case requirements; lower-case phrases match any case.
func (ix *phraseIndex) add(phrase string, kind entKind, idx int) {
	phrase = strings.TrimSpace(phrase)
	if phrase == "" {
		return
	}
	ix.toks = tokenize(phrase, ix.toks)
	toks := ix.toks
	if len(toks) == 0 {
		return
	}
	cas := make([]uint8, len(toks))
	for i, t := range toks {
		switch {
		case t.kind != tWord:
		case t.caps && len(t.text) <= 5 && !strings.Contains(t.text, "."):
			cas[i] = caseCaps
		case t.upper && !t.caps && innerCapital(t.text) && len(t.text) <= 5:
			cas[i] = caseExact // "LeT" is not "Let"
		case t.upper:
			cas[i] = caseCap
		}
	}
	// The key of the first k tokens is a prefix of the key of all:
	// build that once and slice it.
	var ends [16]int
	prefixEnds := ends[:0]
	buf := make([]byte, 0, len(phrase)+2)
	for k := range toks {
		if k > 0 && toks[k].space {
			buf = append(buf, ' ')
		}
		buf = appendNormLow(buf, &toks[k])
		prefixEnds = append(prefixEnds, len(buf))
	}
	key := string(buf)
	for _, e := range ix.entries[key] {
		if e.kind == kind && e.idx == idx {
			return
		}
	}
	ix.entries[key] = append(ix.entries[key], builtEntry{kind: kind, idx: idx, cas: cas})
	for _, end := range prefixEnds {
		ix.prefixes[key[:end]] = true
	}
	ix.first[key[:prefixEnds[0]]] = true
	if bit := startBit(kind); bit != 0 {
		ix.firstOf[key[:prefixEnds[0]]] |= bit
	}
}

// startBit returns the word class of the first word of a phrase of the
// kind, for the kinds rules ask for at every word. Most words that begin
// a lexicon phrase begin no title and no meeting word, so those rules
// skip the phrase match at such words (lexAt's answer there could hold
// no entry of that kind).
func startBit(kind entKind) wclass {
	switch kind {
	case eTitle:
		return wTitleStart
	case eMeeting:
		return wMeetingStart
	}
	return 0
}

// match returns the longest lexicon phrase starting at token i (within
// [i, end)) whose case requirements hold, with its entries, and the end
// token index; the end is -1 when nothing matches. Word tokens must have
// their key ids (token.pid) set.
func (ix *phraseIndex) match(toks []token, i, end int, allCapsLine bool) (int, []lexEntry) {
	if i >= end {
		return -1, nil
	}
	if toks[i].kind != tWord {
		return ix.matchFrom(toks, i, i, end, allCapsLine, -1, -1, nil)
	}
	// A word, the usual case: its key id is known, and most phrases it
	// begins do not go on with what follows it (then no key is built).
	id := toks[i].pid
	if !ix.isPrefix(id) {
		return -1, nil
	}
	bestEnd, best := -1, []lexEntry(nil)
	p := &ix.cells[id]
	switch e := &p.first[0]; {
	case e.kind == eNone:
	case !e.more && e.ncas == 1 && e.casBits <= caseCap:
		// (one entry, of one word, at most a capital required: most
		// keys, answered without a call)
		if e.casBits == caseAny || toks[i].upper {
			bestEnd, best = i+1, p.first[:]
		}
	default:
		if fit := ix.cellFit(p, toks[i:i+1], allCapsLine); len(fit) > 0 {
			bestEnd, best = i+1, fit
		}
	}
	if i+1 == end || p.next&nextBits(&toks[i+1]) == 0 {
		return bestEnd, best
	}
	return ix.matchFrom(toks, i, i+1, end, allCapsLine, id, bestEnd, best)
}

// matchFrom is match from token k on: tokens i…k-1 make prefix key id
// (-1 when k is i), and bestEnd and best are what they matched.
func (ix *phraseIndex) matchFrom(toks []token, i, k, end int, allCapsLine bool, id int32, bestEnd int, best []lexEntry) (int, []lexEntry) {
	for ; k < end && k-i < 10; k++ {
		t := &toks[k]
		switch {
		case k > i && t.lines > 0:
			return bestEnd, best
		case k > i && t.kind == tWord && t.space:
			// the key goes on with a space and the word: no key to build
			id = ix.steps.find(id, t.pid)
		default:
			id = ix.findKey(toks[i : k+1])
		}
		if !ix.isPrefix(id) {
			break
		}
		p := &ix.cells[id]
		if p.freeFor(k + 1 - i) {
			bestEnd, best = k+1, p.first[:]
		} else if fit := ix.cellFit(p, toks[i:k+1], allCapsLine); len(fit) > 0 {
			bestEnd, best = k+1, fit
		}
		if k+1 < end && p.next&nextBits(&toks[k+1]) == 0 {
			break // no longer key begins with this one and what follows
		}
	}
	return bestEnd, best
}

// findKey returns the id of the key of toks, or -1.
func (ix *phraseIndex) findKey(toks []token) int32 {
	var arr [64]byte
	buf := arr[:0]
	for k := range toks {
		if k > 0 && toks[k].space {
			buf = append(buf, ' ')
		}
		buf = appendNormLow(buf, &toks[k])
	}
	if cap(buf) == len(arr) {
		// buf is still arr, zero past its end: its first sixteen bytes
		// are the key's words
		id, _ := ix.keys.findWordsBytes(binary.LittleEndian.Uint64(arr[:]), binary.LittleEndian.Uint64(arr[8:]), buf)
		return id
	}
	return ix.keys.findBytes(buf)
}

// stepTable maps a prefix key and a word that goes on it after a space
// to the longer prefix key, by their ids: matching a phrase word by word
// then neither builds nor hashes the longer key's text. Its slots are
// sixteen bytes, four to a cache line: a quarter of the size of the key
// table's, which a step would look up otherwise.
type stepTable struct {
	slots []stepSlot
	shift uint8 // 64 - log2(len(slots))
}

// stepSlot is one slot of a stepTable; from 0 marks a free slot.
type stepSlot struct {
	from uint64 // (prefix key id+1)<<32 | word key id
	to   int32
}

// newStepTable returns a table for up to n steps.
func newStepTable(n int) stepTable {
	bits := uint8(4)
	for 1<<bits < n+n/2 {
		bits++
	}
	return stepTable{slots: make([]stepSlot, 1<<bits), shift: 64 - bits}
}

// stepKey returns the slot key of prefix key pre and word key w.
func stepKey(pre, w int32) uint64 { return uint64(pre+1)<<32 | uint64(uint32(w)) }

// add records that prefix key pre and word w after a space make key to.
func (st *stepTable) add(pre, w, to int32) {
	from := stepKey(pre, w)
	mask := uint64(len(st.slots) - 1)
	i := from * 0x9E3779B97F4A7C15 >> st.shift
	for st.slots[i].from != 0 {
		i = (i + 1) & mask
	}
	st.slots[i] = stepSlot{from: from, to: to}
}

// find returns the key that prefix key pre and word w after a space
// make, or -1 (also for w -1).
func (st *stepTable) find(pre, w int32) int32 {
	from := stepKey(pre, w)
	mask := uint64(len(st.slots) - 1)
	for i := from * 0x9E3779B97F4A7C15 >> st.shift; ; i = (i + 1) & mask {
		switch st.slots[i].from {
		case from:
			return st.slots[i].to
		case 0:
			return -1
		}
	}
}

// nextBits returns the bit of token t in the masks of what may follow a
// prefix key (keyCell.next): a word after a space by its key id (see
// wordBit), any other token by whether a space precedes it and the first
// byte of its lower-case text (bits 16-31 and 0-15; the ’ of a text is '
// in a key: both their bits stand for it). A word after a space without a
// key id goes on no key: none of its bits is set.
func nextBits(t *token) uint64 {
	if t.kind == tWord && t.space {
		return wordBit(t.pid)
	}
	b := t.low[0] & 15
	if t.space {
		b += 16
	}
	return 1 << b
}

// wordBit returns one of the bits 32-63 for key id, or none for -1. Every
// word that goes on a prefix key after a space has a key id (see freeze),
// and the id of a text word tells more than its first byte: fewer keys
// are looked up in vain.
func wordBit(id int32) uint64 {
	if id < 0 {
		return 0
	}
	return 1 << (32 + uint32(id)*0x9E3779B1>>27)
}

// byteBits returns the bits of nextBits for a key going on with byte c
// (after a space or not): a text has ’ where the key has ', so an
// apostrophe's stand for ’ too.
func byteBits(space bool, c byte) uint64 {
	var sp byte
	if space {
		sp = 16
	}
	bits := uint64(1) << (c&15 + sp)
	if c == '\'' {
		bits |= 1 << ("’"[0]&15 + sp)
	}
	return bits
}

// lastWord returns what follows the last space of key k ("" for none).
func lastWord(k string) string {
	if sp := strings.LastIndexByte(k, ' '); sp >= 0 {
		return k[sp+1:]
	}
	return ""
}

// freeFor reports whether the key of cell c has one entry, of n tokens,
// without case requirements: any n tokens that make the key meet them
// (match asks this first, without a call).
func (c *keyCell) freeFor(n int) bool {
	e := &c.first[0]
	return e.free && !e.more && int(e.ncas) == n // (free is false in a cell without entries)
}

// cellFit returns the entries of the key of cell p whose case
// requirements toks meet (see fitting).
func (ix *phraseIndex) cellFit(p *keyCell, toks []token, allCapsLine bool) []lexEntry {
	switch e := &p.first[0]; {
	case e.kind == eNone:
		return nil
	case e.more:
		return ix.fitting(ix.more[e.key], toks, allCapsLine)
	case e.fits(toks, allCapsLine):
		return p.first[:]
	}
	return nil
}

// fitting returns the entries es whose case requirements toks meet (es
// itself when all do, the usual case).
func (ix *phraseIndex) fitting(es []lexEntry, toks []token, allCapsLine bool) []lexEntry {
	if len(es) == 1 { // (nearly every key has one entry)
		if es[0].fits(toks, allCapsLine) {
			return es
		}
		return nil
	}
	for n := range es {
		if !es[n].fits(toks, allCapsLine) {
			fit := make([]lexEntry, 0, len(es))
			fit = append(fit, es[:n]...)
			for n2 := n + 1; n2 < len(es); n2++ {
				if es[n2].fitsCase(toks, allCapsLine) {
					fit = append(fit, es[n2])
				}
			}
			return fit
		}
	}
	return es
}

// appendNormLow appends the token's key form (see normLow).
func appendNormLow(buf []byte, t *token) []byte {
	if t.kind == tPoss {
		return append(buf, "'s"...)
	}
	if strings.IndexByte(t.low, 0xE2) < 0 {
		return append(buf, t.low...) // no ’
	}
	for j := 0; j < len(t.low); j++ {
		if t.low[j] == 0xE2 && j+2 < len(t.low) && t.low[j+1] == 0x80 && t.low[j+2] == 0x99 { // ’
			buf = append(buf, '\'')
			j += 2
			continue
		}
		buf = append(buf, t.low[j])
	}
	return buf
}

// caseFits reports whether toks meet the case requirements cas, one per
// token.
func caseFits(toks []token, cas []uint8, allCapsLine bool) bool {
	if len(toks) != len(cas) {
		return false
	}
	for i := range toks {
		if !tokenFits(&toks[i], cas[i], len(toks) == 1, allCapsLine) {
			return false
		}
	}
	return true
}

// fits is fitsCase with the shortcut for an entry without requirements.
func (e *lexEntry) fits(toks []token, allCapsLine bool) bool {
	return e.free && int(e.ncas) == len(toks) || e.fitsCase(toks, allCapsLine)
}

// fitsCase is caseFits for the requirements of e (from its casBits: toks
// are at most sixteen, see matchFrom).
func (e *lexEntry) fitsCase(toks []token, allCapsLine bool) bool {
	if len(toks) != int(e.ncas) || len(toks) > 16 {
		return false
	}
	for i := range toks {
		switch c := uint8(e.casBits>>(2*i)) & 3; c {
		case caseAny:
		case caseCap: // (the usual requirement: names)
			if !toks[i].upper {
				return false
			}
		default:
			if !tokenFits(&toks[i], c, len(toks) == 1, allCapsLine) {
				return false
			}
		}
	}
	return true
}

// tokenFits reports whether token t meets case requirement c (alone: it
// is all the phrase).
func tokenFits(t *token, c uint8, alone, allCapsLine bool) bool {
	switch c {
	case caseExact:
		return !t.caps && t.upper && innerCapital(t.text)
	case caseCap:
		return t.upper
	case caseCaps:
		if !t.caps {
			return false
		}
		if allCapsLine && alone && !strings.Contains(t.text, ".") {
			// "US" in an all-capitals headline may be the pronoun.
			return t.text != "US" && t.text != "IT"
		}
	}
	return true
}

// buildIndex indexes every name of the lexicon.
func buildIndex(lx *lexicon.Lexicon) *phraseIndex {
	n := len(lx.Titles) + len(lx.MeetingWords)
	for _, c := range lx.Countries {
		n += 1 + len(c.Aliases) + len(c.Adjectives) + len(c.Peoples) + len(c.Seats)
	}
	for _, c := range lx.Cities {
		n += 1 + len(c.Aliases)
	}
	for _, r := range lx.Regions {
		n += 1 + len(r.Aliases)
	}
	for _, b := range lx.Buildings {
		n += 1 + len(b.Aliases)
	}
	for _, o := range lx.Organizations {
		n += 1 + len(o.Aliases)
	}
	for _, p := range lx.People {
		n += 1 + len(p.Aliases)
	}
	ix := newPhraseIndex(n)
	for i, c := range lx.Countries {
		ix.add(c.Name, eCountry, i)
		for _, a := range c.Aliases {
			ix.add(a, eCountry, i)
		}
		for _, a := range c.Adjectives {
			ix.add(a, eDemonym, i)
		}
		for _, p := range c.Peoples {
			ix.add(p, ePeople, i)
		}
		for _, st := range c.Seats {
			ix.add(stripThe(st), eSeat, i)
		}
	}
	for i, c := range lx.Cities {
		ix.add(c.Name, eCity, i)
		for _, a := range c.Aliases {
			ix.add(a, eCity, i)
		}
	}
	for i, r := range lx.Regions {
		ix.add(r.Name, eRegion, i)
		for _, a := range r.Aliases {
			ix.add(a, eRegion, i)
		}
	}
	for i, b := range lx.Buildings {
		ix.add(stripThe(b.Name), eBuilding, i)
		for _, a := range b.Aliases {
			ix.add(stripThe(a), eBuilding, i)
		}
	}
	for i, o := range lx.Organizations {
		ix.add(stripThe(o.Name), eOrg, i)
		for _, a := range o.Aliases {
			ix.add(stripThe(a), eOrg, i)
		}
	}
	for i, p := range lx.People {
		ix.add(p.Name, ePerson, i)
		for _, a := range p.Aliases {
			ix.add(a, ePerson, i)
		}
	}
	for i, t := range lx.Titles {
		k := eTitle
		if t.Applies == "group" {
			k = eGroupTitle
		}
		ix.add(t.Phrase, k, i)
	}
	for i, w := range lx.MeetingWords {
		ix.add(w.Word, eMeeting, i)
	}
	return ix
}

// stripThe drops a leading "the " from a name: the text's "the" is read
// as a determiner.
func stripThe(s string) string {
	if len(s) > 4 && strings.EqualFold(s[:4], "the ") {
		return s[4:]
	}
	return s
}
