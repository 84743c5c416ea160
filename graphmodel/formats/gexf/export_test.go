package gexf

import (
	"io"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/xmlio"
)

// DecodeWithLimits is Decode with other limits, so tests can reach them
// with small inputs.
func DecodeWithLimits(r io.Reader, name string, lim xmlio.Limits) (*graphmodel.Graph, error) {
	g, _, err := decode(r, name, lim)
	return g, err
}
