package dot

import (
	"encoding/json"
	"fmt"

	"dossier/graphmodel"
)

// Cluster is a cluster subgraph of a DOT file, as kept in the graph
// attribute AttrClusters: its name, the name of the cluster around it
// ("" at the top) and its own graph attributes (label, style, color, ...;
// an HTML-like value has a "<key>.html" = "true" companion). Nodes name
// their innermost cluster in AttrCluster.
type Cluster struct {
	Name   string            `json:"name"`
	Parent string            `json:"parent,omitempty"`
	Attrs  map[string]string `json:"attrs,omitempty"`
}

// Clusters returns the clusters recorded in g, in the order the file
// opened them; nil when there are none.
func Clusters(g *graphmodel.Graph) ([]Cluster, error) {
	text, ok := g.Attrs[AttrClusters]
	if !ok || text == "" {
		return nil, nil
	}
	var list []Cluster
	if err := json.Unmarshal([]byte(text), &list); err != nil {
		return nil, fmt.Errorf("graph attribute %s: %w", AttrClusters, err)
	}
	return list, nil
}
