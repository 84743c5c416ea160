package graphmodel

import "fmt"

// Kind is the kind of a node.
type Kind string

// Node kinds.
const (
	KindActor     Kind = "actor"
	KindVenue     Kind = "venue"
	KindMeeting   Kind = "meeting"
	KindStatement Kind = "statement"
	KindEntity    Kind = "entity" // a node of a foreign graph file that says nothing of its kind
)

// Kinds lists the node kinds in display order.
var kinds = [...]Kind{KindActor, KindVenue, KindMeeting, KindStatement, KindEntity}

// Kinds returns the node kinds in display order.
func Kinds() []Kind { return append([]Kind(nil), kinds[:]...) }

// Valid reports whether k is a known node kind.
func (k Kind) Valid() bool {
	for _, x := range kinds {
		if x == k {
			return true
		}
	}
	return false
}

// Node types per kind. An empty type is always allowed.
const (
	TypePerson       = "person"
	TypeOrganization = "organization"
	TypeCountry      = "country"
	TypeGroup        = "group"

	TypeCity     = "city"
	TypeBuilding = "building"
	TypeRegion   = "region"
	TypeOther    = "other"
)

// Meeting statuses, kept in the "status" attribute of a meeting node.
const (
	StatusHeld         = "held"
	StatusPlanned      = "planned"
	StatusHypothetical = "hypothetical"
)

// Well-known attribute keys.
const (
	AttrQuote    = "quote"     // statement: the quoted or reported text
	AttrIndirect = "indirect"  // statement: "true" for reported speech
	AttrDate     = "date"      // meeting: ISO date (YYYY-MM-DD) when known
	AttrDateText = "date_text" // meeting: the date as written
	AttrStatus   = "status"    // meeting: held | planned | hypothetical
	AttrRole     = "role"      // actor: title or role stripped from the name
)

var typesByKind = map[Kind][]string{
	KindActor:     {TypePerson, TypeOrganization, TypeCountry, TypeGroup},
	KindVenue:     {TypeCity, TypeCountry, TypeBuilding, TypeRegion, TypeOther},
	KindMeeting:   nil,
	KindStatement: nil,
	KindEntity:    nil,
}

// Types returns the node types known for kind k, in display order. Kinds
// without types (meetings, statements, entities) return nil.
func Types(k Kind) []string { return append([]string(nil), typesByKind[k]...) }

// ValidType reports whether t is allowed as the type of a node of kind k.
// Entities accept any type: foreign files name their own.
func ValidType(k Kind, t string) bool {
	if t == "" || k == KindEntity {
		return true
	}
	for _, x := range typesByKind[k] {
		if x == t {
			return true
		}
	}
	return false
}

// EdgeKind is the role an edge plays.
type EdgeKind string

// Edge kinds.
const (
	EdgeParticipant EdgeKind = "participant" // actor – meeting
	EdgeVenue       EdgeKind = "venue"       // meeting – venue
	EdgeSpeaker     EdgeKind = "speaker"     // actor – statement
	EdgeAbout       EdgeKind = "about"       // statement – meeting or statement – actor
	EdgeLocatedIn   EdgeKind = "located_in"  // venue – venue
	EdgeAffiliation EdgeKind = "affiliation" // actor – actor
	EdgeRelated     EdgeKind = "related"     // anything, for foreign graphs
)

var edgeKinds = [...]EdgeKind{EdgeParticipant, EdgeVenue, EdgeSpeaker, EdgeAbout, EdgeLocatedIn, EdgeAffiliation, EdgeRelated}

// EdgeKinds returns the edge kinds in display order.
func EdgeKinds() []EdgeKind { return append([]EdgeKind(nil), edgeKinds[:]...) }

// Valid reports whether k is a known edge kind.
func (k EdgeKind) Valid() bool {
	for _, x := range edgeKinds {
		if x == k {
			return true
		}
	}
	return false
}

// endpoints lists, per edge kind, the allowed (source, target) node kinds.
// Entities may stand at either end of any edge: foreign files do not say.
var endpoints = map[EdgeKind][][2]Kind{
	EdgeParticipant: {{KindActor, KindMeeting}},
	EdgeVenue:       {{KindMeeting, KindVenue}},
	EdgeSpeaker:     {{KindActor, KindStatement}},
	EdgeAbout:       {{KindStatement, KindMeeting}, {KindStatement, KindActor}, {KindStatement, KindVenue}},
	EdgeLocatedIn:   {{KindVenue, KindVenue}},
	EdgeAffiliation: {{KindActor, KindActor}},
}

// CheckEndpoints reports an error when an edge of kind k may not join a
// node of kind src to a node of kind dst.
func CheckEndpoints(k EdgeKind, src, dst Kind) error {
	if k == EdgeRelated || src == KindEntity || dst == KindEntity {
		return nil
	}
	pairs, ok := endpoints[k]
	if !ok {
		return fmt.Errorf("unknown edge kind %q", k)
	}
	for _, p := range pairs {
		if p[0] == src && p[1] == dst {
			return nil
		}
	}
	return fmt.Errorf("a %s edge cannot join %s to %s", k, src, dst)
}
