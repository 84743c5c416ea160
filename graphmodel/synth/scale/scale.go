// Package scale makes the large inputs of Dossier's scale benchmarks from
// synthetic articles (package synth): a corpus of N documents, and one
// merged evidence graph of a given number of nodes and edges, with its
// documents and every span, as an analyst's case file of a thousand
// articles would be.
package scale

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/extract"
	"dossier/graphmodel/synth"
)

// DefaultCast is the number of made-up officials the articles draw on:
// with it, 1,000 articles extract to about 7,000 nodes (1,450 actors,
// 1,550 meetings, 4,300 statements) and 14,000 edges.
const DefaultCast = 2000

// Options say which articles to write: the same seed and cast give the
// same articles.
type Options struct {
	Seed uint64
	Cast int // made-up officials; 0 means DefaultCast
}

func (o Options) generator() *synth.Generator {
	cast := o.Cast
	if cast <= 0 {
		cast = DefaultCast
	}
	return synth.New(o.Seed, cast)
}

// Documents returns n synthetic articles as documents, read the way
// `dossier build` reads the same articles from files.
func Documents(opt Options, n int) ([]graphmodel.Document, error) {
	gen := opt.generator()
	docs := make([]graphmodel.Document, 0, n)
	for i := 1; i <= n; i++ {
		a := gen.Article(i)
		d, err := extract.ParseDocument(a.Name, []byte(a.Text))
		if err != nil {
			return nil, fmt.Errorf("synthetic article %d: %w", i, err)
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// Graph extracts synthetic articles one at a time into one merged graph
// until it has at least nodes nodes, then adds "about" edges until it has
// at least edges edges: each from a statement to an actor, venue or
// meeting of the same document, with the statement's own span there as
// evidence (as if each statement were read as touching on everything its
// article reports). It returns the graph and the number of articles used.
// It fails when ctx is done, or when the articles cannot give that many
// edges (more than about four per node).
func Graph(ctx context.Context, x *extract.Extractor, opt Options, nodes, edges int) (*graphmodel.Graph, int, error) {
	gen := opt.generator()
	g := graphmodel.New()
	s := x.Session(g)
	n := 0
	for g.NodeCount() < nodes {
		if err := ctx.Err(); err != nil {
			return nil, n, fmt.Errorf("scale graph: %w", err)
		}
		n++
		a := gen.Article(n)
		d, err := extract.ParseDocument(a.Name, []byte(a.Text))
		if err != nil {
			return nil, n, fmt.Errorf("scale graph: article %d: %w", n, err)
		}
		if err := s.Extract(d); err != nil {
			return nil, n, fmt.Errorf("scale graph: %w", err)
		}
	}
	if err := topUp(ctx, g, edges); err != nil {
		return nil, n, err
	}
	return g, n, nil
}

// topUp adds about edges from statements to the other nodes of their
// documents, document by document in order, until g has want edges.
func topUp(ctx context.Context, g *graphmodel.Graph, want int) error {
	if g.EdgeCount() >= want {
		return nil
	}
	// The nodes each document mentions, with the first span there.
	type mention struct {
		id   string
		kind graphmodel.Kind
		span graphmodel.Span
	}
	byDoc := map[string][]mention{}
	nodes := g.Nodes()
	slices.SortFunc(nodes, func(a, b *graphmodel.Node) int { return strings.Compare(a.ID, b.ID) })
	for _, nd := range nodes {
		seen := map[string]bool{}
		for _, sp := range nd.Mentions {
			if !seen[sp.Doc] {
				seen[sp.Doc] = true
				byDoc[sp.Doc] = append(byDoc[sp.Doc], mention{nd.ID, nd.Kind, sp})
			}
		}
	}
	for _, d := range g.Documents() {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("scale graph: %w", err)
		}
		ms := byDoc[d.ID]
		for _, st := range ms {
			if st.kind != graphmodel.KindStatement {
				continue
			}
			for _, o := range ms {
				switch o.kind {
				case graphmodel.KindActor, graphmodel.KindVenue, graphmodel.KindMeeting:
				default:
					continue
				}
				if _, ok := g.Edge(graphmodel.EdgeID(graphmodel.EdgeAbout, st.id, o.id)); ok {
					continue
				}
				if _, err := g.Connect(graphmodel.EdgeAbout, st.id, o.id, st.span); err != nil {
					return fmt.Errorf("scale graph: %w", err)
				}
				if g.EdgeCount() >= want {
					return nil
				}
			}
		}
	}
	return fmt.Errorf("scale graph: only %d edges could be made for %d nodes, not %d", g.EdgeCount(), g.NodeCount(), want)
}
