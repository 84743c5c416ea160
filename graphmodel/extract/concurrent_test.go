package extract_test

import (
	"bytes"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/extract"
)

// encoded extracts d into a new graph and returns the saved graph.
func encoded(t *testing.T, x *extract.Extractor, d graphmodel.Document) string {
	t.Helper()
	g := graphmodel.New()
	require.NoError(t, x.Extract(g, d))
	var b bytes.Buffer
	require.NoError(t, dossierfile.Encode(&b, g))
	return b.String()
}

// Analyses reuse buffers between documents; extractions running at the
// same time must not see each other's (run with -race).
func TestConcurrentExtractionsMatchSequential(t *testing.T) {
	x := newExtractor(t)
	docs := ownTexts(t)
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = encoded(t, x, d)
	}
	var wg sync.WaitGroup
	got := make([][]string, 4)
	for w := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for r := 0; r < 5; r++ {
				for i := range docs {
					d := docs[(i+w)%len(docs)]
					g := graphmodel.New()
					if err := x.Extract(g, d); err != nil {
						got[w] = append(got[w], "error: "+err.Error())
						continue
					}
					var b bytes.Buffer
					if err := dossierfile.Encode(&b, g); err != nil {
						got[w] = append(got[w], "error: "+err.Error())
						continue
					}
					got[w] = append(got[w], b.String())
				}
			}
		}()
	}
	wg.Wait()
	for w := range got {
		require.Len(t, got[w], 5*len(docs))
		for k, s := range got[w] {
			i := (k%len(docs) + w) % len(docs)
			assert.Equal(t, want[i], s, "worker %d, document %s", w, docs[i].ID)
		}
	}
}
