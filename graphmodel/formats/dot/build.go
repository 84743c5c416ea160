package dot

import (
	"encoding/json"
	"fmt"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/dot/ast"
	"dossier/graphmodel/formats/interop"
)

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
