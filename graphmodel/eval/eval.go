// Package eval scores an extracted graph against a hand-made gold
// annotation of a document, following the scoring rules of the corpus
// README: names normalised, actors and venues matched by name in two
// passes, statements by overlapping spans and then by speaker, meetings by
// the Jaccard similarity of their participants; counts per document are
// summed over documents (micro-average).
package eval

import (
	"encoding/json"
	"fmt"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"dossier/graphmodel"
)

// Gold is a gold annotation of one document. Unknown fields are ignored.
type Gold struct {
	Doc        string          `json:"doc,omitempty"`
	Actors     []GoldEntity    `json:"actors"`
	Venues     []GoldEntity    `json:"venues"`
	Meetings   []GoldMeeting   `json:"meetings"`
	Statements []GoldStatement `json:"statements"`
}

// GoldEntity is a gold actor or venue.
type GoldEntity struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases"`
	Type    string   `json:"type"`
}

// GoldMeeting is a gold meeting.
type GoldMeeting struct {
	Label        string   `json:"label"`
	Participants []string `json:"participants"`
	Venue        *string  `json:"venue"`
	Date         *string  `json:"date"`
	Status       string   `json:"status"`
	Evidence     string   `json:"evidence"`
}

// GoldStatement is a gold statement.
type GoldStatement struct {
	Speaker      string  `json:"speaker"`
	Quote        string  `json:"quote"`
	AboutMeeting *string `json:"about_meeting"`
	Indirect     bool    `json:"indirect,omitempty"`
}

// ParseGold reads a gold annotation; name is used in error messages.
func ParseGold(name string, data []byte) (*Gold, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("gold %s: %w", name, err)
	}
	for i, a := range g.Actors {
		if strings.TrimSpace(a.Name) == "" {
			return nil, fmt.Errorf("gold %s: actors[%d] has no name", name, i)
		}
	}
	for i, v := range g.Venues {
		if strings.TrimSpace(v.Name) == "" {
			return nil, fmt.Errorf("gold %s: venues[%d] has no name", name, i)
		}
	}
	return &g, nil
}

// LoadGold reads a gold annotation file.
func LoadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("load gold: %w", err)
	}
	return ParseGold(path, data)
}

// Score counts matches of one measure.
type Score struct {
	Hits int // predictions matched to a gold item
	Pred int // predictions
	Gold int // gold items
}

// Precision is Hits/Pred (0 when nothing was predicted).
func (s Score) Precision() float64 { return ratio(s.Hits, s.Pred) }

// Recall is Hits/Gold (0 when there is no gold item).
func (s Score) Recall() float64 { return ratio(s.Hits, s.Gold) }

// F1 is the harmonic mean of precision and recall.
func (s Score) F1() float64 {
	p, r := s.Precision(), s.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Add sums two scores (micro-averaging).
func (s Score) Add(o Score) Score { return Score{s.Hits + o.Hits, s.Pred + o.Pred, s.Gold + o.Gold} }

// Result holds the five measures for one or more documents.
type Result struct {
	Actors               Score
	Venues               Score
	StatementsFound      Score
	StatementsAttributed Score
	Meetings             Score
	// MeetingDates is no measure of the corpus's scoring rules. Gold
	// counts the gold meetings with a date that some predicted meeting
	// may match (by the meetings measure's test), Hits those of them
	// that such a predicted meeting gives the gold date, and Pred the
	// predicted meetings with an ISO date that may match a gold one.
	MeetingDates Score
}

// Measures returns the measures with their names, in report order.
func (r Result) Measures() []NamedScore {
	return []NamedScore{
		{"actors", r.Actors}, {"venues", r.Venues}, {"statements_found", r.StatementsFound},
		{"statements_attributed", r.StatementsAttributed}, {"meetings", r.Meetings},
	}
}

// NamedScore is a score with its measure's name.
type NamedScore struct {
	Name  string
	Score Score
}

// Add sums two results.
func (r Result) Add(o Result) Result {
	return Result{r.Actors.Add(o.Actors), r.Venues.Add(o.Venues), r.StatementsFound.Add(o.StatementsFound),
		r.StatementsAttributed.Add(o.StatementsAttributed), r.Meetings.Add(o.Meetings), r.MeetingDates.Add(o.MeetingDates)}
}

var foldChars = regexp.MustCompile(`[\s.,;:"“”]+`)

// Normalize puts a name in the form names are compared in: NFKC, lower
// case, the characters . , ; : " “ ” and runs of white space folded to one
// space, a leading "the " and a trailing "'s" dropped.
func Normalize(name string) string {
	s := strings.ToLower(norm.NFKC.String(name))
	s = strings.TrimSpace(foldChars.ReplaceAllString(s, " "))
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimSuffix(s, "'s")
	return strings.TrimSpace(s)
}

func nameSet(names ...string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		if k := Normalize(n); k != "" {
			out[k] = true
		}
	}
	return out
}

// nodesOf returns the nodes of kind k with a mention in document doc,
// sorted by id.
func nodesOf(g *graphmodel.Graph, k graphmodel.Kind, doc string) []*graphmodel.Node {
	var out []*graphmodel.Node
	for _, n := range g.Nodes() {
		if n.Kind != k {
			continue
		}
		for _, s := range n.Mentions {
			if s.Doc == doc {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// matchNames matches predicted nodes to gold entities one to one: first a
// node's label equal to a gold name, then any overlap of names. It
// returns node id → gold index.
func matchNames(nodes []*graphmodel.Node, gold []GoldEntity) map[string]int {
	goldNames := make([]map[string]bool, len(gold))
	for i, e := range gold {
		goldNames[i] = nameSet(append([]string{e.Name}, e.Aliases...)...)
	}
	taken := make([]bool, len(gold))
	out := map[string]int{}
	for _, n := range nodes {
		l := Normalize(n.Label)
		for i := range gold {
			if !taken[i] && goldNames[i][l] {
				taken[i] = true
				out[n.ID] = i
				break
			}
		}
	}
	for _, n := range nodes {
		if _, done := out[n.ID]; done {
			continue
		}
		names := nameSet(n.Names()...)
		for i := range gold {
			if taken[i] {
				continue
			}
			hit := false
			for k := range names {
				if goldNames[i][k] {
					hit = true
					break
				}
			}
			if hit {
				taken[i] = true
				out[n.ID] = i
				break
			}
		}
	}
	return out
}

// Evaluate scores the part of g extracted from document doc against gold.
func Evaluate(g *graphmodel.Graph, doc string, gold *Gold) (Result, error) {
	d, ok := g.Document(doc)
	if !ok {
		return Result{}, fmt.Errorf("evaluate: document %q is not in the graph", doc)
	}
	var r Result
	actors := nodesOf(g, graphmodel.KindActor, doc)
	actorMatch := matchNames(actors, gold.Actors)
	r.Actors = Score{len(actorMatch), len(actors), len(gold.Actors)}
	venues := nodesOf(g, graphmodel.KindVenue, doc)
	r.Venues = Score{len(matchNames(venues, gold.Venues)), len(venues), len(gold.Venues)}

	// gold actor index by any of its names, for speakers and participants
	goldActorBy := map[string]int{}
	for i, e := range gold.Actors {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			if k := Normalize(n); k != "" {
				if _, dup := goldActorBy[k]; !dup {
					goldActorBy[k] = i
				}
			}
		}
	}
	nodeOfGold := map[int]string{}
	for id, i := range actorMatch {
		nodeOfGold[i] = id
	}

	r.StatementsFound, r.StatementsAttributed = scoreStatements(g, d, gold, goldActorBy, nodeOfGold)
	r.Meetings, r.MeetingDates = scoreMeetings(g, doc, gold, goldActorBy, actorMatch)
	return r, nil
}

type span struct{ start, end int }

func overlapEnough(a, b span) bool {
	lo, hi := max(a.start, b.start), min(a.end, b.end)
	shorter := min(a.end-a.start, b.end-b.start)
	return hi > lo && 2*(hi-lo) >= shorter
}

// statementSpan locates a predicted statement in the text: its quote, or
// its first mention in the document.
func statementSpan(n *graphmodel.Node, d *graphmodel.Document) (span, bool) {
	var first *graphmodel.Span
	for i := range n.Mentions {
		if n.Mentions[i].Doc == d.ID {
			first = &n.Mentions[i]
			break
		}
	}
	if q := n.Attr(graphmodel.AttrQuote); q != "" {
		if first != nil && first.End <= len(d.Text) && d.Text[first.Start:first.End] == q {
			return span{first.Start, first.End}, true
		}
		if i := strings.Index(d.Text, q); i >= 0 {
			return span{i, i + len(q)}, true
		}
	}
	if first != nil {
		return span{first.Start, first.End}, true
	}
	return span{}, false
}

// speakersOf returns the actors joined to a statement by an edge.
func speakersOf(g *graphmodel.Graph, id string) map[string]bool {
	out := map[string]bool{}
	for _, e := range g.EdgesOf(id) {
		o := e.Other(id)
		if n, ok := g.Node(o); ok && n.Kind == graphmodel.KindActor {
			if e.Kind == graphmodel.EdgeSpeaker || e.Kind == graphmodel.EdgeRelated {
				out[o] = true
			}
		}
	}
	return out
}

func scoreStatements(g *graphmodel.Graph, d *graphmodel.Document, gold *Gold, goldActorBy map[string]int, nodeOfGold map[int]string) (Score, Score) {
	preds := nodesOf(g, graphmodel.KindStatement, d.ID)
	pspans := make([]span, len(preds))
	pok := make([]bool, len(preds))
	for i, n := range preds {
		pspans[i], pok[i] = statementSpan(n, d)
	}
	gspans := make([]span, len(gold.Statements))
	gok := make([]bool, len(gold.Statements))
	for j, s := range gold.Statements {
		if k := strings.Index(d.Text, s.Quote); k >= 0 && s.Quote != "" {
			gspans[j], gok[j] = span{k, k + len(s.Quote)}, true
		}
	}
	found := make([][]int, len(preds))
	attributed := make([][]int, len(preds))
	for i, n := range preds {
		if !pok[i] {
			continue
		}
		speakers := speakersOf(g, n.ID)
		for j, s := range gold.Statements {
			if !gok[j] || !overlapEnough(pspans[i], gspans[j]) {
				continue
			}
			found[i] = append(found[i], j)
			if gi, ok := goldActorBy[Normalize(s.Speaker)]; ok {
				if id, ok := nodeOfGold[gi]; ok && speakers[id] {
					attributed[i] = append(attributed[i], j)
				}
			}
		}
	}
	nf, _ := maxMatching(found, len(gold.Statements))
	na, _ := maxMatching(attributed, len(gold.Statements))
	return Score{nf, len(preds), len(gold.Statements)}, Score{na, len(preds), len(gold.Statements)}
}

// scoreMeetings scores the meetings, and the dates of the meetings
// matched (see Result.MeetingDates).
func scoreMeetings(g *graphmodel.Graph, doc string, gold *Gold, goldActorBy map[string]int, actorMatch map[string]int) (Score, Score) {
	preds := nodesOf(g, graphmodel.KindMeeting, doc)
	// participants as keys: "g<i>" for a gold actor, "n<id>" otherwise
	goldParts := make([]map[string]bool, len(gold.Meetings))
	for j, m := range gold.Meetings {
		goldParts[j] = map[string]bool{}
		for _, p := range m.Participants {
			if i, ok := goldActorBy[Normalize(p)]; ok {
				goldParts[j][fmt.Sprintf("g%d", i)] = true
			} else {
				goldParts[j]["x"+Normalize(p)] = true
			}
		}
	}
	adj := make([][]int, len(preds))
	for i, n := range preds {
		parts := map[string]bool{}
		for _, e := range g.EdgesOf(n.ID) {
			o := e.Other(n.ID)
			if on, ok := g.Node(o); !ok || on.Kind != graphmodel.KindActor {
				continue
			}
			if gi, ok := actorMatch[o]; ok {
				parts[fmt.Sprintf("g%d", gi)] = true
			} else {
				parts["n"+o] = true
			}
		}
		for j := range gold.Meetings {
			if jaccard(parts, goldParts[j]) >= 0.5 {
				adj[i] = append(adj[i], j)
			}
		}
	}
	n, _ := maxMatching(adj, len(gold.Meetings))
	// Dates, whatever the matching: a gold meeting with a date and a
	// predicted meeting that may match it counts; it is right when one
	// of those carries its date.
	var dates Score
	for i, n := range preds {
		if n.Attr(graphmodel.AttrDate) != "" && len(adj[i]) > 0 {
			dates.Pred++
		}
	}
	for j, m := range gold.Meetings {
		if m.Date == nil || *m.Date == "" {
			continue
		}
		may, right := false, false
		for i := range preds {
			if slices.Contains(adj[i], j) {
				may = true
				right = right || preds[i].Attr(graphmodel.AttrDate) == *m.Date
			}
		}
		if may {
			dates.Gold++
		}
		if right {
			dates.Hits++
		}
	}
	return Score{n, len(preds), len(gold.Meetings)}, dates
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 && len(b) == 0 {
		return 0
	}
	inter := 0
	for k := range a {
		if b[k] {
			inter++
		}
	}
	return float64(inter) / float64(len(a)+len(b)-inter)
}

// maxMatching returns the size of a maximum one-to-one matching between
// the left items (with their admissible right items) and nRight items,
// and for each right item its left one (-1: none).
func maxMatching(adj [][]int, nRight int) (int, []int) {
	matchR := make([]int, nRight)
	for i := range matchR {
		matchR[i] = -1
	}
	var try func(u int, seen []bool) bool
	try = func(u int, seen []bool) bool {
		for _, v := range adj[u] {
			if seen[v] {
				continue
			}
			seen[v] = true
			if matchR[v] < 0 || try(matchR[v], seen) {
				matchR[v] = u
				return true
			}
		}
		return false
	}
	n := 0
	for u := range adj {
		if try(u, make([]bool, nRight)) {
			n++
		}
	}
	return n, matchR
}

// Report is a per-document result.
type Report struct {
	Doc    string
	Result Result
}

// SortReports sorts reports by document.
func SortReports(rs []Report) { sort.Slice(rs, func(i, j int) bool { return rs[i].Doc < rs[j].Doc }) }
