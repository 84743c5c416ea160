package dot

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/export"
	"dossier/graphmodel/formats/interop"
)

// Quote returns s as a DOT identifier: bare when it is a plain ASCII name
// or number that is not a keyword, else in double quotes with every quote
// escaped. Graphviz reads the result back as s, whatever s holds (spaces,
// quotes, line breaks, right-to-left or CJK text), with one exception its
// quoting rules cannot express: an odd run of backslashes right before a
// double quote, a line end or the end of s (Graphviz would read the last
// backslash as an escape). Such a run gets one more backslash, so the file
// stays well-formed; Encode writes those strings in the dossier.json
// attribute instead, so nothing is lost.
func Quote(s string) string {
	if isBareName(s) || isNumeral(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	run := 0 // backslashes just written
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"':
			if run%2 == 1 {
				b.WriteByte('\\')
			}
			b.WriteString(`\"`)
		case c == '\n' || c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			if run%2 == 1 {
				b.WriteByte('\\')
			}
			b.WriteByte(c)
		default:
			b.WriteByte(c)
		}
		if c == '\\' {
			run++
		} else {
			run = 0
		}
	}
	if run%2 == 1 {
		b.WriteByte('\\')
	}
	b.WriteByte('"')
	return b.String()
}

// exact reports whether Quote(s) reads back as s, in a UTF-8 file.
func exact(s string) bool {
	if !utf8.ValidString(s) || strings.IndexByte(s, 0) >= 0 {
		return false
	}
	run := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '"' || c == '\n' || c == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			if run%2 == 1 {
				return false
			}
		}
		if c == '\\' {
			run++
		} else {
			run = 0
		}
	}
	return run%2 == 0
}

func isBareName(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	switch strings.ToLower(s) {
	case "strict", "graph", "digraph", "node", "edge", "subgraph":
		return false
	}
	return true
}

// isNumeral reports whether s is a DOT numeral: [-]?(.[0-9]+|[0-9]+(.[0-9]*)?).
func isNumeral(s string) bool {
	if len(s) > 64 {
		return false
	}
	i := 0
	if i < len(s) && s[i] == '-' {
		i++
	}
	digits := 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			digits++
		}
	}
	return digits > 0 && i == len(s)
}

// jsonSafe rewrites JSON text so that Quote spells it exactly: an escaped
// quote \" inside a JSON string becomes the equivalent \u0022.
func jsonSafe(s string) string {
	if !strings.Contains(s, `\"`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) {
			if s[i+1] == '"' {
				b.WriteString(`\u0022`)
			} else {
				b.WriteByte('\\')
				b.WriteByte(s[i+1])
			}
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// jsonKeys are the attributes whose values are JSON text.
var jsonKeys = map[string]bool{
	interop.KeyAliases: true, interop.KeyMentions: true, interop.KeyEvidence: true, interop.KeyDocuments: true,
}

// attr is one attribute to write.
type attr struct {
	key, value string
	html       bool
}

// Encode writes g, or the part sel selects (nil for all), as DOT that
// Graphviz reads and Decode turns back into the same graph: documents,
// kinds, types, labels, aliases, attributes, mentions and evidence.
//
// The graph is a digraph unless every edge is undirected (an undirected
// edge of a digraph gets dir=none). Nodes and edges come in id order, each
// edge with id=<its id>. What Dossier keeps of the DOT attributes of an
// imported file ("dot.shape", ...) is written back as DOT attributes
// (shape=...), clusters as cluster subgraphs, so the file looks as it did;
// kind and type as plain attributes; Dossier's other attributes under
// "attr.<name>" and its structure as JSON text under "dossier.*" keys
// (see interop); documents as the graph attribute "dossier.documents".
// Excerpts of the text behind each node and edge are added as
// "dossier.excerpts" for people reading the file.
//
// Any text is written exactly: the few strings Quote cannot spell (see
// Quote), and text that is not UTF-8 or holds NUL bytes, go into one
// "dossier.json" attribute per element, a JSON object of the attributes
// concerned; a node whose id is such a string gets a stand-in name
// (node1, node2, ...) and its id in that object as "dossier.id".
func Encode(w io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error {
	nodes, edges, err := export.Elements(g, sel)
	if err != nil {
		return fmt.Errorf("write DOT: %w", err)
	}
	clusters, err := Clusters(g)
	if err != nil {
		return fmt.Errorf("write DOT: %w", err)
	}
	e := &encoder{w: bufio.NewWriter(w), g: g, names: map[string]string{}}
	e.directed = len(edges) == 0
	for _, ed := range edges {
		if !ed.Undirected {
			e.directed = true
			break
		}
	}
	e.nameNodes(nodes)
	if err := e.header(); err != nil {
		return err
	}
	e.clusterTree(clusters, nodes)
	for _, c := range e.roots {
		e.cluster(c, 1)
	}
	for _, n := range e.members[""] {
		e.node(n, 1)
	}
	for _, ed := range edges {
		e.edge(ed)
	}
	e.printf("}\n")
	if e.err != nil {
		return fmt.Errorf("write DOT: %w", e.err)
	}
	if err := e.w.Flush(); err != nil {
		return fmt.Errorf("write DOT: %w", err)
	}
	return nil
}

type encoder struct {
	w        *bufio.Writer
	err      error
	g        *graphmodel.Graph
	directed bool
	names    map[string]string // node id → its DOT name
	graphID  string            // the graph's DOT name, "" when anonymous

	roots    []*clusterNode
	members  map[string][]*graphmodel.Node // cluster name ("" for none) → its nodes
	children map[string][]*clusterNode
}

type clusterNode struct {
	Cluster
}

func (e *encoder) printf(format string, a ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, a...)
	}
}

// nameNodes chooses each node's DOT name: its id, or for an id Quote
// cannot spell exactly, a fresh name (the id then goes in dossier.id).
func (e *encoder) nameNodes(nodes []*graphmodel.Node) {
	taken := map[string]bool{}
	for _, n := range nodes {
		if exact(n.ID) {
			e.names[n.ID] = n.ID
			taken[n.ID] = true
		}
	}
	k := 0
	for _, n := range nodes {
		if _, ok := e.names[n.ID]; ok {
			continue
		}
		for {
			k++
			name := "node" + strconv.Itoa(k)
			if !taken[name] {
				taken[name] = true
				e.names[n.ID] = name
				break
			}
		}
	}
}

// header writes the graph line and the graph attributes.
func (e *encoder) header() error {
	var attrs []attr
	g := e.g
	keys := make([]string, 0, len(g.Attrs))
	for k := range g.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	if name, ok := g.Attrs[AttrName]; ok {
		if name != "" && exact(name) {
			e.graphID = name
		} else {
			attrs = append(attrs, attr{key: "attr." + AttrName, value: name})
		}
	}
	if raw, ok := g.Attrs[AttrPrefix+"label"]; ok {
		html := g.Attrs[AttrPrefix+"label"+HTMLSuffix] == "true"
		text, _ := labelOf(attrVal{value: raw, html: html}, labelContext{graph: e.graphID}, false)
		if own, ok := g.Attrs["label"]; !ok || own == text {
			attrs = append(attrs, attr{key: "label", value: raw, html: html})
		} else {
			attrs = append(attrs, attr{key: "label", value: escapeLabel(own)})
		}
	} else if own, ok := g.Attrs["label"]; ok {
		attrs = append(attrs, attr{key: "label", value: escapeLabel(own)})
	}
	for _, k := range keys {
		v := g.Attrs[k]
		switch {
		case k == interop.KeyFormat || k == AttrName || k == AttrClusters || k == "label" || k == interop.KeyDocuments:
		case strings.HasPrefix(k, AttrPrefix):
			x := strings.TrimPrefix(k, AttrPrefix)
			switch {
			case x == "label" || x == "label"+HTMLSuffix || x == "charset":
			case isHTMLFlag(g.Attrs, k):
			case graphSpecial(x):
				attrs = append(attrs, attr{key: "attr." + k, value: v})
			default:
				attrs = append(attrs, attr{key: x, value: v, html: g.Attrs[k+HTMLSuffix] == "true"})
			}
		case strings.HasPrefix(k, "dossier."):
			attrs = append(attrs, attr{key: k, value: v})
		default:
			attrs = append(attrs, attr{key: "attr." + k, value: v})
		}
	}
	if len(g.Documents()) > 0 {
		docs, err := interop.DocumentsJSON(g)
		if err != nil {
			return fmt.Errorf("write DOT: %w", err)
		}
		attrs = append(attrs, attr{key: interop.KeyDocuments, value: docs})
	}
	kw := "graph"
	if e.directed {
		kw = "digraph"
	}
	if e.graphID != "" {
		e.printf("%s %s {\n", kw, Quote(e.graphID))
	} else {
		e.printf("%s {\n", kw)
	}
	for _, a := range e.finish(attrs) {
		e.printf("\t%s;\n", a)
	}
	return nil
}

// graphSpecial reports whether a graph attribute named x in the file would
// be read as something else than "dot.x".
func graphSpecial(x string) bool {
	return isPassThrough(x) || x == "clusters" || x == AttrJSON
}

// isHTMLFlag reports whether key is the ".html" companion of another
// attribute in attrs.
func isHTMLFlag(attrs map[string]string, key string) bool {
	base, ok := strings.CutSuffix(key, HTMLSuffix)
	if !ok {
		return false
	}
	_, has := attrs[base]
	return has && attrs[key] == "true"
}

// finish spells the attributes as key=value, moving those Quote cannot
// spell exactly into one dossier.json attribute.
func (e *encoder) finish(attrs []attr) []string {
	out := make([]string, 0, len(attrs))
	var extra map[string]string
	for _, a := range attrs {
		if jsonKeys[a.key] {
			a.value = jsonSafe(a.value)
		}
		switch {
		case a.html && exact(a.key) && balanced(a.value) && utf8.ValidString(a.value) && strings.IndexByte(a.value, 0) < 0:
			out = append(out, Quote(a.key)+"=<"+a.value+">")
		case exact(a.key) && exact(a.value):
			out = append(out, Quote(a.key)+"="+Quote(a.value))
		default:
			if extra == nil {
				extra = map[string]string{}
			}
			extra[a.key] = a.value
		}
	}
	if extra != nil {
		text, err := json.Marshal(extra)
		if err != nil && e.err == nil {
			e.err = err
		}
		out = append(out, Quote(AttrJSON)+"="+Quote(jsonSafe(string(text))))
	}
	return out
}

// balanced reports whether an HTML-like value can be written between
// angle brackets: its own brackets nest.
func balanced(s string) bool {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '<':
			depth++
		case '>':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// clusterTree sorts the nodes into the clusters they name and the
// clusters into their parents.
func (e *encoder) clusterTree(list []Cluster, nodes []*graphmodel.Node) {
	e.members = map[string][]*graphmodel.Node{}
	e.children = map[string][]*clusterNode{}
	known := map[string]*clusterNode{}
	var order []*clusterNode
	for _, c := range list {
		if c.Name == "" || known[c.Name] != nil {
			continue
		}
		cn := &clusterNode{c}
		known[c.Name] = cn
		order = append(order, cn)
	}
	var extra []string
	for _, n := range nodes {
		name := n.Attrs[AttrCluster]
		if name != "" && known[name] == nil {
			known[name] = &clusterNode{Cluster{Name: name}}
			extra = append(extra, name)
		}
		e.members[name] = append(e.members[name], n)
	}
	sort.Strings(extra)
	for _, name := range extra {
		order = append(order, known[name])
	}
	for _, c := range order {
		parent := c.Parent
		// A parent that is unknown, or that lies inside c (a cycle),
		// puts c at the top.
		if known[parent] == nil || parent == c.Name || insideOf(known, parent, c.Name) {
			parent = ""
		}
		if parent == "" {
			e.roots = append(e.roots, c)
		} else {
			e.children[parent] = append(e.children[parent], c)
		}
	}
}

// insideOf reports whether cluster name lies (transitively) inside
// cluster outer, following parents; it stops on cycles.
func insideOf(known map[string]*clusterNode, name, outer string) bool {
	seen := map[string]bool{}
	for x := name; x != "" && !seen[x]; {
		seen[x] = true
		c := known[x]
		if c == nil {
			return false
		}
		if c.Parent == outer {
			return true
		}
		x = c.Parent
	}
	return false
}

func (e *encoder) cluster(c *clusterNode, depth int) {
	indent := strings.Repeat("\t", depth)
	e.printf("%ssubgraph %s {\n", indent, Quote(c.Name))
	keys := make([]string, 0, len(c.Attrs))
	for k := range c.Attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var attrs []attr
	for _, k := range keys {
		if isHTMLFlag(c.Attrs, k) {
			continue
		}
		attrs = append(attrs, attr{key: k, value: c.Attrs[k], html: c.Attrs[k+HTMLSuffix] == "true"})
	}
	for _, a := range e.finish(attrs) {
		e.printf("%s\t%s;\n", indent, a)
	}
	for _, child := range e.children[c.Name] {
		e.cluster(child, depth+1)
	}
	for _, n := range e.members[c.Name] {
		e.node(n, depth+1)
	}
	e.printf("%s}\n", indent)
}

func (e *encoder) node(n *graphmodel.Node, depth int) {
	name := e.names[n.ID]
	var attrs []attr
	if name != n.ID {
		attrs = append(attrs, attr{key: AttrDossierID, value: n.ID})
	}
	record := isRecordShape(n.Attrs[AttrPrefix+"shape"])
	ctx := labelContext{node: name, graph: e.graphID}
	raw, hasRaw := n.Attrs[AttrPrefix+"label"]
	html := n.Attrs[AttrPrefix+"label"+HTMLSuffix] == "true"
	switch {
	case hasRaw && labelMatches(attrVal{value: raw, html: html}, ctx, record, n):
		attrs = append(attrs, attr{key: "label", value: raw, html: html})
	case defaultLabel(ctx, record) == n.Label:
	case record:
		attrs = append(attrs, attr{key: "label", value: escapeRecordLabel(n.Label)})
	default:
		attrs = append(attrs, attr{key: "label", value: escapeLabel(n.Label)})
	}
	for _, kv := range interop.NodeAttrs(e.g, n) {
		attrs = e.mapAttr(attrs, kv, n.Attrs, nodeSpecial)
	}
	e.printf("%s%s", strings.Repeat("\t", depth), Quote(name))
	e.list(attrs)
	e.printf(";\n")
}

// labelMatches reports whether the raw DOT label kept with n still shows
// n's label (the builder puts the id in place of an empty text).
func labelMatches(v attrVal, ctx labelContext, record bool, n *graphmodel.Node) bool {
	text, _ := labelOf(v, ctx, record)
	return text == n.Label || text == "" && n.Label == n.ID
}

func defaultLabel(ctx labelContext, record bool) string {
	text, _ := labelOf(attrVal{value: `\N`}, ctx, record)
	return text
}

// nodeSpecial reports whether a node attribute named x in the file would
// be read as something else than "dot.x".
func nodeSpecial(x string) bool {
	return isPassThrough(x) || x == "cluster" || x == AttrJSON || x == AttrDossierID
}

// mapAttr adds one flattened attribute (interop's spelling) to attrs in
// the spelling of the file: "dot.x" as the DOT attribute x, own
// attributes as "attr.<name>", interop's reserved keys as they are.
// special tells which DOT attribute names Decode would not read back as
// "dot.<name>".
func (e *encoder) mapAttr(attrs []attr, kv interop.KV, own map[string]string, special func(string) bool) []attr {
	k, v := kv.Key, kv.Value
	x, isDot := strings.CutPrefix(k, AttrPrefix)
	switch {
	case isPassThrough(k):
		return append(attrs, attr{key: k, value: v})
	case !isDot:
		return append(attrs, attr{key: "attr." + k, value: v})
	case x == "label" || x == "label"+HTMLSuffix || k == AttrCluster || isHTMLFlag(own, k):
		return attrs // written elsewhere
	case special(x):
		return append(attrs, attr{key: "attr." + k, value: v})
	}
	return append(attrs, attr{key: x, value: v, html: own[k+HTMLSuffix] == "true"})
}

func (e *encoder) list(attrs []attr) {
	parts := e.finish(attrs)
	if len(parts) == 0 {
		return
	}
	e.printf(" [%s]", strings.Join(parts, ", "))
}

func (e *encoder) edge(ed *graphmodel.Edge) {
	attrs := []attr{{key: "id", value: ed.ID}}
	op := "--"
	if e.directed {
		op = "->"
		if ed.Undirected {
			attrs = append(attrs, attr{key: "dir", value: "none"})
		}
	}
	own, hasOwn := ed.Attrs["label"]
	raw, hasRaw := ed.Attrs[AttrPrefix+"label"]
	html := ed.Attrs[AttrPrefix+"label"+HTMLSuffix] == "true"
	ownWritten := false
	switch {
	case hasRaw:
		ctx := labelContext{graph: e.graphID, tail: e.names[ed.Source], head: e.names[ed.Target], edgeOp: op}
		text, _ := labelOf(attrVal{value: raw, html: html}, ctx, false)
		if !hasOwn || own == text {
			attrs = append(attrs, attr{key: "label", value: raw, html: html})
			ownWritten = true
		} else {
			attrs = append(attrs, attr{key: "label", value: escapeLabel(own)})
			ownWritten = true
		}
	case hasOwn:
		attrs = append(attrs, attr{key: "label", value: escapeLabel(own)})
		ownWritten = true
	}
	for _, kv := range interop.EdgeAttrs(e.g, ed) {
		if kv.Key == "attr.label" && ownWritten {
			continue
		}
		if kv.Key == AttrPrefix+"dir" && e.changesDirection(kv.Value, ed) {
			attrs = append(attrs, attr{key: "attr." + kv.Key, value: kv.Value})
			continue
		}
		attrs = e.mapAttr(attrs, kv, ed.Attrs, edgeSpecial)
	}
	e.printf("\t%s %s %s", Quote(e.names[ed.Source]), op, Quote(e.names[ed.Target]))
	e.list(attrs)
	e.printf(";\n")
}

// changesDirection reports whether writing dir=value would make Decode
// read the edge with another direction than it has; in a digraph an
// undirected edge gets dir=none instead of its own dir.
func (e *encoder) changesDirection(value string, ed *graphmodel.Edge) bool {
	if e.directed {
		return ed.Undirected || value == "none"
	}
	return value == "forward"
}

// edgeSpecial reports whether an edge attribute named x in the file would
// be read as something else than "dot.x".
func edgeSpecial(x string) bool {
	return isPassThrough(x) || x == "id" || x == AttrJSON
}
