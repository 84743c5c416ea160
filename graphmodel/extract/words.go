package extract

import (
	"strings"

	"dossier/graphmodel/extract/lexicon"
)

// Closed word classes of English the rules rely on. They are grammar, not
// knowledge of the world, so they live in code rather than in the lexicon.

// wclass is a set of word classes a word belongs to, looked up once per
// token so the rules test bits instead of maps.
type wclass uint64

const (
	wDet     wclass = 1 << iota // determiners
	wDefDet                     // definite determiners
	wLoc                        // locative prepositions
	wAux                        // auxiliaries
	wOpener                     // usual sentence openers
	wNonName                    // lexicon: never a name alone
	wGiven                      // lexicon: given name
	wFamily                     // lexicon: family name written first
	wPron                       // personal and possessive pronouns
	wSpeech                     // lexicon: a reporting verb form
	wStart                      // lexicon: begins some phrase

	// One bit per word set of this package (see grammarSets).
	wHonorific
	wParticle
	wNameSuffix
	wOrgHead
	wFacilityHead
	wGeoHead
	wDocumentHead
	wGroupNoun
	wPluralHead
	wHypothetical
	wPlanned
	wParticipleEnd
	wSubordinator
	wWeekday
	wVocative
	wTemporalShift
	wMotion
	wAudience
	wAction
	wMonth
	wOpenerVerb
	wMeetVerb
	wHostVerb
	wLightVerb
	wIntent
	wPossPron
	wPassiveSkip
	wReportSkip
	wMeetingCue

	// From the phrase index, for the word as a whole phrase key.
	wNamesSomething // names a country, demonym, organisation, building or seat
	wCountryWord    // some entry is a country or demonym
	wOrgPluralStem  // the word plus "s" is a one-word organisation name written capitalised
	wTitleStart     // begins some title phrase (wStart narrowed to titles)
	wMeetingStart   // begins some meeting phrase (wStart narrowed to meeting words)

	// Cues of meetings and statements (see eventCueSets): a sentence
	// without any word of a set lets its rule skip the sentence.
	wTimeCue
	wStatusCue
	wStatusAfter
	wGatherCue
	wStmtCue

	// Word sets of the mention rules (see detectSets).
	wTheBoth        // "the", "both": they begin plural mentions
	wTitleQualifier // "acting", "interim", "caretaker" before a title
	wOrgAnaphor     // orgAnaphors
	wBodyAnaphor    // bodyAnaphors
	wLowerFacility  // lowerFacilityHeads
	wTitlePlural    // the word less its final "s" is a title of a person: "presidents" (see titlePlurals)
	wRuleWord       // in one of ruleWordSets (see ruleWord)
)

// grammarSets are the word sets rules test on a token's lower-case text,
// with their bits. Their words begin with a letter and hold no
// apostrophe (a test checks it), so the bit of a token's key form answers
// for its lower-case text too, and no other token than a word can hold
// one.
func grammarSets() []struct {
	words map[string]bool
	bit   wclass
} {
	return []struct {
		words map[string]bool
		bit   wclass
	}{
		{honorifics, wHonorific}, {nameParticles, wParticle}, {nameSuffixes, wNameSuffix},
		{orgHeads, wOrgHead}, {facilityHeads, wFacilityHead}, {geoHeads, wGeoHead}, {documentHeads, wDocumentHead},
		{groupNouns, wGroupNoun}, {pluralHeads, wPluralHead}, {hypotheticalCues, wHypothetical},
		{plannedCues, wPlanned}, {participleEnds, wParticipleEnd}, {subordinators, wSubordinator},
		{weekdayNames, wWeekday}, {vocatives, wVocative}, {temporalShift, wTemporalShift},
		{motionWords, wMotion}, {audienceWords, wAudience}, {actionVerbs, wAction},
		{sentenceOpenersVerbs, wOpenerVerb}, {hostVerbs, wHostVerb}, {lightVerbs, wLightVerb},
		{intentWords, wIntent}, {possPronouns, wPossPron}, {passiveSkip, wPassiveSkip},
		{reportSkip, wReportSkip}, {meetingCues, wMeetingCue},
		{determiners, wDet}, {definiteDets, wDefDet}, {locativePreps, wLoc}, {auxiliaries, wAux},
		{sentenceOpeners, wOpener},
		{timeCues, wTimeCue}, {statusCues, wStatusCue}, {statusAfterCues, wStatusAfter}, {gatherCues, wGatherCue},
		{statementCues, wStmtCue},
		{theBoth, wTheBoth}, {titleQualifiers, wTitleQualifier}, {orgAnaphors, wOrgAnaphor}, {bodyAnaphors, wBodyAnaphor},
		{lowerFacilityHeads, wLowerFacility},
	}
}

// classTable maps lower-case words to their classes.
func classTable(nonNames, given, family, speech []string, starts map[string]bool) map[string]wclass {
	m := make(map[string]wclass, len(starts)+len(nonNames)+len(given)+len(family)+len(speech)+1024)
	for w := range starts {
		m[w] |= wStart
	}
	for _, set := range []map[string]bool{pronounsPerson, pronounsPlural, pronounsThing, pronounsFirst, pronounsSecond} {
		for w := range set {
			m[w] |= wPron
		}
	}
	for _, w := range speech {
		m[w] |= wSpeech
	}
	for _, g := range grammarSets() {
		for w, in := range g.words {
			if in {
				m[w] |= g.bit
			}
		}
	}
	for _, set := range ruleWordSets() {
		for w := range set {
			m[w] |= wRuleWord
		}
	}
	for w := range monthNames {
		m[w] |= wMonth
	}
	for w := range meetVerbs {
		m[w] |= wMeetVerb
	}
	for _, l := range []struct {
		words []string
		bit   wclass
	}{{nonNames, wNonName}, {given, wGiven}, {family, wFamily}} {
		for _, w := range l.words {
			m[w] |= l.bit
		}
	}
	return m
}

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

var (
	determiners = wordSet("the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its",
		"our", "your", "my", "both", "any", "some", "such", "another", "each", "every", "all")
	definiteDets  = wordSet("the", "this", "that", "these", "those", "their", "his", "her", "its", "our", "your", "my", "such")
	locativePreps = wordSet("in", "at", "inside", "near", "outside", "throughout")
	// motion words make "to X" a place: "came to Russia", "welcome to Sochi".
	motionWords = wordSet("come", "came", "comes", "coming", "travel", "travelled", "traveled", "travels", "traveling",
		"travelling", "visit", "visits", "visited", "visiting", "welcome", "welcomed", "return", "returned", "returns",
		"returning", "arrive", "arrived", "arrives", "arriving", "fly", "flew", "flown", "flying", "trip", "journey",
		"went", "go", "goes", "going", "moved", "headed", "heading", "back", "way", "invitation", "invited", "sent", "deployed")
	auxiliaries = wordSet("is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "will", "would",
		"shall", "should", "can", "could", "may", "might", "must", "did", "do", "does")
	pronounsPerson = wordSet("he", "she", "him", "his", "her")
	pronounsPlural = wordSet("they", "them", "their")
	pronounsThing  = wordSet("it", "its")
	pronounsFirst  = wordSet("i", "me", "my", "we", "us", "our")
	pronounsSecond = wordSet("you", "your")
	possPronouns   = wordSet("his", "her", "their", "its", "our", "your", "my")
	beForms        = wordSet("be", "is", "are", "was", "were", "been", "being")
	honorifics     = wordSet("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "mister", "madam", "madame", "sir", "dame", "comrade", "your excellency",
		"shri", "smt", "smt.", "shrimati", "hon", "hon.", "h.e.", "h.e", "advocate", "adv", "adv.", "engineer", "eng.")
	nameParticles = wordSet("bin", "ibn", "al", "el", "de", "del", "da", "di", "du", "van", "von", "der", "den", "la", "le", "dos", "das", "abu", "los", "las")
	nameSuffixes  = wordSet("jr", "jr.", "sr", "sr.", "ii", "iii", "iv")
	// orgHeads end the names of organisations: "Supreme Eurasian Economic Council".
	orgHeads = wordSet("commission", "council", "ministry", "committee", "cabinet", "organisation", "organization",
		"union", "party", "army", "navy", "agency", "office", "department", "court", "assembly", "parliament",
		"bank", "fund", "forum", "alliance", "coalition", "front", "movement", "authority", "service", "bureau",
		"guard", "corps", "secretariat", "senate", "congress", "duma", "government", "administration", "institute",
		"foundation", "association", "group", "company", "corporation", "federation", "league", "mission", "command",
		"directorate", "inspectorate", "chamber", "tribunal", "board", "taskforce", "brigade", "battalion", "regiment",
		"university", "college", "academy", "centre", "center", "institution", "programme", "program")
	// facilityHeads end the names of buildings and sites: "Glasgow Airport".
	facilityHeads = wordSet("airport", "palace", "hall", "house", "building", "centre", "center", "hotel",
		"stadium", "square", "garden", "gardens", "embassy", "consulate", "cathedral", "castle", "residence", "base",
		"museum", "tower", "bridge", "harbour", "harbor", "port", "station", "villa", "mansion", "resort", "estate",
		"complex", "compound")
	// geoHeads end the names of natural places and other regions: "Yarmouk
	// River", "North Field".
	geoHeads = wordSet("river", "lake", "valley", "sea", "mountains", "desert", "basin", "strait",
		"plateau", "peninsula", "delta", "canal", "field", "oilfield", "gasfield")
	// documentHeads end names of texts and events that are not actors:
	// "Belfast/Good Friday Agreement".
	documentHeads = wordSet("agreement", "agreements", "treaty", "accord", "accords", "declaration", "convention", "plan",
		"protocol", "memorandum", "charter", "act", "resolution", "initiative", "deal", "strategy", "doctrine",
		"format", "process", "war", "crisis", "summit", "games", "cup", "prize", "award", "day", "week", "year",
		"conference", "festival", "talks", "pact", "communique", "communiqué", "statement")
	// groupNouns are collective nouns a demonym turns into a party: "Ukrainian
	// negotiators". The lexicon's group titles add to them.
	groupNouns = wordSet("officials", "official", "negotiators", "envoys", "diplomats", "delegation", "delegations",
		"leadership", "forces", "troops", "side", "government", "authorities", "leaders", "comrades", "military",
		"representatives", "counterparts", "partners", "colleagues", "ministers", "lawmakers", "administration",
		"negotiating", "team", "people")
	// personGroupNouns are group nouns that may stand for people named
	// earlier: "the American envoys" → the envoys named before.
	personGroupNouns = wordSet("envoys", "emissaries", "advisers", "advisors", "representatives", "negotiators", "mediators")
	// pluralAnaphora name the principals of the last meeting: "the two sides".
	pluralHeads = wordSet("sides", "leaders", "presidents", "heads", "ministers", "parties", "counterparts", "two", "men", "women", "delegations",
		"countries", "nations", "governments", "neighbours", "neighbors")
	// hypotheticalCues and plannedCues set a meeting's status.
	hypotheticalCues = wordSet("potential", "possible", "possibly", "would", "could", "might", "if", "hypothetical",
		"any", "proposed", "prospective", "eventual", "unless", "whether", "conditional", "hope", "hopes", "hoped", "hoping",
		"floated", "mooted", "suggested")
	plannedCues = wordSet("will", "shall", "planned", "plan", "plans", "planning", "scheduled", "upcoming", "expected",
		"due", "next", "forthcoming", "future", "to be held", "set", "prepare", "preparing", "agreed", "agreeing", "intend", "intends",
		"invitation", "invited", "invites", "asked", "asks", "instructed", "instructs", "directed", "directs", "tasked", "tasks", "mandated")
	// sourceNouns name what a statement comes in: "according to a
	// statement from X".
	sourceNouns = wordSet("statement", "readout", "communique", "communiqué", "release", "report", "transcript", "spokesman", "spokeswoman", "spokesperson")
	// npObjectLemmas are reporting verbs whose object noun phrase is the
	// reported content: "reaffirmed the importance of …".
	npObjectLemmas = wordSet("reaffirm", "reiterate", "underscore", "emphasize", "emphasise", "stress", "highlight",
		"express", "condemn", "note", "describe", "characterize", "characterise", "voice", "affirm", "denounce",
		"welcome", "acknowledge", "confirm", "deny", "warn", "urge", "underline", "recall", "restate",
		"convey", "praise", "criticize", "criticise", "accuse")
	// gerundLemmas are reporting verbs whose content may be a gerund
	// clause: "proposed raising the quota", "suggested holding talks".
	gerundLemmas = wordSet("propose", "suggest", "recommend")
	// thatOnlyLemmas report speech only with a that-clause (never an object).
	participleEnds  = wordSet("saying", "noting", "adding", "explaining", "stating", "stressing", "emphasizing", "emphasising", "arguing", "insisting", "acknowledging", "warning", "claiming", "suggesting", "asserting", "indicating", "confirming", "describing", "calling", "according")
	subordinators   = wordSet("though", "although", "while", "whereas", "where", "but", "and", "as", "since", "because")
	weekdayNames    = wordSet("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	sentenceOpeners = wordSet("the", "a", "an", "in", "on", "at", "for", "with", "after", "before", "following", "during",
		"earlier", "later", "meanwhile", "however", "this", "that", "these", "those", "it", "he", "she", "they", "we",
		"i", "you", "but", "and", "or", "as", "while", "when", "if", "despite", "since", "both", "all", "our", "their",
		"his", "her", "its", "my", "your", "there", "here", "today", "yesterday", "tomorrow", "last", "next", "first",
		"additionally", "also", "then", "so", "yet", "according", "let", "allow", "welcome", "thank", "dear",
		"beginning", "following", "mr", "mrs", "ms", "dr", "of", "to", "by", "from", "about", "over", "under", "into",
		"not", "no", "yes", "what", "who", "why", "how", "where", "which", "one", "two", "three", "each", "every",
		"some", "any", "many", "much", "more", "most", "other", "such", "even", "only", "just", "very", "please",
		"thanks", "good", "great", "ladies", "gentlemen", "colleagues", "friends", "excellency", "comrades",
		"page", "photo", "source", "read", "see", "share", "click", "subscribe", "advertisement", "key", "shuttle", "western")
	vocatives = wordSet("colleagues", "friends", "comrades", "ladies", "gentlemen", "and", "dear", "of", "the",
		"delegation", "delegations", "members", "esteemed", "distinguished", "honourable", "honorable", "excellency",
		"excellencies", "all", "guests", "participants")
	temporalShift = wordSet("earlier", "later", "previously", "before", "afterwards", "afterward", "subsequently")
	// passiveSkip and reportSkip are skipped looking back from a reporting
	// verb: "was also said", "has repeatedly said".
	passiveSkip = wordSet("also", "then", "further", "widely", "often", "not")
	reportSkip  = wordSet("has", "have", "had", "also", "consistently", "repeatedly")
)

// Cues of meetings and statements: the words some rules of meetings.go
// and statements.go look for by their text. A token without the bit is
// none of them, and a sentence none of whose words has it holds none
// (keep each set in step with the rules named).
var (
	// timeCues: the times of dateIn and periodNear.
	timeCues = wordSet("today", "yesterday", "tomorrow", "last", "previous", "past", "ago", "earlier")
	// statusCues: the words before a meeting that statusOf reads first.
	statusCues = wordSet("ready", "willing", "open", "prepared", "forward", "may", "out", "to", "not", "never",
		"cancelled", "canceled", "scrapped", "postponed", "delayed", "rescheduled", "before", "until")
	// statusAfterCues: the participles after a meeting that statusOf
	// reads ("was called off", "is being prepared").
	statusAfterCues = wordSet("off", "cancelled", "canceled", "scrapped", "dropped", "shelved", "abandoned",
		"prepared", "arranged", "organised", "organized", "planned", "postponed", "delayed", "rescheduled")
	// gatherCues: the verbs of gatheredAfter ("chaired by", "brought together").
	gatherCues = wordSet("chaired", "hosted", "attended", "brought", "brings", "bringing")
	// statementCues: the words statementsIn reads besides reporting verbs.
	statementCues = wordSet("according", "gave", "give", "gives", "giving", "call", "calls")
)

// Word sets of the mention rules (detect), tested by their bits.
var (
	// theBoth begin the plural mentions: "the two sides", "both presidents".
	theBoth = wordSet("the", "both")
	// titleQualifiers stand before a title and mark its role: "Acting
	// Foreign Minister".
	titleQualifiers = wordSet("acting", "interim", "caretaker")
)

// ruleWordSets are the word sets of the mention rules that ruleWord
// looks a word up in: one class bit for all of them (wRuleWord) spares
// the lookup of nearly every other word. Their words are plain as those
// of grammarSets (a test checks it).
func ruleWordSets() []map[string]bool {
	return []map[string]bool{hostNouns, styleNouns, tenureWords, portfolioWords, officeAdjectives,
		delegationMembers, divisionNouns}
}

// titlePlurals marks in classes the plurals of the titles of persons
// written as one word ("presidents": the title "president" plus "s"), the
// words titleAtToken reads as a plural title ("Presidents Putin and
// Trump"): other words need not look the title up.
func titlePlurals(lx *lexicon.Lexicon, classes map[string]wclass) {
	for _, t := range lx.Titles {
		if t.Applies != "person" || strings.ContainsAny(strings.TrimSpace(t.Phrase), " \t\n\r") {
			continue // (a phrase of several words is no word of a text)
		}
		k := lexicon.Key(t.Phrase)
		if tt, ok := lx.Title(k); ok && tt.Applies == "person" {
			classes[k+"s"] |= wTitlePlural
		}
	}
}
