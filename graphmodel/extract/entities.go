package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// getEntity returns the entity under key, creating it with mk.
func (a *analysis) getEntity(key string, mk func() entity) *entity {
	if e, ok := a.ents[key]; ok {
		return e
	}
	e := a.newEntity(mk())
	a.ents[key] = e
	a.order = append(a.order, e)
	return e
}

// getEntityOf returns the entity under the key prefix+name (name folded
// by foldKey when fold is set), creating it with mk. The key is built in
// a buffer and copied only for a new entity.
func (a *analysis) getEntityOf(prefix, name string, fold bool, mk func() entity) *entity {
	var buf [64]byte
	k := append(buf[:0], prefix...)
	if fold {
		k = appendFoldKey(k, name)
	} else {
		k = append(k, name...)
	}
	if e, ok := a.ents[string(k)]; ok {
		return e
	}
	e := a.newEntity(mk())
	a.ents[a.sc.keys.Bytes(k)] = e
	a.order = append(a.order, e)
	return e
}

// appendFoldKey appends foldKey(s) to buf.
func appendFoldKey(buf []byte, s string) []byte {
	if !isASCII(s) {
		return append(buf, foldKey(s)...)
	}
	return appendLowerASCII(buf, s) // (appendLower would test for ASCII again)
}

// Kinds of lexicon entries whose entities lexEntSlot remembers.
const (
	leCountryActor = iota + 1
	leCountryVenue
	leOrg
	leCity
)

// lexEnt is a slot of analysis.lexEnts: the entity of one lexicon entry.
type lexEnt struct {
	key uint32 // kind<<24 | index+1; 0: empty
	e   *entity
}

// lexEntSlot returns the slot of lexicon entry idx of kind k in a small
// direct-mapped table of the entities asked for lately, and whether it
// holds that entry's entity; if not, the caller puts it there. A country
// is named again and again: the table spares building its key and looking
// it up (getEntityOf would find the same entity: entities stay in a.ents
// once made).
func (a *analysis) lexEntSlot(k, idx int) (*lexEnt, bool) {
	key := uint32(k)<<24 | uint32(idx+1)
	sl := &a.lexEnts[uint(idx*4+k)%uint(len(a.lexEnts))]
	if sl.key == key {
		return sl, true
	}
	sl.key = key
	return sl, false
}

func (a *analysis) countryActor(ci int) *entity {
	sl, ok := a.lexEntSlot(leCountryActor, ci)
	if ok {
		return sl.e
	}
	c := a.x.lex.Countries[ci]
	sl.e = a.getEntityOf("actor/country/", c.Name, false, func() entity {
		return entity{kind: graphmodel.KindActor, typ: graphmodel.TypeCountry, label: c.Name, country: ci}
	})
	return sl.e
}

func (a *analysis) countryVenue(ci int) *entity {
	sl, ok := a.lexEntSlot(leCountryVenue, ci)
	if ok {
		return sl.e
	}
	c := a.x.lex.Countries[ci]
	sl.e = a.getEntityOf("venue/country/", c.Name, false, func() entity {
		return entity{kind: graphmodel.KindVenue, typ: graphmodel.TypeCountry, label: c.Name, country: ci}
	})
	return sl.e
}

// cityVenue returns the venue of lexicon city ci.
func (a *analysis) cityVenue(ci int) *entity {
	sl, ok := a.lexEntSlot(leCity, ci)
	if !ok {
		sl.e = a.venueEntity(a.x.lex.Cities[ci].Name, graphmodel.TypeCity, -1)
	}
	return sl.e
}

func (a *analysis) venueEntity(name, typ string, ci int) *entity {
	name = cleanName(name)
	return a.getEntityOf("venue/", name, true, func() entity {
		return entity{kind: graphmodel.KindVenue, typ: typ, label: name, country: ci}
	})
}

// orgEntity returns the organisation of that name; li is its index in
// the lexicon (the name is then the lexicon's), or -1.
func (a *analysis) orgEntity(name string, li int) *entity {
	if li >= 0 {
		sl, ok := a.lexEntSlot(leOrg, li)
		if !ok {
			sl.e = a.newOrgEntity(name, li)
		}
		return sl.e
	}
	return a.newOrgEntity(name, li)
}

// newOrgEntity is orgEntity without the table of lexEntSlot.
func (a *analysis) newOrgEntity(name string, li int) *entity {
	name = cleanName(name)
	e := a.getEntityOf("actor/org/", name, true, func() entity {
		e := entity{kind: graphmodel.KindActor, typ: graphmodel.TypeOrganization, label: name, country: -1, unlisted: li < 0}
		if li >= 0 {
			if ci, ok := a.x.byISO[a.x.lex.Organizations[li].ISO2]; ok {
				e.country = ci
			}
		}
		return e
	})
	return e
}

// cleanName folds inner white space and drops a leading "the".
func cleanName(s string) string {
	if !singleSpaced(s) {
		s = joinFields(s)
	}
	return dropThe(s)
}

// dropThe drops a leading "the" (of cleanName).
func dropThe(s string) string {
	if len(s) > 4 && (strings.HasPrefix(s, "the ") || strings.HasPrefix(s, "The ")) {
		s = s[4:]
	}
	return s
}

// cleanSpan returns cleanName of the text of tokens i…j-1. Tokens hold no
// white space (the tokenizer skips what unicode.IsSpace calls space), so
// the text is single spaced, as joinFields would leave it, when each gap
// between two tokens is one space or none: the gaps tell it without a
// look at every byte of the name.
func (a *analysis) cleanSpan(i, j int) string {
	for k := i + 1; k < j; k++ {
		if p, n := a.toks[k-1].e, a.toks[k].s; n-p > 1 || n-p == 1 && a.text[p] != ' ' {
			return cleanName(a.str(i, j))
		}
	}
	return dropThe(a.str(i, j))
}

// singleSpaced reports text whose words stand one space apart, with no
// space at either end: joinFields leaves it as it is (most names are
// written so; the test is cheaper than joinFields'). Besides ASCII it
// takes the characters of two bytes led by 0xC3…0xDF (U+00C0…U+07FF:
// "José", "Łukasz"), none of which is a space; a character led by 0xC2
// (U+0085, U+00A0) or of three bytes or more may be one: joinFields
// decides.
func singleSpaced(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < 0x80, c >= 0xC3 && c <= 0xDF:
		case c >= 0x80 && c <= 0xBF:
			// a byte that continues a character: that of an accepted lead,
			// or a stray one (no space to strings.Fields)
		case c == ' ':
			if i == 0 || i == len(s)-1 || s[i-1] == ' ' {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// ---- people ----

// weakRole reports a role that says how a person stands to another, not
// what office they hold (a switch: roles are asked about for every
// person mention, and it answers without hashing).
func weakRole(r string) bool {
	switch r {
	case "counterpart", "colleague", "member", "official":
		return true
	}
	return false
}

// resolvePerson finds or makes the entity of a person mention.
func (a *analysis) resolvePerson(m *mention) *entity {
	name := a.cleanSpan(m.na, m.nb)
	n := m.nb - m.na
	// drop a trailing ", Jr." from the comparison, not from the label
	core := m.nb
	for core > m.na+1 && ((a.toks[core-1].cls&wNameSuffix != 0) || a.toks[core-1].text == ",") {
		core--
	}
	lastTok := core - 1
	for lastTok > m.na+1 && a.toks[lastTok-1].text == "-" && !a.toks[lastTok].space {
		lastTok -= 2
	}
	last := a.spanFold(lastTok, core)
	first := last // a name of one word: its first word is its last
	if n > 1 {
		first = a.tokFold(m.na)
	}
	var e *entity
	// foldKey(name) of a name of several words, in a buffer: it is only
	// compared
	var buf [64]byte
	var fl []byte
	if n == 1 {
		e = a.personByKey(last)
		if e == nil {
			e = a.personByGiven(last)
		}
	} else {
		fl = appendFoldKey(buf[:0], name)
		for i := len(a.people) - 1; i >= 0; i-- {
			p := a.people[i]
			pl, pw := p.foldedLabel()
			if pl == string(fl) {
				e = p
				break
			}
			if len(pl) > len(fl) && pl[len(pl)-len(fl):] == string(fl) && pl[len(pl)-len(fl)-1] == ' ' && a.toks[m.na].cls&wGiven == 0 {
				e = p // "Ramírez Lezcano" after "Rubén Ramírez Lezcano": a double surname
				break
			}
			if pw.n == 0 {
				continue
			}
			if pw.last == last && (pw.n == 1 || pw.first == first || (len(pw.first) <= 2 || len(first) <= 2) && pw.first[0] == first[0]) {
				e = p
				if pw.n == 1 && p.id == "" {
					p.label = name // the full name, seen after the surname
				}
				break
			}
			if pw.last == last && pw.n >= 2 && sameGivenNames(pl, string(fl)) {
				// "Theresa Lazaro" after "Ma. Theresa P. Lazaro", "Ishaq Dar"
				// after "Mohammad Ishaq Dar": the same person, a name left out
				e = p
				break
			}
			for _, k := range p.keys {
				if k == string(fl) {
					e = p
				}
			}
			if e != nil {
				break
			}
		}
	}
	if e == nil {
		// the lexicon of well-known people
		if end, es := a.matchWithin(m.na, core); end == core {
			best := -1
			for _, le := range es {
				if le.kind != ePerson {
					continue
				}
				if best < 0 {
					best = le.idx
				}
				if m.affCty >= 0 && a.x.people[le.idx].isoIndex == m.affCty {
					best = le.idx
					break
				}
			}
			if best >= 0 {
				e = a.lexPerson(best)
			}
		}
	}
	if e == nil && n >= 3 {
		// "Duma Gideon Boko", "Cyril Matamela Ramaphosa": the lexicon's
		// person without the middle name, by surname and first name
		if end, es := a.matchWithin(lastTok, core); end == core {
			for _, le := range es {
				if le.kind != ePerson {
					continue
				}
				if f, _, ok := strings.Cut(a.x.lex.People[le.idx].Name, " "); ok && strings.EqualFold(f, a.toks[m.na].text) {
					e = a.lexPerson(le.idx)
					break
				}
			}
		}
	}
	if e == nil && n >= 2 && a.sess != nil {
		// the same person in an earlier document, a given name left out
		// there or here
		if id, label, ok := a.sess.sameGiven(last, string(fl)); ok {
			e = a.getEntityOf("actor/person/", id, false, func() entity {
				return entity{kind: graphmodel.KindActor, typ: graphmodel.TypePerson, label: label, id: id, country: -1, keys: []string{last}}
			})
			a.addPerson(e)
		}
	}
	if e == nil && n == 1 && a.sess != nil {
		if id, label, ok := a.sess.surname(last); ok {
			e = a.getEntityOf("actor/person/", id, false, func() entity {
				return entity{kind: graphmodel.KindActor, typ: graphmodel.TypePerson, label: label, id: id, country: -1, keys: []string{last}}
			})
			a.addPerson(e)
		}
	}
	if e == nil {
		e = a.getEntityOf("actor/person/", name, true, func() entity {
			keys := make([]string, 1, 3) // (room for the keys below)
			keys[0] = last
			if n >= 2 && a.toks[m.na].cls&wGiven == 0 && a.toks[m.na+1].text != "-" {
				keys = append(keys, first)
			}
			if k := a.paternalSurname(m); k >= 0 {
				keys = append(keys, a.tokFold(k)) // "Paz" for Rodrigo Paz Pereira
			}
			return entity{kind: graphmodel.KindActor, typ: graphmodel.TypePerson, label: name, country: -1, keys: keys, first: m.a}
		})
		a.addPerson(e)
	}
	if name != e.label {
		a.addPersonAlias(e, name)
		if n >= 2 && !slices.Contains(e.keys, last) {
			// "Bruno Rodríguez" for the lexicon's Bruno Rodríguez
			// Parrilla: "Rodríguez" alone is him too (keys of lexicon
			// people are shared: copy before adding)
			e.keys = append(slices.Clip(e.keys), last)
		}
	}
	if m.titled != "" {
		a.addPersonAlias(e, m.titled)
	}
	if m.role != "" && (e.role == "" || weakRole(e.role)) && !weakRole(m.role) {
		e.role = m.role
	}
	if m.affCty >= 0 && e.country < 0 {
		e.country = m.affCty
	}
	if e.country < 0 && m.affCty < 0 && m.a >= 2 && a.toks[m.a-1].kind == tPoss {
		if c := a.at[m.a-2]; c != nil && c.kind == mDemonym && c.poss && c.affCty >= 0 {
			e.country = c.affCty // "Uruguay's Mario Lubetkin"
		}
	}
	if m.aff != nil && e.affEnt == nil {
		e.affEnt = m.aff
	}
	return e
}

// addPersonAlias adds alias s to person e. The first alias makes room
// for four, cut from the scratch memory: a person named again and again
// gathers a few ("Putin", "President Putin"), and growing the list one by
// one cost an allocation each.
func (a *analysis) addPersonAlias(e *entity, s string) {
	if e.aliases == nil {
		e.aliases = a.sc.aliases.list(4)
	}
	e.addAlias(s)
}

// matchWithin returns the longest lexicon phrase at token i that ends by
// end, as a.x.ix.match(a.toks, i, end, false) does. When detect already
// asked lexAt about token i (the longest phrase up to the sentence's end)
// and that phrase ends by end, it is the answer: it is the longest of
// those too.
func (a *analysis) matchWithin(i, end int) (int, []lexEntry) {
	if lm := &a.lexMemo[i]; lm.end != memoUnset && int(lm.end) <= end && !a.capsSent[a.tokSent[i]] {
		return int(lm.end), lm.es
	}
	return a.x.ix.match(a.toks, i, end, false)
}

// foldedLabel returns foldKey of the label and its words, worked out
// again only when the label changed.
// (Small enough to be inlined: resolvePerson asks it of every person of
// the document for every name.)
func (e *entity) foldedLabel() (string, labelWords) {
	if e.foldedFor != e.label || e.folded == "" && e.label != "" {
		e.refold()
	}
	return e.folded, e.foldedWords
}

// refold works out what foldedLabel returns for the label.
func (e *entity) refold() {
	e.folded = foldKey(e.label)
	e.foldedWords = wordsOf(e.folded)
	e.foldedFor = e.label
}

// labelWords are what name matching reads of a label's words
// (strings.Fields of it): the first, the last and how many.
type labelWords struct {
	first, last string
	n           int
}

// wordsOf returns the labelWords of s, without a slice of its words
// when s is ASCII.
func wordsOf(s string) labelWords {
	if !isASCII(s) {
		f := strings.Fields(s)
		if len(f) == 0 {
			return labelWords{}
		}
		return labelWords{f[0], f[len(f)-1], len(f)}
	}
	var w labelWords
	for i := 0; i < len(s); {
		for i < len(s) && asciiSpace(s[i]) {
			i++
		}
		start := i
		for i < len(s) && !asciiSpace(s[i]) {
			i++
		}
		if i > start {
			if w.n == 0 {
				w.first = s[start:i]
			}
			w.last = s[start:i]
			w.n++
		}
	}
	return w
}

func (a *analysis) addPerson(e *entity) {
	for _, p := range a.people {
		if p == e {
			return
		}
	}
	a.people = append(a.people, e)
}

// personByKey finds the most recent person of the document whose short
// name is k.
func (a *analysis) personByKey(k string) *entity {
	for i := len(a.people) - 1; i >= 0; i-- {
		for _, pk := range a.people[i].keys {
			if pk == k {
				return a.people[i]
			}
		}
	}
	return nil
}

// paternalSurname returns the first of two surnames in a three-word name
// whose first word is a given name and whose middle word is not
// ("Rodrigo Paz Pereira", "Andrés Manuel López Obrador" has four): the
// name Spanish and Portuguese usage shortens it to ("Paz"), or -1.
func (a *analysis) paternalSurname(m *mention) int {
	if m.nb-m.na != 3 || a.toks[m.na].cls&wGiven == 0 {
		return -1
	}
	k := m.na + 1
	if t := &a.toks[k]; t.kind != tWord || !t.upper || t.cls&(wGiven|wParticle|wFamily) != 0 || a.toks[k+1].text == "-" {
		return -1
	}
	return k
}

// personByGiven returns the one person whose name begins with given name
// k, or nil when none or several do.
func (a *analysis) personByGiven(k string) *entity {
	var found *entity
	for _, p := range a.people {
		if _, pw := p.foldedLabel(); pw.n >= 2 && pw.first == k {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// lexPerson returns the entity of a lexicon person.
func (a *analysis) lexPerson(li int) *entity {
	p := &a.x.people[li]
	e := a.getEntity(p.entKey, func() entity {
		return entity{kind: graphmodel.KindActor, typ: graphmodel.TypePerson, label: p.name, country: p.country,
			keys: p.keys, lexRole: p.role, folded: p.folded, foldedFor: p.name, foldedWords: p.foldedWords, gender: p.gender}
	})
	a.addPerson(e)
	return e
}

// lexPersonInfo is what an entity of a lexicon person starts with,
// worked out once per extractor.
type lexPersonInfo struct {
	name, role string
	entKey     string   // key of the entity in analysis.ents
	keys       []string // folded short names (shared: never appended to)
	country    int
	// isoIndex is byISO's answer for the person's ISO2: country, or 0
	// when the country is not listed (read without hashing the code)
	isoIndex int
	// foldKey of the name and its words: what foldedLabel works out for
	// the entity, ready from its start (every person of a document is
	// compared by them)
	folded      string
	foldedWords labelWords
	// gender is genderOf of the entity, worked out here (the name lists
	// are large maps) for a name of two words or more: the label of such
	// an entity never changes (see resolvePerson); genderUnset otherwise
	gender int8
}

// lexPeople works out the entity data of every lexicon person.
func lexPeople(lx *lexicon.Lexicon, byISO map[string]int) []lexPersonInfo {
	out := make([]lexPersonInfo, len(lx.People))
	for i, p := range lx.People {
		info := lexPersonInfo{name: p.Name, role: p.Role, entKey: "actor/person/" + foldKey(p.Name), country: -1}
		info.folded = foldKey(p.Name)
		info.foldedWords = wordsOf(info.folded)
		if info.foldedWords.n >= 2 {
			info.gender = nameGender(lx, p.Name)
		}
		words := strings.Fields(foldKey(p.Name))
		if len(words) > 0 {
			info.keys = append(info.keys, words[len(words)-1])
			if len(words) >= 2 && lx.IsFamilyName(strings.Fields(p.Name)[0]) {
				info.keys = append(info.keys, words[0])
			}
		}
		for _, al := range p.Aliases {
			if !strings.Contains(al, " ") {
				info.keys = append(info.keys, foldKey(al))
			}
		}
		info.keys = slices.Clip(info.keys)
		if ci, ok := byISO[p.ISO2]; ok {
			info.country = ci
		}
		info.isoIndex = byISO[p.ISO2]
		out[i] = info
	}
	return out
}

// roleScore says how well a title used alone ("the Secretary") fits a
// person's role ("secretary of state"): 3 same, 2 the person's role starts
// with it, 0 no fit.
func roleScore(title, role string) int {
	if title == "" || role == "" {
		return 0
	}
	switch {
	case title == role:
		return 3
	case wordPrefix(role, title):
		return 2
	case wordSuffix(role, title):
		return 1 // "Spokesman" for the "UN spokesman"
	case title == "leader" && isHeadRole(role):
		return 1 // "the Kenyan leader": the president or prime minister
	case role == "leader" && isHeadRole(title):
		return 1 // "Chile's leader, X, … the Chilean president": X
	case title == "head of state" && (role == "president" || role == "king" || role == "emir"):
		return 2 // "the Head of State" in a presidency's readout
	}
	return 0
}

// wordPrefix reports whether s begins with the words w and more after a
// space: strings.HasPrefix(s, w+" ") without making w+" ".
func wordPrefix(s, w string) bool {
	return len(s) > len(w) && s[len(w)] == ' ' && s[:len(w)] == w
}

// wordSuffix reports whether s ends with the words w after a space:
// strings.HasSuffix(s, " "+w) without making " "+w.
func wordSuffix(s, w string) bool {
	n := len(s) - len(w)
	return n > 0 && s[n-1] == ' ' && s[n:] == w
}

// counterpartOf resolves "his Chinese counterpart" named nowhere near: the
// one person of that country named so far, or the one of them holding the
// office of the person spoken of last.
func (a *analysis) counterpartOf(m *mention, exclude *entity) *entity {
	if m.affCty < 0 {
		return nil
	}
	var cands []*entity
	for _, p := range a.people {
		if p != exclude && p.country == m.affCty {
			cands = append(cands, p)
		}
	}
	if len(cands) == 1 {
		return cands[0]
	}
	if s := a.lastSubj; s != nil && s.country != m.affCty {
		role := s.role
		if role == "" {
			role = s.lexRole
		}
		var match *entity
		for _, p := range cands {
			if role != "" && (p.role == role || p.lexRole == role) {
				if match != nil {
					return nil
				}
				match = p
			}
		}
		return match
	}
	return nil
}

// resolveTitle finds the person a title used alone stands for.
func (a *analysis) resolveTitle(m *mention, exclude *entity) *entity {
	if m.role == "counterpart" {
		return a.counterpartOf(m, exclude)
	}
	var best *entity
	bestScore := 0
	for _, p := range a.people {
		if p == exclude {
			continue
		}
		sc := roleScore(m.role, p.role)
		if sc == 0 {
			sc = roleScore(m.role, p.lexRole)
		}
		if sc == 0 {
			continue
		}
		if m.affCty >= 0 {
			switch p.country {
			case m.affCty:
				sc++
			case -1: // allegiance unknown: may be theirs
			default:
				continue
			}
		}
		if sc > bestScore {
			best, bestScore = p, sc
		}
	}
	return best
}

// sameGivenNames reports two folded names ("ma theresa p lazaro",
// "theresa lazaro") with the same last word whose given names, initials
// and suffixes left out, are one within the other: the shorter has at
// least one, and every one of them is in the longer in the same order
// (names with as many given names must have the same ones).
func sameGivenNames(x, y string) bool {
	ax, nx, okx := givenWords(x)
	ay, ny, oky := givenWords(y)
	if !okx || !oky {
		return false // (no person's name has more than maxNameWords words)
	}
	gx, gy := ax[:nx], ay[:ny]
	if len(gx) > len(gy) {
		gx, gy = gy, gx
	}
	if len(gx) == 0 {
		return false
	}
	if len(gx) == len(gy) {
		return slices.Equal(gx, gy) // ("Ferdinand R. Marcos Jr.": "Ferdinand Marcos")
	}
	j := 0
	for _, w := range gy {
		if j < len(gx) && w == gx[j] {
			j++
		}
	}
	return j == len(gx)
}

// maxNameWords is how many words of a name givenWords reads, in arrays
// it returns by value: nothing is allocated (and neither name escapes).
const maxNameWords = 12

// givenWords returns the words of a folded name before its last, without
// initials ("p", "r."), abbreviations of one or two letters and suffixes:
// the first n of out. ok is false when the name has more than
// maxNameWords words.
func givenWords(name string) (out [maxNameWords]string, n int, ok bool) {
	f, nf, ok := nameFields(name)
	if !ok {
		return out, 0, false
	}
	words := f[:nf]
	for len(words) > 1 && nameSuffixes[strings.TrimSuffix(words[len(words)-1], ".")] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 {
		return out, 0, true
	}
	for _, w := range words[:len(words)-1] {
		if len(strings.TrimSuffix(w, ".")) <= 2 || nameParticles[w] {
			continue
		}
		out[n] = w
		n++
	}
	return out, n, true
}

// nameFields returns the words of name as strings.Fields splits them
// (around runs of Unicode white space): the first n of f. ok is false
// when there are more than maxNameWords.
func nameFields(name string) (f [maxNameWords]string, n int, ok bool) {
	start := -1 // where the current word began, or -1 between words
	for i := 0; i <= len(name); {
		space, size := true, 1 // (the end of the name ends a word)
		if i < len(name) {
			if c := name[i]; c < utf8.RuneSelf {
				space = asciiSpace(c)
			} else {
				var r rune
				r, size = utf8.DecodeRuneInString(name[i:])
				space = unicode.IsSpace(r)
			}
		}
		switch {
		case space && start >= 0:
			if n == len(f) {
				return f, 0, false
			}
			f[n] = name[start:i]
			n++
			start = -1
		case !space && start < 0:
			start = i
		}
		i += size
	}
	return f, n, true
}
