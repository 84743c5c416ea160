package extract

import (
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"sort"
	"strconv"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/extract/lexicon"
)

// emit writes the analysis into g: nodes with their mentions, then edges
// with their evidence.
func (a *analysis) emit(g *graphmodel.Graph) error {
	ids := make(map[*entity]string, len(a.order))
	// The graph copies what it keeps of a node's attributes, so one map
	// serves every node.
	attrs := map[string]string{}
	for _, e := range a.order {
		if len(e.spans) == 0 {
			continue
		}
		n := graphmodel.Node{ID: e.nodeID(), Kind: e.kind, Type: e.typ, Label: e.label, Aliases: e.aliases, Mentions: e.spans}
		clear(attrs)
		if e.typ == graphmodel.TypePerson {
			role := e.role
			if role == "" {
				role = e.lexRole
			}
			if role != "" {
				attrs[graphmodel.AttrRole] = role
			}
			if e.affEnt != nil {
				attrs["affiliation"] = e.affEnt.label
			} else if e.country >= 0 {
				attrs["affiliation"] = a.x.lex.Countries[e.country].Name
			}
		}
		if len(attrs) > 0 {
			n.Attrs = attrs
		}
		got, err := g.UpsertNode(n)
		if err != nil {
			return fmt.Errorf("node %s: %w", n.ID, err)
		}
		ids[e] = got.ID
		if e.typ == graphmodel.TypePerson && a.sess != nil {
			a.sess.idx.add(got.ID, got.Label)
		}
	}
	// affiliations: person → country or organisation actor
	for _, e := range a.order {
		id, ok := ids[e]
		if !ok || e.typ != graphmodel.TypePerson {
			continue
		}
		var target string
		if e.affEnt != nil {
			target = ids[e.affEnt]
		} else if e.country >= 0 {
			c := a.x.lex.Countries[e.country]
			if ce, ok := a.ents["actor/country/"+c.Name]; ok {
				target = ids[ce]
			}
			if target == "" {
				if n, ok := g.Node("actor:" + Slug(c.Name)); ok && n.Kind == graphmodel.KindActor {
					target = n.ID
				}
			}
		}
		if target == "" || target == id {
			continue
		}
		if _, err := g.Connect(graphmodel.EdgeAffiliation, id, target, e.spans[0]); err != nil {
			return fmt.Errorf("affiliation of %s: %w", id, err)
		}
	}
	// located_in: building → city, city → country, when both are venues
	for _, e := range a.order {
		id, ok := ids[e]
		if !ok || e.kind != graphmodel.KindVenue {
			continue
		}
		var container string
		if e.within != "" {
			if ce, ok := a.ents["venue/"+graphmodel.Fold(e.within)]; ok {
				container = ids[ce]
			}
		}
		if container == "" && e.typ == graphmodel.TypeCity {
			if ci := a.cityCountry(e.label); ci >= 0 {
				if ce, ok := a.ents["venue/country/"+a.x.lex.Countries[ci].Name]; ok {
					container = ids[ce]
				}
			}
		}
		if container == "" || container == id {
			continue
		}
		if _, err := g.Connect(graphmodel.EdgeLocatedIn, id, container, e.spans[0]); err != nil {
			return fmt.Errorf("located_in of %s: %w", id, err)
		}
	}
	mids, err := a.emitMeetings(g, ids, attrs)
	if err != nil {
		return err
	}
	return a.emitStatements(g, ids, mids, attrs)
}

func (a *analysis) cityCountry(label string) int {
	if ci, ok := a.x.cityCty[lexicon.Key(label)]; ok {
		return ci
	}
	return -1
}

// shortName is how a meeting label names a participant: a person's last
// name, anything else in full.
func shortName(e *entity) string {
	if e.typ == graphmodel.TypePerson {
		w := strings.Fields(e.label)
		if len(w) > 1 {
			last := w[len(w)-1]
			if strings.HasSuffix(last, ".") || nameSuffixes[strings.ToLower(last)] {
				last = strings.TrimSuffix(w[len(w)-2], ",")
			}
			return last
		}
	}
	return e.label
}

// emitMeetings adds the meetings and their edges; attrs is a scratch map.
func (a *analysis) emitMeetings(g *graphmodel.Graph, ids map[*entity]string, attrs map[string]string) (map[*meeting]string, error) {
	out := map[*meeting]string{}
	for i, m := range a.meetings {
		var parts []*entity
		for _, p := range m.parts {
			if _, ok := ids[p]; ok {
				parts = append(parts, p)
			}
		}
		if len(parts) == 0 {
			continue
		}
		names := make([]string, len(parts))
		for k, p := range parts {
			names[k] = shortName(p)
		}
		label := strings.Join(names, "–") + " " + m.kind
		if len(m.venues) > 0 {
			label += " in " + m.venues[0].label
		}
		if m.date != "" {
			label += ", " + m.date
		}
		key := make([]string, len(parts))
		for k, p := range parts {
			key[k] = ids[p]
		}
		sort.Strings(key)
		// Meetings with a date are the same event in any document that
		// names the same people and date; others stay per document.
		scope := m.date
		if scope == "" {
			scope = fmt.Sprintf("%s#%d", a.doc.ID, i)
		}
		h := sha1.Sum([]byte(strings.Join(key, "|") + "|" + m.kind + "|" + m.status + "|" + scope))
		id := "meeting:" + Slug(label)
		if len(id) > 80 {
			id = id[:80]
		}
		id = strings.TrimRight(id, "-") + "-" + hex.EncodeToString(h[:4])
		clear(attrs)
		attrs[graphmodel.AttrStatus] = m.status
		attrs["kind"] = m.kind
		if m.date != "" {
			attrs[graphmodel.AttrDate] = m.date
		}
		if m.dateText != "" {
			attrs[graphmodel.AttrDateText] = m.dateText
		}
		if _, err := g.UpsertNode(graphmodel.Node{ID: id, Kind: graphmodel.KindMeeting, Label: label, Attrs: attrs, Mentions: m.spans}); err != nil {
			return nil, fmt.Errorf("meeting %s: %w", id, err)
		}
		out[m] = id
		for _, p := range parts {
			if _, err := g.Connect(graphmodel.EdgeParticipant, ids[p], id, m.partEv[p]...); err != nil {
				return nil, fmt.Errorf("participant of %s: %w", id, err)
			}
		}
		for _, v := range m.venues {
			vid, ok := ids[v]
			if !ok {
				continue
			}
			if _, err := g.Connect(graphmodel.EdgeVenue, id, vid, m.venueEv[v]...); err != nil {
				return nil, fmt.Errorf("venue of %s: %w", id, err)
			}
		}
	}
	return out, nil
}

// emitStatements adds the statements and their edges; attrs is a
// scratch map.
func (a *analysis) emitStatements(g *graphmodel.Graph, ids map[*entity]string, mids map[*meeting]string, attrs map[string]string) error {
	idPrefix := "statement:" + a.doc.ID + "-"
	for _, st := range a.stmts {
		quote := a.text[st.start:st.end]
		var speakers []*entity
		for _, sp := range st.speakers {
			if _, ok := ids[sp]; ok {
				speakers = append(speakers, sp)
			}
		}
		if len(speakers) == 0 {
			continue
		}
		about := a.aboutMeeting(st, mids)
		label := clip(joinFields(quote), 80)
		span := graphmodel.Span{Doc: a.doc.ID, Start: st.start, End: st.end}
		mentions := []graphmodel.Span{span}
		for _, sp := range speakers {
			id := idPrefix + strconv.Itoa(st.start)
			if len(speakers) > 1 {
				id += "-" + Slug(shortName(sp))
			}
			clear(attrs)
			attrs[graphmodel.AttrQuote] = quote
			if st.indirect {
				attrs[graphmodel.AttrIndirect] = "true"
			}
			if _, err := g.UpsertNode(graphmodel.Node{ID: id, Kind: graphmodel.KindStatement, Label: label, Attrs: attrs, Mentions: mentions}); err != nil {
				return fmt.Errorf("statement %s: %w", id, err)
			}
			if _, err := g.Connect(graphmodel.EdgeSpeaker, ids[sp], id, st.ev); err != nil {
				return fmt.Errorf("speaker of %s: %w", id, err)
			}
			if about != "" {
				if _, err := g.Connect(graphmodel.EdgeAbout, id, about, span); err != nil {
					return fmt.Errorf("about of %s: %w", id, err)
				}
			}
		}
	}
	return nil
}

// joinFields is strings.Join(strings.Fields(s), " "), without copying
// s when it is already so.
func joinFields(s string) string {
	prevSpace := true // at the start, as after a space
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			return strings.Join(strings.Fields(s), " ") // Unicode spaces
		}
		space := c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
		if space && (c != ' ' || prevSpace) {
			return strings.Join(strings.Fields(s), " ")
		}
		prevSpace = space
	}
	if prevSpace && s != "" {
		return strings.Join(strings.Fields(s), " ") // a space at the end
	}
	return s
}

// aboutMeeting is the meeting a statement characterises: one mentioned in
// its sentence, else the document's main meeting when it has one.
func (a *analysis) aboutMeeting(st *statement, mids map[*meeting]string) string {
	for _, m := range a.meetings {
		for _, si := range m.sents {
			if si == st.sent {
				if id, ok := mids[m]; ok {
					return id
				}
			}
		}
	}
	var best *meeting
	for _, m := range a.meetings {
		if _, ok := mids[m]; !ok || m.status != graphmodel.StatusHeld {
			continue
		}
		if best == nil || len(m.spans) > len(best.spans) {
			best = m
		}
	}
	if best != nil {
		return mids[best]
	}
	return ""
}
