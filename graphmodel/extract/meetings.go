package extract

import (
	"slices"
	"strings"
	"time"

	"dossier/graphmodel"
)

// meeting is a meeting found in the document, built from one or more
// mentions.
type meeting struct {
	kind     string
	status   string
	parts    []*entity
	partEv   []entEvidence // per participant
	venues   []*entity
	venueEv  []entEvidence // per venue
	date     string
	dateText string
	spans    []graphmodel.Span
	ofOrg    *entity
	sents    []int
	nodeOut  string // id of its node once emitted
	separate bool   // met "separately": only its own people meet in it
	period   string // see periodNear: "last month", "in January"
	meal     bool   // a lunch, dinner or banquet: not the talks of the day
}

// entEvidence is the evidence of one entity's part in a meeting.
type entEvidence struct {
	e  *entity
	ev []graphmodel.Span
}

// appendPair appends p to list; a new list comes from the scratch memory.
func (a *analysis) appendPair(list [][2]int, p [2]int) [][2]int {
	if list == nil {
		list = a.sc.tokPairs.list(4)
	}
	return append(list, p)
}

// addEvidence appends s to the evidence of e in list; a new list comes
// from the scratch memory.
func (a *analysis) addEvidence(list []entEvidence, e *entity, s graphmodel.Span) []entEvidence {
	for i := range list {
		if list[i].e == e {
			list[i].ev = a.appendSpan(list[i].ev, s)
			return list
		}
	}
	if list == nil {
		list = a.sc.evLists.list(4)
	}
	return append(list, entEvidence{e: e, ev: a.appendSpan(nil, s)})
}

// evidenceOf returns the evidence of e in list.
func evidenceOf(list []entEvidence, e *entity) []graphmodel.Span {
	for _, x := range list {
		if x.e == e {
			return x.ev
		}
	}
	return nil
}

// cand is one mention of a meeting in a sentence.
type cand struct {
	a, b      int // trigger tokens
	kind      string
	verb      bool
	definite  bool
	indef     bool
	status    string
	parts     []*entity
	pronOnly  bool
	venues    []*entity
	venueToks [][2]int
	ofOrg     *entity
	shift     bool
	separate  bool // "met separately", "a separate meeting": not one named before
	hostOnly  bool // the only participant is who "hosted the meeting"
	date      string
	dateText  string
	ev        graphmodel.Span
	plural    bool
	with      bool      // participants came from "with …"
	next      bool      // "the next round": a later meeting of the same sides
	subject   bool      // participants came from the subject of a light verb: "X and Y began talks"
	between   bool      // "a meeting between A and B", "a courtesy call on X": all its people are named
	objects   []*entity // who a meeting verb names as met: "met X"
	objEnd    int       // the token after them
	period    string
	meal      bool // "a working lunch", "a state banquet"
}

// isGenericKind reports the kinds of meeting that another meeting word may
// repeat: "the talks" after "met".
func isGenericKind(k string) bool {
	switch k {
	case "talks", "meeting", "session", "summit":
		return true
	}
	return false
}

var meetVerbs = map[string]string{
	"met": "meeting", "meet": "meeting", "meets": "meeting",
	"visited": "visit", "visits": "visit",
	"hosted": "meeting", "hosts": "meeting", "host": "meeting", "hosting": "meeting", "received": "meeting",
	"receives": "meeting", "receive": "meeting",
	"reconvene": "talks", "reconvenes": "talks", "reconvened": "talks",
	"welcomed": "meeting", "welcomes": "meeting", "conferred": "talks", "confers": "talks",
	"telephoned": "call", "phoned": "call", "telephones": "call", "phones": "call",
}

// intentWords stand between a subject and the verb of a planned meeting:
// "is expected to visit", "plans to meet".
var intentWords = wordSet("to", "expected", "due", "set", "scheduled", "going", "planning", "plans", "planned", "plan",
	"hopes", "hoping", "hope", "hoped", "wants", "wanted", "want", "intends", "intended", "intend", "likely", "able", "ready",
	"agreed", "agree", "agrees", "decided", "prepared", "preparing", "about", "slated", "poised", "invited", "traveled", "willing",
	"travelled", "flew", "went", "came", "arrived", "headed", "open", "forward", "looking", "looks", "look")

// invitedTo returns who invites and who is invited when the meeting word
// at c follows "X invited Y (to Z) for" in its clause, or nil.
func (a *analysis) invitedTo(c *cand, s sentence, ms []*mention) []*entity {
	for k := c.a - 1; k > s.a && k >= c.a-8; k-- {
		t := &a.toks[k]
		if t.kind == tPunct {
			return nil
		}
		if t.low != "invited" && t.low != "invites" && t.low != "invite" {
			continue
		}
		guest := a.at[k+1]
		if guest == nil || guest.kind != mPerson && guest.kind != mTitleOnly {
			return nil
		}
		out := a.targets(guest)
		if host := a.clauseSubject(k, s, ms); host != nil {
			out = append(out, host)
		}
		return out
	}
	return nil
}

// forBefore returns the "for" before the meeting word at i, past a
// determiner and up to two adjectives ("for a working lunch"), or -1.
func (a *analysis) forBefore(i int, s sentence) int {
	for k := i - 1; k >= s.a && k >= i-4; k-- {
		t := &a.toks[k]
		if t.low == "for" {
			return k
		}
		if t.kind != tWord || t.upper || a.at[k] != nil || isPreposition(t.low) {
			return -1
		}
	}
	return -1
}

// personBeforeFor returns the person named right before the "for" of
// forBefore ("joined Museveni for talks": Museveni), or nil.
func (a *analysis) personBeforeFor(i int, s sentence) *mention {
	f := a.forBefore(i, s)
	if f-1 < s.a {
		return nil
	}
	if m := a.at[f-1]; m != nil && m.kind == mPerson {
		return m
	}
	return nil
}

// pluralHeadNouns name the people of parties named before them in the
// possessive: "the two countries' leaders".
var pluralHeadNouns = wordSet("leaders", "presidents", "ministers", "negotiators", "delegations", "envoys", "officials")

// headOf returns the one person named so far who heads country e (a
// president, prime minister, king …), or nil.
func (a *analysis) headOf(e *entity) *entity {
	var found *entity
	for _, p := range a.people {
		if p.country >= 0 && p.country == e.country && p.isHead() {
			if found != nil && found != p {
				return nil
			}
			found = p
		}
	}
	return found
}

// countWords count the people of a plural after a determiner: "the two
// Australian ministers".
var countWords = wordSet("two", "three", "four", "five", "six", "both")

// isMealWord reports the meals that are meetings when their guests are
// named. (These small closed sets are switches: rules ask them per token,
// and a switch answers without hashing the word.)
func isMealWord(w string) bool {
	switch w {
	case "breakfast", "lunch", "dinner", "luncheon":
		return true
	}
	return false
}

// isWeakMeetingWord reports words that name meetings only with their
// partners spelled out: "dialogue with Tehran", not "Russian-American
// dialogue".
func isWeakMeetingWord(w string) bool {
	switch w {
	case "dialogue", "discussion", "exchange", "contact", "engagement", "conversation", "follow-up",
		"breakfast", "lunch", "dinner", "luncheon":
		return true
	}
	return false
}

// explicitPartners reports "with X" or "between X" right after token i.
func (a *analysis) explicitPartners(i int, s sentence) bool {
	if i+1 >= s.b {
		return false
	}
	w := a.toks[i].low
	if (w == "with" || w == "between") && a.toks[i+1].low == "visiting" && i+2 < s.b && a.at[i+2] != nil {
		return true
	}
	return (w == "with" || w == "between" || w == "among") && a.at[i+1] != nil ||
		(w == "with" || w == "between") && i+2 < s.b && a.toks[i+1].cls&wDet != 0 && a.at[i+2] != nil
}

// meetingHeads end meeting phrases: "talks hosted by Norway".
var meetingHeads = wordSet("talks", "meeting", "meetings", "negotiations", "summit", "consultations", "round", "session", "dialogue")

// isHostedBy reports participles of hosting a meeting: "talks brokered by
// X".
func isHostedBy(w string) bool {
	switch w {
	case "brokered", "mediated", "hosted", "chaired", "convened", "facilitated", "organised", "organized":
		return true
	}
	return false
}

// hostVerbs make a meeting only with a person or party as their object.
var hostVerbs = wordSet("hosted", "hosts", "host", "hosting", "received", "receives", "receive", "welcomed", "welcomes",
	"telephoned", "phoned", "telephones", "phones")

var lightVerbs = wordSet("held", "hold", "holds", "holding", "had", "have", "has", "having", "conducted", "conduct",
	"attended", "attend", "attends", "attending", "began", "begin", "joined", "join", "chaired", "chair", "led", "opened",
	"convened", "concluded", "wrapped", "started", "resumed", "continued", "paid", "pay", "pays", "make", "made", "makes",
	"co-chaired", "co-chair", "co-chairs", "cochaired", "chairs", "received", "receives", "resume", "resumes", "resuming",
	"continue", "continues", "start", "starts", "open", "opens", "begins", "beginning")

// triggersIn returns the meeting words and verbs of sentence si.
func (a *analysis) triggersIn(si int) []cand {
	s := a.sents[si]
	out := a.cands[:0] // the buffer of the sentence before
	// a trigger begins with a word of one of these classes
	const starts = wMeetVerb | wMeetingCue | wMeetingStart
	cue := a.cuesOf(s)
	if cue.cls&starts == 0 {
		return out
	}
	next := s.a // the tokens before next are part of a trigger found
	for _, i := range cue.marks {
		t := &a.toks[i]
		if i < next || t.cls&starts == 0 {
			continue
		}
		if m := a.at[i]; m != nil && m.kind != mPronoun {
			continue
		}
		if t.cls&wMeetVerb != 0 {
			k := meetVerbs[t.low]
			if (t.cls&wHostVerb != 0) && (i+1 >= s.b || a.actorAt(i+1, s) == nil && a.verbObjectAt(i+1, s) < 0) && !a.byActor(i+1, s) && !a.byActor(a.passiveBy(i, i+1, s), s) {
				continue // "hosted a dinner": only a host of someone meets them
			}
			if len(out) > 0 && out[len(out)-1].b == i && !out[len(out)-1].verb && a.byActor(i+1, s) {
				continue // "a state banquet hosted by Emperor Naruhito": the banquet's host (see postParts)
			}
			if (t.low == "welcomed" || t.low == "welcomes") && !a.personObject(i+1, s) {
				continue // "welcomed Algeria's role", "welcomed the decision"
			}
			out = append(out, cand{a: i, b: i + 1, kind: k, verb: true})
			continue
		}
		if t.cls&wMeetingCue != 0 {
			var ok bool
			if out, ok = a.meetingCueAt(out, i, s); ok {
				next = out[len(out)-1].b
				continue
			}
		}
		if t.cls&wMeetingStart == 0 {
			continue // no meeting phrase starts here (lexAt would say so)
		}
		end, es := a.lexAt(i)
		if end <= i || kindsOf(es)&kMeeting == 0 {
			continue
		}
		var kind string
		for _, e := range es {
			if e.kind == eMeeting {
				kind = a.x.lex.MeetingWords[e.idx].Kind
			}
		}
		lw := a.spanLower(i, end)
		if lw == "call" || lw == "calls" {
			p := a.prevWord(i, 0)
			if p >= 0 && a.toks[p].low == "courtesy" && i+2 < s.b && a.toks[i+1].low == "on" && a.actorAt(a.pastThe(i+2, s), s) != nil {
				// "paid a courtesy call on President X": a meeting with X
				// (its people all named, as after "between")
				out = append(out, cand{a: p, b: i + 1, kind: "meeting", between: true})
				continue
			}
			if p >= 0 && a.toks[p].low == "courtesy" && i+2 < s.b && a.toks[i+1].low == "from" && a.actorAt(i+2, s) != nil {
				// "received a courtesy call from X": a meeting with X
				out = append(out, cand{a: p, b: i + 1, kind: "meeting"})
				continue
			}
			if p >= 0 && callAdjectives[a.toks[p].low] && p-1 >= s.a && a.toks[p-1].cls&wDet != 0 {
				p-- // "in a separate call", "a brief call"
			}
			if p < 0 || !((a.toks[p].cls&wDet != 0) || a.toks[p].low == "phone" || a.toks[p].low == "telephone" || a.toks[p].low == "video") {
				continue
			}
		}
		if lw == "visit" || lw == "visits" {
			if p := a.prevWord(i, 0); p >= 0 && (a.toks[p].low == "to" || (a.toks[p].cls&wAux != 0)) {
				out = append(out, cand{a: i, b: end, kind: "visit", verb: true})
				next = end
				continue
			}
		}
		meal := isMealWord(lw)
		if meal && a.personBeforeFor(i, s) != nil {
			// "joined Museveni for a working lunch"
			out = append(out, cand{a: i, b: end, kind: kind, meal: true})
			next = end
			continue
		}
		if meal && i > s.a && a.toks[i-1].low == "over" {
			// "discussed Ukraine over dinner": who dined is the subject
			out = append(out, cand{a: i, b: end, kind: kind, meal: true})
			next = end
			continue
		}
		if isWeakMeetingWord(strings.TrimSuffix(lw, "s")) && !a.explicitPartners(end, s) && !(meal && end+1 < s.b && a.toks[end].low == "for" && a.actorAt(end+1, s) != nil) {
			next = end
			continue // "Russian-American dialogue": a relation, not a meeting
		}
		out = append(out, cand{a: i, b: end, kind: kind, plural: strings.HasSuffix(lw, "s") && lw != "talks" || lw == "talks" || lw == "negotiations" || lw == "consultations",
			meal: meal || strings.HasSuffix(lw, "banquet")})
		next = end
	}
	return out
}

// meetingCues are the words meetingCueAt tests for (keep them in step).
var meetingCues = wordSet("receiving", "hosting", "welcoming", "spoke", "speaks", "spoken", "talked", "called", "calls", "sat", "sits", "sit", "see", "saw", "sees", "sign", "signed", "signing",
	"briefed", "briefs", "meeting", "discussed", "round", "rounds", "call", "speaking", "talking")

// meetingCueAt reads the meeting verbs of triggersIn that need more than
// the word's class (wMeetVerb) to tell: "spoke by phone", "called X",
// "sat down with", "briefed X" … at token i. Only words of meetingCues
// begin one, so triggersIn asks only for them. It appends the trigger
// found to out (in place: a trigger is a large struct) and reports
// whether there was one.
func (a *analysis) meetingCueAt(out []cand, i int, s sentence) ([]cand, bool) {
	t := &a.toks[i]
	if t.low == "spoke" || t.low == "speaks" || t.low == "spoken" || t.low == "talked" {
		j := i + 1
		if j < s.b && (a.toks[j].low == "separately" || a.toks[j].low == "again" || a.toks[j].low == "also") {
			j++ // "spoke separately by phone with"
		}
		if j+1 < s.b && (a.toks[j].low == "by" || a.toks[j].low == "on") &&
			(a.toks[j+1].low == "phone" || a.toks[j+1].low == "telephone" || a.toks[j+1].low == "the" && j+2 < s.b && a.toks[j+2].low == "phone") {
			return append(out, cand{a: i, b: i + 1, kind: "call", verb: true}), true
		}
	}
	if (t.low == "called" || t.low == "calls") && i+1 < s.b && a.at[i+1] != nil && (a.at[i+1].kind == mPerson || a.at[i+1].kind == mTitleOnly) && a.isSubjectVerb(i, s) {
		// "Ruto called Hassan on Monday": a telephone call
		return append(out, cand{a: i, b: i + 1, kind: "call", verb: true}), true
	}
	if (t.low == "see" || t.low == "saw" || t.low == "sees") && a.seesPerson(i, s) {
		// "first saw each leader separately", "in Abu Dhabi to see
		// President Mohamed bin Zayed": a meeting
		return append(out, cand{a: i, b: i + 1, kind: "meeting", verb: true}), true
	}
	if (t.low == "sat" || t.low == "sits" || t.low == "sit") && i+2 < s.b && a.toks[i+1].low == "down" && (a.toks[i+2].low == "with" || a.pairBeforeVerb(i)) {
		// "sat down with X", "when A and B sit down in Andong": talks
		return append(out, cand{a: i, b: i + 2, kind: "talks", verb: true}), true
	}
	if (t.low == "sign" || t.low == "signed" || t.low == "signing") && a.signingWith(i, s) {
		// "ready to sign the treaty with Pashinyan in Washington",
		// "Tane and Vik signed a border agreement in Suva"
		return append(out, cand{a: i, b: i + 1, kind: "meeting", verb: true}), true
	}
	if (t.low == "briefed" || t.low == "briefs") && a.personObject(i+1, s) && a.isSubjectVerb(i, s) {
		// "Cho had briefed Rubio by phone": a call; in person, a briefing
		kind := "briefing"
		if a.phoneLater(i, s) {
			kind = "call"
		}
		return append(out, cand{a: i, b: i + 1, kind: kind, verb: true}), true
	}
	if t.low == "meeting" && a.meetingAsVerb(i, s) || isGerundHost(t.low) && a.afterTimeWord(i, s) && a.actorAt(i+1, s) != nil {
		// "before meeting X", "days after receiving Russian envoy Kirill
		// Dmitriev"
		return append(out, cand{a: i, b: i + 1, kind: "meeting", verb: true}), true
	}
	callVerb := t.low == "called" || t.low == "calls"
	if t.low == "call" {
		// "is due to call on President Lee", "will call on"
		p := a.prevWord(i, 0)
		callVerb = p >= 0 && (a.toks[p].low == "to" || a.toks[p].cls&wAux != 0)
	}
	if callVerb && i+2 < s.b && a.toks[i+1].low == "on" {
		j := a.pastThe(i+2, s) // "called on the Chairperson of the AU Commission"
		if p := a.personAfterPlace(j); p != nil {
			// "Minister Lamola called on Prime Minister Modi": a courtesy
			// call; "called on Maharashtra Chief Minister Devendra
			// Fadnavis": the place names the office
			return append(out, cand{a: i, b: p.a, kind: "meeting", verb: true}), true
		}
	}
	if i == s.a && (t.low == "speaking" || t.low == "talking") && a.spokeWithActor(i, s) {
		// "Speaking with Chinese Foreign Minister Wang Yi, the minister …"
		return append(out, cand{a: i, b: i + 1, kind: "talks", verb: true}), true
	}
	if (t.low == "talked" || t.low == "spoke" || t.low == "spoken") && i+1 < s.b && a.toks[i+1].low != "to" && a.toks[i+1].low != "at" && a.toks[i+1].low != "about" && a.toks[i+1].low != "of" && a.toks[i+1].low != "with" {
		// "Armenia's Mirzoyan and Azerbaijan's Bayramov talked for four
		// hours": the two subjects talked together; "Lula and Kast have
		// spoken only once, by phone": a call
		p := i - 1
		for p > s.a && a.toks[p].cls&wAux != 0 && a.at[p] == nil {
			p--
		}
		if l := a.openingList(s, i+1); len(l) >= 2 && onlyPeople(l) && p >= s.a && a.at[p] != nil {
			kind := "talks"
			if a.phoneLater(i, s) {
				kind = "call"
			}
			return append(out, cand{a: i, b: i + 1, kind: kind, verb: true, parts: l}), true
		}
	}
	if (t.low == "spoke" || t.low == "speaks" || t.low == "spoken" || t.low == "talked") && (a.spokeWithActor(i, s) || a.spokeToPerson(i, s)) {
		// "Prime Minister Carney today spoke with the President of
		// Brazil": a conversation between the two; "had spoken to Kagame
		// by phone": a call
		kind := "talks"
		if a.phoneLater(i, s) {
			kind = "call"
		}
		return append(out, cand{a: i, b: i + 1, kind: kind, verb: true}), true
	}
	if t.low == "discussed" {
		kind := "talks"
		if a.phoneLater(i, s) {
			kind = "call" // "discussed the talks with Prince Faisal by phone"
		}
		return append(out, cand{a: i, b: i + 1, kind: kind, verb: true}), true
	}
	if (t.low == "round" || t.low == "rounds") && a.roundOfTalks(i, s) {
		return append(out, cand{a: i, b: i + 1, kind: "talks", plural: true}), true
	}
	return out, false
}

// takesPlace reports "[be] held", "take place", "[be] hosted" ending
// right before j, the place of the meeting: "will take place in",
// "would be held in".
func (a *analysis) takesPlace(k, j int) bool {
	if j-1 > k && a.toks[j-1].cls&wLoc != 0 {
		j-- // the preposition before the place
	}
	if k < j && a.toks[k].low == "be" {
		k++
	}
	if k+1 == j-1 && a.toks[k].low == "take" && a.toks[k+1].low == "place" {
		return true
	}
	return k == j-1 && (a.toks[k].low == "held" || a.toks[k].low == "hosted" || a.toks[k].low == "convened")
}

// roundOfTalks reports "round" at i standing for a round of talks: "the
// next round will take place in Djibouti", "a new round of "2+2"
// consultations"; not "a new round of sanctions" nor an election's "second
// round" (ordinals do not count).
func (a *analysis) roundOfTalks(i int, s sentence) bool {
	p := a.prevWord(i, 0)
	if p < 0 {
		return false
	}
	switch a.toks[p].low {
	case "next", "new", "latest", "fresh", "another", "further", "previous", "last":
	default:
		// "hold a round", "began a third round": a light verb, "a" and
		// at most one adjective
		q := p
		if a.toks[q].low != "a" {
			q = a.prevWord(q, 0)
		}
		if q < 0 || a.toks[q].low != "a" {
			return false
		}
		if v := a.prevWord(q, 0); v < 0 || a.toks[v].cls&wLightVerb == 0 {
			return false
		}
	}
	if n := i + 1; n < s.b && a.toks[n].low == "of" {
		return n+1 < s.b && a.toks[n+1].kind == tQuote
	}
	return true
}

// byActor reports "by" and a person, country or organisation at k: "was
// received by Bolivian President Rodrigo Paz".
func (a *analysis) byActor(k int, s sentence) bool {
	if k < s.a || k+1 >= s.b || a.toks[k].low != "by" {
		return false
	}
	for p := k - 2; p >= s.a && p >= k-10; p-- {
		if meetingHeads[a.toks[p].low] {
			return false // "the talks at the hotel, hosted by Norway": the talks are the meeting
		}
	}
	m := a.at[k+1]
	return m != nil && isActorMention(m)
}

// spokeWithActor reports "with" and a person, country or organisation
// right after the verb at i ("spoke with the President of Brazil, …",
// "talked today with Kagame"); reporters, students or the press do not
// make a meeting.
func (a *analysis) spokeWithActor(i int, s sentence) bool {
	j := i + 1
	if j < s.b && (a.toks[j].low == "today" || a.toks[j].low == "yesterday" || a.toks[j].low == "again" || a.toks[j].low == "separately") {
		j++
	}
	if j+1 >= s.b || a.toks[j].low != "with" {
		return false
	}
	j++
	if a.toks[j].cls&wDet != 0 && j+1 < s.b {
		j++
	}
	m := a.at[j]
	return m != nil && isActorMention(m)
}

// partnerWithLater adds the partner of "X discussed the talks with Y by
// phone", "sign the treaty with Y": the actor after the first "with"
// within a few words, in the same clause.
func (a *analysis) partnerWithLater(c *cand, s sentence) {
	for k := c.b; k+1 < s.b && k < c.b+12; k++ {
		if a.toks[k].text == "," || a.toks[k].text == ";" {
			return
		}
		if a.toks[k].low == "with" {
			list, _, _ := a.listAt(k+1, s)
			c.parts = a.appendEnts(c.parts, list...)
			return
		}
	}
}

// personObject reports a person (not a possessive) at k: who is
// welcomed, not what.
func (a *analysis) personObject(k int, s sentence) bool {
	m := a.actorAt(k, s)
	return m != nil && !m.poss && (m.kind == mPerson || m.kind == mTitleOnly || m.kind == mGroup)
}

// gerundSubject returns who meets in "X held talks with Y before meeting
// Z" (X, the subject of the sentence) and "After meeting Y, X flew to …"
// (X, after the comma), or nil.
func (a *analysis) gerundSubject(c *cand, s sentence, ms []*mention) *entity {
	if c.verb && c.a == s.a && (a.toks[c.a].low == "speaking" || a.toks[c.a].low == "talking") {
		return a.afterComma(c.b, s) // "Speaking with Wang, the minister said"
	}
	if w := a.toks[c.a].low; !c.verb || w != "meeting" && !isGerundHost(w) || !a.afterTimeWord(c.a, s) {
		return nil
	}
	if c.a-1 == s.a {
		return a.afterComma(c.b, s) // "After meeting Y, X …"
	}
	return a.clauseSubject(c.a, s, ms)
}

// afterComma returns the person right after the first comma from k on:
// the subject of the clause an opening participle phrase leads into.
func (a *analysis) afterComma(k int, s sentence) *entity {
	for ; k+1 < s.b; k++ {
		if a.toks[k].text == "," {
			if m := a.actorAt(k+1, s); m != nil && (m.kind == mPerson || m.kind == mTitleOnly) {
				return m.ent
			}
			return nil
		}
	}
	return nil
}

// verbObjectAt returns where the people a meeting verb names start, at k
// or after it: "met Xi", "met his counterparts Osmon of …", "met the
// Chinese foreign minister", "hosted the visiting Wang", "met a delegation
// led by Wang"; -1 when no person or party follows.
func (a *analysis) verbObjectAt(k int, s sentence) int {
	if k >= s.b {
		return -1
	}
	if j := a.ledBy(k, s); j > k {
		return j
	}
	if j := a.delegationOf(k, s); j > k {
		return j // "received a delegation of the Sudanese Armed Forces"
	}
	if a.toks[k].low == "visiting" && k+1 < s.b && a.actorAt(k+1, s) != nil {
		k++ // "received visiting Brazilian President Lula"
	}
	if m := a.at[k]; m != nil {
		if m.kind == mVenue {
			if p := a.placedPerson(m); p != nil {
				return p.a // "to meet Queensland Premier David Crisafulli"
			}
			return -1
		}
		return k
	}
	if a.skipCounterpartLead(k, s) > k {
		return k
	}
	if t := &a.toks[k]; k+1 < s.b && t.cls&wDet != 0 && t.low != "a" && t.low != "an" {
		j := k + 1
		for j+1 < s.b && j <= k+2 && (a.toks[j].low == "visiting" || countWords[a.toks[j].low]) {
			j++ // "received the two Australian ministers", "the visiting Wang"
		}
		if a.actorAt(j, s) != nil {
			return j
		}
	}
	return -1
}

// ledBy returns the token after "a delegation led by" at k (also "the
// … team headed by"), where the leader's name starts, or k.
func (a *analysis) ledBy(k int, s sentence) int {
	j := k
	if j < s.b && a.toks[j].cls&wDet != 0 {
		j++
	}
	for n := 0; j < s.b && n < 3 && a.at[j] == nil && a.toks[j].kind == tWord && !a.toks[j].upper; n++ {
		if w := a.toks[j].low; w == "led" || w == "headed" {
			if j+2 < s.b && a.toks[j+1].low == "by" && a.actorAt(j+2, s) != nil {
				return j + 2
			}
			return k
		}
		j++
	}
	return k
}

// delegationOf returns where the party starts in "a delegation of [the]
// X" at k (also "delegations", "representatives", "members",
// "executives"), or k.
func (a *analysis) delegationOf(k int, s sentence) int {
	j := k
	if j < s.b && a.toks[j].cls&wDet != 0 {
		j++
	}
	if j+2 >= s.b {
		return k
	}
	switch a.toks[j].low {
	case "delegation", "delegations", "representatives", "members", "executives", "envoys", "officials":
	default:
		return k
	}
	if a.toks[j+1].low != "of" && a.toks[j+1].low != "from" {
		return k
	}
	n := j + 2
	for x := 0; x < 2 && n+1 < s.b && a.at[n] == nil && a.toks[n].kind == tWord && !a.toks[n].upper; x++ {
		n++ // "of the", "of its operator South32"
	}
	if m := a.actorAt(n, s); m != nil && m.kind != mPerson {
		return n
	}
	return k
}

// signingWith reports a signing that brings people together: "sign the
// treaty with X" (a person after "with" within a few words), or two
// people as the subject ("Tane and Vik signed …").
func (a *analysis) signingWith(i int, s sentence) bool {
	for k := i + 1; k+1 < s.b && k <= i+6; k++ {
		if a.toks[k].kind != tWord {
			break
		}
		if a.toks[k].low == "with" {
			m := a.actorAt(k+1, s)
			return m != nil && m.kind == mPerson
		}
	}
	p := i - 1
	for p > s.a && a.at[p] == nil && (intentWords[a.toks[p].low] || a.toks[p].cls&wAux != 0) {
		p-- // "A, B and C are expected to sign"
	}
	if p-2 < s.a || a.at[p] == nil || a.at[p].kind != mPerson {
		return false
	}
	if p < i-1 {
		list := a.openingList(s, i)
		return len(list) >= 2 && onlyPeople(list)
	}
	q := a.at[p].a - 1
	return q-1 >= s.a && a.toks[q].low == "and" && a.at[q-1] != nil && a.at[q-1].kind == mPerson
}

// meetingAsVerb reports "meeting" at i used as a verb with a person or
// party as its object: "Ruto is meeting Hassan today", "did not rule out
// meeting X", "before meeting X", "with Tiani meeting X", "Ruto, meeting
// Museveni in Entebbe, said".
func (a *analysis) meetingAsVerb(i int, s sentence) bool {
	if i <= s.a || a.actorAt(i+1, s) == nil {
		return false
	}
	p := &a.toks[i-1]
	switch {
	case p.cls&wAux != 0:
		return true
	case p.low == "out" || p.low == "considering" || a.afterTimeWord(i, s):
		return true
	case p.low == "to" && i-2 >= s.a && (a.toks[i-2].low == "open" || a.toks[i-2].low == "forward" || a.toks[i-2].low == "committed"):
		return true // "is open to meeting Kim", "looks forward to meeting X
	case recallVerbs[p.low]:
		return true // "He recalled meeting al-Sharaa in Damascus"
	case a.at[i-1] != nil && a.at[i-1].kind == mPerson:
		return true
	}
	return i-2 >= s.a && p.text == "," && a.at[i-2] != nil && a.at[i-2].kind == mPerson
}

// recallVerbs take a gerund of the meeting their subject had: "He
// recalled meeting al-Sharaa", "remembers visiting Hanoi".
var recallVerbs = wordSet("recalled", "recalls", "recalling", "remembered", "remembers", "recall", "remember")

// ownedPerson returns the person named right after "X's" when m is X, a
// country or body that says whose the person is ("Kyrgyzstan's Japarov",
// "South Africa's Cyril Ramaphosa"), or nil.
func (a *analysis) ownedPerson(m *mention) *mention {
	if m == nil || m.kind == mPerson || m.b+1 >= len(a.toks) || a.toks[m.b].kind != tPoss {
		return nil
	}
	if p := a.at[m.b+1]; p != nil && (p.kind == mPerson || p.kind == mTitleOnly) {
		return p
	}
	return nil
}

// placedPerson returns the person mention right after venue mention m
// when the place names the office ("Queensland Premier David
// Crisafulli"), or nil.
func (a *analysis) placedPerson(m *mention) *mention {
	if p := a.personAfterPlace(m.a); p != nil && p != m && p.a == m.b && p.kind == mPerson {
		return p
	}
	return nil
}

// personAfterPlace returns the person or title mention at k, also after
// a place naming the office ("Maharashtra Chief Minister Devendra
// Fadnavis"), or nil.
func (a *analysis) personAfterPlace(k int) *mention {
	m := a.at[k]
	if m != nil && (m.kind == mVenue || m.kind == mCountry || m.kind == mDemonym) && m.b < len(a.toks) {
		m = a.at[m.b]
	}
	if m != nil && (m.kind == mPerson || m.kind == mTitleOnly) {
		return m
	}
	return nil
}

// seesPerson reports "see"/"saw" at i with a person as its object (not
// "saw Putin as a partner", not "saw Putin's remarks"), said of the
// subject or after "to".
func (a *analysis) seesPerson(i int, s sentence) bool {
	k := i + 1
	if k < s.b && (a.toks[k].low == "each" || a.toks[k].low == "both") {
		k++ // "saw each leader separately"
	}
	m := a.actorAt(k, s)
	if m == nil || m.poss || m.kind != mPerson && m.kind != mTitleOnly && m.kind != mGroup {
		return false
	}
	if m.b < s.b && (a.toks[m.b].low == "as" || a.toks[m.b].kind == tPoss) {
		return false
	}
	return a.isSubjectVerb(i, s) || i > s.a && a.toks[i-1].low == "to"
}

// isGerundHost reports the -ing forms of hosting someone that make a
// meeting after a word of time: "days after receiving X".
func isGerundHost(w string) bool {
	switch w {
	case "receiving", "hosting", "welcoming":
		return true
	}
	return false
}

// afterTimeWord reports before/after/while/since right before token i.
func (a *analysis) afterTimeWord(i int, s sentence) bool {
	if i <= s.a {
		return false
	}
	switch a.toks[i-1].low {
	case "before", "after", "while", "since":
		return true
	}
	return false
}

// isSubjectVerb reports a verb at i with a person or party right before
// it ("Ruto called Hassan"), not a participle ("a man called Hassan").
func (a *analysis) isSubjectVerb(i int, s sentence) bool {
	p := i - 1
	for p > s.a && a.toks[p].kind == tWord && a.at[p] == nil && (strings.HasSuffix(a.toks[p].low, "ly") || a.toks[p].low == "also" || a.toks[p].low == "later" ||
		a.toks[p].low == "then" || a.toks[p].cls&wAux != 0) {
		p--
	}
	return p >= s.a && a.at[p] != nil && isActorMention(a.at[p])
}

// spokeToPerson reports "spoke to" and a named person right after the
// verb at i ("Wong spoke to Rabuka a day earlier"); "spoke to reporters",
// "spoke to the BBC" are no meetings.
func (a *analysis) spokeToPerson(i int, s sentence) bool {
	j := i + 1
	if j+1 >= s.b || a.toks[j].low != "to" {
		return false
	}
	m := a.at[j+1]
	return m != nil && (m.kind == mPerson || m.kind == mTitleOnly && m.ent != nil)
}

// phoneLater reports "by phone", "by telephone" or "over the phone" in
// the clause after token i: "discussed the talks with Prince Faisal by
// phone".
func (a *analysis) phoneLater(i int, s sentence) bool {
	for k := i + 1; k+1 < s.b && k < i+16; k++ {
		w := a.toks[k].low
		if a.toks[k].text == ";" || a.toks[k].text == "." {
			return false
		}
		if (w == "by" || w == "over") && (a.toks[k+1].low == "phone" || a.toks[k+1].low == "telephone" ||
			a.toks[k+1].low == "the" && k+2 < s.b && a.toks[k+2].low == "phone") {
			return true
		}
	}
	return false
}

// meetingsIn finds the meetings of sentence si and merges them into the
// document's meetings.
func (a *analysis) meetingsIn(si int, tu *turn) {
	s := a.sents[si]
	cs := a.triggersIn(si)
	if len(cs) == 0 {
		return
	}
	ms := a.sentMentions(si)
	shift := a.toks[s.a].cls&wTemporalShift != 0
	// the date of the sentence depends on the status alone: the last
	// answer serves the next trigger of the same status
	var dateStatus, date, dateText string
	dated := false
	for ci := range cs {
		c := &cs[ci]
		c.shift = shift || a.earlierEncounter(c, s) || a.anotherRound(c, s)
		c.separate = a.separateNear(c, s) || c.verb && a.onSidelines(s)
		c.period = a.periodNear(c, s)
		if c.a > s.a && a.toks[c.a-1].low == "over" && isMealWord(a.toks[c.a].low) {
			// "Merz and Macron discussed Ukraine over dinner": those who
			// dined open the sentence
			c.parts = a.appendEnts(c.parts, a.openingList(s, c.a)...)
		} else {
			a.premods(c, s)
			a.postParts(c, s, ms)
		}
		var joined *mention // (a meeting word only: no verb stands after "for")
		if !c.verb {
			joined = a.personBeforeFor(c.a, s)
		}
		if joined != nil {
			// "Ruto joined Museveni for talks", "… for a working lunch": both
			c.parts = a.appendEnts(c.parts, a.targets(joined)...)
			if subj := a.clauseSubject(c.a, s, ms); subj != nil {
				c.parts = a.appendUnique(c.parts, subj)
			}
		}
		if c.verb || a.lightVerbBefore(c, s) {
			a.subjectParts(c, s, ms)
			if subj := a.gerundSubject(c, s, ms); subj != nil {
				c.parts = a.appendUnique(c.parts, subj)
			}
		} else if len(c.parts) == 0 && a.duringAt(c, s) {
			// "Napat and Albanese agreed on it during a phone call": the
			// subject of the clause took part
			c.parts = a.appendEnts(c.parts, a.openingList(s, c.a)...)
		} else if l := a.listAfterOpening(c, s); len(l) >= 2 {
			// "In a separate call, Faisal and Dar exchanged views": those
			// the clause after it opens with
			c.parts = a.appendEnts(c.parts, l...)
		} else if c.with && !c.definite {
			// "X … talks with Y": the subject of the sentence talked too
			if subj := a.clauseSubject(c.a, s, ms); subj != nil && subj.typ == graphmodel.TypePerson {
				c.parts = a.appendUnique(c.parts, subj)
			}
		}
		if !c.verb {
			a.gatheredAfter(c, s)
		}
		if !c.verb && len(c.parts) == 0 {
			// "Ruto invited Museveni to Nairobi for talks next month"
			c.parts = a.appendEnts(c.parts, a.invitedTo(c, s, ms)...)
		}
		if c.kind == "visit" && !c.verb && !c.definite && len(c.parts) == 0 && !strings.HasPrefix(a.toks[c.b-1].low, "tour") {
			// "Stubb, on a state visit to Lithuania, held talks", "He is on
			// a three-day visit to Bolivia": the visitor is the subject;
			// "Khurelsukh, who is in Kazakhstan on a state visit": the one
			// the relative clause is about
			if m := a.relativeHolder(c.a, s); m != nil {
				c.parts = a.appendEnts(c.parts, a.targets(m)...)
			} else if subj := a.clauseSubject(c.a, s, ms); subj != nil {
				c.parts = a.appendUnique(c.parts, subj)
			}
		}
		if host := a.hostOf(c, s, ms); host != nil {
			if len(c.parts) == 0 && c.ofOrg != nil {
				// "X hosted a summit of the Southern African Development
				// Community": the host and the body meet
				c.parts = a.appendEnts(c.parts, c.ofOrg, host)
			} else if len(c.parts) == 0 {
				c.parts = a.appendEnts(c.parts, host)
				c.hostOnly = true
			} else {
				c.parts = a.appendUnique(c.parts, host) // "hosted a dinner for Ruto"
			}
		}
		c.status = a.statusOf(c, s)
		if c.status == graphmodel.StatusHeld && a.question(s) {
			c.status = graphmodel.StatusHypothetical // "is he prepared to meet X?"
		}
		if !dated || c.status != dateStatus {
			date, dateText = a.dateIn(s, c.status)
			dateStatus, dated = c.status, true
		}
		c.date, c.dateText = date, dateText
		if date == "" && dateText == "" && c.status == graphmodel.StatusHeld {
			c.date, c.dateText = a.leadDate(si, s)
			if c.date == "" {
				c.date, c.dateText = a.sameDayDate(s)
			}
		}
	}
	a.assignVenues(cs, s, ms)
	for ci := range cs {
		c := &cs[ci]
		if c.verb && (c.kind == "call" && a.toks[c.a].low == "discussed" || strings.HasPrefix(a.toks[c.a].low, "sign")) {
			a.partnerWithLater(c, s) // "… with X by phone", "sign the treaty with X"
			c.pronOnly = false
		}
		if ci > 0 && !c.verb && cs[ci-1].kind == "call" && a.toks[cs[ci-1].a].low == "discussed" && c.a <= cs[ci-1].b+2 {
			continue // "discussed the talks with X by phone": the call is the meeting
		}
		if c.kind == "talks" && c.verb && a.toks[c.a].low == "discussed" {
			people := 0
			for _, p := range c.parts {
				if p.typ == graphmodel.TypePerson {
					people++
				}
			}
			if people < 2 || len(c.venues) == 0 {
				continue
			}
		}
		if c.kind == "visit" && a.purposeMeetingAfter(c, cs) {
			continue // "visit Washington for talks with …": the talks are the meeting
		}
		c.ev = a.candSpan(c, s, ms)
		if second, and, ok := a.secondObject(c, s); ok {
			// "met X on Monday and Y on Tuesday": two meetings
			rest := *c
			rest.venues, c.venues = a.venuesSplit(c, and)
			c.separate = true
			a.mergeCand(c, si)
			a.mergeApart(&rest, c.objects, [][]*entity{second}, si)
			continue
		}
		if partners := a.separatePartners(c, s); len(partners) >= 2 {
			// "held separate phone calls with Hassan Sheikh and Abiy": one
			// each
			a.mergeApart(c, partners, each(partners), si)
			continue
		}
		if sides := a.eachSide(c, s); len(sides) >= 2 {
			// "Al-Khulaifi met each delegation separately": one meeting
			// with each party of the talks
			a.mergeApart(c, nil, each(sides), si)
			continue
		}
		if !splitsByVenue(c) {
			a.mergeCand(c, si)
			continue
		}
		for _, one := range a.splitByVenue(c) {
			a.mergeCand(one, si)
		}
	}
	a.cands = cs[:0]
}

// mergeApart merges one meeting of its own for each group of people: c's
// people other than those in drop, and the group.
func (a *analysis) mergeApart(c *cand, drop []*entity, groups [][]*entity, si int) {
	for _, g := range groups {
		one := *c
		one.parts = nil
		for _, p := range c.parts {
			if !slices.Contains(drop, p) {
				one.parts = append(one.parts, p)
			}
		}
		one.parts = a.appendEnts(one.parts, g...)
		one.separate = true
		a.mergeCand(&one, si)
	}
}

// each makes a group of one of each entity.
func each(es []*entity) [][]*entity {
	out := make([][]*entity, len(es))
	for i := range es {
		out[i] = es[i : i+1 : i+1]
	}
	return out
}

// splitsByVenue reports whether splitByVenue makes more than c itself.
func splitsByVenue(c *cand) bool {
	if !c.plural || len(c.venues) < 2 {
		return false
	}
	for _, v := range c.venues {
		if v.typ == graphmodel.TypeBuilding {
			return false
		}
	}
	return true
}

// purposeMeetingAfter reports a meeting noun introduced by "for" later in
// the clause of visit c.
func (a *analysis) purposeMeetingAfter(c *cand, cs []cand) bool {
	for _, o := range cs {
		if o.a > c.b && o.kind != "visit" && !a.breakBetween(c.b, o.a) {
			for k := o.a - 1; k >= c.b && k >= o.a-3; k-- {
				if a.toks[k].low == "for" {
					return true
				}
			}
		}
	}
	return false
}

// premods reads what stands before a meeting noun: determiner, country or
// person modifiers, possessives, places ("the Kremlin meeting").
func (a *analysis) premods(c *cand, s sentence) {
	if c.verb {
		return
	}
	for k := c.a - 1; k >= s.a && k >= c.a-6; k-- {
		t := &a.toks[k]
		if m := a.at[k]; m != nil {
			switch m.kind {
			case mVenue:
				c.venues = append(c.venues, m.ent)
				c.venueToks = a.appendPair(c.venueToks, [2]int{m.a, m.b})
			case mPronoun:
				if possPronouns[m.pron] {
					c.definite = true
					c.parts = a.appendEnts(c.parts, a.targets(m)...)
					c.pronOnly = len(c.parts) > 0
					return
				}
				return
			case mDemonym:
				if m.affCty >= 0 {
					c.parts = a.appendUnique(c.parts, a.countryActor(m.affCty))
				}
			default:
				c.parts = a.appendEnts(c.parts, a.targets(m)...)
				if m.poss {
					c.definite = true
				}
			}
			k = m.a
			continue
		}
		switch {
		case t.kind == tPoss || t.text == "-" || t.text == "–":
			continue
		case t.kind != tWord:
			return
		case t.low == "next" && k+1 < c.a+1 && k-1 >= s.a && (a.toks[k-1].low == "the" || a.toks[k-1].cls&wPossPron != 0):
			c.next = true
			continue
		case (t.cls&wDefDet != 0):
			c.definite = true
			if t.low == "any" {
				c.indef = true
			}
			return
		case t.low == "a" || t.low == "an" || t.low == "any" || t.low == "another":
			c.indef = true
			if t.low == "any" {
				c.status = graphmodel.StatusHypothetical
			}
			return
		case t.upper && k != s.a:
			return
		case t.low == "for" && k == c.a-1 || t.low == "for" && k >= c.a-2 && !a.toks[k+1].upper:
			// "their return to Florida for further consultations"
			for j := k - 1; j >= s.a && j >= k-6; j-- {
				tj := &a.toks[j]
				if tj.kind == tWord && ((tj.cls&wAux != 0) || tj.low == "by" || tj.low == "with") {
					return
				}
				if m := a.at[j]; m != nil && m.kind == mPronoun && possPronouns[m.pron] || m != nil && m.poss && m.kind != mVenue {
					c.parts = a.appendEnts(c.parts, a.targets(m)...)
					c.definite = true
					return
				}
			}
			return
		case (t.cls&wAux != 0) || (t.cls&wLightVerb != 0) || (t.cls&wLoc != 0) || t.low == "of" || t.low == "for" || t.low == "with" || t.low == "and" || t.low == "by" || t.low == "to":
			return
		}
	}
}

// secondObject reads "met X on Monday and Y on Tuesday", "met X in Suva
// and later Y in Apia": after the verb's object and a time or place, "and"
// and another person met in another meeting. It returns that person.
func (a *analysis) secondObject(c *cand, s sentence) ([]*entity, int, bool) {
	if !c.verb || len(c.objects) == 0 || c.objEnd <= c.b {
		return nil, 0, false
	}
	k := c.objEnd
	adjunct := false
	for n := 0; k < s.b && n < 8; n++ {
		t := &a.toks[k]
		if m := a.at[k]; m != nil && m.kind == mVenue {
			k, adjunct = m.b, true
			continue
		}
		if t.low == "on" || t.low == "in" || t.low == "at" || t.cls&wWeekday != 0 || isMonthTok(t) || t.kind == tNum {
			k++
			adjunct = adjunct || t.cls&wWeekday != 0 || isMonthTok(t)
			continue
		}
		break
	}
	if !adjunct || k+1 >= s.b || a.toks[k].low != "and" {
		return nil, 0, false
	}
	and := k
	k++
	if a.toks[k].low == "later" || a.toks[k].low == "then" || a.toks[k].low == "also" {
		k++
	}
	m := a.actorAt(k, s)
	if m == nil || m.kind != mPerson {
		return nil, 0, false
	}
	list, _, _ := a.listAt(k, s)
	for _, e := range list {
		if slices.Contains(c.parts, e) {
			return nil, 0, false
		}
	}
	return list, and, len(list) > 0
}

// venuesSplit returns the places of c written after token and (the second
// meeting's) and before it (the first's).
func (a *analysis) venuesSplit(c *cand, and int) (after, before []*entity) {
	for i, v := range c.venues {
		if i < len(c.venueToks) && c.venueToks[i][0] > and {
			after = append(after, v)
		} else {
			before = append(before, v)
		}
	}
	return after, before
}

// separatePartners returns the partners of "separate calls with A and
// B", "separate meetings with A, B and C": several meetings, one with each.
func (a *analysis) separatePartners(c *cand, s sentence) []*entity {
	if c.verb && len(c.objects) >= 2 && c.objEnd < s.b && a.toks[c.objEnd].low == "separately" {
		return c.objects // "met X and Y separately"
	}
	if c.verb && c.a+1 < s.b && a.toks[c.a+1].low == "separately" {
		// "spoke separately by phone with X and Y"
		for k := c.a + 2; k+1 < s.b && k <= c.a+5; k++ {
			if a.toks[k].low == "with" {
				list, _, _ := a.listAt(k+1, s)
				return list
			}
		}
	}
	if l := a.countedPartners(c, s); len(l) >= 2 {
		return l
	}
	if c.verb || !c.plural || c.b+1 >= s.b || a.toks[c.b].low != "with" {
		return nil
	}
	sep := false
	for k := c.a - 1; k >= s.a && k >= c.a-3; k-- {
		if a.toks[k].low == "separate" {
			sep = true
		}
	}
	if c.a-3 >= s.a && a.toks[c.a-1].low == "back" && a.toks[c.a-2].text == "-" {
		sep = true // "back-to-back meetings with A and B": one each
	}
	if !sep {
		return nil
	}
	list, _, _ := a.listAt(c.b+1, s)
	return list
}

// countedPartners returns the partners of "two telephone conversations
// … with A, and with B": as many meetings as the count says, one with
// each; nil when the partners are not that many.
func (a *analysis) countedPartners(c *cand, s sentence) []*entity {
	if c.verb || !c.plural {
		return nil
	}
	n := 0
	for k := c.a - 1; k >= s.a && k >= c.a-3 && n == 0; k-- {
		switch a.toks[k].low {
		case "two":
			n = 2
		case "three":
			n = 3
		case "four":
			n = 4
		}
	}
	if n < 2 {
		return nil
	}
	k := a.datePhraseAt(c.b, s)
	var out []*entity
	for k+1 < s.b && a.toks[k].low == "with" {
		list, end, _ := a.listAt(k+1, s)
		if len(list) == 0 {
			break
		}
		out = append(out, list...)
		k = end
		if k+1 < s.b && a.toks[k].text == "," {
			k++
		}
		if k+1 < s.b && a.toks[k].low == "and" {
			k++
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// eachSide returns the parties of the talks the text is about when a
// meeting is held with "each delegation" ("met each delegation
// separately", "separate meetings with each delegation"): the countries
// and organisations taking part there, other than who meets them.
func (a *analysis) eachSide(c *cand, s sentence) []*entity {
	k := c.b
	if k < s.b && a.toks[k].low == "with" {
		k++
	}
	if k+1 >= s.b {
		return nil
	}
	w, n := a.toks[k].low, a.toks[k+1].low
	if w == "each" && n == "of" && k+3 < s.b && a.toks[k+2].low == "the" {
		n = a.toks[k+3].low
	}
	if !(w == "each" && (n == "delegation" || n == "side" || n == "party" || n == "delegations" || n == "sides" || n == "parties")) {
		return nil
	}
	m := a.salient("meeting", graphmodel.StatusHeld)
	if m == nil {
		return nil
	}
	var out []*entity
	for _, p := range m.parts {
		if p.typ == graphmodel.TypePerson || slices.Contains(c.parts, p) {
			continue
		}
		out = append(out, p)
	}
	if len(out) > 4 {
		return nil
	}
	return out
}

// onSidelines reports "on the sidelines", "on the margins" in sentence
// s: who met there held a meeting of their own beside the summit.
func (a *analysis) onSidelines(s sentence) bool {
	for k := s.a; k+2 < s.b; k++ {
		if a.toks[k].low == "on" && a.toks[k+1].low == "the" {
			if w := a.toks[k+2].low; w == "sidelines" || w == "sideline" || w == "margins" || w == "margin" {
				return true
			}
		}
	}
	return false
}

// gatheredAfter reads who a meeting word's clause says took part: "The
// summit, chaired by President X at State House, brought together heads
// of state including A, B and C", "talks attended by A and B".
func (a *analysis) gatheredAfter(c *cand, s sentence) {
	if !a.sentHas(s, wGatherCue) {
		return // none of the verbs below
	}
	var host, gathered []*entity
	for k := c.b; k+1 < s.b && k < c.b+24; k++ {
		t := &a.toks[k]
		if t.text == ";" || a.isSpeech(k) && !t.upper && a.at[k] == nil {
			break
		}
		by := (t.low == "chaired" || t.low == "hosted" || t.low == "attended") && a.toks[k+1].low == "by"
		together := (t.low == "brought" || t.low == "brings" || t.low == "bringing") && a.toks[k+1].low == "together"
		if !by && !together {
			continue
		}
		j := k + 2
		// "heads of state including", "leaders from", "the ministers of"
		for n := 0; j < s.b && n < 6 && a.at[j] == nil; n++ {
			w := a.toks[j].low
			if a.toks[j].kind != tWord || !(w == "heads" || w == "of" || w == "state" || w == "government" || w == "including" ||
				w == "leaders" || w == "ministers" || w == "from" || w == "and" || a.toks[j].cls&wDet != 0) {
				break
			}
			j++
		}
		list, end, _ := a.listAt(j, s)
		if len(list) == 0 {
			continue
		}
		if t.low == "chaired" || t.low == "hosted" {
			host = a.appendEnts(host, list...)
		} else {
			gathered = a.appendEnts(gathered, list...)
		}
		k = end - 1
	}
	switch {
	case len(gathered) > 0:
		c.parts = a.appendEnts(c.parts, host...)
		c.parts = a.appendEnts(c.parts, gathered...)
	case len(host) > 0 && len(c.parts) == 0:
		// "the session, chaired by Youssouf": the host joins the meeting
		// talked about
		c.parts = host
		c.hostOnly = true
	}
}

// visitedPlaces adds the countries a visit goes to ("hoped to visit
// Japan again") as its places too: the country is both host and venue.
func (a *analysis) visitedPlaces(c *cand, from, to int) {
	for j := from; j < to; j++ {
		m := a.at[j]
		if m == nil || m.kind != mCountry || m.a != j || m.affCty < 0 || m.poss {
			continue
		}
		v := a.countryVenue(m.affCty)
		if sp := a.span(m.a, m.b); !slices.Contains(v.spans, sp) {
			v.spans = a.appendSpan(v.spans, sp)
		}
		c.venues = a.appendUnique(c.venues, v)
		c.venueToks = a.appendPair(c.venueToks, [2]int{m.a, m.b})
	}
}

// pastThe returns k+1 when token k is a "the" that starts no mention
// ("a courtesy call on the Chairperson of the AU Commission, X"), else k.
func (a *analysis) pastThe(k int, s sentence) int {
	if k+1 < s.b && a.toks[k].low == "the" && a.at[k] == nil {
		return k + 1
	}
	return k
}

// actorAt returns the mention of a person, country or organisation at k,
// or of the person after a possessive country ("Japan's Toshimitsu
// Motegi"), or nil.
func (a *analysis) actorAt(k int, s sentence) *mention {
	if k >= s.b {
		return nil
	}
	m := a.at[k]
	if m != nil && m.kind == mDemonym && m.poss && m.b+1 < s.b && a.toks[m.b].kind == tPoss {
		m = a.at[m.b+1]
	}
	if m == nil || !isActorMention(m) {
		return nil
	}
	return m
}

// listAt collects the actors of a coordinated list starting at k:
// "X and Y", "X, Y and Z". It returns them and the token after the list.
func (a *analysis) listAt(k int, s sentence) ([]*entity, int, bool) {
	var out []*entity
	pronOnly := true
	k = a.skipCounterpartLead(k, s)
	for k < s.b {
		t := &a.toks[k]
		if t.kind == tWord && (t.cls&wDet != 0) && (a.at[k] == nil || (t.cls&wPossPron != 0) && k+1 < s.b && a.at[k+1] != nil) {
			k++
			continue
		}
		if t.low == "visiting" && a.at[k] == nil && k+1 < s.b && a.at[k+1] != nil {
			k++ // "talks with visiting Kenyan Prime Cabinet Secretary Mudavadi"
			continue
		}
		if t.low == "then" && a.at[k] == nil && k+2 < s.b && a.toks[k+1].text == "-" && a.at[k+2] != nil {
			k += 2 // "talks with then-Prime Minister Shigeru Ishiba"
			continue
		}
		m := a.at[k]
		if p := a.ownedPerson(m); p != nil && m.kind == mDemonym && p.a < s.b {
			k = p.a // "South Africa's Cyril Ramaphosa"
			continue
		}
		if m != nil && m.kind == mVenue {
			if p := a.placedPerson(m); p != nil {
				k = p.a // "talks with Queensland Premier David Crisafulli"
				continue
			}
		}
		if m != nil && m.kind == mTitleOnly && m.ent == nil && len(m.refs) == 0 && m.role == "counterpart" && m.affCty >= 0 {
			// "spoke by phone with his Chilean counterpart": unnamed, the
			// country takes part
			c := a.countryActor(m.affCty)
			if m.na > m.a {
				c.spans = a.appendSpan(c.spans, a.span(m.a, m.na)) // "Chilean"
			} else {
				c.spans = a.appendSpan(c.spans, a.span(m.a, m.b))
			}
			out = a.appendEnts(out, c)
			pronOnly = false
			k = m.b
			break
		}
		if m == nil || m.kind == mVenue || m.kind == mDemonym {
			break
		}
		if (m.kind == mCountry || m.kind == mOrg) && m.b+1 < s.b && a.toks[m.b].kind == tPoss {
			if p := a.at[m.b+1]; p != nil && (p.kind == mPerson || p.kind == mTitleOnly) {
				k = m.b + 1 // "Senegal's President Faye": the president
				continue
			}
			if p := a.apposedAfterPoss(m.b+1, s); p != nil {
				k = p.a // "Chile's new president, José Antonio Kast,": Kast
				continue
			}
		}
		if m.kind != mPronoun {
			pronOnly = false
		}
		out = a.appendEnts(out, a.targets(m)...)
		k = m.b
		if k < s.b && a.toks[k].kind == tPoss {
			break
		}
		if m.kind == mPerson && k+1 < s.b && a.toks[k].low == "of" {
			// "Shavkat Mirziyoyev of Uzbekistan, Sadyr Japarov of …"
			if c := a.at[k+1]; c != nil && c.kind == mCountry {
				k = c.b
			}
		}
		if k+1 < s.b && a.toks[k].text == "," && a.toks[k+1].low == "and" {
			k++ // "A, and B"
		}
		if k+1 < s.b && a.toks[k].text == "," && a.reporterAt(k+1, s) {
			break // "talks with Sybiha, spokesperson Anitta Hipper said": who reports it
		}
		if k+1 < s.b && (a.toks[k].low == "and" || a.toks[k].text == ",") && a.at[k+1] != nil && a.at[k+1].kind != mVenue {
			k++
			continue
		}
		if k+2 < s.b && (a.toks[k].low == "and" || a.toks[k].text == ",") && (a.toks[k+1].cls&wDet != 0) && a.at[k+2] != nil && a.at[k+2].kind != mVenue {
			k += 2
			continue
		}
		break
	}
	return out, k, pronOnly && len(out) > 0
}

// reporterAt reports the speaker of a reporting clause that ends the
// sentence at k: a mention, perhaps with an apposition, then a reporting
// verb ("spokesperson Anitta Hipper said.", "her spokesperson, Anitta
// Hipper, said on Monday.").
func (a *analysis) reporterAt(k int, s sentence) bool {
	if k+1 < s.b && (a.toks[k].cls&wPossPron != 0 || a.toks[k].low == "the" && a.at[k] == nil) {
		k++ // "…, her spokesperson, …", "…, the Ministry of Foreign Affairs reported."
	}
	m := a.at[k]
	if m == nil || m.kind == mVenue {
		return false
	}
	e := m.b
	if e+1 < s.b && a.toks[e].text == "," && a.at[e+1] != nil && a.at[e+1].kind == mPerson {
		e = a.at[e+1].b
	}
	if e+1 < s.b && a.toks[e].text == "," && a.apposedWithin(m) {
		e++ // "spokesperson, Anitta Hipper, said": one mention
	} else if e+1 < s.b && a.toks[e].text == "," && e > m.b {
		e++
	}
	if e >= s.b || !a.isSpeech(e) {
		return false
	}
	// the reporting clause ends the sentence ("said on Monday."); "In a
	// meeting with X, Y said trade would grow" has a clause of its own
	if s.b-e > 8 {
		return false
	}
	for j := e + 1; j < s.b; j++ {
		if a.toks[j].cls&wAux != 0 || a.toks[j].low == "that" {
			return false
		}
	}
	return true
}

// apposedAfterPoss returns the person named in apposition after a few
// lower-case words that follow a possessive at k: "Chile's new president,
// José Antonio Kast," (the words a title the lexicon does not list as
// written), or nil.
func (a *analysis) apposedAfterPoss(k int, s sentence) *mention {
	for j := k; j < s.b && j < k+4; j++ {
		t := &a.toks[j]
		if t.text == "," {
			if j == k || j+1 >= s.b {
				return nil
			}
			p := a.at[j+1]
			if p == nil || p.kind != mPerson || p.a != j+1 || p.b < s.b && a.toks[p.b].text != "," && a.toks[p.b].kind != tPunct {
				return nil
			}
			return p
		}
		if t.kind != tWord || t.upper || a.at[j] != nil || t.cls&(wAux|wSpeech|wDet) != 0 || isPreposition(t.low) {
			return nil
		}
	}
	return nil
}

// skipCounterpartLead returns the token after "his counterparts", "her
// Rwandan counterpart" at k when a name follows it, else k.
func (a *analysis) skipCounterpartLead(k int, s sentence) int {
	if k+1 >= s.b || a.toks[k].cls&wPossPron == 0 {
		return k
	}
	j := k + 1
	if m := a.at[j]; m != nil && m.kind == mDemonym {
		j = m.b
	}
	if j+1 < s.b && (a.toks[j].low == "counterpart" || a.toks[j].low == "counterparts") && a.at[j+1] != nil && a.at[j+1].kind == mPerson {
		return j + 1
	}
	return k
}

// postParts reads "with X", "between X and Y", "for X" (briefings) and
// "of X" (a person's visit) after the trigger.
func (a *analysis) postParts(c *cand, s sentence, ms []*mention) {
	k := c.b
	for steps := 0; k < s.b && steps < 12; steps++ {
		if e := a.datePhraseAt(k, s); e > k {
			k = e // "held two telephone conversations this Wednesday, March 18, with"
			continue
		}
		t := &a.toks[k]
		if m := a.at[k]; m != nil && m.kind == mVenue && !(k == c.b && c.verb && a.placedPerson(m) != nil) {
			k = m.b
			continue
		}
		if t.kind != tWord {
			if t.text == "-" || t.kind == tNum || t.text == "–" {
				k++
				continue
			}
			return
		}
		if (t.low == "by" || t.low == "over" || t.low == "on") && k+1 < s.b {
			n := k + 1
			if a.toks[n].low == "the" {
				n++
			}
			if n < s.b && (a.toks[n].low == "phone" || a.toks[n].low == "telephone" || a.toks[n].low == "video" || a.toks[n].low == "videoconference") {
				k = n + 1 // "spoke by phone with"
				continue
			}
		}
		switch {
		case t.low == "with" || t.low == "between" || t.low == "among" || (t.low == "for" && c.kind == "briefing") || t.low == "by" && (c.kind == "visit" || c.verb):
			list, end, pron := a.listAt(k+1, s)
			if len(list) > 0 {
				c.with = c.with || t.low == "with"
				c.between = c.between || t.low == "between" && len(list) >= 2
				c.parts = a.appendEnts(c.parts, list...)
				c.pronOnly = c.pronOnly || (pron && len(c.parts) == len(list))
				k = end
				continue
			}
			return
		case isHostedBy(t.low) && c.kind == "meeting" && k+2 < s.b && a.toks[k+1].low == "by" && a.actorAt(k+2, s) != nil && !c.verb:
			// "a state banquet hosted by Emperor Naruhito": the host takes part
			list, end, _ := a.listAt(k+2, s)
			if len(list) == 0 {
				return
			}
			c.parts = a.appendEnts(c.parts, list...)
			k = end
			continue
		case t.low == "of":
			if k+1 < s.b && a.at[k+1] != nil && a.at[k+1].kind == mOrg {
				m := a.at[k+1]
				c.ofOrg = m.ent
				return
			}
			list, end, _ := a.listAt(k+1, s)
			if len(list) > 0 && (c.kind == "visit" || len(list) >= 2 && onlyPeople(list)) {
				// "a visit of X", "a three-way meeting of Peters, Wong and Rabuka"
				c.parts = a.appendEnts(c.parts, list...)
				k = end
				continue
			}
			// "meeting of the Supreme ... Council"
			if k+2 < s.b && a.toks[k+1].low == "the" && a.at[k+2] != nil && a.at[k+2].kind == mOrg {
				c.ofOrg = a.at[k+2].ent
			}
			// "the next meeting of the Russian-Qatari intergovernmental
			// commission": the two countries meet
			if sides := a.pairBefore(k+1, s); len(sides) == 2 {
				c.parts = a.appendEnts(c.parts, sides...)
			}
			return
		case t.low == "from" && (c.kind == "call" || a.toks[c.b-1].low == "call") && !c.verb && k+1 < s.b && a.actorAt(k+1, s) != nil:
			// (also "received a courtesy call from X")
			// "received a phone call from X"
			list, end, _ := a.listAt(k+1, s)
			c.parts = a.appendEnts(c.parts, list...)
			k = end
			continue
		case t.low == "to" && k == c.b && c.verb && a.spokeToPerson(c.a, s):
			// "Wong spoke to Rabuka"
			list, end, _ := a.listAt(k+1, s)
			c.parts = a.appendEnts(c.parts, list...)
			k = end
			continue
		case t.low == "on" && k == c.b && a.toks[k-1].low == "call" && k+1 < s.b && a.actorAt(a.pastThe(k+1, s), s) != nil:
			// "a courtesy call on President X"
			list, end, _ := a.listAt(k+1, s)
			c.parts = a.appendEnts(c.parts, list...)
			k = end
			continue
		case c.verb && k == c.b && a.verbObjectAt(k, s) >= 0:
			// "Putin met Xi", "met the Chinese foreign minister", "hosted
			// the visiting Wang", "met a delegation led by Wang"
			list, end, _ := a.listAt(a.verbObjectAt(k, s), s)
			c.parts = a.appendEnts(c.parts, list...)
			c.objects, c.objEnd = list, end
			if c.kind == "visit" {
				a.visitedPlaces(c, k, end)
			}
			k = end
			continue
		case c.verb && k == c.b && a.passiveBy(c.a, c.b, s) > k:
			k = a.passiveBy(c.a, c.b, s) // "was received a few streets away by X"
			continue
		case c.verb && k == c.b && (t.low == "separately" || t.low == "privately" || t.low == "briefly" || t.low == "again" || t.low == "also"):
			k++ // "met separately with X"
			c.b = k
			continue
		case t.low == "for" && c.kind == "meeting" && k+1 < s.b && a.actorAt(k+1, s) != nil && isWeakMeetingWord(a.toks[c.b-1].low):
			// "hosted a dinner for Ruto"
			list, end, _ := a.listAt(k+1, s)
			c.parts = a.appendEnts(c.parts, list...)
			k = end
			continue
		case k-2 >= c.b && a.toks[k-1].low == "the" && (a.toks[k-2].low == "at" || a.toks[k-2].low == "in") && a.placeNounEnd(k, s) > k:
			k = a.placeNounEnd(k, s) // "held talks at the presidential palace with X"
			continue
		case t.low == "in" || t.low == "at" || t.low == "on" || t.low == "today" || t.low == "yesterday" || t.low == "the" ||
			t.low == "last" || t.low == "this" || t.low == "earlier" || t.low == "later" || isMonthTok(t) || (t.cls&wWeekday != 0):
			k++
			continue
		default:
			return
		}
	}
}

// placeNounEnd reads a building or town named in lower case at k, with at
// most one lower-case word before it ("palace", "presidential palace",
// "capital"), and returns the token after it, or k.
func (a *analysis) placeNounEnd(k int, s sentence) int {
	isPlace := func(t *token) bool {
		return t.kind == tWord && !t.upper && (t.cls&wFacilityHead != 0 || lowerFacilityHeads[t.low] || t.low == "capital" || t.low == "city" || t.low == "town")
	}
	if isPlace(&a.toks[k]) {
		return k + 1
	}
	if t := &a.toks[k]; t.kind == tWord && !t.upper && a.at[k] == nil && k+1 < s.b && isPlace(&a.toks[k+1]) {
		return k + 2
	}
	return k
}

func isMonthTok(t *token) bool {
	return t.cls&wMonth != 0 && t.upper
}

// lightVerbBefore reports whether the meeting noun is the object of a verb
// like "held", "had", "attended", or of a motion verb for a visit.
func (a *analysis) lightVerbBefore(c *cand, s sentence) bool {
	for k := c.a - 1; k >= s.a && k >= c.a-10; k-- {
		t := &a.toks[k]
		if t.kind != tWord {
			if t.kind == tPunct && t.text != "-" {
				return false
			}
			continue
		}
		if t.cls&wLightVerb != 0 {
			return true
		}
		if a.closingVerb(k, c) {
			return true
		}
		if (t.cls&wMotion != 0) && (c.kind == "visit" || a.toks[c.a-1].low == "for" || c.a >= 2 && a.toks[c.a-2].low == "for") {
			return true // "flew to Tel Aviv for talks", "came on a visit"
		}
		if m := a.at[k]; m != nil && m.kind != mVenue && !a.compoundModifier(m) && !a.pairPart(m) && a.toks[k].cls&wPossPron == 0 && !(m.kind == mOrg && m.b == c.a) {
			// (an organisation named right before the word is whose
			// meeting it is: "attended an East African Community summit")
			return false // ("held their talks": the subject's own)
		}
	}
	return false
}

// pairPart reports a country written in a hyphenated pair of two:
// "Australia" and "New Zealand" in "the Australia-New Zealand
// consultations".
func (a *analysis) pairPart(m *mention) bool {
	if m.kind != mCountry && m.kind != mDemonym {
		return false
	}
	isCountry := func(o *mention) bool { return o != nil && (o.kind == mCountry || o.kind == mDemonym) }
	if m.a >= 2 && a.toks[m.a-1].text == "-" && !a.toks[m.a-1].space && isCountry(a.at[m.a-2]) {
		return true
	}
	return m.b+1 < len(a.toks) && a.toks[m.b].text == "-" && !a.toks[m.b].space && isCountry(a.at[m.b+1])
}

// compoundModifier reports a mention written into a hyphenated modifier
// of the meeting: "EU-facilitated talks", "Qatar-mediated negotiations".
func (a *analysis) compoundModifier(m *mention) bool {
	return m.b+1 < len(a.toks) && a.toks[m.b].text == "-" && !a.toks[m.b].space && a.toks[m.b+1].kind == tWord &&
		(isHostedBy(a.toks[m.b+1].low) || a.toks[m.b+1].low == "led" || a.toks[m.b+1].low == "backed" || a.toks[m.b+1].low == "sponsored")
}

// closingVerb reports "ended" or "closed" at k a few words before the
// meeting word: "ended a second round of negotiations", "closed a summit"
// (not "ended a tour … with talks", nor a visit).
func (a *analysis) closingVerb(k int, c *cand) bool {
	w := a.toks[k].low
	return (w == "ended" || w == "closed") && k >= c.a-5 && c.kind != "visit"
}

// inCompound reports a word joined to its neighbour by a hyphen: "back"
// in "back-to-back meetings" is no verb.
func (a *analysis) inCompound(k int) bool {
	return k+1 < len(a.toks) && a.toks[k+1].text == "-" && !a.toks[k+1].space || k > 0 && a.toks[k-1].text == "-" && !a.toks[k].space
}

// timeBefore returns the length of a time adverbial that ends at token
// k and stands between a subject and its verb ("on Thursday", "on 12
// February", "on February 12", "this week", "yesterday"), or 0.
func (a *analysis) timeBefore(k int, s sentence) int {
	comma := 0
	if a.toks[k].text == "," && k-1 > s.a {
		comma, k = 1, k-1 // "X, on Thursday, held"
	}
	n := a.timeCore(k, s)
	if n == 0 {
		return 0
	}
	if k-n >= s.a && a.toks[k-n].text == "," {
		return comma + n + 1 // the comma before it
	}
	if comma > 0 {
		return 0
	}
	return n
}

// timeCore returns the length of the time phrase of timeBefore without
// commas: one that timePhraseEnd reads from a few tokens back to k.
func (a *analysis) timeCore(k int, s sentence) int {
	if a.at[k] != nil {
		return 0
	}
	for j := k; j >= s.a && j > k-4; j-- {
		if a.timePhraseEnd(j, s) == k+1 {
			return k + 1 - j
		}
	}
	return 0
}

// relativeHolder returns the person a relative clause with a copula
// that holds the meeting noun at i is about ("Khurelsukh, who is in
// Kazakhstan on a state visit", "X, who was in Paris for talks"), or nil.
func (a *analysis) relativeHolder(i int, s sentence) *mention {
	for j := i - 1; j-2 >= s.a && j >= i-12; j-- {
		t := &a.toks[j]
		if t.text == "," || a.at[j] != nil && a.at[j].kind != mVenue && a.at[j].kind != mCountry && a.at[j].kind != mDemonym {
			return nil
		}
		if t.low != "who" {
			continue
		}
		if a.toks[j-1].text != "," || a.toks[j+1].cls&wAux == 0 {
			return nil
		}
		if m := a.at[j-2]; m != nil && m.kind == mPerson {
			return m
		}
		return nil
	}
	return nil
}

// subjectParts adds the subject of the verb before the trigger: the
// coordinated actors right before it ("Putin and Aliyev met"), "who" →
// the person before it.
func (a *analysis) subjectParts(c *cand, s sentence, ms []*mention) {
	// find the verb position: the trigger itself, or the light verb
	v := c.a
	if !c.verb {
		for k := c.a - 1; k >= s.a; k-- {
			if (a.toks[k].cls&wLightVerb != 0) || (a.toks[k].cls&wMotion != 0 && !a.inCompound(k)) || a.closingVerb(k, c) {
				v = k
				break
			}
		}
	}
	if v-2 >= s.a && a.toks[v-1].text == "-" && a.toks[v-2].low == "co" {
		v -= 2 // "co-chaired"
	}
	k := v - 1
	if k-1 >= s.a && a.toks[k].text == "," && strings.HasSuffix(a.toks[v].low, "ing") && a.at[k-1] != nil {
		k-- // "Ruto, meeting Museveni in Entebbe, said"
	}
	if k-1 > s.a && a.toks[k].text == "," && k+1 == v && v != c.a && strings.HasSuffix(a.toks[v].low, "ing") && a.at[k-1] == nil {
		// "He chose Japan for his first trip, holding talks in Tokyo with
		// Ishiba": the subject of the sentence
		if subj := a.clauseSubject(k, s, ms); subj != nil {
			c.parts = a.appendUnique(c.parts, subj)
		}
		return
	}
	for k >= s.a {
		t := &a.toks[k]
		if t.kind == tWord && a.at[k] == nil && ((t.cls&wAux != 0) || strings.HasSuffix(t.low, "ly") || t.low == "also" || t.low == "today" || t.low == "then" || t.low == "not" || t.low == "jointly" || (t.cls&wIntent != 0) ||
			t.low == "nonetheless" || t.low == "nevertheless" || t.low == "still" || t.low == "again" || t.low == "later" || t.low == "already" || t.low == "now" || t.low == "soon" ||
			t.low == "himself" || t.low == "herself" || t.low == "themselves" || t.low == "last" || t.low == "first" || t.low == "never" || recallVerbs[t.low] && k == v-1 ||
			t.low == "out" && k > s.a && (a.toks[k-1].low == "rule" || a.toks[k-1].low == "ruled") || t.low == "rule" || t.low == "ruled" || t.low == "considering") {
			k--
			continue
		}
		if j := a.motionBefore(k, v, s); j >= 0 {
			k = j // "Conroy would travel to Port Vila later this month to meet Ati"
			continue
		}
		if n := a.timeBefore(k, s); n > 0 {
			k -= n // "Ablakwa on Thursday held talks with Mudavadi"
			continue
		}
		if t.low == "invitation" && k-2 >= s.a && a.toks[k-1].cls&wDet != 0 && (a.toks[k-2].low == "accepted" || a.toks[k-2].low == "accepts" || a.toks[k-2].low == "accept") {
			k -= 3 // "X accepted an invitation to visit Jakarta"
			continue
		}
		break
	}
	if k < s.a {
		return
	}
	if (a.toks[k].low == "before" || a.toks[k].low == "after") && k+1 < c.a && strings.HasSuffix(a.toks[k+1].low, "ing") && a.toks[k+1].cls&(wMotion|wLightVerb) != 0 {
		// "Modi travels to Brisbane, before flying to Wellington for talks
		// with Luxon": the subject of the sentence
		if subj := a.clauseSubject(k, s, ms); subj != nil {
			c.parts = a.appendUnique(c.parts, subj)
		}
		return
	}
	if a.toks[k].low == "and" && k == v-1 && a.at[k] == nil && k-1 > s.a && a.toks[k-1].text != "," {
		// "Prabowo held talks with Takaichi and attended a banquet": the
		// verbs share the subject of the sentence
		if subj := a.clauseSubject(v, s, ms); subj != nil {
			c.parts = a.appendUnique(c.parts, subj)
			return
		}
	}
	if a.at[k] == nil && k-1 > s.a && a.toks[k-1].text == "," && len(a.toks[k].low) > 5 && strings.HasSuffix(a.toks[k].low, "ing") && a.toks[k].cls&wIntent == 0 {
		// "The sides ended talks in Caracas, agreeing to hold a round in
		// Havana": the subject of the sentence
		c.parts = a.appendEnts(c.parts, a.openingList(s, k-1)...)
		if len(c.parts) == 0 {
			if subj := a.clauseSubject(k-1, s, ms); subj != nil {
				c.parts = a.appendEnts(c.parts, subj)
			}
		}
		return
	}
	// "the two countries' leaders met", "both sides' negotiators met": the
	// heads of those countries where named, else the countries
	if a.at[k] == nil && k-2 >= s.a && a.toks[k-1].kind == tPoss && a.at[k-2] != nil && pluralHeadNouns[a.toks[k].low] {
		for _, e := range a.targets(a.at[k-2]) {
			p := e
			if e.typ == graphmodel.TypeCountry && a.toks[k].low == "leaders" {
				if h := a.headOf(e); h != nil {
					p = h
				}
			}
			c.parts = a.appendUnique(c.parts, p)
		}
		if len(c.parts) > 0 {
			return
		}
	}
	// "the AFC/M23 rebel alliance met": the organisation before its noun
	if a.at[k] == nil && (orgAnaphors[a.toks[k].low] || a.toks[k].low == "government" || a.toks[k].low == "rebels") {
		for j := k - 1; j >= s.a && j >= k-2; j-- {
			if m := a.at[j]; m != nil {
				if m.kind == mOrg || m.kind == mCountry {
					k = j
				}
				break
			}
			if a.toks[j].upper || a.toks[j].kind != tWord {
				break
			}
		}
	}
	// "X and his Cambodian counterpart, Y, met": both
	if x, y := a.namedCounterpart(k, s); x != nil {
		c.parts = a.appendEnts(c.parts, a.targets(x)...)
		c.parts = a.appendEnts(c.parts, a.targets(y)...)
		return
	}
	// "Boko, who arrived late on Saturday, held a meeting", "Hasan, whose
	// country brokered the truce, met …": the one before the relative clause
	if a.toks[k].text == "," {
		for j := k - 1; j-2 >= s.a && j >= k-24; j-- {
			if a.toks[j].text == "," {
				break
			}
			if (a.toks[j].low == "who" || a.toks[j].low == "whose") && a.toks[j-1].text == "," {
				if p := a.at[j-2]; p != nil && p.kind == mPerson {
					k = j - 2
				}
				break
			}
		}
	}
	// "The delegation, led by Annelies Verbeek, paid a call": the leader
	if a.toks[k].text == "," {
		for j := k - 1; j > s.a && j >= k-10; j-- {
			if a.toks[j].text != "," {
				continue
			}
			if (a.toks[j+1].low == "led" || a.toks[j+1].low == "headed") && a.toks[j+2].low == "by" && a.at[j+3] != nil && a.at[j+3].b == k {
				k = k - 1
			}
			break
		}
	}
	// "Stubb, on a state visit to Lithuania, held talks": skip the phrase
	if a.toks[k].text == "," {
		for j := k - 1; j > s.a && j >= k-12; j-- {
			if a.toks[j].text == "," {
				if isPreposition(a.toks[j+1].low) && a.at[j-1] != nil {
					k = j - 1
				}
				break
			}
		}
	}
	// "X, the Turkish Foreign Minister, hosted Y": skip the apposition
	if a.toks[k].text == "," {
		for j := k - 1; j > s.a && j >= k-8; j-- {
			if a.toks[j].text == "," {
				if a.toks[j+1].cls&wDet != 0 && a.at[j-1] != nil {
					k = j - 1
				}
				break
			}
		}
	}
	// "The EU's foreign policy chief, Kaja Kallas, will travel": one
	// mention of a title and the name in apposition, or two ("The
	// President of Bolivia, Rodrigo Paz Pereira, held")
	if a.toks[k].text == "," && k-1 >= s.a {
		if m := a.at[k-1]; m != nil && m.kind == mPerson && m.b == k &&
			(a.apposedWithin(m) || a.apposedTitle(m) != nil) {
			k--
		}
	}
	if a.toks[k].low == "who" && k-1 >= s.a {
		j := k - 1
		if a.toks[j].text == "," {
			j--
		}
		if j >= s.a && a.at[j] != nil {
			c.parts = a.appendEnts(c.parts, a.targets(a.at[j])...)
		}
		return
	}
	m := a.at[k]
	if m == nil || m.kind == mVenue || m.kind == mDemonym {
		return
	}
	if m.a-2 >= s.a && (a.toks[m.a-1].low == "invited" || a.toks[m.a-1].low == "invites") {
		// "Ruto invited Hassan to visit Nairobi": the host too
		if p := a.at[m.a-2]; p != nil && isActorMention(p) && (p.kind != mPronoun || p.ent != nil && p.ent.typ == graphmodel.TypePerson) {
			c.parts = a.appendEnts(c.parts, a.targets(p)...) // also "He invited Albanese to visit India"
		}
	}
	if m.a-2 >= s.a && a.toks[m.a-1].low == "from" && a.toks[m.a-2].low == "invitation" {
		// "Rahmon accepted an invitation from Japarov to visit": the
		// guest too
		if subj := a.clauseSubject(m.a, s, ms); subj != nil {
			c.parts = a.appendEnts(c.parts, subj)
		}
	}
	if m.kind == mCountry && m.a-2 >= s.a && a.toks[m.a-1].low == "of" {
		if p := a.at[m.a-2]; p != nil && p.kind == mPerson {
			m = p // "President Tokayev of Kazakhstan hosted"
		}
	}
	// walk back over a coordinated list
	var buf [8]*mention
	list := buf[:0]
	sawAnd := false // "X, Y and Z": a comma only before an "and"
	for m != nil && m.kind != mVenue && m.kind != mDemonym {
		list = append(list, m)
		j := m.a - 1
		// "X and the paramilitary Y": a determiner and an adjective
		if j-1 > s.a && a.toks[j].kind == tWord && !a.toks[j].upper && a.at[j] == nil && a.toks[j].cls&(wAux|wDet|wSpeech) == 0 && a.toks[j-1].cls&wDet != 0 {
			j -= 2
		} else if j > s.a && a.toks[j].cls&wDet != 0 && (a.at[j] == nil || a.at[j].kind == mPronoun) {
			j-- // (also "X and his Lao counterpart Y")
		} else if j > s.a && a.toks[j].kind == tPoss && m.kind == mPerson {
			if o := a.at[j-1]; o != nil && (o.kind == mCountry || o.kind == mOrg) {
				j = o.a - 1 // "X and Ghana's special envoy, Y,": the owner of the title
			}
		}
		if j >= s.a && (a.toks[j].low == "and" || a.toks[j].text == "," && sawAnd) && j-1 >= s.a && a.at[j-1] != nil && !a.afterAccordingTo(a.at[j-1]) {
			sawAnd = sawAnd || a.toks[j].low == "and"
			m = a.at[j-1]
			continue
		}
		break
	}
	if len(list) > 0 && !c.verb {
		c.subject = true
	}
	pron := true
	before := len(c.parts)
	for i := len(list) - 1; i >= 0; i-- {
		if list[i].kind != mPronoun {
			pron = false
		}
		c.parts = a.appendEnts(c.parts, a.targets(list[i])...)
	}
	c.pronOnly = pron && before == 0 && len(c.parts) > 0
}

// afterAccordingTo reports a mention after "according to": the source of the
// sentence ("According to spokesman X, A and B will meet"), no party.
func (a *analysis) afterAccordingTo(m *mention) bool {
	for k := m.a - 1; k >= 1 && k >= m.a-4; k-- {
		t := &a.toks[k]
		if t.low == "to" {
			return a.toks[k-1].low == "according"
		}
		if t.kind != tWord || t.low == "and" {
			return false // "German ministry spokesman X": its modifiers only
		}
	}
	return false
}

// agreedOn reports "agreed" at k that is not "agreed to …": "agreed on
// the postponement during a call" tells of a call held.
func (a *analysis) agreedOn(k int) bool {
	w := a.toks[k].low
	return (w == "agreed" || w == "agree" || w == "agrees") && k+1 < len(a.toks) && a.toks[k+1].low != "to"
}

// duringAt reports "during" before the meeting phrase of c: "during a
// phone call", "during their talks".
func (a *analysis) duringAt(c *cand, s sentence) bool {
	for k := c.a - 1; k >= s.a && k >= c.a-4; k-- {
		t := &a.toks[k]
		if t.low == "during" || t.low == "in" && k == c.a-2 && a.toks[k+1].low == "a" {
			return t.low == "during" || c.kind == "call"
		}
		if (t.low == "after" || t.low == "following") && k > s.a && a.toks[k-1].text == "," {
			return true // "X and Y agreed on Wednesday …, after talks at State House"
		}
		if t.kind != tWord || t.cls&wDet == 0 && t.low != "phone" && t.low != "telephone" && t.low != "video" && t.low != "brief" && t.low != "lengthy" {
			return false
		}
	}
	return false
}

// callAdjectives may stand between a determiner and "call": "a separate
// call", "a brief call".
var callAdjectives = wordSet("separate", "brief", "short", "lengthy", "long", "second", "later", "subsequent", "first", "private")

// listAfterOpening returns the actors that open the clause after a call
// or meeting named in a phrase that opens the sentence ("In a separate
// call, Faisal and Dar exchanged views", "During the meeting, X and Y
// signed …"), when a lower-case word (their verb) follows them; or nil.
func (a *analysis) listAfterOpening(c *cand, s sentence) []*entity {
	if c.verb || len(c.parts) > 0 || c.b >= s.b || a.toks[c.b].text != "," {
		return nil
	}
	k := s.a
	if a.toks[k].low != "in" && a.toks[k].low != "during" && a.toks[k].low != "at" {
		return nil
	}
	for k++; k < c.a; k++ {
		if t := &a.toks[k]; t.kind != tWord || t.upper || a.at[k] != nil {
			return nil // only "a separate", "the same", "a brief phone" before it
		}
	}
	l, end, _ := a.listAt(c.b+1, s)
	if end >= s.b || a.toks[end].kind != tWord || a.toks[end].upper {
		return nil
	}
	return l
}

// openingList returns the people, countries and organisations of the
// coordinated list that opens the sentence ("Napat and Albanese agreed"),
// when a word (its verb) follows the list before token i.
func (a *analysis) openingList(s sentence, i int) []*entity {
	var out []*entity
	k := s.a
	for k < i {
		m := a.at[k]
		if p := a.ownedPerson(m); p != nil && p.kind == mPerson && p.a < i {
			k = p.a // "Kyrgyzstan's Japarov, …": the person
			continue
		}
		if m == nil || !isActorMention(m) || m.kind == mPronoun || a.inQuote[m.a] {
			return nil
		}
		out = a.appendEnts(out, a.targets(m)...)
		k = m.b
		if k+2 < i && a.toks[k].low == "and" && a.toks[k+1].cls&wPossPron != 0 {
			if p := a.at[k+2]; p != nil && p.kind == mPerson {
				k += 2 // "Orsi and his Paraguayan counterpart Santiago Peña"
				continue
			}
			if j := a.skipCounterpartLead(k+1, s); j > k+1 && j < i {
				k = j
				continue
			}
		}
		if k+1 < i && (a.toks[k].low == "and" || a.toks[k].text == ",") && a.at[k+1] != nil {
			k++
			continue
		}
		if k+2 < i && a.toks[k].low == "and" && a.toks[k+1].low == "the" && a.at[k+1] == nil && a.at[k+2] != nil {
			k += 2 // "Colombian negotiators and the ELN"
			continue
		}
		if k+1 < i && a.toks[k].text == "," && a.toks[k+1].low == "and" {
			k += 2
			continue
		}
		break
	}
	if k >= i || a.toks[k].kind != tWord || a.at[k] != nil || len(out) < 2 {
		return nil
	}
	return out
}

// motionBefore reads "travel to Port Vila later this month" ending at k
// before the "to" of purpose of the meeting verb v ("… to meet Ati") and
// returns the token before the motion verb, whose subject is the subject
// of the meeting; -1 when there is no such verb within the clause.
func (a *analysis) motionBefore(k, v int, s sentence) int {
	if k+1 >= v || a.toks[k+1].low != "to" {
		return -1
	}
	for j := k; j > s.a && j >= k-10; j-- {
		t := &a.toks[j]
		if t.kind != tWord || t.cls&wSpeech != 0 || t.cls&wMeetVerb != 0 || a.at[j] != nil && a.at[j].kind != mVenue {
			return -1 // not past a person: "invited Hassan to visit"
		}
		if t.cls&wMotion != 0 && t.low != "back" && t.low != "way" && t.low != "trip" && t.low != "journey" && t.low != "invitation" {
			return j - 1
		}
		if isBeForm(t) && j+1 < k && a.toks[j+1].cls&wLoc != 0 {
			return j - 1 // "he will be in Abu Dhabi to see X"
		}
	}
	return -1
}

// periodNear names a time other than the article's day written near the
// meeting word: "last month", "last year", "earlier this year", "two
// years ago", "in January" (a month not the publication's, with no day),
// or anywhere in the sentence "in 2023", "in May 2023" (a year before
// the publication's; not "the treaty (1994–2024)"). Meetings of different
// periods are different meetings.
func (a *analysis) periodNear(c *cand, s sentence) string {
	if y := a.yearIn(s); y != "" {
		return y
	}
	const cues = wTimeCue | wMonth // every case below needs one
	if !a.sentHas(s, cues) {
		return ""
	}
	from, to := c.a-8, c.b+10
	if from < s.a {
		from = s.a
	}
	if to > s.b {
		to = s.b
	}
	for k := from; k < to; k++ {
		t := &a.toks[k]
		if t.cls&cues == 0 || a.inQuote[k] {
			continue
		}
		switch t.low {
		case "last", "previous", "past":
			if k+1 < to {
				if n := a.toks[k+1].low; n == "week" || n == "month" || n == "year" || n == "summer" || n == "autumn" || n == "winter" || n == "spring" || n == "fall" {
					return "last " + n
				}
			}
		case "ago":
			if k-1 > from {
				return "ago " + a.toks[k-1].low
			}
		case "earlier":
			if k+2 < to && a.toks[k+1].low == "this" {
				return "earlier this " + a.toks[k+2].low
			}
		}
		if isMonthTok(t) && k > s.a && a.toks[k-1].low == "in" && !(k+1 < s.b && a.toks[k+1].kind == tNum && len(a.toks[k+1].text) <= 2) {
			if pub := a.doc.Published; len(pub) >= 7 && monthNames[t.low] != monthOfISO(pub) {
				return "in " + t.low
			}
		}
	}
	return ""
}

// yearIn returns the period of periodNear a year names anywhere in the
// sentence ("in 2023", "in May 2023"), or "". It depends on the sentence
// alone, so it is read once per sentence.
func (a *analysis) yearIn(s sentence) string {
	cue := a.cuesOf(s)
	if cue.yearRead {
		return cue.year
	}
	cue.yearRead = true
	if pub := a.doc.Published; len(pub) >= 4 && cue.kinds&(1<<tNum) != 0 {
		for k := s.a + 1; k < s.b; k++ {
			t := &a.toks[k]
			if t.kind == tNum && len(t.text) == 4 && (t.text[0] == '1' || t.text[0] == '2') && t.text < pub[:4] &&
				(a.toks[k-1].low == "in" || isMonthTok(&a.toks[k-1])) {
				cue.year = "in " + t.text
				break
			}
		}
	}
	return cue.year
}

// monthOfISO returns the month of an ISO date "2026-04-09", or 0.
func monthOfISO(d string) time.Month {
	m, ok := atoiRange(d[5:7], 1, 12)
	if !ok {
		return 0
	}
	return time.Month(m)
}

// anotherRound reports "met again", "another round", "a second
// meeting": a meeting other than the one named before.
func (a *analysis) anotherRound(c *cand, s sentence) bool {
	if c.verb && c.b < s.b && a.toks[c.b].low == "again" {
		return true
	}
	for k := c.a - 1; k >= s.a && k >= c.a-3; k-- {
		switch a.toks[k].low {
		case "another", "second", "third", "fourth", "fifth", "new", "fresh":
			return true
		}
		if a.toks[k].kind != tWord || a.at[k] != nil {
			break
		}
	}
	return false
}

// datePhraseAt returns the end of a date set off by commas at k ("this
// Wednesday, March 18,", "on Monday, 4 May,", ", March 18,"), with its
// commas, or k.
func (a *analysis) datePhraseAt(k int, s sentence) int {
	j := a.timePhraseEnd(k, s) // "this Wednesday", "on Monday"
	if j == k && j < s.b && a.toks[j].cls&wWeekday != 0 && a.toks[j].upper {
		j++ // ", Wednesday, March 18,"
	}
	inner := false
	if j+2 < s.b && a.toks[j].text == "," {
		if a.toks[j+1].cls&wMonth != 0 && a.toks[j+2].kind == tNum || a.toks[j+1].kind == tNum && a.toks[j+2].cls&wMonth != 0 {
			j += 3
			inner = true
		}
	}
	if j == k || j >= s.b || a.toks[j].text != "," || !inner && !(k > s.a && a.toks[k-1].text == ",") {
		return k // "talks in Muscat on Sunday, with Omani mediators …": the clause ends
	}
	return j + 1
}

// pairBeforeVerb reports two people joined by "and" right before the verb
// at i: "Lee and Takaichi sit down".
func (a *analysis) pairBeforeVerb(i int) bool {
	if i < 3 {
		return false
	}
	y := a.at[i-1]
	if y == nil || y.kind != mPerson || y.b != i || y.a < 2 || a.toks[y.a-1].low != "and" {
		return false
	}
	x := a.at[y.a-2]
	return x != nil && x.kind == mPerson
}

// earlierEncounter reports "last met", "first met", "previously met": a
// meeting before the one the article is about, never the same.
func (a *analysis) earlierEncounter(c *cand, s sentence) bool {
	p := c.a - 1
	if !c.verb || p < s.a {
		return false
	}
	switch a.toks[p].low {
	case "first":
		// "Lee first met Takaichi in October"; not "Vieira first
		// received X … and then hosted Y" (the first of the day)
		for k := c.b; k < s.b; k++ {
			if a.toks[k].low == "then" {
				return false
			}
		}
		return true
	case "last", "previously", "earlier", "already":
		return true // "they previously met in Addis Ababa"
	}
	return false
}

// namedCounterpart reads a subject that ends at the comma k as "X and his
// [Cambodian] counterpart, Y," and returns the mentions of X and Y.
func (a *analysis) namedCounterpart(k int, s sentence) (x, y *mention) {
	if a.toks[k].text != "," || k-1 < s.a {
		return nil, nil
	}
	y = a.at[k-1]
	if y == nil || y.kind != mPerson {
		return nil, nil
	}
	h := y.a - 1
	if h > s.a && a.toks[h].text == "," {
		h--
	}
	for stop := h - 6; h > s.a && h >= stop; h-- {
		t := &a.toks[h]
		if t.kind != tWord || (a.at[h] != nil && a.at[h].kind == mPerson) {
			return nil, nil
		}
		if t.low == "and" {
			if x = a.at[h-1]; x != nil && x.kind == mPerson && x != y {
				return x, y
			}
			return nil, nil
		}
	}
	return nil, nil
}

// clauseSubject returns the person the sentence starts with, when it is
// before token i.
func (a *analysis) clauseSubject(i int, s sentence, ms []*mention) *entity {
	// "Baghaei said that Grossi was expected in Tehran for talks with
	// Araghchi": the subject of the reported clause
	for k := i - 1; k > s.a; k-- {
		if a.toks[k].low == "that" && a.at[k] == nil && a.toks[k-1].cls&wSpeech != 0 {
			if m := a.at[k+1]; k+1 < i && m != nil && (m.kind == mPerson || m.kind == mTitleOnly) {
				return m.ent
			}
			return nil
		}
	}
	for _, m := range ms {
		if m.a >= i || a.inQuote[m.a] {
			break
		}
		if (m.kind == mPerson || m.kind == mTitleOnly) && a.prevWord(m.a, wDet) < 0 {
			return m.ent
		}
		if m.kind == mPronoun && m.a == s.a && m.ent != nil && m.ent.typ == graphmodel.TypePerson {
			return m.ent // "He chose Japan …, before flying to Washington to meet Trump"
		}
		if p := a.ownedPerson(m); p != nil && (p.kind == mPerson || p.kind == mTitleOnly) && p.a < i {
			continue // "Kenya's President William Ruto hosted": Ruto
		}
		break
	}
	return nil
}

// statusOf decides held, planned or hypothetical from the words around
// the trigger.
func (a *analysis) statusOf(c *cand, s sentence) string {
	if c.status != "" {
		return c.status
	}
	from := c.a - 6
	if from < s.a {
		from = s.a
	}
	// the loops below look for words of the sentence's classes alone
	cues := a.cuesOf(s).cls
	for k := from; k < c.a && cues&wStatusCue != 0; k++ {
		t := &a.toks[k]
		if t.cls&wStatusCue == 0 {
			continue // none of the words below
		}
		switch t.low {
		case "ready", "willing", "open", "prepared":
			if k+1 < len(a.toks) && a.toks[k+1].low == "to" {
				return graphmodel.StatusHypothetical // "ready to meet", "open to talks"
			}
		case "forward":
			if k+1 < len(a.toks) && a.toks[k+1].low == "to" {
				return graphmodel.StatusPlanned // "looks forward to meeting X"
			}
		case "may":
			if t.text == "may" {
				return graphmodel.StatusHypothetical // not the month
			}
		case "out":
			if k > s.a && (a.toks[k-1].low == "rule" || a.toks[k-1].low == "ruled" || a.toks[k-1].low == "rules") {
				return graphmodel.StatusHypothetical // "did not rule out meeting X"
			}
		case "to":
			if k+1 == c.a && k-1 >= s.a && (a.toks[k-1].low == "was" || a.toks[k-1].low == "were" || a.toks[k-1].low == "is" || a.toks[k-1].low == "are") {
				return graphmodel.StatusPlanned // "was to meet X on Friday", "are to meet in Kampala"
			}
		case "not", "never":
			if c.verb && k+1 == c.a {
				return graphmodel.StatusHypothetical // "will not meet X": no meeting
			}
		case "cancelled", "canceled", "scrapped":
			return graphmodel.StatusHypothetical // "cancelled a planned trip"
		case "postponed", "delayed", "rescheduled":
			return graphmodel.StatusPlanned // "postponed her visit"
		case "before", "until":
			if a.presentAfter(k+1, c.a) {
				return graphmodel.StatusPlanned // "two days before he travels to Warsaw to meet X"
			}
		}
	}
	for k := from; k < c.a && cues&wHypothetical != 0; k++ {
		if a.toks[k].cls&wHypothetical == 0 {
			continue // ("any" is one of them)
		}
		w := a.toks[k].low
		if w != "any" {
			if w == "would" && c.verb && k+1 == c.a && a.reportedFuture(k, s) {
				return graphmodel.StatusPlanned // "Sandvik said Norway would host the meeting"
			}
			return graphmodel.StatusHypothetical
		}
		if w == "any" && k >= c.a-3 {
			return graphmodel.StatusHypothetical
		}
	}
	if n := c.b; n < s.b && (a.toks[n].low == "could" || a.toks[n].low == "might") {
		return graphmodel.StatusHypothetical // "the next round could take place"
	}
	if st := a.statusLater(c, s); st != "" {
		return st
	}
	for k := from; k < c.a && cues&wPlanned != 0; k++ {
		if a.toks[k].cls&wPlanned != 0 && !a.agreedOn(k) && (!commissionVerb(a.toks[k].low) || a.commissioned(k, c.a)) {
			return graphmodel.StatusPlanned
		}
	}
	// further back in the same clause: "Grossi was due in Tehran later
	// this month for talks"
	for k := from - 1; k >= s.a && cues&(wPlanned|wHypothetical) != 0; k-- {
		t := &a.toks[k]
		if commissionVerb(t.low) && a.commissioned(k, c.a) {
			return graphmodel.StatusPlanned // "asked Foreign Minister X to travel to Mexico City for a meeting"
		}
		if t.text == "," || t.low == "that" || t.cls&wSpeech != 0 || t.kind == tPunct {
			break
		}
		if t.cls&(wPlanned|wHypothetical) == 0 {
			continue // none of the words below
		}
		switch t.low {
		case "due", "expected", "scheduled", "will", "would", "invitation", "invited", "invites":
			return graphmodel.StatusPlanned
		}
	}
	if a.presentTrip(s, c.a) {
		return graphmodel.StatusPlanned // "Modi travels to Brisbane on Friday to meet Crisafulli"
	}
	if a.futureOpening(s) && c.a-s.a < 16 {
		return graphmodel.StatusPlanned // "Next week Wadephul travels to Warsaw to meet …"
	}
	// after: "talks will take place", "talks are expected", "a meeting
	// between A, B and C could be arranged"
	after := a.skipPartnerList(c.b, s)
	if after > c.b && after+1 < s.b && a.toks[after].text == "," && a.at[after-1] != nil {
		after++ // "a meeting between X and the Taliban's prime minister, Y, could"
	}
	for k := after; k < s.b && k < after+4; k++ {
		if a.toks[k].text == "," || a.isSpeech(k) && a.at[k] == nil {
			break // "In a meeting with X, Y said trade would grow"
		}
		w := a.toks[k].low
		if w == "will" || w == "scheduled" || w == "planned" || w == "expected" || w == "set" || w == "due" || w == "slated" ||
			w == "next" && k+1 < s.b && (a.toks[k+1].low == "week" || a.toks[k+1].low == "month" || a.toks[k+1].low == "year") {
			return graphmodel.StatusPlanned // "talks between X and Y are set for next week"
		}
		if w == "would" || w == "could" || w == "might" {
			return graphmodel.StatusHypothetical
		}
	}
	return graphmodel.StatusHeld
}

// statusLater reads a meeting called off or put back later in the
// sentence: "a trilateral meeting …, announced on Friday, was called off",
// "a meeting … is being prepared"; "" when none is.
func (a *analysis) statusLater(c *cand, s sentence) string {
	if !a.sentHas(s, wStatusAfter) {
		return "" // none of the participles below
	}
	for k := c.b; k+1 < s.b; k++ {
		w, n := a.toks[k].low, a.toks[k+1].low
		if a.toks[k+1].kind == tQuote && k+2 < s.b {
			n = a.toks[k+2].low // had been "postponed"
		}
		if w == "called" && n == "off" || (w == "was" || w == "were" || w == "been") && (n == "cancelled" || n == "canceled" || n == "scrapped" || n == "dropped" || n == "shelved" || n == "abandoned") {
			return graphmodel.StatusHypothetical
		}
		if w == "being" && (n == "prepared" || n == "arranged" || n == "organised" || n == "organized" || n == "planned") {
			return graphmodel.StatusPlanned // "a meeting … is being prepared"
		}
		if (w == "was" || w == "were" || w == "been") && (n == "postponed" || n == "delayed" || n == "rescheduled") {
			return graphmodel.StatusPlanned
		}
	}
	return ""
}

// presentAfter reports a subject at k and a verb in the present tense
// after it, before end: "he travels", "Ruto visits".
func (a *analysis) presentAfter(k, end int) bool {
	m := a.at[k]
	if m == nil || !isActorMention(m) || m.b >= end {
		return false
	}
	v := &a.toks[m.b]
	return v.kind == tWord && !v.upper && v.cls&wAux == 0 && len(v.low) > 3 && strings.HasSuffix(v.low, "s") && !strings.HasSuffix(v.low, "ss")
}

// commissionVerb reports a verb that gives someone a task: "asked X to
// travel …", "directed their ministers to convene …" (a switch: statusOf
// asks it of every word back to the clause's start).
func commissionVerb(w string) bool {
	switch w {
	case "asked", "asks", "instructed", "instructs", "directed", "directs", "tasked", "tasks", "mandated":
		return true
	}
	return false
}

// commissioned reports a commission verb at k whose "to" follows before
// end within a few words: the meeting after it is to come.
func (a *analysis) commissioned(k, end int) bool {
	for j := k + 1; j < end && j <= k+12; j++ {
		if a.toks[j].low == "to" && a.at[j] == nil {
			return true
		}
		if a.toks[j].kind == tPunct && a.toks[j].text != "," {
			return false
		}
	}
	return false
}

// presentTrip reports a sentence whose subject travels in the present
// tense before token end and that names a weekday ("Modi travels to
// Brisbane on Friday to meet …", "She flies to Oslo on Monday"): news
// tells a trip to come so.
func (a *analysis) presentTrip(s sentence, end int) bool {
	if cls := a.cuesOf(s).cls; cls&wMotion == 0 || cls&wWeekday == 0 {
		return false // no verb of motion or no weekday: no such trip
	}
	trip := false
	for k := s.a + 1; k < s.b; k++ {
		t := &a.toks[k]
		if k < end && !trip && t.cls&wMotion != 0 && a.at[k-1] != nil && a.at[k-1].kind == mPerson && a.presentAfter(k-1, k+1) {
			trip = true
		}
		if trip && t.cls&wWeekday != 0 && t.upper && a.toks[k-1].low == "on" {
			return true
		}
	}
	return false
}

// futureOpening reports a sentence that opens on a time to come: "Next
// week", "Next Tuesday,", "Tomorrow", "Later this month".
func (a *analysis) futureOpening(s sentence) bool {
	if s.b-s.a < 3 {
		return false
	}
	w, n := a.toks[s.a].low, a.toks[s.a+1].low
	switch w {
	case "tomorrow":
		return true
	case "next":
		_, day := weekdays[n]
		return n == "week" || n == "month" || n == "year" || day
	case "later":
		return n == "this" || n == "today"
	}
	return false
}

// reportedFuture reports a "would" at k that is the "will" of reported
// speech: a reporting verb before it in the sentence and no condition or
// other modal anywhere in it.
func (a *analysis) reportedFuture(k int, s sentence) bool {
	said := false
	for j := s.a; j < s.b; j++ {
		switch a.toks[j].low {
		case "if", "unless", "could", "might", "whether", "once", "provided", "hope", "hoped", "hopes", "ready", "willing":
			return false
		}
		if j < k && a.at[j] == nil && a.toks[j].kind == tWord && a.isSpeech(j) {
			said = true
		}
	}
	return said
}

// skipPartnerList returns the token after a "between/with/among …" list
// of participants that starts at i, or i when none does.
func (a *analysis) skipPartnerList(i int, s sentence) int {
	if i >= s.b {
		return i
	}
	if w := a.toks[i].low; w != "between" && w != "with" && w != "among" {
		return i
	}
	k := i + 1
	for k < s.b && k < i+16 {
		t := &a.toks[k]
		switch {
		case a.at[k] != nil && isActorMention(a.at[k]):
			k = a.at[k].b
			continue
		case t.text == "," || t.kind == tPoss || t.low == "and" || t.cls&wDet != 0 || t.kind == tWord && t.upper:
			k++
			continue
		}
		break
	}
	if k == i+1 {
		return i
	}
	return k
}

// dateIn finds a date expression in the sentence: "on December 2",
// "October 26-27", "today", "on Friday".
func (a *analysis) dateIn(s sentence, status string) (string, string) {
	const cues = wMonth | wWeekday | wTimeCue // every case below needs one
	if !a.sentHas(s, cues) {
		return "", ""
	}
	for k := s.a; k < s.b; k++ {
		t := &a.toks[k]
		if t.cls&cues == 0 || a.inQuote[k] {
			continue
		}
		switch {
		case isMonthTok(t) && k+1 < s.b && a.toks[k+1].kind == tNum:
			d, ok := atoiRange(strings.TrimRight(a.toks[k+1].text, "stndrh"), 1, 31)
			if !ok {
				continue
			}
			end := k + 2
			year := 0
			if end+1 < s.b && a.toks[end].text == "-" && a.toks[end+1].kind == tNum {
				end += 2
			}
			if end+1 < s.b && a.toks[end].text == "," && a.toks[end+1].kind == tNum {
				if y, ok := atoiRange(a.toks[end+1].text, 1000, 2999); ok {
					year = y
					end += 2
				}
			}
			text := a.str(k, end)
			mon := monthNames[t.low]
			if year > 0 && validDate(year, mon, d) {
				return iso(year, mon, d), text
			}
			return resolveDayMonth(mon, d, a.doc.Published, status), text
		case t.low == "today" || t.low == "yesterday" || t.low == "tomorrow":
			n := 0
			switch t.low {
			case "yesterday":
				n = -1
			case "tomorrow":
				n = 1
			}
			return shiftDays(a.doc.Published, n), t.text
		case (t.cls&wWeekday != 0) && t.upper && k > s.a && (a.toks[k-1].low == "on" || a.toks[k-1].low == "last" || a.toks[k-1].low == "this"):
			return resolveWeekday(weekdays[t.low], a.doc.Published, status, a.toks[k-1].low == "last"), a.str(k-1, k+1)
		case (t.cls&wWeekday != 0) && t.upper && k > s.a && a.bareWeekday(k, s):
			// "Ruto met Museveni Thursday": the usage of American news
			return resolveWeekday(weekdays[t.low], a.doc.Published, status, false), t.text
		case t.low == "last" && k+1 < s.b && isMonthTok(&a.toks[k+1]):
			return "", a.str(k, k+2)
		}
	}
	return "", ""
}

// bareWeekday reports a weekday at k written without "on", as a date:
// after a lower-case word, a comma or a place, and before no capitalised
// word ("met Thursday", "in Oslo Thursday", but not "Good Friday", "the
// Sunday Times").
func (a *analysis) bareWeekday(k int, s sentence) bool {
	p := &a.toks[k-1]
	place := a.at[k-1] != nil && a.at[k-1].kind == mVenue // "met in Oslo Thursday"
	if !(p.kind == tWord && !p.upper || p.text == "," || place) || p.low == "good" || p.low == "black" || p.low == "next" {
		return false
	}
	if k+1 < s.b {
		if n := &a.toks[k+1]; n.kind == tWord && n.upper {
			return false
		}
	}
	return true
}

// leadDate gives a held meeting of sentence si that says no time the date
// of the dateline it follows: in "June 20, 2024, Hanoi" over "Vladimir
// Putin and To Lam held talks.", as in readouts, the talks are of that
// day. Only the first sentence after a dateline that stands on a line of
// its own, and only a sentence with no word of time ("earlier", "last
// week", a month): it returns "", "" otherwise.
func (a *analysis) leadDate(si int, s sentence) (date, written string) {
	if !a.lead.read {
		a.lead.read, a.lead.si = true, -1
		if d, ok := findDateline(a.text); ok && d.alone && d.date == a.doc.Published {
			for k := range a.sents {
				if a.toks[a.sents[k].a].s >= d.lineEnd {
					a.lead.si, a.lead.date, a.lead.written = k, d.date, d.written
					break
				}
			}
		}
	}
	if si != a.lead.si || a.sentHas(s, wMonth|wWeekday|wTimeCue) {
		return "", ""
	}
	for k := s.a; k < s.b; k++ {
		switch a.toks[k].low {
		case "week", "month", "year", "weekend", "recently", "ago":
			return "", "" // "met last week", "a month ago"
		}
	}
	return a.lead.date, a.lead.written
}

// sameDayDate gives a held meeting whose sentence places it on the day
// of what came before ("Earlier in the day, …", "Later, he met …", "in
// the afternoon", "the same day") the date of the latest dated held
// meeting of the document, with the words that say so; "", "" when the
// sentence says no such thing or no meeting before has a date.
func (a *analysis) sameDayDate(s sentence) (date, written string) {
	if s.b-s.a < 2 {
		return "", ""
	}
	// the meeting first: with none, the words need not be read
	var dated *meeting
	for i := len(a.meetings) - 1; i >= 0 && dated == nil; i-- {
		if m := a.meetings[i]; m.date != "" && m.status == graphmodel.StatusHeld {
			dated = m
		}
	}
	if dated == nil {
		return "", ""
	}
	cue := a.cuesOf(s)
	if !cue.dayRead {
		// each trigger of the sentence asks: read its words once
		cue.dayAt, cue.dayEnd = a.sameDayWords(s)
		cue.dayRead = true
	}
	if cue.dayAt < 0 {
		return "", ""
	}
	return dated.date, a.str(cue.dayAt, cue.dayEnd)
}

// sameDayWords finds the words of sameDayDate in sentence s: their tokens
// at..end-1, or -1, -1.
func (a *analysis) sameDayWords(s sentence) (at, end int) {
	w := func(k int) string {
		if k < s.a || k >= s.b {
			return ""
		}
		return a.toks[k].low
	}
	at, end = -1, -1
	for k := s.a; k < s.b && at < 0; k++ {
		switch w(k) {
		case "earlier", "later":
			switch {
			case w(k+1) == "in" && w(k+2) == "the" && w(k+3) == "day":
				at, end = k, k+4 // "earlier in the day"
			case w(k+1) == "that" && (w(k+2) == "day" || w(k+2) == "evening"):
				at, end = k, k+3 // "later that day"
			case k == s.a && a.toks[k+1].text == ",":
				at, end = k, k+1 // "Later, …", "Earlier, …"
			}
		case "same":
			if (w(k-1) == "the" || w(k-1) == "that") && (w(k+1) == "day" || w(k+1) == "evening") {
				at, end = k-1, k+2 // "the same day"
			}
		case "in":
			if w(k+1) == "the" && (w(k+2) == "morning" || w(k+2) == "afternoon" || w(k+2) == "evening") && !a.sentHas(s, wMonth|wWeekday) {
				at, end = k, k+3 // "in the afternoon"
			}
		}
	}
	return at, end
}

// assignVenues gives each venue of the sentence to the meeting trigger it
// belongs to: the nearest one before it in the same phrase, else the
// nearest one after it.
func (a *analysis) assignVenues(cs []cand, s sentence, ms []*mention) {
	var buf [16]int
	taken := buf[:0] // first tokens of the venues the triggers have already
	for ci := range cs {
		for _, vt := range cs[ci].venueToks {
			taken = append(taken, vt[0])
		}
	}
	// the places to give: those of the sentence outside quotations that
	// no trigger has
	var vbuf [8]*mention
	venues := vbuf[:0]
	for _, m := range ms {
		if m.kind == mVenue && !slices.Contains(taken, m.a) && !a.inQuote[m.a] {
			venues = append(venues, m)
		}
	}
	// A place that opens the sentence ("In Canberra, Conroy said he would
	// travel to Port Vila to meet Ati") is where the sentence is set; it
	// goes to a meeting with no place of its own, so it comes last.
	for pass := 0; pass < 2 && len(venues) > 0; pass++ {
		a.assignVenuesPass(cs, s, venues, pass == 1)
	}
}

// framingVenue reports a place that opens the sentence: "In Canberra,",
// "Moscow, …".
func (a *analysis) framingVenue(m *mention, s sentence) bool {
	return m.b < s.b && a.toks[m.b].text == "," && (m.a == s.a || m.a == s.a+1 && a.isLocative(m.a))
}

// assignVenuesPass gives the places of venues that open the sentence
// (framing) or the others.
func (a *analysis) assignVenuesPass(cs []cand, s sentence, venues []*mention, framing bool) {
	for _, m := range venues {
		if a.framingVenue(m, s) != framing {
			continue
		}
		// only places where something happens: "in Geneva", "to Cairo",
		// a dateline; not topics ("on the Gaza ceasefire")
		if !a.isLocative(m.a) && !(m.a == s.a && m.b < s.b && a.toks[m.b].text == ",") {
			continue
		}
		best := -1
		for ci := len(cs) - 1; ci >= 0; ci-- { // the last trigger before it with no break between
			if cs[ci].b <= m.a && !a.breakBetween(cs[ci].b, m.a) {
				best = ci
				break
			}
		}
		for ci := range cs {
			// "flew to Apia for talks with …": the place of those talks
			if m.b < s.b && a.toks[m.b].low == "for" && cs[ci].a > m.b && cs[ci].a <= m.b+3 {
				best = ci
			}
		}
		if best < 0 && !a.inRelativeClause(m, s) {
			for ci := range cs {
				if cs[ci].a >= m.b {
					if (!a.breakBetween(m.b, cs[ci].a) || ci == 0) && !a.afterClauseBetween(m.b, cs[ci].a) {
						best = ci
					}
					break
				}
			}
		}
		if best >= 0 && cs[best].kind == "call" && m.ent != nil && m.ent.typ == graphmodel.TypeRegion {
			continue // "agreed in a video call … amid concern over activity in the South China Sea": no place of a call
		}
		if best >= 0 && !(framing && len(cs[best].venues) > 0) {
			cs[best].venues = a.appendUnique(cs[best].venues, m.ent)
			cs[best].venueToks = a.appendPair(cs[best].venueToks, [2]int{m.a, m.b})
		}
	}
}

// inRelativeClause reports a place inside a relative clause set off by
// commas ("Babiš, who returned to power in Prague in December, was making
// his first visit to Poland"): where something else happened, not the
// place of a meeting after the clause.
func (a *analysis) inRelativeClause(m *mention, s sentence) bool {
	who := -1
	for k := m.a - 1; k > s.a && a.toks[k].text != ","; k-- {
		if a.toks[k].cls&wMotion != 0 && !(a.toks[k+1].low == "to" && (a.toks[k+2].low == "power" || a.toks[k+2].low == "office")) {
			return false // "X, who arrived in Astana on Monday, held talks": there ("returned to power" is no motion)
		}
		if a.toks[k].low == "who" || a.toks[k].low == "which" {
			who = k
			break
		}
	}
	if who < 0 {
		return false
	}
	opened := false // the clause (or the apposition it ends) is set off by a comma
	for k := who - 1; k > s.a && !opened; k-- {
		opened = a.toks[k].text == ","
	}
	if !opened {
		return false
	}
	for j := m.b; j < s.b; j++ {
		if a.toks[j].text == "," {
			return true
		}
	}
	return false
}

// afterClauseBetween reports ", after" or ", before" between tokens i
// and j: "… the structures China installed in the Yellow Sea, after talks
// in Seoul" (the place before it is not where the talks were).
func (a *analysis) afterClauseBetween(i, j int) bool {
	for k := i; k+1 < j; k++ {
		if a.toks[k].text == "," && (a.toks[k+1].low == "after" || a.toks[k+1].low == "before") {
			return true
		}
	}
	return false
}

// breakBetween reports a clause break between tokens i and j: a verb, a
// semicolon or a relative pronoun.
func (a *analysis) breakBetween(i, j int) bool {
	for k := i; k < j; k++ {
		t := &a.toks[k]
		if t.text == ";" || t.text == "(" {
			return true
		}
		if t.text == "," && k+1 < j && a.toks[k+1].kind == tWord && len(a.toks[k+1].low) > 5 && strings.HasSuffix(a.toks[k+1].low, "ing") && a.at[k+1] == nil {
			return true // "…, focusing on towns in northern Kosovo"
		}
		if t.kind != tWord || a.at[k] != nil {
			continue
		}
		if (t.cls&wAux != 0) && k == i && a.takesPlace(k+1, j) {
			return false // "the next round will take place in Djibouti"
		}
		if (t.cls&wAux != 0) || t.low == "which" || t.low == "who" || t.low == "following" || t.low == "followed" {
			return true
		}
		if a.isSpeech(k) {
			return true
		}
		if strings.HasSuffix(t.low, "ed") && len(t.low) > 4 && t.low != "expanded" && t.low != "detailed" {
			return true
		}
	}
	return false
}

func (a *analysis) candSpan(c *cand, s sentence, ms []*mention) graphmodel.Span {
	lo, hi := c.a, c.b
	for _, m := range ms {
		in := false
		for _, p := range c.parts {
			if m.ent == p {
				in = true
			}
			for _, r := range m.refs {
				if r == p {
					in = true
				}
			}
		}
		for _, v := range c.venues {
			if m.ent == v {
				in = true
			}
		}
		if !in {
			continue
		}
		if m.a < lo {
			lo = m.a
		}
		if m.b > hi {
			hi = m.b
		}
	}
	return a.span(lo, hi)
}

// splitByVenue makes one meeting per place of "talks in Geneva and
// Florida".
func (a *analysis) splitByVenue(c *cand) []*cand {
	if !c.plural || len(c.venues) < 2 {
		return []*cand{c}
	}
	var out []*cand
	for _, v := range c.venues {
		if v.typ == graphmodel.TypeBuilding {
			return []*cand{c}
		}
	}
	for _, v := range c.venues {
		one := *c
		one.venues = []*entity{v}
		out = append(out, &one)
	}
	return out
}

// ownSummit reports a meeting to come of the body named before it, with
// a place of its own or called its next ("the NATO summit in Ankara in
// July", "ASEAN will hold its next summit in November"): another event
// than the one the text is about, which the body holds.
func (a *analysis) ownSummit(c *cand) bool {
	return c.status != graphmodel.StatusHeld && len(c.parts) == 1 && (len(c.venues) > 0 || c.next)
}

func kindGroup(k string) string {
	switch k {
	case "visit", "call", "briefing":
		return k
	}
	return "meeting"
}

// mergeCand adds a meeting mention to the document's meetings: to the
// meeting it repeats, or as a new one.
func (a *analysis) mergeCand(c *cand, si int) {
	if !c.verb && len(c.parts) > 0 && onlyOrgs(c.parts) && !c.with && !c.subject && !a.ownSummit(c) {
		// "the BRICS summit": the body that convenes it, no participant named
		c.parts = nil
	}
	if len(c.parts) == 0 && c.next && c.status != graphmodel.StatusHeld {
		// "the next round will take place in Djibouti": the sides of the
		// meeting the article is about
		if m := a.salient("meeting", graphmodel.StatusHeld); m != nil {
			c.parts = a.sidesOf(m)
		}
	}
	if len(c.parts) == 0 {
		if !c.definite {
			return
		}
		if m := a.salient(kindGroup(c.kind), c.status); m != nil {
			a.addToMeeting(m, c, si)
		}
		return
	}
	if c.hostOnly {
		// "Anwar, who hosted the meeting": the host joins the meeting
		// talked about
		if m := a.salient(kindGroup(c.kind), c.status); m != nil {
			a.addToMeeting(m, c, si)
		}
		return
	}
	if c.pronOnly && !c.definite && !c.shift && c.period == "" {
		if m := a.salient(kindGroup(c.kind), c.status); m != nil && overlaps(m.parts, c.parts) {
			a.addToMeeting(m, c, si)
		}
		return
	}
	for i := len(a.meetings) - 1; i >= 0; i-- {
		m := a.meetings[i]
		if a.compatible(m, c) {
			if a.topicVerb(c) && (m.kind == "call" || len(m.venues) > 0) {
				c.venues = nil // the topic's places: not where the call or the meeting was
			}
			a.addToMeeting(m, c, si)
			return
		}
	}
	m := a.newMeeting(meeting{kind: c.kind, status: c.status, ofOrg: c.ofOrg, separate: c.separate, period: c.period, meal: c.meal})
	a.meetings = append(a.meetings, m)
	a.addToMeeting(m, c, si)
}

// passiveBy returns the "by" within a few plain words after the meeting
// verb at v (ending before b) when a form of "be" stands before it, or -1:
// "was received a few streets away by X".
func (a *analysis) passiveBy(v, b int, s sentence) int {
	if v-1 < s.a || !isBeForm(&a.toks[v-1]) {
		return -1
	}
	for k := b; k < s.b && k < b+5; k++ {
		t := &a.toks[k]
		if t.low == "by" {
			return k
		}
		if t.kind != tWord || t.upper || a.at[k] != nil {
			return -1
		}
	}
	return -1
}

// pairBefore reads "[the] Russian-Qatari", "India-South Africa" at k:
// two countries written as a compound before a noun, and returns the two
// country actors.
func (a *analysis) pairBefore(k int, s sentence) []*entity {
	if k < s.b && (a.toks[k].low == "the" || a.toks[k].low == "a" || a.toks[k].low == "an") {
		k++ // also "a Kenya-Ghana Permanent Joint Commission"
	}
	var out []*entity
	for len(out) < 2 && k < s.b {
		m := a.at[k]
		if m == nil || m.a != k || (m.kind != mDemonym && m.kind != mCountry) {
			return nil
		}
		ci := m.affCty
		if m.kind == mCountry && m.ent != nil {
			ci = m.ent.country
		}
		if ci < 0 {
			return nil
		}
		e := a.countryActor(ci)
		if sp := a.span(m.a, m.b); !slices.Contains(e.spans, sp) {
			e.spans = a.appendSpan(e.spans, sp) // the country's mention as a party
		}
		out = append(out, e)
		k = m.b
		if len(out) == 1 {
			if k+1 >= s.b || (a.toks[k].text != "-" && a.toks[k].text != "–") || a.toks[k].space {
				return nil
			}
			k++
		}
	}
	if len(out) != 2 || out[0] == out[1] || k >= s.b || a.toks[k].kind != tWord || a.toks[k].text == "and" {
		return nil
	}
	return out
}

// sidesOf returns the parties of meeting m: the country or organisation
// each person there speaks for, when the text names it, else the person.
func (a *analysis) sidesOf(m *meeting) []*entity {
	var out []*entity
	for _, p := range m.parts {
		side := p
		if p.typ == graphmodel.TypePerson {
			switch {
			case p.affEnt != nil && len(p.affEnt.spans) > 0:
				side = p.affEnt
			case p.country >= 0:
				if e, ok := a.ents["actor/country/"+a.x.lex.Countries[p.country].Name]; ok && len(e.spans) > 0 {
					side = e
				}
			}
		}
		out = a.appendUnique(out, side)
	}
	return out
}

func onlyPeople(es []*entity) bool {
	for _, e := range es {
		if e.typ != graphmodel.TypePerson {
			return false
		}
	}
	return true
}

func onlyOrgs(es []*entity) bool {
	for _, e := range es {
		if e.typ != graphmodel.TypeOrganization {
			return false
		}
	}
	return true
}

func overlaps(x, y []*entity) bool {
	for _, p := range x {
		for _, q := range y {
			if p == q {
				return true
			}
		}
	}
	return false
}

// compatible reports whether meeting mention c can be meeting m.
func (a *analysis) compatible(m *meeting, c *cand) bool {
	if m.kind == "call" && c.verb && m.status == c.status && (c.date == "" || c.date == m.date) && c.period == "" && !c.shift && a.spokeVerb(c) && sameEnts(m.parts, c.parts) {
		return true // "held a telephone conversation with Sánchez … Lula spoke with Sánchez about": the call
	}
	callTopic := m.kind == "call" && a.topicVerb(c) // "held a telephone conversation … The ministers discussed …"
	if m.status != c.status || kindGroup(m.kind) != kindGroup(c.kind) && !callTopic || c.shift {
		return false
	}
	if c.meal && !m.meal && differentPeople(m.parts, c.parts) {
		return false // "held talks with X and attended a banquet hosted by Y"
	}
	if (c.separate || m.separate && (c.verb || len(c.parts) > 0)) && !sameEnts(m.parts, c.parts) && !sameSides(m.parts, c.parts) {
		return false // "Wang and Motegi also met separately … Lee received Wang and Motegi"
	}
	if (c.verb || c.between || c.with && onlyPeople(m.parts)) && differentPeople(m.parts, c.parts) {
		// ("talks with United States envoys" may be the meeting with the
		// envoys named later)
		return false // "Lamola met Jaishankar … Lamola called on Modi"
	}
	if c.with && c.verb == false && len(m.parts) >= 2 && a.newSide(m.parts, c.parts) {
		// "Ethiopia and Eritrea … talks", then "Gedion held talks with
		// visiting Kenyan minister Mudavadi": a person of no side of the
		// meeting makes another one
		return false
	}
	if m.kind != c.kind && !(isGenericKind(m.kind) && isGenericKind(c.kind)) && !(c.verb && isGenericKind(m.kind)) && !(isGenericKind(c.kind) && c.definite) &&
		!callTopic {
		return false
	}
	if c.ofOrg != m.ofOrg {
		return false
	}
	if len(c.venues) > 0 && len(m.venues) > 0 && !a.venuesAgree(m.venues, c.venues) && !a.topicVerb(c) {
		// ("discussed security in the Baltic Sea", "briefed him on
		// incidents in the Gulf of Finland": places of the topic, not of
		// the meeting)
		return false
	}
	if c.date != "" && m.date != "" && c.date != m.date {
		return false
	}
	if c.period != m.period && (c.period != "" || m.date == "") && !(c.period == "" && c.definite) {
		return false // "they met last month" is another meeting than Monday's
	}
	if a.bilateral(c) && len(m.parts) > 2 {
		return false // "a bilateral meeting between two of them" is another
	}
	if overlaps(m.parts, c.parts) {
		return true
	}
	// a country taking part matches people of that country
	for _, p := range m.parts {
		for _, q := range c.parts {
			if sameSide(p, q) {
				return true
			}
		}
	}
	return false
}

// topicVerb reports a candidate whose trigger is a verb of discussing
// ("discussed", "briefed"): the places after it are the topic's.
func (a *analysis) topicVerb(c *cand) bool {
	if !c.verb {
		return false
	}
	switch a.toks[c.a].low {
	case "discussed", "briefed", "briefs":
		return true
	}
	return false
}

// spokeVerb reports a candidate whose trigger is a verb of talking
// ("spoke with", "talked with").
func (a *analysis) spokeVerb(c *cand) bool {
	switch a.toks[c.a].low {
	case "spoke", "speaks", "spoken", "talked", "talks":
		return true
	}
	return false
}

// hostOf returns who "hosted the meeting", "chaired the talks" for a
// meeting word after such a verb and a determiner: the antecedent of
// "who" ("Anwar, who hosted the meeting, said") or the sentence's subject.
func (a *analysis) hostOf(c *cand, s sentence, ms []*mention) *entity {
	if c.verb {
		return nil
	}
	d := c.a - 1
	for n := 0; n < 3 && d > s.a && a.toks[d].kind == tWord && a.toks[d].cls&wDet == 0; n++ {
		d-- // "hosted an extraordinary SADC summit"
	}
	if d-1 < s.a || a.toks[d].cls&wDet == 0 || !isHostedBy(a.toks[d-1].low) {
		return nil
	}
	v := d - 1
	if v-1 >= s.a && a.toks[v-1].low == "who" {
		j := v - 2
		if j >= s.a && a.toks[j].text == "," {
			j--
		}
		if j >= s.a && a.at[j] != nil && a.at[j].kind == mPerson {
			return a.at[j].ent
		}
		return nil
	}
	if subj := a.clauseSubject(v, s, ms); subj != nil {
		return subj
	}
	return nil
}

// question reports a sentence that ends with a question mark.
func (a *analysis) question(s sentence) bool {
	for k := s.b - 1; k >= s.a; k-- {
		t := &a.toks[k]
		if t.kind == tWord {
			return false
		}
		if strings.IndexByte(t.text, '?') >= 0 {
			return true
		}
	}
	return false
}

// separateNear reports "separately" or "separate" next to the trigger:
// "Wang and Motegi also met separately", "in a separate meeting".
func (a *analysis) separateNear(c *cand, s sentence) bool {
	for k := max(s.a, c.a-2); k < s.b && k < c.b+2; k++ {
		if w := a.toks[k].low; w == "separately" || w == "separate" {
			return true
		}
	}
	return false
}

// differentPeople reports two meetings' people that each have someone
// the other lacks.
func differentPeople(x, y []*entity) bool {
	onlyX, onlyY := false, false
	for _, p := range x {
		if p.typ == graphmodel.TypePerson && !slices.Contains(y, p) {
			onlyX = true
		}
	}
	for _, p := range y {
		if p.typ == graphmodel.TypePerson && !slices.Contains(x, p) {
			onlyY = true
		}
	}
	return onlyX && onlyY
}

// newSide reports a person in y who is not in x and belongs to no
// country in x, when x holds one or more countries.
func (a *analysis) newSide(x, y []*entity) bool {
	countries := false
	for _, p := range x {
		countries = countries || p.typ == graphmodel.TypeCountry
	}
	if !countries {
		return false
	}
	for _, q := range y {
		if q.typ != graphmodel.TypePerson || slices.Contains(x, q) || q.country < 0 {
			continue
		}
		if !slices.ContainsFunc(x, func(p *entity) bool { return sameSide(p, q) }) {
			return true
		}
	}
	return false
}

// sameEnts reports whether x and y hold the same entities.
func sameEnts(x, y []*entity) bool {
	if len(x) != len(y) {
		return false
	}
	for _, p := range x {
		if !slices.Contains(y, p) {
			return false
		}
	}
	return true
}

// sameSides reports two lists of the same sides, where a country of one
// may be a person of that country in the other ("met his Uruguayan
// counterpart" and "received Uruguay's Mario Lubetkin").
func sameSides(x, y []*entity) bool {
	if len(x) != len(y) {
		return false
	}
	covers := func(x, y []*entity) bool {
		for _, p := range x {
			if !slices.ContainsFunc(y, func(q *entity) bool { return q == p || sameSide(p, q) }) {
				return false
			}
		}
		return true
	}
	return covers(x, y) && covers(y, x)
}

// bilateral reports a meeting mention that says it has two sides:
// "bilateral meeting", "bilateral talks".
func (a *analysis) bilateral(c *cand) bool {
	for k := c.a; k < c.b; k++ {
		if a.toks[k].low == "bilateral" {
			return true
		}
	}
	return c.a > 0 && a.toks[c.a-1].low == "bilateral"
}

func sameSide(p, q *entity) bool {
	if p.typ == graphmodel.TypeCountry && q.typ == graphmodel.TypePerson {
		return q.country >= 0 && q.country == p.country
	}
	if q.typ == graphmodel.TypeCountry && p.typ == graphmodel.TypePerson {
		return p.country >= 0 && p.country == q.country
	}
	return false
}

func (a *analysis) venuesAgree(x, y []*entity) bool {
	for _, v := range x {
		for _, w := range y {
			if v == w || strings.EqualFold(v.within, w.label) || strings.EqualFold(w.within, v.label) {
				return true
			}
			// a building not known to stand elsewhere may be in the city
			if v.typ != w.typ && (v.typ == graphmodel.TypeBuilding && v.within == "" || w.typ == graphmodel.TypeBuilding && w.within == "") {
				return true
			}
		}
	}
	return false
}

// salient returns the meeting of the group with the most mentions (the
// earliest on ties), for "the talks", "this meeting".
func (a *analysis) salient(group, status string) *meeting {
	var best *meeting
	for _, m := range a.meetings {
		if kindGroup(m.kind) != group || (status != graphmodel.StatusHeld && m.status != status) {
			continue
		}
		if best == nil || len(m.spans) > len(best.spans) {
			best = m
		}
	}
	return best
}

func (a *analysis) addToMeeting(m *meeting, c *cand, si int) {
	m.spans = a.appendSpan(m.spans, a.span(c.a, c.b))
	if m.sents == nil {
		m.sents = a.sc.sentList.list(4)
	}
	m.sents = append(m.sents, si)
	for _, p := range c.parts {
		if p == nil || p.kind != graphmodel.KindActor {
			continue
		}
		m.parts = a.appendUnique(m.parts, p)
		m.partEv = a.addEvidence(m.partEv, p, c.ev)
	}
	for _, v := range c.venues {
		m.venues = a.appendUnique(m.venues, v)
		m.venueEv = a.addEvidence(m.venueEv, v, c.ev)
	}
	if m.date == "" && c.date != "" {
		m.date = c.date
	}
	if m.dateText == "" && c.dateText != "" {
		m.dateText = c.dateText
	}
	if len(c.parts) > 0 && isGenericKind(m.kind) && !isGenericKind(c.kind) && kindGroup(c.kind) == "meeting" {
		m.kind = c.kind
	}
}
