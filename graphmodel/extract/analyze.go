package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// mKind is what a mention names.
type mKind uint8

const (
	mPerson    mKind = iota + 1 // a named person
	mTitleOnly                  // a title standing for a person: "the Secretary"
	mOrg                        // an organisation (actor)
	mCountry                    // a country named as a party
	mGroup                      // demonym or country + group noun: "Ukrainian negotiators"
	mDemonym                    // an adjective only ("Russian position"): no node
	mVenue                      // a place
	mPronoun                    // he, they, it, we ...
	mPlural                     // "the two sides", "the leaders"
)

// mention is a phrase of the text that names (or points to) an entity.
type mention struct {
	a, b   int // token range of the whole phrase (titles included)
	na, nb int // token range of the name proper
	kind   mKind
	sent   int
	role   string // title role, lower case
	aff    *entity
	affCty int // lexicon country index of the affiliation, or -1
	// resolved targets
	ent    *entity    // actor or venue entity
	refs   []*entity  // several actors (plural mentions, groups of people)
	poss   bool       // followed by a possessive ending
	noun   string     // group noun of mGroup / plural head, lower case
	count  int        // how many a plural mention names: 3 for "the three presidents"
	pron   string     // pronoun, lower case
	titled string     // "President Putin" when a capitalised title stands before a one-word name
	one    [1]*entity // what targets returns for ent
}

// entity is a node to be: an actor or a venue found in the document.
type entity struct {
	kind    graphmodel.Kind
	typ     string
	label   string
	id      string // set when the node id is known (lexicon or session), else derived from label
	aliases []string
	spans   []graphmodel.Span
	// people
	gender   int8     // see genderOf
	keys     []string // folded short names: surname, family name
	role     string
	affEnt   *entity
	country  int    // lexicon country index (countries, country actors, affiliation of people); -1 if none
	first    int    // token of the first mention
	within   string // name of the place a venue lies in (building → city)
	lexRole  string // role given by the lexicon of people
	unlisted bool   // an organisation found by its form, not in the lexicon
	// foldKey of the label and its words, for label foldedFor
	folded, foldedFor string
	foldedWords       labelWords
	nodeOut           string // id of its node once emitted
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == e.label {
		return
	}
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// sentence is a token range with its paragraph.
type sentence struct {
	a, b int
	para int
}

// analysis holds everything found in one document.
type analysis struct {
	// namedCountries marks the countries the text names (see
	// countryNamed); nil until asked.
	namedCountries []bool
	x              *Extractor
	sess           *Session
	doc            graphmodel.Document
	text           string
	toks           []token
	qrole          []uint8
	sents          []sentence
	// lead is the sentence after a dateline and the dateline's date (see
	// leadDate), read when first asked for.
	lead struct {
		read          bool
		si            int
		date, written string
	}
	paras    [][2]int // token ranges of paragraphs (lines)
	tokSent  []int
	ments    []*mention
	at       []*mention // token → mention covering it
	ents     map[string]*entity
	order    []*entity
	people   []*entity
	inQuote  []bool
	meetings []*meeting
	stmts    []*statement
	// transcripts
	turns []turn
	// lastOrgAff is an organisation read after a title ("Director of the X")
	lastOrgAff *entity
	seenKeys   map[string]bool // short names of people detected so far
	// given names of people detected so far, each with the full name it
	// began as written, or "" when two people (whose names fold
	// differently) share it
	givens    map[string]string
	lexMemo   []lexMemo   // lexAt results per token
	titleMemo []titleMemo // titleAt results per token
	cands     []cand      // buffer of triggersIn
	capsSent  []bool      // sentences written in capitals (headlines)
	// sentHeads are the head classes of the words of each sentence (see
	// headClasses): a rule that scans for a head word the sentence lacks
	// ("Council", "Airport", "Agreement") need not scan
	sentHeads []wclass
	sentMent  [][2]int // per sentence, its range in ments (after sorting)
	// discourse state for pronouns
	lastPlural []*entity
	lastThing  *entity
	// orgsSeen are the organisations named so far by detect, in order:
	// "the group said" names the last one again (orgsBuf holds the first)
	orgsSeen []*entity
	orgsBuf  [16]*entity
	lastSubj *entity
	// others is set while a transcript turn's paragraph is searched for
	// what its speaker reports others said: statements of that speaker
	// are the turn's own and are not added again
	others *entity
	cue    sentCues // what the sentence read last holds (see cuesOf)
	// heads are the head classes of the words of the sentence detect
	// reads (see sentHeads)
	heads wclass
	// orgRunEnd's answer orgRunTo for token orgRunKey-1 (0: none)
	orgRunKey, orgRunTo int
	lexEnts             [64]lexEnt // entities of lexicon entries (see lexEntSlot)

	sc *scratch // buffers to reuse (see release)
}

func (a *analysis) span(i, j int) graphmodel.Span {
	if j <= i {
		return graphmodel.Span{Doc: a.doc.ID, Start: a.toks[i].s, End: a.toks[i].e}
	}
	return graphmodel.Span{Doc: a.doc.ID, Start: a.toks[i].s, End: a.toks[j-1].e}
}

func (a *analysis) str(i, j int) string {
	if j <= i || i >= len(a.toks) {
		return ""
	}
	return a.text[a.toks[i].s:a.toks[j-1].e]
}

// isSpeech reports whether token k's lower-case text is a reporting
// verb form.
func (a *analysis) isSpeech(k int) bool {
	if a.x.speechBits {
		return a.toks[k].cls&wSpeech != 0
	}
	_, ok := a.x.speechVerb(a.toks[k].low)
	return ok
}

// tokFold returns foldKey of token i's text: its lower-case form when
// the text is ASCII.
func (a *analysis) tokFold(i int) string {
	t := &a.toks[i]
	if isASCII(t.text) {
		return t.low // strings.ToLower of the text
	}
	return foldKey(t.text)
}

// spanLower returns strings.ToLower of the text of tokens i…j-1.
func (a *analysis) spanLower(i, j int) string {
	if j == i+1 && isASCII(a.toks[i].text) {
		return a.toks[i].low
	}
	return strings.ToLower(a.str(i, j))
}

// spanFold returns foldKey of the text of tokens i…j-1.
func (a *analysis) spanFold(i, j int) string {
	if j == i+1 {
		return a.tokFold(i)
	}
	return foldKey(a.text[a.toks[i].s:a.toks[j-1].e])
}

// ---- structure: sentences, paragraphs, quotes ----

func (a *analysis) structure() {
	toks := a.toks
	a.qrole = markQuotes(toks, sized(a.sc.qrole, len(toks)))
	a.tokSent = sized(a.sc.tokSent, len(toks))
	a.inQuote = sized(a.sc.inQuote, len(toks))
	// the memos of detect (reset sentence by sentence: see addSentence)
	a.lexMemo = grown(a.sc.lexMemo, len(toks))
	a.titleMemo = grown(a.sc.titleMemo, len(toks))
	a.sentHeads = a.sc.sentHeads[:0]
	// one pass: quotations, and sentences and paragraphs (a line break
	// ends both; a sentence may also end before a token after a full stop)
	open := -1
	start, para, pstart := 0, 0, 0
	qrole, inQuote := a.qrole[:len(toks)], a.inQuote[:len(toks)]
	for i := 0; i < len(toks); i++ {
		// most tokens follow a word that ends no sentence and are no line's
		// first and no quotation mark: a loop of their own, with no calls
		// (and so no registers to save around them)
		for in := open >= 0; i > start && i < len(toks) && toks[i].lines == 0 && qrole[i] != qOpen && qrole[i] != qClose && !mayEndBefore(&toks[i-1]); i++ {
			inQuote[i] = in
		}
		if i == len(toks) {
			break
		}
		if toks[i].lines > 0 {
			open = -1
			if i > start {
				a.addSentence(start, i, para)
				a.paras = append(a.paras, [2]int{pstart, i})
				para++
				start, pstart = i, i
			}
		} else if i > start && mayEndBefore(&toks[i-1]) && a.endsSentence(i) {
			a.addSentence(start, i, para)
			start = i
		}
		switch qrole[i] {
		case qOpen:
			open = i
		case qClose:
			open = -1
		default:
			inQuote[i] = open >= 0
		}
	}
	if n := len(toks); n > start {
		a.addSentence(start, n, para)
		a.paras = append(a.paras, [2]int{pstart, n})
	}
}

// mayEndBefore is the quick test of endsSentence on the token before:
// a word or number ends no sentence unless it ends in a period ("U.S.").
func mayEndBefore(p *token) bool {
	n := len(p.text)
	return p.kind != tWord && p.kind != tNum || n > 0 && p.text[n-1] == '.' // (HasSuffix, without its call)
}

// addSentence adds the sentence of tokens from…to-1 in paragraph para,
// marks its tokens, resets the memos of lexAt and titleAt at them and
// reads their head classes: one pass over its tokens for all.
func (a *analysis) addSentence(from, to, para int) {
	si := len(a.sents)
	var h wclass
	toks, ts := a.toks[from:to], a.tokSent[from:to]
	lm, tm := a.lexMemo[from:to], a.titleMemo[from:to]
	for k := range toks {
		ts[k] = si
		lm[k].end = memoUnset // (lexMemo's es is read only once end is set)
		tm[k].known = false
		t := &toks[k]
		m := lowerHeadClasses // (a choice of masks, not a branch: hard to predict)
		if t.upper {
			m = headClasses
		}
		h |= t.cls & m
	}
	a.sents = append(a.sents, sentence{from, to, para})
	a.sentHeads = append(a.sentHeads, h)
}

// endsSentence reports whether a sentence ends before token i.
func (a *analysis) endsSentence(i int) bool {
	toks := a.toks
	// most tokens follow a word or number (never a quotation mark or a
	// bracket) that cannot end a sentence
	if !mayEndBefore(&toks[i-1]) {
		return false
	}
	// walk back over closing quotes and brackets
	j := i - 1
	for j >= 0 && (a.qrole[j] == qClose || toks[j].text == ")" || toks[j].text == "]") && !toks[j].space {
		j--
	}
	if j < 0 {
		return false
	}
	p := &toks[j]
	next := &toks[i]
	if !next.space && a.qrole[i] != qOpen {
		return false
	}
	startsUpper := next.upper || next.kind == tNum || a.qrole[i] == qOpen
	switch {
	case p.kind == tPunct && (p.text == "." || p.text == "!" || p.text == "?" || p.text == "…"):
		return startsUpper
	case p.kind == tWord && strings.HasSuffix(p.text, ".") && len(p.text) > 2 && strings.Count(p.text, ".") >= 2:
		// "U.S." at a sentence end: only before a usual sentence opening
		return next.upper && (next.cls&wOpener != 0) && next.low != "mr"
	case p.kind == tWord && len(p.text) == 2 && p.text[1] == '.' && p.upper && j > 0 && toks[j-1].kind == tWord && !toks[j-1].upper:
		// "wrote on X. The Afghan side …": a letter after a lower-case
		// word is no initial of a name when a usual opening follows
		return next.upper && (next.cls&wOpener != 0)
	}
	return false
}

// lexAt returns the longest lexicon phrase at token i within its
// sentence (memoised: every rule asks).
func (a *analysis) lexAt(i int) (int, []lexEntry) {
	if i >= len(a.toks) {
		return -1, nil
	}
	if m := &a.lexMemo[i]; m.end != memoUnset {
		return int(m.end), m.es
	}
	if t := &a.toks[i]; t.kind == tWord && t.cls&wStart == 0 || t.kind == tPunct || t.kind == tQuote {
		a.lexMemo[i] = lexMemo{end: -1} // no phrase starts with this word
		return -1, nil
	}
	s := a.sents[a.tokSent[i]]
	end, es := a.x.ix.match(a.toks, i, s.b, a.capsSent[a.tokSent[i]])
	a.lexMemo[i] = lexMemo{es: es, end: int32(end)}
	return end, es
}

// lexMemo is a remembered answer of lexAt.
type lexMemo struct {
	es  []lexEntry
	end int32 // memoUnset: not known yet
}

const memoUnset = -2

// ---- mentions ----

func (a *analysis) addMention(m *mention) {
	m.sent = a.tokSent[m.a]
	if m.nb == 0 {
		m.na, m.nb = m.a, m.b
	}
	if m.nb < len(a.toks) && a.toks[m.nb].kind == tPoss {
		m.poss = true
	}
	a.ments = append(a.ments, m)
	for k := m.a; k < m.b; k++ {
		a.at[k] = m
	}
	if m.kind == mPerson {
		// remember short names for later bare mentions ("Aliyev")
		last := m.nb - 1
		for last > m.na && ((a.toks[last].cls&wNameSuffix != 0) || a.toks[last].text == ",") {
			last--
		}
		for last > m.na && a.toks[last-1].text == "-" && !a.toks[last].space {
			last -= 2 // "Kyung-wha": key on the whole hyphenated word
		}
		a.seenKeys[a.spanFold(last, lastWordEnd(a.toks, last, m.nb)+1)] = true
		if m.nb-m.na >= 2 && ((a.toks[m.na].cls&wFamily != 0) || a.toks[m.na].cls&wGiven == 0) && a.toks[m.na+1].text != "-" {
			a.seenKeys[a.tokFold(m.na)] = true
		}
		if k := a.paternalSurname(m); k >= 0 {
			a.seenKeys[a.tokFold(k)] = true
		}
		if m.nb-m.na >= 2 && a.toks[m.na].cls&wGiven != 0 && a.toks[m.na+1].text != "-" {
			// the full name as written (a part of the text, no copy to
			// keep): two names are the same when their folded forms are
			g, full := a.tokFold(m.na), a.str(m.na, m.nb)
			if prev, seen := a.givens[g]; !seen {
				a.givens[g] = full
			} else if prev != "" && !sameFolded(prev, full) {
				a.givens[g] = "" // two people of that given name
			}
		}
	}
}

// sameFolded reports whether foldKey(s) == foldKey(t), folding in
// buffers.
func sameFolded(s, t string) bool {
	if s == t {
		return true
	}
	var bs, bt [64]byte
	return string(appendFoldKey(bs[:0], s)) == string(appendFoldKey(bt[:0], t))
}

// prevWord returns the index of the nearest word token before i in the
// same sentence skipping words of the classes skip, or -1.
func (a *analysis) prevWord(i int, skip wclass) int {
	s := a.sents[a.tokSent[i]]
	for k := i - 1; k >= s.a; k-- {
		t := &a.toks[k]
		if t.kind != tWord {
			return -1
		}
		if t.cls&skip != 0 {
			continue
		}
		return k
	}
	return -1
}

// isLocative reports whether a place at token i is introduced as a place:
// "in Moscow", "at the White House", "came to Russia".
// listGoesOn reports a list of capitalised names at i that an "and" or
// "or" closes: "Burkina Faso and Niger", "Chad, Niger or Sudan".
func (a *analysis) listGoesOn(i int, s sentence) bool {
	for k := i; k < s.b && k < i+12; k++ {
		t := &a.toks[k]
		switch {
		case t.kind == tWord && t.upper, t.text == "," && k > i:
		case t.low == "and" || t.low == "or":
			return k > i && k+1 < s.b && a.toks[k+1].upper
		default:
			return false
		}
	}
	return false
}

func (a *analysis) isLocative(i int) bool {
	s := a.sents[a.tokSent[i]]
	k := i - 1
	adjs := 0
	for k >= s.a {
		t := &a.toks[k]
		if t.kind == tWord && (t.cls&wDet != 0) {
			k--
			continue
		}
		// "in independent Azerbaijan", "in southeast Ukraine"
		if t.kind == tWord && !t.upper && adjs < 2 && t.cls&(wLoc|wAux|wMeetVerb|wMotion) == 0 && !isPreposition(t.low) &&
			t.low != "and" && t.low != "or" && a.at[k] == nil && !strings.HasSuffix(t.low, "ed") {
			if !a.isSpeech(k) {
				adjs++
				k--
				continue
			}
		}
		break
	}
	if a.placeContext(i) {
		return true
	}
	if k < s.a {
		return false
	}
	t := &a.toks[k]
	if t.text == "," && k-1 >= s.a && a.at[k-1] != nil && a.at[k-1].kind == mVenue && a.listGoesOn(i, s) {
		return true // "in Mali, Burkina Faso and Niger": a list of places
	}
	if t.kind != tWord {
		// "Sochi" after a comma in a dateline, or the coordinated second
		// place: "in Geneva and Florida"
		return false
	}
	if t.cls&wLoc != 0 {
		return true
	}
	if t.low == "and" || t.low == "or" {
		if k-1 >= s.a && a.at[k-1] != nil && a.at[k-1].kind == mVenue {
			return true
		}
	}
	if t.low == "of" && k-1 >= s.a {
		if m := a.at[k-1]; m != nil && m.kind == mVenue {
			return true // the Rose Garden of the White House
		}
	}
	if t.low == "to" || t.low == "into" || t.low == "from" {
		for j := k - 1; j >= s.a && j >= k-4; j-- {
			if a.toks[j].cls&wMotion != 0 {
				return true
			}
		}
		if t.low == "to" && k-1 >= s.a && tripNouns[a.toks[k-1].low] {
			return true // "a business mission to Japan"
		}
	}
	if t.low == "with" && k-1 >= s.a && borderNouns[a.toks[k-1].low] {
		return true // "its borders with Russia and Belarus"
	}
	return false
}

// tripNouns and borderNouns make the place after "to" or "with" where
// something is: "a mission to Japan", "the border with Belarus".
var (
	tripNouns   = wordSet("trip", "trips", "mission", "missions", "journey", "voyage", "flight", "flights", "visit", "visits", "tour")
	borderNouns = wordSet("border", "borders", "frontier", "frontiers", "boundary")
)

// lastWordEnd returns the last token of the hyphenated word starting at i
// (before end).
func lastWordEnd(toks []token, i, end int) int {
	for i+2 < end && toks[i+1].text == "-" && !toks[i+1].space && !toks[i+2].space {
		i += 2
	}
	return i
}

// placeContext reports a dateline or heading line ("May 25, 2023, The
// Kremlin, Moscow"): no lower-case word but "of" and "the".
func (a *analysis) placeContext(i int) bool {
	s := a.sents[a.tokSent[i]]
	if s.b-s.a > 16 {
		return false
	}
	for k := s.a; k < s.b; k++ {
		t := &a.toks[k]
		if t.kind == tWord && !t.upper && t.low != "of" && t.low != "the" {
			return false
		}
	}
	return true
}

// partnerBefore reports "relations with Seoul", "pressure on Tehran":
// a capital after these is its government.
func (a *analysis) partnerBefore(i int) bool {
	p := a.prevWord(i, 0)
	if p < 0 || p != i-1 {
		return false
	}
	if a.toks[p].low == "between" && p > 0 && routeNouns[a.toks[p-1].low] {
		return false // "direct cargo shipping between Colombo and Malé": places
	}
	switch a.toks[p].low {
	case "with", "against", "toward", "towards", "between", "accused", "accuses", "accusing", "urged", "urges", "pressed", "presses",
		"thanked", "thanks", "praised", "praises", "criticised", "criticized", "blamed", "blames", "warned", "warns",
		"reassured", "assured", "through":
		// "accused Kigali of arming the rebels", "thanked Tokyo for patrol
		// vessels", "talking only through Washington"
		return true
	case "of":
		// "at the request of Niamey", "on behalf of Kyiv"
		if p > 0 {
			switch a.toks[p-1].low {
			case "request", "behalf", "invitation", "consent", "approval", "position", "demands", "refusal":
				return true
			}
		}
	case "on":
		// "sustained pressure on Moscow", "sanctions on Minsk"
		return p > 0 && (a.toks[p-1].low == "pressure" || a.toks[p-1].low == "sanctions")
	case "to":
		// "according to Seoul", "a veiled reference to Washington"
		if p > 0 {
			switch a.toks[p-1].low {
			case "according", "reference", "message", "signal", "warning", "appeal", "ultimatum", "concessions", "overtures":
				return true
			}
		}
	case "from":
		// "pressure from Washington", "a response from Beijing"
		if p > 0 {
			switch a.toks[p-1].low {
			case "pressure", "criticism", "response", "reaction", "demands", "objections", "threats", "assurances", "guarantees", "signals", "interference":
				return true
			}
		}
	case "and", "or":
		// "ties between Tokyo and Canberra", "with Brasilia and Washington",
		// "through Washington or Brussels"
		return p > 0 && a.at[p-1] != nil && a.at[p-1].kind == mCountry
	case "for":
		// "their support for Kyiv"
		if p > 0 {
			switch a.toks[p-1].low {
			case "support", "backing", "aid", "solidarity", "sympathy":
				return true
			}
		}
	}
	return false
}

// routeNouns name what runs between two places: "flights between
// Colombo and Malé" joins cities, not governments.
var routeNouns = wordSet("shipping", "flights", "flight", "route", "routes", "rail", "railway", "road", "roads",
	"link", "links", "corridor", "ferry", "ferries", "pipeline", "traffic", "border", "bus", "service", "services",
	"line", "highway", "connection", "connections", "trains", "cargo")

// capitalActs reports a city at i..end that opens a clause as the subject
// of a verb in the present tense ("If Moscow shows that …", "how Moscow
// calculates.", "…, Moscow draws its own conclusions") or of a relative
// clause ("Kigali, which denies backing the rebels"): its government acts.
// "the Moscow talks" (a determiner before) and "Doha talks ended" (no
// object or clause after the word) stay places.
func (a *analysis) capitalActs(i, end int, s sentence) bool {
	if i > s.a && end+2 < s.b && wantVerbs[a.toks[i-1].low] && a.toks[end].low == "to" && a.toks[end+2].kind == tWord && !a.toks[end+2].upper {
		return true // "expected Yerevan to deliver", "urged Kigali to withdraw"
	}
	afterSaid := false
	if i > s.a {
		switch p := &a.toks[i-1]; p.low {
		case ",", "if", "how", "that", "when", "as", "because", "while", "unless", "and", "but", "once", "though", "although", "which":
		default:
			afterSaid = p.kind == tWord && p.cls&wSpeech != 0 && !p.upper
			if p.kind != tQuote && !afterSaid {
				return false
			}
		}
	}
	if end+1 >= s.b {
		return false
	}
	v, n := &a.toks[end], &a.toks[end+1]
	if v.text == "," && n.low == "which" {
		return true
	}
	if v.kind == tQuote && i > s.a && (afterSaid || a.toks[i-1].low == "that") && n.kind == tWord && n.cls&wAux != 0 && !n.upper {
		return true // "wrote that Washington “will stay engaged …”"
	}
	if v.kind != tWord || v.upper || v.cls&wMeetVerb != 0 {
		return false
	}
	if i > s.a && (afterSaid || a.toks[i-1].low == "that") {
		// "said Tripoli wanted", "said that Kigali remained committed",
		// "said Baku expected": a reported clause with the city as subject
		if v.cls&wAux != 0 && v.low != "be" && v.low != "been" || len(v.low) > 4 && strings.HasSuffix(v.low, "ed") || irregularPast[v.low] {
			return true
		}
	}

	if len(v.low) < 5 || !strings.HasSuffix(v.low, "s") || strings.HasSuffix(v.low, "ss") || v.cls&wAux != 0 {
		return false
	}
	return n.low == "that" || n.cls&wDet != 0 || n.kind == tPunct && n.text != "-"
}

// capitalListActs reports a capital in a list of names that acts as one:
// "partnership with Bamako, Ouagadougou and Niamey", "Bamako, Niamey and
// Ouagadougou had yet to respond", "said that Seoul and Tokyo must not".
func (a *analysis) capitalListActs(i, end int, s sentence) bool {
	joint := func(t *token) bool { return t.text == "," || t.low == "and" || t.low == "or" }
	st := i
	for st-2 >= s.a && joint(&a.toks[st-1]) && a.toks[st-2].upper && a.toks[st-2].kind == tWord {
		m := st - 2
		for m-1 >= s.a && a.toks[m-1].upper && a.toks[m-1].kind == tWord {
			m--
		}
		st = m
	}
	e := end
	for e+1 < s.b && joint(&a.toks[e]) && a.toks[e+1].upper && a.toks[e+1].kind == tWord {
		e++
		for e < s.b && a.toks[e].upper && a.toks[e].kind == tWord {
			e++
		}
	}
	if st == i && e == end || e >= s.b {
		return false
	}
	if st > s.a && a.partnerBefore(st) {
		return true
	}
	if st > s.a {
		switch p := &a.toks[st-1]; {
		case p.low == "that" || p.low == "but" || p.low == "," || p.kind == tWord && !p.upper && a.isSpeech(st-1):
		default:
			return false
		}
	}
	v := &a.toks[e]
	return v.kind == tWord && !v.upper && (v.cls&wAux != 0 && v.low != "be" && v.low != "been" || len(v.low) > 4 && strings.HasSuffix(v.low, "ed") || irregularPast[v.low] || a.isSpeech(e))
}

// irregularPast are past forms without "-ed" that a reported clause may
// have a capital act with: "that Ankara stood ready".
var irregularPast = wordSet("stood", "made", "took", "gave", "sent", "kept", "sought", "saw", "won", "lost", "chose", "drew", "threw", "told", "felt", "knew", "meant", "put", "set")

// wantVerbs take an actor and "to" and a verb: "expected Yerevan to
// deliver", "urged Kigali to withdraw".
var wantVerbs = wordSet("expected", "expects", "expect", "urged", "urges", "urge", "asked", "asks", "ask", "wanted", "wants", "want",
	"pressed", "presses", "encouraged", "encourages", "invited", "invites", "allowed", "allows", "forced", "told", "tell", "tells", "warned", "warns")

// topicBefore reports "on Zimbabwe", "about Iran": a country named as a
// topic is not a party.
func (a *analysis) topicBefore(i int) bool {
	p := a.prevWord(i, wDet)
	if p < 0 {
		return false
	}
	switch a.toks[p].low {
	case "on":
		return p == 0 || !callForms[a.toks[p-1].low] // (not "called on Japan to …": whom one appeals to)
	case "about", "regarding", "concerning", "over":
		return true
	}
	return false
}

// detect finds the mentions of every sentence.
func (a *analysis) detect() {
	a.at = sized(a.sc.at, len(a.toks))
	a.orgsSeen = a.orgsBuf[:0]
	a.capsSent = sized(a.sc.capsSent, len(a.sents))
	for si, s := range a.sents {
		a.capsSent[si] = a.allCapsSentence(s)
	}
	for si := range a.sents {
		s := a.sents[si]
		capsLine := a.capsSent[si]
		a.heads = a.sentHeads[si]
		toks := a.toks[:s.b]
		for i := s.a; i < s.b; {
			// (a loop of its own, with no calls: most tokens begin no mention)
			for i < len(toks) && skipsDetect(&toks[i]) { // (and every token that is no word)
				i++
			}
			if i == len(toks) {
				break
			}
			t := &toks[i]
			if t.cls&wPossPron != 0 { // (tested here: most words are no possessive)
				if n := a.styleLen(i, s); n > 0 && i+n < s.b {
					// "His Highness the Emir", "Her Majesty Queen Margrethe":
					// the style belongs to the mention after it
					m := a.at[i+n]
					if a.detectAt(i+n, s, capsLine) > i+n {
						m = a.at[i+n]
					} else if a.toks[i+n].low == "the" && i+n+1 < s.b && a.detectAt(i+n+1, s, capsLine) > i+n+1 {
						m = a.at[i+n+1] // "His Highness the Emir"
					}
					if m != nil && m.a <= i+n+1 {
						a.widenMention(m, i)
						i = m.b
						continue
					}
				}
			}
			if n := a.detectAt(i, s, capsLine); n > i {
				i = n
				continue
			}
			i++
		}
	}
}

// headClasses are the classes of head words that end the names
// orgRunScan, facilityRunEnd and documentRunEnd read, when capitalised;
// lowerHeadClasses those of heads written in lower case after a name.
const (
	headClasses      = wOrgHead | wFacilityHead | wGeoHead | wDocumentHead
	lowerHeadClasses = wLowerFacility
)

// widenMention makes mention m start at token i, before its start: the
// words between belong to it ("His Highness", "PM").
func (a *analysis) widenMention(m *mention, i int) {
	for k := i; k < m.a; k++ {
		a.at[k] = m
	}
	m.a = i
}

// hostNouns name the other side of a visit after "his"/"her".
var hostNouns = wordSet("host", "guest", "visitor")

// styleNouns end a style of address: "His Highness", "Her Majesty".
var styleNouns = wordSet("highness", "highnesses", "majesty", "majesties", "excellency", "excellencies", "holiness", "eminence")

// styleLen returns the number of tokens of a style of address at i ("His
// Highness", "Her Royal Highness", "Their Excellencies"), or 0.
func (a *analysis) styleLen(i int, s sentence) int {
	if t := &a.toks[i]; t.cls&wPossPron == 0 || !t.upper || t.low != "his" && t.low != "her" && t.low != "their" {
		return 0
	}
	j := i + 1
	if j < s.b && a.toks[j].low == "royal" {
		j++
	}
	if j < s.b && a.toks[j].upper && a.ruleWord(j, styleNouns) {
		return j + 1 - i
	}
	return 0
}

func (a *analysis) allCapsSentence(s sentence) bool {
	words := 0
	for k := s.a; k < s.b; k++ {
		if t := &a.toks[k]; t.kind == tWord {
			if !t.caps && !(t.upper && utf8.RuneCountInString(t.text) == 1) {
				return false // a word not in capitals
			}
			words++
		}
	}
	return words >= 2
}

// skipsDetect reports a word that starts no mention: a lower-case word
// that is no pronoun, starts no title phrase and is not "the" or "both"
// (plurals). Every rule of detectAt wants a capital, a title or one of
// these. It reports every other token too: only words have a capital or
// classes.
func skipsDetect(t *token) bool {
	// one test of bits rather than two branches: which way the test goes
	// is hard to predict, token after token
	var up wclass
	if t.upper {
		up = 1
	}
	return (t.cls&(wTitleStart|wPron|wTheBoth))|up == 0
}

// detectAt tries every rule at token i and returns the token after the
// mention it added, or i when none applies.
func (a *analysis) detectAt(i int, s sentence, capsLine bool) int {
	t := &a.toks[i]
	if skipsDetect(t) {
		return i
	}
	// an office's initials before a known surname: "EAM Jaishankar",
	// "PCS Mudavadi" (External Affairs Minister, Prime Cabinet Secretary)
	if t.caps && len(t.text) <= 5 && i+1 < s.b && a.toks[i+1].upper && !a.toks[i+1].caps && a.knownSurname(i+1) {
		if end, _ := a.lexAt(i); end <= i {
			if e := a.detectAt(i+1, s, capsLine); e > i+1 {
				if m := a.at[i+1]; m != nil && m.a == i+1 {
					a.widenMention(m, i) // the initials belong to it: "…,” PM Marape said"
				}
				return e
			}
		}
	}
	// "his host", "her guest": the other side of the meeting
	if t.cls&wPossPron != 0 && (t.low == "his" || t.low == "her") && i+1 < s.b && a.ruleWord(i+1, hostNouns) {
		a.addMention(a.newMention(mention{a: i, b: i + 2, na: i + 1, nb: i + 2, kind: mTitleOnly, role: a.toks[i+1].low, noun: "host"}))
		return i + 2
	}
	// pronouns
	if t.cls&wPron != 0 && (!t.upper || i == s.a || a.qrole[i-1] == qOpen || t.text == "I") {
		if t.low != "us" || t.text == "us" {
			a.addMention(a.newMention(mention{a: i, b: i + 1, kind: mPronoun, pron: t.low}))
			return i + 1
		}
	}
	if t.cls&wTheBoth != 0 { // (tested here: most words are not these)
		// plural anaphora: "the two sides", "both presidents", "the heads of state"
		if n := a.pluralAt(i, s); n > i {
			return n
		}
		if n := a.orgAnaphor(i, s); n > i {
			return n
		}
		if n := a.delegationAnaphor(i, s); n > i {
			return n
		}
		if n := a.officeBuildingAt(i, s); n > i {
			return n
		}
	}
	if !t.upper && t.cls&(wTitleStart|wTitleQualifier) == 0 {
		return i // "the" and "both" begin no title, name or place
	}
	if !t.upper {
		// a title ("foreign minister …"): groupPhrase and namedAt want
		// a capital
		return a.personPhrase(i, s, capsLine)
	}
	// every rule below asks lexAt of a capitalised word: asked here,
	// bareName, groupPhrase and namedAt read its memo (lexKnown)
	end, es := a.lexAt(i)
	if n := a.personPhrase(i, s, capsLine); n > i {
		return n
	}
	// (groupPhrase's first test: a country or demonym at i)
	if end > i && (kindsOf(es)&(kCountry|kDemonym) != 0 || t.cls&wCountryWord != 0) {
		if n := a.groupPhrase(i, s, capsLine); n > i {
			return n
		}
	}
	return a.namedAt(i, s, capsLine)
}

// lexKnown returns lexAt's answer at token i from its memo, once lexAt
// was asked at i (a call less, for the rules detectAt tries at a
// capitalised word).
func (a *analysis) lexKnown(i int) (int, []lexEntry) {
	m := &a.lexMemo[i]
	return int(m.end), m.es
}

func (a *analysis) pluralAt(i int, s sentence) int {
	t := &a.toks[i]
	if t.cls&wTheBoth == 0 {
		return i
	}
	// most words after "the" are no number or plural head, nor before
	// one ("the three presidents"): nothing below matches then
	if i+1 < s.b && a.toks[i+1].cls&wPluralHead == 0 && a.toks[i+1].low != "both" && (i+2 >= s.b || a.toks[i+2].cls&wPluralHead == 0) {
		return i
	}
	j := i + 1
	count := 0
	if j < s.b && (a.toks[j].low == "two" || a.toks[j].low == "both") {
		count = 2
		j++
	} else if j+1 < s.b && t.low == "the" && a.toks[j+1].cls&wPluralHead != 0 {
		switch a.toks[j].low {
		case "three":
			count, j = 3, j+1
		case "four":
			count, j = 4, j+1
		case "five":
			count, j = 5, j+1
		case "six":
			count, j = 6, j+1
		}
	}
	if j >= s.b {
		return i
	}
	if count > 0 && j+1 < s.b && a.toks[j].cls&wPluralHead == 0 && a.toks[j+1].cls&wPluralHead != 0 && a.ruleWord(j, officeAdjectives) {
		j++ // "the two foreign ministers"
	}
	h := a.toks[j].low
	switch {
	case h == "heads" && j+2 < s.b && a.toks[j+1].low == "of" && (a.toks[j+2].low == "state" || a.toks[j+2].low == "government"):
		j += 3
	case a.toks[j].cls&wPluralHead != 0 && h != "two":
		j++
	case h == "two" || (j > i+1 && a.toks[j-1].low == "two" && !a.toks[j].upper && a.toks[j].kind != tWord):
		return i
	default:
		if t.low == "the" && a.toks[i+1].low == "two" && j == i+2 && (a.toks[j].kind != tWord || a.toks[j].cls&wAux != 0 || h == "sides" || twoVerbAt(&a.toks[j])) {
			// "The two discussed …", "the two spoke by phone", "The two
			// agreed to meet again"
			a.addMention(a.newMention(mention{a: i, b: i + 2, kind: mPlural, noun: "two"}))
			return i + 2
		}
		return i
	}
	if (h == "countries" || h == "sides" || h == "governments") && j+1 < s.b && a.toks[j].kind == tPoss {
		// "…, the two countries' foreign ministers said": the ministers
		k := j + 1
		if k+1 < s.b && a.ruleWord(k, officeAdjectives) && a.toks[k+1].cls&wPluralHead != 0 {
			k++
		}
		if a.toks[k].low == "ministers" && k+1 < s.b && a.isSpeech(k+1) { // who said it; (who meets: see subjectParts)
			a.addMention(a.newMention(mention{a: i, b: k + 1, kind: mPlural, noun: a.toks[k].low, count: count}))
			return k + 1
		}
	}
	a.addMention(a.newMention(mention{a: i, b: j, kind: mPlural, noun: h, count: count}))
	return j
}

// twoVerbAt reports a verb or adverb after "the two" that makes them the
// subject: a lower-case past form ("agreed", "spoke") or "also", "later".
func twoVerbAt(t *token) bool {
	if t.kind != tWord || t.upper {
		return false
	}
	switch t.low {
	case "met", "spoke", "held", "said", "also", "later", "then", "last", "first", "sat", "took", "signed":
		return true
	}
	return len(t.low) > 4 && strings.HasSuffix(t.low, "ed")
}

// titleAt matches a title phrase at i (any case), also plural forms
// ("Presidents"). It returns the end and the title.
func (a *analysis) titleAt(i int, s sentence) (int, string, bool, bool) {
	if i >= s.b || i >= len(a.toks) || a.toks[i].cls&(wTitleStart|wTitleQualifier|wTitlePlural) == 0 {
		return i, "", false, false // (no title begins with a word of none of these classes)
	}
	// Apart from the checks above, the answer depends on token i alone:
	// remember it.
	m := &a.titleMemo[i]
	if !m.known {
		m.end, m.role, m.plural, m.ok = a.titleAtToken(i)
		m.known = true
	}
	return m.end, m.role, m.plural, m.ok
}

// titleMemo is a remembered answer of titleAt.
type titleMemo struct {
	end               int
	role              string
	plural, ok, known bool
}

func (a *analysis) titleAtToken(i int) (int, string, bool, bool) {
	best, end := -1, i
	if a.toks[i].cls&wTitleStart != 0 { // else no title phrase starts here
		var es []lexEntry
		end, es = a.lexAt(i)
		for _, e := range es {
			if e.kind == eTitle {
				best = e.idx
			}
		}
	}
	if best >= 0 && !(end > i+1 && a.toks[i].upper && a.namesSomething(i)) {
		t := a.x.lex.Titles[best]
		return end, t.Role, false, true
	}
	// "Acting Foreign Minister", "interim Defence Minister": the title
	// after such a word, its role marked
	if a.toks[i].cls&wTitleQualifier != 0 && i+1 < len(a.toks) {
		if e, role, _, ok := a.titleAtToken(i + 1); ok && e > i+1 {
			return e, "acting " + role, false, true
		}
	}
	// plural of a one-word title: "Presidents Putin and Trump"
	w := &a.toks[i]
	if w.cls&wTitlePlural != 0 && w.kind == tWord && w.upper && len(w.low) > 3 {
		if t, ok := a.x.lex.Title(strings.TrimSuffix(w.low, "s")); ok && t.Applies == "person" {
			return i + 1, t.Role, true, true
		}
	}
	return i, "", false, false
}

// portfolioEnd reads the portfolio of a capitalised title written with
// "for" and returns where the name after it starts: "for Pacific Island
// Affairs" in "Minister for Pacific Island Affairs Pat Conroy", "for Trade
// and Investment" (usage in Australia, Britain, India, Ireland, New
// Zealand and much of Africa and the Pacific). The portfolio ends before
// the first given name, else two words before the end of the capitalised
// run; j itself when no portfolio and name follow.
func (a *analysis) portfolioEnd(j int, s sentence) int {
	if j+2 >= s.b || a.toks[j].low != "for" || a.at[j+1] != nil && a.at[j+1].kind == mPerson {
		return j
	}
	k := j + 1
	if a.toks[k].low == "the" {
		k++
	}
	run := k
	given := -1
	for run < s.b {
		t := &a.toks[run]
		if t.kind == tWord && t.upper {
			if given < 0 && run > k && t.cls&wGiven != 0 && t.cls&wNonName == 0 {
				given = run
			}
			run++
			continue
		}
		if (t.low == "and" || t.text == "&") && run+1 < s.b && a.toks[run+1].upper && given < 0 {
			run++
			continue
		}
		break
	}
	end := given
	if end < 0 {
		if run+1 < s.b && a.toks[run].text == "," && a.nameRun(run+1, s, true) > run+1 {
			return j // the name is in apposition: "for Fisheries and Ocean Resources, Esi Quartey"
		}
		end = run - 2
	}
	if end <= k || run-end > 3 || a.nameRun(end, s, true) != run {
		return j
	}
	return end
}

// portfolioLead reads a portfolio of several words before a title at i
// ("Energy and Mineral Resources" in "Energy and Mineral Resources
// Minister Bahlil Lahadalia") and returns the title's index, or i:
// capitalised words of portfolioWords joined by "and", "&" or a comma,
// at least one joint (a portfolio of one word is a modifier).
func (a *analysis) portfolioLead(i int, s sentence) int {
	// first, without a lookup: capitalised words and a joint within a
	// few tokens (most capitalised words begin no portfolio)
	j := i
	for j < s.b && j < i+4 && a.toks[j].kind == tWord && a.toks[j].upper {
		j++
	}
	if j == i || j >= s.b || !(a.toks[j].low == "and" || a.toks[j].text == "&" || a.toks[j].text == ",") {
		return i
	}
	joins := 0
	k := i
	for k < s.b && k < i+8 {
		t := &a.toks[k]
		if t.kind == tWord && t.upper && a.at[k] == nil && a.ruleWord(k, portfolioWords) {
			k++
			continue
		}
		if k > i && (t.low == "and" || t.text == "&" || t.text == ",") && k+1 < s.b && a.toks[k+1].upper && a.ruleWord(k+1, portfolioWords) {
			joins++
			k++
			continue
		}
		break
	}
	if joins == 0 || k >= s.b || !a.toks[k].upper {
		return i
	}
	if _, _, _, ok := a.titleAt(k, s); !ok {
		return i
	}
	return k
}

// tenureWords stand between a possessive or "the" and a title, saying
// since when the office is held: "Chile's newly inaugurated leader",
// "the new foreign minister".
var tenureWords = wordSet("new", "newly", "elected", "inaugurated", "appointed", "installed", "incoming", "re-elected", "current")

// portfolioList reads the further portfolios of a title, after a comma
// and joined by commas and a last "and" (", Industry and Tourism" in
// "Minister of Trade, Industry and Tourism Esi Quartey"), and returns
// where the name after them starts, or the comma before a name in
// apposition; j when no such list and name follow.
func (a *analysis) portfolioList(j int, s sentence) int {
	if j+4 >= s.b || a.toks[j].text != "," {
		return j
	}
	k := j + 1
	for last := false; ; {
		p := k
		for p < s.b && a.toks[p].kind == tWord && a.toks[p].upper && a.ruleWord(p, portfolioWords) {
			p++
		}
		if p == k || p >= s.b {
			return j
		}
		k = p
		if last {
			break
		}
		switch t := a.toks[k]; {
		case t.text == ",":
			k++
		case t.low == "and" || t.text == "&":
			last = true
			k++
		default:
			return j
		}
	}
	if a.toks[k].text == "," {
		return k // the name in apposition: "…, Industry and Tourism, Esi Quartey,"
	}
	if ne := a.nameRun(k, s, true); ne > k && (a.looksLikeName(k, ne) || ne-k >= 2 && a.nameAfterTitleOK(k, ne)) {
		return k
	}
	return j
}

// portfolioWords name what a ministry is for, capitalised before a
// title: "Energy and Mineral Resources Minister", "Foreign and Trade
// Secretary".
var portfolioWords = wordSet("affairs", "agriculture", "arts", "aviation", "budget", "change", "climate", "commerce",
	"communications", "cooperation", "culture", "customs", "defence", "defense", "development", "diaspora", "digital", "employment",
	"economic", "economy", "education", "energy", "environment", "family", "finance", "fisheries", "forestry", "forests", "food", "foreign",
	"gas", "gender", "health", "heritage", "home", "housing", "industry", "information", "infrastructure", "innovation",
	"integration", "interior", "international", "investment", "justice", "labor", "labour", "land", "lands", "livestock",
	"maritime", "mineral", "minerals", "mines", "mining", "natural", "ocean", "oceans", "oil", "petroleum", "planning", "power", "public",
	"railways", "regional", "resources", "revenue", "roads", "rural", "science", "security", "social", "sport", "sports",
	"technology", "telecommunications", "tourism", "trade", "transport", "treasury", "urban", "water", "welfare", "works",
	"youth")

// portfolioBeforeComma reads a portfolio written with "for" that a comma
// ends ("for Foreign and Diaspora Affairs,") and returns the comma's
// index, or j.
func (a *analysis) portfolioBeforeComma(j int, s sentence) int {
	if j+2 >= s.b || a.toks[j].low != "for" {
		return j
	}
	k := j + 1
	if a.toks[k].low == "the" {
		k++
	}
	run := k
	for run < s.b {
		t := &a.toks[run]
		if t.kind == tWord && t.upper || (t.low == "and" || t.text == "&") && run > k && run+1 < s.b && a.toks[run+1].upper {
			run++
			continue
		}
		break
	}
	if run == k || run >= s.b || a.toks[run].text != "," {
		return j
	}
	return run
}

// groupNounAt returns the end and the role of a group noun at token i
// ("negotiators", "delegation"), or i and "".
func (a *analysis) groupNounAt(i int, s sentence) (int, string) {
	if i >= s.b || a.toks[i].kind != tWord {
		return i, ""
	}
	end, es := a.lexAt(i)
	for _, e := range es {
		if e.kind == eGroupTitle {
			return end, a.x.lex.Titles[e.idx].Phrase
		}
	}
	if a.toks[i].cls&wGroupNoun != 0 {
		return i + 1, a.toks[i].low
	}
	return i, ""
}

// modifier is a country, demonym or organisation written before a title.
type modifier struct {
	country int
	org     *entity
	end     int
}

// modifierAt reads one pre-title modifier at i: "Russian", "U.S.",
// "Kremlin", "Israeli War Cabinet", "Putin's". A modifier must be
// followed by a title: only then is there one (and a mention of its
// organisation).
func (a *analysis) modifierAt(i int, s sentence) (modifier, bool) {
	t := &a.toks[i]
	if t.kind != tWord || !t.upper {
		return modifier{}, false
	}
	// an organisation run ending in an organisation word
	if end := a.orgRunEnd(i, s); end > i && end < s.b && !a.titleBeyond(i, end, s) {
		if _, _, _, ok := a.titleAt(end, s); ok {
			if a.genericBody(i, end) {
				// "Foreign Ministry spokesperson Mao Ning": whose ministry
				// the text does not say; no organisation of that name
				return modifier{country: -1, end: end}, true
			}
			org := a.orgEntity(a.str(i, end), -1)
			a.addMention(a.newMention(mention{a: i, b: end, kind: mOrg, ent: org}))
			org.spans = a.appendSpan(org.spans, a.span(i, end))
			return modifier{country: -1, org: org, end: end}, true
		}
	}
	end, es := a.lexAt(i)
	if kindsOf(es)&kTitle != 0 && a.namesSomething(i) {
		// "NATO Secretary-General", "Kremlin spokesman" listed as titles:
		// the first word alone is the modifier
		end, es = i+1, a.x.ix.entriesOf(a.toks[i].pid)
	}
	if end > i {
		for _, e := range es {
			switch e.kind {
			case eCountry, eDemonym:
				return modifier{country: e.idx, end: end}, a.titleWordAt(end, s)
			case eOrg:
				org := a.orgEntity(a.x.lex.Organizations[e.idx].Name, e.idx)
				org.addAlias(a.str(i, end)) // (with a title after it or not, as it always was)
				if !a.titleWordAt(end, s) {
					return modifier{}, false
				}
				a.addMention(a.newMention(mention{a: i, b: end, kind: mOrg, ent: org}))
				org.spans = a.appendSpan(org.spans, a.span(i, end))
				return modifier{country: -1, org: org, end: end}, true
			case eBuilding:
				if act := a.x.lex.Buildings[e.idx].Actor; act != "" {
					org := a.orgEntity(act, -1)
					if !a.titleWordAt(end, s) {
						return modifier{}, false // (as for an organisation)
					}
					a.addMention(a.newMention(mention{a: i, b: end, kind: mOrg, ent: org}))
					org.spans = a.appendSpan(org.spans, a.span(i, end))
					return modifier{country: -1, org: org, end: end}, true
				}
			}
		}
	}
	return modifier{}, false
}

// titleBeyond reports a title phrase at i that runs past the unlisted
// organisation name ending at end: "Prime
// Cabinet Secretary" is one title, not the organisation "Prime Cabinet"
// before the title "Secretary" (as "Israeli War Cabinet member" is).
func (a *analysis) titleBeyond(i, end int, s sentence) bool {
	if le, es := a.matchWithin(i, end); le == end && kindsOf(es)&kOrg != 0 || a.genericBody(i, end) {
		return false // a listed organisation or a generic body: "State Department spokesman", "Foreign Ministry spokeswoman"
	}
	te, _, _, ok := a.titleAt(i, s)
	return ok && te > end
}

// personPhrase reads [modifiers] title [of X] [and title] Name, or a bare
// name, and adds person mentions. It returns the token after it, or i.
func (a *analysis) personPhrase(i int, s sentence, capsLine bool) int {
	start := i
	j := i
	var mods []modifier
	// possessive person before a title: "Putin's foreign policy adviser"
	var possessor *mention
	if pm := a.at[i]; pm == nil {
		// "Energy and Mineral Resources Minister …": a portfolio word,
		// then more capitalised words or a joint
		if a.ruleWord(i, portfolioWords) && i+1 < s.b && (a.toks[i+1].upper || a.toks[i+1].low == "and" || a.toks[i+1].text == "," || a.toks[i+1].text == "&") {
			j = a.portfolioLead(i, s)
		}
		for k := 0; k < 3 && j < s.b; k++ {
			m, ok := a.modifierAt(j, s) // (followed by a title)
			if !ok {
				break
			}
			mods = append(mods, m)
			j = m.end
		}
	}
	// honorific: Mr Aliyev, Mr. Brown, Mr President
	if a.isHonorific(j) {
		h := j
		j = a.pastHonorifics(j, s)
		if te, role, _, ok := a.titleAt(j, s); ok && j < s.b && a.toks[j].upper {
			te2, aff := a.titleOf(te, s, capsLine)
			m := a.newMention(mention{a: h, b: te2, kind: mTitleOnly, role: role, affCty: aff})
			a.addMention(m)
			return te2
		}
		if ne := a.nameRun(j, s, true); ne > j {
			m := a.newMention(mention{a: h, b: ne, na: j, nb: ne, kind: mPerson, affCty: -1})
			a.addMention(m)
			return ne
		}
		return i
	}
	te, role, plural, ok := a.titleAt(j, s)
	if ok && a.toks[j].upper && a.bodyNameAt(te, s) {
		// "the General Border Committee", "the Turkish General Staff": a
		// body whose name opens with a rank (namedAt reads it)
		if len(mods) > 0 {
			a.dropMentionsFrom(start)
		}
		return i
	}
	if !ok {
		if len(mods) > 0 {
			a.dropMentionsFrom(start)
		}
		return a.bareName(i, s, capsLine)
	}
	if j == i && i > s.a && a.toks[i].kind == tWord {
		if i >= 2 && a.toks[i-1].kind == tPoss {
			if pm := a.at[i-2]; pm != nil && pm.kind == mPerson {
				possessor = pm
			}
		}
	}
	titleStart := j
	titleCap := a.toks[j].upper
	j = te
	// more title words: "Deputy Secretary", "Foreign Minister and ..."
	for {
		if te2, r2, _, ok2 := a.titleAt(j, s); ok2 && te2 > j {
			role = r2
			j = te2
			continue
		}
		break
	}
	// "Minister for Pacific Island Affairs Pat Conroy"
	if titleCap {
		if k := a.portfolioEnd(j, s); k > j {
			role += " " + a.spanLower(j, k)
			j = k
		} else if k := a.portfolioBeforeComma(j, s); k > j && titleStart > s.a && (a.toks[titleStart-1].kind == tPoss || a.toks[titleStart-1].low == "the") {
			// "Kenya's Cabinet Secretary for Foreign and Diaspora
			// Affairs, Hon. Musalia Mudavadi": the name in apposition
			role += " " + a.spanLower(j, k)
			j = k
		}
	}
	// "of the Republic of Azerbaijan", "of the CCP ... Commission"
	j, aff := a.titleOf(j, s, capsLine)
	if titleCap {
		j = a.portfolioList(j, s) // "Minister of Trade, Industry and Tourism Esi Quartey"
	}
	// coordinated second title: "Director of X and Foreign Minister Wang Yi"
	if j+1 < s.b && a.toks[j].low == "and" {
		if te2, r2, _, ok2 := a.titleAt(j+1, s); ok2 && a.toks[j+1].upper {
			for te2 < s.b && a.toks[te2].upper {
				// a rank after it: "… and Foreign Minister Senator Ishaq Dar"
				te3, _, _, ok3 := a.titleAt(te2, s)
				if !ok3 || te3 <= te2 {
					break
				}
				te2 = te3
			}
			k, aff2 := a.titleOf(te2, s, capsLine)
			if ne := a.nameRun(k, s, true); ne > k {
				role = r2
				if aff2 >= 0 {
					aff = aff2
				}
				j = k
			} else if pe := a.portfolioBeforeComma(k, s); pe > k {
				// "… and Cabinet Secretary for Foreign and Diaspora
				// Affairs, Hon. Musalia Mudavadi": the name in apposition
				role = r2 + " " + a.spanLower(k, pe)
				j = pe
			}
		}
	}
	if a.isHonorific(j) && !plural {
		j++ // "independent moderator Sir Jerry Mateparae"
		if j < s.b && a.toks[j].text == "." {
			j++
		}
	}
	// apposition: "Putin's foreign policy adviser, Yuri Ushakov"
	nameStart := j
	lead := titleStart // before words of tenure: "Chile's newly inaugurated leader, X"
	for lead-1 > s.a && a.ruleWord(lead-1, tenureWords) && a.at[lead-1] == nil {
		lead--
	}
	if j+1 < s.b && a.toks[j].text == "," && (!titleCap || lead > s.a && (a.toks[lead-1].low == "the" || a.toks[lead-1].kind == tPoss)) && (possessor != nil || lead > s.a && (a.toks[lead-1].kind == tPoss || a.toks[lead-1].cls&wDet != 0) ||
		len(mods) > 0 && start > s.a && (a.toks[start-1].cls&wDet != 0 || a.toks[start-1].kind == tPoss)) && !a.isDemonymAt(j+1) {
		// "the German government spokesman, Stefan Kornelius," and
		// "Azerbaijan's Foreign Ministry spokesman, Aykhan Hajizada," too
		k := a.pastHonorifics(j+1, s) // "…, H.E. Mahmoud Ali Youssouf"
		if te, _, _, ok := a.titleAt(k, s); ok && te > k && a.toks[k].upper && te < s.b && a.toks[te].upper {
			k = te // a rank before the name: "Burkina Faso's leader, Captain Ibrahim Traoré,"
		}
		if ne := a.nameRun(k, s, true); ne > k && (a.looksLikeName(k, ne) || ne-k >= 2 && a.nameAfterTitleOK(k, ne)) {
			nameStart = k
			if start == titleStart {
				start = lead // the mention holds its words of tenure: "Chile's [new president, X]"
			}
		}
	}
	country := -1
	var orgAff *entity
	for _, m := range mods {
		if m.country >= 0 {
			country = m.country
		}
		if m.org != nil {
			orgAff = m.org
		}
	}
	if aff >= 0 {
		country = aff
	}
	if ap := a.lastOrgAff; ap != nil {
		orgAff = ap
		a.lastOrgAff = nil
	}
	if possessor != nil && possessor.ent != nil && country < 0 && orgAff == nil {
		country = possessor.ent.country
	}
	if plural {
		// Presidents Putin and Trump
		k := nameStart
		any := false
		for k < s.b {
			ne := a.nameRun(k, s, true)
			if ne <= k || !a.nameAfterTitleOK(k, ne) {
				break // (not "Foreign Ministers Meeting")
			}
			m := a.newMention(mention{a: k, b: ne, na: k, nb: ne, kind: mPerson, role: role, affCty: -1})
			if !any {
				m.a = start
			}
			m.titled = a.toks[titleStart].text[:len(a.toks[titleStart].text)-1] + " " + a.str(k, ne)
			a.addMention(m)
			any = true
			k = ne
			if k+1 < s.b && (a.toks[k].low == "and" || a.toks[k].text == ",") {
				k++
				continue
			}
			break
		}
		if any {
			return k
		}
		a.dropMentionsFrom(start)
		return i
	}
	ne := a.nameRun(nameStart, s, true)
	if end, es := a.lexAt(nameStart); end > ne && end <= s.b && kindsOf(es)&kPerson != 0 {
		ne = end // a known person's whole name: "Thérèse Kayikwamba Wagner", not the Wagner Group
	}
	if ne > nameStart && a.nameAfterTitleOK(nameStart, ne) {
		m := a.newMention(mention{a: start, b: ne, na: nameStart, nb: ne, kind: mPerson, role: role, affCty: country, aff: orgAff})
		if ne-nameStart == 1 && titleCap && nameStart == te {
			m.titled = a.str(titleStart, ne)
		}
		a.addMention(m)
		return ne
	}
	// a title alone: "the Secretary", "Russian President", "a Kremlin spokesman"
	prev := a.prevWord(titleStart, 0)
	if len(mods) > 0 || titleCap || (prev >= 0 && (a.toks[prev].cls&wDefDet != 0)) || aff >= 0 {
		from := titleStart
		switch {
		case len(mods) > 0 && orgAff == nil:
			from = start // "Russian President" (country modifiers belong to the title)
		case len(mods) == 0 && prev >= 0 && prev == titleStart-1 && a.toks[prev].cls&wDefDet != 0:
			from = prev
		}
		m := a.newMention(mention{a: from, b: j, na: titleStart, nb: j, kind: mTitleOnly, role: role, affCty: country, aff: orgAff})
		a.addMention(m)
		return j
	}
	return i
}

// titleOf reads "of [the] Country|Organisation" after a title and returns
// the new end and the country index (or -1). An organisation found there
// is kept in a.lastOrgAff.
func (a *analysis) titleOf(j int, s sentence, capsLine bool) (int, int) {
	if j+1 >= s.b || a.toks[j].low != "of" {
		return j, -1
	}
	k := j + 1
	if a.toks[k].low == "the" && k+1 < s.b {
		k++
	}
	if !a.toks[k].upper {
		return j, -1
	}
	// "Republic of India", "Socialist Republic of Vietnam": skip state words
	if end, es := a.lexAt(k); end > k && a.orgRunEnd(k, s) <= end {
		for _, e := range es {
			if e.kind == eCountry {
				return end, e.idx
			}
		}
		for _, e := range es {
			if e.kind == eOrg {
				org := a.orgEntity(a.x.lex.Organizations[e.idx].Name, e.idx)
				org.addAlias(a.str(k, end))
				org.spans = a.appendSpan(org.spans, a.span(k, end))
				a.addMention(a.newMention(mention{a: k, b: end, kind: mOrg, ent: org}))
				a.lastOrgAff = org
				return end, -1
			}
		}
	}
	for q := k; q < s.b && q < k+5; q++ {
		if a.toks[q].low == "of" && q+1 < s.b {
			r := q + 1
			if a.toks[r].low == "the" {
				r++
			}
			if end, es := a.lexAt(r); end > r {
				for _, e := range es {
					if e.kind == eCountry {
						return end, e.idx
					}
				}
			}
			break
		}
		if !a.toks[q].upper {
			break
		}
	}
	if end := a.orgRunEnd(k, s); end > k {
		org := a.orgEntity(a.str(k, end), -1)
		org.spans = a.appendSpan(org.spans, a.span(k, end))
		a.addMention(a.newMention(mention{a: k, b: end, kind: mOrg, ent: org}))
		a.lastOrgAff = org
		return end, -1
	}
	return j, -1
}

func (a *analysis) dropMentionsFrom(tok int) {
	for len(a.ments) > 0 && a.ments[len(a.ments)-1].a >= tok {
		m := a.ments[len(a.ments)-1]
		for k := m.a; k < m.b; k++ {
			a.at[k] = nil
		}
		a.ments = a.ments[:len(a.ments)-1]
		if m.ent != nil && len(m.ent.spans) > 0 {
			m.ent.spans = m.ent.spans[:len(m.ent.spans)-1]
		}
	}
}

func (a *analysis) isHonorific(j int) bool {
	if j >= len(a.toks) {
		return false
	}
	t := &a.toks[j]
	return t.cls&wHonorific != 0 && t.kind == tWord && t.upper && j+1 < len(a.toks) && (a.toks[j+1].upper || a.toks[j+1].text == ".") // (the rare class first)
}

// pastHonorifics returns the token after up to two honorifics at k ("Mr.",
// "H.E. Mr."), or k.
func (a *analysis) pastHonorifics(k int, s sentence) int {
	for n := 0; n < 2 && k < s.b && a.isHonorific(k); n++ {
		k++
		if k < s.b && a.toks[k].text == "." {
			k++
		}
	}
	return k
}

// nameRun returns the end of a run of name words starting at i:
// capitalised words, initials ("J."), particles between them ("bin"),
// and a suffix (", Jr."). afterTitle relaxes the first-word checks.
func (a *analysis) nameRun(i int, s sentence, afterTitle bool) int {
	if i >= s.b {
		return i
	}
	if first := &a.toks[i]; !afterTitle && first.cls&(wNonName|wOpener) != 0 {
		return i
	}
	j := i
	// up to five words and the particles between them: "Mohammed bin
	// Abdulrahman bin Jassim Al Thani" is five words and two particles
	parts := 0
	for j < s.b && j-i-parts < 5 {
		t := &a.toks[j]
		if t.kind != tWord || a.inQuote[j] != a.inQuote[i] {
			break
		}
		if j > i && t.lines > 0 {
			break
		}
		if t.upper {
			if j > i && ((t.cls&wNonName != 0) && t.cls&wGiven == 0) {
				break
			}
			if j > i {
				// stop before a place or a title: "Putin Moscow", "Blinken Secretary"
				// (a city may be a surname after a given name: "Anders Lund")
				if t.cls&wGiven != 0 {
					// a given name goes on the name
				} else if end, es := a.lexAt(j); end > j {
					if ks := kindsOf(es); ks&kPerson == 0 && (ks&(kCountry|kTitle|kOrg|kDemonym) != 0 || ks&kCity != 0 && a.toks[i].cls&wGiven == 0) {
						break
					}
				}
			}
			j++
			// hyphenated names: "Kyung-wha", "Jean-Yves"
			for j+1 < s.b && a.toks[j].text == "-" && !a.toks[j].space && a.toks[j+1].kind == tWord && !a.toks[j+1].space {
				j += 2
			}
			continue
		}
		// particles: "bin Salman", "el-Sisi", "van der Leyen"
		if j > i && (t.cls&wParticle != 0) && j+1 < s.b && (a.toks[j+1].upper ||
			a.toks[j+1].text == "-" && !a.toks[j+1].space && j+2 < s.b && a.toks[j+2].upper && !a.toks[j+2].space ||
			a.toks[j+1].cls&wParticle != 0 && !a.toks[j+1].upper && j+2 < s.b && a.toks[j+2].upper) { // (also "de la Fuente")
			j++
			parts++
			if a.toks[j].text == "-" {
				j++
				parts++
			}
			continue
		}
		break
	}
	if j == i {
		return i
	}
	// suffix: ", Jr."
	if j+1 < s.b && a.toks[j].text == "," && (a.toks[j+1].cls&wNameSuffix != 0) {
		j += 2
	} else if j < s.b && (a.toks[j].cls&wNameSuffix != 0) && a.toks[j].upper {
		j++
	}
	return j
}

// ruleWord reports whether token k's lower-case text is in set, one of
// ruleWordSets: only a word of the class wRuleWord is looked up.
func (a *analysis) ruleWord(k int, set map[string]bool) bool {
	t := &a.toks[k]
	return t.cls&wRuleWord != 0 && set[t.low]
}

// kindSet is a set of entry kinds (1<<kind each): one test of bits asks
// whether entries hold any of several kinds.
type kindSet uint32

// The kinds of entries as sets.
const (
	kCountry  = kindSet(1) << eCountry
	kDemonym  = kindSet(1) << eDemonym
	kPeople   = kindSet(1) << ePeople
	kCity     = kindSet(1) << eCity
	kRegion   = kindSet(1) << eRegion
	kBuilding = kindSet(1) << eBuilding
	kOrg      = kindSet(1) << eOrg
	kPerson   = kindSet(1) << ePerson
	kTitle    = kindSet(1) << eTitle
	kMeeting  = kindSet(1) << eMeeting
)

// kindsOf returns the kinds of the entries es.
func kindsOf(es []lexEntry) kindSet {
	var ks kindSet
	for i := range es {
		ks |= 1 << (es[i].kind & 31)
	}
	return ks
}

// namesSomething reports whether the word at i alone is a lexicon name
// (a country, demonym, organisation or building): in "Kremlin spokesman"
// it is a modifier, not part of the title.
func (a *analysis) namesSomething(i int) bool {
	return a.toks[i].cls&wNamesSomething != 0 // only ever asked of words
}

// isDemonymAt reports a country or demonym at token i.
func (a *analysis) isDemonymAt(i int) bool {
	end, es := a.lexAt(i)
	return end > i && kindsOf(es)&(kDemonym|kCountry) != 0
}

// bodyNameAt reports a run of capitalised words at k (at most five)
// whose last word is the head word of an organisation or a building, or
// "Staff": after a person's name or a title they make the name of a body
// or a place ("Kofi Annan International Peacekeeping Training Centre",
// "General Border Committee", "General Staff"), not a person's
// ("President Duma Kolo": the run ends in a name).
func (a *analysis) bodyNameAt(k int, s sentence) bool {
	j := k
	for j < s.b && j < k+5 && a.toks[j].kind == tWord && a.toks[j].upper {
		j++
	}
	if j == k {
		return false
	}
	last := &a.toks[j-1]
	return last.cls&(wOrgHead|wFacilityHead) != 0 || last.low == "staff"
}

// nameAfterTitleOK rejects runs after a title that are really places or
// organisations ("President of Russia" handled before; "Minister Moscow").
func (a *analysis) nameAfterTitleOK(i, j int) bool {
	if (a.toks[j-1].cls&wOrgHead != 0) || (a.toks[j-1].cls&wFacilityHead != 0) {
		return false // "Director of the X Commission": not a person
	}
	if a.toks[j-1].cls&wMeetingStart != 0 && a.toks[j-1].cls&(wGiven|wFamily) == 0 {
		return false // "the BRICS Foreign Ministers Meeting": a meeting, not a person
	}
	if end, es := a.matchWithin(i, j); end == j {
		if ks := kindsOf(es); ks&kPerson == 0 && ks&(kCountry|kCity|kRegion|kOrg|kBuilding|kDemonym|kTitle) != 0 {
			return false
		}
	}
	t := &a.toks[i]
	if (t.cls&wOpener != 0) && t.cls&wGiven == 0 && t.cls&wFamily == 0 && j-i == 1 {
		return false
	}
	return true
}

// looksLikeName reports whether toks[i:j] reads as a personal name.
func (a *analysis) looksLikeName(i, j int) bool {
	if j-i < 1 {
		return false
	}
	f := &a.toks[i]
	if (f.cls&wGiven != 0) || (f.cls&wFamily != 0) {
		return true
	}
	if end, es := a.matchWithin(i, j); end == j && kindsOf(es)&kPerson != 0 {
		return true
	}
	for k := i; k < j; k++ {
		if isInitial(a.toks[k].text) {
			return true
		}
	}
	return false
}

func isInitial(s string) bool {
	r, size := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) && size+1 == len(s) && s[size] == '.'
}

// bareName finds a person named without a title: a lexicon person, a
// run starting with a given or family name, or a surname seen before.
// detectAt asked lexAt at i when the word is capitalised.
func (a *analysis) bareName(i int, s sentence, capsLine bool) int {
	t := &a.toks[i]
	if !t.upper || capsLine {
		return i
	}
	end, es := a.lexKnown(i)
	if end > i && end < s.b && a.toks[end].low == "administration" {
		org := a.orgEntity(a.str(i, end+1), -1)
		return a.addOrgMention(i, end+1, org)
	}
	var ks kindSet // (none when no phrase begins at i: one test of end for the three below)
	if end > i {
		ks = kindsOf(es)
	}
	if ks&kPerson != 0 {
		if end < s.b && a.bodyNameAt(end, s) {
			return i // "the Kofi Annan International Peacekeeping Training Centre", "the Nelson Mandela Foundation"
		}
		// a longer name run wins ("George W. Bush" over "George")
		ne := a.nameRun(i, s, true)
		if ne > end && a.looksLikeName(i, ne) {
			end = ne
		}
		a.addMention(a.newMention(mention{a: i, b: end, kind: mPerson, affCty: -1}))
		return end
	}
	if end == i+1 && ks&(kCountry|kOrg|kBuilding|kDemonym|kPeople|kTitle|kMeeting) == 0 && a.knownSurname(i) {
		// a surname seen before wins over a place of that name: "said Lund"
		a.addMention(a.newMention(mention{a: i, b: i + 1, kind: mPerson, affCty: -1}))
		return i + 1
	}
	if ks&(kCountry|kCity|kRegion|kOrg|kBuilding|kDemonym|kPeople|kTitle|kMeeting) != 0 {
		return i
	}
	ne := a.nameRun(i, s, false)
	if ne-i >= 2 && a.toks[ne-1].cls&(wOrgHead|wFacilityHead|wGeoHead) != 0 {
		return i // "the Lloyd Erskine Sandiford Centre", "the Suchiate River": named after a person, not one
	}
	if ne-i >= 2 && a.looksLikeName(i, ne) {
		a.addMention(a.newMention(mention{a: i, b: ne, kind: mPerson, affCty: -1}))
		return ne
	}
	if ne-i >= 2 && t.cls&wNonName == 0 && a.knownSurname(ne-1) {
		a.addMention(a.newMention(mention{a: i, b: ne, kind: mPerson, affCty: -1}))
		return ne
	}
	if n := ne - i; n >= 3 && n <= 4 && a.toks[i+1].cls&wGiven != 0 && t.cls&(wNonName|wOpener) == 0 {
		// "Oyet Nathaniel Pierino, the SPLM-IO's interim leader, said": a
		// first name the lists do not know before a known one
		if te, role, ok := a.appositionTitle(ne, s); ok {
			a.addMention(a.newMention(mention{a: i, b: ne, na: i, nb: ne, kind: mPerson, role: role, affCty: a.appositionCountry(ne, te)}))
			return ne
		}
		if a.speechVerbAt(ne, s) && a.toks[ne].cls&wSpeech != 0 {
			a.addMention(a.newMention(mention{a: i, b: ne, kind: mPerson, affCty: -1}))
			return ne
		}
	}
	// an unknown two- or three-word name where only a person can stand:
	// before "said", before ", the … minister", after "met", "according to"
	if n := ne - i; n >= 2 && n <= 4 && a.plainNameRun(i, ne) {
		if te, role, ok := a.appositionTitle(ne, s); ok {
			a.addMention(a.newMention(mention{a: i, b: ne, na: i, nb: ne, kind: mPerson, role: role, affCty: a.appositionCountry(ne, te)}))
			return ne
		}
		if a.speechVerbAt(ne, s) && a.toks[ne].cls&wSpeech != 0 || a.personSlotBefore(i) || a.ofCountryAt(ne, s) {
			a.addMention(a.newMention(mention{a: i, b: ne, kind: mPerson, affCty: -1}))
			return ne
		}
	}
	if !(i == s.a && (t.cls&wNonName != 0)) && a.knownSurname(i) { // (the dear test last)
		a.addMention(a.newMention(mention{a: i, b: i + 1, kind: mPerson, affCty: -1}))
		return i + 1
	}
	if ne == i+1 && a.givenNameRef(i, s) {
		a.addMention(a.newMention(mention{a: i, b: i + 1, kind: mPerson, affCty: -1}))
		return i + 1
	}
	return i
}

// givenNameRef reports a given name alone that refers to the one person
// of the document who bears it, where a person speaks, owns or meets:
// "Anwar said", "said Sokha", "Chatchai told reporters", "Anwar's office",
// "met Anwar", "talks with Sokha". News
// calls many people by their given name (Thai, Malay, Cambodian,
// Indonesian and Brazilian usage among others).
func (a *analysis) givenNameRef(i int, s sentence) bool {
	t := &a.toks[i]
	if t.cls&wGiven == 0 || t.cls&wNonName != 0 {
		return false
	}
	if full, ok := a.givens[a.tokFold(i)]; !ok || full == "" {
		return false
	}
	if i+1 < s.b && (a.toks[i+1].kind == tPoss || a.speechVerbAt(i+1, s)) {
		return true
	}
	if i+2 < s.b && a.toks[i+1].text == "," && a.toks[i+2].low == "who" {
		return true // "Anwar, who hosted the meeting, said"
	}
	if i+1 < s.b && a.toks[i+1].cls&wMeetVerb != 0 {
		return true // "Anwar met", "Anwar hosted"
	}
	p := i - 1
	if p < s.a || a.toks[p].kind != tWord || a.toks[p].upper {
		return false
	}
	// "said Sokha"; "to meet Anwar", "talks with Anwar"
	return a.toks[p].cls&(wSpeech|wMeetVerb) != 0 || a.toks[p].low == "with" || a.toks[p].low == "between"
}

// plainNameRun reports a run of capitalised words none of which the
// lexicon knows as anything but a name.
func (a *analysis) plainNameRun(i, j int) bool {
	for k := i; k < j; k++ {
		t := &a.toks[k]
		if t.kind != tWord {
			if t.text == "-" {
				continue
			}
			return false
		}
		if t.cls&(wNonName|wOpener) != 0 && t.cls&wGiven == 0 || t.caps && len(t.text) > 1 {
			return false
		}
		if end, es := a.lexAt(k); end > k && kindsOf(es)&kPerson == 0 {
			return false
		}
	}
	return true
}

// appositionTitle reads ", the Kenyan Secretary of State," after a name and
// returns the title's end and role.
func (a *analysis) appositionTitle(j int, s sentence) (int, string, bool) {
	if j+2 >= s.b || a.toks[j].text != "," {
		return j, "", false
	}
	k := j + 1
	if a.toks[k].cls&wDet != 0 {
		k++
	}
	for n := 0; n < 3 && k < s.b; n++ {
		if te, role, _, ok := a.titleAt(k, s); ok {
			for {
				te2, r2, _, ok2 := a.titleAt(te, s)
				if !ok2 || te2 <= te {
					break
				}
				te, role = te2, r2
			}
			te, _ = a.titleOf(te, s, false)
			return te, role, true
		}
		if q := a.ownerBefore(k, s); q > k {
			k = q // "the SPLM-IO's interim leader", "Ghana's special envoy"
			continue
		}
		if !a.isDemonymAt(k) {
			break
		}
		end, _ := a.lexAt(k)
		k = end
	}
	return j, "", false
}

// ownerBefore reads a capitalised name and a possessive at k ("the
// SPLM-IO's", "Ghana's", "the African Union's") and returns the token
// after the possessive, or k.
func (a *analysis) ownerBefore(k int, s sentence) int {
	j := k
	for j < s.b && j < k+5 && (a.toks[j].kind == tWord && a.toks[j].upper || a.toks[j].text == "-" && !a.toks[j].space && j > k) {
		j++
	}
	if j > k && j+1 < s.b && a.toks[j].kind == tPoss {
		return j + 1
	}
	return k
}

// appositionCountry returns the country of a demonym in ", the Kenyan
// minister", or -1.
func (a *analysis) appositionCountry(j, te int) int {
	for k := j + 1; k < te; k++ {
		if end, es := a.lexAt(k); end > k {
			for _, e := range es {
				if e.kind == eDemonym || e.kind == eCountry {
					return e.idx
				}
			}
		}
	}
	return -1
}

// personSlotBefore reports words before i after which a name is a
// person's: "met", "hosted", "according to", "talks with".
func (a *analysis) personSlotBefore(i int) bool {
	if i >= 2 && a.toks[i-1].text == "," && a.toks[i-2].low == "counterpart" {
		return true // "his Laotian counterpart, Bounmy Keola"
	}
	if i >= 1 && (a.toks[i-1].low == "counterparts" || a.toks[i-1].low == "counterpart") {
		return true // "hosted his counterparts Bakyt Osmon of …"
	}
	p := a.prevWord(i, 0)
	if p < 0 || p != i-1 {
		return false
	}
	switch a.toks[p].low {
	case "met", "meet", "meets", "hosted", "hosts", "received", "welcomed", "thanked", "told", "called":
		return true
	case "said", "says", "added", "wrote", "warned", "noted":
		// "“…,” said Nadège Dupont": the speaker after the quotation
		return p > 0 && (a.toks[p-1].kind == tQuote || a.toks[p-1].text == ",")
	case "to":
		return p > 0 && a.toks[p-1].low == "according"
	case "with":
		return p > 0 && (a.toks[p-1].low == "talks" || a.toks[p-1].low == "met" || a.toks[p-1].low == "meeting" || a.toks[p-1].low == "spoke")
	}
	return false
}

// slashPairEnd returns the end of "/M23" after an organisation's name
// ending at end ("AFC/M23", "SPLM/A"), or end.
func (a *analysis) slashPairEnd(end int, s sentence) int {
	if end+1 >= s.b || a.toks[end].text != "/" || a.toks[end].space || a.toks[end+1].space || !a.toks[end+1].upper {
		return end
	}
	k := end + 1
	if a.toks[k].kind != tWord && a.toks[k].kind != tNum {
		return end
	}
	k++
	for k < s.b && !a.toks[k].space && (a.toks[k].kind == tNum || a.toks[k].kind == tWord) {
		k++ // "M" "23"
	}
	return k
}

// personAfterPoss reports a person's name or title at k, after a
// possessive: "Ramaphosa" in "South Africa's Cyril Ramaphosa", "Foreign
// Minister" in "Japan's Foreign Minister …".
func (a *analysis) personAfterPoss(k int, s sentence) bool {
	if k >= s.b || !a.toks[k].upper || a.toks[k].kind != tWord {
		return false
	}
	if a.titleWordAt(k, s) {
		return true
	}
	ne := a.nameRun(k, s, true)
	return ne >= k+2 && a.looksLikeName(k, ne)
}

// bylineAt reports a news agency's byline at i..end: "(AFP) -" after a
// dateline.
func (a *analysis) bylineAt(i, end int, s sentence) bool {
	if i == 0 || end+1 >= len(a.toks) || a.toks[i-1].text != "(" || a.toks[end].text != ")" {
		return false
	}
	switch a.toks[end+1].text {
	case "-", "–", "—":
		return true
	}
	return false
}

// genericBody reports a name made of common words only ("Foreign
// Ministry", "Defence Ministry", "Interior Ministry"): it names a body of
// whichever government, so it is no organisation of its own.
func (a *analysis) genericBody(i, end int) bool {
	for k := i; k < end; k++ {
		t := &a.toks[k]
		if t.kind != tWord || t.cls&(wNonName|wOrgHead) == 0 {
			return false
		}
	}
	return true
}

// afterPlaceComma reports a place, a comma and the name at i..end closed
// by punctuation: the country of "in Koror, Palau, in September" is a
// place too; not that of "in Havana, Norway says".
func (a *analysis) afterPlaceComma(i, end int, s sentence) bool {
	if i < 2 || a.toks[i-1].text != "," || end < s.b && !strings.Contains(",.;)", a.toks[end].text) {
		return false
	}
	m := a.at[i-2]
	return m != nil && m.kind == mVenue && m.b == i-1
}

// titleWordAt reports a title at k: "spokesman" in "Iran's foreign
// ministry spokesman Esmaeil Baghaei", where the country stays the
// person's affiliation.
func (a *analysis) titleWordAt(k int, s sentence) bool {
	_, _, _, ok := a.titleAt(k, s)
	return k < s.b && ok
}

// institutionAfter returns the end of a lower-case name of a state body
// at k ("foreign ministry", "presidency", "embassy"), or k.
func (a *analysis) institutionAfter(k int, s sentence) int {
	if k >= s.b || a.toks[k].kind != tWord {
		return k
	}
	switch w := a.toks[k].low; {
	case w == "presidency" || w == "embassy" || w == "ministry":
		return k + 1
	case a.ruleWord(k, portfolioWords) && k+1 < s.b && (a.toks[k+1].low == "ministry" || a.toks[k+1].low == "office"):
		return k + 2 // "foreign ministry", "commerce ministry", "home office"
	}
	return k
}

// ofCountryAt reports "of" and a country at token k: "Bakyt Osmon of
// Kyrgyzstan", where only a person can stand before.
func (a *analysis) ofCountryAt(k int, s sentence) bool {
	if k+1 >= s.b || a.toks[k].low != "of" || !a.toks[k+1].upper {
		return false
	}
	end, es := a.lexAt(k + 1)
	return end > k+1 && kindsOf(es)&kCountry != 0
}

// knownSurname reports whether the word at token i is the short name of a
// person seen so far in the document or in the graph.
func (a *analysis) knownSurname(i int) bool {
	k := a.tokFold(i)
	return a.seenKeys[k] || a.sess != nil && a.sess.hasSurname(k)
}

// groupPhrase reads demonym/country [adjectives] group-noun: "Ukrainian
// negotiators", "the U.S. delegation", "Russian military forces".
// detectAt asked lexAt at i when the word is capitalised.
func (a *analysis) groupPhrase(i int, s sentence, capsLine bool) int {
	t := &a.toks[i]
	if !t.upper {
		return i
	}
	end, es := a.lexKnown(i)
	if end <= i {
		return i
	}
	country := -1
	for _, e := range es {
		if e.kind == eCountry || e.kind == eDemonym {
			country = e.idx
			break
		}
	}
	if country < 0 && t.cls&wCountryWord != 0 {
		// a longer phrase may hide the demonym: "Russian military" (an
		// organisation) in "Russian military forces"
		for _, e := range a.x.ix.entriesOf(t.pid) {
			if (e.kind == eCountry || e.kind == eDemonym) && caseFits(a.toks[i:i+1], a.x.ix.casOf(e), capsLine) {
				country, end = e.idx, i+1
				break
			}
		}
	}
	if country < 0 {
		return i
	}
	if i > s.a && (a.toks[i-1].low == "south" || a.toks[i-1].low == "latin" || a.toks[i-1].low == "central" || a.toks[i-1].low == "north") && a.toks[i-1].upper {
		return i // "South American leaders": a continent's, not the United States'
	}
	if ge, noun := a.groupNounAfter(end, s); noun != "" {
		m := a.newMention(mention{a: i, b: ge, na: i, nb: end, kind: mGroup, noun: noun, affCty: country})
		a.addMention(m)
		return ge
	}
	if end+1 < s.b && a.toks[end].low == "and" && a.toks[end+1].upper {
		// "Thai and Cambodian officials": the first demonym shares the
		// group noun of the second, which is read on its own after it
		if end2, es2 := a.lexAt(end + 1); end2 > end+1 && kindsOf(es2)&(kDemonym|kCountry) != 0 {
			if _, noun := a.groupNounAfter(end2, s); noun != "" {
				a.addMention(a.newMention(mention{a: i, b: end, na: i, nb: end, kind: mGroup, noun: noun, affCty: country}))
				return end
			}
		}
	}
	return i
}

// groupNounAfter reads up to two adjectives and a group noun at j
// ("senior military officials") and returns the end and the noun, or j
// and "".
func (a *analysis) groupNounAfter(j int, s sentence) (int, string) {
	loose := false // a modifier of no list: only people may follow
	for k := 0; k < 2 && j < s.b && a.toks[j].kind == tWord && !a.toks[j].upper; k++ {
		if ge, noun := a.groupNounAt(j, s); noun != "" {
			if loose && !peopleNouns[noun] {
				return j, ""
			}
			return ge, noun
		}
		if a.ruleWord(j, officeAdjectives) {
			j++
			continue
		}
		if a.nounModifier(j) {
			loose = true
			j++
			continue
		}
		break
	}
	return j, ""
}

// officeAdjectives stand between a count or a demonym and the people of
// an office: "the two foreign ministers", "Russian military officials".
var officeAdjectives = wordSet("military", "senior", "top", "foreign", "political", "government", "high-level", "state",
	"defence", "defense", "security", "prime", "finance", "energy", "trade")

// peopleNouns are the group nouns of people that a free modifier may
// stand before: "customs officials", "trade negotiators".
var peopleNouns = wordSet("officials", "negotiators", "diplomats", "delegates", "delegation", "delegations", "envoys",
	"ministers", "representatives", "experts", "teams", "team")

// nounModifier reports a lower-case word at j that may stand before a
// group noun as its modifier: "customs officials", "trade negotiators"
// (not a verb, determiner, preposition or pronoun).
func (a *analysis) nounModifier(j int) bool {
	t := &a.toks[j]
	if t.kind != tWord || t.upper || a.at[j] != nil || t.cls&(wAux|wSpeech|wDet|wPron|wLoc) != 0 || isPreposition(t.low) {
		return false
	}
	if strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") || strings.HasSuffix(t.low, "ly") {
		return false
	}
	switch t.low {
	case "and", "or", "but", "to", "that", "who", "which", "as", "than", "not", "also", "will", "would", "can", "could":
		return false
	}
	return true
}

// titledNameAt reports a title at k followed by a capitalised word (a
// name): "Foreign Minister Wang Yi".
func (a *analysis) titledNameAt(k int, s sentence) bool {
	if a.toks[k].cls&wTitleStart == 0 {
		return false
	}
	te, _, _, ok := a.titleAt(k, s)
	return ok && te > k && te < s.b && a.toks[te].upper && a.toks[te].kind == tWord
}

// orgRunEnd returns the end of a capitalised run at i that names an
// organisation by its last word ("Supreme Eurasian Economic Council",
// "Office of the Spokesperson"), or i. The answer for the last token
// asked is remembered: modifierAt and namedAt both ask it of a token.
func (a *analysis) orgRunEnd(i int, s sentence) int {
	if a.heads&wOrgHead == 0 {
		return i // (a run ends in a capitalised head word; tested here, where this is inlined)
	}
	return a.orgRunMemo(i, s)
}

// orgRunMemo is orgRunEnd past its first test.
func (a *analysis) orgRunMemo(i int, s sentence) int {
	if a.orgRunKey == i+1 {
		return a.orgRunTo
	}
	end := a.orgRunScan(i, s)
	a.orgRunKey, a.orgRunTo = i+1, end
	return end
}

// orgRunScan works out orgRunEnd.
func (a *analysis) orgRunScan(i int, s sentence) int {
	if !a.toks[i].upper || a.toks[i].kind != tWord {
		return i
	}
	if (a.toks[i].cls&wOpener != 0) && a.toks[i].low != "office" {
		return i
	}
	if i > s.a && a.toks[i-1].text == "-" && !a.toks[i].space {
		return i // "U.S.-Japan Alliance": not an organisation named "Japan Alliance"
	}
	best := i
	j := i
	for j < s.b && j-i < 8 {
		t := &a.toks[j]
		if t.kind == tWord && t.upper {
			if (t.cls&wOrgHead != 0) && j > i || ((t.cls&wOrgHead != 0) && j == i && j+1 < s.b && (a.toks[j+1].low == "of" || a.toks[j+1].low == "for")) {
				best = j + 1
				// "Office of the Spokesperson", "Ministry of Foreign Affairs",
				// "Institute for Policy Studies", "Centre for Strategic and
				// International Studies", "Council on Foreign Relations"
				if j+2 < s.b && (a.toks[j+1].low == "of" || a.toks[j+1].low == "for" || a.toks[j+1].low == "on" && j > i && a.toks[j+2].cls&(wWeekday|wMonth) == 0) {
					k := j + 2
					if a.toks[k].low == "the" && k+1 < s.b {
						k++
					}
					q := k
					for q < s.b && q-k < 7 && (a.toks[q].upper && a.toks[q].kind == tWord ||
						q > k && a.toks[q].low == "and" && q+1 < s.b && a.toks[q+1].upper && !a.titledNameAt(q+1, s) ||
						q > k && a.innerOf(q, s) || q > k && a.innerHyphen(q, s)) {
						// ("… of the CPC Central Committee and Foreign Minister
						// Wang Yi": a second title, not the organisation's name)
						q++
					}
					if q > k && a.toks[q-1].low == "and" {
						q--
					}
					if q > k {
						best = q
						j = q
						continue
					}
				}
				// a title follows: "War Cabinet Member" stops here
				break
			}
			if (t.cls&wDocumentHead != 0) && j > i && !(j+1 < s.b && a.toks[j+1].upper) {
				return i
			}
			j++
			continue
		}
		if t.kind == tPunct && t.text == "-" && !t.space && j+1 < s.b && a.toks[j+1].upper {
			j++
			continue
		}
		break
	}
	if best > i {
		// "U.S.-Japan Alliance" names a relation between two countries
		for k := i; k+1 < best; k++ {
			if a.toks[k+1].text == "-" && !a.toks[k+1].space {
				if e1, es := a.matchWithin(i, k+1); e1 == k+1 && kindsOf(es)&kCountry != 0 {
					return i
				}
			}
		}
		return best
	}
	return i
}

// innerOf reports an "of" inside an organisation's name at q, before a
// capitalised word that names no place ("Assembly of Heads of State and
// Government"; not "Ministry of Foreign Affairs of Japan").
func (a *analysis) innerOf(q int, s sentence) bool {
	if a.toks[q].low != "of" || q+1 >= s.b || !a.toks[q+1].upper || !a.toks[q-1].upper {
		return false
	}
	if end, es := a.lexAt(q + 1); end > q+1 && kindsOf(es)&(kCountry|kCity|kRegion|kDemonym|kPerson) != 0 {
		return false
	}
	return true
}

// innerHyphen reports a hyphen and a lower-case word joined to the
// capitalised words around it at q ("Serb-majority Municipalities").
func (a *analysis) innerHyphen(q int, s sentence) bool {
	if q+2 >= s.b || q+1 >= s.b {
		return false
	}
	if t := &a.toks[q]; t.text == "-" && !t.space && a.toks[q-1].upper {
		n := &a.toks[q+1]
		return n.kind == tWord && !n.upper && !n.space && a.toks[q+2].upper && a.toks[q+2].kind == tWord
	}
	if t := &a.toks[q]; t.kind == tWord && !t.upper && q-1 >= 0 && a.toks[q-1].text == "-" && !t.space {
		return a.toks[q+1].upper && a.toks[q+1].kind == tWord
	}
	return false
}

// namedAt finds lexicon names (countries, places, organisations) and
// capitalised runs naming organisations or buildings at i. detectAt
// asked lexAt at i when the word is capitalised.
func (a *analysis) namedAt(i int, s sentence, capsLine bool) int {
	t := &a.toks[i]
	if !t.upper {
		// lower-case lexicon entries are titles and meeting words only
		// (and detectAt passes only words)
		return i
	}
	end, es := a.lexKnown(i)
	runEnd := a.orgRunEnd(i, s)
	facEnd := a.facilityRunEnd(i, s)
	docEnd := a.documentRunEnd(i, s)
	if docEnd > i && docEnd >= end && docEnd >= runEnd {
		return docEnd // a treaty or a plan: not an actor, not a place
	}
	if facEnd > i && facEnd > end && facEnd >= runEnd && end > i && a.lowerAfter(end, facEnd) {
		// "the Casa Rosada presidential palace": the known building, with
		// what it is said after it
		for _, e := range es {
			if e.kind == eBuilding {
				b := a.x.lex.Buildings[e.idx]
				if b.Actor != "" && facEnd < s.b && a.speechVerbAt(facEnd, s) && !a.isLocative(i) {
					// "the Planalto presidential palace said": the
					// presidency speaks, as "the Planalto said"
					return a.addOrgMention(i, facEnd, a.orgEntity(b.Actor, -1))
				}
				v := a.venueEntity(b.Name, graphmodel.TypeBuilding, -1)
				v.addAlias(a.str(i, facEnd))
				a.addVenueMention(i, facEnd, v)
				a.linkBuilding(v, b)
				return facEnd
			}
		}
	}
	if facEnd > i && facEnd > end && facEnd >= runEnd {
		typ := graphmodel.TypeBuilding
		if a.toks[facEnd-1].cls&wGeoHead != 0 {
			typ = graphmodel.TypeRegion // "the Yarmouk River"
		}
		v := a.venueEntity(a.str(i, facEnd), typ, -1)
		a.addVenueMention(i, facEnd, v)
		return facEnd
	}
	if runEnd > i && runEnd > end {
		org := a.orgEntity(a.str(i, runEnd), -1)
		return a.addOrgMention(i, runEnd, org)
	}
	if t.cls&wOrgPluralStem != 0 && end <= i && t.upper && t.kind == tWord && !t.caps && t.cls&(wNonName|wOpener) == 0 { // (the rare class first)
		// the singular of a group named in the plural: "Houthi attacks"
		for _, e := range a.x.ix.entriesOf(a.x.ix.keys.find(normLow(*t) + "s")) {
			if e.kind == eOrg && e.ncas == 1 && a.x.ix.cases[e.cas] == caseCap {
				o := a.x.lex.Organizations[e.idx]
				oe := a.orgEntity(o.Name, e.idx)
				oe.addAlias(t.text)
				return a.addOrgMention(i, i+1, oe)
			}
		}
	}
	if end <= i {
		// Surname + administration: "the Trump administration"
		if i+1 < s.b && a.toks[i+1].low == "administration" && t.upper && t.cls&wOpener == 0 {
			org := a.orgEntity(t.text+" administration", -1)
			return a.addOrgMention(i, i+2, org)
		}
		return a.unknownPlace(i, s)
	}
	var country, city, region, building, org, people, demonym, seat = -1, -1, -1, -1, -1, -1, -1, -1
	seatName := ""
	for _, e := range es {
		switch e.kind {
		case eSeat:
			seat = e.idx
			for k, st := range a.x.lex.Countries[e.idx].Seats {
				if a.x.seatKeys[e.idx][k] == a.x.ix.keys.key(e.key) {
					seatName = stripThe(st)
				}
			}
		case eCountry:
			country = e.idx
		case eCity:
			if city < 0 {
				city = e.idx
			}
		case eRegion:
			if region < 0 {
				region = e.idx
			}
		case eBuilding:
			building = e.idx
		case eOrg:
			org = e.idx
		case ePeople:
			people = e.idx
		case eDemonym:
			demonym = e.idx
		}
	}
	poss := end < len(a.toks) && a.toks[end].kind == tPoss
	nextW := ""
	if end < s.b {
		nextW = a.toks[end].low
	}
	// "Trump administration", "Biden administration" with a known name
	if nextW == "administration" && (country < 0 && city < 0) {
		org := a.orgEntity(a.str(i, end+1), -1)
		return a.addOrgMention(i, end+1, org)
	}
	switch {
	case country >= 0:
		loc := a.isLocative(i)
		if loc && a.compassRegion(i, end, s, a.x.lex.Countries[country].Name) {
			return end
		}
		loc = loc || a.afterPlaceComma(i, end, s)
		if loc {
			v := a.countryVenue(country)
			a.addVenueMention(i, end, v)
			return end
		}
		if a.topicBefore(i) && !poss {
			return end
		}
		if ie := a.institutionAfter(end+1, s); poss && ie > end+1 && ie < s.b && (a.speechVerbAt(ie, s) || a.toks[ie].cls&wAux != 0) {
			// "Somalia's foreign ministry said": the ministry speaks
			org := a.stateBody(country, a.spanLower(end+1, ie), a.str(i, ie))
			return a.addOrgMention(i, ie, org)
		}
		if poss && a.personAfterPoss(end+1, s) {
			// "South Africa's Cyril Ramaphosa": the country says whose he
			// is, it does not act
			a.addMention(a.newMention(mention{a: i, b: end, kind: mDemonym, affCty: country, poss: true}))
			return end
		}
		c := a.countryActor(country)
		c.addAlias(a.str(i, end))
		m := a.newMention(mention{a: i, b: end, kind: mCountry, ent: c, affCty: country})
		a.addMention(m)
		c.spans = a.appendSpan(c.spans, a.span(i, end))
		return end
	case building >= 0:
		b := a.x.lex.Buildings[building]
		meetingNext := a.meetingWordAt(end, s)
		if b.Actor != "" && !meetingNext && nextW != "of" && !a.isLocative(i) {
			org := a.orgEntity(b.Actor, -1)
			return a.addOrgMention(i, end, org)
		}
		v := a.venueEntity(b.Name, graphmodel.TypeBuilding, -1)
		v.addAlias(a.str(i, end))
		a.addVenueMention(i, end, v)
		a.linkBuilding(v, b)
		return end
	case seat >= 0 && org < 0 && seatName != "":
		meetingNext := a.meetingWordAt(end, s)
		if !meetingNext && nextW != "of" && !a.isLocative(i) {
			return a.addOrgMention(i, end, a.orgEntity(seatName, -1))
		}
		v := a.venueEntity(seatName, graphmodel.TypeBuilding, -1)
		a.addVenueMention(i, end, v)
		return end
	case org >= 0 && a.adjectivalMatch(i, end, s):
		// "Russian military forces": an adjective phrase, not the body
		// named "Russian military"
		return a.groupPhrase(i, s, capsLine)
	case org >= 0 && a.slashPairEnd(end, s) > end:
		// "AFC/M23": an alliance written as its members' names
		e2 := a.slashPairEnd(end, s)
		oe := a.orgEntity(a.str(i, e2), -1)
		return a.addOrgMention(i, e2, oe)
	case org >= 0 && a.bylineAt(i, end, s):
		return end // "MUSCAT, Nov 8, 2026 (Reuters) -": who wrote it, no actor in it
	case org >= 0 && a.x.lex.Organizations[org].Type == "company" && i > s.a && (a.toks[i-1].low == "on" || a.toks[i-1].low == "via"):
		return end // "said on Facebook", "posted on TikTok": where it was said, no actor
	case org >= 0:
		o := a.x.lex.Organizations[org]
		if (o.Type == "legislature" || o.Type == "government" || o.Type == "") && a.isLocative(i) {
			v := a.venueEntity(o.Name, graphmodel.TypeBuilding, -1)
			v.addAlias(a.str(i, end)) // "at the Amiri Diwan": the name as written
			a.addVenueMention(i, end, v)
			return end
		}
		if ci, ok := a.x.byISO[o.ISO2]; ok && a.genericName(i, end) && !a.countryNamed(ci) {
			// "the Department of Foreign Affairs" in a text that never names
			// Ireland: the body of that name of the country the text is about
			oe := a.orgEntity(a.str(i, end), -1)
			return a.addOrgMention(i, end, oe)
		}
		oe := a.orgEntity(o.Name, org)
		oe.addAlias(a.str(i, end))
		return a.addOrgMention(i, end, oe)
	case city >= 0:
		c := &a.x.lex.Cities[city]
		// a capital used for its government: "Moscow says", "Washington's actions"
		if !a.isLocative(i) && (poss || a.speechVerbAt(end, s) || a.partnerBefore(i) || a.capitalActs(i, end, s) || a.capitalListActs(i, end, s)) {
			if oi, ok := a.x.bodySeats[city]; ok {
				// "Brussels hoped …": the body seated there
				oe := a.orgEntity(a.x.lex.Organizations[oi].Name, oi)
				oe.addAlias(a.str(i, end))
				return a.addOrgMention(i, end, oe)
			}
			if ci, ok := a.capitalOf(c.Name); ok {
				ce := a.countryActor(ci)
				ce.addAlias(a.str(i, end))
				m := a.newMention(mention{a: i, b: end, kind: mCountry, ent: ce, affCty: ci})
				a.addMention(m)
				ce.spans = a.appendSpan(ce.spans, a.span(i, end))
				return end
			}
		}
		v := a.cityVenue(city)
		v.addAlias(a.str(i, end))
		a.addVenueMention(i, end, v)
		return end
	case region >= 0:
		r := a.x.lex.Regions[region]
		if a.compassRegion(i, end, s, r.Name) {
			return end
		}
		v := a.venueEntity(r.Name, graphmodel.TypeRegion, -1)
		v.addAlias(a.str(i, end))
		if end < s.b && a.ruleWord(end, divisionNouns) {
			end++ // "the Tavush province"
			v.addAlias(a.str(i, end))
		}
		a.addVenueMention(i, end, v)
		return end
	case (demonym >= 0 || people >= 0) && a.institutionAfter(end, s) > end:
		// "the Cambodian foreign ministry", "the Senegalese presidency"
		ci := demonym
		if ci < 0 {
			ci = people
		}
		ie := a.institutionAfter(end, s)
		var org *entity
		if seats := a.x.lex.Countries[ci].Seats; a.toks[ie-1].low == "presidency" && len(seats) > 0 {
			// "the French presidency" is the Élysée, "the Russian
			// presidency" the Kremlin
			org = a.orgEntity(stripThe(seats[0]), -1)
			org.addAlias(a.str(i, ie))
		} else {
			org = a.stateBody(ci, a.spanLower(end, ie), a.str(i, ie))
		}
		if org.country < 0 {
			org.country = ci
		}
		return a.addOrgMention(i, ie, org)
	case people >= 0:
		if !poss && !a.speechVerbAt(end, s) && !(end < s.b && a.toks[end].cls&wAux != 0) {
			return end
		}
		c := a.countryActor(people)
		m := a.newMention(mention{a: i, b: end, kind: mCountry, ent: c, affCty: people})
		a.addMention(m)
		c.spans = a.appendSpan(c.spans, a.span(i, end))
		return end
	case demonym >= 0 && end < s.b && a.toks[end].low == "capital" && a.x.lex.Countries[demonym].Capital != "":
		// "in the Kazakh capital": Astana
		v := a.venueEntity(a.x.lex.Countries[demonym].Capital, graphmodel.TypeCity, -1)
		v.addAlias(a.str(i, end+1))
		a.addVenueMention(i, end+1, v)
		return end + 1
	case demonym >= 0:
		a.addMention(a.newMention(mention{a: i, b: end, kind: mDemonym, affCty: demonym}))
		return end
	}
	return i
}

// orgAnaphors name an organisation again: "the group said".
var orgAnaphors = wordSet("group", "movement", "militia", "alliance", "organisation", "organization", "coalition", "bloc", "party")

// bodyAnaphors name again the organisation of that kind named last: "the
// ministry said" after "the Kenyan foreign ministry".
var bodyAnaphors = wordSet("ministry", "presidency", "embassy", "commission", "council", "agency", "secretariat", "office")

// genericName reports a name at [i, end) made only of words that many
// states give their bodies ("Department of Foreign Affairs", "House of
// Representatives", "Ministry of Defence").
func (a *analysis) genericName(i, end int) bool {
	for k := i; k < end; k++ {
		if t := &a.toks[k]; t.kind != tWord || !genericOrgWords[t.low] {
			return false
		}
	}
	return end > i
}

// genericOrgWords make up the names of state bodies found in many
// countries.
var genericOrgWords = wordSet("the", "of", "and", "for", "foreign", "affairs", "ministry", "office", "defence", "defense",
	"department", "state", "interior", "finance", "trade", "national", "assembly", "parliament", "congress", "senate",
	"house", "representatives", "presidential", "government", "council", "security", "federal", "legislative",
	"cabinet", "ministers", "supreme", "court", "justice", "external", "relations", "cooperation", "international",
	"intelligence", "service", "public", "armed", "forces")

// countryNamed reports whether the text names country ci anywhere (its
// name, a demonym, its capital or a seat of its government). It is
// worked out the first time it is asked.
func (a *analysis) countryNamed(ci int) bool {
	if a.namedCountries == nil {
		a.namedCountries = make([]bool, len(a.x.lex.Countries))
		for k := range a.toks {
			if t := &a.toks[k]; t.kind != tWord || !t.upper {
				continue
			}
			_, es := a.lexAt(k)
			for _, e := range es {
				switch e.kind {
				case eCountry, eDemonym, eSeat:
					a.namedCountries[e.idx] = true
				case eCity:
					if c, ok := a.capitalOf(a.x.lex.Cities[e.idx].Name); ok {
						a.namedCountries[c] = true
					}
				}
			}
		}
	}
	return a.namedCountries[ci]
}

// stateBody returns the entity of country ci's body named in lower case
// (body: "foreign ministry") as written: one node whichever way the text
// puts it ("Egypt's foreign ministry", "the Egyptian foreign ministry"),
// in a document and across documents (its id is made of one form), with
// the label the text used first and the other forms as aliases.
func (a *analysis) stateBody(ci int, body, written string) *entity {
	c := &a.x.lex.Countries[ci]
	possessive := c.Name + "'s " + body // "Cambodia's foreign ministry"
	canonical := possessive
	if len(c.Adjectives) > 0 {
		canonical = c.Adjectives[0] + " " + body // "Cambodian foreign ministry"
	}
	written = cleanName(written)
	org := a.getEntityOf("actor/org/", canonical, true, func() entity {
		return entity{kind: graphmodel.KindActor, typ: graphmodel.TypeOrganization, label: written, country: ci, unlisted: true,
			id: slugID(graphmodel.KindActor, canonical)}
	})
	org.addAlias(canonical)
	org.addAlias(possessive)
	org.addAlias(written)
	return org
}

// lowerAfter reports only lower-case words in [i, j).
func (a *analysis) lowerAfter(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &a.toks[k]; t.kind != tWord || t.upper {
			return false
		}
	}
	return j > i
}

// officeBuildingAt reads "the Prime Minister's Office", "the
// President's House" at i after "at", "in", "outside" or "to": the
// building of an office, a venue. It returns the end, or i.
func (a *analysis) officeBuildingAt(i int, s sentence) int {
	if a.toks[i].low != "the" || i == s.a || i+3 >= s.b || a.toks[i+1].cls&(wTitleStart|wTitleQualifier|wTitlePlural) == 0 {
		return i // (the last test is titleAt's first, asked first here: most words after "the" begin no title)
	}
	switch a.toks[i-1].low {
	case "at", "in", "outside", "to", "inside":
	default:
		return i
	}
	te, _, _, ok := a.titleAt(i+1, s)
	if !ok || !a.toks[i+1].upper || te+1 >= s.b || a.toks[te].kind != tPoss {
		return i
	}
	b := te + 1
	switch a.toks[b].low {
	case "office", "residence", "house", "palace", "lodge", "secretariat":
	default:
		return i
	}
	if !a.toks[b].upper {
		return i
	}
	v := a.venueEntity(a.str(i+1, b+1), graphmodel.TypeBuilding, -1)
	a.addVenueMention(i+1, b+1, v)
	return b + 1
}

// delegationAnaphor reads "the delegation" at i, "the visiting
// delegation", "the parliamentary delegation", "the senators" after a
// delegation of them was named: a mention that stands for
// the head of the delegation named before (see delegationHead), resolved
// with the sentence. It returns the end, or i.
func (a *analysis) delegationAnaphor(i int, s sentence) int {
	if a.toks[i].low != "the" || i+1 >= s.b {
		return i
	}
	j := i + 1
	if j+1 < s.b && a.toks[j+1].low == "delegation" && delegationKinds[a.toks[j].low] {
		j++ // (a word of these is neither "delegation" nor one of delegationMembers)
	}
	if j >= s.b || a.at[j] != nil {
		return i
	}
	if a.toks[j].low != "delegation" && !(a.ruleWord(j, delegationMembers) && j == i+1 && a.delegationBefore(i)) {
		return i
	}
	a.addMention(a.newMention(mention{a: i, b: j + 1, na: j, nb: j + 1, kind: mTitleOnly, role: "delegation", noun: "delegation"}))
	return j + 1
}

// delegationKinds say what kind of delegation it is: "the visiting
// delegation".
var delegationKinds = wordSet("visiting", "parliamentary", "official", "government", "ministerial", "high-level", "business", "trade", "military")

// delegationMembers are what the members of a delegation of lawmakers
// are called after it was named: "A delegation of senators …, led by X,
// visited … The senators also paid a courtesy call on …".
var delegationMembers = wordSet("senators", "lawmakers", "legislators", "parliamentarians", "mps", "meps", "deputies")

// delegationBefore reports a delegation named before token i.
func (a *analysis) delegationBefore(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if a.toks[j].low == "delegation" {
			return true
		}
	}
	return false
}

// orgAnaphor reads "the group" at i when it speaks ("the group said",
// "the movement has said") as the organisation named last, "the
// ministry said" as the ministry named last.
func (a *analysis) orgAnaphor(i int, s sentence) int {
	if len(a.orgsSeen) == 0 || i+2 >= s.b || a.toks[i].low != "the" {
		return i
	}
	w := a.toks[i+1].low
	if a.toks[i+1].cls&(wOrgAnaphor|wBodyAnaphor) == 0 {
		return i
	}
	v := i + 2
	if a.toks[v].cls&wAux != 0 && v+1 < s.b {
		v++
	}
	if a.toks[v].cls&wSpeech == 0 {
		return i
	}
	org := a.orgsSeen[len(a.orgsSeen)-1]
	if a.toks[i+1].cls&wBodyAnaphor != 0 {
		org = nil
		for k := len(a.orgsSeen) - 1; k >= 0; k-- {
			if strings.Contains(strings.ToLower(a.orgsSeen[k].label), w) {
				org = a.orgsSeen[k]
				break
			}
		}
		if org == nil {
			return i
		}
	}
	a.addMention(a.newMention(mention{a: i, b: i + 2, kind: mOrg, ent: org}))
	org.spans = a.appendSpan(org.spans, a.span(i, i+2))
	return i + 2
}

// affiliationAt reports "a research fellow at", "an analyst with" before
// the organisation at i: whom the person works for, not where something
// happens.
func (a *analysis) affiliationAt(i int) bool {
	p := a.prevWord(i, wDet)
	if p < 1 || (a.toks[p].low != "at" && a.toks[p].low != "with" && a.toks[p].low != "of") {
		return false
	}
	switch a.toks[p-1].low {
	case "fellow", "analyst", "analysts", "researcher", "researchers", "professor", "scholar", "expert", "experts", "economist",
		"scientist", "lecturer", "director", "head", "chair", "member", "student", "specialist", "associate", "adviser", "advisor",
		"strategist", "historian", "academic", "spokesman", "spokeswoman", "spokesperson", "official", "officials":
		return true
	}
	return false
}

func (a *analysis) addOrgMention(i, end int, org *entity) int {
	if a.isLocative(i) && org.typ == graphmodel.TypeOrganization && (a.orgIsPlace(org) || org.unlisted && a.afterIn(i)) && !a.affiliationAt(i) {
		v := a.venueEntity(org.label, graphmodel.TypeBuilding, -1)
		a.addVenueMention(i, end, v)
		return end
	}
	a.addMention(a.newMention(mention{a: i, b: end, kind: mOrg, ent: org}))
	org.spans = a.appendSpan(org.spans, a.span(i, end))
	if len(a.orgsSeen) == 0 || a.orgsSeen[len(a.orgsSeen)-1] != org {
		a.orgsSeen = append(a.orgsSeen, org)
	}
	return end
}

// afterIn reports "in" or "at" right before token i (determiners and
// adjectives aside): "in the Soviet Union".
func (a *analysis) afterIn(i int) bool {
	p := a.prevWord(i, wDet)
	return p >= 0 && (a.toks[p].low == "in" || a.toks[p].low == "at")
}

// adjectivalMatch reports a lexicon match ending in a lower-case word that
// goes on with another lower-case noun: "Russian military forces".
func (a *analysis) adjectivalMatch(i, end int, s sentence) bool {
	last := &a.toks[end-1]
	if last.upper || end >= s.b {
		return false
	}
	n := &a.toks[end]
	return n.kind == tWord && !n.upper && n.cls&(wAux|wSpeech|wDet) == 0 && !isPreposition(n.low) && n.low != "and"
}

// orgIsPlace: organisations named after their seat (legislatures,
// councils) are places after "in".
func (a *analysis) orgIsPlace(org *entity) bool {
	l := strings.ToLower(org.label)
	for _, w := range []string{"duma", "council", "parliament", "assembly", "senate", "congress", "house", "chamber", "bundestag", "knesset", "rada"} {
		if strings.HasSuffix(l, w) {
			return true
		}
	}
	return false
}

// compassRegion makes a place named with a lower-case compass word
// before it a region of its own, inside the place: "southeast Ukraine",
// "in northern Gaza". It reports whether token i had such a word.
func (a *analysis) compassRegion(i, end int, s sentence, place string) bool {
	k := i - 1
	if k < s.a {
		return false
	}
	t := &a.toks[k]
	if t.kind != tWord || t.upper || a.at[k] != nil || !isCompass(t.low) {
		return false
	}
	v := a.venueEntity(t.low+" "+place, graphmodel.TypeRegion, -1)
	v.within = place
	v.addAlias(a.str(k, end))
	a.addVenueMention(k, end, v)
	return true
}

// isCompass reports a word that names part of a place by its direction.
func isCompass(w string) bool {
	switch w {
	case "north", "south", "east", "west", "central",
		"northern", "southern", "eastern", "western",
		"northeast", "northwest", "southeast", "southwest",
		"northeastern", "northwestern", "southeastern", "southwestern":
		return true
	}
	return false
}

func (a *analysis) addVenueMention(i, end int, v *entity) {
	a.addMention(a.newMention(mention{a: i, b: end, kind: mVenue, ent: v}))
	v.spans = a.appendSpan(v.spans, a.span(i, end))
	if (v.typ == graphmodel.TypeCountry || v.typ == graphmodel.TypeCity) && a.toks[i].upper && end-i <= 4 {
		if w := a.str(i, end); !strings.EqualFold(w, v.label) {
			v.addAlias(w) // "Côte d'Ivoire" for Ivory Coast: the name as written
		}
	}
}

// linkBuilding remembers the city a building stands in.
func (a *analysis) linkBuilding(v *entity, b lexicon.Building) {
	if b.City != "" {
		v.within = b.City
	}
}

func (a *analysis) facilityRunEnd(i int, s sentence) int {
	if a.heads&(wFacilityHead|wGeoHead|wLowerFacility) == 0 {
		return i // no head word for it in the sentence
	}
	return a.facilityRunScan(i, s)
}

// facilityRunScan works out facilityRunEnd.
func (a *analysis) facilityRunScan(i int, s sentence) int {
	j := i
	for j < s.b && j-i < 5 && (a.toks[j].kind == tWord && a.toks[j].upper || a.toks[j].text == "-" && !a.toks[j].space && j > i) {
		if (a.toks[j].cls&(wFacilityHead|wGeoHead) != 0) && j > i {
			if a.toks[i].cls&wOpener != 0 {
				return i
			}
			return j + 1
		}
		j++
	}
	// a name and a facility written in lower case: "the Ta Muen Thom
	// temple", "the Kosyam presidential palace", "the Mozal aluminium
	// smelter", "the Syr Darya basin"
	if j > i && a.toks[i].cls&wOpener == 0 && a.toks[j-1].text != "-" && !a.adjectivalPlace(i, j, s) {
		for k := j; k < s.b && k <= j+2; k++ {
			t := &a.toks[k]
			if t.kind != tWord || t.upper || a.at[k] != nil {
				break
			}
			if t.cls&wLowerFacility != 0 {
				return k + 1
			}
			if t.cls&(wDet|wAux|wSpeech|wPron) != 0 || isPreposition(t.low) || strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ing") && t.low != "building" {
				break
			}
		}
	}
	return i
}

// adjectivalPlace reports capitalised words i…j-1 before a lower-case
// noun that say what kind of thing it is rather than name it: after "a"
// ("a Somali port"), or one demonym ("the Chinese port").
func (a *analysis) adjectivalPlace(i, j int, s sentence) bool {
	if i > s.a && (a.toks[i-1].low == "a" || a.toks[i-1].low == "an") {
		return true
	}
	return j == i+1 && a.isDemonymAt(i)
}

// lowerFacilityHeads end a place's name written in lower case after the
// capitalised part: "the Holmenkollen Park hotel", "the Toktogul
// reservoir".
var lowerFacilityHeads = wordSet("temple", "hotel", "palace", "residence", "smelter", "corridor", "basin", "headquarters",
	"reservoir", "shipyard", "port", "plant", "oilfield", "gasfield", "crossing", "airport", "stadium", "mosque", "cathedral",
	"villa", "compound", "refinery", "dam", "mine", "waterway", "airbase", "guesthouse")

func (a *analysis) documentRunEnd(i int, s sentence) int {
	if a.heads&wDocumentHead == 0 {
		return i // no capitalised head word in the sentence
	}
	return a.documentRunScan(i, s)
}

// documentRunScan works out documentRunEnd.
func (a *analysis) documentRunScan(i int, s sentence) int {
	j := i
	for j < s.b && j-i < 9 {
		t := &a.toks[j]
		if t.kind == tWord && t.upper {
			if (t.cls&wDocumentHead != 0) && j > i {
				return j + 1
			}
			j++
			continue
		}
		if (t.text == "/" || t.text == "-") && !t.space && j > i {
			j++
			continue
		}
		if t.kind == tWord && (t.low == "on" || t.low == "of" || t.low == "for") && j > i && j+1 < s.b && a.toks[j+1].upper {
			j++
			continue
		}
		break
	}
	return i
}

// divisionEnd reads an unknown name of one or two capitalised words after
// "the" and before a lower-case noun of an administrative division ("the
// Gazakh district", "the Tavush province") and returns the token after
// the noun, or i.
func (a *analysis) divisionEnd(i int, s sentence) int {
	if i == s.a || a.toks[i-1].low != "the" {
		return i
	}
	j := i
	for j < s.b && j < i+2 && a.toks[j].kind == tWord && a.toks[j].upper && a.at[j] == nil && a.toks[j].cls&wNonName == 0 {
		j++
	}
	if j == i || j >= s.b || !a.ruleWord(j, divisionNouns) {
		return i
	}
	return j + 1
}

// divisionNouns name administrative divisions after their names.
var divisionNouns = wordSet("district", "province", "region", "county", "governorate", "oblast", "prefecture", "municipality")

// unknownPlace treats a capitalised word after "in" as a place when no
// rule knows it: "in Bali", "operation in Rafah".
func (a *analysis) unknownPlace(i int, s sentence) int {
	t := &a.toks[i]
	if i == s.a || !t.upper || t.cls&(wNonName|wOpener|wMonth|wWeekday) != 0 {
		return i
	}
	if j := a.divisionEnd(i, s); j > i {
		// "the Gazakh district": a region, named with or without its noun
		v := a.venueEntity(a.str(i, j-1), graphmodel.TypeRegion, -1)
		v.addAlias(a.str(i, j))
		a.addVenueMention(i, j, v)
		return j
	}
	p := a.prevWord(i, wDet)
	if p < 0 {
		return i
	}
	switch a.toks[p].low {
	case "in", "at", "near", "outside":
	case "and", "or":
		// "near Bure and Zalambessa": the second of two places
		if q := p - 1; q < s.a || a.at[q] == nil || a.at[q].kind != mVenue || q+1 != p {
			return i
		}
	default:
		return i
	}
	if !a.isLocative(i) { // (asked last: the dearest test)
		return i
	}
	j := i
	for j < s.b && j-i < 3 && a.toks[j].kind == tWord && a.toks[j].upper && a.toks[j].cls&wNonName == 0 {
		j++
	}
	if j < s.b && a.toks[j].kind == tPoss {
		return i
	}
	if j == i || (t.cls&wGiven != 0) && j-i >= 2 {
		return i
	}
	if j < s.b && a.modifiesNoun(j) {
		return i // "in European defence projects", "in Soviet times": an adjective
	}
	v := a.venueEntity(a.str(i, j), graphmodel.TypeOther, -1)
	a.addVenueMention(i, j, v)
	return j
}

// modifiesNoun reports a lower-case noun at j that the capitalised words
// before it modify: a plain modifier's word (see plainModifier) that is
// no word of time, adverb or place's own noun.
func (a *analysis) modifiesNoun(j int) bool {
	t := &a.toks[j]
	if !a.plainModifier(j) || t.cls&(wTimeCue|wMonth|wWeekday) != 0 || a.ruleWord(j, divisionNouns) {
		return false // (a division's noun is the place's own: "in the Kahramankazan district")
	}
	switch t.low {
	case "nor", "yesterday", "today", "tomorrow", "tonight", "last", "next", "this", "earlier",
		"later", "early", "late", "where", "when", "on", "to",
		"afterwards", "afterward", "again", "too", "instead", "then", "now", "there", "here", "together", "alone",
		// other nouns of places
		"area", "city", "town", "village", "valley", "state", "border", "river", "island", "islands", "mountains", "desert",
		"suburb", "suburbs", "neighbourhood", "neighborhood", "camp", "capital", "port", "harbour", "harbor", "airport":
		return false
	}
	return !strings.HasSuffix(t.low, "ly") && !strings.HasSuffix(t.low, "ed") && !strings.HasSuffix(t.low, "ing")
}

func (a *analysis) meetingWordAt(i int, s sentence) bool {
	for i < s.b && a.toks[i].kind == tWord && !a.toks[i].upper && (a.toks[i].low == "bilateral" || a.toks[i].low == "high-level") {
		i++
	}
	if i >= s.b {
		return false
	}
	end, es := a.lexAt(i)
	return end > i && kindsOf(es)&kMeeting != 0
}

// speechVerbAt reports whether a reporting or acting verb follows at i
// (adverbs and auxiliaries skipped): "Moscow says", "Moscow describes".
func (a *analysis) speechVerbAt(i int, s sentence) bool {
	for k := i; k < s.b && k < i+3; k++ {
		t := &a.toks[k]
		if t.kind != tWord {
			return false
		}
		if a.isSpeech(k) {
			return true
		}
		if k == i && t.cls&wAux != 0 && t.low != "be" && t.low != "been" {
			return true // "Berlin was ready to …": a capital as a subject
		}
		if !((t.cls&wAux != 0) || strings.HasSuffix(t.low, "ly")) {
			return t.cls&wAction != 0
		}
	}
	return false
}

// actionVerbs are verbs whose subject is an acting party: a capital as
// their subject stands for its government.
var actionVerbs = wordSet("wants", "demands", "rejected", "rejects", "accused", "accuses", "moved", "insists",
	"refused", "refuses", "agreed", "agrees", "threatened", "threatens", "imposed", "imposes", "sanctioned",
	"responded", "responds", "hopes", "seeks", "sought", "expects", "fears", "supports", "backed", "backs",
	"opposes", "opposed", "blamed", "blames", "recalled", "expelled", "summoned", "launched", "continues")

func (a *analysis) capitalOf(city string) (int, bool) {
	if len(city) <= 64 && singleSpaced(city) {
		// lexicon.Key of such a name is its lower-case form: made in a
		// buffer, no copy to look it up
		var buf [64]byte
		i, ok := a.x.capitals[string(appendLowerASCII(buf[:0], city))]
		return i, ok
	}
	i, ok := a.x.capitals[lexicon.Key(city)]
	return i, ok
}
