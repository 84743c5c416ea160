// Package synth writes synthetic news articles about diplomatic meetings,
// for benchmarks and scale tests: many people, organisations and places,
// varied sentence templates, quotes and dates, so that a thousand-article
// case file can be built without real news.
//
// Articles are deterministic for a seed. Names are made up from syllables
// (so most are unknown to any lexicon, as in real news) and mixed with real
// countries and cities; each article also reports the facts it states, so
// callers can check extraction against them.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"
)

// Article is one generated article and the facts it states.
type Article struct {
	Name      string // file name, e.g. "article-0001.txt"
	Published time.Time
	Text      string
	// People who appear, as "First Last".
	People []string
	// Meetings as "participant; participant @ venue".
	Meetings []string
	// Quotes as the exact quoted text.
	Quotes []string
}

// Generator makes articles. It is not safe for concurrent use.
type Generator struct {
	rng    *rand.Rand
	people []person
}

type person struct {
	first, last string
	country     int // index into countries
	role        string
}

func (p person) name() string { return p.first + " " + p.last }

// New returns a generator whose articles draw on a cast of castSize made-up
// officials from many countries; the same seed gives the same articles.
func New(seed uint64, castSize int) *Generator {
	g := &Generator{rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	seen := map[string]bool{}
	for len(g.people) < castSize {
		p := person{first: g.word(2, true), last: g.word(3, true), country: g.rng.IntN(len(countries)), role: pick(g.rng, roles)}
		if seen[p.name()] {
			continue
		}
		seen[p.name()] = true
		g.people = append(g.people, p)
	}
	return g
}

// word makes a pronounceable capitalised name of n syllables.
func (g *Generator) word(n int, capital bool) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(pick(g.rng, onsets))
		b.WriteString(pick(g.rng, vowels))
		if g.rng.IntN(3) == 0 {
			b.WriteString(pick(g.rng, codas))
		}
	}
	w := b.String()
	if capital {
		w = strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

// Article writes article number i (1-based, used in its name).
func (g *Generator) Article(i int) Article {
	a := Article{Name: fmt.Sprintf("article-%04d.txt", i)}
	base := time.Date(2018, 1, 1, 0, 0, 0, 0, time.UTC)
	a.Published = base.AddDate(0, 0, g.rng.IntN(8*365))
	host := g.people[g.rng.IntN(len(g.people))]
	guest := g.people[g.rng.IntN(len(g.people))]
	for guest.country == host.country {
		guest = g.people[g.rng.IntN(len(g.people))]
	}
	hc, gc := countries[host.country], countries[guest.country]
	city := hc.cities[g.rng.IntN(len(hc.cities))]
	when := a.Published.AddDate(0, 0, -g.rng.IntN(4))
	meeting := pick(g.rng, meetingWords)

	var paras []string
	paras = append(paras, fmt.Sprintf("%s, %s", a.Published.Format("January 2, 2006"), city))
	paras = append(paras, fill(g.rng, openers, map[string]string{
		"HOSTADJ": hc.adjective, "HOSTROLE": host.role, "HOST": host.name(),
		"GUESTADJ": gc.adjective, "GUESTROLE": guest.role, "GUEST": guest.name(),
		"CITY": city, "MEETING": meeting, "DAY": when.Format("January 2"), "WEEKDAY": when.Weekday().String(),
	}))
	a.People = append(a.People, host.name(), guest.name())
	a.Meetings = append(a.Meetings, fmt.Sprintf("%s; %s @ %s", host.name(), guest.name(), city))

	var body []string
	for k := 0; k < 2+g.rng.IntN(4); k++ {
		speaker := host
		if g.rng.IntN(2) == 0 {
			speaker = guest
		}
		q := fill(g.rng, quoteBodies, map[string]string{"TOPIC": pick(g.rng, topics), "TOPIC2": pick(g.rng, topics)})
		Q := strings.ToUpper(q[:1]) + q[1:]
		s := fill(g.rng, quoteTemplates, map[string]string{
			"QUOTE": Q, "quote": q, "SPEAKER": speaker.last, "FULL": speaker.name(), "ROLE": speaker.role,
			"ADJ": countries[speaker.country].adjective, "MEETING": meeting,
		})
		if strings.Contains(s, Q) {
			q = Q
		}
		a.Quotes = append(a.Quotes, q)
		body = append(body, s)
	}
	if g.rng.IntN(2) == 0 {
		other := g.people[g.rng.IntN(len(g.people))]
		oc := countries[other.country]
		ocity := oc.cities[g.rng.IntN(len(oc.cities))]
		body = append(body, fill(g.rng, followUps, map[string]string{
			"GUEST": guest.last, "OTHER": other.name(), "OTHERROLE": other.role, "OTHERADJ": oc.adjective,
			"OTHERCITY": ocity, "MONTH": a.Published.AddDate(0, 1, 0).Format("January"),
		}))
		a.People = append(a.People, other.name())
		a.Meetings = append(a.Meetings, fmt.Sprintf("%s; %s @ %s", guest.name(), other.name(), ocity))
	}
	for k := 0; k < 1+g.rng.IntN(3); k++ {
		body = append(body, fill(g.rng, background, map[string]string{
			"HOSTC": hc.name, "GUESTC": gc.name, "HOSTADJ": hc.adjective, "GUESTADJ": gc.adjective,
			"TOPIC": pick(g.rng, topics), "TOPIC2": pick(g.rng, topics), "YEAR": fmt.Sprint(a.Published.Year() - 1 - g.rng.IntN(20)),
		}))
	}
	g.rng.Shuffle(len(body), func(i, j int) { body[i], body[j] = body[j], body[i] })
	paras = append(paras, strings.Join(body[:len(body)/2+1], " "), strings.Join(body[len(body)/2+1:], " "))
	a.Text = strings.Join(paras, "\n\n") + "\n"
	return a
}

func pick[T any](r *rand.Rand, list []T) T { return list[r.IntN(len(list))] }

// fill picks a template and replaces its upper-case placeholders.
func fill(r *rand.Rand, templates []string, vals map[string]string) string {
	s := pick(r, templates)
	for k, v := range vals {
		s = strings.ReplaceAll(s, "{"+k+"}", v)
	}
	return s
}
