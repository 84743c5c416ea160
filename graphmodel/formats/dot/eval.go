package dot

import (
	"fmt"
	"strings"

	"dossier/graphmodel/formats/dot/ast"
)

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
