package cyjs

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/export"
	"dossier/graphmodel/formats/interop"
)

// Header values of the files Encode writes.
const (
	FormatVersion   = "1.0"
	GeneratedBy     = "dossier"
	TargetCytoscape = "~2.1"
)

type fileOut struct {
	FormatVersion string         `json:"format_version"`
	GeneratedBy   string         `json:"generated_by"`
	Target        string         `json:"target_cytoscapejs_version"`
	Data          map[string]any `json:"data"`
	Elements      elementsOut    `json:"elements"`
}

type elementsOut struct {
	Nodes []elementOut `json:"nodes"`
	Edges []elementOut `json:"edges"`
}

type elementOut struct {
	Data     map[string]any             `json:"data"`
	Position map[string]json.RawMessage `json:"position,omitempty"`
	Classes  string                     `json:"classes,omitempty"`
}

// structured lists the attributes that hold JSON: they are written as JSON
// values, not as strings holding JSON; Decode turns them back into text.
var structured = map[string]bool{
	interop.KeyAliases: true, interop.KeyMentions: true, interop.KeyEvidence: true, interop.KeyDocuments: true,
}

// Encode writes g, or the part sel selects (nil for all), as a Cytoscape
// desktop JSON file (".cyjs"), which Cytoscape and Cytoscape.js open.
// Each node's data holds its id, its label as "name", then everything
// interop.NodeAttrs
// gives (kind, type, aliases, mentions, excerpts, attributes); numeric x
// and y become its "position", cy.parent its compound "parent" (when the
// parent is written too) and cy.classes its "classes". Each edge's data
// holds id, source, target, its kind as "interaction" (its own
// "interaction" attribute if it has one), "directed": false for an
// undirected edge, and interop.EdgeAttrs. The
// graph's attributes and documents are the network's data. Aliases, spans
// and documents are written as JSON arrays. Decode restores the graph;
// output is deterministic.
func Encode(w io.Writer, g *graphmodel.Graph, sel *graphmodel.Selection) error {
	nodes, edges, err := export.Elements(g, sel)
	if err != nil {
		return fmt.Errorf("encode Cytoscape JSON: %w", err)
	}
	out := fileOut{
		FormatVersion: FormatVersion, GeneratedBy: GeneratedBy, Target: TargetCytoscape,
		Data:     map[string]any{},
		Elements: elementsOut{Nodes: make([]elementOut, 0, len(nodes)), Edges: make([]elementOut, 0, len(edges))},
	}
	for k, v := range g.Attrs {
		if k != interop.KeyFormat {
			out.Data[k] = v
		}
	}
	if len(g.Documents()) > 0 {
		docs, err := interop.DocumentsJSON(g)
		if err != nil {
			return fmt.Errorf("encode Cytoscape JSON: %w", err)
		}
		out.Data[interop.KeyDocuments] = json.RawMessage(docs)
	}
	written := make(map[string]bool, len(nodes))
	for _, n := range nodes {
		written[n.ID] = true
	}
	for _, n := range nodes {
		el := elementOut{Data: map[string]any{"id": n.ID, "name": n.Label}}
		for _, kv := range interop.NodeAttrs(g, n) {
			switch {
			case (kv.Key == AttrX || kv.Key == AttrY) && isJSONNumber(kv.Value):
				if el.Position == nil {
					el.Position = map[string]json.RawMessage{}
				}
				el.Position[kv.Key] = json.RawMessage(kv.Value)
			case kv.Key == AttrParent && written[kv.Value] && kv.Value != n.ID:
				el.Data["parent"] = kv.Value
			case kv.Key == AttrClasses && !strings.ContainsAny(kv.Value, "\t\n"):
				el.Classes = kv.Value
			default:
				setData(el.Data, kv, "id", "parent", "name", "label")
			}
		}
		out.Elements.Nodes = append(out.Elements.Nodes, el)
	}
	for _, e := range edges {
		el := elementOut{Data: map[string]any{"id": e.ID, "source": e.Source, "target": e.Target}}
		el.Data[AttrInteraction] = first(e.Attrs[AttrInteraction], string(e.Kind))
		if e.Undirected {
			el.Data["directed"] = false
		}
		for _, kv := range interop.EdgeAttrs(g, e) {
			if kv.Key == AttrClasses && !strings.ContainsAny(kv.Value, "\t\n") {
				el.Classes = kv.Value
				continue
			}
			setData(el.Data, kv, "id", "source", "target", "label", "directed")
		}
		out.Elements.Edges = append(out.Elements.Edges, el)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(&out); err != nil {
		return fmt.Errorf("encode Cytoscape JSON: %w", err)
	}
	return nil
}

// setData puts an attribute into an element's data. Names Cytoscape gives
// a meaning (id, source, parent, ...) are escaped as "attr.<name>", which
// Decode (through interop.Builder) reads back as the plain name; JSON
// attributes are written as JSON.
func setData(data map[string]any, kv interop.KV, taken ...string) {
	key := kv.Key
	for _, t := range taken {
		if key == t {
			key = "attr." + key
			break
		}
	}
	if _, clash := data[key]; clash && key == AttrInteraction {
		return // the same value: interaction is the edge's own attribute
	}
	if structured[kv.Key] && json.Valid([]byte(kv.Value)) {
		data[key] = json.RawMessage(kv.Value)
		return
	}
	data[key] = kv.Value
}

// isJSONNumber reports whether s can be written as a JSON number as it is.
func isJSONNumber(s string) bool {
	if s == "" || (s[0] != '-' && (s[0] < '0' || s[0] > '9')) || strings.TrimSpace(s) != s {
		return false
	}
	var n json.Number
	return json.Unmarshal([]byte(s), &n) == nil
}
