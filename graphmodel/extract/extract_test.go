package extract_test

import (
	"context"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/extract"
)

var (
	sharedOnce sync.Once
	shared     *extract.Extractor
	sharedErr  error
)

// newExtractor returns an extractor on the embedded lexicons, loaded once
// for the whole test binary (an Extractor is safe for concurrent use).
func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	sharedOnce.Do(func() { shared, sharedErr = extract.New() })
	require.NoError(t, sharedErr)
	return shared
}

// run extracts text as one document (published on pub, when given).
func run(t testing.TB, text, pub string) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	require.NoError(t, newExtractor(t).Extract(g, graphmodel.Document{ID: "t", Title: "test", Published: pub, Text: text}))
	checkSpans(t, g)
	return g
}

// checkSpans asserts every span lies inside its document on rune boundaries.
func checkSpans(t testing.TB, g *graphmodel.Graph) {
	t.Helper()
	for _, n := range g.Nodes() {
		require.NotEmpty(t, n.Mentions, "node %s has no mention", n.ID)
		for _, s := range n.Mentions {
			d, ok := g.Document(s.Doc)
			require.True(t, ok)
			require.NoError(t, d.CheckSpan(s), "node %s", n.ID)
		}
	}
	for _, e := range g.Edges() {
		require.NotEmpty(t, e.Evidence, "edge %s has no evidence", e.ID)
		for _, s := range e.Evidence {
			d, ok := g.Document(s.Doc)
			require.True(t, ok)
			require.NoError(t, d.CheckSpan(s), "edge %s", e.ID)
		}
	}
}

func byLabel(g *graphmodel.Graph, kind graphmodel.Kind, label string) *graphmodel.Node {
	for _, n := range g.Nodes() {
		if n.Kind == kind && n.Label == label {
			return n
		}
	}
	return nil
}

// bySurname finds the person whose label ends with surname.
func bySurname(g *graphmodel.Graph, surname string) *graphmodel.Node {
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindActor && strings.HasSuffix(n.Label, " "+surname) {
			return n
		}
	}
	return nil
}

func labels(g *graphmodel.Graph, kind graphmodel.Kind) []string {
	var out []string
	for _, n := range g.Nodes() {
		if n.Kind == kind {
			out = append(out, n.Label)
		}
	}
	sort.Strings(out)
	return out
}

// statements returns "speaker: quote" for every statement, sorted.
func statements(g *graphmodel.Graph) []string {
	var out []string
	for _, n := range g.Nodes() {
		if n.Kind != graphmodel.KindStatement {
			continue
		}
		for _, e := range g.EdgesOf(n.ID) {
			if e.Kind == graphmodel.EdgeSpeaker {
				sp, _ := g.Node(e.Source)
				out = append(out, sp.Label+": "+n.Attr(graphmodel.AttrQuote))
			}
		}
	}
	sort.Strings(out)
	return out
}

// assertMeetings extracts each text alone and compares its meetings
// ("status: participants", in any order) with the cases' lists.
func assertMeetings(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		assert.ElementsMatch(t, want, meetings(run(t, text, "")), text)
	}
}

// meetings returns each meeting as "status: participant, participant".
func meetings(g *graphmodel.Graph) []string {
	var out []string
	for _, n := range g.Nodes() {
		if n.Kind != graphmodel.KindMeeting {
			continue
		}
		var parts []string
		for _, e := range g.EdgesOf(n.ID) {
			if e.Kind == graphmodel.EdgeParticipant {
				p, _ := g.Node(e.Source)
				parts = append(parts, p.Label)
			}
		}
		sort.Strings(parts)
		out = append(out, n.Attr(graphmodel.AttrStatus)+": "+strings.Join(parts, ", "))
	}
	sort.Strings(out)
	return out
}

func TestQuoteSplitByAttribution(t *testing.T) {
	g := run(t, "Foreign Minister Lena Holm met her Danish counterpart in Oslo on Tuesday. “We agree,” she said, “on most points.”", "")
	assert.Equal(t, []string{"Lena Holm: We agree,", "Lena Holm: on most points."}, statements(g))
}

func TestStraightCurlyAndSingleQuotes(t *testing.T) {
	g := run(t, `Prime Minister Anders Lund spoke after the talks. "It was useful," said Lund. He added that the partners had made ‘real progress’ on trade.`, "")
	assert.Equal(t, []string{
		"Anders Lund: It was useful,",
		"Anders Lund: real progress",
		"Anders Lund: the partners had made ‘real progress’ on trade",
	}, statements(g))
}

func TestMetonymy(t *testing.T) {
	g := run(t, "Moscow says the new sanctions are illegal. The Kremlin moved to calm markets, while Washington rejected the offer. The envoys later held talks in Moscow.", "")
	actors := labels(g, graphmodel.KindActor)
	assert.Contains(t, actors, "Russia", "Moscow says … is the Russian state")
	assert.Contains(t, actors, "United States", "Washington rejected … is the United States")
	assert.Contains(t, actors, "Kremlin", "the Kremlin moved to … acts")
	assert.NotContains(t, labels(g, graphmodel.KindVenue), "Washington", "a capital acting is not a place")
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Moscow", "talks in Moscow: a place")
	assert.Contains(t, statements(g), "Russia: the new sanctions are illegal")

	for _, text := range []string{
		"The minister wrote that Washington “will stay engaged”.",
		"The speech was a veiled reference to Washington.",
		"The talks resumed under pressure from Washington.",
	} {
		g := run(t, text, "")
		assert.Contains(t, labels(g, graphmodel.KindActor), "United States", text)
		assert.NotContains(t, labels(g, graphmodel.KindVenue), "Washington", text)
	}
	g = run(t, "The envoy flew from Washington to Paris.", "")
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Washington", "flying from a city: a place")
}

// "eastern Ukraine" is a region of its own, inside Ukraine when Ukraine
// is a place of the text too; a compass word does not make a place of a
// country that acts.
func TestCompassRegions(t *testing.T) {
	g := run(t, "The two ministers met in Ukraine on Monday. Shelling went on in eastern Ukraine, and aid convoys waited in northern Gaza. Russia said in a statement that the southern route was closed.", "")
	venues := labels(g, graphmodel.KindVenue)
	assert.Contains(t, venues, "eastern Ukraine")
	assert.Contains(t, venues, "Ukraine")
	assert.Contains(t, venues, "northern Gaza Strip")
	region := byLabel(g, graphmodel.KindVenue, "eastern Ukraine")
	require.NotNil(t, region)
	assert.Equal(t, graphmodel.TypeRegion, region.Type)
	var within []string
	for _, e := range g.EdgesOf(region.ID) {
		if e.Kind == graphmodel.EdgeLocatedIn && e.Source == region.ID {
			n, _ := g.Node(e.Target)
			within = append(within, n.Label)
		}
	}
	assert.Equal(t, []string{"Ukraine"}, within)
	gaza := byLabel(g, graphmodel.KindVenue, "northern Gaza Strip")
	require.NotNil(t, gaza)
	assert.Contains(t, gaza.Aliases, "northern Gaza", "the words as written are an alias")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Russia")
	assert.NotContains(t, venues, "Russia")
}

func TestTitlesBecomeAttributes(t *testing.T) {
	g := run(t, "Russian Foreign Minister Sergei Lavrov met German Chancellor Olaf Scholz in Berlin.", "")
	l := bySurname(g, "Lavrov") // the lexicon may spell him Sergey
	require.NotNil(t, l)
	assert.Equal(t, "foreign minister", l.Attr(graphmodel.AttrRole))
	assert.Equal(t, "Russia", l.Attr("affiliation"))
	s := byLabel(g, graphmodel.KindActor, "Olaf Scholz")
	require.NotNil(t, s)
	assert.Equal(t, "chancellor", s.Attr(graphmodel.AttrRole))
	assert.Equal(t, []string{"held: " + s.Label + ", " + l.Label}, meetings(g))
	for _, sp := range l.Mentions {
		assert.Equal(t, "Sergei Lavrov", g.Documents()[0].Text[sp.Start:sp.End], "the mention is the name without its title")
	}
	assert.Contains(t, l.Names(), "Sergei Lavrov", "the name as written is kept")
}

func TestPossessivesAndSurnames(t *testing.T) {
	g := run(t, "President Emmanuel Macron's diplomatic adviser, Philippe Etienne, said that Macron would travel to Kyiv. Macron's office confirmed that the trip was planned.", "")
	assert.NotNil(t, byLabel(g, graphmodel.KindActor, "Philippe Etienne"))
	m := byLabel(g, graphmodel.KindActor, "Emmanuel Macron")
	require.NotNil(t, m)
	assert.GreaterOrEqual(t, len(m.Mentions), 3, "Macron, Macron's and the full name are one node")
	assert.Contains(t, statements(g), "Philippe Etienne: Macron would travel to Kyiv")
}

func TestGroupCoreference(t *testing.T) {
	text := "U.S. envoy Amos Hochstein and senior adviser Brett McGurk met Lebanese officials in Beirut on Monday. " +
		"The American envoys then flew to Tel Aviv for talks with Israeli negotiators."
	g := run(t, text, "")
	ms := meetings(g)
	assert.Contains(t, ms, "held: Amos Hochstein, Brett McGurk, Lebanon")
	assert.Contains(t, ms, "held: Amos Hochstein, Brett McGurk, Israel", "the American envoys are Hochstein and McGurk; Israeli negotiators stand for Israel")
}

func TestDemonymsAreCountries(t *testing.T) {
	g := run(t, "Ukrainian negotiators and Turkish officials held talks in Istanbul.", "")
	assert.Equal(t, []string{"held: Turkey, Ukraine"}, meetings(g))
	assert.Equal(t, []string{"Turkey", "Ukraine"}, labels(g, graphmodel.KindActor))
}

func TestDates(t *testing.T) {
	text := "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo on March 3."
	g := run(t, text, "2024-03-05")
	var m *graphmodel.Node
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			m = n
		}
	}
	require.NotNil(t, m)
	assert.Equal(t, "2024-03-03", m.Attr(graphmodel.AttrDate))
	assert.Equal(t, "March 3", m.Attr(graphmodel.AttrDateText))

	g = run(t, text, "2025-01-10")
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			assert.Equal(t, "2024-03-03", n.Attr(graphmodel.AttrDate), "the nearest March 3 before a January publication")
		}
	}

	g = run(t, text, "")
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			assert.Empty(t, n.Attr(graphmodel.AttrDate), "no year without a publication date")
			assert.Equal(t, "March 3", n.Attr(graphmodel.AttrDateText))
		}
	}

	g = run(t, "MAY 2, 2022\n\nSecretary of State Lena Holm met today with Foreign Minister Jonas Berg.", "")
	assert.Equal(t, "2022-05-02", g.Documents()[0].Published, "")
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			assert.Equal(t, "2022-05-02", n.Attr(graphmodel.AttrDate), "today is the dateline's day")
		}
	}
}

// A weekday is the one nearest the publication date on the side the
// meeting's status says: the day itself or before for a held meeting,
// the day itself or after for a planned one, before it after "last".
func TestWeekdayDates(t *testing.T) {
	dated := func(text, pub string) map[string]string { // status → date
		g := run(t, text, pub)
		out := map[string]string{}
		for _, n := range g.Nodes() {
			if n.Kind == graphmodel.KindMeeting {
				out[n.Attr(graphmodel.AttrStatus)] = n.Attr(graphmodel.AttrDate)
			}
		}
		return out
	}
	held := "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo on Tuesday."
	assert.Equal(t, map[string]string{"held": "2026-04-07"}, dated(held, "2026-04-09"), "Thursday's paper: two days before")
	assert.Equal(t, map[string]string{"held": "2026-04-07"}, dated(held, "2026-04-07"), "the day of publication")
	assert.Equal(t, map[string]string{"held": "2026-03-31"}, dated(held, "2026-04-06"), "a Monday's paper: the Tuesday before")
	planned := "Foreign Minister Lena Holm will meet Foreign Minister Jonas Berg in Oslo on Tuesday."
	assert.Equal(t, map[string]string{"planned": "2026-04-14"}, dated(planned, "2026-04-09"), "the next Tuesday")
	assert.Equal(t, map[string]string{"planned": "2026-04-07"}, dated(planned, "2026-04-07"), "later that day")
	last := "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo last Tuesday."
	assert.Equal(t, map[string]string{"held": "2026-03-31"}, dated(last, "2026-04-07"), "last Tuesday in a Tuesday's paper: a week before")
	assert.Equal(t, map[string]string{"held": ""}, dated(held, ""), "no date without a publication date")
	bare := "Foreign Minister Lena Holm met Foreign Minister Jonas Berg in Oslo Thursday."
	assert.Equal(t, map[string]string{"held": "2026-04-09"}, dated(bare, "2026-04-09"), "a weekday without \"on\"")
	name := "Foreign Minister Lena Holm met Foreign Minister Jonas Berg to discuss the Good Friday Agreement."
	assert.Equal(t, map[string]string{"held": ""}, dated(name, "2026-04-09"), "a weekday in a name")
}

// A held meeting in the first sentence after a dateline, with no word of
// time, is of the dateline's day (readouts: "June 20, 2024, Hanoi" over
// "… held talks.").
func TestLeadMeetingTakesTheDatelineDate(t *testing.T) {
	dates := func(text string) []string {
		var out []string
		for _, n := range run(t, text, "").Nodes() {
			if n.Kind == graphmodel.KindMeeting {
				out = append(out, n.Attr(graphmodel.AttrDate)+" "+n.Attr(graphmodel.AttrDateText))
			}
		}
		return out
	}
	assert.Equal(t, []string{"2024-06-20 June 20, 2024"}, dates("June 20, 2024, Hanoi\n\nIn Hanoi, Vladimir Putin and President To Lam held talks."))
	assert.Equal(t, []string{"2026-03-10 March 10, 2026"}, dates("KINSHASA, March 10, 2026\n\nPresident Felix Tshisekedi met Prime Minister Judith Suminwa in Kinshasa."))
	assert.Equal(t, []string{" "}, dates("June 20, 2024, Hanoi\n\nVladimir Putin met President To Lam in Hanoi last week."), "a word of time says another day")
	assert.Equal(t, []string{" "}, dates("June 20, 2024, Hanoi\n\nThe weather was fine. Vladimir Putin met President To Lam in Hanoi."), "only the lead sentence")
	assert.Equal(t, []string{" "}, dates("Leaders met on June 20, 2024 in a long line that is a sentence.\n\nVladimir Putin met President To Lam in Hanoi."), "no dateline")
	planned := dates("June 20, 2024, Hanoi\n\nVladimir Putin will meet President To Lam in Hanoi.")
	assert.Equal(t, []string{" "}, planned, "a planned meeting is not of the dateline's day")
}

// "Earlier in the day", "Later, …", "in the afternoon": the day of the
// meeting dated before.
func TestSameDayMeetingsTakeTheDateBefore(t *testing.T) {
	g := run(t, "President Lena Holm met Prime Minister Jonas Berg in Oslo on Tuesday. "+
		"Later in the day, Holm met Foreign Minister Ivar Dahl. "+
		"Holm will meet Finance Minister Ola Lind in Bergen next month.", "2026-04-09")
	got := map[string]string{}
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			got[n.Label] = n.Attr(graphmodel.AttrDate) + " " + n.Attr(graphmodel.AttrDateText)
		}
	}
	var dahl, lind string
	for l, d := range got {
		if strings.Contains(l, "Dahl") {
			dahl = d
		}
		if strings.Contains(l, "Lind") {
			lind = d
		}
	}
	assert.Equal(t, "2026-04-07 Later in the day", dahl, "%v", got)
	assert.NotContains(t, lind, "2026-04-07", "a planned meeting keeps no earlier day: %v", got)
}

func TestStatuses(t *testing.T) {
	g := run(t, "President Aylin Demir will host Prime Minister Lars Holt for talks in Ankara next month.", "")
	assert.Equal(t, []string{"planned: Aylin Demir, Lars Holt"}, meetings(g))
	g = run(t, "Officials said any potential meeting between Presidents Lula and Milei would depend on progress.", "")
	ms := meetings(g)
	require.Len(t, ms, 1)
	assert.True(t, strings.HasPrefix(ms[0], "hypothetical: "), ms[0])
	assert.Contains(t, ms[0], "Lula")
	assert.Contains(t, ms[0], "Milei")
	g = run(t, "Chancellor Olaf Scholz met President Emmanuel Macron in Paris.", "")
	assert.Equal(t, []string{"held: Emmanuel Macron, Olaf Scholz"}, meetings(g))
}

func TestTranscriptSpeakerLabels(t *testing.T) {
	text := "Vladimir Putin and President of Kazakhstan Kassym-Jomart Tokayev held talks in Astana.\n\n" +
		"President of Russia Vladimir Putin: Mr President, friends,\n\n" +
		"Thank you for the invitation. Our trade grew last year.\n\n" +
		"We should meet more often.\n\n" +
		"President of Kazakhstan Kassym-Jomart Tokayev: Thank you, Mr President.\n\n" +
		"Kazakhstan values this partnership.\n"
	g := run(t, text, "")
	assert.Equal(t, []string{
		"Kassym-Jomart Tokayev: Kazakhstan values this partnership.",
		"Kassym-Jomart Tokayev: Thank you, Mr President.",
		"Vladimir Putin: Thank you for the invitation. Our trade grew last year.",
		"Vladimir Putin: We should meet more often.",
	}, statements(g), "one statement per paragraph of a turn; a greeting alone is not one")
	assert.Equal(t, []string{"held: Kassym-Jomart Tokayev, Vladimir Putin"}, meetings(g))
}

// A question from the floor ends the turn before it and is nobody's
// statement.
func TestTranscriptAnonymousLabels(t *testing.T) {
	text := "Foreign Minister Ana Ferreira and Foreign Minister Tomas Lind held talks in Lisbon.\n\n" +
		"Foreign Minister Ana Ferreira: Our trade grew last year.\n\n" +
		"QUESTION: Minister, will the border reopen this summer?\n\n" +
		"Is there a date?\n\n" +
		"Foreign Minister Tomas Lind: We hope to agree on one soon.\n\n" +
		"MODERATOR: Thank you, that concludes the press conference.\n"
	g := run(t, text, "")
	assert.Equal(t, []string{
		"Ana Ferreira: Our trade grew last year.",
		"Tomas Lind: We hope to agree on one soon.",
	}, statements(g))
}

// A transcript label that is a title alone is the person named with that
// title before; a title nobody answers to leaves the paragraphs to the
// usual rules.
func TestTranscriptTitleLabels(t *testing.T) {
	text := "Highlights of the noon briefing by Foreign Ministry spokeswoman Lena Voss in Berlin.\n\n" +
		"Spokeswoman: The minister will travel to Paris on Monday.\n\n" +
		"QUESTION: Will she meet her counterpart?\n\n" +
		"Spokeswoman: Yes, the two ministers will hold talks.\n"
	g := run(t, text, "")
	assert.ElementsMatch(t, []string{
		"Lena Voss: The minister will travel to Paris on Monday.",
		"Lena Voss: Yes, the two ministers will hold talks.",
	}, statements(g))

	g = run(t, "Chairman: Foreign Minister Ana Lind said the talks went well.\n", "")
	assert.Equal(t, []string{"Ana Lind: the talks went well"}, statements(g), "a title nobody answers to")
}

// In a transcript turn, what the speaker reports others said is theirs
// too; what the speaker's own country "believes" is the speaker's turn.
func TestReportedSpeechInsideTurns(t *testing.T) {
	text := "Swedish Foreign Minister Ana Lind and Secretary-General Paul Mora held talks in Stockholm.\n\n" +
		"Foreign Minister Ana Lind: Secretary-General Mora said that the truce must hold. Sweden believes that aid must flow.\n"
	g := run(t, text, "")
	assert.ElementsMatch(t, []string{
		"Ana Lind: Secretary-General Mora said that the truce must hold. Sweden believes that aid must flow.",
		"Paul Mora: the truce must hold",
	}, statements(g))
}

// A person named in full and later by the given name alone is one
// person, where that name speaks; a given name two people share stays
// unresolved.
func TestGivenNameReferences(t *testing.T) {
	g := run(t, "Malaysian Prime Minister Anwar Ibrahim hosted Cambodian Foreign Minister Sokha Vannarith in Putrajaya on Wednesday.\n\n"+
		"\"We expect them to keep talking,\" Anwar said.\n\n"+
		"Sokha said Cambodia still wanted the court to rule.\n", "")
	assert.ElementsMatch(t, []string{
		"Anwar Ibrahim: We expect them to keep talking,",
		"Sokha Vannarith: Cambodia still wanted the court to rule",
	}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Anwar")

	g = run(t, "Prime Minister Anwar Ibrahim met Deputy Minister Anwar Musa in Putrajaya.\n\n\"We agreed,\" Anwar said.\n", "")
	for _, st := range statements(g) {
		assert.NotContains(t, st, "Ibrahim", "Anwar alone could be either man")
		assert.NotContains(t, st, "Musa", "Anwar alone could be either man")
	}
}

// Meeting patterns of wire reports and readouts, on sentences of our own.
func TestMeetingPatterns(t *testing.T) {
	g := run(t, "Thai Foreign Minister Niran Suksai and his Laotian counterpart, Bounmy Keola, met for two hours on Wednesday in Vientiane.", "")
	assert.Equal(t, []string{"held: Bounmy Keola, Niran Suksai"}, meetings(g), "X and his counterpart, Y, met")

	g = run(t, "Prime Minister Elin Dahl today spoke with the President of Chile, Tomas Reyes, about copper exports.", "")
	assert.Equal(t, []string{"held: Elin Dahl, Tomas Reyes"}, meetings(g), "spoke with: a conversation")
	g = run(t, "Prime Minister Elin Dahl spoke with reporters in Oslo on Monday.", "")
	assert.Empty(t, meetings(g), "speaking with reporters is no meeting")

	g = run(t, "President Anna Berg received Peru's President Luis Soto in Lima on Monday. "+
		"A meeting between Berg, Soto and Ecuador's President Pablo Mena could be arranged later in the year.", "")
	assert.Equal(t, []string{
		"held: Anna Berg, Luis Soto",
		"hypothetical: Anna Berg, Luis Soto, Pablo Mena",
	}, meetings(g), "the status after the list of participants; the president, not his country")
}

// Summit reports: hosts of several counterparts "of" their countries, a
// bilateral meeting beside the summit, an invitation to visit.
func TestSummitPatterns(t *testing.T) {
	g := run(t, "President Arman Seitov of Kazakhstan hosted his counterparts Bakyt Osmon of Kyrgyzstan and Rustam Nazar of Tajikistan in Astana on Wednesday. "+
		"The summit followed a bilateral meeting between Seitov and Osmon on Tuesday evening. "+
		"Nazar also accepted an invitation from Osmon to visit Bishkek in July. "+
		"The three presidents nonetheless agreed to meet again next year in Tashkent.", "")
	assert.ElementsMatch(t, []string{
		"held: Arman Seitov, Bakyt Osmon, Rustam Nazar",
		"held: Arman Seitov, Bakyt Osmon",
		"planned: Bakyt Osmon, Rustam Nazar",
		"planned: Arman Seitov, Bakyt Osmon, Rustam Nazar",
	}, meetings(g))
}

// Meetings of some of the people met before are meetings of their own
// when the text says so ("separately") or names another pair ("called
// on").
func TestSeparateMeetings(t *testing.T) {
	g := run(t, "Foreign Minister Cho Min hosted Li Wen and Ken Sato at the Lotte Hotel in Seoul on Wednesday. "+
		"Li and Sato also met separately for 40 minutes on Tuesday night.", "")
	assert.ElementsMatch(t, []string{"held: Cho Min, Ken Sato, Li Wen", "held: Ken Sato, Li Wen"}, meetings(g))

	g = run(t, "Foreign Minister Ronald Lamola met External Affairs Minister Subrahmanyam Jaishankar in New Delhi. "+
		"Minister Lamola also called on Prime Minister Narendra Modi earlier in the day.", "")
	assert.ElementsMatch(t, []string{"held: Narendra Modi, Ronald Lamola", "held: Ronald Lamola, Subrahmanyam Jaishankar"}, meetings(g))
}

// A known person's whole name after a title, though its last word names
// something else in the lexicon.
func TestKnownNameAfterTitle(t *testing.T) {
	g := run(t, "Congolese Foreign Minister Thérèse Kayikwamba Wagner met Rwandan Foreign Minister Olivier Nduhungirehe in Addis Ababa.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Thérèse Kayikwamba Wagner")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Wagner Group")
}

// Who "hosted the meeting" takes part in the meeting talked about.
func TestHostOfTheMeeting(t *testing.T) {
	g := run(t, "Malaysian Prime Minister Anwar Ibrahim welcomed the ministers to Putrajaya. "+
		"Foreign Minister Niran Suksai and Foreign Minister Bounmy Keola met for three hours on Wednesday. "+
		"Anwar, who hosted the meeting, said both sides had shown courage.", "")
	assert.Equal(t, []string{"held: Anwar Ibrahim, Bounmy Keola, Niran Suksai"}, meetings(g))
}

// "between A's minister, Name, and B's minister, Name": both names.
func TestMeetingBetweenAppositions(t *testing.T) {
	g := run(t, "The leaders welcomed the recent meeting in Ottawa between Canada's Minister of Foreign Affairs, Anita Anand, and Brazil's Foreign Minister, Mauro Vieira, which produced a plan.", "")
	assert.Equal(t, []string{"held: Anita Anand, Mauro Vieira"}, meetings(g))
}

// The subject of a reported clause is who meets; a visit hoped for is
// not one planned.
func TestReportedMeetingsAndHopes(t *testing.T) {
	g := run(t, "Spokesman Omid Rahimi said that Rafael Grossi was due in Tehran later this month for talks with Foreign Minister Abbas Araghchi.", "")
	assert.Equal(t, []string{"planned: Abbas Araghchi, Rafael Grossi"}, meetings(g))

	g = run(t, "Prime Minister Elin Dahl said she hoped to visit Japan again next year.", "")
	require.Len(t, meetings(g), 1)
	assert.True(t, strings.HasPrefix(meetings(g)[0], "hypothetical: "), meetings(g)[0])
}

// A minister's tour: received by a president, then talks planned for
// himself.
func TestTourMeetings(t *testing.T) {
	g := run(t, "Foreign Minister Pablo Rivas flew to La Paz on Tuesday, where he was received by President Luis Arce at the presidential palace. "+
		"Rivas himself is expected to travel to Brasília next month for talks with Foreign Minister Mauro Vieira.", "")
	assert.ElementsMatch(t, []string{
		"held: Luis Arce, Pablo Rivas",
		"planned: Mauro Vieira, Pablo Rivas",
	}, meetings(g))

	g = run(t, "Negotiators for the two sides ended talks outside Oslo on Thursday. The talks at the Park hotel, hosted by Norway, were the first since January.", "")
	for _, m := range meetings(g) {
		assert.NotEqual(t, "held: Norway", m, "the host of the talks is not a meeting of its own")
	}
}

// Meetings called off are hypothetical, put back ones planned; a subject
// before a relative clause still meets.
func TestCalledOffAndRelativeSubjects(t *testing.T) {
	g := run(t, "President Anna Berg met President Luis Soto in Windhoek on Saturday. "+
		"A trilateral meeting between Berg, Soto and King Pablo Mena, announced on Friday, was called off on Sunday.", "")
	assert.ElementsMatch(t, []string{"held: Anna Berg, Luis Soto", "hypothetical: Anna Berg, Luis Soto, Pablo Mena"}, meetings(g))

	g = run(t, "Talks between Prime Minister Jon Napa and Prime Minister Tom Hale were postponed until next year.", "")
	assert.Equal(t, []string{"planned: Jon Napa, Tom Hale"}, meetings(g))

	g = run(t, "President Duma Kolo, who arrived late on Saturday, held a separate meeting with President Emil Mora.", "")
	assert.Equal(t, []string{"held: Duma Kolo, Emil Mora"}, meetings(g))
}

// A meeting asked about is not one that took place.
func TestMeetingInQuestion(t *testing.T) {
	g := run(t, "Is Secretary-General Paul Mora prepared to meet General Omar Badri and General Sami Hadid?", "")
	assert.Equal(t, []string{"hypothetical: Omar Badri, Paul Mora, Sami Hadid"}, meetings(g))
}

// "The leaders" are the heads of state or government named before, not
// the ministers of the meeting mentioned last.
func TestTheLeaders(t *testing.T) {
	g := run(t, "Prime Minister Elin Dahl spoke by phone with President Tomas Reyes of Chile. "+
		"They welcomed the recent meeting in Santiago between Foreign Minister Ola Strand and Foreign Minister Ines Vidal. "+
		"The leaders agreed that copper exports should grow.", "")
	assert.Contains(t, statements(g), "Elin Dahl: copper exports should grow")
	assert.Contains(t, statements(g), "Tomas Reyes: copper exports should grow")
	for _, st := range statements(g) {
		assert.NotContains(t, st, "Ola Strand: copper")
	}
}

// A quote followed by ", the Finnish prime minister said" is the Finnish
// prime minister's.
func TestQuoteThenDemonymTitle(t *testing.T) {
	g := run(t, "Prime Minister Petteri Orpo met Prime Minister Mette Frederiksen of Denmark.\n\n\"We know our neighbour,\" the Finnish prime minister said.\n", "")
	assert.Equal(t, []string{"Petteri Orpo: We know our neighbour,"}, statements(g))
}

// "He added" after "Peskov said:" is Peskov, though the sentence named
// someone else first; two leaders joined by "and" agree together.
func TestSpeakerContinuity(t *testing.T) {
	g := run(t, "Kremlin spokesman Dmitry Peskov spoke to reporters about President Omar Said.\n\n"+
		"Asked whether President Said could travel to Moscow, Peskov said: \"There are no dates yet.\" He added that a meeting would be useful.\n", "")
	assert.Contains(t, statements(g), "Dmitry Peskov: a meeting would be useful")

	g = run(t, "President Anna Berg and Prime Minister Luis Soto also discussed energy and agreed that oil prices must stay stable.", "")
	assert.ElementsMatch(t, []string{
		"Anna Berg: oil prices must stay stable",
		"Luis Soto: oil prices must stay stable",
	}, statements(g))
}

// State bodies named by a demonym and a lower-case noun speak, and a
// statement "from" them is theirs; the French presidency is the Élysée.
func TestStateBodiesSpeak(t *testing.T) {
	g := run(t, "The Cambodian foreign ministry said the troops should pull back. "+
		"According to a statement from the Thai foreign ministry, the commission will meet in Bangkok. "+
		"The French presidency said the visit would go ahead.", "")
	assert.ElementsMatch(t, []string{
		"Cambodian foreign ministry: the troops should pull back",
		"Thai foreign ministry: the commission will meet in Bangkok",
		"Élysée: the visit would go ahead",
	}, statements(g))
	ministry := byLabel(g, graphmodel.KindActor, "Thai foreign ministry")
	require.NotNil(t, ministry)
	assert.Equal(t, graphmodel.TypeOrganization, ministry.Type)
}

// "Anwar, who hosted the meeting, said …": the given name before a
// relative clause is the speaker.
func TestSpeakerBeforeRelativeClause(t *testing.T) {
	g := run(t, "Malaysian Prime Minister Anwar Ibrahim hosted the talks in Putrajaya. Anwar, who chaired the session, said both sides had shown courage.", "")
	assert.Equal(t, []string{"Anwar Ibrahim: both sides had shown courage"}, statements(g))
}

func TestReadoutTheSecretary(t *testing.T) {
	text := "Secretary of State Antony Blinken met today with Foreign Minister Penny Wong of Australia. " +
		"The Secretary emphasized the importance of the alliance. The two discussed regional security. " +
		"The Secretary noted that both countries share a commitment to open trade."
	g := run(t, text, "")
	assert.Equal(t, []string{
		"Antony Blinken: both countries share a commitment to open trade",
		"Antony Blinken: the importance of the alliance",
	}, statements(g), "'The Secretary' is the official named first; 'discussed' reports no statement")
}

func TestAccordingTo(t *testing.T) {
	g := run(t, "According to the Kremlin, the talks were constructive. The meeting lasted three hours, according to President Vladimir Putin.", "")
	assert.Equal(t, []string{
		"Kremlin: the talks were constructive",
		"Vladimir Putin: The meeting lasted three hours",
	}, statements(g))
}

func TestAnonymousQuotesAreSkipped(t *testing.T) {
	g := run(t, `"We are not there yet," one official said. A diplomat called the plan "a first step".`, "")
	assert.Empty(t, statements(g))
}

func TestCrossDocumentResolution(t *testing.T) {
	x := newExtractor(t)
	docs := []graphmodel.Document{
		{ID: "a", Text: "President Vladimir Putin met Prime Minister Narendra Modi in Sochi."},
		{ID: "b", Text: "Putin later met Modi again in New Delhi. Putin said that trade had grown."},
	}
	g, err := x.Build(context.Background(), docs, nil)
	require.NoError(t, err)
	checkSpans(t, g)
	p := byLabel(g, graphmodel.KindActor, "Vladimir Putin")
	require.NotNil(t, p)
	assert.Equal(t, 2, p.DocCount(), "one node with mentions from both documents")
	var putinPersons int
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindActor && strings.Contains(n.Label, "Putin") {
			putinPersons++
		}
	}
	assert.Equal(t, 1, putinPersons)
}

func TestCrossDocumentSurnameFromGraph(t *testing.T) {
	x := newExtractor(t)
	g := graphmodel.New()
	require.NoError(t, x.Extract(g, graphmodel.Document{ID: "a", Text: "Deputy Foreign Minister Ilse Vandermeer met the envoy in Brussels."}))
	require.NoError(t, x.Extract(g, graphmodel.Document{ID: "b", Text: "Vandermeer said that the talks were useful."}))
	n := byLabel(g, graphmodel.KindActor, "Ilse Vandermeer")
	require.NotNil(t, n)
	assert.Equal(t, 2, n.DocCount(), "a surname in a later document finds the person of an earlier one")
	assert.Nil(t, byLabel(g, graphmodel.KindActor, "Vandermeer"))
}

func TestEdgeEvidenceCountsDocuments(t *testing.T) {
	x := newExtractor(t)
	g, err := x.Build(context.Background(), []graphmodel.Document{
		{ID: "a", Text: "Russian Foreign Minister Sergei Lavrov met the press."},
		{ID: "b", Text: "Russian Foreign Minister Sergei Lavrov met the envoy."},
		{ID: "a", Text: "Russia said that Russian Foreign Minister Sergei Lavrov would travel."},
	}, nil)
	require.NoError(t, err)
	ids := []string{}
	for _, d := range g.Documents() {
		ids = append(ids, d.ID)
	}
	assert.Equal(t, []string{"a", "a-2", "b"}, ids, "Build makes document ids unique")
	var aff *graphmodel.Edge
	for _, e := range g.Edges() {
		if e.Kind == graphmodel.EdgeAffiliation {
			aff = e
		}
	}
	require.NotNil(t, aff, "Lavrov is affiliated with the Russia actor")
	assert.Equal(t, 1, aff.DocCount())
}

func TestBuildHonoursCancel(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := newExtractor(t).Build(ctx, []graphmodel.Document{{ID: "a", Text: "x"}}, nil)
	assert.ErrorIs(t, err, context.Canceled)

	var calls []int
	_, err = newExtractor(t).Build(context.Background(), []graphmodel.Document{{ID: "a", Text: "One."}, {ID: "b", Text: "Two."}}, func(done, total int) {
		calls = append(calls, done*10+total)
	})
	require.NoError(t, err)
	assert.Equal(t, []int{12, 22}, calls)
}

func TestDuplicateDocumentIsAnError(t *testing.T) {
	x := newExtractor(t)
	g := graphmodel.New()
	require.NoError(t, x.Extract(g, graphmodel.Document{ID: "a", Text: "Hello."}))
	assert.Error(t, x.Extract(g, graphmodel.Document{ID: "a", Text: "Hello."}))
}

func TestQuoteContinuationAndColon(t *testing.T) {
	g := run(t, "Foreign Minister Lena Holm spoke to reporters in Oslo. “We agree,” Holm said. “The rest will follow.”\n\nLater, Holm added:\n\n“Nothing is settled yet.”", "")
	assert.Equal(t, []string{
		"Lena Holm: Nothing is settled yet.",
		"Lena Holm: The rest will follow.",
		"Lena Holm: We agree,",
	}, statements(g), "a quotation standing alone continues the last speaker; 'X added:' introduces the next paragraph")
}

// TestConcurrentUse extracts into separate graphs from several goroutines
// with one extractor (run with -race).
func TestConcurrentUse(t *testing.T) {
	x := newExtractor(t)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			g := graphmodel.New()
			errs <- x.Extract(g, graphmodel.Document{ID: "d", Text: "President Vladimir Putin met Prime Minister Narendra Modi in Sochi. “We agree,” Putin said."})
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		assert.NoError(t, err)
	}
}

// Earlier and later encounters of the same pair: "last met" is another
// meeting; "reconvene" and "travel … to meet" make planned ones; a place
// opening the sentence is not where a trip goes.
func TestEncountersAndTrips(t *testing.T) {
	g := run(t, "Prime Minister Aru Tane held talks with Prime Minister Mele Vaka in Suva on Tuesday. "+
		"The two leaders last met in Apia in March.", "")
	assert.ElementsMatch(t, []string{"held: Aru Tane, Mele Vaka", "held: Aru Tane, Mele Vaka"}, meetings(g), "last met: an earlier meeting")

	g = run(t, "Prime Minister Aru Tane held talks with Prime Minister Mele Vaka in Suva on Tuesday. "+
		"The two sides will reconvene in Apia on June 8.", "")
	assert.ElementsMatch(t, []string{"held: Aru Tane, Mele Vaka", "planned: Aru Tane, Mele Vaka"}, meetings(g))

	g = run(t, "Foreign Minister Jone Rika met Ambassador Li Ping on Monday.\n\n"+
		"In Canberra, Minister for Pacific Island Affairs Tom Hale said that he would travel to Suva later this month to meet Rika.", "")
	assert.ElementsMatch(t, []string{"held: Jone Rika, Li Ping", "planned: Jone Rika, Tom Hale"}, meetings(g))
	hale := byLabel(g, graphmodel.KindActor, "Tom Hale")
	require.NotNil(t, hale)
	assert.Equal(t, "minister for pacific island affairs", hale.Attr(graphmodel.AttrRole))
	var places []string
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting && n.Attr(graphmodel.AttrStatus) == graphmodel.StatusPlanned {
			for _, e := range g.EdgesOf(n.ID) {
				if e.Kind == graphmodel.EdgeVenue {
					v, _ := g.Node(e.Target)
					places = append(places, v.Label)
				}
			}
		}
	}
	assert.Equal(t, []string{"Suva"}, places, "the trip goes to Suva, not Canberra")
}

// A courtesy call on someone, a call during which two people agreed, and
// a delegation named by its leader.
func TestCallsAndDelegations(t *testing.T) {
	g := run(t, "The delegation, led by Dutch MEP Anna de Vries, who chairs the committee for relations with the western Balkans and the Adriatic states, "+
		"paid a courtesy call on President Marko Ilic at his office in Podgorica on Tuesday.", "")
	assert.Equal(t, []string{"held: Anna de Vries, Marko Ilic"}, meetings(g))

	g = run(t, "Prime Minister Aru Tane and Prime Minister Mele Vaka agreed on the postponement during a phone call on Tuesday.", "")
	assert.Equal(t, []string{"held: Aru Tane, Mele Vaka"}, meetings(g), "agreed on: not a plan")
	g = run(t, "Prime Minister Aru Tane and Prime Minister Mele Vaka agreed to hold talks in Suva.", "")
	assert.Equal(t, []string{"planned: Aru Tane, Mele Vaka"}, meetings(g), "agreed to: a plan")
}

// "The next round" is a later meeting of the sides already meeting; a
// compound of two countries names the sides of a commission.
func TestNextRounds(t *testing.T) {
	g := run(t, "Prime Minister Aru Tane met President Mele Vaka in Suva on Monday.\n\n"+
		"The next round will take place in Apia in mid-December.", "")
	assert.ElementsMatch(t, []string{"held: Aru Tane, Mele Vaka", "planned: Aru Tane, Mele Vaka"}, meetings(g))
	g = run(t, "Prime Minister Aru Tane met President Mele Vaka in Suva on Monday.\n\n"+
		"A spokesman said the next round could take place in Apia.", "")
	assert.ElementsMatch(t, []string{"held: Aru Tane, Mele Vaka", "hypothetical: Aru Tane, Mele Vaka"}, meetings(g))
	g = run(t, "They discussed a new round of sanctions.", "")
	assert.Empty(t, meetings(g), "a round of sanctions is no meeting")

	g = run(t, "Putin spoke with the Emir of Qatar, Tamim bin Hamad Al Thani, by phone on Monday. "+
		"They reviewed preparations for the next meeting of the Russian-Qatari intergovernmental commission.", "")
	assert.Contains(t, meetings(g), "planned: Qatar, Russia")
}

// A country's ministry speaks as itself; "…, and that …" reports a second
// clause; "that A and that B" stays one.
func TestMinistriesAndTwoClauses(t *testing.T) {
	g := run(t, "Chile's foreign ministry said later that President Aru Tane would travel to Suva next month.", "")
	assert.Equal(t, []string{"Chile's foreign ministry: President Aru Tane would travel to Suva next month"}, statements(g))

	g = run(t, "Chile's foreign ministry spokesman Jon Vik said the talks were useful.", "")
	assert.Equal(t, []string{"Jon Vik: the talks were useful"}, statements(g), "a spokesman of the ministry speaks")

	g = run(t, "Foreign Minister Jon Vik said in a statement that the kingdom would help, and that the talks would focus on aid.", "")
	assert.ElementsMatch(t, []string{"Jon Vik: the kingdom would help", "Jon Vik: the talks would focus on aid"}, statements(g))

	g = run(t, "Foreign Minister Jon Vik said that trade had doubled and that there was room for more.", "")
	assert.Equal(t, []string{"Jon Vik: trade had doubled and that there was room for more"}, statements(g))
}

// Conversations: "spoke to" a person, "discussed … with X by phone", "a
// meeting of A, B and C".
func TestConversations(t *testing.T) {
	g := run(t, "Foreign Minister Ana Lopes spoke to Prime Minister Aru Tane a day earlier. Lopes later spoke to reporters.", "")
	assert.Equal(t, []string{"held: Ana Lopes, Aru Tane"}, meetings(g))

	g = run(t, "Foreign Minister Ana Lopes discussed the talks with Prime Minister Aru Tane by phone on Monday.", "")
	assert.Equal(t, []string{"held: Ana Lopes, Aru Tane"}, meetings(g), "one call, not the talks as well")

	g = run(t, "Foreign Minister Ana Lopes met Prime Minister Aru Tane in Suva. "+
		"Diplomats floated a three-way meeting of Lopes, Tane and President Mele Vaka on the margins of the Forum.", "")
	assert.Contains(t, meetings(g), "hypothetical: Ana Lopes, Aru Tane, Mele Vaka")
}

// "Brig. Gen." does not end a sentence; the country after "City," is a
// place, not a party.
func TestRanksAndCityCountry(t *testing.T) {
	g := run(t, "Army spokesman Brig. Gen. Nabil Abdallah said the delegation had come to talk.", "")
	assert.Equal(t, []string{"Nabil Abdallah: the delegation had come to talk"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Brig")

	g = run(t, "The call covered preparations for the Forum leaders' meeting in Koror, Palau, in September.", "")
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Palau")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Palau")
	g = run(t, "Colombia and ELN rebels agree to meet again in Havana, Norway says.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Norway")
}

// Inverted and appositive reports: "…, he said" is the person spoken of
// before, not one named in the report; a title with an organisation
// before it; "Country's peace commissioner, Name, said"; "told reporters
// afterwards that".
func TestInvertedAndAppositiveReports(t *testing.T) {
	g := run(t, "Foreign Ministry spokesman Jon Vik spoke on Monday. A direct meeting between Tane and Vaka was not on the agenda for now, he said.", "")
	assert.Equal(t, []string{"Jon Vik: A direct meeting between Tane and Vaka was not on the agenda for now"}, statements(g))

	g = run(t, "Pacific leaders met on Monday. A meeting of foreign ministers has been cancelled, Forum Secretary General Aru Tane said.", "")
	assert.Equal(t, []string{"Aru Tane: A meeting of foreign ministers has been cancelled"}, statements(g))

	g = run(t, "Colombia’s peace commissioner, Ana Lopes, said the government would insist on an end to kidnappings. "+
		"According to Lopes, the rebels accepted that demand.", "")
	assert.ElementsMatch(t, []string{
		"Ana Lopes: the government would insist on an end to kidnappings",
		"Ana Lopes: the rebels accepted that demand",
	}, statements(g))

	g = run(t, "President Aru Tane met President Mele Vaka. Tane told reporters afterwards that the meeting had been short but useful.", "")
	assert.Equal(t, []string{"Aru Tane: the meeting had been short but useful"}, statements(g))
}

// "told his guest that": the guest is the audience, the clause is said.
func TestToldTheGuest(t *testing.T) {
	g := run(t, "President Aru Tane received Ana Lopes at the palace. Tane told his guest that Norland was ready to reopen negotiations.", "")
	assert.Equal(t, []string{"Aru Tane: Norland was ready to reopen negotiations"}, statements(g))
}

// A double surname is the person named in full before; a ministry is found
// under both its possessive and its demonym form; "said a meeting … could"
// reports a clause without "that".
func TestSurnamesMinistriesClauses(t *testing.T) {
	g := run(t, "Paraguayan Foreign Minister Rubén Ramírez Lezcano met Quirno. \"The waterway is the spine of our economies,\" Ramírez Lezcano said.", "")
	assert.Equal(t, []string{"Rubén Ramírez Lezcano: The waterway is the spine of our economies,"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Ramírez Lezcano")

	g = run(t, "Argentina's foreign ministry said a meeting between President Javier Milei and Peña could take place in July. Milei said a few words.", "")
	assert.Equal(t, []string{"Argentina's foreign ministry: a meeting between President Javier Milei and Peña could take place in July"}, statements(g))
	assert.Contains(t, byLabel(g, graphmodel.KindActor, "Argentina's foreign ministry").Aliases, "Argentine foreign ministry")
}

// "the group said" is the organisation named last; "…, which said" is the
// organisation before it.
func TestOrganisationAnaphora(t *testing.T) {
	g := run(t, "The M23 rebel group seized the town. In a statement posted late on Tuesday, the group said it would not be bound by any arrangement.", "")
	assert.Equal(t, []string{"March 23 Movement: it would not be bound by any arrangement"}, statements(g))
	g = run(t, "The talks went on. The group said nothing.", "")
	assert.Empty(t, statements(g), "no organisation named before")

	g = run(t, "The two leaders spent two hours together, according to the Élysée, which said they had agreed to set up a joint commission.", "")
	assert.Contains(t, statements(g), "Élysée: they had agreed to set up a joint commission")
}

// A meeting held "separately" keeps its own people: who receives them
// later holds another meeting.
func TestSeparateMeetingStaysApart(t *testing.T) {
	g := run(t, "Foreign Minister Cho Min hosted Li Wen and Ken Sato at the Lotte Hotel in Seoul on Wednesday. "+
		"Li and Sato also met separately for 40 minutes on Tuesday night. "+
		"Later they went on to President Park Jun, who received Li and Sato at his residence.", "")
	assert.ElementsMatch(t, []string{"held: Cho Min, Ken Sato, Li Wen", "held: Ken Sato, Li Wen", "held: Ken Sato, Li Wen, Park Jun"}, meetings(g))
}

// A summit's chair and the leaders it "brought together"; a meeting "on
// the sidelines" is one of its own.
func TestSummitGatherings(t *testing.T) {
	g := run(t, "The summit, chaired by Namibian President Anna Nuuyoma at State House, brought together heads of state including "+
		"South Africa's Cyril Ramaphosa, Mozambique's Daniel Chapo and Zimbabwe's Emmerson Mnangagwa. "+
		"On the sidelines, Ramaphosa also met Chapo.", "")
	assert.ElementsMatch(t, []string{
		"held: Anna Nuuyoma, Cyril Ramaphosa, Daniel Chapo, Emmerson Mnangagwa",
		"held: Cyril Ramaphosa, Daniel Chapo",
	}, meetings(g))

	g = run(t, "Negotiators ended three days of exploratory talks in Colombia with the rebels on Thursday. "+
		"The session, chaired by Foreign Minister Jon Vik, was closed to the press.", "")
	assert.NotContains(t, meetings(g), "held: Jon Vik", "the chair alone makes no meeting of its own")
}

// "South Africa's Cyril Ramaphosa": the country says whose he is; it is
// no actor unless it acts elsewhere, and lists and hosts read through it.
func TestPossessiveCountryBeforePerson(t *testing.T) {
	g := run(t, "The summit brought together Botswana's Duma Boko and Zimbabwe's Emmerson Mnangagwa.", "")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Botswana")
	assert.Equal(t, []string{"held: Duma Boko, Emmerson Mnangagwa"}, meetings(g))

	g = run(t, "Foreign Minister Cho Min hosted China's Li Wen and Japan's Ken Sato in Seoul. Japan said the talks were useful.", "")
	assert.Equal(t, []string{"held: Cho Min, Ken Sato, Li Wen"}, meetings(g))
	assert.Contains(t, labels(g, graphmodel.KindActor), "Japan", "Japan speaks")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "China")
}

// "AFC/M23" is one alliance, not two organisations.
func TestSlashAlliance(t *testing.T) {
	g := run(t, "Delegations from the Congolese government and the AFC/M23 rebel alliance met in Doha. AFC/M23 said the talks were useful.", "")
	assert.Equal(t, []string{"AFC/M23: the talks were useful"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "March 23 Movement")
}

// A country visited is both the host of the visit and its place.
func TestVisitedCountryIsThePlace(t *testing.T) {
	g := run(t, "Prime Minister Aru Tane said he hoped to visit Japan again next year.", "")
	assert.Equal(t, []string{"hypothetical: Aru Tane, Japan"}, meetings(g))
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Japan")
}

// "Delegations of X and the paramilitary Y began talks": both parties
// take part, even when both are organisations.
func TestPartiesBeginTalks(t *testing.T) {
	g := run(t, "Delegations of the Sudanese Armed Forces and the paramilitary Rapid Support Forces began indirect talks in Jeddah on Monday.", "")
	assert.Equal(t, []string{"held: Rapid Support Forces, Sudanese Armed Forces"}, meetings(g))
	g = run(t, "Leaders gathered for the BRICS summit in Kazan.", "")
	for _, m := range meetings(g) {
		assert.NotContains(t, m, "BRICS", "the body that convenes a summit is no party named")
	}
}

// "for a follow-up with X" is a meeting; "follow-up steps" are not.
func TestFollowUp(t *testing.T) {
	g := run(t, "President Aru Tane met President Mele Vaka. Vaka would travel to Suva next month for a follow-up with Tane on fisheries.", "")
	assert.ElementsMatch(t, []string{"held: Aru Tane, Mele Vaka", "planned: Aru Tane, Mele Vaka"}, meetings(g))
	g = run(t, "The ministers agreed on follow-up steps.", "")
	assert.Empty(t, meetings(g))
}

// "He said Tehran would not accept "…"": he speaks the quotation; "…, he
// said, although …" is still an inverted report.
func TestQuotationInReportedClause(t *testing.T) {
	g := run(t, "Foreign Minister Jon Vik led the delegation. He said Norland would not accept \"any proposal that denies our rights\", officials noted.", "")
	assert.Contains(t, statements(g), "Jon Vik: any proposal that denies our rights")

	g = run(t, "Spokesman Jon Vik spoke on Monday. A direct meeting between Tane and Vaka was not on the agenda for now, he said, although he did not rule one out.", "")
	assert.Equal(t, []string{"Jon Vik: A direct meeting between Tane and Vaka was not on the agenda for now"}, statements(g))
}

// "the AFC/M23 rebel alliance met": the organisation before its noun is
// the subject; meetings "with each delegation" are one per party.
func TestEachDelegation(t *testing.T) {
	g := run(t, "Delegations from the Democratic Republic of Congo and the AFC/M23 rebel alliance met face to face in Doha on Wednesday. "+
		"Before the joint session, Minister of State Ali Nasser met each delegation separately on Tuesday.", "")
	assert.ElementsMatch(t, []string{
		"held: AFC/M23, Democratic Republic of the Congo",
		"held: AFC/M23, Ali Nasser",
		"held: Ali Nasser, Democratic Republic of the Congo",
	}, meetings(g))
}

// More ways wire copy says two people met or spoke.
func TestMeetingVerbs(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Aru Tane welcomed President Mele Vaka to State House on Monday.":        {"held: Aru Tane, Mele Vaka"},
		"President Aru Tane sat down with President Mele Vaka on Monday.":                  {"held: Aru Tane, Mele Vaka"},
		"President Aru Tane telephoned President Mele Vaka on Monday.":                     {"held: Aru Tane, Mele Vaka"},
		"President Aru Tane called President Mele Vaka on Monday.":                         {"held: Aru Tane, Mele Vaka"},
		"President Aru Tane conferred with President Mele Vaka on Monday.":                 {"held: Aru Tane, Mele Vaka"},
		"President Aru Tane received a phone call from President Mele Vaka on Monday.":     {"held: Aru Tane, Mele Vaka"},
		"In a meeting with President Mele Vaka, President Aru Tane said trade would grow.": {"held: Aru Tane, Mele Vaka"},
		"President Aru Tane is meeting President Mele Vaka in Suva today.":                 {"held: Aru Tane, Mele Vaka"},
	})
	for _, text := range []string{
		"President Aru Tane welcomed Norland's role in the talks.",
		"President Aru Tane welcomed the decision.",
		"President Aru Tane called for calm.",
	} {
		assert.Empty(t, meetings(run(t, text, "")), text)
	}
}

// More ways wire copy reports speech.
func TestReportingPhrasings(t *testing.T) {
	const lead = "President Aru Tane met Prime Minister Mele Vaka on Monday. "
	for text, want := range map[string]string{
		"Tane told reporters the talks had been productive.":                                                                                  "Aru Tane: the talks had been productive",
		"Vaka later wrote on X that the meeting had been productive.":                                                                         "Mele Vaka: the meeting had been productive",
		"Tane told the Daily Star newspaper that the talks were useful.":                                                                      "Aru Tane: the talks were useful",
		"Tane later said the talks were useful.":                                                                                              "Aru Tane: the talks were useful",
		"Tane told Reuters the next round would cover customs.":                                                                               "Aru Tane: the next round would cover customs",
		"Tane told state television that the border was open.":                                                                                "Aru Tane: the border was open",
		"Tane told Beninese state television that the border was open.":                                                                       "Aru Tane: the border was open",
		"According to his office, Vaka said the talks were useful.":                                                                           "Mele Vaka: the talks were useful",
		"Tane called on Japan to help deny such vessels port services.":                                                                       "Aru Tane: Japan to help deny such vessels port services",
		"Tane called on all parties to show restraint.":                                                                                       "Aru Tane: all parties to show restraint",
		"Tane assessed that relations had gained momentum.":                                                                                   "Aru Tane: relations had gained momentum",
		"Tane on Wednesday said the talks were useful.":                                                                                       "Aru Tane: the talks were useful",
		"Tane, on Thursday, accused the West of meddling in the region.":                                                                      "Aru Tane: the West of meddling in the region",
		"Tane accused the West of \"pushing its own agenda in the region\".":                                                                  "Aru Tane: pushing its own agenda in the region",
		"Tane said Japanese companies would be treated no differently.":                                                                       "Aru Tane: Japanese companies would be treated no differently",
		"Tane said Chile's position on sovereignty was unchanged.":                                                                            "Aru Tane: Chile's position on sovereignty was unchanged",
		"According to a statement from the Office of the Prime Minister, Vaka thanked the senators, and stressed that the talks were useful.": "Mele Vaka: the talks were useful",
		"Tane said in June that the next round would cover customs.":                                                                          "Aru Tane: the next round would cover customs",
		"Tane said at the time it had not been consulted.":                                                                                    "Aru Tane: it had not been consulted",
		"The next round would cover customs, he added, pointing to the last one.":                                                             "Aru Tane: The next round would cover customs",
	} {
		assert.Equal(t, []string{want}, statements(run(t, lead+text, "")), text)
	}
	for text, want := range map[string]string{
		"Malawi's commerce ministry said the rules were fair.":      "Malawi's commerce ministry: the rules were fair",
		"The Malawian transport ministry said the rules were fair.": "Malawian transport ministry: the rules were fair",
	} {
		assert.Equal(t, []string{want}, statements(run(t, text, "")), text)
	}
	g := run(t, "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on Monday. The Kenyan leader said the talks were useful.", "")
	assert.Equal(t, []string{"William Ruto: the talks were useful"}, statements(g), "the Kenyan leader is the Kenyan president")
}

// Plans, hopes and refusals: the status of a meeting from the words
// around it, and who invites whom.
func TestMeetingStatusPhrasings(t *testing.T) {
	const lead = "President Aru Tane met President Mele Vaka in Suva on Monday. "
	for text, want := range map[string]string{
		"Tane did not rule out meeting President Jon Vik.":                "hypothetical: Aru Tane, Jon Vik",
		"Vaka said she was ready to meet President Jon Vik.":              "hypothetical: Jon Vik, Mele Vaka",
		"Tane would be willing to meet President Jon Vik.":                "hypothetical: Aru Tane, Jon Vik",
		"Tane may meet President Jon Vik in May.":                         "hypothetical: Aru Tane, Jon Vik",
		"Tane will meet President Jon Vik in May.":                        "planned: Aru Tane, Jon Vik",
		"Talks between Tane and President Jon Vik are set for next week.": "planned: Aru Tane, Jon Vik",
		"Tane invited President Jon Vik to visit Apia.":                   "planned: Aru Tane, Jon Vik",
		"Tane cancelled a planned visit by President Jon Vik.":            "hypothetical: Jon Vik",
	} {
		got := meetings(run(t, lead+text, ""))
		assert.Contains(t, got, want, text)
		assert.Contains(t, got, "held: Aru Tane, Mele Vaka", text)
	}
}

// "The ministry said" is the ministry named last, not any organisation.
func TestMinistryAnaphor(t *testing.T) {
	g := run(t, "President Aru Tane met President Mele Vaka. The Kenyan foreign ministry issued a statement after NATO spoke. The ministry said the talks were useful.", "")
	assert.Contains(t, statements(g), "Kenyan foreign ministry: the talks were useful")
	g = run(t, "President Aru Tane met President Mele Vaka after NATO spoke. The ministry said the talks were useful.", "")
	assert.Empty(t, statements(g), "no ministry named before")
}

// "She" is the woman named before, "he" the man, when given names tell.
func TestPronounGender(t *testing.T) {
	const lead = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Arusha on Monday. "
	assert.Equal(t, []string{"Samia Suluhu Hassan: We will reopen the border,"}, statements(run(t, lead+"\"We will reopen the border,\" she added.", "")))
	assert.Equal(t, []string{"Samia Suluhu Hassan: the border would reopen"}, statements(run(t, lead+"She also said that the border would reopen.", "")))
	assert.Equal(t, []string{"William Ruto: the border would reopen"}, statements(run(t, lead+"He also said that the border would reopen.", "")))
}

// Institutes and universities: named in full ("for Policy Studies", "of
// the West Indies"), actors where a person works for them, places where
// something happens; a building named after a person is no person.
func TestInstitutesAndNamedBuildings(t *testing.T) {
	g := run(t, "\"It is real,\" said Nadège Dupont, a political scientist at the University of the West Indies. "+
		"\"We try,\" said Choi Eun-ji, a research fellow at the Asan Institute for Policy Studies in Seoul. "+
		"The talks were held at the Lloyd Erskine Sandiford Centre.", "")
	actors := labels(g, graphmodel.KindActor)
	assert.Contains(t, actors, "University of the West Indies")
	assert.Contains(t, actors, "Asan Institute for Policy Studies")
	assert.Contains(t, actors, "Nadège Dupont")
	assert.NotContains(t, actors, "Lloyd Erskine Sandiford Centre")
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Lloyd Erskine Sandiford Centre")
}

// "According to a joint statement" is the people who met, together; an
// apposition after "the German government spokesman" is his name.
func TestJointStatementAndApposition(t *testing.T) {
	g := run(t, "Foreign Minister Ana Lopes met Foreign Minister Jon Vik in Tbilisi. The ministers agreed to meet again next month, according to a joint statement.", "")
	assert.ElementsMatch(t, []string{
		"Ana Lopes: The ministers agreed to meet again next month",
		"Jon Vik: The ministers agreed to meet again next month",
	}, statements(g))

	g = run(t, "The German government spokesman, Stefan Kornelius, said Berlin was prepared to set up a fund.", "")
	assert.Equal(t, []string{"Stefan Kornelius: Berlin was prepared to set up a fund"}, statements(g))
}

// Briefings by phone, a participle "meeting", meals with partners,
// separate calls with several people, a rank before an apposed name.
func TestMoreMeetingForms(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Foreign Minister Cho Min had briefed Secretary of State Ana Lopes by phone on Wednesday.":                       {"held: Ana Lopes, Cho Min"},
		"The summit ended with General Aru Tane meeting Deputy Minister Jon Vik on the margins.":                         {"held: Aru Tane, Jon Vik"},
		"President Aru Tane had breakfast with Prime Minister Jon Vik and his counterpart, Mele Vaka.":                   {"held: Aru Tane, Jon Vik, Mele Vaka"},
		"President Aru Tane held separate phone calls with President Jon Vik and Prime Minister Mele Vaka on Wednesday.": {"held: Aru Tane, Jon Vik", "held: Aru Tane, Mele Vaka"},
	})
	assert.Empty(t, meetings(run(t, "Minister Jon Vik had lunch.", "")))
	g := run(t, "Norland's leader, Captain Aru Tane, said the Sahel would be defended.", "")
	assert.Equal(t, []string{"Aru Tane: the Sahel would be defended"}, statements(g))
}

// "A meeting between A and B" names all its people: it is not the
// meeting of A with others; "had been "postponed"" is a plan.
func TestMeetingBetweenIsItsOwn(t *testing.T) {
	g := run(t, "Prime Minister Aru Tane met Chancellor Jon Vik in Berlin on Monday. "+
		"A spokesman said a meeting between President Mele Vaka and Vik pencilled in for July had been \"postponed\".", "")
	assert.ElementsMatch(t, []string{"held: Aru Tane, Jon Vik", "planned: Jon Vik, Mele Vaka"}, meetings(g))
}

// Participles, meals, "joined X for talks", co-chairs, "met separately
// with".
func TestMeetingFormsAgain(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Aru Tane, meeting President Jon Vik in Apia, said trade would grow.": {"held: Aru Tane, Jon Vik"},
		"President Jon Vik hosted a dinner for President Aru Tane.":                     {"held: Aru Tane, Jon Vik"},
		"President Aru Tane joined President Jon Vik for talks.":                        {"held: Aru Tane, Jon Vik"},
		"President Aru Tane and President Jon Vik co-chaired the meeting.":              {"held: Aru Tane, Jon Vik"},
		"President Aru Tane met separately with President Jon Vik.":                     {"held: Aru Tane, Jon Vik"},
	})
}

// A meeting "again", "another round", or one in a year before the
// article's is not the meeting of the day.
func TestOtherRounds(t *testing.T) {
	g := run(t, "JEDDAH, June 2, 2026\n\nPresident Aru Tane met President Jon Vik in Jeddah on Monday. In May 2023, Tane met Vik in Jeddah and signed a declaration.", "")
	assert.Equal(t, []string{"held: Aru Tane, Jon Vik", "held: Aru Tane, Jon Vik"}, meetings(g), "the 2023 meeting is another")
	g = run(t, "JEDDAH, June 2, 2026\n\nPresident Aru Tane met President Jon Vik in Jeddah on Monday. In May 2023, Tane met Vik in Jeddah. "+
		"That meeting in 2023 ended in a declaration.", "")
	assert.Equal(t, []string{"held: Aru Tane, Jon Vik", "held: Aru Tane, Jon Vik"}, meetings(g), "both mentions of 2023 are one meeting")
	g = run(t, "JEDDAH, June 2, 2026\n\nPresident Aru Tane met President Jon Vik in Jeddah on Monday, on the anniversary of the treaty (1994–2024).", "")
	assert.Equal(t, []string{"held: Aru Tane, Jon Vik"}, meetings(g))
	g = run(t, "President Aru Tane met President Jon Vik in Suva on Monday. The two presidents met again on Wednesday.", "")
	assert.Equal(t, []string{"held: Aru Tane, Jon Vik", "held: Aru Tane, Jon Vik"}, meetings(g))
}

// Meetings of another period ("last month", "in January") are other
// meetings; "the meeting" after one of them is that one.
func TestMeetingPeriods(t *testing.T) {
	for _, text := range []string{
		"President Aru Tane met President Jon Vik in Suva on Monday. Tane and Vik also met last month.",
		"President Aru Tane met President Jon Vik in Suva on Monday. Tane and Vik met in January to discuss fisheries.",
	} {
		assert.Equal(t, []string{"held: Aru Tane, Jon Vik", "held: Aru Tane, Jon Vik"}, meetings(run(t, text, "2026-04-09")), text)
	}
	g := run(t, "President Aru Tane met President Jon Vik in Suva last month. The meeting was useful, Tane said.", "2026-04-09")
	assert.Equal(t, []string{"held: Aru Tane, Jon Vik"}, meetings(g))
}

// "His spokesman, X, said" is X's statement; "a State Department
// spokesperson said" is not a spokesperson named before but the State
// Department's word (see TestUnnamedSpokespersonOfABody).
func TestSpokespeople(t *testing.T) {
	g := run(t, "President Aru Tane did not attend. His spokesman, Jon Vik, said a meeting had been postponed.", "")
	assert.Equal(t, []string{"Jon Vik: a meeting had been postponed"}, statements(g))
	g = run(t, "Chinese Foreign Ministry spokesperson Mao Ning spoke on Monday. A State Department spokesperson said the talks were useful.", "")
	assert.Equal(t, []string{"State Department: the talks were useful"}, statements(g))
}

// "a joint statement issued by the two ministers": those two, not the
// prime minister met later.
func TestJointStatementIssuedBy(t *testing.T) {
	g := run(t, "Foreign Minister Cho Min met Foreign Minister Ken Sato in Seoul. President Lee Jae-myung later met Prime Minister Sanae Takaichi. "+
		"The launches posed a \"grave\" threat to both countries, according to a joint statement issued by the two ministers.", "")
	assert.ElementsMatch(t, []string{
		"Cho Min: The launches posed a \"grave\" threat to both countries",
		"Ken Sato: The launches posed a \"grave\" threat to both countries",
	}, statements(g))
}

// "the Kazakh capital" is Astana.
func TestDemonymCapital(t *testing.T) {
	g := run(t, "President Aru Tane met President Jon Vik in the Kazakh capital on Monday.", "")
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Astana")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Kazakhstan")
}

// Several meetings in one sentence: "met X on Monday and Y on Tuesday",
// "held talks with X before meeting Y", "After meeting X, Y flew to Z for
// talks with W", "a day after talks with Y"; a comma alone does not make
// a list of subjects.
func TestSeveralMeetingsInASentence(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Aru Tane met President Jon Vik on Monday and Prime Minister Mele Vaka on Tuesday.":                {"held: Aru Tane, Jon Vik", "held: Aru Tane, Mele Vaka"},
		"President Aru Tane met President Jon Vik in Suva and later Prime Minister Mele Vaka in Apia.":               {"held: Aru Tane, Jon Vik", "held: Aru Tane, Mele Vaka"},
		"President Aru Tane held talks with President Jon Vik before meeting Prime Minister Mele Vaka.":              {"held: Aru Tane, Jon Vik", "held: Aru Tane, Mele Vaka"},
		"After meeting President Jon Vik, President Aru Tane flew to Apia for talks with Prime Minister Mele Vaka.":  {"held: Aru Tane, Jon Vik", "held: Aru Tane, Mele Vaka"},
		"President Aru Tane will meet President Jon Vik on Friday, a day after talks with Prime Minister Mele Vaka.": {"planned: Aru Tane, Jon Vik", "planned: Aru Tane, Mele Vaka"},
		"President Aru Tane met President Jon Vik and Prime Minister Mele Vaka on Tuesday.":                          {"held: Aru Tane, Jon Vik, Mele Vaka"},
	})
}

// Signings that bring people together, "was to meet", "next week".
func TestSigningsAndPlans(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Aru Tane said he would be ready to sign the treaty with President Jon Vik in Washington.": {"hypothetical: Aru Tane, Jon Vik"},
		"President Aru Tane and President Jon Vik signed a border agreement in Suva on Monday.":              {"held: Aru Tane, Jon Vik"},
		"President Aru Tane signed the decree on Monday.":                                                    nil,
		"President Aru Tane was to meet President Jon Vik on Friday.":                                        {"planned: Aru Tane, Jon Vik"},
	})
}

// Who was met, named other ways: "his Chinese counterpart" (unnamed),
// "the Chinese foreign minister", "the visiting Wang", "a delegation led
// by Wang".
func TestWhoWasMet(t *testing.T) {
	const lead = "Chinese Foreign Minister Wang Yi arrived in Tokyo on Sunday. "
	for _, text := range []string{
		"Japanese Foreign Minister Takeshi Iwaya met his Chinese counterpart on Monday.",
		"Japanese Foreign Minister Takeshi Iwaya met the Chinese foreign minister on Monday.",
		"Japanese Foreign Minister Takeshi Iwaya hosted the visiting Wang.",
		"Japanese Foreign Minister Takeshi Iwaya met a delegation led by Wang.",
	} {
		assert.Equal(t, []string{"held: Takeshi Iwaya, Wang Yi"}, meetings(run(t, lead+text, "")), text)
	}
	assert.Empty(t, meetings(run(t, lead+"Iwaya hosted the dinner.", "")))
}

// Countries as the parties of talks: "Armenia and Azerbaijan will resume
// negotiations", "the two countries will hold talks".
func TestCountriesMeet(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Armenia and Azerbaijan will resume negotiations next month in Abu Dhabi.": {"planned: Armenia, Azerbaijan"},
		"Armenia and Azerbaijan held talks in Tbilisi on Monday. The two countries will hold talks in Geneva next week.": {
			"held: Armenia, Azerbaijan", "planned: Armenia, Azerbaijan"},
	})
}

// "Foreign Ministry spokesperson Mao Ning": a ministry of whichever
// government is no organisation node (it would join every country's
// foreign ministry into one).
func TestGenericBodies(t *testing.T) {
	g := run(t, "In Beijing, Foreign Ministry spokesperson Mao Ning said China valued the talks.", "")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Foreign Ministry")
	assert.Equal(t, []string{"Mao Ning: China valued the talks"}, statements(g))
}

// A news agency's byline after the dateline is no actor of the story.
func TestAgencyByline(t *testing.T) {
	g := run(t, "MUSCAT, Nov 8, 2026 (Reuters) - Iran and the United States held talks in Muscat on Sunday. Reuters reported that the talks went on.", "")
	actors := labels(g, graphmodel.KindActor)
	assert.Contains(t, actors, "Reuters", "cited as a source in the text, it acts")
	for _, n := range g.Nodes() {
		if n.Label == "Reuters" {
			assert.Len(t, n.Mentions, 1, "the byline is not one of its mentions")
		}
	}
}

// Meals, visitors and paired demonyms: "discussed Ukraine over dinner"
// is a meeting of those who dined (Ukraine is what they discussed);
// "received visiting X" names the guest; "Thai and Cambodian officials"
// are two parties.
func TestMeetingsOverDinnerAndVisitors(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Chancellor Friedrich Merz and President Emmanuel Macron discussed Ukraine over dinner on Wednesday.":        {"held: Emmanuel Macron, Friedrich Merz"},
		"Chinese President Xi Jinping received visiting Brazilian President Luiz Inácio Lula da Silva in Beijing.":   {"held: Luiz Inácio Lula da Silva, Xi Jinping"},
		"Thai and Cambodian officials will hold border talks in Kuala Lumpur later this month.":                      {"planned: Cambodia, Thailand"},
		"Kenya's President William Ruto hosted the talks in Nairobi, attended by Ugandan President Yoweri Museveni.": {"held: William Ruto, Yoweri Museveni"},
		"President William Ruto said he discussed the matter over lunch.":                                            nil,
	})
}

// "met A and B separately" is a meeting with each; "is due to call on X"
// a planned courtesy call; leaders "expected to sign" meet to sign; a
// round "ended" was held (a tour ended "with talks" is no meeting of its
// own).
func TestMeetingsSeparatelyCallOnSigning(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"EU envoy Peter Sørensen met Serbia’s chief negotiator Petar Petković and Kosovo’s Deputy Prime Minister Besnik Bislimi separately in the morning.": {
			"held: Besnik Bislimi, Peter Sørensen", "held: Petar Petković, Peter Sørensen"},
		"Foreign Minister Wang Yi is due to call on President Lee Jae-myung at the presidential office on Friday.": {"planned: Lee Jae-myung, Wang Yi"},
		"Kyrgyz President Sadyr Japarov, Uzbek President Shavkat Mirziyoyev and Tajik President Emomali Rahmon are expected to sign the founding documents in Tashkent in June.": {
			"planned: Emomali Rahmon, Sadyr Japarov, Shavkat Mirziyoyev"},
		"Foreign Minister Pablo Quirno ended a second round of negotiations with his Paraguayan counterpart Rubén Ramírez Lezcano in Asunción on Wednesday.": {
			"held: Pablo Quirno, Rubén Ramírez Lezcano"},
	})
}

// A rank after the second of two coordinated titles belongs to the
// titles, not the name.
func TestCoordinatedTitlesWithRank(t *testing.T) {
	g := run(t, "Deputy Prime Minister and Foreign Minister Senator Ishaq Dar said the border must stay open.", "")
	assert.Equal(t, []string{"Ishaq Dar"}, labels(g, graphmodel.KindActor))
	assert.Equal(t, []string{"Ishaq Dar: the border must stay open"}, statements(g))
}

// "talks with visiting X" name X; talks with a person of neither country
// of the talks spoken of before are other talks.
func TestTalksWithVisitingNewSide(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Foreign Minister Gedion Timothewos held talks on Tuesday with visiting Kenyan Foreign Minister Musalia Mudavadi.": {"held: Gedion Timothewos, Musalia Mudavadi"},
		"Ethiopia and Eritrea held talks in Addis Ababa on Monday. Ethiopian Foreign Minister Gedion Timothewos also held talks with Kenyan Foreign Minister Musalia Mudavadi.": {
			"held: Eritrea, Ethiopia", "held: Gedion Timothewos, Musalia Mudavadi"},
		"Ethiopia and Eritrea held talks in Addis Ababa on Monday. Ethiopian Foreign Minister Gedion Timothewos held talks with Eritrean Foreign Minister Osman Saleh.": {
			"held: Eritrea, Ethiopia, Gedion Timothewos, Osman Saleh"},
	})
}

// An opening "Speaking with X," is talks of X and the clause's subject;
// a list opened by "Kyrgyzstan's Japarov" is a list of people.
func TestSpeakingWithAndPossessiveLists(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Speaking with Chinese Foreign Minister Wang Yi, Foreign Minister Ishaq Dar reaffirmed Pakistan's commitment.": {"held: Ishaq Dar, Wang Yi"},
		"Speaking with reporters, Foreign Minister Ishaq Dar reaffirmed Pakistan's commitment.":                        nil,
		"Kyrgyzstan's Sadyr Japarov and Uzbek President Shavkat Mirziyoyev are expected to sign the documents in Tashkent in June.": {
			"planned: Sadyr Japarov, Shavkat Mirziyoyev"},
	})
}

// "Serbian and Kosovo negotiators held their first round of EU-facilitated
// talks": "their" is both parties, and neither the possessive nor the
// facilitator written into the modifier hides the verb.
func TestTheirTalksAndCompoundModifiers(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Serbian and Kosovo negotiators held their first round of talks in Brussels.":                {"held: Kosovo, Serbia"},
		"Serbian and Kosovo negotiators held their first round of EU-facilitated talks in Brussels.": {"held: European Union, Kosovo, Serbia"},
	})
}

// Places no lexicon lists: after "near" and as the second of two places
// ("near Bure and Zalambessa"), and names ending in a word for a natural
// place ("the Yarmouk River", a region).
func TestUnlistedPlaces(t *testing.T) {
	g := run(t, "Ethiopia kept troops near Bure and Zalambessa, the minister said. Jordan and Syria agreed to share the waters of the Yarmouk River.", "")
	venues := labels(g, graphmodel.KindVenue)
	for _, want := range []string{"Bure", "Zalambessa", "Yarmouk River"} {
		assert.Contains(t, venues, want)
	}
	for _, n := range g.Nodes() {
		if n.Label == "Yarmouk River" {
			assert.Equal(t, graphmodel.TypeRegion, n.Type)
		}
	}
}

// An honorific after a title is no part of the name: "independent
// moderator Sir Jerry Mateparae" is Jerry Mateparae.
func TestHonorificAfterTitle(t *testing.T) {
	g := run(t, "Independent moderator Sir Jerry Mateparae said both sides had moved.", "")
	assert.Equal(t, []string{"Jerry Mateparae: both sides had moved"}, statements(g))
}

// Reported clauses past a phrase of time or a pronoun object: "told
// reporters after the talks that", "said on Wednesday it would", "told
// them the work should".
func TestReportedClausePhrasings(t *testing.T) {
	for text, want := range map[string]string{
		"Foreign Minister Cho Hyun told reporters after the talks that they had discussed a summit.": "Cho Hyun: they had discussed a summit",
		"Foreign Minister Osman Saleh said on Wednesday it would not take part in the talks.":        "Osman Saleh: it would not take part in the talks",
		"President Sadyr Japarov told them the work should be finished before the summit.":           "Sadyr Japarov: the work should be finished before the summit",
	} {
		assert.Equal(t, []string{want}, statements(run(t, text, "")), text)
	}
}

// A place in a participle clause after the meeting is what the talks were
// about, not a second place of the talks (which would split them).
func TestVenueAfterParticipleClause(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Serbian and Kosovo negotiators held talks in Brussels on Thursday, focusing on energy supply to towns in northern Kosovo.": {"held: Kosovo, Serbia"},
	})
}

// A full Arabic name keeps all its words: particles do not count towards
// the five words of a name.
func TestLongArabicName(t *testing.T) {
	g := run(t, "Emirati minister Khalifa bin Shakhbout bin Hamdan Al Nahyan said that the talks went well.", "")
	assert.Equal(t, []string{"Khalifa bin Shakhbout bin Hamdan Al Nahyan: the talks went well"}, statements(g))
}

// ", agreeing to hold a formal round in Havana": a planned round of the
// sides that open the sentence ("Colombian negotiators and the ELN").
func TestAgreeingToHoldARound(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Colombian negotiators and the ELN ended talks in Caracas on Friday, agreeing to hold a formal round in Havana later this month.": {
			"held: Colombia, National Liberation Army", "planned: Colombia, National Liberation Army"},
		"Iran and the United States will hold a third round in Muscat next week.": {"planned: Iran, United States"},
	})
}

// A surname written after a particle and a hyphen speaks after a quote:
// "“…,” al-Shaibani said".
func TestQuoteThenParticleSurname(t *testing.T) {
	g := run(t, "Syrian Foreign Minister Asaad al-Shaibani met Ayman Safadi in Amman. “We are dismantling it,” al-Shaibani said.", "")
	assert.Equal(t, []string{"Asaad al-Shaibani: We are dismantling it,"}, statements(g))
}

// "Member of the Political Bureau of the CPC Central Committee and Foreign
// Minister Wang Yi": the organisation ends before the second title.
func TestOrganisationBeforeSecondTitle(t *testing.T) {
	g := run(t, "Member of the Political Bureau of the CPC Central Committee and Foreign Minister Wang Yi held talks with Maldivian Foreign Minister Abdulla Khaleel in Beijing.", "")
	actors := labels(g, graphmodel.KindActor)
	assert.Contains(t, actors, "Wang Yi")
	assert.Contains(t, actors, "Political Bureau of the CPC Central Committee")
	assert.Equal(t, []string{"held: Abdulla Khaleel, Wang Yi"}, meetings(g))
}

// Speakers written in ways the lexicon or the quote rules did not expect:
// a listed person's paternal surname alone ("Rodríguez" for Bruno
// Rodríguez Parrilla), a surname after particles ("de la Fuente told"), a
// person before an apposition when the sentence opens with a source ("In a
// statement carried by the official Korean Central News Agency on Tuesday,
// Kim Yo-jong, the leader's sister, said"), an organisation name that
// stops before "on Tuesday".
func TestSpeakerForms(t *testing.T) {
	g := run(t, "Foreign Minister Juan Ramón de la Fuente met Cuban Foreign Minister Bruno Rodríguez. Rodríguez said Havana would never accept the blockade. “Mexico will keep helping Cuba,” de la Fuente told reporters.", "")
	assert.ElementsMatch(t, []string{"Bruno Rodríguez Parrilla: Havana would never accept the blockade", "Juan Ramón de la Fuente: Mexico will keep helping Cuba,"}, statements(g))
	g = run(t, "In a statement carried by the official Korean Central News Agency on Tuesday, Kim Yo-jong, the North Korean leader's sister, said Seoul's proposals were “a daydream”.", "")
	assert.Equal(t, []string{"Kim Yo Jong: a daydream"}, statements(g))
	assert.Contains(t, labels(g, graphmodel.KindActor), "Korean Central News Agency")
}

// A courtesy call on someone the talks did not have is a meeting of its
// own; "open to meeting X" is a hypothetical meeting, "looks forward to
// meeting X next month" a planned one.
func TestCourtesyCallAndOpenToMeeting(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Foreign Minister Cho Hyun and Japanese Foreign Minister Toshimitsu Motegi held talks in Seoul on Thursday. Motegi later paid a courtesy call on President Lee Jae-myung at the presidential office.": {
			"held: Cho Hyun, Toshimitsu Motegi", "held: Lee Jae-myung, Toshimitsu Motegi"},
		"President Lee Jae-myung said he is open to meeting North Korean leader Kim Jong-un without preconditions.": {"hypothetical: Kim Jong Un, Lee Jae-myung"},
		"President William Ruto said he looks forward to meeting President Yoweri Museveni in Kampala next month.":  {"planned: William Ruto, Yoweri Museveni"},
	})
}

// "The Head of State" in a presidency's readout is the president it is
// about.
func TestHeadOfStateInReadout(t *testing.T) {
	g := run(t, "President Kassym-Jomart Tokayev held a phone call with Kyrgyz President Sadyr Japarov. The Head of State noted that bilateral trade grew by 12 percent last year.", "")
	assert.Equal(t, []string{"Kassym-Jomart Tokayev: bilateral trade grew by 12 percent last year"}, statements(g))
}

// "the two Australian ministers" are the ministers of Australia named
// before; "Ivorian and Ghanaian customs officials" are both countries'.
func TestGroupsOfMinistersAndOfficials(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Australian Foreign Minister Penny Wong and Defence Minister Richard Marles met Japanese Foreign Minister Toshimitsu Motegi in Tokyo on Monday. Prime Minister Sanae Takaichi received the two Australian ministers on Wednesday.": {
			"held: Penny Wong, Richard Marles, Toshimitsu Motegi", "held: Penny Wong, Richard Marles, Sanae Takaichi"},
		"Ivorian and Ghanaian customs officials will meet in Accra next month.": {"planned: Ghana, Ivory Coast"},
	})
}

// A visit with no visitor written beside it is the subject's: "X is on a
// three-day visit to Bolivia", "X, on a state visit to Lithuania, held
// talks with Y" (the phrase between subject and verb is skipped too).
func TestVisitOfTheSubject(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Finnish President Alexander Stubb, on a state visit to Lithuania, held talks with President Gitanas Nausėda in Vilnius on Monday.": {
			"held: Alexander Stubb", "held: Alexander Stubb, Gitanas Nausėda"},
		"Chilean Foreign Minister Francisco Pérez Mackenna is on a three-day visit to Bolivia.": {"held: Francisco Pérez Mackenna"},
	})
}

// Earlier contacts of the same two leaders are meetings of their own: "had
// spoken by phone last week", "they previously met in Addis Ababa".
func TestEarlierContactsOfTheSamePair(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President William Ruto and President Yoweri Museveni held talks in Kampala on Tuesday. The two presidents had spoken by phone last week.": {
			"held: William Ruto, Yoweri Museveni", "held: William Ruto, Yoweri Museveni"},
		"President William Ruto and President Yoweri Museveni held talks in Kampala on Tuesday. They previously met in Addis Ababa in February.": {
			"held: William Ruto, Yoweri Museveni", "held: William Ruto, Yoweri Museveni"},
	})
}

// The body named right before "summit" does not hide the verb: "the two
// leaders attended an East African Community summit"; "South American
// leaders" are no Americans.
func TestAttendedOrganisationSummit(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President William Ruto and President Yoweri Museveni attended an East African Community summit in Arusha on Monday.": {
			"held: East African Community, William Ruto, Yoweri Museveni"},
	})
	g := run(t, "South American leaders closed a Mercosur summit in Asunción on Thursday.", "")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "United States")
}

// "days after receiving X" is a meeting of the subject with X; "spoke
// separately by phone with A and B" is one call each; "In March, the two
// foreign ministers met" is an earlier meeting of theirs.
func TestGerundsSeparateCallsEarlierMeetings(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Turkish President Recep Tayyip Erdogan hosted Ukrainian President Volodymyr Zelensky in Istanbul on Friday, days after receiving Russian envoy Kirill Dmitriev in Ankara.": {
			"held: Kirill Dmitriev, Recep Tayyip Erdoğan", "held: Recep Tayyip Erdoğan, Volodymyr Zelenskyy"},
		"French President Emmanuel Macron spoke separately by phone with U.S. President Donald Trump and Ukrainian President Volodymyr Zelensky on Sunday.": {
			"held: Donald Trump, Emmanuel Macron", "held: Emmanuel Macron, Volodymyr Zelenskyy"},
		"Foreign Minister Ayman Safadi and Syrian Foreign Minister Asaad al-Shaibani held talks in Amman on Sunday. In March, the two foreign ministers met in Damascus.": {
			"held: Asaad al-Shaibani, Ayman Safadi", "held: Asaad al-Shaibani, Ayman Safadi"},
	})
}

// More ways of reporting speech: a person's office speaks ("…, Abiy's
// office said"), a quote's speaker may carry an apposition ("“…,” X, the
// foreign minister, told reporters"), "was quoted as saying that", and
// "insisted" with a clause that has no "that" (but "stressed the
// importance of" stays what it was, a phrase).
func TestMoreReportingForms(t *testing.T) {
	for text, want := range map[string][]string{
		"Prime Minister Abiy Ahmed met William Ruto. The talks were warm and productive, Abiy's office said.": {"Abiy's office: The talks were warm and productive"},
		"“The border will reopen,” Ayman Safadi, the Jordanian foreign minister, told reporters.":             {"Ayman Safadi: The border will reopen,"},
		"Foreign Minister Ayman Safadi was quoted as saying that the border would reopen.":                    {"Ayman Safadi: the border would reopen"},
		"Foreign Minister Ayman Safadi insisted the border would reopen soon.":                                {"Ayman Safadi: the border would reopen soon"},
	} {
		assert.Equal(t, want, statements(run(t, text, "")), text)
	}
}

// "both sides said" after "Iraq and Kuwait ended talks" are Iraq and
// Kuwait; "told state broadcaster RTI that" reports a clause, and a
// broadcaster is no person.
func TestBothSidesAndOutlets(t *testing.T) {
	g := run(t, "Iraq and Kuwait ended a new round of talks on Tuesday, but both sides said they would meet again in Baghdad.", "")
	assert.ElementsMatch(t, []string{"Iraq: they would meet again in Baghdad", "Kuwait: they would meet again in Baghdad"}, statements(g))
	g = run(t, "Foreign Minister Léon Kacou Adom told state broadcaster RTI that the two countries would ask ECOWAS for help.", "")
	assert.Equal(t, []string{"Léon Kacou Adom: the two countries would ask ECOWAS for help"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "RTI")
}

// A place named in capitals and a facility in lower case is one venue:
// "the Kosyam presidential palace" (the known Kosyam Palace, named as
// written too), "the Mozal aluminium smelter".
func TestFacilitiesWithLowerCaseHeads(t *testing.T) {
	g := run(t, "Leaders met at the Kosyam presidential palace in Ouagadougou. Ramaphosa will visit the Mozal aluminium smelter outside Maputo.", "")
	venues := labels(g, graphmodel.KindVenue)
	assert.Equal(t, []string{"Kosyam Palace", "Maputo", "Mozal aluminium smelter", "Ouagadougou"}, venues)
	assert.Contains(t, byLabel(g, graphmodel.KindVenue, "Kosyam Palace").Aliases, "Kosyam presidential palace")
}

// A country's venue keeps the name as written: "Côte d'Ivoire" for the
// lexicon's Ivory Coast.
func TestVenueKeepsWrittenName(t *testing.T) {
	g := run(t, "Ghanaian President John Mahama arrived in Côte d'Ivoire on Monday for talks.", "")
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindVenue && n.Label == "Ivory Coast" {
			assert.Contains(t, n.Aliases, "Côte d'Ivoire")
			return
		}
	}
	t.Fatal("no venue Ivory Coast")
}

// Two people who "talked for four hours" held talks; "the ministers" who
// agree to meet again are the ministers, not the prime minister named too.
func TestTalkedTogetherAndTheMinisters(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Armenia's Ararat Mirzoyan and Azerbaijan's Jeyhun Bayramov talked for more than four hours in Tbilisi on Wednesday.": {"held: Ararat Mirzoyan, Jeyhun Bayramov"},
		"President William Ruto and President Yoweri Museveni spoke at a rally in Kampala.":                                   {},
		"Armenian Foreign Minister Ararat Mirzoyan met Azerbaijani Foreign Minister Jeyhun Bayramov in Tbilisi on Wednesday. Prime Minister Nikol Pashinyan welcomed the talks. The ministers agreed to hold another round in Abu Dhabi next month.": {
			"held: Ararat Mirzoyan, Jeyhun Bayramov", "planned: Ararat Mirzoyan, Jeyhun Bayramov"},
	})
}

// A reported clause may open with a bare plural: "He said trucks queuing
// at the border post had become a cost", "said experts … would meet".
func TestClauseWithBarePlural(t *testing.T) {
	g := run(t, "Austrian Chancellor Christian Stocker met Andrej Babiš in Prague. He said experts from the two governments would meet in Vienna in May.", "")
	assert.Equal(t, []string{"Christian Stocker: experts from the two governments would meet in Vienna in May"}, statements(g))
}

// A reported clause may open with a bare singular noun and its
// auxiliary: "said trade had grown by a third".
func TestClauseWithBareSingular(t *testing.T) {
	g := run(t, "Kazakh President Kassym-Jomart Tokayev said trade had grown by a third last year. Mongolian President Ukhnaagiin Khurelsukh said cooperation would deepen.", "")
	assert.Equal(t, []string{"Kassym-Jomart Tokayev: trade had grown by a third last year", "Ukhnaagiin Khurelsukh: cooperation would deepen"}, statements(g))
}

// "proposed raising …": a gerund clause is what was proposed; a noun
// alone is not reported speech.
func TestProposedGerund(t *testing.T) {
	g := run(t, "Kazakh President Kassym-Jomart Tokayev proposed raising trade to $500 million. Mongolian President Ukhnaagiin Khurelsukh suggested holding the next round in Ulaanbaatar. Tokayev proposed nothing else.", "")
	assert.Equal(t, []string{"Kassym-Jomart Tokayev: raising trade to $500 million", "Ukhnaagiin Khurelsukh: holding the next round in Ulaanbaatar"}, statements(g))
}

// "a State Department spokesperson said": the body the unnamed
// spokesperson speaks for is the speaker; an unnamed official is an
// anonymous source, nobody's statement.
func TestUnnamedSpokespersonOfABody(t *testing.T) {
	g := run(t, "A State Department spokesperson said the United States was disappointed. A senior U.S. official said the talks had failed.", "")
	assert.Equal(t, []string{"State Department: the United States was disappointed"}, statements(g))
}

// "Brussels hoped …": the city news uses for the European Union stands
// for it, not for Belgium; a meeting in Brussels is still in the city.
func TestBrusselsForTheEU(t *testing.T) {
	g := run(t, "Brussels said the two neighbours would resume talks. The ministers met in Brussels on Monday.", "")
	assert.Equal(t, []string{"European Union: the two neighbours would resume talks"}, statements(g))
	_, ok := g.Node("actor:belgium")
	assert.False(t, ok)
	_, ok = g.Node("venue:brussels")
	assert.True(t, ok)
}

// "received a delegation of the Sudanese Armed Forces": the party whose
// delegation it is.
func TestDelegationOfAParty(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Yoweri Museveni received a delegation of the Sudanese Armed Forces in Entebbe on Monday.": {"held: Sudanese Armed Forces, Yoweri Museveni"},
	})
}

// "joined X for a working lunch": a meal shared with X.
func TestJoinedForAWorkingLunch(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President William Ruto later joined President Yoweri Museveni for a working lunch.": {"held: William Ruto, Yoweri Museveni"},
	})
}

// Status from more phrasings: "are to meet" and "is being prepared" are
// planned; "will not meet" and plans that "were shelved" (even when
// called plans) are no meeting to come.
func TestMoreStatusPhrasings(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President William Ruto and President Yoweri Museveni are to meet in Kampala on Friday.":                    {"planned: William Ruto, Yoweri Museveni"},
		"A meeting between President William Ruto and President Yoweri Museveni is being prepared, officials said.": {"planned: William Ruto, Yoweri Museveni"},
		"President William Ruto will not meet President Yoweri Museveni, his office said.":                          {"hypothetical: William Ruto, Yoweri Museveni"},
		"A planned visit by President William Ruto to Kampala was cancelled.":                                       {"hypothetical: William Ruto"},
	})
}

// "X invited Y to Nairobi for talks next month": planned talks of the two.
func TestInvitedForTalks(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President William Ruto invited President Yoweri Museveni to Nairobi for talks next month.": {"planned: William Ruto, Yoweri Museveni"},
	})
}

// Labels name a Korean by the family name also in a three-word name
// ("Kim–Lee meeting"), a Vietnamese by the last word ("Takaichi–Chinh").
func TestLabelsOfThreeWordAsianNames(t *testing.T) {
	g := run(t, "President Lee Jae-myung met North Korean leader Kim Jong Un. Vietnamese Prime Minister Pham Minh Chinh met Japanese Prime Minister Sanae Takaichi.", "")
	var got []string
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			got = append(got, n.Label)
		}
	}
	assert.ElementsMatch(t, []string{"Kim–Lee meeting", "Takaichi–Chinh meeting"}, got)
}

// A person the text calls by a short name that is not the last word is
// labelled by it: "Lula–Xi meeting".
func TestLabelsUseTheTextsShortName(t *testing.T) {
	g := run(t, "Chinese President Xi Jinping received Brazilian President Luiz Inácio Lula da Silva in Beijing. Lula said the talks were good.", "")
	for _, n := range g.Nodes() {
		if n.Kind == graphmodel.KindMeeting {
			assert.Equal(t, "Lula–Xi meeting in Beijing", n.Label)
		}
	}
}

// "Acting", "interim", "caretaker" before a title: the title still
// carries its country and name.
func TestActingTitles(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Deputy Prime Minister Ishaq Dar visited Kabul for talks with Afghan Acting Foreign Minister Amir Khan Muttaqi.": {"held: Amir Khan Muttaqi, Ishaq Dar"},
	})
}

// "attended a state banquet hosted by Emperor Naruhito": one meeting of
// guest and host (the participle is the banquet's, not a meeting of its
// own).
func TestBanquetHostedBy(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Indonesian President Prabowo Subianto attended a state banquet hosted by Emperor Naruhito.": {"held: Naruhito, Prabowo Subianto"},
	})
}

// "X accepted an invitation to visit Jakarta": X's planned visit.
func TestAcceptedAnInvitationToVisit(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Prime Minister Sanae Takaichi accepted an invitation to visit Jakarta next year.": {"planned: Sanae Takaichi"},
	})
}

// Two verbs of one subject: "X held talks with Y on Tuesday and attended a
// banquet hosted by Z"; a meal with another person is its own meeting.
func TestCoordinatedVerbsAndMeals(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Indonesian President Prabowo Subianto held talks with Prime Minister Sanae Takaichi on Tuesday and attended a state banquet hosted by Emperor Naruhito.": {
			"held: Prabowo Subianto, Sanae Takaichi", "held: Naruhito, Prabowo Subianto"},
		"President William Ruto held talks with President Yoweri Museveni on Tuesday and attended a dinner for President Paul Kagame.": {
			"held: William Ruto, Yoweri Museveni", "held: Paul Kagame, William Ruto"},
	})
}

// "X and Y agreed on Wednesday to …, after talks at State House": the
// talks of the two who agreed.
func TestAfterTalksOfTheSubjects(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed agreed on Wednesday to speed up work on the corridor, after talks at State House in Nairobi.": {
			"held: Abiy Ahmed, William Ruto"},
	})
}

// "would" right before the meeting verb after a verb of saying is the
// "will" of reported speech (planned); with a condition it stays
// hypothetical.
func TestReportedWould(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Defence Minister Tore O. Sandvik said Foreign Minister Espen Barth Eide would meet Finnish Foreign Minister Elina Valtonen in Oslo next week.": {
			"planned: Elina Valtonen, Espen Barth Eide"},
		"Defence Minister Tore O. Sandvik said Foreign Minister Espen Barth Eide would meet Finnish Foreign Minister Elina Valtonen if the talks succeed.": {
			"hypothetical: Elina Valtonen, Espen Barth Eide"},
	})
}

// "the two countries' leaders met in Athens in December": an earlier
// meeting of the heads of those countries (the countries where no head is
// named).
func TestCountriesLeadersMet(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Turkish President Recep Tayyip Erdogan and Greek Prime Minister Kyriakos Mitsotakis spoke by phone on Monday. Greece and Turkey held talks in Ankara on Tuesday, the first since the two countries' leaders met in Athens in December.": {
			"held: Kyriakos Mitsotakis, Recep Tayyip Erdoğan", "held: Kyriakos Mitsotakis, Recep Tayyip Erdoğan", "held: Greece, Turkey"},
		"Greece and Turkey held talks in Ankara on Tuesday, the first since the two countries' leaders met in Athens in December.": {
			"held: Greece, Turkey", "held: Greece, Turkey"},
	})
}

// Capitals standing for their governments are no places: "ties between
// Tokyo and Canberra", "support for Kyiv".
func TestCapitalsAsGovernments(t *testing.T) {
	g := run(t, "Beijing has criticised the growing defence ties between Tokyo and Canberra. Central European leaders must not waver in their support for Kyiv.", "")
	venues := labels(g, graphmodel.KindVenue)
	for _, c := range []string{"Tokyo", "Canberra", "Kyiv"} {
		assert.NotContains(t, venues, c)
	}
}

// A text that opens with "And" before a capital: the rule that looks at the
// word before "and" must not read before the first token (it did, and
// panicked, found in review).
func TestCapitalAfterOpeningAnd(t *testing.T) {
	g := run(t, "And Washington ties are strong.", "")
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Washington")
}

// A past-perfect call, a style of address before the person met, a host
// of a named organisation's summit, and a reporting speaker after the
// people met.
func TestCallsStylesHostsAndReporters(t *testing.T) {
	g := run(t, "President Anna Berg had spoken to Luis Soto by phone on Sunday to explain the agenda.", "")
	assert.Equal(t, []string{"held: Anna Berg, Luis Soto"}, meetings(g), "had spoken to X by phone")
	assert.Contains(t, labels(g, graphmodel.KindMeeting), "Soto–Berg call")

	g = run(t, "Qatar's Emir Sheikh Tamim bin Hamad Al Thani will visit Oslo in May. Prime Minister Elin Dahl spoke with His Highness the Emir by telephone last week.", "")
	assert.Contains(t, meetings(g), "held: Elin Dahl, Tamim bin Hamad Al Thani", "His Highness the Emir is the Emir")

	g = run(t, "President Arman Seitov hosted an extraordinary NATO summit in Astana on Saturday.", "")
	assert.Equal(t, []string{"held: Arman Seitov, NATO"}, meetings(g), "hosted a NATO summit")
	g = run(t, "President Arman Seitov hosted a summit of the Southern African Development Community in Astana on Saturday.", "")
	assert.Equal(t, []string{"held: Arman Seitov, Southern African Development Community"}, meetings(g), "hosted a summit of X")

	g = run(t, "The bloc's foreign policy chief, Kaja Kallas, will travel to Kyiv next week for talks with Foreign Minister Andrii Sybiha, her spokesperson, Anitta Hipper, said.", "")
	assert.Equal(t, []string{"planned: Andrii Sybiha, Kaja Kallas"}, meetings(g), "the subject in apposition takes part, the reporter does not")
	g = run(t, "Kallas will hold talks with Sybiha on Monday, spokesperson Anitta Hipper said.", "")
	assert.Equal(t, []string{"planned: Andrii Sybiha, Kaja Kallas"}, meetings(g))
}

// A place naming the office of the person called on, "sit down with",
// "prepared to", a sentence opening on a time to come, "before he
// travels", a hyphenated pair of countries before the meeting word, and a
// possessive country after a motion verb.
func TestOfficePlacesPairsAndTimesToCome(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Trade Secretary Peter Kyle arrived on Monday. Kyle also called on Maharashtra Chief Minister Devendra Fadnavis in Mumbai.":                    {"held: Devendra Fadnavis, Peter Kyle"},
		"Foreign Minister Tomas Reyes spoke on Monday. Reyes said he was prepared to sit down with Prime Minister Elin Dahl whenever she is ready.":    {"hypothetical: Elin Dahl, Tomas Reyes"},
		"Next week Foreign Minister Tomas Reyes travels to Oslo to meet Prime Minister Elin Dahl.":                                                     {"planned: Elin Dahl, Tomas Reyes"},
		"Foreign Minister Tomas Reyes gave an interview on Sunday, two days before he travels to Oslo to meet Prime Minister Elin Dahl.":               {"planned: Elin Dahl, Tomas Reyes"},
		"Foreign Minister Tomas Reyes and Foreign Minister Elin Dahl held the annual Chile-Norway Foreign Ministers' Consultations in Oslo on Friday.": {"held: Elin Dahl, Tomas Reyes"},
		"Foreign Minister Tomas Reyes travels to Oslo to meet Norway's Anna Berg.":                                                                     {"held: Anna Berg, Tomas Reyes"},
	})
}

// A capital that opens a clause as the subject of a present-tense verb or
// of a relative clause, or that is accused, urged or put under pressure,
// stands for its government; "the Moscow talks" stay in Moscow.
func TestCapitalsActing(t *testing.T) {
	g := run(t, "If Moscow shows that it is serious, talks can start. Every month we wait, Moscow draws its own conclusions. "+
		"Kigali, which denies backing the rebels, did not comment. Tshisekedi accused Kigali of arming the M23. "+
		"The ministers agreed that pressure on Minsk remains essential.", "")
	venues := labels(g, graphmodel.KindVenue)
	for _, c := range []string{"Moscow", "Kigali", "Minsk"} {
		assert.NotContains(t, venues, c)
	}
	assert.Subset(t, labels(g, graphmodel.KindActor), []string{"Russia", "Rwanda", "Belarus"})

	g = run(t, "The Moscow talks ended on Friday. Officials said Doha hosts many visitors.", "")
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Moscow")
}

// "Armenia's Foreign Ministry said" (capitalised) is the ministry
// speaking; "Azerbaijan's Foreign Ministry spokesman, Aykhan Hajizada,
// said" is the spokesman named in apposition; "accused X of Y" reports
// what was said of X.
func TestMinistriesSpokesmenAndAccusations(t *testing.T) {
	g := run(t, "Talks will resume later this month, Armenia's Foreign Ministry said on Wednesday.", "")
	assert.Equal(t, []string{"Armenia's Foreign Ministry: Talks will resume later this month"}, statements(g))

	g = run(t, "Azerbaijan's Foreign Ministry spokesman, Aykhan Hajizada, said the talks would resume soon.", "")
	assert.Equal(t, []string{"Aykhan Hajizada: the talks would resume soon"}, statements(g))

	g = run(t, "Prime Minister Albin Kurti accused Belgrade of using the unrest as a pretext.", "")
	assert.Equal(t, []string{"Albin Kurti: Belgrade of using the unrest as a pretext"}, statements(g))
}

// "to see X" after a trip is a meeting; "saw X as a partner" is not.
func TestSeeingSomeone(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Foreign Minister Tomas Reyes flew to Oslo to see Prime Minister Elin Dahl.":                 {"held: Elin Dahl, Tomas Reyes"},
		"Foreign Minister Tomas Reyes saw Prime Minister Elin Dahl as a partner.":                    nil,
		"On Wednesday Foreign Minister Tomas Reyes will be in Oslo to see Prime Minister Elin Dahl.": {"planned: Elin Dahl, Tomas Reyes"},
	})
}

// "The two" before a verb are the pair just named: "The two agreed to meet
// again" plans a new meeting of them.
func TestTheTwoAsSubject(t *testing.T) {
	g := run(t, "Foreign Minister Tomas Reyes met Foreign Minister Elin Dahl in Oslo on Monday. The two agreed to meet again in Santiago in May.", "")
	assert.ElementsMatch(t, []string{"held: Elin Dahl, Tomas Reyes", "planned: Elin Dahl, Tomas Reyes"}, meetings(g))
}

// "The two men" when the last meeting has one person (a visit) are the
// two people named last: the visitor and the host named before, not the
// visitor alone; so are "the two men" who agree on a call just reported.
func TestTheTwoMenAreThePairNamedLast(t *testing.T) {
	g := run(t, "Prime Minister Tomas Reyes and his Chilean counterpart, Elin Dahl, pledged on Tuesday to build a railway. Dahl was making her first official visit to Peru. The two women held talks at the palace in Lima.", "")
	assert.Contains(t, meetings(g), "held: Elin Dahl, Tomas Reyes")
	g = run(t, "Tomas Reyes met Elin Dahl in Lima on Monday. On the eve of the visit, Reyes spoke by phone with President Arman Seitov, and the two men agreed that trade should grow.", "")
	assert.ElementsMatch(t, []string{"Arman Seitov: trade should grow", "Tomas Reyes: trade should grow"}, statements(g))
}

// "X held talks with Y, who is in Kazakhstan on a state visit": Y is the
// visitor, not the subject of the sentence.
func TestVisitInRelativeClause(t *testing.T) {
	g := run(t, "President Tomas Reyes held talks at the palace with President Elin Dahl, who is in Chile on a state visit.", "")
	assert.ElementsMatch(t, []string{"held: Elin Dahl, Tomas Reyes", "held: Elin Dahl"}, meetings(g))
}

// "held talks at the presidential palace with X": a building named in
// lower case between the talks and "with" leaves X a party.
func TestTalksAtLowerCaseBuildingWith(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Tomas Reyes held talks at the presidential palace with President Elin Dahl on Monday.": {"held: Elin Dahl, Tomas Reyes"},
		"President Tomas Reyes held talks at the palace with President Elin Dahl on Monday.":              {"held: Elin Dahl, Tomas Reyes"},
		"President Tomas Reyes held talks in the capital with President Elin Dahl on Monday.":             {"held: Elin Dahl, Tomas Reyes"},
	})
}

// "Chile's leader, X" named first, "the Chilean president" later is X:
// a head of state or government written as "leader" holds the office;
// words of tenure ("newly inaugurated", "new") before the title keep the
// name in apposition with the title.
func TestLeaderThenPresident(t *testing.T) {
	for _, lead := range []string{"Chile's leader", "Chile's newly inaugurated leader", "Chile's new president"} {
		g := run(t, "Bolivian President Rodrigo Paz and "+lead+", Tomas Reyes, agreed on Thursday to start talks. The Chilean president said the border would reopen.", "")
		assert.Contains(t, statements(g), "Tomas Reyes: the border would reopen", lead)
	}
	assertMeetings(t, map[string][]string{
		"President Rodrigo Paz will receive Chile's new president, Tomas Reyes, in La Paz on May 12.": {"planned: Rodrigo Paz, Tomas Reyes"},
	})
}

// "In a separate call, X and Y exchanged views": a call named in the
// phrase that opens the sentence is between those the clause opens with.
func TestCallInOpeningPhrase(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"In a separate call, President Tomas Reyes and President Elin Dahl exchanged views on trade.": {"held: Elin Dahl, Tomas Reyes"},
		"During the meeting, President Tomas Reyes and President Elin Dahl signed three agreements.":  {"held: Elin Dahl, Tomas Reyes"},
	})
}

// "He recalled meeting X there": a meeting of the subject with X, not
// something he said.
func TestRecalledMeeting(t *testing.T) {
	g := run(t, "Foreign Minister Tomas Reyes arrived in Quito. He recalled meeting President Elin Dahl there in December.", "")
	assert.Equal(t, []string{"held: Elin Dahl, Tomas Reyes"}, meetings(g))
	assert.Empty(t, statements(g))
}

// "A delegation of senators …, led by X, … The senators paid a courtesy
// call on Y": the senators stand for the delegation, which X leads (also
// when a title's body stands before the title: "led by Senate President
// X"); "which he discussed with Z when they met": they are he and Z.
func TestDelegationMembersAndWithPair(t *testing.T) {
	g := run(t, "A delegation of senators from Norland, led by Senate President Tomas Reyes, arrived in Lima on Thursday. The senators also paid a courtesy call on Prime Minister Elin Dahl on Wednesday.", "")
	assert.Contains(t, meetings(g), "held: Elin Dahl, Tomas Reyes")
	g = run(t, "Prime Minister Elin Dahl met the senators on Monday. She welcomed plans for flights, which she first discussed with President Ana Lund when they met in January.", "")
	assert.Contains(t, meetings(g), "held: Ana Lund, Elin Dahl")
}

// "X said A, but stressed that B": two statements of X; "… ended the
// talks without a deal, but said …": the subject speaks.
func TestButBeforeReportingVerb(t *testing.T) {
	g := run(t, "Foreign Minister Tomas Reyes met Elin Dahl. Reyes said the talks were useful, but stressed that no decision had been made.", "")
	assert.ElementsMatch(t, []string{"Tomas Reyes: the talks were useful", "Tomas Reyes: no decision had been made"}, statements(g))
	g = run(t, "Foreign Minister Tomas Reyes ended the talks without a deal, but said the sides had narrowed differences over prices.", "")
	assert.Equal(t, []string{"Tomas Reyes: the sides had narrowed differences over prices"}, statements(g))
}

// "His government said …" opening a sentence is the country of the one
// "his" stands for; inside his own reported clause it is his words.
func TestPronounGovernmentSpeaks(t *testing.T) {
	g := run(t, "Prime Minister Albin Kurti of Kosovo spoke in Pristina. His government said the police operation had been lawful.", "")
	assert.Equal(t, []string{"Kosovo: the police operation had been lawful"}, statements(g))
	g = run(t, "Prime Minister Albin Kurti of Kosovo said his government did not accept that the vote was fair.", "")
	assert.NotContains(t, statements(g), "Kosovo: the vote was fair")
}

// A place inside a relative clause set off by commas is where something
// else happened, not the place of the visit after it; a place where the
// subject arrived is the place of the talks after it.
func TestPlaceInRelativeClause(t *testing.T) {
	g := run(t, "Tomas Reyes, a billionaire who returned to power in Lima in December, was making his first official visit to Chile.", "")
	assert.Equal(t, "Reyes visit in Chile", labels(g, graphmodel.KindMeeting)[0])
	g = run(t, "President Tomas Reyes, who arrived in Santiago on Monday, held talks with President Elin Dahl.", "")
	assert.Contains(t, labels(g, graphmodel.KindMeeting)[0], "in Santiago")
}

// A bloc's summit to come with a place of its own, or called its next, is
// a meeting of the bloc ("the NATO summit in Ankara in July", "its next
// summit in November"); "the NATO summit" alone still names no party.
func TestBlocSummitToCome(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Sweden will present the plan at the NATO summit in Ankara in July.": {"planned: NATO"},
		"Sweden will present the plan at the NATO summit.":                   nil,
	})
	g := run(t, "Leaders of ASEAN met in Manila on Friday. The bloc will hold its next summit in November.", "")
	assert.Contains(t, meetings(g), "planned: Association of Southeast Asian Nations")
}

// Rejecting a proposal is an act, not a statement.
func TestRejectedProposalIsNoStatement(t *testing.T) {
	g := run(t, "President Tomas Reyes on Thursday rejected a proposal by President Elin Dahl for a meeting in Leticia.", "")
	assert.Empty(t, statements(g))
}

// "his host", "her guest" are the other person of the owner's last
// meeting.
func TestHisHostHerGuest(t *testing.T) {
	g := run(t, "President Arman Seitov received President Bakyt Osmon in Astana on Monday. Osmon invited his host to visit Bishkek in the autumn.", "")
	assert.Contains(t, meetings(g), "held: Arman Seitov, Bakyt Osmon")
	var planned []string
	for _, m := range meetings(g) {
		if strings.HasPrefix(m, "planned: ") {
			planned = append(planned, m)
		}
	}
	require.Len(t, planned, 1)
	assert.Contains(t, planned[0], "Arman Seitov")
	assert.Contains(t, planned[0], "Bakyt Osmon")

	g = run(t, "President Anna Berg received Foreign Minister Tomas Reyes in Oslo. Berg told her guest that Norway hoped Chile would invest more.", "")
	assert.Equal(t, []string{"Anna Berg: Norway hoped Chile would invest more"}, statements(g))
}

// A passive meeting verb with words before its "by": "was received a few
// streets away by X".
func TestPassiveReceivedWithAdverbial(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Libya's Mohamed al-Menfi was received a few streets away by Prime Minister Elin Dahl.": {"held: Elin Dahl, Mohamed al-Menfi"},
	})
}

// A meeting of one country or organisation alone ("Turkey negotiations")
// is no meeting node; a summit of one body and a person's visit are.
func TestSinglePartyMeetings(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Turkey hosted negotiations in Ankara on Monday.":                       nil,
		"President Arman Seitov hosted an extraordinary NATO summit in Astana.": {"held: Arman Seitov, NATO"},
		"President Arman Seitov paid a state visit to Kenya on Monday.":         {"held: Arman Seitov"},
	})
}

// "said after the meeting that"; an inverted report whose speaker has a
// possessive before the title ("…, his spokesman X said", "…, Ghana's
// Foreign Minister X said").
func TestReportsAfterOccasionsAndPossessiveSpeakers(t *testing.T) {
	g := run(t, "Estonian President Alar Karis said after the meeting that Estonia and Finland would pool coast guard data.", "")
	assert.Equal(t, []string{"Alar Karis: Estonia and Finland would pool coast guard data"}, statements(g))
	g = run(t, "Talks will resume soon, his spokesman Ruslan Zheldibay said.", "")
	assert.Equal(t, []string{"Ruslan Zheldibay: Talks will resume soon"}, statements(g))
	g = run(t, "Talks will resume soon, Ghana's Foreign Minister Samuel Okudzeto Ablakwa said.", "")
	assert.Equal(t, []string{"Samuel Okudzeto Ablakwa: Talks will resume soon"}, statements(g))
}

// A capital as the subject of a reported clause ("said Tripoli wanted",
// "said that Kigali remained committed", "said Baku expected") stands for
// its government.
func TestCapitalsInReportedClauses(t *testing.T) {
	g := run(t, "Menfi said Tripoli wanted trade to return to normal. Nduhungirehe said that Kigali remained committed to a political solution. "+
		"Bayramov said Baku would wait.", "")
	venues := labels(g, graphmodel.KindVenue)
	for _, c := range []string{"Tripoli", "Kigali", "Baku"} {
		assert.NotContains(t, venues, c)
	}
	assert.Subset(t, labels(g, graphmodel.KindActor), []string{"Libya", "Rwanda", "Azerbaijan"})
	g = run(t, "The minister said Geneva was chosen as the venue. Officials said Vienna hosted the talks in May.", "")
	assert.Subset(t, labels(g, graphmodel.KindVenue), []string{"Geneva"})
}

// A time or a document between the reporting verb and its "that": "said
// last month that", "said in a report last month that".
func TestSaidLastMonthInAReportThat(t *testing.T) {
	g := run(t, "Defence Minister Khawaja Asif said last month that he saw little value in another meeting.", "")
	assert.Equal(t, []string{"Khawaja Asif: he saw little value in another meeting"}, statements(g))
	g = run(t, "The Mekong River Commission said in a report last month that dry-season water levels had fallen.", "")
	assert.Equal(t, []string{"Mekong River Commission: dry-season water levels had fallen"}, statements(g))
}

// Readout style: a title, then the name in apposition ("The President of
// the Plurinational State of Bolivia, Rodrigo Paz Pereira, held …"), also
// after an honorific ("Ghana's Minister for Foreign Affairs, Hon. Samuel
// Okudzeto Ablakwa").
func TestTitleThenNameInApposition(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"The President of the Republic of Chile, Tomas Reyes, held a telephone conversation on Friday with the Prime Minister of Norway, Elin Dahl.": {"held: Elin Dahl, Tomas Reyes"},
		"Tomas Reyes held talks with Norway's Minister of Foreign Affairs, Hon. Anna Berg, in Oslo.":                                                 {"held: Anna Berg, Tomas Reyes"},
		"Tomas Reyes met Norway's Minister of Foreign Affairs, H.E. Anna Berg.":                                                                      {"held: Anna Berg, Tomas Reyes"},
	})
}

// "called on the Chairperson of the African Union Commission, H.E.
// Mahmoud Ali Youssouf": the honorific is no part of the name; "a
// Kenya-Ghana Permanent Joint Commission" names its two countries.
func TestCalledOnTheTitledAndPairCommissions(t *testing.T) {
	g := run(t, "Foreign Minister Tomas Reyes arrived in Addis Ababa. Reyes called on the Chairperson of the African Union Commission, H.E. Mahmoud Ali Youssouf.", "")
	assert.Equal(t, []string{"held: Mahmoud Ali Youssouf, Tomas Reyes"}, meetings(g))
	g = run(t, "Foreign Minister Tomas Reyes met Foreign Minister Anna Berg. The two agreed to hold the inaugural session of a Kenya-Ghana Permanent Joint Commission later this year.", "")
	assert.Contains(t, meetings(g), "planned: Anna Berg, Ghana, Kenya, Tomas Reyes")
}

// Two honorifics before a name ("H.E. Mr. Vijitha Herath") and a
// "telephone talk" (the singular some readouts use).
func TestStackedHonorificsAndTelephoneTalk(t *testing.T) {
	g := run(t, "Foreign Minister Tomas Reyes met H.E. Mr. Anna Berg, Minister of Foreign Affairs of Norway, in Santiago today.", "")
	assert.Equal(t, []string{"held: Anna Berg, Tomas Reyes"}, meetings(g))
	assert.Contains(t, labels(g, graphmodel.KindActor), "Anna Berg")
	g = run(t, "Foreign Minister Tomas Reyes and Foreign Minister Anna Berg held a telephone talk on Monday.", "")
	assert.Contains(t, labels(g, graphmodel.KindMeeting), "Reyes–Berg call")
}

// "received a courtesy call from X" is a meeting of the two.
func TestCourtesyCallFrom(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Anna Berg received a courtesy call from Foreign Minister Tomas Reyes at the presidential office on Tuesday.": {"held: Anna Berg, Tomas Reyes"},
	})
}

// An office's initials before a known surname ("EAM Jaishankar") are no
// part of the name: the person named before speaks.
func TestInitialsOfAnOfficeBeforeASurname(t *testing.T) {
	g := run(t, "External Affairs Minister Tomas Reyes met Anna Berg in New Delhi. EAM Reyes said India stands ready to help.", "")
	assert.Equal(t, []string{"Tomas Reyes: India stands ready to help"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "EAM Reyes")
}

// "X and his Lao counterpart Y will co-chair …": both, the possessive
// between them no end of the list.
func TestSubjectAndHisCounterpart(t *testing.T) {
	g := run(t, "During the visit, Tomas Reyes and his Norwegian counterpart Anna Berg will co-chair the meeting of the joint commission in Oslo.", "")
	assert.Equal(t, []string{"planned: Anna Berg, Tomas Reyes"}, meetings(g))
}

// A compound plural subject and a past verb after "said": "said member
// states owed the commission …".
func TestSaidCompoundPluralSubject(t *testing.T) {
	g := run(t, "Commission President Tomas Reyes said member states owed the commission more than $300 million.", "")
	assert.Equal(t, []string{"Tomas Reyes: member states owed the commission more than $300 million"}, statements(g))
}

// "…, the ministry said, without giving details": the phrase after the
// reporting verb does not stop the inverted report.
func TestInvertedReportWithoutDetails(t *testing.T) {
	g := run(t, "Talks with Washington went well, the Qatari Foreign Ministry said, without giving details.", "")
	assert.Equal(t, []string{"Qatari Foreign Ministry: Talks with Washington went well"}, statements(g))
}

// "…, the two countries' foreign ministers said": both ministers speak.
func TestTheTwoCountriesMinistersSaid(t *testing.T) {
	g := run(t, "Thai Foreign Minister Chatchai Wongsakul met Cambodian Foreign Minister Sokha Vannarith in Putrajaya. "+
		"The joint boundary commission will meet again this month, the two countries' foreign ministers said.", "")
	assert.ElementsMatch(t, []string{
		"Chatchai Wongsakul: The joint boundary commission will meet again this month",
		"Sokha Vannarith: The joint boundary commission will meet again this month",
	}, statements(g))
}

// "will receive Chile's new president, José Antonio Kast," (a title the
// lexicon does not list as written, then the name in apposition) and "X
// and Y have spoken only once, by phone".
func TestPossessiveApposedNameAndHaveSpoken(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Anna Berg will receive Chile's new president, Tomas Reyes, in Oslo on May 12.":     {"planned: Anna Berg, Tomas Reyes"},
		"President Anna Berg and President Tomas Reyes have spoken only once, by phone, in December.": {"held: Anna Berg, Tomas Reyes"},
	})
}

// "“…,” PM Marape said" (an office's initials before the surname after a
// quote), "She warned, however, that", "assured Ministers that".
func TestInitialsAfterQuoteHoweverAndAssured(t *testing.T) {
	g := run(t, "Prime Minister Tomas Reyes spoke to Anna Berg. “We spoke as neighbours,” PM Reyes said.", "")
	assert.Equal(t, []string{"Tomas Reyes: We spoke as neighbours,"}, statements(g))
	g = run(t, "Secretary-General Anna Berg spoke next. She warned, however, that the situation in Haiti remained urgent.", "")
	assert.Equal(t, []string{"Anna Berg: the situation in Haiti remained urgent"}, statements(g))
	g = run(t, "Secretary General Tomas Reyes joined online. Reyes assured Ministers that the mission would be deployed.", "")
	assert.Equal(t, []string{"Tomas Reyes: the mission would be deployed"}, statements(g))
}

// "…, according to Seoul": the government speaks.
func TestAccordingToACapital(t *testing.T) {
	g := run(t, "The call was held at the president's request, according to Seoul.", "")
	assert.Equal(t, []string{"South Korea: The call was held at the president's request"}, statements(g))
}

// "Rodrigo Paz Pereira" is "Paz" later (the first of two surnames, as
// Spanish usage shortens it), and "said border security is …" reports a
// clause with a compound subject.
func TestPaternalSurnameAndCompoundSubject(t *testing.T) {
	g := run(t, "President Tomas Ortega Ruiz called President Anna Berg. Ortega said border security is a shared responsibility.", "")
	assert.Equal(t, []string{"Tomas Ortega Ruiz: border security is a shared responsibility"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Ortega")
}

// "…, José Antonio Kast, the Ministry of Foreign Affairs reported": the
// ministry reports the call, it is no party to it.
func TestReportingMinistryAfterTheParties(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"The President of the Republic of Chile, Tomas Reyes, held a telephone conversation on Friday with the Prime Minister of Norway, Anna Berg, the Ministry of Foreign Affairs reported.": {"held: Anna Berg, Tomas Reyes"},
	})
}

// "Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign
// Affairs, Hon. X" (a listed title that starts like an organisation,
// coordinated with a title whose portfolio a comma ends, then the name in
// apposition), a time adverbial between subject and verb ("X, on
// Thursday, held talks"), and "the two Ministers" when one of them has
// another title.
func TestCoordinatedTitlesInAppositionAndTimeBeforeVerb(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"The Minister for Foreign Affairs, Hon. Kofi Mensah, on Thursday held talks with Kenya's Prime Cabinet Secretary and Cabinet Secretary for Foreign and Diaspora Affairs, Hon. Peter Otieno, in Addis Ababa.": {"held: Kofi Mensah, Peter Otieno"},
		"Kofi Mensah on Thursday met Peter Otieno in Accra.":      {"held: Kofi Mensah, Peter Otieno"},
		"Kofi Mensah, on 12 February, met Peter Otieno in Accra.": {"held: Kofi Mensah, Peter Otieno"},
	})
	g := run(t, "The Minister for Foreign Affairs, Hon. Kofi Mensah, held talks with Kenya's Cabinet Secretary for Foreign and Diaspora Affairs, Hon. Peter Otieno, in Addis Ababa. "+
		"The two Ministers said that trade had doubled.", "")
	assert.ElementsMatch(t, []string{"Kofi Mensah: trade had doubled", "Peter Otieno: trade had doubled"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Prime Cabinet")
	g = run(t, "State Department spokesman Tom Pig said the talks were useful.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "State Department")
}

// "the Federal Minister for Economic Cooperation and Development, X": an
// unlisted portfolio after "the" and a title, the name in apposition after
// the comma, is the guest of the meeting; so is the minister of a list of
// portfolios ("Minister of Trade, Industry and Tourism X").
func TestPortfolioWithTheBeforeNameInApposition(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Later, President Kofi Mensah received the Federal Minister for Economic Cooperation and Development, Reem Alabali Radovan, at his hotel.": {"held: Kofi Mensah, Reem Alabali Radovan"},
		"Kofi Mensah met the Minister for Fisheries and Ocean Resources, Esi Quartey, in Accra.":                                                   {"held: Esi Quartey, Kofi Mensah"},
		"Kofi Mensah met Minister of Trade, Industry and Tourism Esi Quartey in Accra.":                                                            {"held: Esi Quartey, Kofi Mensah"},
		"Kofi Mensah met the Minister of Trade, Industry and Tourism, Esi Quartey, in Accra.":                                                      {"held: Esi Quartey, Kofi Mensah"},
		"The Union Minister for Ports, Ravi Kumar, met Kofi Mensah in Accra.":                                                                      {"held: Kofi Mensah, Ravi Kumar"},
	})
}

// "paid a courtesy call on the Chairperson of the African Union
// Commission, H.E. X": "the" before the title does not hide the host.
func TestCourtesyCallOnTheTitle(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Earlier in the day, Hon. Kofi Mensah paid a courtesy call on the Chairperson of the African Union Commission, H.E. Peter Otieno.": {"held: Kofi Mensah, Peter Otieno"},
	})
}

// "a meeting between X and the Taliban's acting prime minister, Y, could
// only be considered": the modal after the apposed name.
func TestModalAfterApposedParticipant(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"He said a meeting between Prime Minister Tomas Reyes and the Taliban's acting prime minister, Anna Berg, could only be considered once a written agreement was signed.": {"hypothetical: Anna Berg, Tomas Reyes"},
	})
}

// "Reyes travels to Perth on Friday to meet Western Australia Premier X,
// before flying to Wellington for talks with Y on Saturday": both planned,
// the premier met though a place names the office, the traveller in the
// talks after "before flying"; "He invited X to visit India": the host
// named by a pronoun takes part.
func TestTripToComeAndPlacedOffice(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"Prime Minister Tomas Reyes travels to Perth on Friday to meet Western Australia Premier Anna Berg and business leaders, before flying to Wellington for talks with New Zealand Prime Minister Kofi Mensah on Saturday.": {
			"planned: Anna Berg, Tomas Reyes", "planned: Kofi Mensah, Tomas Reyes"},
		"Prime Minister Tomas Reyes travelled to Perth on Friday to meet Western Australia Premier Anna Berg.":     {"held: Anna Berg, Tomas Reyes"},
		"Prime Minister Tomas Reyes spoke in Canberra. He invited Anna Berg to visit India again later this year.": {"planned: Anna Berg, India, Tomas Reyes"},
	})
}

// "According to German ministry spokesman X, A and B will meet": the
// source opening the sentence is no party to the meeting.
func TestAccordingToSourceIsNoParty(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"According to German ministry spokesman Jan Weber, Tomas Reyes and Anna Berg will meet their French counterpart, Kofi Mensah, in Paris at the end of May.": {"planned: Anna Berg, Kofi Mensah, Tomas Reyes"},
	})
}

// "He chose Japan for his first trip, holding talks in Tokyo with
// then-Prime Minister X before flying on to Washington to meet Y" (the
// subject of the sentence, named by a pronoun, in both), and "When A and
// B sit down in Andong next month" (talks to come).
func TestParticipleClausesAndSitDown(t *testing.T) {
	g := run(t, "President Tomas Reyes spoke in Seoul. He chose Japan for his first bilateral trip, holding talks in Tokyo with then-Prime Minister Anna Berg before flying on to Washington to meet President Kofi Mensah.", "")
	assert.Subset(t, meetings(g), []string{"held: Anna Berg, Tomas Reyes", "held: Kofi Mensah, Tomas Reyes"})
	assertMeetings(t, map[string][]string{
		"When President Tomas Reyes and Prime Minister Anna Berg sit down in Andong next month, it will be their third summit.": {"planned: Anna Berg, Tomas Reyes"},
	})
}

// "held two telephone conversations this Wednesday, March 18, with A, and
// with B": one call with each (the date set off by commas passed over);
// "In the afternoon, X spoke with B about …" is the call with B.
func TestTwoCallsWithADate(t *testing.T) {
	g := run(t, "President Tomas Reyes held two telephone conversations this Wednesday, March 18, with the President of Mexico, Anna Berg, and with the Prime Minister of Spain, Kofi Mensah. "+
		"In the afternoon, President Reyes spoke with Prime Minister Mensah about trade.", "")
	assert.ElementsMatch(t, []string{"held: Anna Berg, Tomas Reyes", "held: Kofi Mensah, Tomas Reyes"}, meetings(g))
	assertMeetings(t, map[string][]string{
		"Iran and the United States held talks in Muscat on Sunday, with Omani mediators shuttling messages.": {"held: Iran, United States"},
	})
}

// "“…,” Pakistan's Information Minister X wrote on X": the person after
// the possessive country speaks.
func TestQuoteThenPossessiveCountrysMinister(t *testing.T) {
	g := run(t, "\"Regrettably, no agreement was possible this time,\" Pakistan's Information Minister Tomas Reyes wrote on X.", "")
	assert.Equal(t, []string{"Tomas Reyes: Regrettably, no agreement was possible this time,"}, statements(g))
}

// "… wrote on X. The Afghan side, he said, …": a capital letter after a
// lower-case word ends the sentence before a usual opening (no initial of
// a name), so "he" is the minister who just wrote; "George W. Bush" keeps
// its initial.
func TestLetterBeforeSentenceEnd(t *testing.T) {
	g := run(t, "The truce was agreed by Defence Minister Kofi Mensah.\n\n"+
		"\"No agreement was possible,\" Information Minister Tomas Reyes wrote on X. The other side, he said, had refused to give \"verifiable guarantees\".", "")
	assert.ElementsMatch(t, []string{"Tomas Reyes: No agreement was possible,", "Tomas Reyes: verifiable guarantees"}, statements(g))
	g = run(t, "President George W. Bush said the talks were useful.", "")
	assert.Equal(t, []string{"George W. Bush: the talks were useful"}, statements(g))
}

// "He said a meeting between A and the Taliban's acting prime minister,
// B, could only be considered …": names count as one word and an
// apposed name is passed over on the way to the clause's verb.
func TestReportedClauseWithApposedName(t *testing.T) {
	g := run(t, "Defence Minister Kofi Mensah spoke. He said a meeting between Prime Minister Tomas Reyes and the Taliban's acting prime minister, Anna Berg, could only be considered once a written agreement was signed.", "")
	assert.Equal(t, []string{"Kofi Mensah: a meeting between Prime Minister Tomas Reyes and the Taliban's acting prime minister, Anna Berg, could only be considered once a written agreement was signed"}, statements(g))
}

// "talks between Pakistan and Afghanistan ended …, although both sides
// said …": the two sides are those of "between"; "separate talks with the
// two sides" are not changed by it. A text ending on "both sides" ends.
func TestBothSidesOfBetween(t *testing.T) {
	g := run(t, "A new round of ceasefire talks between Pakistan and Afghanistan ended in Istanbul on Thursday without agreement, although both sides said they were ready to meet again.", "")
	assert.ElementsMatch(t, []string{"Afghanistan: they were ready to meet again", "Pakistan: they were ready to meet again"}, statements(g))
	run(t, "Talks between Pakistan and Afghanistan ended without agreement between both sides", "")
}

// "spoke by phone with his Chilean counterpart" (no name): Chile takes
// part, with "Chilean" as its mention.
func TestUnnamedCounterpartIsTheCountry(t *testing.T) {
	g := run(t, "Foreign Minister Tomas Reyes spoke by phone with his Chilean counterpart last week.", "")
	assert.Equal(t, []string{"held: Chile, Tomas Reyes"}, meetings(g))
	for _, n := range g.Nodes() {
		if n.Label == "Chile" {
			require.Len(t, n.Mentions, 1)
			d, ok := g.Document(n.Mentions[0].Doc)
			require.True(t, ok)
			assert.Equal(t, "Chilean", d.Text[n.Mentions[0].Start:n.Mentions[0].End])
		}
	}
}

// "X asked Foreign Minister Y to travel to Mexico City in April for a
// meeting with his Mexican counterpart": a task given, the meeting to
// come; "Reporters asked about the talks" changes nothing.
func TestCommissionedMeetingIsPlanned(t *testing.T) {
	assertMeetings(t, map[string][]string{
		"President Tomas Reyes asked Foreign Minister Anna Berg to travel to Mexico City in April for a meeting with his Mexican counterpart.": {"planned: Anna Berg, Mexico"},
		"Reporters asked about the talks between Tomas Reyes and Anna Berg.":                                                                   {"held: Anna Berg, Tomas Reyes"},
	})
}

// "X and his Paraguayan counterpart Y pledged …, after talks at the Torre
// Ejecutiva": the two who open the sentence held the talks; a place
// before ", after talks in Seoul" is not where they were held.
func TestCounterpartPairAfterTalks(t *testing.T) {
	g := run(t, "Uruguayan President Tomas Reyes and his Paraguayan counterpart Anna Berg pledged on Tuesday to speed up dredging of the waterway, after talks at the Torre Ejecutiva in central Montevideo.", "")
	assert.Equal(t, []string{"held: Anna Berg, Tomas Reyes"}, meetings(g))
	g = run(t, "Foreign Minister Tomas Reyes and his Chinese counterpart Anna Berg agreed on Thursday to discuss the structures China has installed in the Yellow Sea, after talks in Seoul.", "")
	assert.Equal(t, []string{"held: Anna Berg, Tomas Reyes"}, meetings(g))
	assert.NotContains(t, labels(g, graphmodel.KindMeeting)[0], "Yellow Sea")
}

// "held back-to-back meetings with his Uruguayan and Paraguayan
// counterparts" (one meeting with each; "back" in "back-to-back" is no
// verb of motion, so the subject takes part), and "X first received
// Uruguay's Y … and then hosted Z" (the first of the day, not an earlier
// encounter; Y is Uruguay's, so the meeting with Uruguay is his).
func TestBackToBackMeetings(t *testing.T) {
	g := run(t, "Brazilian Foreign Minister Tomas Reyes held back-to-back meetings with his Uruguayan and Paraguayan counterparts at the Itamaraty Palace on Wednesday.", "")
	assert.ElementsMatch(t, []string{"held: Paraguay, Tomas Reyes", "held: Tomas Reyes, Uruguay"}, meetings(g))
	g = run(t, "Brazilian Foreign Minister Tomas Reyes held back-to-back meetings with his Uruguayan and Paraguayan counterparts on Wednesday. "+
		"Reyes first received Uruguay's Anna Berg for talks and then hosted Kofi Mensah for lunch.", "")
	assert.Contains(t, meetings(g), "held: Anna Berg, Tomas Reyes, Uruguay")
}

// "Secretary of Foreign Affairs of the Republic of the Philippines",
// "Undersecretary of Foreign Affairs X": titles, not an organisation
// called "Foreign Affairs".
func TestSecretaryOfForeignAffairs(t *testing.T) {
	g := run(t, "Ms. Anna Berg, Secretary of Foreign Affairs of the Republic of the Philippines, met Undersecretary of Foreign Affairs Tomas Reyes.", "")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Foreign Affairs")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Tomas Reyes")
	g = run(t, "Foreign Affairs Secretary Anna Berg met President Tomas Reyes.", "")
	assert.Equal(t, []string{"Anna Berg", "Tomas Reyes"}, labels(g, graphmodel.KindActor), "a portfolio before a title, not the magazine")
}

// A text that opens on "Sit down …" has nobody before the verb.
func TestSitDownOpeningTheText(t *testing.T) {
	assert.Empty(t, meetings(run(t, "Sit down in Andong, they said.", "")))
}

// "Kurti said on Facebook that …": the platform is where it was said, no
// actor; "Facebook said it would …" keeps the company.
func TestPlatformIsNoActor(t *testing.T) {
	g := run(t, "Prime Minister Tomas Reyes said on Facebook that the offer remained on the table.", "")
	assert.Equal(t, []string{"Tomas Reyes: the offer remained on the table"}, statements(g))
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Meta")
	g = run(t, "Facebook said it would remove the posts.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Meta")
}

// "Undersecretary of Foreign Affairs Gloria de la Fuente": two particles
// in a row belong to the name.
func TestTwoParticlesInAName(t *testing.T) {
	g := run(t, "Chilean Undersecretary of Foreign Affairs Anna de la Berg co-chaired the consultation in Hanoi.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Anna de la Berg")
}

// "the BRICS Foreign Ministers Meeting", "the Pacific Islands Forum
// Leaders Meeting": a meeting word after a plural title is no person.
func TestMeetingWordIsNoName(t *testing.T) {
	g := run(t, "Minister Tomas Reyes met his counterparts on the margins of the BRICS Foreign Ministers Meeting in New Delhi.", "")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Meeting")
	g = run(t, "Presidents Tomas Reyes and Anna Berg met in Oslo.", "")
	assert.Subset(t, labels(g, graphmodel.KindActor), []string{"Tomas Reyes", "Anna Berg"})
}

// Speakers named after lower-case modifiers of their title, with a name
// set off by commas, and a quotation of several sentences continuing
// the speaker of the one before.
func TestModifiedTitlesAndLongContinuations(t *testing.T) {
	for text, want := range map[string][]string{
		"“This call marks a turning point,” presidential spokeswoman Lina Oru told reporters in Suva.": {"Lina Oru: This call marks a turning point,"},
		"“This is not an amnesty,” the government's chief negotiator, Aru Tane, told reporters.":       {"Aru Tane: This is not an amnesty,"},
		"The two leaders will meet in Suva on May 2, followed by a banquet, presidential spokesperson Lina Oru said.": {
			"Lina Oru: The two leaders will meet in Suva on May 2, followed by a banquet"},
		"President Mele Vaka opened the summit. “We cannot wait,” Vaka told fellow leaders at the opening session. “A code is no favour. It is a duty.”": {
			"Mele Vaka: A code is no favour. It is a duty.", "Mele Vaka: We cannot wait,"},
	} {
		assert.Equal(t, want, statements(run(t, text, "")), text)
	}
	// a quotation after a reported clause, not after a quotation, has no
	// speaker of its own
	g := run(t, "President Mele Vaka said the talks went well. “A code is no favour. It is a duty.”", "")
	assert.Equal(t, []string{"Mele Vaka: the talks went well"}, statements(g))
}

// A portfolio of several words before a title belongs to the person's
// phrase: the one called on is the minister.
func TestPortfolioBeforeTitle(t *testing.T) {
	g := run(t, "Foreign Minister Aru Tane called on Energy and Mineral Resources Minister Mele Vaka on Monday.", "")
	assert.Equal(t, []string{"held: Aru Tane, Mele Vaka"}, meetings(g))
	g = run(t, "Foreign Minister Aru Tane called on Economy, Trade and Industry Minister Mele Vaka on Monday.", "")
	assert.Equal(t, []string{"held: Aru Tane, Mele Vaka"}, meetings(g), "a portfolio with a comma")
	g = run(t, "President Aru Tane and Foreign Minister Mele Vaka arrived in Suva on Monday.", "")
	assert.Empty(t, meetings(g), "a name before 'and' is no portfolio")
	assert.Equal(t, []string{"Aru Tane", "Mele Vaka"}, labels(g, graphmodel.KindActor))
}

// "The delegation" is its head when the text named who leads it; a
// phrase of time before "X called on Y" is nothing X said.
func TestDelegationHead(t *testing.T) {
	for text, want := range map[string][]string{
		"A delegation from Norland led by Foreign Minister Aru Tane arrived in Suva on Monday. On Tuesday, the delegation called on President Mele Vaka.": {"held: Aru Tane, Mele Vaka"},
		"The delegation, led by Minister Aru Tane, paid a courtesy call on President Mele Vaka.":                                                          {"held: Aru Tane, Mele Vaka"},
		"Minister Aru Tane's delegation arrived in Suva. The visiting delegation met President Mele Vaka on Monday.":                                      {"held: Aru Tane, Mele Vaka"},
		"The delegation met President Mele Vaka on Monday.":                                                                                               {"held: Mele Vaka"},
	} {
		assert.Equal(t, want, meetings(run(t, text, "")), text)
	}
	g := run(t, "Foreign Minister Ana Lund received the Nigerien delegation, led by Foreign Minister Tomas Reyes, on Monday.", "")
	assert.Equal(t, []string{"held: Ana Lund, Tomas Reyes"}, meetings(g), "a country's delegation led by someone named")
	g = run(t, "Norway's Foreign Minister Ana Lund and Ghana's special envoy, Kofi Mensa, received Foreign Minister Tomas Reyes on Monday.", "")
	assert.Equal(t, []string{"held: Ana Lund, Kofi Mensa, Tomas Reyes"}, meetings(g), "a subject of two, the second after its country's possessive")
	g = run(t, "Foreign Minister Aru Tane, whose country brokered the truce, also met President Mele Vaka separately on Thursday.", "")
	assert.Equal(t, []string{"held: Aru Tane, Mele Vaka"}, meetings(g), "the subject before a relative clause with whose")
	g = run(t, "On 10 February, Foreign Minister Aru Tane called on President Mele Vaka at the Presidential Secretariat.", "")
	assert.Empty(t, statements(g))
	assert.Equal(t, []string{"held: Aru Tane, Mele Vaka"}, meetings(g))
}

// A body whose name opens with a rank is an organisation, not a person
// of that rank; a rank before a name stays a title.
func TestRankOpensBody(t *testing.T) {
	g := run(t, "Both sides asked the General Border Committee to meet. General Aru Tane met the press.", "")
	assert.Equal(t, []string{"Aru Tane", "General Border Committee"}, labels(g, graphmodel.KindActor))
}

// Given names written short with a period ("Ma." for Maria, "Md." for
// Mohammed) belong to the name; the period ends no sentence.
func TestShortGivenNames(t *testing.T) {
	g := run(t, "Foreign Secretary Ma. Anna Berg met Adviser Md. Tomas Reyes in Suva. Berg said the talks were useful.", "")
	assert.Equal(t, []string{"Ma. Anna Berg", "Md. Tomas Reyes"}, labels(g, graphmodel.KindActor))
	assert.Equal(t, []string{"Ma. Anna Berg: the talks were useful"}, statements(g))
}

// An organisation's name goes on through an inner "of" and a hyphened
// lower-case word, but not through "of" and a country.
func TestLongOrganisationNames(t *testing.T) {
	g := run(t, "Serbia refused to discuss the Association of Serb-majority Municipalities. Tane addressed the Assembly of Heads of State and Government on Friday.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Association of Serb-majority Municipalities")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Assembly of Heads of State and Government")
	g = run(t, "The Commission of Inquiry of Kenya met on Friday.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Kenya")
}

// The building of an office ("at the Prime Minister's Office") and a
// capitalised complex are places where meetings happen.
func TestOfficeBuildings(t *testing.T) {
	g := run(t, "President Mele Vaka received Minister Aru Tane at the Prime Minister's Office on Monday. Vaka later met him at the Presidential Complex.", "")
	assert.Equal(t, []string{"Presidential Complex", "Prime Minister's Office"}, labels(g, graphmodel.KindVenue))
	g = run(t, "The Prime Minister's Office said the talks were useful.", "")
	assert.Empty(t, labels(g, graphmodel.KindVenue), "an office that speaks is no place")
}

// "the Foreign Office" is the foreign ministry of many countries
// (Germany's, Pakistan's), not the British one unless the text says so.
func TestForeignOfficeIsNotOnlyBritish(t *testing.T) {
	g := run(t, "The Foreign Office in Islamabad said the talks were useful.", "")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "Foreign, Commonwealth and Development Office")
	g = run(t, "The British Foreign Office said the talks were useful.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "Foreign, Commonwealth and Development Office")
}

// A body's name that many states use ("House of Representatives",
// "Department of Foreign Affairs") is the lexicon's body only when the
// text names that body's country.
func TestGenericBodyNames(t *testing.T) {
	g := run(t, "The House of Representatives in Tripoli rejected the plan on Monday.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "House of Representatives")
	assert.NotContains(t, labels(g, graphmodel.KindActor), "United States House of Representatives")
	g = run(t, "The House of Representatives in Washington rejected the plan on Monday.", "")
	assert.Contains(t, labels(g, graphmodel.KindActor), "United States House of Representatives")
}

// A known person written with a middle name the lexicon leaves out is
// that person; "Advocate" before a name is an honorific.
func TestMiddleNamesAndAdvocate(t *testing.T) {
	g := run(t, "The President welcomed His Excellency Advocate Duma Gideon Boko at State House. President Cyril Matamela Ramaphosa joined them.", "")
	assert.Equal(t, []string{"Cyril Ramaphosa", "Duma Boko"}, labels(g, graphmodel.KindActor))
}

// A name with a given name, an initial or a suffix left out is the same
// person, in one document and across documents; another given name is
// another person.
func TestGivenNamesLeftOut(t *testing.T) {
	g := run(t, "Foreign Secretary Ma. Anna P. Berg met Minister Tomas Lund Reyes in Suva. Anna Berg said Tomas Reyes was welcome.", "")
	assert.Equal(t, []string{"Ma. Anna P. Berg", "Tomas Lund Reyes"}, labels(g, graphmodel.KindActor))

	docs := []graphmodel.Document{
		{ID: "a", Text: "Deputy Prime Minister Mohammad Aru Tane met General Kofi Mensa in Accra."},
		{ID: "b", Text: "Aru Tane met General Ama Mensa in Suva. Tane said the talks were useful."},
	}
	g, err := newExtractor(t).Build(context.Background(), docs, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"Ama Mensa", "Kofi Mensa", "Mohammad Aru Tane"}, labels(g, graphmodel.KindActor))
	assert.Equal(t, 2, byLabel(g, graphmodel.KindActor, "Mohammad Aru Tane").DocCount())
}

// A run of capitalised words that ends in a river's or a lake's head
// word is a place even where an apposition could make it a person.
func TestRiverBeforeApposition(t *testing.T) {
	g := run(t, "Troops trained at the Kofi Annan International Peacekeeping Training Centre. The Nelson Mandela Foundation said so.", "")
	assert.Equal(t, []string{"Nelson Mandela Foundation"}, labels(g, graphmodel.KindActor), "bodies named after people")
	assert.Equal(t, []string{"Kofi Annan International Peacekeeping Training Centre"}, labels(g, graphmodel.KindVenue))
	g = run(t, "On the bridge over the Suchiate River, Mexican President Ana Lund and Guatemalan President Tomas Reyes shook hands.", "")
	assert.Equal(t, []string{"Ana Lund", "Tomas Reyes"}, labels(g, graphmodel.KindActor))
	assert.Contains(t, labels(g, graphmodel.KindVenue), "Suchiate River")
}

// A country's body named in lower case is one node however the texts
// put it: "Egypt's foreign ministry", "the Egyptian foreign ministry".
func TestStateBodyOneNode(t *testing.T) {
	g := run(t, "Egypt's foreign ministry said the talks were useful. The Egyptian foreign ministry added that more would follow.", "")
	assert.Equal(t, []string{"Egypt's foreign ministry"}, labels(g, graphmodel.KindActor))
	docs := []graphmodel.Document{
		{ID: "a", Text: "The Egyptian foreign ministry said the talks were useful."},
		{ID: "b", Text: "Egypt's foreign ministry said more would follow."},
	}
	g, err := newExtractor(t).Build(context.Background(), docs, nil)
	require.NoError(t, err)
	assert.Equal(t, []string{"Egyptian foreign ministry"}, labels(g, graphmodel.KindActor))
	assert.Equal(t, 2, byLabel(g, graphmodel.KindActor, "Egyptian foreign ministry").DocCount())
}

// A known building followed by what it is ("the Casa Rosada presidential
// palace") is the known building, one venue with its plain name; before a
// reporting verb, the body it houses.
func TestKnownBuildingWithDescription(t *testing.T) {
	g := run(t, "President Ana Lund met President Tomas Reyes at the Casa Rosada presidential palace. Reyes later left the Casa Rosada.", "")
	assert.Equal(t, []string{"Casa Rosada"}, labels(g, graphmodel.KindVenue))
	// the presidency it houses speaks for it
	g = run(t, "President Ana Lund spoke to President Tomas Reyes by phone, the Planalto presidential palace said.", "")
	assert.Equal(t, []string{"Planalto: President Ana Lund spoke to President Tomas Reyes by phone"}, statements(g))
	assert.Empty(t, labels(g, graphmodel.KindVenue))
}

// Places in a list after "in", after "border(s) with" and after a trip
// noun and "to" are venues; a partner after "with" stays an actor.
func TestPlacesInListsBordersAndTrips(t *testing.T) {
	g := run(t, "Ghana keeps the door open to our brothers in Mali, Burkina Faso and Niger.", "")
	assert.ElementsMatch(t, []string{"Burkina Faso", "Mali", "Niger"}, labels(g, graphmodel.KindVenue))
	g = run(t, "Poland fortifies its borders with Russia and Belarus. Tomas Reyes led a business mission to Japan in February.", "")
	assert.ElementsMatch(t, []string{"Belarus", "Japan", "Russia"}, labels(g, graphmodel.KindVenue))
	g = run(t, "The talks were held in Geneva, Russia said. Japan signed a deal with Russia.", "")
	assert.Equal(t, []string{"Geneva"}, labels(g, graphmodel.KindVenue))
	assert.ElementsMatch(t, []string{"Japan", "Russia"}, labels(g, graphmodel.KindActor))
}

// A listed government body used as a place keeps the name it was written
// with: "at the Amiri Diwan" is the Qatari Amiri Diwan, also called so.
func TestBodyAsPlaceKeepsWrittenName(t *testing.T) {
	g := run(t, "President Tomas Reyes held talks with the Emir at the Amiri Diwan on Tuesday.", "")
	v := byLabel(g, graphmodel.KindVenue, "Qatari Amiri Diwan")
	require.NotNil(t, v)
	assert.Contains(t, v.Aliases, "Amiri Diwan")
}

// "the Gazakh district" is a region named Gazakh, also called "Gazakh
// district"; a listed region before its division's noun keeps that name
// too ("the Tavush province").
func TestAdministrativeDivisions(t *testing.T) {
	g := run(t, "Troops left the Tavush province and the Gazakh district on Monday.", "")
	assert.ElementsMatch(t, []string{"Gazakh", "Tavush"}, labels(g, graphmodel.KindVenue))
	assert.Contains(t, byLabel(g, graphmodel.KindVenue, "Gazakh").Aliases, "Gazakh district")
	assert.Contains(t, byLabel(g, graphmodel.KindVenue, "Tavush").Aliases, "Tavush province")
	assert.Equal(t, graphmodel.TypeRegion, byLabel(g, graphmodel.KindVenue, "Gazakh").Type)
}

// Capitals that act: the subject of a reported clause with an irregular
// past ("that Ankara stood ready"), the object of a verb of wanting
// before "to" ("expected Yerevan to deliver"), and every capital of a
// list that acts as one; a list after "to" a place stays places.
func TestCapitalsActingInListsAndObjects(t *testing.T) {
	for text, want := range map[string][]string{
		"The envoy informed the minister that Ankara stood ready to host the next round.":       {"Turkey"},
		"Yerevan has insisted that the route remain under its sovereignty.":                     {"Armenia"},
		"The minister said Baku expected Yerevan to deliver on its commitments.":                {"Armenia", "Azerbaijan"},
		"The minister said that Bamako, Niamey and Ouagadougou had yet to respond.":             {"Burkina Faso", "Mali", "Niger"},
		"He said that Dakar favoured a partnership with Bamako, Ouagadougou and Niamey.":        {"Burkina Faso", "Mali", "Niger", "Senegal"},
		"The minister said that Seoul and Tokyo must not let disputes hold the future hostage.": {"Japan", "South Korea"},
	} {
		g := run(t, text, "")
		assert.ElementsMatch(t, want, labels(g, graphmodel.KindActor), text)
		assert.Empty(t, labels(g, graphmodel.KindVenue), text)
	}
	g := run(t, "The minister travelled to Bamako, Niamey and Ouagadougou last week.", "")
	assert.ElementsMatch(t, []string{"Bamako", "Niamey", "Ouagadougou"}, labels(g, graphmodel.KindVenue))
}

// "a Somali port", "the Chinese port" name no building; "the Mozal
// aluminium smelter" does.
func TestKindOfPlaceIsNoName(t *testing.T) {
	g := run(t, "Ethiopia wants access to a Somali port. The Chinese port is busy. Talks were held at the Mozal aluminium smelter.", "")
	assert.Equal(t, []string{"Mozal aluminium smelter"}, labels(g, graphmodel.KindVenue))
}

// An unknown capitalised word after "in" that modifies a noun is an
// adjective, not a place; before a place's own noun or an adverb it
// stays a place.
func TestUnknownAdjectivesAreNoPlaces(t *testing.T) {
	g := run(t, "The dam was first designed in Soviet times. Hungary backs Türkiye's role in European defence projects.", "")
	assert.Empty(t, labels(g, graphmodel.KindVenue))
	g = run(t, "Ana Lund spoke to reporters in Tulcán afterwards. Factories stand in the Kahramankazan district.", "")
	assert.Equal(t, []string{"Kahramankazan", "Tulcán"}, labels(g, graphmodel.KindVenue))
}

// One person at a summit or a briefing whose other members go unnamed is
// no meeting the text shows.
func TestLoneSummitGoer(t *testing.T) {
	assert.Empty(t, meetings(run(t, "Prime Minister Ana Lund, attending her first summit since the election, said the bloc must act.", "")))
	assert.Equal(t, []string{"held: Ana Lund, Tomas Reyes"}, meetings(run(t, "Prime Minister Ana Lund and President Tomas Reyes held a summit in Suva on Monday.", "")))
}

// What a call's participants discussed or were briefed on is the call,
// and the places of the topic are not its venue.
func TestDiscussedOnTheCall(t *testing.T) {
	g := run(t, "Foreign Minister Ana Lund held a telephone conversation today with Foreign Minister Tomas Reyes. The ministers discussed security in the Baltic Sea region. Lund briefed her counterpart on incidents in the Gulf of Finland.", "")
	assert.Equal(t, []string{"held: Ana Lund, Tomas Reyes"}, meetings(g))
	assertNoVenueEdges(t, g) // a topic's place is no venue of the call
}

// A meeting's label names people by their short names: a first name
// quoted alone ("I told Ana …") is not one; a lexicon short name is.
func TestMeetingLabelShortNames(t *testing.T) {
	g := run(t, "Prime Minister Ana Lund met President Tomas Reyes in Suva on Monday. \"I told Ana that very clearly,\" Reyes said.", "")
	require.Len(t, labels(g, graphmodel.KindMeeting), 1)
	assert.Contains(t, labels(g, graphmodel.KindMeeting)[0], "Lund")
	g = run(t, "Prime Minister Abiy Ahmed met President William Ruto in Nairobi on Monday. Abiy said the talks were useful.", "")
	require.Len(t, labels(g, graphmodel.KindMeeting), 1)
	assert.Contains(t, labels(g, graphmodel.KindMeeting)[0], "Abiy")
}

// A region named in a call's sentence is what the call was about, not
// where it took place.
func TestCallHasNoRegionVenue(t *testing.T) {
	g := run(t, "Prime Minister Ana Lund and President Tomas Reyes agreed in a video call on Wednesday to expand joint drills, amid concern over activity in the South China Sea.", "")
	assert.Equal(t, []string{"held: Ana Lund, Tomas Reyes"}, meetings(g))
	assertNoVenueEdges(t, g)
}

// assertNoVenueEdges fails when a meeting of g has a venue.
func assertNoVenueEdges(t *testing.T, g *graphmodel.Graph) {
	t.Helper()
	for _, e := range g.Edges() {
		assert.NotEqual(t, graphmodel.EdgeVenue, e.Kind, "venue edge %s", e.ID)
	}
}

// "de los Santos": a surname after the particles "de los" / "de las".
func TestParticlesLosLas(t *testing.T) {
	g := run(t, "Senate President Ricardo de los Santos met Speaker Ana Lund. Speaking through an interpreter, de los Santos said the Senate wanted cooperation.", "")
	assert.Equal(t, []string{"Ricardo de los Santos: the Senate wanted cooperation"}, statements(g))
}

// More capitals standing for their governments: after "thanked",
// "through … or", "at the request of", in "which Cotonou denies" (a seat
// of government that is not the capital); cities joined by a route stay
// places.
func TestMoreCapitalsAsGovernments(t *testing.T) {
	for text, want := range map[string]string{
		"The president thanked Tokyo for the patrol vessels.":               "Japan",
		"Niger accused Benin of hosting troops, which Cotonou denies.":      "Benin",
		"The format was chosen at the request of Niamey.":                   "Niger",
		"We cannot talk only through Washington or Moscow, the envoy said.": "Russia",
	} {
		g := run(t, text, "")
		assert.Contains(t, labels(g, graphmodel.KindActor), want, text)
		assert.Empty(t, labels(g, graphmodel.KindVenue), text)
	}
	g := run(t, "The two countries will resume direct cargo shipping between Colombo and Malé.", "")
	assert.Equal(t, []string{"Colombo", "Malé"}, labels(g, graphmodel.KindVenue))
}

// A name whose first word the lists do not know, before a known given
// name, is whole when an apposition or a reporting verb follows; an
// apposition may name its title's owner ("the SPLM-IO's interim leader").
func TestUnknownFirstNames(t *testing.T) {
	g := run(t, "Oyet Nathaniel Pierino, the SPLM-IO's interim leader, said the movement would join talks.", "")
	assert.Equal(t, []string{"Oyet Nathaniel Pierino: the movement would join talks"}, statements(g))
	g = run(t, "Kokou Edem Tengue said the talks were useful.", "")
	assert.Equal(t, []string{"Kokou Edem Tengue: the talks were useful"}, statements(g))
}

// A fault inside extraction (here: a session that was never made by an
// extractor) comes back as an error naming the document, not as a panic
// that would end the application with the user's unsaved work.
func TestExtractionFaultIsAnError(t *testing.T) {
	var s extract.Session
	err := s.Extract(graphmodel.Document{ID: "article-7", Text: "Putin met Xi."})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "article-7")
	assert.Contains(t, err.Error(), "internal error")
}

// Welcoming or thanking people is no statement of what they are; urging
// them to do something is.
func TestPeopleAsObjects(t *testing.T) {
	const lead = "President Aru Tane held talks with President Mele Vaka in Suva on Monday. "
	assert.Empty(t, statements(run(t, lead+"Tane warmly welcomed the distinguished guest.", "")))
	assert.Equal(t, []string{"Aru Tane: members to conclude a code of conduct before the end of the year"},
		statements(run(t, lead+"Tane urged members to conclude a code of conduct before the end of the year.", "")))
}
