package extract

import (
	"cmp"
	"slices"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// turn is a transcript turn: the paragraphs after a speaker label
// ("President of Russia Vladimir Putin: …").
type turn struct {
	label    *mention
	speaker  *entity
	para     int // paragraph of the label
	lastPara int // last paragraph of the turn (inclusive)
	bodyFrom int // first token of speech on the label's line
}

// run analyses the document: structure, mentions, then a left-to-right
// pass that resolves references and finds meetings and statements.
func (a *analysis) run() {
	if len(a.toks) == 0 {
		return
	}
	a.useScratchLists()
	a.structure()
	a.detect()
	a.indexMentions()
	a.findTurns()
	ti := 0
	for si := range a.sents {
		s := a.sents[si]
		for ti < len(a.turns) && a.turns[ti].lastPara < s.para {
			ti++
		}
		var tu *turn
		if ti < len(a.turns) && a.turns[ti].para <= s.para {
			tu = &a.turns[ti]
		}
		a.resolveSentence(si, tu)
		a.meetingsIn(si, tu)
		if tu == nil || tu.speaker == nil && tu.label.kind == mTitleOnly {
			// no turn, or a title label nobody named answers to
			a.statementsIn(si)
		} else {
			a.turnStatement(si, tu)
			// "the Secretary-General said that …" inside the spokesman's
			// turn: reported speech of others
			a.others = tu.speaker
			a.statementsIn(si)
			a.others = nil
		}
		a.noteSubject(si)
	}
	a.finishGroups()
}

// sentCues sums up what a sentence holds, read in one pass over its
// tokens: a rule that looks for words the sentence lacks need not scan it.
type sentCues struct {
	a, b  int    // the sentence's tokens
	read  bool   // the fields below are those of a..b
	cls   wclass // the union of its words' classes
	kinds uint8  // the kinds of its tokens, 1<<kind each
	// marks are the tokens that may begin a meeting or a statement (a
	// class of markClasses), in order: the loops of triggersIn and
	// statementsIn visit them alone. The buffer is reused: it holds the
	// sentence read last.
	marks []int
	// memos of rules that depend on the sentence alone
	year     string // periodNear's year ("in 2023"), once yearRead
	yearRead bool
	// sameDayDate's words ("earlier in the day"): tokens dayAt..dayEnd-1,
	// dayAt < 0 when none, once dayRead
	dayAt, dayEnd int
	dayRead       bool
}

// markClasses are the classes of the words a meeting (triggersIn) or a
// statement (statementsIn) may begin with.
const markClasses = wMeetVerb | wMeetingCue | wMeetingStart | wSpeech | wStmtCue

// cuesOf returns the cues of sentence s, reading them when s is not the
// sentence read last.
func (a *analysis) cuesOf(s sentence) *sentCues {
	c := &a.cue
	if !c.read || c.a != s.a || c.b != s.b {
		var cls wclass
		var kinds uint8
		marks := c.marks[:0]
		if marks == nil {
			marks = a.sc.sentList.list(32) // (a sentence rarely has more)
		}
		toks := a.toks[s.a:s.b]
		for i := range toks {
			t := &toks[i]
			cls |= t.cls
			kinds |= 1 << (t.kind & 7) // (kinds are below 8: no test of a longer shift)
			if t.cls&markClasses != 0 {
				marks = append(marks, s.a+i)
			}
		}
		*c = sentCues{a: s.a, b: s.b, read: true, cls: cls, kinds: kinds, marks: marks}
	}
	return c
}

// sentHas reports whether some word of sentence s has one of the classes.
func (a *analysis) sentHas(s sentence, cls wclass) bool { return a.cuesOf(s).cls&cls != 0 }

// ---- transcripts ----

// findTurns finds speaker labels: a line that starts with a person's name
// (with titles, and an optional parenthesis such as "(retranslated)")
// followed by a colon.
func (a *analysis) findTurns() {
	for pi, p := range a.paras {
		colon := -1
		last := min(p[1], p[0]+24) // the label's colon is among the first tokens
		if last > p[0] && strings.IndexByte(a.text[a.toks[p[0]].s:a.toks[last-1].e], ':') >= 0 {
			// (a colon is a token of its own: no byte ':' in those
			// tokens' text, no colon among them)
			for k := p[0]; k < last; k++ {
				if a.toks[k].text == ":" {
					colon = k
					break
				}
			}
		}
		if colon < 0 || colon == p[0] {
			continue
		}
		var person *mention
		ok := true
		depth := 0
		for k := p[0]; k < colon; k++ {
			t := &a.toks[k]
			switch {
			case t.text == "(":
				depth++
			case t.text == ")":
				depth--
			case depth > 0:
			case a.at[k] != nil && (a.at[k].kind == mPerson || a.at[k].kind == mTitleOnly):
				if person == nil || a.at[k].kind == mPerson {
					person = a.at[k]
				}
			case a.at[k] != nil:
			case t.kind == tWord && (t.upper || t.low == "of" || t.low == "the" || t.low == "and"):
			case t.text == "," || t.text == "." || t.text == "-":
			default:
				ok = false
			}
			if !ok {
				break
			}
		}
		if a.anonymousLabel(p[0], colon) {
			// "QUESTION:", "MODERATOR:": nobody's statements, and the
			// turn before ends
			if n := len(a.turns); n > 0 && a.turns[n-1].lastPara >= pi {
				a.turns[n-1].lastPara = pi - 1
			}
			continue
		}
		if !ok || person == nil {
			continue
		}
		if person.kind == mTitleOnly && (person.a != p[0] || person.b != colon) {
			continue // a title alone must be the whole label: "Spokesman:", "THE PRESIDENT:"
		}
		if n := len(a.turns); n > 0 && a.turns[n-1].lastPara >= pi {
			a.turns[n-1].lastPara = pi - 1
		}
		a.turns = append(a.turns, turn{label: person, para: pi, lastPara: len(a.paras) - 1, bodyFrom: colon + 1})
	}
	// a turn ends before a separator line ("* * *") or a line with no speech
	for i := range a.turns {
		t := &a.turns[i]
		for pi := t.para + 1; pi <= t.lastPara; pi++ {
			p := a.paras[pi]
			words := 0
			for k := p[0]; k < p[1]; k++ {
				if a.toks[k].kind == tWord {
					words++
				}
			}
			if words == 0 {
				t.lastPara = pi - 1
				break
			}
		}
	}
}

// anonymousLabel reports a transcript label of tokens from..to-1 that
// names a role and nobody in particular: "QUESTION", "Q", "MODERATOR",
// "SENIOR ADMINISTRATION OFFICIAL".
func (a *analysis) anonymousLabel(from, to int) bool {
	if to-from > 5 {
		return false
	}
	for k := from; k < to; k++ {
		t := &a.toks[k]
		if t.kind != tWord || !t.upper || (a.at[k] != nil && a.at[k].kind == mPerson) {
			return false
		}
		switch t.low {
		case "q", "question", "questions", "moderator", "reporter", "journalist", "audience", "member",
			"participant", "interviewer", "host", "correspondent", "official", "senior", "administration",
			"staff", "unidentified", "voice", "press", "operator", "speaker":
		default:
			return false
		}
	}
	return true
}

// addressee is the person a turn's speaker talks to: the speaker of the
// previous or next turn who is someone else.
func (a *analysis) addressee(tu *turn) *entity {
	if tu == nil {
		return nil
	}
	for i := range a.turns {
		o := &a.turns[i]
		if o.speaker != nil && o.speaker != tu.speaker {
			if o.para < tu.para || o.speaker != nil {
				return o.speaker
			}
		}
	}
	// the principal met by the speaker
	for _, m := range a.meetings {
		for _, p := range m.parts {
			if p != tu.speaker && p.typ == graphmodel.TypePerson {
				return p
			}
		}
	}
	return nil
}

// ---- reference resolution ----

// sentMentions returns the mentions of sentence si in text order.
func (a *analysis) sentMentions(si int) []*mention {
	r := a.sentMent[si]
	return a.ments[r[0]:r[1]]
}

// indexMentions sorts the mentions by position and records each
// sentence's range.
func (a *analysis) indexMentions() {
	byStart := func(x, y *mention) int { return cmp.Compare(x.a, y.a) }
	if !slices.IsSortedFunc(a.ments, byStart) { // (detect adds most in order)
		slices.SortStableFunc(a.ments, byStart)
	}
	a.sentMent = sized(a.sc.sentMent, len(a.sents))
	k := 0
	for si, s := range a.sents {
		for k < len(a.ments) && a.ments[k].a < s.a {
			k++
		}
		from := k
		for k < len(a.ments) && a.ments[k].a < s.b {
			k++
		}
		a.sentMent[si] = [2]int{from, k}
	}
}

// apposedTitle returns the title mention that person mention m stands
// in apposition to: "the President of the Republic of Chile, José Antonio
// Kast", "Ghana's Minister for Foreign Affairs, Hon. Samuel Okudzeto
// Ablakwa". The name must close the sentence or a comma must follow it.
func (a *analysis) apposedTitle(m *mention) *mention {
	j := m.a - 1
	for n := 0; n < 2 && j > 0; n++ { // "…, Hon. X", "…, H.E. Mr. X"
		if a.toks[j].text == "." && a.isHonorific(j-1) {
			j -= 2
		} else if a.isHonorific(j) {
			j--
		}
	}
	if j < 1 || a.toks[j].text != "," {
		return nil
	}
	t := a.at[j-1]
	if t == nil || t.kind != mTitleOnly || t.b != j {
		return nil
	}
	s := a.sents[m.sent]
	if m.b < s.b && a.toks[m.b].text != "," && a.toks[m.b].kind != tPunct {
		return nil
	}
	return t
}

// apposedWithin reports a person mention that holds a title and the name
// in apposition: "His spokesman, Rafał Leśkiewicz", "The EU's foreign
// policy chief, Kaja Kallas", "The Minister for Foreign Affairs, Hon.
// Kofi Mensah".
func (a *analysis) apposedWithin(m *mention) bool {
	j := m.na - 1
	for n := 0; n < 2 && j-1 > m.a; n++ { // "…, Hon. X", "…, H.E. Mr. X"
		if a.toks[j].text == "." && a.isHonorific(j-1) {
			j -= 2
		} else if a.isHonorific(j) {
			j--
		}
	}
	return m.na > m.a && j > m.a && a.toks[j].text == ","
}

// hostOfOwner returns the host or guest of the person named last in
// before (the owner of "his host"): the other person of the latest
// meeting the owner took part in, or nil.
func (a *analysis) hostOfOwner(before []*mention) *entity {
	var owner *entity
	for k := len(before) - 1; k >= 0 && owner == nil; k-- {
		if m := before[k]; m.ent != nil && m.ent.typ == graphmodel.TypePerson && (m.kind == mPerson || m.kind == mTitleOnly || m.kind == mPronoun) {
			owner = m.ent
		}
	}
	if owner == nil {
		return nil
	}
	for k := len(a.meetings) - 1; k >= 0; k-- {
		m := a.meetings[k]
		if !slices.Contains(m.parts, owner) {
			continue
		}
		for _, p := range m.parts {
			if p != owner && p.typ == graphmodel.TypePerson {
				return p
			}
		}
	}
	return nil
}

// delegationHead returns the person who leads the delegation named at
// token k or last before it: "a delegation … led by X", "the delegation,
// led by X,", "a delegation headed by X", "X's delegation", or nil.
func (a *analysis) delegationHead(k int) *entity {
	for j := k; j >= 0 && j >= k-3000; j-- {
		if a.toks[j].low != "delegation" {
			continue
		}
		if j >= 2 && a.toks[j-1].kind == tPoss {
			if m := a.at[j-2]; m != nil && m.kind == mPerson && m.ent != nil {
				return m.ent // "Tane's delegation"
			}
		}
		if e := a.ledByAfter(j); e != nil {
			return e
		}
	}
	return nil
}

// ledByAfter returns who leads the delegation named at token j when the
// text says so right after it: "a delegation from the Socialist Republic
// of Viet Nam led by X", "the Nigerien delegation, led by X," ("led by"
// or "headed by" within a few words, no verb nor punctuation before it
// but a comma right after the noun or right before "led"), or nil.
// (People after it in the sentence are resolved later: ask once the
// sentence is.)
func (a *analysis) ledByAfter(j int) *entity {
	end := min(len(a.toks), j+16)
	for n := j + 1; n+2 < end; n++ {
		t := &a.toks[n]
		if t.kind == tPunct && t.text != "-" && !(t.text == "," && (n == j+1 || a.toks[n+1].low == "led" || a.toks[n+1].low == "headed")) || t.cls&wAux != 0 {
			break
		}
		if (t.low == "led" || t.low == "headed") && a.toks[n+1].low == "by" {
			p := n + 2
			for p+1 < end && p < n+4 && a.at[p] == nil && a.toks[p].kind == tWord && a.toks[p].upper {
				p++ // "led by Senate President X": the body of the title
			}
			if m := a.at[p]; m != nil && m.kind == mPerson {
				if m.ent == nil {
					m.ent = a.resolvePerson(m)
				}
				return m.ent
			}
			break
		}
	}
	return nil
}

func (a *analysis) resolveSentence(si int, tu *turn) {
	ms := a.sentMentions(si)
	if tu != nil && tu.speaker == nil && tu.label.sent == si {
		if tu.label.kind == mTitleOnly {
			tu.speaker = a.resolveTitle(tu.label, nil) // "Spokesman:": the spokesman named before, or nobody
		} else {
			tu.speaker = a.resolvePerson(tu.label)
		}
		tu.label.ent = tu.speaker
	}
	for mi, m := range ms {
		switch m.kind {
		case mPerson:
			if m.ent == nil {
				m.ent = a.resolvePerson(m)
			}
			m.ent.spans = a.appendSpan(m.ent.spans, a.span(m.na, m.nb))
			if t := a.apposedTitle(m); t != nil {
				// "The President of the Plurinational State of Bolivia,
				// Rodrigo Paz Pereira, held …": the title is the person
				t.ent = m.ent
			}
			// "his counterpart X": X holds the office "his" holds
			if m.role == "counterpart" && m.a > 0 {
				if p := a.at[m.a-1]; p != nil && p.kind == mPronoun && p.ent != nil && p.ent != m.ent && (m.ent.role == "" || weakRole(m.ent.role)) {
					if r := p.ent.role; r != "" && !weakRole(r) {
						m.ent.role = r
					} else if p.ent.lexRole != "" {
						m.ent.role = p.ent.lexRole
					}
				}
			}
		case mTitleOnly:
			if m.noun == "delegation" {
				// "the delegation called on …": whoever leads it
				if m.ent = a.delegationHead(m.na); m.ent != nil {
					m.ent.spans = a.appendSpan(m.ent.spans, a.span(m.na, m.nb))
				}
				continue
			}
			if m.noun == "host" {
				// "Japarov invited his host", "Lula told his guest": the
				// other person of the last meeting of the one before
				if m.ent = a.hostOfOwner(ms[:mi]); m.ent != nil {
					m.ent.spans = a.appendSpan(m.ent.spans, a.span(m.na, m.nb))
				}
				continue
			}
			var ex *entity
			if tu != nil && a.isVocative(m) {
				ex = tu.speaker
			}
			if a.unnamedTitle(m, si) {
				// "a senior official said": someone unnamed, not an
				// official named before; an anonymous source
				// (../shared/corpus/README.md) is nobody's statement. A
				// spokesperson of a body named with the title speaks for
				// it on the record: "a State Department spokesperson said"
				// is the State Department's word.
				if m.ent = a.spokespersonOf(m); m.ent != nil {
					m.ent.spans = a.appendSpan(m.ent.spans, a.span(m.na, m.nb))
				}
				continue
			}
			m.ent = a.resolveTitle(m, ex)
			if m.ent != nil {
				m.ent.spans = a.appendSpan(m.ent.spans, a.span(m.na, m.nb))
			}
		case mGroup:
			if m.noun == "delegation" {
				// "the Nigerien delegation, led by Foreign Minister X": X
				if e := a.ledByAfter(m.b - 1); e != nil {
					m.ent = e
					continue
				}
			}
			c := a.countryActor(m.affCty)
			m.ent = c
			c.spans = a.appendSpan(c.spans, a.span(m.na, m.nb))
			if personGroupNouns[m.noun] {
				m.refs = a.peopleOf(m.affCty)
			} else if m.noun == "ministers" {
				m.refs = a.ministersOf(m.affCty) // "the two Australian ministers"
			}
			if len(m.refs) >= 2 || strings.HasSuffix(m.noun, "s") {
				if p := mi - 1; p >= 0 && ms[p].kind == mGroup && ms[p].b+1 == m.a && a.toks[ms[p].b].low == "and" {
					// "Serbian and Kosovo negotiators … their": both
					a.lastPlural = a.appendEnts(a.appendEnts(nil, a.lastPlural...), a.targets(m)...)
				} else {
					a.lastPlural = a.appendEnts(nil, a.targets(m)...)
				}
			}
		case mPronoun:
			a.resolvePronoun(m, ms, tu)
		case mPlural:
			m.refs = a.byRole(m.noun)
			if countryNoun(m.noun) {
				// "The two countries will hold talks": the parties of the
				// meeting spoken of; not "meetings between the two
				// countries", a relation in general
				m.refs = nil
				if p := m.a - 1; len(a.meetings) > 0 && !(p >= 0 && (a.toks[p].low == "between" || a.toks[p].low == "of" || a.toks[p].low == "among")) {
					m.refs = a.sidesOf(a.meetings[len(a.meetings)-1])
				}
			}
			if m.noun == "ministers" && (m.count == 0 || len(m.refs) > m.count) {
				// "the ministers", "the two ministers": not the prime
				// minister named too
				var strict []*entity
				for _, p := range m.refs {
					if !p.isHead() {
						strict = append(strict, p)
					}
				}
				if m.count == 0 && len(strict) >= 2 || m.count >= 2 && len(strict) == m.count {
					m.refs = strict
				}
			}
			if m.count > 2 && len(m.refs) != m.count || m.count == 2 && len(m.refs) == 1 {
				// "the three presidents": the latest meeting of three; "the
				// two Ministers" when one of them has another title
				// (Kenya's Cabinet Secretary for Foreign Affairs)
				if refs := a.meetingOf(m.count); refs != nil {
					m.refs = refs
				}
			}
			if len(m.refs) < 2 && (m.noun == "sides" || m.noun == "parties" || countryNoun(m.noun)) {
				// "Iraq and Kuwait ended a round of talks, but both sides
				// said": the parties that open the sentence
				if l := a.openingList(a.sents[m.sent], m.a); len(l) >= 2 {
					m.refs = l
				} else if l := a.betweenList(a.sents[m.sent], m.a); len(l) >= 2 && m.b < len(a.toks) && a.isSpeech(m.b) {
					// "talks between Pakistan and Afghanistan's Taliban
					// government ended …, although both sides said"
					m.refs = l
				}
			}
			if m.count == 2 && (m.noun == "men" || m.noun == "women") {
				// "Tusk and his Czech counterpart, Andrej Babiš, … Babiš
				// was making his first visit. The two men held talks",
				// "X spoke by phone with Y, and the two men agreed": the
				// two people named last
				if refs := a.peopleBefore(mi+a.sentMent[si][0], 2); len(refs) == 2 {
					m.refs = refs
				}
			}
			if len(m.refs) < 2 {
				m.refs = a.principals()
			}
			a.lastPlural = m.refs
		}
		if m.kind == mCountry || m.kind == mOrg {
			a.lastThing = m.ent
		}
	}
	// coordinated people: "Putin and Aliyev met" → "they"
	for i := 0; i+1 < len(ms); i++ {
		x, y := ms[i], ms[i+1]
		if x.kind == mPerson && y.kind == mPerson && y.a == x.b+1 && a.toks[x.b].low == "and" {
			a.lastPlural = a.appendEnts(nil, x.ent, y.ent)
		}
	}
}

// withPairBefore returns the two people of "X … with Y" before the plural
// pronoun m in its sentence ("which he first discussed with Abinader when
// they met"), or nil.
func (a *analysis) withPairBefore(m *mention, ms []*mention) []*entity {
	for i := len(ms) - 1; i >= 0; i-- {
		o := ms[i]
		if o.a >= m.a || o.ent == nil || o.kind != mPerson && o.kind != mTitleOnly || o.a == 0 || a.toks[o.a-1].low != "with" {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			p := ms[j]
			if p.ent != nil && p.ent != o.ent && p.ent.typ == graphmodel.TypePerson && (p.kind == mPerson || p.kind == mTitleOnly || p.kind == mPronoun) {
				return []*entity{p.ent, o.ent}
			}
		}
		return nil
	}
	return nil
}

// betweenList returns the actors of the first "between A and B" of
// sentence s before token end.
func (a *analysis) betweenList(s sentence, end int) []*entity {
	for k := s.a; k+1 < end; k++ {
		if a.toks[k].low == "between" && a.at[k] == nil {
			if l, e, _ := a.listAt(k+1, s); e <= end {
				return l
			}
			return nil
		}
	}
	return nil
}

func (a *analysis) isVocative(m *mention) bool {
	t := &a.toks[m.a]
	return (t.cls&wHonorific != 0) || t.low == "your" || (m.b < len(a.toks) && a.toks[m.b].text == ",")
}

// peopleOf returns the people of country ci named so far who may form a
// group of envoys or negotiators: those of that country, and those with
// no known allegiance whose role is that of an envoy or adviser.
func (a *analysis) peopleOf(ci int) []*entity {
	var out, loose []*entity
	for _, p := range a.people {
		switch {
		case p.country == ci && ci >= 0 && !p.isHead():
			out = a.appendEnts(out, p)
		case p.country < 0 && p.affEnt == nil && envoyRole(p.role):
			loose = append(loose, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return a.appendEnts(out, loose...)
}

// ministersOf returns the ministers of country ci named so far (not its
// prime minister), or nil.
func (a *analysis) ministersOf(ci int) []*entity {
	var out []*entity
	for _, p := range a.people {
		if ci >= 0 && p.country == ci && (strings.Contains(p.role, "minister") || p.role == "" && strings.Contains(p.lexRole, "minister")) && !p.isHead() {
			out = a.appendEnts(out, p)
		}
	}
	return out
}

// isHead reports a head of state or government by the role the text or
// the lexicon gives.
func (e *entity) isHead() bool { return isHeadRole(e.role) || isHeadRole(e.lexRole) }

func isHeadRole(r string) bool {
	return r == "president" || r == "prime minister" || r == "king" || r == "chancellor" || r == "supreme leader"
}

func envoyRole(r string) bool {
	for _, w := range []string{"envoy", "adviser", "advisor", "negotiator", "representative", "official", "aide", "diplomat", "emissary", "mediator"} {
		if strings.Contains(r, w) {
			return true
		}
	}
	return false
}

// targets returns the entities a mention stands for.
func (a *analysis) targets(m *mention) []*entity {
	if m == nil {
		return nil
	}
	if len(m.refs) > 0 {
		return m.refs
	}
	if m.ent != nil {
		// A view of the mention's own array: callers copy what they
		// keep (append to their lists), so it need not be allocated.
		m.one[0] = m.ent
		return m.one[:]
	}
	return nil
}

func (a *analysis) resolvePronoun(m *mention, ms []*mention, tu *turn) {
	switch pronounGroup(m.pron) {
	case pronFirst:
		if tu != nil && tu.speaker != nil {
			m.ent = tu.speaker
		}
	case pronSecond:
		if tu != nil {
			m.ent = a.addressee(tu)
		}
	case pronPerson:
		// the subject of this sentence if named before the pronoun, else
		// the subject of the sentences before; not someone named in what
		// "…, he said" reports
		if m.a > 0 && a.toks[m.a-1].text == "," && m.b < len(a.toks) && a.toks[m.b].cls&wSpeech != 0 && a.lastSubj != nil &&
			a.pronounFits(a.lastSubj, m.pron) {
			m.ent = a.lastSubj
			return
		}
		for _, o := range ms {
			if o.a >= m.a {
				break
			}
			if (o.kind == mPerson || o.kind == mTitleOnly) && o.ent != nil && !a.inQuote[o.a] && a.pronounFits(o.ent, m.pron) {
				m.ent = o.ent
				break
			}
		}
		if m.ent == nil {
			m.ent = a.lastSubj
			if !a.pronounFits(m.ent, m.pron) {
				// "she" after a man was the subject: the latest woman (or
				// person of unknown name) named before
				if e := a.latestFitting(m); e != nil {
					m.ent = e
				}
			}
		}
	case pronPlural:
		m.refs = a.lastPlural
		if m.pron == "they" {
			if pair := a.withPairBefore(m, ms); pair != nil {
				m.refs = pair // "which he discussed with Abinader when they met"
			}
		}
		if len(m.refs) == 0 {
			m.refs = a.principals()
		}
	case pronThing:
		for _, o := range ms {
			if o.a >= m.a {
				break
			}
			if (o.kind == mCountry || o.kind == mOrg) && o.ent != nil {
				m.ent = o.ent
			}
		}
		if m.ent == nil {
			m.ent = a.lastThing
		}
	}
}

// Groups of pronouns: the sets of words.go that hold them.
const (
	pronNone   = iota
	pronFirst  // pronounsFirst: "I", "we"
	pronSecond // pronounsSecond: "you"
	pronPerson // pronounsPerson: "he", "her"
	pronPlural // pronounsPlural: "they"
	pronThing  // pronounsThing: "it"
)

// pronounGroup returns the group of pronoun p, or pronNone. It is a switch
// on the words of those sets (a test keeps them in step): every pronoun
// is asked about, and a switch answers without hashing the word.
func pronounGroup(p string) int {
	switch p {
	case "i", "me", "my", "we", "us", "our":
		return pronFirst
	case "you", "your":
		return pronSecond
	case "he", "she", "him", "his", "her":
		return pronPerson
	case "they", "them", "their":
		return pronPlural
	case "it", "its":
		return pronThing
	}
	return pronNone
}

// countryNoun reports a noun that names countries in a plural: "the two
// countries", "both governments" (a switch: asked of every plural
// mention, it answers without hashing).
func countryNoun(w string) bool {
	switch w {
	case "countries", "nations", "governments", "neighbours", "neighbors":
		return true
	}
	return false
}

// unnamedTitle reports a title after "a"/"an" ("a State Department
// spokesperson", "a senior official"): someone not named.
func (a *analysis) unnamedTitle(m *mention, si int) bool {
	k := m.a - 1
	if k >= 0 && a.at[k] != nil && a.at[k].kind == mOrg {
		k = a.at[k].a - 1
	}
	return k >= a.sents[si].a && (a.toks[k].low == "a" || a.toks[k].low == "an")
}

// spokespersonOf returns the body an unnamed spokesperson speaks for
// when it is named right before the title ("a State Department
// spokesperson", "a European Commission spokesman"), else nil.
func (a *analysis) spokespersonOf(m *mention) *entity {
	switch m.role {
	case "spokesperson", "spokesman", "spokeswoman":
	default:
		return nil
	}
	if k := m.a - 1; k >= 0 {
		if o := a.at[k]; o != nil && o.kind == mOrg && o.ent != nil && o.ent.kind == graphmodel.KindActor {
			return o.ent
		}
	}
	return nil
}

// Genders known from given names (female_given_names.txt): what "she"
// and "he" may stand for.
const (
	genderUnset int8 = iota
	genderUnknown
	genderFemale
	genderMale
)

// genderOf tells from e's given name whether "she" or "he" fits e: a name
// listed as borne mostly by women is a woman's, another listed given name
// a man's; family names written first and unlisted names say nothing.
func (a *analysis) genderOf(e *entity) int8 {
	if e.gender == genderUnset {
		e.gender = genderUnknown
		if e.typ == graphmodel.TypePerson {
			e.gender = nameGender(a.x.lex, e.label)
		}
	}
	return e.gender
}

// nameGender is genderOf of a person labelled label.
func nameGender(lx *lexicon.Lexicon, label string) int8 {
	first, _, ok := strings.Cut(label, " ")
	if !ok {
		return genderUnknown
	}
	// the lists take the key form: that of a plain word made in a
	// buffer (lexicon.Key would copy it)
	var family, female, given bool
	var buf [32]byte
	if key, plain := appendPlainKey(buf[:0], first); plain {
		family, female, given = lx.NameOfKey(string(key))
	} else {
		family, female, given = lx.NameOfKey(lexicon.Key(first))
	}
	switch {
	case family:
		return genderUnknown
	case female:
		return genderFemale
	case given:
		return genderMale
	}
	return genderUnknown
}

// pronounFits reports whether e may be called pron: not "she" for a man
// nor "he" for a woman.
func (a *analysis) pronounFits(e *entity, pron string) bool {
	if e == nil {
		return false
	}
	switch pron {
	case "she", "her", "hers", "herself":
		return a.genderOf(e) != genderMale
	case "he", "him", "his", "himself":
		return a.genderOf(e) != genderFemale
	}
	return true
}

// latestFitting returns the person named last before pronoun m, in its
// sentence or up to three sentences back, whom the pronoun fits.
func (a *analysis) latestFitting(m *mention) *entity {
	si := a.tokSent[m.a]
	for k := si; k >= 0 && k >= si-3; k-- {
		ms := a.sentMentions(k)
		for j := len(ms) - 1; j >= 0; j-- {
			o := ms[j]
			if o.a >= m.a || o.ent == nil || a.inQuote[o.a] || !(o.kind == mPerson || o.kind == mTitleOnly) {
				continue
			}
			if a.pronounFits(o.ent, m.pron) {
				return o.ent
			}
		}
	}
	return nil
}

// byRole returns the people named so far whose role is the singular of
// a plural head: "the ministers" → the ministers named before.
func (a *analysis) byRole(noun string) []*entity {
	if !strings.HasSuffix(noun, "s") || noun == "sides" || noun == "parties" || noun == "heads" {
		return nil
	}
	one := strings.TrimSuffix(noun, "s")
	var out []*entity
	if noun == "leaders" {
		// "the leaders": the heads of state or government named so far
		for _, p := range a.people {
			if p.isHead() {
				out = a.appendEnts(out, p)
			}
		}
		return out
	}
	for _, p := range a.people {
		r := p.role
		if r == "" || weakRole(r) {
			r = p.lexRole
		}
		if r == one || wordSuffix(r, one) {
			out = a.appendEnts(out, p)
		}
	}
	return out
}

// peopleBefore returns the last n distinct people named before mention
// mi of the document, looking back at most three sentences, or fewer.
func (a *analysis) peopleBefore(mi, n int) []*entity {
	var out []*entity
	first := a.ments[mi].sent - 3
	for k := mi - 1; k >= 0 && len(out) < n && a.ments[k].sent >= first; k-- {
		m := a.ments[k]
		if e := m.ent; e != nil && e.typ == graphmodel.TypePerson && (m.kind == mPerson || m.kind == mTitleOnly) && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// meetingOf returns the people of the latest meeting with n of them, or
// nil.
func (a *analysis) meetingOf(n int) []*entity {
	for i := len(a.meetings) - 1; i >= 0; i-- {
		var people []*entity
		for _, p := range a.meetings[i].parts {
			if p.typ == graphmodel.TypePerson {
				people = a.appendEnts(people, p)
			}
		}
		if len(people) == n {
			return people
		}
	}
	return nil
}

// principals are the people (or parties) of the latest meeting.
func (a *analysis) principals() []*entity {
	if len(a.meetings) == 0 {
		return nil
	}
	m := a.meetings[len(a.meetings)-1]
	var people []*entity
	for _, p := range m.parts {
		if p.typ == graphmodel.TypePerson {
			people = a.appendEnts(people, p)
		}
	}
	if len(people) > 0 {
		return people
	}
	return m.parts
}

// noteSubject remembers the first person named in a sentence (outside
// quotations) as the subject later pronouns refer to.
func (a *analysis) noteSubject(si int) {
	// the one who speaks in the sentence first: "Asked whether the Amir
	// could travel, Peskov said: …" → "He added"; else the first person
	// named (or "he", "she"). One pass finds both.
	s := a.sents[si]
	var first *entity
	for _, m := range a.sentMentions(si) {
		if m.ent == nil || a.inQuote[m.a] {
			continue
		}
		if m.kind == mPerson || m.kind == mTitleOnly {
			if v := a.skipAdverbs(m.b, s); v < s.b && a.toks[v].kind == tWord && a.toks[v].cls&wSpeech != 0 && a.at[v] == nil {
				a.lastSubj = m.ent
				return
			}
		} else if m.kind != mPronoun || pronounGroup(m.pron) != pronPerson {
			continue
		}
		if first == nil {
			first = m.ent
		}
	}
	if first != nil {
		a.lastSubj = first
	}
}

// finishGroups adds the people a group stands for once everyone is known
// ("United States envoys" named before the envoys themselves).
func (a *analysis) finishGroups() {
	for _, mt := range a.meetings {
		var parts []*entity
		for _, p := range mt.parts {
			parts = a.appendUnique(parts, p)
		}
		mt.parts = parts
	}
}

// appendEnts appends es to list; a new list comes from the scratch
// memory.
func (a *analysis) appendEnts(list []*entity, es ...*entity) []*entity {
	if cap(list) == 0 && len(es) > 0 {
		list = a.sc.entLists.list(max(4, len(es)))
	}
	return append(list, es...)
}

// appendUnique appends e to list unless it is nil or there already; a
// new list comes from the scratch memory.
func (a *analysis) appendUnique(list []*entity, e *entity) []*entity {
	if e == nil {
		return list
	}
	for _, x := range list {
		if x == e {
			return list
		}
	}
	if list == nil {
		list = a.sc.entLists.list(4) // lists of parts and speakers are short: grow once
	}
	return append(list, e)
}
