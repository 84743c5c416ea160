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
func (k Kind) Valid() bool { return k.index() >= 0 }

// index is k's place in kinds, or -1 for an unknown kind: the graph asks
// it for every node and edge it adds. It looks in one slot of a table,
// not along a switch whose branches the processor would mispredict
// (kinds come in no order).
func (k Kind) index() int {
	if k == "" {
		return -1
	}
	e := &kindSlots[nameSlot(string(k))]
	if e.name != string(k) { // (an empty slot's name is "")
		return -1
	}
	return int(e.index)
}

// nameSlot places a name of a kind (not empty) in a table of 16 slots:
// the names of node kinds land in distinct slots, and so do those of
// edge kinds.
func nameSlot(name string) int { return (int(name[0]) + 3*len(name)) & 15 }

// slot is an entry of kindSlots or edgeKindSlots.
type slot struct {
	name  string
	index int8
}

var kindSlots, edgeKindSlots = slotsOf(kinds[:]), slotsOf(edgeKinds[:])

// slotsOf places names in the slots of nameSlot. Two in one slot are a
// mistake of this file (a new kind that needs another nameSlot): the
// package then panics as it starts, which every test shows.
func slotsOf[K ~string](names []K) (t [16]slot) {
	for i, n := range names {
		e := &t[nameSlot(string(n))]
		if e.name != "" {
			panic("graphmodel: kinds " + e.name + " and " + string(n) + " share a slot")
		}
		e.name, e.index = string(n), int8(i)
	}
	return t
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

// typesByKind lists the types of each kind, by Kind.index (meetings,
// statements and entities have none).
var typesByKind = [len(kinds)][]string{
	{TypePerson, TypeOrganization, TypeCountry, TypeGroup},
	{TypeCity, TypeCountry, TypeBuilding, TypeRegion, TypeOther},
}

// typesOf returns the types of kind k; the slice belongs to the package.
func typesOf(k Kind) []string {
	if i := k.index(); i >= 0 {
		return typesByKind[i]
	}
	return nil
}

// Types returns the node types known for kind k, in display order. Kinds
// without types (meetings, statements, entities) return nil.
func Types(k Kind) []string { return append([]string(nil), typesOf(k)...) }

// ValidType reports whether t is allowed as the type of a node of kind k.
// Entities accept any type: foreign files name their own.
func ValidType(k Kind, t string) bool {
	if t == "" || k == KindEntity {
		return true
	}
	i := k.index()
	return i >= 0 && validTypeAt(i, t)
}

// validTypeAt is ValidType for the kind kinds[i].
func validTypeAt(i int, t string) bool {
	if t == "" || kinds[i] == KindEntity {
		return true
	}
	for _, x := range typesByKind[i] {
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
func (k EdgeKind) Valid() bool { return k.index() >= 0 }

// index is k's place in edgeKinds, or -1 for an unknown kind (as
// Kind.index).
func (k EdgeKind) index() int {
	if k == "" {
		return -1
	}
	e := &edgeKindSlots[nameSlot(string(k))]
	if e.name != string(k) {
		return -1
	}
	return int(e.index)
}

// endpoints lists, per edge kind (by EdgeKind.index), the allowed
// (source, target) node kinds; related edges join anything. Entities may
// stand at either end of any edge: foreign files do not say.
var endpoints = [len(edgeKinds)][][2]Kind{
	{{KindActor, KindMeeting}},   // participant
	{{KindMeeting, KindVenue}},   // venue
	{{KindActor, KindStatement}}, // speaker
	{{KindStatement, KindMeeting}, {KindStatement, KindActor}, {KindStatement, KindVenue}}, // about
	{{KindVenue, KindVenue}}, // located_in
	{{KindActor, KindActor}}, // affiliation
}

// CheckEndpoints reports an error when an edge of kind k may not join a
// node of kind src to a node of kind dst.
func CheckEndpoints(k EdgeKind, src, dst Kind) error {
	// known kinds by table: the graph checks every edge it adds
	i, si, di := k.index(), src.index(), dst.index()
	if i >= 0 && si >= 0 && di >= 0 && endsAllowed(i, si, di) {
		return nil
	}
	return checkEndpoints(k, src, dst)
}

// endsAllowed reports whether an edge of kind edgeKinds[i] may join a
// node of kind kinds[si] to one of kinds[di].
func endsAllowed(i, si, di int) bool {
	return allowedEnds[i]&(1<<(si*len(kinds)+di)) != 0
}

// checkEndpoints is CheckEndpoints by the lists of endpoints.
func checkEndpoints(k EdgeKind, src, dst Kind) error {
	if k == EdgeRelated || src == KindEntity || dst == KindEntity {
		return nil
	}
	i := k.index()
	if i < 0 {
		return fmt.Errorf("unknown edge kind %q", k)
	}
	for _, p := range endpoints[i] {
		if p[0] == src && p[1] == dst {
			return nil
		}
	}
	return fmt.Errorf("a %s edge cannot join %s to %s", k, src, dst)
}

// allowedEnds holds, per edge kind (by EdgeKind.index), a bit per pair
// of known node kinds (bit si*len(kinds)+di for kinds[si] to kinds[di])
// that checkEndpoints accepts.
var allowedEnds = func() (t [len(edgeKinds)]uint32) {
	for i, k := range edgeKinds {
		for si, src := range kinds {
			for di, dst := range kinds {
				if checkEndpoints(k, src, dst) == nil {
					t[i] |= 1 << (si*len(kinds) + di)
				}
			}
		}
	}
	return t
}()
