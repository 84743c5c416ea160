package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Every graph file of ../shared/fixtures/graphs opens in the explorer (a
// grid stands in for Graphviz here; render/layout lays the DOT fixtures
// out for real): no error dialog, the file's name in the title, and its
// nodes in the view (large files on their overview). Tapping a node shows
// it in the details panel.
func TestEveryFixtureOpensInTheExplorer(t *testing.T) {
	root := filepath.Join("..", "..", "shared", "fixtures", "graphs")
	var files []string
	_ = filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && d.Name() != "SOURCES.md" {
			files = append(files, path)
		}
		return nil
	})
	if len(files) == 0 {
		t.Skipf("no fixtures in %s", root)
	}
	for _, path := range files {
		name := filepath.Base(path)
		t.Run(name, func(t *testing.T) {
			h := newHarness(t, true, path)
			assert.Empty(t, topDialogText(h.w), "no error dialog")
			assert.Equal(t, name+" — Dossier", h.w.Title(), "the file's name titles the window")
			assert.Equal(t, strings.TrimSuffix(name, filepath.Ext(name))+".png", h.e.suggestName(".png"), "and names the exported image")
			g := h.e.sess.Graph()
			require.Positive(t, g.NodeCount())
			s := h.e.graph.view.Scene()
			require.NotNil(t, s)
			if g.NodeCount() > overviewAbove {
				assert.LessOrEqual(t, len(s.Nodes), overviewNodes)
			} else {
				assert.Len(t, s.Nodes, g.NodeCount())
			}
			id := s.Nodes[0].ID
			h.tapNode(id)
			assert.Equal(t, id, h.e.selNode)
		})
	}
}
