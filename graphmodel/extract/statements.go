package extract

import (
	"bytes"
	"slices"
	"strings"
	"unicode"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// statement is a direct quote or a reported clause with its speakers.
type statement struct {
	start, end int // byte offsets of the quote
	speakers   []*entity
	indirect   bool
	ev         graphmodel.Span // the attribution (speaker … quote)
	sent       int
}

func (a *analysis) addStatement(start, end int, speakers []*entity, indirect bool, evFrom, evTo int, si int) {
	if a.others != nil && (!indirect || slices.ContainsFunc(speakers, a.speaksFor)) {
		return
	}
	// trim white space and trailing sentence punctuation of reported clauses
	for start < end && isSpaceByte(a.text[start]) {
		start++
	}
	for end > start && isSpaceByte(a.text[end-1]) {
		end--
	}
	if indirect {
		if strings.HasPrefix(a.text[start:end], "that ") {
			start += len("that ") // "…”, and that the Commission would …"
		}
		for end > start && strings.ContainsRune(".;:,", rune(a.text[end-1])) {
			end--
			for end > start && isSpaceByte(a.text[end-1]) {
				end--
			}
		}
	}
	if end <= start || len(speakers) == 0 {
		return
	}
	if !hasField(a.text[start:end]) {
		return
	}
	var sp []*entity
	for _, e := range speakers {
		if e != nil && e.kind == graphmodel.KindActor {
			sp = a.appendUnique(sp, e)
		}
	}
	if len(sp) == 0 {
		return
	}
	for _, st := range a.stmts {
		if st.start == start && st.end == end {
			return
		}
	}
	if evFrom > start {
		evFrom = start
	}
	if evTo < end {
		evTo = end
	}
	a.stmts = append(a.stmts, a.newStatement(statement{start: start, end: end, speakers: sp, indirect: indirect,
		ev: graphmodel.Span{Doc: a.doc.ID, Start: evFrom, End: evTo}, sent: si}))
}

// hasField reports whether strings.Fields(s) would find a word: whether s
// has a rune that is not white space.
func hasField(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return true
		}
	}
	return false
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' }

// ---- transcripts ----

// speaksFor reports whether e is the speaker of the turn being searched,
// or the country that speaker speaks for ("Türkiye believes …" in the
// Turkish minister's turn).
func (a *analysis) speaksFor(e *entity) bool {
	o := a.others
	return e == o || e.typ == graphmodel.TypeCountry && e.country >= 0 && e.country == o.country
}

// turnStatement makes the speech of a transcript turn into statements:
// one per paragraph, the label line's own text unless it is a greeting.
func (a *analysis) turnStatement(si int, tu *turn) {
	s := a.sents[si]
	// only the first sentence of each paragraph emits the paragraph
	if si > 0 && a.sents[si-1].para == s.para {
		return
	}
	p := a.paras[s.para]
	from := p[0]
	if s.para == tu.para {
		from = tu.bodyFrom
		if from >= p[1] || a.isSalutation(from, p[1]) {
			return
		}
	}
	if tu.speaker == nil {
		return
	}
	a.addStatement(a.toks[from].s, a.toks[p[1]-1].e, []*entity{tu.speaker}, false, a.toks[from].s, a.toks[p[1]-1].e, si)
}

// isSalutation reports whether toks[i:j] only addresses people: "Mr
// President, colleagues," "Your Excellency, President Vladimir Putin,".
func (a *analysis) isSalutation(i, j int) bool {
	words := 0
	for k := i; k < j; k++ {
		t := &a.toks[k]
		if t.kind != tWord {
			continue
		}
		words++
		if a.at[k] != nil || t.upper && t.cls&wOpenerVerb == 0 || (t.cls&wVocative != 0) {
			continue
		}
		return false
	}
	return words > 0 && words <= 12
}

// sentenceOpenersVerbs are capitalised words that start real speech, not a
// greeting: "Welcome, Mr President." is speech.
var sentenceOpenersVerbs = wordSet("welcome", "thank", "let", "allow", "i", "we", "it", "this", "there", "today", "good")

// ---- quotes and reported speech ----

func (a *analysis) statementsIn(si int) {
	s := a.sents[si]
	cue := a.cuesOf(s)
	var quotes [][2]int
	if cue.kinds&(1<<tQuote) != 0 {
		// (the buffer is cleared only for a sentence with quotation marks;
		// the quotations close on one)
		var qbuf [8][2]int
		quotes = a.quotePairs(s, qbuf[:0])
	}
	for _, q := range quotes {
		sp, evFrom, evTo := a.quoteSpeaker(q, si)
		if len(sp) == 0 {
			continue
		}
		a.addStatement(a.toks[q[0]].e, a.toks[q[1]].s, sp, false, evFrom, evTo, si)
	}
	if cue.cls&(wSpeech|wStmtCue) == 0 {
		return // no reporting verb, nor a word of statementCues
	}
	for _, v := range cue.marks {
		t := &a.toks[v]
		if t.cls&(wSpeech|wStmtCue) == 0 || a.inQuote[v] || a.at[v] != nil {
			continue
		}
		if t.low == "according" && v+1 < s.b && a.toks[v+1].low == "to" {
			a.accordingTo(v, s, si)
			continue
		}
		if v+2 < s.b && (a.toks[v+1].low == "on" || a.toks[v+1].low == "upon") && callForms[t.low] {
			a.calledOn(v, s, si) // "called on Japan to help …"
			continue
		}
		if (t.low == "gave" || t.low == "give" || t.low == "gives" || t.low == "giving") && a.assessmentAfter(v, s) {
			a.reported(v, "express", s, si, quotes)
			continue
		}
		if t.cls&wSpeech == 0 {
			continue
		}
		if !a.isSpeech(v) || a.passive(v, s) {
			continue
		}
		sv, _ := a.speechVerbAtTok(v)
		a.reported(v, sv.Lemma, s, si, quotes)
	}
}

// quotePairs returns the (open, close) token pairs of quotations that
// close in sentence s.
func (a *analysis) quotePairs(s sentence, out [][2]int) [][2]int {
	for k := s.a; k < s.b; k++ {
		// the next closing mark (IndexByte reads the roles many at a time)
		n := bytes.IndexByte(a.qrole[k:s.b], qClose)
		if n < 0 {
			break
		}
		k += n
		for o := k - 1; o >= 0 && o >= k-400; o-- {
			if a.qrole[o] == qOpen {
				if o+1 < k {
					out = append(out, [2]int{o, k})
				}
				break
			}
			if a.qrole[o] == qClose {
				break
			}
		}
	}
	return out
}

// quoteSpeaker finds who said quote q: "“…,” he said", "said Putin",
// "X said that “…”", "a process he called “…”".
func (a *analysis) quoteSpeaker(q [2]int, si int) ([]*entity, int, int) {
	s := a.sents[si]
	// after the quote: ", he said" / "said Putin"
	k := q[1] + 1
	if k < s.b && a.toks[k].text == "," {
		k++
	}
	if k < s.b {
		m := a.nameAt(k, s)
		if m == nil && k+1 < s.b && a.toks[k].cls&wDet != 0 {
			m = a.at[k+1] // ", the Finnish prime minister said"
		}
		if m == nil {
			m = a.titledAfterModifiers(k, s) // ", presidential spokeswoman Tina Salama told"
		}
		if m != nil && m.kind == mDemonym && m.b < s.b && a.at[m.b] != nil {
			m = a.at[m.b]
		}
		if p := a.ownedPerson(m); p != nil && p.kind == mPerson {
			m = p // "“…,” Pakistan's Information Minister Attaullah Tarar wrote"
		}
		if m != nil && isActorMention(m) && m.kind != mDemonym && m.b < s.b {
			if a.isSpeech(a.skipAdverbs(m.b, s)) {
				return a.speakers(m), a.toks[q[0]].s, a.toks[m.b].e
			}
			if m.kind == mPerson && a.toks[m.b].text == "," && m.b+1 < s.b && a.spansComma(m) && a.isSpeech(a.skipAdverbs(m.b+1, s)) {
				// "“…,” the chief negotiator, Álvaro Jiménez, told reporters":
				// the name set off by commas is part of the mention
				return a.speakers(m), a.toks[q[0]].s, a.toks[m.b+1].e
			}
			if v := a.afterApposition(m.b, s); v > 0 && m.kind == mPerson {
				// "“…,” Ayman Safadi, the Jordanian foreign minister, told
				// reporters"
				return a.speakers(m), a.toks[q[0]].s, a.toks[v].e
			}
		}
		if a.isSpeech(k) && k+1 < s.b {
			if m := a.nameAt(k+1, s); m != nil && isActorMention(m) {
				return a.speakers(m), a.toks[q[0]].s, a.toks[m.b-1].e
			}
		}
	}
	// before: the nearest reporting verb in the sentence
	os := a.sents[a.tokSent[q[0]]]
	for v := q[0] - 1; v >= os.a; v-- {
		if a.inQuote[v] || a.qrole[v] != qNone {
			continue
		}
		t := &a.toks[v]
		if t.kind != tWord || a.at[v] != nil {
			continue
		}
		if t.low == "according" {
			continue
		}
		if a.isSpeech(v) && !a.passive(v, os) && !a.governedVerb(v, os) {
			sp, from := a.speakerOf(v, os)
			if len(sp) > 0 {
				return sp, from, a.toks[q[1]].e
			}
		}
	}
	// "according to X"
	for v := os.a; v+2 < os.b; v++ {
		if a.toks[v].low == "according" && a.toks[v+1].low == "to" {
			k := v + 2
			for k < os.b && (a.toks[k].cls&wDet != 0) && a.at[k] == nil {
				k++
			}
			if k >= os.b {
				continue // "according to A" ending the text: nobody named
			}
			if m := a.at[k]; m != nil && isActorMention(m) {
				return a.speakers(m), a.toks[v].s, a.toks[q[1]].e
			}
		}
	}
	// "Lavrov said:" ending the sentence before
	if os.a > 0 && a.toks[os.a-1].text == ":" {
		ps := a.sents[a.tokSent[os.a-1]]
		for v := ps.b - 1; v >= ps.a; v-- {
			if t := a.toks[v]; t.kind == tWord && t.cls&wSpeech != 0 && a.at[v] == nil && !a.inQuote[v] {
				if sp, from := a.speakerOf(v, ps); len(sp) > 0 {
					return sp, from, a.toks[q[1]].e
				}
			}
		}
	}
	// a quotation standing alone after a quoted speaker goes on quoting them
	// (the sentence before the one it opens in: a quotation of several
	// sentences closes in a later one)
	if osi := a.tokSent[q[0]]; q[0] == os.a && osi > 0 {
		for i := len(a.stmts) - 1; i >= 0; i-- {
			st := a.stmts[i]
			if st.sent < osi-1 {
				break
			}
			if len(st.speakers) == 1 && !st.indirect && st.sent == osi-1 {
				return st.speakers, a.toks[q[0]].s, a.toks[q[1]].e
			}
		}
	}
	return nil, 0, 0
}

// titledAfterModifiers returns the person named with a title after
// lower-case words at k, "presidential spokeswoman Tina Salama", "the
// government's chief negotiator, Álvaro Jiménez", or nil: a determiner,
// a possessive ("the government's") and at most two words that are no
// verb, pronoun, preposition nor conjunction may stand before the title.
func (a *analysis) titledAfterModifiers(k int, s sentence) *mention {
	j := k
	if j < s.b && a.toks[j].cls&wDet != 0 && a.at[j] == nil {
		j++
	}
	if j+1 < s.b && a.toks[j+1].kind == tPoss && a.toks[j].kind == tWord && !a.toks[j].upper {
		j += 2 // "the government's"
	}
	for n := 0; j < s.b && n < 2 && a.at[j] == nil; n++ {
		if !a.plainModifier(j) {
			return nil
		}
		j++
	}
	if j == k || j >= s.b {
		return nil
	}
	if m := a.at[j]; m != nil && m.a == j && m.kind == mPerson && m.role != "" {
		return m
	}
	return nil
}

// plainModifier reports a lower-case word at k that may stand before a
// title as its modifier ("presidential", "government", "chief"): not a
// verb of saying, auxiliary, determiner, pronoun, preposition nor a word
// that joins clauses.
func (a *analysis) plainModifier(k int) bool {
	t := &a.toks[k]
	if t.kind != tWord || t.upper || t.cls&(wAux|wSpeech|wDet|wPron|wSubordinator) != 0 || isPreposition(t.low) {
		return false
	}
	switch t.low {
	case "and", "or", "but", "who", "which", "that", "while", "as", "not", "also":
		return false
	}
	return true
}

// spansComma reports a comma inside mention m: a title and a name set
// off from it ("chief negotiator, Álvaro Jiménez").
func (a *analysis) spansComma(m *mention) bool {
	for k := m.a; k < m.b; k++ {
		if a.toks[k].text == "," {
			return true
		}
	}
	return false
}

// speakers returns who a mention names as a speaker: nobody for an
// anonymous group.
func (a *analysis) speakers(m *mention) []*entity {
	if anonymousGroup(m) {
		return nil
	}
	return a.targets(m)
}

// anonymousGroup reports group nouns that do not name a speaker:
// "Indian officials said" is an anonymous source.
func anonymousGroup(m *mention) bool {
	if m.kind != mGroup {
		return false
	}
	switch m.noun {
	case "leadership", "government", "authorities", "administration", "side", "delegation", "military", "leaders":
		return false
	}
	return true
}

func isActorMention(m *mention) bool {
	switch m.kind {
	case mPerson, mTitleOnly, mOrg, mCountry, mGroup, mPronoun, mPlural:
		return true
	}
	return false
}

func (a *analysis) skipAdverbs(k int, s sentence) int {
	for k < s.b-1 {
		t := &a.toks[k]
		if t.kind == tWord && (strings.HasSuffix(t.low, "ly") && len(t.low) > 4 || t.low == "also" || t.low == "then" || (t.cls&wAux != 0) || t.low == "further" || t.low == "again") {
			k++
			continue
		}
		break
	}
	return k
}

// passive reports "was echoed by", "is said to".
func (a *analysis) passive(v int, s sentence) bool {
	p := a.prevWord(v, wPassiveSkip)
	if p < 0 {
		return false
	}
	return isBeForm(&a.toks[p])
}

// isBeForm reports a form of "be" (beForms). Every one is an auxiliary:
// the class bit answers for most words without the map.
func isBeForm(t *token) bool { return t.cls&wAux != 0 && beForms[t.low] }

// speakerOf finds the subject of the reporting verb at v and the token
// offset where the attribution starts.
func (a *analysis) speakerOf(v int, s sentence) ([]*entity, int) {
	k := v - 1
	if a.toks[v].low == "saying" && k-1 > s.a && a.toks[k].low == "as" && a.toks[k-1].low == "quoted" {
		k -= 2 // "X was quoted as saying"
	}
	for k >= s.a {
		t := &a.toks[k]
		if t.kind == tWord && a.at[k] == nil && ((t.cls&wAux != 0) || strings.HasSuffix(t.low, "ly") && len(t.low) > 3 ||
			t.low == "also" || t.low == "then" || t.low == "further" || t.low == "again" || t.low == "both" || t.low == "jointly" || t.low == "not" ||
			t.low == "later" || t.low == "earlier" || t.low == "today" || t.low == "yesterday" || t.low == "himself" || t.low == "herself") {
			k--
			continue
		}
		if n := a.timeBefore(k, s); n > 0 && k-n >= s.a && a.at[k-n] != nil {
			k -= n // "Zakharova on Wednesday accused …", "X, on Thursday, said"
			continue
		}
		break
	}
	if k < s.a {
		return nil, 0
	}
	t := &a.toks[k]
	if m := a.at[k]; m != nil && isActorMention(m) {
		return a.withPartner(m, a.speakers(m)), a.toks[m.a].s
	}
	if e, from := a.officeOf(k, s); e != nil {
		return []*entity{e}, from
	}
	if e := a.pronounGovernment(k, s); e != nil {
		return []*entity{e}, a.toks[k-1].s // "His government said": Kurti's, Kosovo
	}
	if t.low == "who" || t.low == "which" {
		// "Boko, who …", "according to the Élysée, which said"
		j := k - 1
		if j >= s.a && a.toks[j].text == "," {
			j--
		}
		if j >= s.a && a.at[j] != nil && isActorMention(a.at[j]) && (t.low == "who" || a.at[j].kind == mOrg || a.at[j].kind == mCountry) {
			return a.speakers(a.at[j]), a.toks[a.at[j].a].s
		}
		return nil, 0
	}
	if t.text == "," && k-1 >= s.a {
		// "His spokesman, Rafał Leśkiewicz, said": the apposed name
		if m := a.at[k-1]; m != nil && m.kind == mPerson && a.apposedWithin(m) {
			return a.speakers(m), a.toks[m.a].s
		}
	}
	if t.text == "," {
		// "Kim Yo-jong, the North Korean leader's sister, said": the
		// person before the apposition
		for j := k - 1; j > s.a && j >= k-10; j-- {
			if a.toks[j].text == "," {
				if m := a.at[j-1]; m != nil && m.kind == mPerson && m.b == j && a.appositionEnd(j, s) == k {
					return a.speakers(m), a.toks[m.a].s
				}
				break
			}
		}
	}
	participle := strings.HasSuffix(a.toks[v].low, "ing")
	if t.low == "and" || t.low == "but" || t.text == "," || t.low == "by" || (participle && (t.text == "," || t.low == "while" || t.low == "when")) {
		// a coordinated or participle verb: the subject of the clause
		subj := a.sentenceSubject(s, v)
		if subj != nil {
			return a.withPartner(subj, a.speakers(subj)), a.toks[subj.a].s
		}
	}
	return nil, 0
}

// withPartner adds to sp the speakers of a person coordinated with m by
// "and" ("The President of Russia and the Amir of Qatar … agreed that"),
// before or after it.
func (a *analysis) withPartner(m *mention, sp []*entity) []*entity {
	if m.kind != mPerson && m.kind != mTitleOnly {
		return sp
	}
	person := func(o *mention) bool { return o != nil && o != m && (o.kind == mPerson || o.kind == mTitleOnly) }
	var other *mention
	if j := m.b; j+1 < len(a.toks) && a.toks[j].low == "and" {
		if o := a.at[j+1]; person(o) {
			other = o
		} else if j+2 < len(a.toks) && a.toks[j+1].cls&wDet != 0 && person(a.at[j+2]) {
			other = a.at[j+2]
		}
	}
	if j := m.a - 1; other == nil && j-1 >= 0 && a.toks[j].low == "and" && person(a.at[j-1]) {
		other = a.at[j-1]
	}
	if other == nil {
		return sp
	}
	out := append([]*entity(nil), sp...)
	for _, e := range a.speakers(other) {
		if !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	return out
}

// sentenceSubject returns the first actor mention of the sentence before
// token v, outside quotations and not after a preposition.
func (a *analysis) sentenceSubject(s sentence, v int) *mention {
	k := s.a
	if k+2 < v && a.toks[k].low == "according" && a.toks[k+1].low == "to" {
		// "According to a statement from X, Y welcomed …, and stressed":
		// the subject follows the source
		for k += 2; k < v && a.toks[k].text != ","; k++ {
		}
	}
	for ; k < v; k++ {
		m := a.at[k]
		if m == nil || a.inQuote[k] || !isActorMention(m) || m.kind == mDemonym {
			continue
		}
		if p := a.prevWord(m.a, wDet); p >= 0 && ((a.toks[p].cls&wLoc != 0) || a.toks[p].low == "of" || a.toks[p].low == "to" || a.toks[p].low == "with" || a.toks[p].low == "by" || a.toks[p].low == "for") {
			k = m.b - 1
			continue
		}
		if m.poss {
			k = m.b - 1
			continue
		}
		return m
	}
	return nil
}

// reported extracts the reported clause of the reporting verb at v.
func (a *analysis) reported(v int, lemma string, s sentence, si int, quotes [][2]int) {
	sp, from := a.speakerOf(v, s)
	relative := false
	if len(sp) == 0 {
		return
	}
	// "which he confirmed is …": the subject stands right after which/that
	if p := a.prevWord(v, wReportSkip); p >= 0 {
		if m := a.at[p]; m != nil {
			if q := m.a - 1; q >= s.a && (a.toks[q].low == "which" || a.toks[q].low == "that") && v+1 < s.b &&
				(a.toks[v+1].cls&wAux != 0 || a.toks[v+1].low == "as") {
				relative = true
			}
		}
	}
	k := v + 1
	for k < s.b && a.toks[k].kind == tWord && (strings.HasSuffix(a.toks[k].low, "ly") && len(a.toks[k].low) > 4 || a.toks[k].low == "also" || a.toks[k].low == "again") {
		k++
	}
	if k+2 < s.b && a.toks[k].text == "," && a.toks[k+2].text == "," && (a.toks[k+1].low == "however" || a.toks[k+1].low == "though" || a.toks[k+1].low == "too") {
		k += 3 // "She warned, however, that …"
	}
	if k >= s.b {
		return
	}
	start := -1
	npObject := false
	switch {
	case a.toks[k].low == "that":
		start = k + 1
	case relative:
		start = k
	default:
		if lemma == "tell" {
			if j := a.outletEnd(k, s); j > k && j+1 < s.b && a.toks[j].low == "that" {
				start = j + 1 // "told state broadcaster RTI that"
				break
			}
		}
		// "said on Friday that", "told reporters that"
		for j := k; j < s.b && j < k+6; j++ {
			if a.toks[j].low == "that" && a.at[j] == nil {
				// "told reporters that", "said on Friday that"; not
				// "countering narratives that" (the noun's clause)
				// "told reporters after the talks that": a phrase of time
				// after the audience
				after := a.toks[k].cls&wAudience != 0 && k+1 < j-1 && isPreposition(a.toks[k+1].low)
				// "said after the meeting that": the occasion
				occasion := isPreposition(a.toks[k].low) && meetingHeads[a.toks[j-1].low]
				if p := j - 1; p >= k && a.at[p] == nil && !isPreposition(a.toks[p].low) && a.toks[p].cls&wAudience == 0 && a.toks[p].cls&(wWeekday|wMonth) == 0 && !after && !occasion && a.timePhraseEnd(k, s) != j {
					break
				}
				start = j + 1
				break
			}
			if a.toks[j].kind != tWord || a.toks[j].cls&wSpeech != 0 && !(j > k && a.toks[j-1].cls&wDet != 0) {
				break // (not "said in a report last month that": a noun)
			}
		}
		if start < 0 && a.invertedReport(v, s, si, sp, from) {
			return
		}
		if start < 0 && lemma == "say" {
			c := a.skipTimePhrase(k, s) // "said on Wednesday it would not take part"
			if a.clauseStartAt(c, s) {
				start = c
			}
		}
		if start < 0 && (lemma == "insist" || lemma == "warn" || lemma == "add" || lemma == "argue" || lemma == "stress" || lemma == "note" || lemma == "claim") && a.finiteClauseAt(k, s) {
			start = k // "insisted the border would reopen soon"
		}
		if start < 0 && lemma == "tell" && a.toks[k].cls&wAudience != 0 && a.at[k] == nil && a.clauseStartAt(k+1, s) {
			start = k + 1 // "told reporters the talks had been productive"
		}
		if m := a.at[k]; start < 0 && lemma == "tell" && m != nil && m.a == k && m.kind != mPronoun && m.b < s.b && a.finiteClauseAt(m.b, s) {
			start = m.b // "told Reuters the meeting would also cover customs"
		}
		if start < 0 && lemma == "tell" && (a.at[k] == nil || a.at[k].kind == mPronoun) && (a.toks[k].low == "them" || a.toks[k].low == "him" || a.toks[k].low == "her") && a.clauseStartAt(k+1, s) {
			start = k + 1 // "told them the work should be finished"
		}
		if start < 0 && gerundLemmas[lemma] && a.gerundAt(k, s) {
			start = k // "proposed raising trade to $500 million"
		}
		if start < 0 && npObjectLemmas[lemma] && a.qrole[k] == qNone {
			t := &a.toks[k]
			target := a.at[k]
			if k+1 < s.b && target == nil && (t.low == "mr" || t.low == "mr.") {
				target = a.at[k+1]
			}
			isPerson := target != nil && (target.kind == mPerson || target.kind == mTitleOnly) || a.personNoun(k, s) ||
				recallVerbs[a.toks[v].low] && a.toks[k].low == "meeting" // "recalled meeting X": a meeting, not words
			if t.kind == tWord && !isPerson && !isPreposition(t.low) && t.low != "to" && t.low != "it" && t.low != "him" && t.low != "her" && t.low != "them" && t.low != "you" {
				start = k
				npObject = true
			}
		}
	}
	if start < 0 || start >= s.b {
		return
	}
	end := a.clauseEnd(start, s)
	if end <= start {
		return
	}
	// quotations inside the clause
	for _, q := range quotes {
		if q[0] < start || q[1] >= end {
			continue
		}
		if npObject {
			// "described the talks as “useful”": the quote says it, in the
			// words of the one who described them
			a.addStatement(a.toks[q[0]].e, a.toks[q[1]].s, sp, false, from, a.toks[q[1]].e, si)
			return
		}
		r := q[1] + 1
		if r < end && a.toks[r].text == "," {
			r++
		}
		if r+1 < end && (a.toks[r].cls&wSubordinator != 0) {
			a.addStatement(a.toks[r+1].s, a.toks[end-1].e, sp, true, from, a.toks[end-1].e, si)
			return
		}
		quoted := a.toks[q[1]].e - a.toks[q[0]].s
		whole := a.toks[end-1].e - a.toks[start].s
		if quoted*10 >= whole*4 {
			a.nextThatClause(end, s, si, sp, from) // the quotation says the first
			return
		}
	}
	if end-start >= 3 {
		a.addStatement(a.toks[start].s, a.toks[end-1].e, sp, true, from, a.toks[end-1].e, si)
	}
	a.nextThatClause(end, s, si, sp, from)
}

// gerundAt reports a lower-case word ending in "-ing" at k that opens a
// clause of its own: "raising it to $500 million", not "during" or a
// name.
func (a *analysis) gerundAt(k int, s sentence) bool {
	t := &a.toks[k]
	return k+1 < s.b && t.kind == tWord && !t.upper && a.at[k] == nil && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") &&
		t.cls&(wDet|wAux|wSpeech|wPron) == 0 && !isPreposition(t.low) && a.toks[k+1].kind == tWord
}

// callForms are the forms of "call" that calledOn reads.
var callForms = wordSet("call", "calls", "called", "calling")

// calledOn reads "X called on Y to do …" at v (a form of "call" before
// "on"), an appeal reported as "X urged Y to do …" is: the statement runs
// from Y to the end of the clause. "X called on Y" alone is a visit.
func (a *analysis) calledOn(v int, s sentence, si int) {
	// whom: an actor ("Japan", "the parties") or a few words ("all
	// sides", "the international community"), then "to" and a verb
	to := -1
	if m := a.at[a.pastThe(v+2, s)]; m != nil && isActorMention(m) {
		to = m.b
	} else {
		for j := v + 2; j < s.b && j < v+7; j++ {
			if t := &a.toks[j]; t.low == "to" || t.kind != tWord || a.at[j] != nil || t.cls&(wAux|wSpeech) != 0 {
				to = j
				break
			}
		}
	}
	if to <= v+2 || to+1 >= s.b || a.toks[to].low != "to" {
		return
	}
	if n := &a.toks[to+1]; n.kind != tWord || n.upper || a.at[to+1] != nil || n.cls&wDet != 0 {
		return // ("called on him to the podium")
	}
	sp, from := a.speakerOf(v, s)
	if len(sp) == 0 {
		return
	}
	if end := a.clauseEnd(v+2, s); end-(v+2) >= 4 {
		a.addStatement(a.toks[v+2].s, a.toks[end-1].e, sp, true, from, a.toks[end-1].e, si)
	}
}

// speakingSubjectAt reports a person named at k who reports or welcomes
// something right after: "Holness welcomed …", "Vaka said …".
func (a *analysis) speakingSubjectAt(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	m := a.at[k]
	if m == nil || m.a != k || m.kind != mPerson && m.kind != mTitleOnly && m.kind != mPronoun {
		return false
	}
	v := a.skipAdverbs(m.b, s)
	return v < s.b && a.toks[v].kind == tWord && a.isSpeech(v) && a.at[v] == nil
}

// personNoun reports an object at k that names people, not what was
// said: "welcomed the distinguished guest", "thanked the delegation",
// "praised his counterpart" (a determiner and adjectives, then a noun
// of people not followed by "to").
func (a *analysis) personNoun(k int, s sentence) bool {
	for j := k; j < s.b && j < k+4; j++ {
		t := &a.toks[j]
		if t.kind != tWord || a.at[j] != nil {
			return false
		}
		if t.cls&(wDet|wPossPron) != 0 {
			continue
		}
		if t.cls&wAudience != 0 || peopleNouns[t.low] {
			return j+1 >= s.b || a.toks[j+1].low != "to" // (not "urged members to conclude …": what they were urged to do)
		}
		if t.upper || t.cls&(wAux|wSpeech) != 0 || isPreposition(t.low) {
			return false
		}
	}
	return false
}

// nextThatClause adds the reported clause of "…, and that Y" after a
// clause ending at end: the speaker said both.
func (a *analysis) nextThatClause(end int, s sentence, si int, sp []*entity, from int) {
	k := end
	if k < s.b && a.toks[k].text == "," {
		k++
	}
	if k == end || k+2 >= s.b || a.toks[k].low != "and" || a.toks[k+1].low != "that" {
		return
	}
	start := k + 2
	e := a.clauseEnd(start, s)
	if e-start < 3 {
		return
	}
	a.addStatement(a.toks[start].s, a.toks[e-1].e, sp, true, from, a.toks[e-1].e, si)
	a.nextThatClause(e, s, si, sp, from)
}

// speechVerbAtTok is a.x.speechVerb of token k's lower-case text. When the
// wSpeech bit answers whether it is one (see isSpeech), a word without it
// is not looked up, and a word with it is found by its key id (its key
// form is its lower-case text: see speechFormsPlain).
func (a *analysis) speechVerbAtTok(k int) (lexicon.SpeechVerb, bool) {
	t := &a.toks[k]
	if !a.x.speechBits || t.pid < 0 {
		return a.x.speechVerb(t.low)
	}
	if t.cls&wSpeech == 0 {
		return lexicon.SpeechVerb{}, false
	}
	if vi := a.x.speechOf[t.pid]; vi >= 0 {
		return a.x.lex.SpeechVerbs[vi], true
	}
	return lexicon.SpeechVerb{}, false
}

// governedVerb reports a verb of agreeing at v ("accept", "agree")
// inside the clause of an earlier verb of saying: in "He said Tehran would
// not accept "…"", Tehran does not speak the quotation, he does.
func (a *analysis) governedVerb(v int, s sentence) bool {
	if sv, ok := a.speechVerbAtTok(v); !ok || sv.Kind != "agree" {
		return false
	}
	for k := v - 1; k >= s.a; k-- {
		if a.inQuote[k] || a.at[k] != nil || a.toks[k].kind != tWord {
			continue
		}
		if sv, ok := a.speechVerbAtTok(k); ok && sv.Kind == "say" {
			return true
		}
	}
	return false
}

// issuedByAt reports "issued by X", "from X" at k: who a statement is
// from, named.
func (a *analysis) issuedByAt(k int, s sentence) bool {
	if k < s.b && (a.toks[k].low == "issued" || a.toks[k].low == "released") {
		k++
	}
	return k+1 < s.b && (a.toks[k].low == "by" || a.toks[k].low == "from")
}

// audienceWords may stand between a reporting verb and its "that":
// "told reporters that", "said in a statement that".
var audienceWords = wordSet("reporters", "journalists", "correspondents", "lawmakers", "parliament", "press",
	"statement", "conference", "briefing", "interview", "television", "radio", "today", "yesterday", "morning",
	"evening", "night", "week", "earlier", "later", "also", "again", "publicly", "repeatedly", "him", "her", "them",
	"us", "me", "you", "audience", "crowd", "supporters", "delegates", "members", "counterpart", "post", "speech", "address",
	"afterwards", "afterward", "separately", "privately", "guest", "guests", "visitor", "visitors", "host", "hosts",
	"colleague", "colleagues", "delegation", "delegations", "envoy", "envoys", "newspaper", "agency", "channel",
	"broadcaster", "magazine", "daily", "network", "station", "outlet", "website", "broadcast", "lawmakers", "senators",
	"x", "twitter", "facebook", "telegram", "instagram", "media", "month", "year", "weekend", "report", "communique", "communiqué",
	"ministers", "leaders", "officials", "counterparts", "diplomats", "ambassadors", "participants")

// invertedReport handles "Clause, the Élysée said on Monday.": the
// reporting verb ends the sentence, its subject right before it and a
// comma before that. It adds the statement and reports whether it did.
func (a *analysis) invertedReport(v int, s sentence, si int, sp []*entity, from int) bool {
	// only a time or place phrase may follow the verb
	for k := v + 1; k < s.b; k++ {
		t := &a.toks[k]
		if t.kind == tPunct && strings.ContainsAny(t.text, ".!?") {
			break
		}
		if t.text == "," && k+1 < s.b && (a.toks[k+1].cls&wSubordinator != 0 || a.toks[k+1].low == "although" || a.toks[k+1].low == "though" || a.toks[k+1].low == "without" || a.participleAt(k+1)) {
			break // "…, he said, although he did not rule one out"
		}
		if t.kind == tWord && (isPreposition(t.low) || (t.cls&wDet != 0) || (t.cls&wWeekday != 0) || t.low == "today" || t.low == "yesterday" || t.low == "statement" || t.low == "reporters" || t.low == "interview" || t.upper) || t.kind == tNum || t.text == "," {
			continue
		}
		return false
	}
	subj := a.at[v-1]
	if subj == nil && v-1 > s.a {
		subj = a.officeHolder(v-1, s) // "…, Abiy's office said"
	}
	if subj == nil {
		return false
	}
	c := subj.a - 1
	// "…, the Élysée said", "…, Forum Secretary General Baron Waqa said"
	for n := 0; c > s.a && n < 4; n++ {
		if m := a.at[c]; m != nil {
			if m.kind != mPronoun || !possPronouns[m.pron] {
				break
			}
			c-- // "…, his spokesman Ruslan Zheldibay said"
			continue
		}
		if a.toks[c].kind == tPoss && c-1 > s.a && a.at[c-1] != nil {
			c = a.at[c-1].a - 1 // "…, Ghana's Foreign Minister X said"
			break
		}
		if a.toks[c].cls&wDet == 0 && !(a.toks[c].kind == tWord && a.toks[c].upper && n < 3) {
			if m := a.titledAfterModifiers(c, s); m == subj && c > s.a {
				// "…, presidential spokesperson Kang Yu-jung said": the
				// modifiers back to the comma
				for c--; c > s.a && a.toks[c].text != "," && a.qrole[c] == qNone; c-- {
				}
			}
			break
		}
		c--
	}
	if c <= s.a+2 || a.toks[c].text != "," {
		return false
	}
	if a.qrole[c-1] == qClose {
		return false // a quotation, handled as such
	}
	if !a.hasContentWord(s.a, c) {
		return false // "On 10 February, the delegation called on …": no clause
	}
	a.addStatement(a.toks[s.a].s, a.toks[c-1].e, sp, true, a.toks[s.a].s, a.toks[v].e, si)
	return true
}

// hasContentWord reports a lower-case word in [i, j) that is no
// preposition or determiner: what a clause has and a phrase of time or
// place ("On 10 February", "In Kyiv") has not.
func (a *analysis) hasContentWord(i, j int) bool {
	for k := i; k < j; k++ {
		if t := &a.toks[k]; t.kind == tWord && !t.upper && t.cls&wDet == 0 && !isPreposition(t.low) {
			return true
		}
	}
	return false
}

// participleAt reports a lower-case word ending in -ing at k that opens
// a participle clause: "…, he added, recalling that …", "…, she said,
// adding that …".
func (a *analysis) participleAt(k int) bool {
	t := &a.toks[k]
	return t.kind == tWord && !t.upper && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && a.at[k] == nil
}

// clauseStartAt reports whether a clause (subject and more) starts at k:
// "says it hopes …", "said the talks were useful".
func (a *analysis) clauseStartAt(k int, s sentence) bool {
	if k >= s.b || s.b-k < 4 {
		return false
	}
	t := &a.toks[k]
	if m := a.at[k]; m != nil {
		if m.b < s.b && a.toks[m.b].kind == tPoss {
			return a.auxWithin(m.b, 8, s) // "said Chile's position on sovereignty was unchanged"
		}
		return m.b < s.b && a.toks[m.b].kind == tWord && !a.toks[m.b].upper
	}
	if t.upper && a.isDemonymAt(k) {
		return a.auxWithin(k, 8, s) // "said Japanese companies would be treated no differently"
	}
	if t.low == "the" || t.low == "this" || t.low == "these" || t.low == "there" {
		return true
	}
	if t.low == "it" && a.toks[k+1].cls&wAux != 0 {
		return true // "said it would not take part"
	}
	if t.kind == tWord && !t.upper && t.cls&(wDet|wAux|wSpeech|wPron) == 0 && !isPreposition(t.low) && strings.HasSuffix(t.low, "s") && len(t.low) > 3 {
		// a bare plural subject: "said trucks queuing at the border had
		// become a cost", "said experts from both governments would meet"
		return a.auxWithin(k, 8, s)
	}
	if t.kind == tWord && !t.upper && t.cls&(wDet|wAux|wSpeech|wPron) == 0 && !isPreposition(t.low) && a.toks[k+1].cls&wAux != 0 {
		// a bare singular subject and its auxiliary: "said trade had
		// grown by a third", "said cooperation would deepen"
		return true
	}
	if t.kind == tWord && !t.upper && t.cls&(wDet|wAux|wSpeech|wPron) == 0 && !isPreposition(t.low) && k+2 < s.b {
		// a compound subject and its verb: "said member states owed the
		// commission …", "said border security is a shared responsibility"
		n, v := &a.toks[k+1], &a.toks[k+2]
		if n.kind == tWord && !n.upper && len(n.low) > 3 && n.cls&(wAux|wDet) == 0 && !isPreposition(n.low) && v.kind == tWord && !v.upper &&
			(v.cls&wAux != 0 || strings.HasSuffix(n.low, "s") && len(v.low) > 3 && strings.HasSuffix(v.low, "ed")) {
			return true
		}
	}
	switch t.low {
	case "a", "an", "no", "some", "its", "their", "his", "her", "our", "both", "all", "any":
		// "said a meeting between X and Y could take place": a clause
		// when a verb with an auxiliary follows its subject; not "said a
		// few words"
		return a.auxWithin(k, 10, s)
	}
	return false
}

// auxWithin reports an auxiliary or modal within n words after k, before
// any punctuation: the verb of a clause whose subject starts at k.
// A name counts as one word, and a name set off by commas ("…, Mullah
// Mohammad Hassan Akhund, could") is passed over.
func (a *analysis) auxWithin(k, n int, s sentence) bool {
	words := 0
	for j := k + 1; j < s.b && words < n; words++ {
		t := &a.toks[j]
		if m := a.at[j]; m != nil && m.a == j {
			j = m.b
			if j < s.b && a.toks[j].kind == tPoss {
				j++
			}
			continue
		}
		if t.text == "," {
			if j+1 < s.b {
				if m := a.at[j+1]; m != nil && m.kind == mPerson && m.b < s.b && a.toks[m.b].text == "," {
					j = m.b + 1 // an apposed name
					continue
				}
			}
			if m := a.at[j-1]; m != nil && m.kind == mPerson && a.apposedWithin(m) {
				j++ // the comma closing "the Taliban's acting prime minister, Mullah Akhund,"
				continue
			}
		}
		if t.kind == tPunct {
			return false
		}
		if t.kind == tWord && a.at[j] == nil && t.cls&wAux != 0 {
			return true
		}
		j++
	}
	return false
}

// pronounGovernment returns the country whose government "his
// government" or "her administration" ending at k is: that of the person
// the pronoun stands for, or nil.
func (a *analysis) pronounGovernment(k int, s sentence) *entity {
	if a.at[k] != nil || k-1 < s.a || a.toks[k].low != "government" && a.toks[k].low != "administration" {
		return nil
	}
	m := a.at[k-1]
	if m == nil || m.kind != mPronoun || m.b != k || m.ent == nil || m.ent.typ != graphmodel.TypePerson || m.ent.country < 0 {
		return nil
	}
	if p := m.a - 1; p >= s.a && a.toks[p].text != "," && a.toks[p].low != "but" && a.toks[p].low != "and" {
		return nil // (not "Hasan said his government did not accept that …": his words)
	}
	return a.countryActor(m.ent.country)
}

// officeOf reads "Abiy's office" ending at k, before a reporting verb,
// and returns the office as an organisation that speaks (named as
// written, from the person's name on) and where its text starts.
func (a *analysis) officeOf(k int, s sentence) (*entity, int) {
	m := a.officeHolder(k, s)
	if m == nil {
		return nil, 0
	}
	e := a.orgEntity(a.str(m.na, k+1), -1)
	e.spans = append(e.spans, a.span(m.na, k+1))
	return e, a.toks[m.na].s
}

// officeHolder returns the person whose office ends at k ("Abiy's
// office"), or nil.
func (a *analysis) officeHolder(k int, s sentence) *mention {
	if a.toks[k].low != "office" || a.at[k] != nil || k-2 < s.a || a.toks[k-1].kind != tPoss {
		return nil
	}
	if m := a.at[k-2]; m != nil && m.kind == mPerson && m.b == k-1 {
		return m
	}
	return nil
}

// outletEnd reads a news outlet told something at k, "state broadcaster
// RTI", "the newspaper Al-Ghad", and returns the token after its name, or
// k.
func (a *analysis) outletEnd(k int, s sentence) int {
	j := k
	if j < s.b && a.toks[j].cls&wDet != 0 {
		j++
	}
	if j+1 < s.b && !a.toks[j].upper && a.toks[j+1].cls&wAudience != 0 {
		j++ // "state broadcaster"
	}
	if j >= s.b || a.toks[j].cls&wAudience == 0 || a.toks[j].upper {
		return k
	}
	j++
	n := j
	for n < s.b && n < j+5 && (a.toks[n].upper || a.toks[n].text == "-" && !a.toks[n].space) {
		n++
	}
	if n == j {
		return k
	}
	return n
}

// afterApposition reads ", the Jordanian foreign minister, said" at k
// and returns the reporting verb's token, or -1.
func (a *analysis) afterApposition(k int, s sentence) int {
	if e := a.appositionEnd(k, s); e > 0 {
		if v := a.skipAdverbs(e+1, s); v < s.b && a.isSpeech(v) {
			return v
		}
	}
	return -1
}

// appositionEnd reads an apposition between commas at k, ", the Jordanian
// foreign minister,", and returns its closing comma, or -1: a determiner
// first, then words and possessives with no verb of their own, within ten
// tokens.
func (a *analysis) appositionEnd(k int, s sentence) int {
	if k+2 >= s.b || a.toks[k].text != "," || a.toks[k+1].cls&wDet == 0 {
		return -1
	}
	for j := k + 2; j < s.b && j <= k+10; j++ {
		t := &a.toks[j]
		if t.text == "," {
			return j
		}
		if t.kind != tWord && t.kind != tPoss || t.kind == tWord && a.at[j] == nil && (t.cls&(wAux|wSpeech) != 0 || t.low == "who" || t.low == "which") {
			return -1
		}
	}
	return -1
}

// nameAt returns the mention at k, also of a surname written after
// particles ("al-Shaibani said", "de la Fuente told": the mentions are
// "Shaibani" and "Fuente").
func (a *analysis) nameAt(k int, s sentence) *mention {
	if m := a.at[k]; m != nil {
		return m
	}
	// "al-Shaibani", "de la Fuente": lower-case particles before the name
	j := k
	for j < s.b && j < k+4 && a.at[j] == nil {
		t := &a.toks[j]
		if t.kind == tWord && t.cls&wParticle != 0 && !t.upper || t.text == "-" && !t.space && j > k {
			j++
			continue
		}
		return nil
	}
	if j > k && j < s.b {
		if m := a.at[j]; m != nil && m.kind == mPerson {
			return m
		}
	}
	return nil
}

// skipTimePhrase returns the token after a phrase of time at k ("on
// Wednesday", "late on Monday", "yesterday", "last week"), or k.
func (a *analysis) skipTimePhrase(k int, s sentence) int {
	j := a.timePhraseEnd(k, s)
	if j == k || j < s.b && a.toks[j].text == "," {
		return k
	}
	return j
}

// timePhraseEnd returns the end of a time phrase that starts at token k
// ("on Wednesday", "late on Tuesday", "on 12 February", "on February 12",
// "yesterday", "this week", "last month", "this Wednesday"), or k: the one reader of such
// phrases, forwards for what follows a verb and backwards (see
// timeBefore) for what stands before it.
func (a *analysis) timePhraseEnd(k int, s sentence) int {
	j := k
	if j >= s.b {
		return k
	}
	w := a.toks[j].low
	if w == "late" || w == "early" {
		j++
		if j >= s.b {
			return k
		}
		w = a.toks[j].low
	}
	// a switch on the first word: most tokens asked about begin no time
	// phrase, and it answers them without testing each word in turn
	switch w {
	case "on":
		if j+1 < s.b && a.toks[j+1].cls&wWeekday != 0 {
			return j + 2
		}
		if j+2 < s.b && (a.toks[j+1].cls&wMonth != 0 && a.toks[j+2].kind == tNum || a.toks[j+1].kind == tNum && a.toks[j+2].cls&wMonth != 0) {
			return j + 3
		}
	case "in":
		if j+1 < s.b && a.toks[j+1].cls&wMonth != 0 {
			return j + 2 // "in June"
		}
	case "at":
		if j+2 < s.b && a.toks[j+1].low == "the" && a.toks[j+2].low == "time" {
			return j + 3 // "at the time"
		}
	case "yesterday", "today", "tonight":
		return j + 1
	case "last", "this":
		if j+1 < s.b {
			n := &a.toks[j+1]
			if n.cls&wWeekday != 0 {
				return j + 2 // "this Wednesday", "last Monday"
			}
			if n.low == "week" || n.low == "weekend" || n.low == "month" || n.low == "night" {
				return j + 2
			}
		}
	}
	return k
}

// finiteClauseAt reports a clause at k whose subject (a determiner phrase
// or a name) is followed within a few words by an auxiliary or modal:
// "the border would reopen", "Kenya has agreed"; not "the importance of".
func (a *analysis) finiteClauseAt(k int, s sentence) bool {
	if k >= s.b {
		return false
	}
	if m := a.at[k]; m == nil && a.toks[k].cls&wDet == 0 {
		return false
	}
	if k+2 < s.b && a.toks[k+2].low == "of" && !a.auxWithin(k, 1, s) {
		return false // "the importance of", not a clause
	}
	return a.auxWithin(k, 8, s)
}

// assessmentAfter reports "gave a positive assessment", "gave assurances".
func (a *analysis) assessmentAfter(v int, s sentence) bool {
	for k := v + 1; k < s.b && k <= v+4; k++ {
		switch a.toks[k].low {
		case "assessment", "assessments", "evaluation", "assurance", "assurances", "warning", "warnings", "guarantee", "guarantees", "pledge", "verdict":
			return true
		}
	}
	return false
}

func isPreposition(w string) bool {
	switch w {
	case "on", "in", "at", "of", "for", "with", "about", "by", "from", "over", "against", "during", "after", "before", "into", "upon", "to", "as":
		return true
	}
	return false
}

// clauseEnd returns the token where a reported clause starting at i ends.
func (a *analysis) clauseEnd(i int, s sentence) int {
	for k := i; k < s.b; k++ {
		t := &a.toks[k]
		if a.inQuote[k] || a.qrole[k] != qNone {
			continue
		}
		// the marks below are punctuation, "and" a word: the kind of the
		// token spares the other tests (most tokens are plain words)
		if t.kind == tWord && t.low != "and" || t.kind != tWord && t.kind != tPunct {
			continue
		}
		switch {
		case t.text == ";" || t.text == "—" || t.text == "(":
			return k
		case t.text == "," && k+1 < s.b:
			n := &a.toks[k+1]
			if (n.cls&wParticipleEnd != 0) || n.kind == tWord && !n.upper && strings.HasSuffix(n.low, "ing") && len(n.low) > 5 {
				return k // ", speaking after …", ", adding that …"
			}
			if a.segmentHasSpeech(k+1, s) {
				return k
			}
			if n.low == "but" && k+2 < s.b && a.toks[k+2].kind == tWord && !a.toks[k+2].upper && a.isSpeech(k+2) {
				return k // "…, but stressed that …": the same speaker's next report
			}
		case t.low == "and" && k+1 < s.b && a.at[k+1] == nil:
			n := &a.toks[k+1]
			if n.low == "that" && k-1 > i && a.toks[k-1].text == "," {
				// "said that X, and that Y": two reported clauses (without
				// the comma, "that A and that B" is said as one)
				return k - 1
			}
			j := k + 1
			if n.low == "also" || n.low == "then" {
				j++
			}
			if j < s.b {
				w := &a.toks[j]
				speech := a.isSpeech(j)
				if w.kind == tWord && !w.upper && (speech || strings.HasSuffix(w.low, "ed") && len(w.low) > 4) {
					return k
				}
			}
		}
	}
	// drop the final punctuation
	e := s.b
	for e > i && a.toks[e-1].kind == tPunct && strings.ContainsAny(a.toks[e-1].text, ".!?,:") {
		e--
	}
	return e
}

// segmentHasSpeech reports whether the comma-separated segment at i holds
// a reporting verb with its subject ("a process he called …").
func (a *analysis) segmentHasSpeech(i int, s sentence) bool {
	for k := i; k < s.b; k++ {
		t := &a.toks[k]
		if t.text == "," || a.qrole[k] != qNone {
			return false
		}
		if t.kind == tWord && a.at[k] == nil {
			if a.isSpeech(k) && k > i {
				j := k - 1
				for j > i && a.at[j] == nil && a.toks[j].kind == tWord && (a.toks[j].cls&wAux != 0 || strings.HasSuffix(a.toks[j].low, "ly") || a.toks[j].low == "also") {
					j--
				}
				if m := a.at[j]; m != nil && isActorMention(m) {
					return true
				}
			}
		}
	}
	return false
}

// accordingTo handles "according to X, …" and "…, according to X".
func (a *analysis) accordingTo(v int, s sentence, si int) {
	k := v + 2
	for k < s.b && (a.toks[k].cls&wDet != 0) && a.at[k] == nil {
		k++
	}
	// "according to a statement from the Thai foreign ministry", "a joint
	// statement issued by the two ministers"
	if k+1 < s.b && a.toks[k].low == "joint" && a.issuedByAt(k+2, s) {
		k++
	}
	if k+1 < s.b && a.at[k] == nil && sourceNouns[a.toks[k].low] {
		j := k + 1
		if j < s.b && (a.toks[j].low == "issued" || a.toks[j].low == "released" || a.toks[j].low == "published") {
			j++
		}
		if j < s.b && (a.toks[j].low == "from" || a.toks[j].low == "by" || a.toks[j].low == "of") {
			k = j + 1
			for k < s.b && (a.toks[k].cls&wDet != 0) && a.at[k] == nil {
				k++
			}
		}
	}
	if k >= s.b {
		return
	}
	var sp []*entity
	from := k
	if k+1 < s.b && a.at[k] == nil && a.toks[k].low == "joint" && sourceNouns[a.toks[k+1].low] && !a.issuedByAt(k+2, s) {
		// "according to a joint statement": the people of the meeting
		// talked about, together
		sp = a.principals()
		from = k + 1
	} else {
		m := a.at[k]
		if m == nil || !isActorMention(m) {
			return
		}
		sp = a.speakers(m)
		from = m.b - 1
	}
	if len(sp) == 0 {
		return
	}
	if v == s.a || (v > s.a && a.toks[v-1].text != ",") {
		// "According to X, clause."
		k := from + 1
		if k < s.b && a.toks[k].text == "," {
			k++
		}
		if a.speakingSubjectAt(k, s) {
			return // "According to a statement from her office, Vaka stressed that …": Vaka's words, read at "stressed"
		}
		if e := a.clauseEnd(k, s); e-k >= 3 {
			a.addStatement(a.toks[k].s, a.toks[e-1].e, sp, true, a.toks[v].s, a.toks[e-1].e, si)
		}
		return
	}
	// "clause, according to X."
	if v-1-s.a >= 3 {
		a.addStatement(a.toks[s.a].s, a.toks[v-2].e, sp, true, a.toks[s.a].s, a.toks[from].e, si)
	}
}
