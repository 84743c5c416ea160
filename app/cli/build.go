package cli

import (
	"context"
	"fmt"
	"strings"

	"dossier/app/internal/plural"
	"dossier/graphmodel"
	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/extract"
)

// runBuild extracts a graph from documents and saves it.
func runBuild(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "build", "-o OUT.dossier.json FILE...")
	out := fs.String("o", "", "graph file to write (.dossier.json)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *out == "" {
		return usagef("no output file given (usage: dossier build -o OUT.dossier.json FILE...)")
	}
	if fs.NArg() == 0 {
		return usagef("no document given (usage: dossier build -o OUT.dossier.json FILE...)")
	}
	if !strings.HasSuffix(*out, ".json") {
		return usagef("output %s: the graph is written as JSON; name it NAME.dossier.json", *out)
	}
	docs := make([]graphmodel.Document, 0, fs.NArg())
	for _, path := range fs.Args() {
		d, err := extract.ReadDocument(path)
		if err != nil {
			return err
		}
		docs = append(docs, d)
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	g, err := x.Build(ctx, docs, nil)
	if err != nil {
		return err
	}
	if err := dossierfile.Save(*out, g); err != nil {
		return fmt.Errorf("save %s: %w", *out, err)
	}
	c := g.Counts()
	fmt.Fprintf(env.Stdout, "%s: %s, %s (%d actors, %d venues, %d meetings, %d statements), %s\n",
		*out, plural.Count(c.Documents, "document"), plural.Count(c.Nodes, "node"), c.ByKind[graphmodel.KindActor], c.ByKind[graphmodel.KindVenue],
		c.ByKind[graphmodel.KindMeeting], c.ByKind[graphmodel.KindStatement], plural.Count(c.Edges, "edge"))
	return nil
}
