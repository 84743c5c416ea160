package eval_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/eval"
)

const text = "Anna Berg met Omar Said in Lyon. Berg said that the talks went well. “We agree,” Said added."

// fixture builds a small graph by hand; its scores are computed by hand
// in the tests below.
func fixture(t *testing.T) *graphmodel.Graph {
	t.Helper()
	g := graphmodel.New()
	_, err := g.AddDocument(graphmodel.Document{ID: "d", Text: text})
	require.NoError(t, err)
	sp := func(s string) []graphmodel.Span {
		i := indexOf(t, s)
		return []graphmodel.Span{{Doc: "d", Start: i, End: i + len(s)}}
	}
	nodes := []graphmodel.Node{
		{ID: "actor:anna-berg", Kind: graphmodel.KindActor, Type: "person", Label: "Anna Berg", Aliases: []string{"Berg"}, Mentions: sp("Anna Berg")},
		{ID: "actor:said", Kind: graphmodel.KindActor, Type: "person", Label: "Omar Said", Mentions: sp("Omar Said")},
		{ID: "actor:said2", Kind: graphmodel.KindActor, Type: "person", Label: "Said", Mentions: sp("Said added")[:1]},
		{ID: "actor:lyon-org", Kind: graphmodel.KindActor, Type: "organization", Label: "The Lyon Council's", Mentions: sp("Lyon")},
		{ID: "venue:lyon", Kind: graphmodel.KindVenue, Type: "city", Label: "Lyon", Mentions: sp("Lyon")},
		{ID: "meeting:1", Kind: graphmodel.KindMeeting, Label: "Berg–Said meeting", Mentions: sp("met")},
		{ID: "meeting:2", Kind: graphmodel.KindMeeting, Label: "stray", Mentions: sp("talks")},
		// found and attributed
		{ID: "statement:1", Kind: graphmodel.KindStatement, Label: "s1", Attrs: map[string]string{"quote": "the talks went"}, Mentions: sp("the talks went")},
		// found, wrong speaker
		{ID: "statement:2", Kind: graphmodel.KindStatement, Label: "s2", Attrs: map[string]string{"quote": "We agree"}, Mentions: sp("We agree")},
		// overlaps nothing
		{ID: "statement:3", Kind: graphmodel.KindStatement, Label: "s3", Attrs: map[string]string{"quote": "met Omar"}, Mentions: sp("met Omar")},
	}
	for _, n := range nodes {
		_, err := g.AddNode(n)
		require.NoError(t, err)
	}
	for _, e := range [][3]string{
		{"participant", "actor:anna-berg", "meeting:1"}, {"participant", "actor:said", "meeting:1"},
		{"participant", "actor:said2", "meeting:2"},
		{"speaker", "actor:anna-berg", "statement:1"}, {"speaker", "actor:anna-berg", "statement:2"},
		{"speaker", "actor:said", "statement:3"},
	} {
		_, err := g.Connect(graphmodel.EdgeKind(e[0]), e[1], e[2])
		require.NoError(t, err)
	}
	return g
}

func indexOf(t *testing.T, s string) int {
	t.Helper()
	for i := 0; i+len(s) <= len(text); i++ {
		if text[i:i+len(s)] == s {
			return i
		}
	}
	t.Fatalf("%q not in text", s)
	return -1
}

func gold() *eval.Gold {
	lyon := "Lyon"
	return &eval.Gold{
		Actors: []eval.GoldEntity{
			{Name: "Anna Berg", Aliases: []string{"Berg"}},
			{Name: "Omar Said", Aliases: []string{"Said"}},
			{Name: "Lyon Council"},
		},
		Venues: []eval.GoldEntity{{Name: "Lyon"}, {Name: "France"}},
		Meetings: []eval.GoldMeeting{
			{Label: "Berg-Said", Participants: []string{"Anna Berg", "Omar Said"}, Venue: &lyon},
			{Label: "other", Participants: []string{"Omar Said", "Lyon Council", "Someone Else"}},
		},
		Statements: []eval.GoldStatement{
			{Speaker: "Anna Berg", Quote: "the talks went well"},
			{Speaker: "Said", Quote: "We agree,"},
			{Speaker: "Anna Berg", Quote: "Anna Berg met"},
		},
	}
}

func TestNormalize(t *testing.T) {
	for in, want := range map[string]string{
		"The Kremlin":            "kremlin",
		"Putin's":                "putin",
		"U.S.":                   "u s",
		"  Joseph R. Biden, Jr.": "joseph r biden jr",
		"“Quoted”  name;":        "quoted name",
		"ＡＢＣ":                    "abc", // NFKC folds full-width letters
		"theocracy":              "theocracy",
	} {
		assert.Equal(t, want, eval.Normalize(in), in)
	}
}

func TestEvaluateHandComputed(t *testing.T) {
	r, err := eval.Evaluate(fixture(t), "d", gold())
	require.NoError(t, err)

	// Actors: "Anna Berg" and "Omar Said" match by label in pass one;
	// "Said" (second node) finds only taken gold items; "The Lyon
	// Council's" normalises to "lyon council" and matches in pass one.
	assert.Equal(t, eval.Score{Hits: 3, Pred: 4, Gold: 3}, r.Actors)
	assert.InDelta(t, 0.75, r.Actors.Precision(), 1e-9)
	assert.InDelta(t, 1.0, r.Actors.Recall(), 1e-9)
	assert.InDelta(t, 2*0.75/1.75, r.Actors.F1(), 1e-9)

	assert.Equal(t, eval.Score{Hits: 1, Pred: 1, Gold: 2}, r.Venues)

	// Statements: s1 overlaps "the talks went well" (14 of 14 bytes of the
	// shorter); s2 "We agree" lies inside "We agree,"; s3 "met Omar"
	// overlaps "Anna Berg met" by 3 bytes, less than half of 8.
	assert.Equal(t, eval.Score{Hits: 2, Pred: 3, Gold: 3}, r.StatementsFound)
	// s1's speaker is Anna Berg (right); s2's is Anna Berg, gold says Said.
	assert.Equal(t, eval.Score{Hits: 1, Pred: 3, Gold: 3}, r.StatementsAttributed)

	// Meetings: meeting:1 has {Berg, Said} = gold 1 (Jaccard 1). meeting:2
	// has {said2}, which matched no gold actor: Jaccard with gold 2 is 0.
	assert.Equal(t, eval.Score{Hits: 1, Pred: 2, Gold: 2}, r.Meetings)
}

func TestEvaluateOnlyCountsTheDocument(t *testing.T) {
	g := fixture(t)
	_, err := g.AddDocument(graphmodel.Document{ID: "other", Text: "Zed Q."})
	require.NoError(t, err)
	_, err = g.AddNode(graphmodel.Node{ID: "actor:zed", Kind: graphmodel.KindActor, Label: "Zed", Mentions: []graphmodel.Span{{Doc: "other", Start: 0, End: 3}}})
	require.NoError(t, err)
	r, err := eval.Evaluate(g, "d", gold())
	require.NoError(t, err)
	assert.Equal(t, 4, r.Actors.Pred)

	_, err = eval.Evaluate(g, "missing", gold())
	assert.Error(t, err)
}

func TestMicroAverageSumsCounts(t *testing.T) {
	a := eval.Result{Actors: eval.Score{Hits: 1, Pred: 2, Gold: 4}}
	b := eval.Result{Actors: eval.Score{Hits: 3, Pred: 3, Gold: 4}}
	sum := a.Add(b)
	assert.Equal(t, eval.Score{Hits: 4, Pred: 5, Gold: 8}, sum.Actors)
	assert.InDelta(t, 0.8, sum.Actors.Precision(), 1e-9)
	assert.InDelta(t, 0.5, sum.Actors.Recall(), 1e-9)
	assert.Equal(t, 0.0, eval.Score{}.F1())
}

func TestMeetingMatchingIsOneToOne(t *testing.T) {
	g := fixture(t)
	// a second node with the same participants as meeting:1
	_, err := g.AddNode(graphmodel.Node{ID: "meeting:3", Kind: graphmodel.KindMeeting, Label: "dup", Mentions: []graphmodel.Span{{Doc: "d", Start: 0, End: 4}}})
	require.NoError(t, err)
	for _, a := range []string{"actor:anna-berg", "actor:said"} {
		_, err := g.Connect(graphmodel.EdgeParticipant, a, "meeting:3")
		require.NoError(t, err)
	}
	r, err := eval.Evaluate(g, "d", gold())
	require.NoError(t, err)
	// {Berg, Said} vs gold 2 {Said, Lyon Council, Someone Else}: 1/4 < 0.5.
	assert.Equal(t, eval.Score{Hits: 1, Pred: 3, Gold: 2}, r.Meetings)
}

func TestMeetingDatesAreComparedOnMeetingsThatMayMatch(t *testing.T) {
	g := fixture(t)
	gd := gold()
	r, err := eval.Evaluate(g, "d", gd)
	require.NoError(t, err)
	assert.Equal(t, eval.Score{}, r.MeetingDates, "no date anywhere")

	day, other := "2026-04-07", "2026-04-08"
	gd.Meetings[0].Date, gd.Meetings[1].Date = &day, &other
	require.NoError(t, g.SetNodeAttr("meeting:1", graphmodel.AttrDate, day))
	require.NoError(t, g.SetNodeAttr("meeting:2", graphmodel.AttrDate, other))
	r, err = eval.Evaluate(g, "d", gd)
	require.NoError(t, err)
	// meeting:1 matches gold 1 with its date; meeting:2 matches nothing,
	// so its date (gold 2's) counts nowhere.
	assert.Equal(t, eval.Score{Hits: 1, Pred: 1, Gold: 1}, r.MeetingDates)
	assert.Equal(t, eval.Score{Hits: 1, Pred: 2, Gold: 2}, r.Meetings, "dates change no corpus measure")

	require.NoError(t, g.SetNodeAttr("meeting:1", graphmodel.AttrDate, other))
	r, err = eval.Evaluate(g, "d", gd)
	require.NoError(t, err)
	assert.Equal(t, eval.Score{Hits: 0, Pred: 1, Gold: 1}, r.MeetingDates, "a wrong date")
	assert.Equal(t, 5, len(r.Measures()), "the five measures of the corpus rules")
}

func TestParseGold(t *testing.T) {
	g, err := eval.ParseGold("x.json", []byte(`{"actors":[{"name":"A","aliases":[],"type":"person"}],"venues":[],"meetings":[],"statements":[],"notes":["extra fields are ignored"]}`))
	require.NoError(t, err)
	assert.Len(t, g.Actors, 1)
	_, err = eval.ParseGold("bad.json", []byte(`{"actors":[{"name":""}]}`))
	assert.ErrorContains(t, err, "bad.json")
	_, err = eval.ParseGold("bad.json", []byte(`{`))
	assert.ErrorContains(t, err, "bad.json")
}

// FuzzParseGold: arbitrary bytes give a gold annotation or an error
// naming the file, never a panic; a parsed gold scores without panic.
func FuzzParseGold(f *testing.F) {
	f.Add([]byte(`{"actors":[{"name":"A","aliases":["B"]}],"statements":[{"speaker":"A","quote":"went"}],"meetings":[{"participants":["A","Z"]}]}`))
	f.Add([]byte(`{"venues":[{"name":""}]}`))
	f.Add([]byte(`[]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := eval.ParseGold("g.json", data)
		if err != nil {
			if !strings.Contains(err.Error(), "g.json") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if _, err := eval.Evaluate(fixture(t), "d", g); err != nil {
			t.Fatal(err)
		}
	})
}
