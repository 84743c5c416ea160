package graphmodel

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"

	dgraph "github.com/dominikbraun/graph"

	"dossier/graphmodel/internal/strblock"
)

// Sentinel errors, wrapped with context by the methods that return them;
// test with errors.Is.
var (
	ErrNotFound  = errors.New("not found")
	ErrDuplicate = errors.New("already exists")
	ErrInvalid   = errors.New("invalid")
)

// Graph is the typed evidence graph. The zero value is not usable; call New.
// A Graph is not safe for concurrent mutation.
type Graph struct {
	// Attrs holds graph-level attributes (a title, the format a foreign
	// file came in, ...).
	Attrs map[string]string

	docs  map[string]*Document
	nodes map[string]*nodeRec
	edges map[string]*edgeRec

	// topo mirrors the connectivity (one undirected edge per pair of
	// distinct nodes that share at least one edge) for path algorithms.
	// It is built when a path query needs it and dropped by any change
	// to nodes or edges, so building a graph does not pay for it.
	topo dgraph.Graph[string, string]

	// adj lists the ids of the edges touching each node (either
	// direction, a loop once). Building a graph does not need it, so it
	// is made by the first query that does (under adjOnce, so that
	// concurrent readers stay safe); from then on every change keeps it
	// up to date. It is nil until then.
	adj     map[string][]string
	adjOnce sync.Once

	rec *Patch // non-nil while Record runs

	// lastDoc is the document the last checked span lay in, under its
	// key lastDocKey: spans come in runs of one document (extraction adds
	// one at a time), so most checks need no lookup in docs. Any change
	// to docs resets it.
	lastDoc    *Document
	lastDocKey string
	// lastNode is the record of the node added or upserted last: most
	// edges join it (a meeting to its participants, a statement to its
	// speaker), so checking an edge needs one lookup in nodes, not two.
	// Removing or replacing a record resets it.
	lastNode *nodeRec
	// oddEdgeIDs is set once an edge is added under an id that is not
	// the canonical EdgeID of its kind and ends (AddEdge with an id of
	// its own): from then on Connect cannot tell from its ends alone that
	// the canonical id is free.
	oddEdgeIDs bool

	// Records for new nodes and edges, allocated together by Reserve
	// and handed out one by one.
	spareNodes spares[nodeRec]
	spareEdges spares[edgeRec]
	// tableNodes and tableEdges are the sizes Reserve last made the
	// tables of nodes and edges for.
	tableNodes, tableEdges int
	// Lists of several spans or aliases of new nodes and edges, cut
	// from shared blocks.
	spans   block[Span]
	aliases block[string]

	// strs makes the ids of edges that Connect creates (most edges) and
	// the strings of MakeString: they live as long as the graph, so they
	// may share blocks.
	strs strblock.Maker

	// annexes are what other packages keep with the graph (see Annex):
	// room for one (the extractor's), then a list.
	annexMu   sync.Mutex
	annexOne  annex
	annexMore []annex

	// attrsMu guards the making of a node's attribute map from its list
	// when a reader hands the node out first (see handOutNode).
	attrsMu sync.Mutex
	// attrLists holds the attribute lists of new nodes (see
	// nodeRec.attrs), cut from shared blocks.
	attrLists block[Attr]
}

// annex is a value kept with a graph under a key.
type annex struct{ key, value any }

// Annex returns the value kept with g under key, which newValue gives
// the first time key is asked for. It lets a package keep what it has
// worked out about a graph (the extractor, an index of the people in it)
// for as long as the graph lives, without a table of graphs of its own.
// A clone starts with no annexes. Annex is safe for concurrent use;
// newValue must not call Annex.
func (g *Graph) Annex(key any, newValue func() any) any {
	g.annexMu.Lock()
	defer g.annexMu.Unlock()
	if g.annexOne.key == key {
		return g.annexOne.value
	}
	for _, a := range g.annexMore {
		if a.key == key {
			return a.value
		}
	}
	a := annex{key, newValue()}
	if g.annexOne.key == nil {
		g.annexOne = a
	} else {
		g.annexMore = append(g.annexMore, a)
	}
	return a.value
}

// New returns an empty graph. Its tables of nodes and edges are made by
// the first node or edge (or by Reserve, at the size it is told).
func New() *Graph {
	return &Graph{
		Attrs: map[string]string{},
		docs:  map[string]*Document{},
	}
}

// nodeRec is a node as the graph keeps it: with room for its first span,
// so that a typical node costs no allocation of its own. A nodeRec is
// never copied (Mentions may point into first).
type nodeRec struct {
	Node
	first [1]Span
	// attrs holds the node's attributes, as long as Attrs is nil and no
	// pointer to the node has left the graph: its map is made only when
	// the node is handed out or read (see settleAttrs), so a node that
	// nobody reads yet (the nodes of a graph being built) costs no map.
	// The keys are distinct.
	attrs []Attr
	// out and in have the bit (see kindBit) of the kind of every edge
	// that left or reached the node (and keep it when edges leave): an
	// edge of kind k from s to d can exist only when s.out and d.in both
	// have k's bit, so Connect need not look its id up otherwise (most
	// edges of an extracted document are new: they join a node made for
	// it, or a person to a statement or meeting that has none of their
	// kind yet).
	out, in uint8
	// kind is the place of the node's Kind in kinds (see Kind.index),
	// kept with it: the graph checks the ends of every edge by kind.
	kind int8
	// handedOut is set once a pointer to the node has left the graph
	// (see handOutNode), and stays set. It is atomic because readers set
	// it: concurrent readers are safe.
	handedOut atomic.Bool
}

// edgeRec is an edge as the graph keeps it: with room for its first
// span. Like a nodeRec it is never copied (Evidence may point into first).
type edgeRec struct {
	Edge
	first [1]Span
	// handedOut is set once a pointer to the edge has left the graph,
	// as for a nodeRec.
	handedOut atomic.Bool
}

// handOutNode returns the node of r for a caller outside the graph.
// Whoever holds the pointer may read the node's span list at any later
// time and keep that slice, so from now on the graph never merges spans
// into the node's lists in place (see unionSpans): every slice of them
// handed out keeps showing what it showed. The node's attribute map is
// made first (see nodeRec.attrs). Extraction, which adds the spans of
// document after document to the same nodes, asks through PutNode, Link
// and NodeLabel, which hand nothing out.
//
// Concurrent readers may hand out the same node: the first one makes
// the map under attrsMu, and handedOut, stored after it, tells the
// others that the node is ready.
func (g *Graph) handOutNode(r *nodeRec) *Node {
	if !r.handedOut.Load() {
		g.attrsMu.Lock()
		if !r.handedOut.Load() {
			r.settleAttrs()
			r.handedOut.Store(true)
		}
		g.attrsMu.Unlock()
	}
	return &r.Node
}

// settleAttrs makes the attribute map of r from its list. It is called
// before any code outside the graph's own bookkeeping sees r.Node.
func (r *nodeRec) settleAttrs() {
	if r.attrs == nil {
		return
	}
	m := make(map[string]string, len(r.attrs))
	for _, a := range r.attrs {
		m[a.Key] = a.Value
	}
	r.Attrs, r.attrs = m, nil
}

// attrsOf returns a new map of r's attributes (nil when it has none),
// leaving r as it is.
func (r *nodeRec) attrsOf() map[string]string {
	if r.attrs == nil {
		return maps.Clone(r.Attrs)
	}
	m := make(map[string]string, len(r.attrs))
	for _, a := range r.attrs {
		m[a.Key] = a.Value
	}
	return m
}

// handOut returns the edge for a caller outside the graph, as
// handOutNode does a node.
func (r *edgeRec) handOut() *Edge {
	if !r.handedOut.Load() {
		r.handedOut.Store(true)
	}
	return &r.Edge
}

// newNodeRec returns a record of n (n is not copied further) that may
// have edges of any kind (see nodeRec.out).
func newNodeRec(n Node) *nodeRec {
	return &nodeRec{Node: n, out: allKinds, in: allKinds, kind: int8(n.Kind.index())}
}

// allKinds has the bits of all edge kinds (see kindBit).
const allKinds = 0xff

// kindBit is the bit in nodeRec.out and in of the edge kind of index i
// (see EdgeKind.index): all bits for an unknown kind (which no edge has).
func kindBit(i int) uint8 {
	if i >= 0 {
		return 1 << i
	}
	return allKinds
}

// node returns the node with the given id, or nil, for a change to it
// (or a copy of it) by the graph: its attribute map is made.
func (g *Graph) node(id string) *Node {
	if r := g.nodes[id]; r != nil {
		r.settleAttrs()
		return &r.Node
	}
	return nil
}

// edge returns the edge with the given id, or nil.
func (g *Graph) edge(id string) *Edge {
	if r := g.edges[id]; r != nil {
		return &r.Edge
	}
	return nil
}

// nodeRec returns the record of the node with the given id, or nil,
// looking at lastNode first.
func (g *Graph) nodeRec(id string) *nodeRec {
	if r := g.lastNode; r != nil && r.ID == id {
		return r
	}
	return g.nodes[id]
}

// ---- documents ----

// AddDocument adds a document. Its id must be new and non-empty.
func (g *Graph) AddDocument(d Document) (*Document, error) {
	if d.ID == "" {
		return nil, fmt.Errorf("add document: empty id: %w", ErrInvalid)
	}
	if _, ok := g.docs[d.ID]; ok {
		return nil, fmt.Errorf("add document %q: %w", d.ID, ErrDuplicate)
	}
	doc := d
	g.docs[d.ID] = &doc
	return &doc, nil
}

// Document returns the document with the given id.
func (g *Graph) Document(id string) (*Document, bool) {
	d, ok := g.docs[id]
	return d, ok
}

// Documents returns all documents sorted by id.
func (g *Graph) Documents() []*Document {
	out := slices.Collect(maps.Values(g.docs))
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// RemoveDocument removes a document and every span that points into it.
// Nodes and edges left without any span are kept: a user may have made them.
func (g *Graph) RemoveDocument(id string) error {
	if _, ok := g.docs[id]; !ok {
		return fmt.Errorf("remove document %q: %w", id, ErrNotFound)
	}
	for _, n := range g.nodes {
		if slices.ContainsFunc(n.Mentions, func(s Span) bool { return s.Doc == id }) {
			g.touchNode(n.ID)
			n.Mentions = slices.DeleteFunc(n.Mentions, func(s Span) bool { return s.Doc == id })
		}
	}
	for _, e := range g.edges {
		if slices.ContainsFunc(e.Evidence, func(s Span) bool { return s.Doc == id }) {
			g.touchEdge(e.ID)
			e.Evidence = slices.DeleteFunc(e.Evidence, func(s Span) bool { return s.Doc == id })
		}
	}
	delete(g.docs, id)
	g.lastDoc = nil
	return nil
}

// ---- nodes ----

// AddNode adds a copy of n. Its id must be new and non-empty, its kind and
// type known, and its spans inside documents of the graph.
func (g *Graph) AddNode(n Node) (*Node, error) {
	kind, err := g.checkNode(&n)
	if err != nil {
		return nil, fmt.Errorf("add node %q: %w", n.ID, err)
	}
	if _, ok := g.nodes[n.ID]; ok {
		return nil, fmt.Errorf("add node %q: %w", n.ID, ErrDuplicate)
	}
	return g.handOutNode(g.addNewNode(&n, kind, nil)), nil
}

// addNewNode adds n, which has been checked (kind is the index of its
// kind) and whose id is not taken, with the attributes of n.Attrs or
// else of attrs, and returns its record. It copies what it keeps of n
// and attrs and keeps no pointer to their slices or map (so that
// callers' spans can stay on their stack). The attributes of attrs are
// kept as a list (see nodeRec.attrs).
func (g *Graph) addNewNode(n *Node, kind int, attrs []Attr) *nodeRec {
	g.touchNode(n.ID)
	// The node and its first span in one record: most nodes start with
	// one mention.
	r := g.spareNode() // (zero: only what is not is written)
	r.ID, r.Kind, r.Type, r.Label = n.ID, n.Kind, n.Type, n.Label
	r.kind = int8(kind)
	c := &r.Node
	switch len(n.Mentions) {
	case 0:
	case 1:
		r.first[0] = n.Mentions[0]
		c.Mentions = r.first[:]
	default:
		c.Mentions = g.spans.cut(len(n.Mentions))
		copy(c.Mentions, n.Mentions)
		c.Mentions = SortSpans(c.Mentions)
	}
	if len(n.Aliases) > 0 {
		c.Aliases = cleanAliasesIn(g.aliases.cut(len(n.Aliases))[:0], c.Label, n.Aliases)
	}
	switch {
	case len(n.Attrs) > 0:
		c.Attrs = maps.Clone(n.Attrs)
	case len(attrs) > 0:
		r.attrs = g.attrLists.cut(len(attrs))[:0]
		for _, a := range attrs {
			r.attrs = setAttr(r.attrs, a)
		}
	}
	if g.nodes == nil {
		g.nodes = map[string]*nodeRec{}
	}
	g.nodes[c.ID] = r
	g.lastNode = r
	g.dropTopology()
	return r
}

// UpsertNode adds n, or, when a node with its id exists, folds n into it:
// aliases (n's label among them) and mentions are united and attributes the
// existing node lacks are copied. It is how extraction merges the same
// entity found in several documents.
func (g *Graph) UpsertNode(n Node) (*Node, error) {
	r, err := g.upsertNode(&n, nil)
	if err != nil {
		return nil, err
	}
	return g.handOutNode(r), nil
}

// Attr is an attribute of a node, for UpsertNodeAttrs.
type Attr struct{ Key, Value string }

// UpsertNodeAttrs is UpsertNode with n's attributes given as a list
// instead of in n.Attrs, which must be empty: as if the list's pairs were
// set in n.Attrs in order (of two pairs with one key the later counts). A
// new node's map is made from the list at its size, and an existing node
// takes from it what it lacks: no map is made only to be copied or
// dropped (extraction gives every statement and meeting a few
// attributes, and finds most people again in later documents).
func (g *Graph) UpsertNodeAttrs(n Node, attrs []Attr) (*Node, error) {
	r, err := g.upsertNodeAttrs(&n, attrs)
	if err != nil {
		return nil, err
	}
	return g.handOutNode(r), nil
}

// PutNode is UpsertNodeAttrs for a caller that needs no more of the node
// than its label (the label of the node already there, when there is
// one): it hands no pointer to the node out, so the graph stays free to
// merge the spans of later documents into the node's list in place (see
// handOutNode), and to keep its attributes as a list. It is how
// extraction adds a node.
func (g *Graph) PutNode(n Node, attrs []Attr) (label string, err error) {
	r, err := g.upsertNodeAttrs(&n, attrs)
	if err != nil {
		return "", err
	}
	return r.Label, nil
}

// upsertNodeAttrs is UpsertNodeAttrs, returning the node's record.
func (g *Graph) upsertNodeAttrs(n *Node, attrs []Attr) (*nodeRec, error) {
	if len(n.Attrs) > 0 {
		return nil, fmt.Errorf("upsert node %q: attributes both in a map and in a list: %w", n.ID, ErrInvalid)
	}
	return g.upsertNode(n, attrs)
}

// upsertNode is UpsertNode of n with the attributes of n.Attrs and attrs
// (at most one of them holds any), returning the node's record.
func (g *Graph) upsertNode(n *Node, attrs []Attr) (*nodeRec, error) {
	r := g.nodes[n.ID]
	if r == nil {
		kind, err := g.checkNode(n)
		if err != nil {
			return nil, fmt.Errorf("add node %q: %w", n.ID, err)
		}
		return g.addNewNode(n, kind, attrs), nil
	}
	old := &r.Node
	if old.Kind != n.Kind {
		return nil, fmt.Errorf("upsert node %q: kind %s differs from existing %s: %w", n.ID, n.Kind, old.Kind, ErrInvalid)
	}
	if err := g.checkSpans(n.Mentions); err != nil {
		return nil, fmt.Errorf("upsert node %q: %w", n.ID, err)
	}
	g.touchNode(n.ID)
	// A node found again mostly comes with names it has: its aliases
	// are then left as they are, clean as the graph made them (unless
	// they were handed out: their holder may have set them).
	if r.handedOut.Load() || !hasNames(old, n.Label) || !hasNames(old, n.Aliases...) {
		old.Aliases = cleanAliases(old.Label, append(append(old.Aliases, n.Label), n.Aliases...))
	}
	old.Mentions = unionSpansOf(old.Mentions, n.Mentions, !r.handedOut.Load())
	if old.Type == "" {
		old.Type = n.Type
	}
	for k, v := range n.Attrs {
		r.addMissingAttr(k, v)
	}
	for i := len(attrs) - 1; i >= 0; i-- { // the later of two pairs with one key counts
		r.addMissingAttr(attrs[i].Key, attrs[i].Value)
	}
	g.lastNode = r
	return r, nil
}

// addMissingAttr sets attribute k of r to v unless r has k: in its list
// while the node has no map and was never handed out (see
// nodeRec.attrs), else in its map, which it makes when it is nil.
func (r *nodeRec) addMissingAttr(k, v string) {
	if r.Attrs == nil && !r.handedOut.Load() {
		for _, a := range r.attrs {
			if a.Key == k {
				return
			}
		}
		r.attrs = append(r.attrs, Attr{k, v})
		return
	}
	if _, has := r.Attrs[k]; has {
		return
	}
	if r.Attrs == nil {
		r.Attrs = map[string]string{}
	}
	r.Attrs[k] = v
}

// setAttr sets a in list, as a map would: a later value of a key
// replaces the earlier.
func setAttr(list []Attr, a Attr) []Attr {
	for i := range list {
		if list[i].Key == a.Key {
			list[i].Value = a.Value
			return list
		}
	}
	return append(list, a)
}

// checkNode checks a new node and returns the index of its kind (see
// Kind.index).
func (g *Graph) checkNode(n *Node) (kind int, err error) {
	if n.ID == "" {
		return 0, fmt.Errorf("empty id: %w", ErrInvalid)
	}
	kind = n.Kind.index()
	if kind < 0 {
		return 0, fmt.Errorf("unknown kind %q: %w", n.Kind, ErrInvalid)
	}
	if !validTypeAt(kind, n.Type) {
		return 0, fmt.Errorf("type %q is not a type of %s: %w", n.Type, n.Kind, ErrInvalid)
	}
	return kind, g.checkSpans(n.Mentions)
}

func (g *Graph) checkSpans(spans []Span) error {
	for i := range spans {
		s := &spans[i]
		d := g.lastDoc
		if d == nil || g.lastDocKey != s.Doc {
			var ok bool
			if d, ok = g.docs[s.Doc]; !ok {
				return fmt.Errorf("span %s: document %q: %w", *s, s.Doc, ErrNotFound)
			}
			g.lastDoc, g.lastDocKey = d, s.Doc
		}
		if !d.holds(s.Start, s.End) {
			return fmt.Errorf("%w: %w", d.CheckSpan(*s), ErrInvalid)
		}
	}
	return nil
}

// hasNames reports whether every one of names, trimmed, is empty, n's
// label or one of its aliases, which must be clean (see cleanAliases):
// whether cleanAliases would leave n's aliases as they are after adding
// names to them.
func hasNames(n *Node, names ...string) bool {
	for _, a := range names {
		if a = strings.TrimSpace(a); a == "" || a == n.Label {
			continue
		}
		if _, found := slices.BinarySearch(n.Aliases, a); !found {
			return false
		}
	}
	return true
}

// cleanAliases drops empty aliases, the label itself and duplicates, and
// sorts the rest.
func cleanAliases(label string, aliases []string) []string {
	return cleanAliasesIn(make([]string, 0, len(aliases)), label, aliases)
}

// cleanAliasesIn is cleanAliases, with an empty out that has room for
// aliases to fill.
func cleanAliasesIn(out []string, label string, aliases []string) []string {
	for _, a := range aliases {
		if a = strings.TrimSpace(a); a != "" && a != label {
			out = append(out, a)
		}
	}
	slices.Sort(out)
	out = slices.Compact(out)
	if len(out) == 0 {
		return nil
	}
	return out
}

// Node returns the node with the given id.
func (g *Graph) Node(id string) (*Node, bool) {
	if r := g.nodes[id]; r != nil {
		return g.handOutNode(r), true
	}
	return nil, false
}

// EachNodeOf calls f with the id and label of every node of kind k and
// type typ, in no particular order, without handing the nodes out (see
// PutNode).
func (g *Graph) EachNodeOf(k Kind, typ string, f func(id, label string)) {
	for id, r := range g.nodes {
		if r.Kind == k && r.Type == typ {
			f(id, r.Label)
		}
	}
}

// NodeLabel returns the kind and label of the node with the given id,
// and whether there is one, without handing the node out (see PutNode).
func (g *Graph) NodeLabel(id string) (kind Kind, label string, ok bool) {
	if r := g.nodes[id]; r != nil {
		return r.Kind, r.Label, true
	}
	return "", "", false
}

// Nodes returns all nodes sorted by id.
func (g *Graph) Nodes() []*Node {
	out := make([]*Node, 0, len(g.nodes))
	for _, r := range g.nodes {
		out = append(out, g.handOutNode(r))
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// NodeCount and EdgeCount return the sizes of the graph.
func (g *Graph) NodeCount() int { return len(g.nodes) }

// EdgeCount returns the number of edges.
func (g *Graph) EdgeCount() int { return len(g.edges) }

// RenameNode sets a node's label. The old label is kept as an alias, so
// searches for it still find the node.
func (g *Graph) RenameNode(id, label string) error {
	n, ok := g.nodes[id]
	if !ok {
		return fmt.Errorf("rename node %q: %w", id, ErrNotFound)
	}
	label = strings.TrimSpace(label)
	if label == "" {
		return fmt.Errorf("rename node %q: empty label: %w", id, ErrInvalid)
	}
	if label == n.Label {
		return nil
	}
	g.touchNode(id)
	n.Aliases = cleanAliases(label, append(n.Aliases, n.Label))
	n.Label = label
	return nil
}

// SetNodeAttr sets (or, with an empty value, removes) a node attribute.
func (g *Graph) SetNodeAttr(id, key, value string) error {
	n, ok := g.nodes[id]
	if !ok {
		return fmt.Errorf("set attribute of node %q: %w", id, ErrNotFound)
	}
	g.touchNode(id)
	n.settleAttrs()
	if value == "" {
		delete(n.Attrs, key)
		return nil
	}
	if n.Attrs == nil {
		n.Attrs = map[string]string{}
	}
	n.Attrs[key] = value
	return nil
}

// RemoveNode removes a node and every edge that touches it.
func (g *Graph) RemoveNode(id string) error {
	if _, ok := g.nodes[id]; !ok {
		return fmt.Errorf("remove node %q: %w", id, ErrNotFound)
	}
	for _, eid := range g.edgeIDsOf(id) {
		if err := g.RemoveEdge(eid); err != nil {
			return fmt.Errorf("remove node %q: %w", id, err)
		}
	}
	g.touchNode(id)
	delete(g.nodes, id)
	g.lastNode = nil
	g.topo = nil
	return nil
}

// ---- edges ----

// AddEdge adds a copy of e. When e.ID is empty the canonical EdgeID is
// used. Both ends must exist and the kind must fit them.
func (g *Graph) AddEdge(e Edge) (*Edge, error) {
	if e.ID == "" {
		e.ID = EdgeID(e.Kind, e.Source, e.Target)
	}
	src, dst := g.nodeRec(e.Source), g.nodeRec(e.Target)
	ki := e.Kind.index()
	err := g.checkEdge(e.Kind, ki, e.Source, e.Target, e.Evidence, src, dst)
	if _, ok := g.edges[e.ID]; ok {
		if err != nil {
			return nil, fmt.Errorf("add edge %q: %w", e.ID, err)
		}
		return nil, fmt.Errorf("add edge %q: %w", e.ID, ErrDuplicate)
	}
	if err != nil {
		return nil, fmt.Errorf("add edge %q: %w", e.ID, err)
	}
	if !isEdgeID(e.ID, e.Kind, e.Source, e.Target) {
		g.oddEdgeIDs = true
	}
	r := g.newEdgeRec(e.ID, e.Kind, ki, e.Source, e.Target, e.Evidence, src, dst)
	r.Undirected = e.Undirected
	if len(e.Attrs) > 0 {
		r.Attrs = maps.Clone(e.Attrs)
	}
	return r.handOut(), nil
}

// newEdgeRec adds a new edge of the given id, kind (ki its index) and
// ends, checked (src and dst are the records of its ends), with a copy
// of evidence; its id must not be taken. It returns the record, for the
// caller to set the edge's other fields. Evidence does not escape, so a
// caller's spans can stay on its stack.
func (g *Graph) newEdgeRec(id string, k EdgeKind, ki int, source, target string, evidence []Span, src, dst *nodeRec) *edgeRec {
	bit := kindBit(ki)
	src.out |= bit
	dst.in |= bit
	g.touchEdge(id)
	// The edge and its first span in one record (see addNewNode).
	r := g.spareEdge()
	r.ID, r.Kind, r.Source, r.Target = id, k, source, target
	switch len(evidence) {
	case 0:
	case 1:
		r.first[0] = evidence[0]
		r.Evidence = r.first[:]
	default:
		r.Evidence = g.spans.cut(len(evidence))
		copy(r.Evidence, evidence)
		r.Evidence = SortSpans(r.Evidence)
	}
	if g.edges == nil {
		g.edges = map[string]*edgeRec{}
	}
	g.edges[id] = r
	g.link(&r.Edge)
	return r
}

// Connect adds evidence to the canonical edge of kind k from src to dst,
// creating the edge if it does not exist yet.
func (g *Graph) Connect(k EdgeKind, src, dst string, evidence ...Span) (*Edge, error) {
	r, err := g.connect(k, src, dst, evidence)
	if err != nil {
		return nil, err
	}
	return r.handOut(), nil
}

// Link is Connect for a caller that does not need the edge: it hands no
// pointer to the edge out (see PutNode).
func (g *Graph) Link(k EdgeKind, src, dst string, evidence ...Span) error {
	_, err := g.connect(k, src, dst, evidence)
	return err
}

// connect is Connect, returning the edge's record.
func (g *Graph) connect(k EdgeKind, src, dst string, evidence []Span) (*edgeRec, error) {
	// Make the id in a buffer first: the string is only needed for a
	// new edge.
	var buf [256]byte
	key := appendEdgeID(buf[:0], k, src, dst)
	// An edge whose ends have no edges of its kind yet is new: its id
	// need not be looked up.
	s, d := g.nodeRec(src), g.nodeRec(dst)
	ki := k.index()
	bit := kindBit(ki)
	if s == nil || d == nil || s.out&bit != 0 && d.in&bit != 0 || g.oddEdgeIDs {
		if e, ok := g.edges[string(key)]; ok {
			if err := g.checkSpans(evidence); err != nil {
				return nil, fmt.Errorf("connect %q: %w", e.ID, err)
			}
			g.touchEdge(e.ID)
			e.Evidence = unionSpansOf(e.Evidence, evidence, !e.handedOut.Load())
			return e, nil
		}
	}
	if err := g.checkEdge(k, ki, src, dst, evidence, s, d); err != nil {
		return nil, fmt.Errorf("add edge %q: %w", string(key), err)
	}
	return g.newEdgeRec(g.strs.Bytes(key), k, ki, src, dst, evidence, s, d), nil
}

// checkEdge checks an edge of kind k (i its index, see EdgeKind.index)
// from source to target with the given evidence; src and dst are the
// records of its ends (nil for an end that does not exist).
func (g *Graph) checkEdge(k EdgeKind, i int, source, target string, evidence []Span, src, dst *nodeRec) error {
	if i < 0 {
		return fmt.Errorf("unknown kind %q: %w", k, ErrInvalid)
	}
	if src == nil {
		return fmt.Errorf("source %q: %w", source, ErrNotFound)
	}
	if dst == nil {
		return fmt.Errorf("target %q: %w", target, ErrNotFound)
	}
	// (as CheckEndpoints, by the kinds the records keep)
	if !endsAllowed(i, int(src.kind), int(dst.kind)) {
		if err := checkEndpoints(k, src.Kind, dst.Kind); err != nil {
			return fmt.Errorf("%w: %w", err, ErrInvalid)
		}
	}
	return g.checkSpans(evidence)
}

// Edge returns the edge with the given id.
func (g *Graph) Edge(id string) (*Edge, bool) {
	if r := g.edges[id]; r != nil {
		return r.handOut(), true
	}
	return nil, false
}

// Edges returns all edges sorted by id.
func (g *Graph) Edges() []*Edge {
	out := make([]*Edge, 0, len(g.edges))
	for _, r := range g.edges {
		out = append(out, r.handOut())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// EdgesOf returns the edges touching node id, either direction, sorted by id.
func (g *Graph) EdgesOf(id string) []*Edge {
	ids := g.edgeIDsOf(id)
	out := make([]*Edge, len(ids))
	for i, eid := range ids {
		out[i] = g.edges[eid].handOut()
	}
	return out
}

// Degree returns the number of edges touching node id.
func (g *Graph) Degree(id string) int { return len(g.edgeIDs(id)) }

// edgeIDs returns the ids of the edges touching node id, in no
// particular order; the slice belongs to the graph.
func (g *Graph) edgeIDs(id string) []string {
	g.adjOnce.Do(g.linkAll)
	return g.adj[id]
}

// EdgesBetween returns the edges joining a and b in either direction,
// sorted by id.
func (g *Graph) EdgesBetween(a, b string) []*Edge {
	var out []*Edge
	for _, eid := range g.edgeIDs(a) {
		if r := g.edges[eid]; r.Other(a) == b {
			out = append(out, r.handOut())
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (g *Graph) edgeIDsOf(id string) []string {
	ids := slices.Clone(g.edgeIDs(id))
	slices.Sort(ids)
	return ids
}

// RemoveEdge removes one edge.
func (g *Graph) RemoveEdge(id string) error {
	e, ok := g.edges[id]
	if !ok {
		return fmt.Errorf("remove edge %q: %w", id, ErrNotFound)
	}
	g.touchEdge(id)
	g.unlink(&e.Edge)
	delete(g.edges, id)
	return nil
}

// linkAll makes the adjacency lists of a graph that has none.
func (g *Graph) linkAll() {
	if g.adj != nil {
		return
	}
	adj := make(map[string][]string, len(g.nodes))
	for _, e := range g.edges {
		appendAdj(adj, &e.Edge)
	}
	g.adj = adj
}

// appendAdj lists e among the edges of its ends.
func appendAdj(adj map[string][]string, e *Edge) {
	adj[e.Source] = append(adj[e.Source], e.ID)
	if e.Target != e.Source {
		adj[e.Target] = append(adj[e.Target], e.ID)
	}
}

// link lists a new edge among the edges of its ends.
func (g *Graph) link(e *Edge) {
	g.dropTopology()
	if g.adj != nil {
		appendAdj(g.adj, e)
	}
}

func (g *Graph) unlink(e *Edge) {
	g.topo = nil
	if g.adj == nil {
		return
	}
	g.dropAdj(e.Source, e.ID)
	if e.Target != e.Source {
		g.dropAdj(e.Target, e.ID)
	}
}

// dropAdj removes edge id from node n's list (in time proportional to
// n's degree).
func (g *Graph) dropAdj(n, id string) {
	ids := g.adj[n]
	if i := slices.Index(ids, id); i >= 0 {
		ids = slices.Delete(ids, i, i+1)
		if len(ids) == 0 {
			delete(g.adj, n)
		} else {
			g.adj[n] = ids
		}
	}
}

// dropTopology drops the connectivity mirror after a change (writing
// the field only when there is one: building a graph, which never has
// one, then costs no pointer write per node and edge).
func (g *Graph) dropTopology() {
	if g.topo != nil {
		g.topo = nil
	}
}

// topology returns the connectivity mirror, building it if a change
// dropped it.
func (g *Graph) topology() dgraph.Graph[string, string] {
	if g.topo != nil {
		return g.topo
	}
	t := dgraph.New(dgraph.StringHash)
	for id := range g.nodes {
		_ = t.AddVertex(id) // ids are unique
	}
	for _, e := range g.edges {
		if e.Source != e.Target {
			// A second edge between the same pair is refused: one is enough.
			_ = t.AddEdge(e.Source, e.Target)
		}
	}
	g.topo = t
	return t
}

// ShortestPath returns the node ids on a shortest path from a to b,
// ignoring edge direction, or an error when they are not connected.
func (g *Graph) ShortestPath(a, b string) ([]string, error) {
	for _, id := range []string{a, b} {
		if _, ok := g.nodes[id]; !ok {
			return nil, fmt.Errorf("shortest path: node %q: %w", id, ErrNotFound)
		}
	}
	if a == b {
		return []string{a}, nil
	}
	p, err := dgraph.ShortestPath(g.topology(), a, b)
	if err != nil {
		return nil, fmt.Errorf("shortest path from %q to %q: %w", a, b, ErrNotFound)
	}
	return p, nil
}

// Clone returns a deep copy of the graph (documents are shared: they are
// never changed in place).
func (g *Graph) Clone() *Graph {
	c := &Graph{
		oddEdgeIDs: g.oddEdgeIDs,
		Attrs:      maps.Clone(g.Attrs),
		docs:       make(map[string]*Document, len(g.docs)),
		nodes:      make(map[string]*nodeRec, len(g.nodes)),
		edges:      make(map[string]*edgeRec, len(g.edges)),
	}
	if c.Attrs == nil {
		c.Attrs = map[string]string{}
	}
	maps.Copy(c.docs, g.docs)
	// (a reader handing a node out may make its attribute map meanwhile)
	g.attrsMu.Lock()
	for id, r := range g.nodes {
		n := r.Clone()
		if r.attrs != nil {
			n.Attrs = r.attrsOf()
		}
		c.nodes[id] = newNodeRec(*n)
	}
	g.attrsMu.Unlock()
	for id, r := range g.edges {
		c.edges[id] = &edgeRec{Edge: *r.Clone()} // the clone links on first need
	}
	return c
}
