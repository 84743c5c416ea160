package dot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot/ast"
	"dossier/graphmodel/formats/dot/parser"
	"dossier/graphmodel/formats/internal/jsontree"
	"dossier/graphmodel/formats/interop"
)

// Format facts.
const (
	// FormatName is the "format" attribute of graphs read from DOT.
	FormatName = "dot"
	// MaxSize bounds the files Decode reads (512 MB).
	MaxSize = 512 << 20
)

// Attribute keys of the mapping between DOT and Dossier's graph.
const (
	// AttrPrefix starts the key under which a DOT attribute is kept:
	// shape=box becomes "dot.shape" = "box".
	AttrPrefix = "dot."
	// HTMLSuffix marks an attribute whose value was an HTML-like string:
	// label=<<B>x</B>> becomes "dot.label" = "<B>x</B>" and
	// "dot.label.html" = "true".
	HTMLSuffix = ".html"
	// AttrCluster is the node attribute naming the innermost cluster
	// the node belongs to.
	AttrCluster = "dot.cluster"
	// AttrClusters is the graph attribute describing the clusters, as
	// a JSON array of Cluster.
	AttrClusters = "dot.clusters"
	// AttrName is the graph attribute holding the graph's name.
	AttrName = "name"
	// AttrDossierID is a node attribute that overrides the node's id:
	// Encode writes it for ids Graphviz cannot spell exactly.
	AttrDossierID = "dossier.id"
	// AttrJSON is an attribute holding a JSON object of further
	// attributes: Encode writes there the keys and values Graphviz's
	// quoting cannot spell exactly (see Quote).
	AttrJSON = "dossier.json"
)

// Decode reads a DOT file; name is used in errors.
func Decode(r io.Reader, name string) (*graphmodel.Graph, error) {
	g, _, err := DecodeWithWarnings(r, name)
	return g, err
}

// DecodeWithWarnings reads a DOT file and also returns what the import
// changed or left out: attributes removed because they would make
// Graphviz read local files, graphs after the first, a declared charset
// that did not fit, numbers run into names.
//
// Only the first graph of a file is read. Every DOT node becomes a node
// whose id is its DOT name, every edge an edge; see the package
// documentation for the mapping.
func DecodeWithWarnings(r io.Reader, name string) (*graphmodel.Graph, []string, error) {
	return decodeLimited(r, name, MaxSize)
}

// decodeLimited is DecodeWithWarnings with a size limit of max bytes.
func decodeLimited(r io.Reader, name string, max int64) (*graphmodel.Graph, []string, error) {
	src, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if int64(len(src)) > max {
		return nil, nil, fmt.Errorf("%s: file is larger than the limit of %s: %w", name, jsontree.Size(max), jsontree.ErrTooLarge)
	}
	return decodeBytes(src, name)
}

func decodeBytes(src []byte, name string) (*graphmodel.Graph, []string, error) {
	switch {
	case bytes.HasPrefix(src, []byte{0xEF, 0xBB, 0xBF}):
		src = src[3:]
	case bytes.HasPrefix(src, []byte{0xFF, 0xFE}), bytes.HasPrefix(src, []byte{0xFE, 0xFF}):
		return nil, nil, fmt.Errorf("%s: file is UTF-16 text; Graphviz and Dossier read DOT as UTF-8 or Latin-1: save it as UTF-8", name)
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return nil, nil, fmt.Errorf("%s: file is empty", name)
	}
	var warnings []string
	f, pw, err := parse(src, name)
	if err != nil {
		return nil, nil, err
	}
	g := f.Graphs[0]
	cs, csPos := charset(g)
	switch {
	case cs == "" || isUTF8Name(cs):
	case isLatin1Name(cs):
		if utf8.Valid(src) {
			if hasNonASCII(src) {
				warnings = append(warnings, fmt.Sprintf("%s:%d:%d: the file declares charset=%s but its text is valid UTF-8: read as UTF-8", name, csPos.Line, csPos.Col, cs))
			}
			break
		}
		// Latin-1 as web browsers read it: bytes 0x80-0x9F, control
		// characters in ISO-8859-1, are Windows-1252's € and quotes.
		utf, err := charmap.Windows1252.NewDecoder().Bytes(src)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: convert from %s: %w", name, cs, err)
		}
		src = utf
		if f, pw, err = parse(src, name); err != nil {
			return nil, nil, err
		}
		g = f.Graphs[0]
	case strings.EqualFold(cs, "big5") || strings.EqualFold(cs, "big-5"):
		return nil, nil, fmt.Errorf("%s:%d:%d: charset %s is not supported: save the file as UTF-8", name, csPos.Line, csPos.Col, cs)
	default:
		warnings = append(warnings, fmt.Sprintf("%s:%d:%d: unknown charset %q: read as UTF-8, as Graphviz does", name, csPos.Line, csPos.Col, cs))
	}
	if err := checkUTF8(f, src, name, cs); err != nil {
		return nil, nil, err
	}
	for _, w := range pw {
		warnings = append(warnings, name+":"+w.String())
	}
	if n := len(f.Graphs); n > 1 {
		warnings = append(warnings, fmt.Sprintf("the file holds %d graphs: only the first was read", n))
	}
	ev := newEvaluator(name, g, len(src))
	if err := ev.run(g.Stmts, ev.root); err != nil {
		return nil, nil, err
	}
	graph, err := ev.build()
	if err != nil {
		return nil, nil, err
	}
	return graph, append(warnings, ev.warnings()...), nil
}

// parse parses src, naming the file in errors.
func parse(src []byte, name string) (*ast.File, []parser.Warning, error) {
	f, pw, err := parser.Parse(src)
	if err != nil {
		return nil, nil, fmt.Errorf("%s:%w", name, err)
	}
	return f, pw, nil
}

// charset returns the charset the root graph declares, and where.
func charset(g *ast.Graph) (string, ast.Pos) {
	var cs string
	var pos ast.Pos
	for _, s := range g.Stmts {
		switch s := s.(type) {
		case *ast.Assign:
			if s.Key.Value == "charset" {
				cs, pos = s.Value.Value, s.Value.Pos
			}
		case *ast.AttrStmt:
			if s.Kind != ast.GraphAttrs {
				continue
			}
			for _, a := range s.Attrs {
				if a.Key.Value == "charset" {
					cs, pos = a.Value.Value, a.Value.Pos
				}
			}
		}
	}
	return cs, pos
}

func isUTF8Name(cs string) bool {
	return strings.EqualFold(cs, "utf-8") || strings.EqualFold(cs, "utf8")
}

// isLatin1Name reports whether cs is one of the names Graphviz accepts
// for ISO-8859-1.
func isLatin1Name(cs string) bool {
	switch strings.ToLower(cs) {
	case "latin1", "latin-1", "l1", "iso-8859-1", "iso_8859-1", "iso8859-1", "iso-ir-100":
		return true
	}
	return false
}

func hasNonASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// checkUTF8 reports the first identifier that is not valid UTF-8, at the
// offending byte.
func checkUTF8(f *ast.File, src []byte, name, cs string) error {
	var bad *ast.ID
	ast.Walk(f, func(id *ast.ID) {
		if bad == nil && !utf8.ValidString(id.Value) {
			bad = id
		}
	})
	if bad == nil {
		return nil
	}
	line, col := bad.Pos.Line, bad.Pos.Col
	var b byte
	for i := bad.Pos.Offset; i < bad.End && i < len(src); {
		r, size := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && size <= 1 {
			b = src[i]
			break
		}
		if src[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += size
	}
	declared := "the file declares no charset"
	if cs != "" {
		declared = fmt.Sprintf("the file declares charset=%s", cs)
	}
	return fmt.Errorf("%s:%d:%d: text is not valid UTF-8 (byte 0x%02X) and %s: save the file as UTF-8, or declare charset=latin1 if it is Latin-1", name, line, col, b, declared)
}

// attrVal is an attribute value; html marks an HTML-like string.
type attrVal struct {
	value string
	html  bool
}

type attrMap map[string]attrVal

// scope is the graph or a subgraph while its statements run: the default
// attributes set in it and its named subgraphs.
type scope struct {
	parent  *scope
	node    attrMap  // node defaults set here
	edge    attrMap  // edge defaults set here
	cluster *cluster // this scope's cluster, or the innermost around it
	own     bool     // whether cluster is this scope's own
	subs    map[string]*scope
}

// cluster is a subgraph Graphviz draws as a box.
type cluster struct {
	name   string
	parent *cluster
	attrs  attrMap
}

// within reports whether c lies inside (or is) o.
func (c *cluster) within(o *cluster) bool {
	for x := c; x != nil; x = x.parent {
		if x == o {
			return true
		}
	}
	return false
}

type node struct {
	name    string
	id      string // the Dossier id
	attrs   attrMap
	cluster *cluster
	pos     ast.Pos
}

type edge struct {
	tail, head *node
	attrs      attrMap
	pos        ast.Pos
}

// collector gathers the nodes of a subgraph used as an end of an edge.
type collector struct {
	seen  map[*node]bool
	nodes []*node
}

func (c *collector) add(n *node) {
	if !c.seen[n] {
		c.seen[n] = true
		c.nodes = append(c.nodes, n)
	}
}

// evaluator runs a graph's statements: it resolves default attributes,
// expands edge chains and subgraph ends, and records clusters.
type evaluator struct {
	file      string
	directed  bool
	strict    bool
	graphName string
	root      *scope
	graph     attrMap
	nodes     map[string]*node
	nodeList  []*node
	edges     []*edge
	strictIdx map[[2]*node]*edge
	clusters  []*cluster
	byName    map[string]*cluster
	collect   []*collector
	anon      int
	keys      map[string]string // DOT attribute name → its "dot." key, made once
	maxEdges  int
	maxAttrs  int
	attrCount int
	removed   removals
	notes     []string
}

func newEvaluator(file string, g *ast.Graph, size int) *evaluator {
	ev := &evaluator{
		file:     file,
		directed: g.Directed,
		strict:   g.Strict,
		root:     &scope{},
		graph:    attrMap{},
		nodes:    map[string]*node{},
		byName:   map[string]*cluster{},
		keys:     map[string]string{},
		maxEdges: 100_000 + 4*size,
		maxAttrs: 4_000_000 + 32*size,
	}
	if g.ID != nil {
		ev.graphName = g.ID.Value
	}
	if g.Strict {
		ev.strictIdx = map[[2]*node]*edge{}
	}
	return ev
}

func (ev *evaluator) errAt(p ast.Pos, format string, a ...any) error {
	return fmt.Errorf("%s:%d:%d: "+format, append([]any{ev.file, p.Line, p.Col}, a...)...)
}

func val(id *ast.ID) attrVal { return attrVal{value: id.Value, html: id.Kind == ast.HTML} }

func (ev *evaluator) run(stmts []ast.Stmt, s *scope) error {
	for _, st := range stmts {
		switch st := st.(type) {
		case *ast.AttrStmt:
			for _, a := range st.Attrs {
				switch st.Kind {
				case ast.GraphAttrs:
					ev.setGraphAttr(s, a.Key.Value, val(a.Value))
				case ast.NodeAttrs:
					s.node = set(s.node, a.Key.Value, val(a.Value))
				case ast.EdgeAttrs:
					s.edge = set(s.edge, a.Key.Value, val(a.Value))
				}
			}
		case *ast.Assign:
			ev.setGraphAttr(s, st.Key.Value, val(st.Value))
		case *ast.NodeStmt:
			n, err := ev.mention(st.Node.ID, s)
			if err != nil {
				return err
			}
			for _, a := range st.Attrs {
				n.attrs[a.Key.Value] = val(a.Value)
			}
			if err := ev.count(len(st.Attrs), st.Position()); err != nil {
				return err
			}
		case *ast.EdgeStmt:
			if err := ev.edgeStmt(st, s); err != nil {
				return err
			}
		case *ast.Subgraph:
			if _, err := ev.subgraph(st, s, false); err != nil {
				return err
			}
		}
	}
	return nil
}

func set(m attrMap, k string, v attrVal) attrMap {
	if m == nil {
		m = attrMap{}
	}
	m[k] = v
	return m
}

// count adds n attribute values to the running total and fails past the
// limit, which keeps memory proportional to the input even when defaults
// are copied into many elements.
func (ev *evaluator) count(n int, p ast.Pos) error {
	ev.attrCount += n
	if ev.attrCount > ev.maxAttrs {
		return ev.errAt(p, "more than %d attribute values after applying defaults: too many for a file of this size", ev.maxAttrs)
	}
	return nil
}

// setGraphAttr sets a graph attribute: of the graph at the top level, of
// the cluster in a cluster, and nowhere in other subgraphs (their graph
// attributes, such as rank=same, steer the layout only).
func (ev *evaluator) setGraphAttr(s *scope, k string, v attrVal) {
	switch {
	case s == ev.root:
		ev.graph[k] = v
	case s.own:
		s.cluster.attrs[k] = v
	}
}

// defaults returns a copy of the node (or edge) defaults in force in s.
func (ev *evaluator) defaults(s *scope, edges bool) attrMap {
	var chain []attrMap
	size := 0
	for x := s; x != nil; x = x.parent {
		m := x.node
		if edges {
			m = x.edge
		}
		if len(m) > 0 {
			chain = append(chain, m)
			size += len(m)
		}
	}
	out := make(attrMap, size)
	for i := len(chain) - 1; i >= 0; i-- {
		for k, v := range chain[i] {
			out[k] = v
		}
	}
	return out
}

// mention finds or creates the node named by id in scope s and records
// that s holds it.
func (ev *evaluator) mention(id *ast.ID, s *scope) (*node, error) {
	n := ev.nodes[id.Value]
	if n == nil {
		n = &node{name: id.Value, id: id.Value, pos: id.Pos, attrs: ev.defaults(s, false)}
		if err := ev.count(len(n.attrs)+1, id.Pos); err != nil {
			return nil, err
		}
		ev.nodes[id.Value] = n
		ev.nodeList = append(ev.nodeList, n)
	}
	if c := s.cluster; c != nil && n.cluster != c && (n.cluster == nil || c.within(n.cluster)) {
		n.cluster = c
	}
	if k := len(ev.collect); k > 0 {
		ev.collect[k-1].add(n)
	}
	return n, nil
}

func (ev *evaluator) edgeStmt(st *ast.EdgeStmt, s *scope) error {
	groups := make([][]*node, len(st.Ends))
	ports := make([]*ast.Port, len(st.Ends))
	for i, end := range st.Ends {
		switch v := end.(type) {
		case *ast.NodeID:
			n, err := ev.mention(v.ID, s)
			if err != nil {
				return err
			}
			groups[i], ports[i] = []*node{n}, v.Port
		case *ast.Subgraph:
			members, err := ev.subgraph(v, s, true)
			if err != nil {
				return err
			}
			groups[i] = members
		}
	}
	for i := 0; i+1 < len(groups); i++ {
		if len(ev.edges)+len(groups[i])*len(groups[i+1]) > ev.maxEdges {
			return ev.errAt(st.Ends[i].Position(), "more than %d edges: too many for a file of this size", ev.maxEdges)
		}
		for _, t := range groups[i] {
			for _, h := range groups[i+1] {
				if err := ev.addEdge(t, h, ports[i], ports[i+1], st, s); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func (ev *evaluator) addEdge(t, h *node, tp, hp *ast.Port, st *ast.EdgeStmt, s *scope) error {
	var e *edge
	if ev.strict {
		key := [2]*node{t, h}
		if !ev.directed && t.name > h.name {
			key = [2]*node{h, t}
		}
		e = ev.strictIdx[key]
		if e == nil {
			e = &edge{tail: t, head: h, pos: st.Position(), attrs: ev.defaults(s, true)}
			ev.strictIdx[key] = e
			ev.edges = append(ev.edges, e)
		}
	} else {
		e = &edge{tail: t, head: h, pos: st.Position(), attrs: ev.defaults(s, true)}
		ev.edges = append(ev.edges, e)
	}
	for _, a := range st.Attrs {
		e.attrs[a.Key.Value] = val(a.Value)
	}
	if tp != nil {
		e.attrs["tailport"] = attrVal{value: tp.String()}
	}
	if hp != nil {
		e.attrs["headport"] = attrVal{value: hp.String()}
	}
	return ev.count(len(e.attrs)+1, st.Position())
}

// subgraph runs a subgraph's statements in its scope. When it is an end
// of an edge, it returns the nodes it holds (nested subgraphs included),
// in the order they were first mentioned.
func (ev *evaluator) subgraph(st *ast.Subgraph, parent *scope, end bool) ([]*node, error) {
	var s *scope
	if st.ID != nil {
		s = parent.subs[st.ID.Value]
	}
	if s == nil {
		s = &scope{parent: parent, cluster: parent.cluster}
		if st.ID != nil {
			if parent.subs == nil {
				parent.subs = map[string]*scope{}
			}
			parent.subs[st.ID.Value] = s
		}
	}
	if !s.own && isCluster(st) {
		ev.anon++
		name := fmt.Sprintf("%%%d", ev.anon) // Graphviz's name for anonymous subgraphs
		if st.ID != nil {
			name = st.ID.Value
		}
		c := ev.byName[name]
		if c == nil {
			c = &cluster{name: name, parent: parent.cluster, attrs: attrMap{}}
			ev.byName[name] = c
			ev.clusters = append(ev.clusters, c)
		}
		s.cluster, s.own = c, true
	}
	if end {
		ev.collect = append(ev.collect, &collector{seen: map[*node]bool{}})
	}
	err := ev.run(st.Stmts, s)
	if !end {
		return nil, err
	}
	top := ev.collect[len(ev.collect)-1]
	ev.collect = ev.collect[:len(ev.collect)-1]
	if err != nil {
		return nil, err
	}
	if k := len(ev.collect); k > 0 {
		for _, n := range top.nodes {
			ev.collect[k-1].add(n)
		}
	}
	return top.nodes, nil
}

// isCluster reports whether Graphviz draws the subgraph as a cluster: its
// name starts with "cluster", or it sets cluster=true.
func isCluster(st *ast.Subgraph) bool {
	if st.ID != nil && len(st.ID.Value) >= 7 && strings.EqualFold(st.ID.Value[:7], "cluster") {
		return true
	}
	for _, s := range st.Stmts {
		switch s := s.(type) {
		case *ast.Assign:
			if s.Key.Value == "cluster" && isTrue(s.Value.Value) {
				return true
			}
		case *ast.AttrStmt:
			if s.Kind != ast.GraphAttrs {
				continue
			}
			for _, a := range s.Attrs {
				if a.Key.Value == "cluster" && isTrue(a.Value.Value) {
					return true
				}
			}
		}
	}
	return false
}

func isTrue(s string) bool {
	switch strings.ToLower(s) {
	case "true", "yes":
		return true
	}
	return s != "" && s[0] >= '1' && s[0] <= '9'
}

func (ev *evaluator) warnings() []string {
	return append(ev.notes, ev.removed.warnings()...)
}

// ---- building the Dossier graph ----

// isPassThrough reports whether a DOT attribute key is one of interop's
// own (kind, type, dossier.*, attr.*), handed to the builder unchanged
// rather than kept as a "dot." attribute.
func isPassThrough(k string) bool {
	return k == interop.KeyKind || k == interop.KeyType ||
		strings.HasPrefix(k, "dossier.") || strings.HasPrefix(k, "attr.")
}

// clean resolves the dossier.json attribute Encode writes for text
// Graphviz cannot spell, then removes unsafe attributes (noting where).
func (ev *evaluator) clean(m attrMap, where func() string, p ast.Pos) error {
	if v, ok := m[AttrJSON]; ok {
		var extra map[string]string
		if err := json.Unmarshal([]byte(v.value), &extra); err != nil {
			return ev.errAt(p, "%s: attribute %s: %w", where(), AttrJSON, err)
		}
		delete(m, AttrJSON)
		for k, x := range extra {
			m[k] = attrVal{value: x}
		}
	}
	for k, v := range m {
		if unsafeAttr(k, v.value) {
			delete(m, k)
			ev.removed.add(k, where())
			continue
		}
		if v.html {
			clean, removed := sanitizeHTML(v.value)
			for _, r := range removed {
				ev.removed.add(r+" in "+k, where())
			}
			if removed != nil {
				m[k] = attrVal{value: clean, html: true}
			}
		}
	}
	return nil
}

// keep stores a DOT attribute under its "dot." key, with the HTML marker
// when its value was HTML-like.
func (ev *evaluator) keep(out map[string]string, k string, v attrVal) {
	key, ok := ev.keys[k]
	if !ok {
		key = AttrPrefix + k
		ev.keys[k] = key
	}
	out[key] = v.value
	if v.html {
		out[key+HTMLSuffix] = "true"
	}
}

// labelOf returns the text a label attribute shows and whether its raw
// value is worth keeping as "dot.label" (it holds more than the text:
// HTML, record fields, escapes other than line breaks).
func labelOf(v attrVal, ctx labelContext, record bool) (string, bool) {
	switch {
	case v.html:
		return htmlText(v.value), true
	case record:
		text := recordLabel(v.value, ctx)
		return text, text == "" || v.value != escapeRecordLabel(text) && v.value != `\N`
	}
	text := plainLabel(v.value, ctx)
	return text, text == "" || v.value != escapeLabel(text) && v.value != `\N`
}

func (ev *evaluator) build() (*graphmodel.Graph, error) {
	b := interop.NewBuilder(FormatName)
	graphAttrs, err := ev.graphAttrs()
	if err != nil {
		return nil, err
	}
	if docs, ok := graphAttrs[interop.KeyDocuments]; ok {
		if err := b.SetGraphAttr(interop.KeyDocuments, docs); err != nil {
			return nil, fmt.Errorf("%s: %w", ev.file, err)
		}
		delete(graphAttrs, interop.KeyDocuments)
	}
	for k, v := range graphAttrs {
		if err := b.SetGraphAttr(k, v); err != nil {
			return nil, fmt.Errorf("%s: %w", ev.file, err)
		}
	}
	for _, n := range ev.nodeList {
		id, label, attrs, err := ev.nodeAttrs(n)
		if err != nil {
			return nil, err
		}
		if err := b.AddNode(id, label, attrs); err != nil {
			return nil, ev.errAt(n.pos, "node %s: %w", shortQuote(n.name), err)
		}
	}
	for _, e := range ev.edges {
		if err := ev.clean(e.attrs, func() string { return ev.edgeName(e) }, e.pos); err != nil {
			return nil, err
		}
	}
	ids := ev.edgeIDs()
	for i, e := range ev.edges {
		directed, attrs, err := ev.edgeAttrs(e)
		if err != nil {
			return nil, err
		}
		if err := b.AddEdge(ids[i], e.tail.id, e.head.id, directed, attrs); err != nil {
			return nil, ev.errAt(e.pos, "edge %s: %w", shortQuote(ids[i]), err)
		}
	}
	return b.Graph()
}

func shortQuote(s string) string {
	if r := []rune(s); len(r) > 60 {
		s = string(r[:60]) + "…"
	}
	return fmt.Sprintf("%q", s)
}

// graphAttrs maps the root graph's attributes, its name and its clusters
// to Dossier graph attributes.
func (ev *evaluator) graphAttrs() (map[string]string, error) {
	out := map[string]string{}
	if ev.graphName != "" {
		out[AttrName] = ev.graphName
	}
	if err := ev.clean(ev.graph, func() string { return "the graph" }, ast.Pos{Line: 1, Col: 1}); err != nil {
		return nil, err
	}
	for k, v := range ev.graph {
		switch {
		case k == "charset": // the text is UTF-8 now
		case k == "label":
			text, raw := labelOf(v, labelContext{graph: ev.graphName}, false)
			if raw {
				ev.keep(out, k, v)
			}
			if _, explicit := ev.graph["attr.label"]; !explicit {
				out["label"] = text
			}
		case strings.HasPrefix(k, "attr."):
			out[strings.TrimPrefix(k, "attr.")] = v.value
		case strings.HasPrefix(k, "dossier."):
			out[k] = v.value
		case k == "clusters": // would collide with AttrClusters
			out[k] = v.value
		default:
			ev.keep(out, k, v)
		}
	}
	if len(ev.clusters) > 0 {
		list := make([]Cluster, 0, len(ev.clusters))
		for _, c := range ev.clusters {
			if err := ev.clean(c.attrs, func() string { return "cluster " + shortQuote(c.name) }, ast.Pos{Line: 1, Col: 1}); err != nil {
				return nil, err
			}
			cl := Cluster{Name: c.name, Attrs: map[string]string{}}
			if c.parent != nil {
				cl.Parent = c.parent.name
			}
			for k, v := range c.attrs {
				cl.Attrs[k] = v.value
				if v.html {
					cl.Attrs[k+HTMLSuffix] = "true"
				}
			}
			list = append(list, cl)
		}
		text, err := json.Marshal(list)
		if err != nil {
			return nil, fmt.Errorf("%s: clusters: %w", ev.file, err)
		}
		out[AttrClusters] = string(text)
	}
	return out, nil
}

// nodeAttrs maps a DOT node onto the id, label and attributes the builder
// takes.
func (ev *evaluator) nodeAttrs(n *node) (string, string, map[string]string, error) {
	where := func() string { return "node " + shortQuote(n.name) }
	if err := ev.clean(n.attrs, where, n.pos); err != nil {
		return "", "", nil, err
	}
	out := make(map[string]string, len(n.attrs)+2)
	if v, ok := n.attrs[AttrDossierID]; ok && v.value != "" {
		n.id = v.value
	}
	ctx := labelContext{node: n.name, graph: ev.graphName}
	record := isRecordShape(n.attrs["shape"].value)
	labelVal, hasLabel := n.attrs["label"]
	if !hasLabel {
		labelVal = attrVal{value: `\N`}
	}
	label, raw := labelOf(labelVal, ctx, record)
	if hasLabel && raw {
		ev.keep(out, "label", labelVal)
	}
	for k, v := range n.attrs {
		switch {
		case k == "label" || k == AttrDossierID:
		case isPassThrough(k):
			out[k] = v.value
		case k == "cluster": // would collide with AttrCluster
			out["attr.cluster"] = v.value
		case k == "pos":
			ev.keep(out, k, v)
			if x, y, ok := position(v.value); ok {
				if _, explicit := n.attrs["attr.x"]; !explicit {
					out["x"] = x
				}
				if _, explicit := n.attrs["attr.y"]; !explicit {
					out["y"] = y
				}
			}
		default:
			ev.keep(out, k, v)
		}
	}
	if n.cluster != nil {
		out[AttrCluster] = n.cluster.name
	}
	return n.id, label, out, nil
}

// position reads "x,y" (optionally "x,y,z" or ending in "!") from a pos
// attribute.
func position(pos string) (string, string, bool) {
	parts := strings.Split(strings.TrimSuffix(strings.TrimSpace(pos), "!"), ",")
	if len(parts) < 2 || len(parts) > 3 {
		return "", "", false
	}
	x, y := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
	if !isDecimal(x) || !isDecimal(y) {
		return "", "", false
	}
	return x, y, true
}

// isDecimal reports whether s is a plain decimal number.
func isDecimal(s string) bool {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "-"), "+")
	digits, dots := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && dots == 0:
			dots++
		default:
			return false
		}
	}
	return digits > 0
}

// edgeAttrs maps a DOT edge onto the direction and attributes the builder
// takes.
func (ev *evaluator) edgeAttrs(e *edge) (bool, map[string]string, error) { // e is cleaned
	op := ev.edgeOp()
	directed := ev.directed
	out := make(map[string]string, len(e.attrs)+1)
	for k, v := range e.attrs {
		switch {
		case k == "id":
			// The edge's id (see edgeIDs).
		case k == "dir" && ev.directed && v.value == "none":
			directed = false
		case k == "dir" && !ev.directed && v.value == "forward":
			directed = true
		case k == "label":
			ctx := labelContext{graph: ev.graphName, tail: e.tail.name, head: e.head.name, edgeOp: op}
			text, raw := labelOf(v, ctx, false)
			if raw {
				ev.keep(out, k, v)
			}
			if _, explicit := e.attrs["attr.label"]; !explicit {
				out["attr.label"] = text
			}
		case isPassThrough(k):
			out[k] = v.value
		default:
			ev.keep(out, k, v)
		}
	}
	return directed, out, nil
}

func (ev *evaluator) edgeOp() string {
	if ev.directed {
		return "->"
	}
	return "--"
}

// edgeName names an edge in messages.
func (ev *evaluator) edgeName(e *edge) string {
	return "edge " + shortQuote(e.tail.name+ev.edgeOp()+e.head.name)
}

// edgeIDs gives every edge an id: its id attribute when that is set and
// used once, else tail->head (tail--head in undirected graphs), with "#2",
// "#3", ... for parallel edges.
func (ev *evaluator) edgeIDs() []string {
	uses := map[string]int{}
	for _, e := range ev.edges {
		if v := e.attrs["id"].value; v != "" {
			uses[v]++
		}
	}
	ids := make([]string, len(ev.edges))
	taken := map[string]bool{}
	for i, e := range ev.edges {
		if v := e.attrs["id"].value; v != "" && uses[v] == 1 {
			ids[i] = v
			taken[v] = true
		}
	}
	op := ev.edgeOp()
	next := map[string]int{}
	dup := 0
	for i, e := range ev.edges {
		if ids[i] != "" {
			continue
		}
		if v := e.attrs["id"].value; v != "" {
			dup++
			e.attrs["id"] = attrVal{}
			e.attrs["attr.dot.id"] = attrVal{value: v}
		}
		base := e.tail.id + op + e.head.id
		id := base
		for k := next[base]; ; k++ {
			if k > 1 {
				id = fmt.Sprintf("%s#%d", base, k)
			}
			if !taken[id] {
				next[base] = k + 1
				break
			}
		}
		taken[id] = true
		ids[i] = id
	}
	if dup > 0 {
		ev.notes = append(ev.notes, fmt.Sprintf("%d edges share an id attribute with another edge: they were given ids of their own and keep the attribute as dot.id", dup))
	}
	return ids
}
