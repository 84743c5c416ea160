package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"dossier/graphmodel/dossierfile"
	"dossier/graphmodel/extract"
	"dossier/graphmodel/synth"
	"dossier/graphmodel/synth/scale"
)

const corpusUsage = "-n N [-seed S] [-cast C] -o DIR  |  -graph OUT.dossier.json [-nodes N] [-edges M] [-seed S] [-cast C]"

// runCorpus writes synthetic articles for benchmarks and scale tests, or
// a large graph extracted from them.
func runCorpus(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "corpus", corpusUsage)
	n := fs.Int("n", 1000, "number of articles to write")
	seed := fs.Uint64("seed", 1, "random seed: the same seed and cast give the same articles")
	cast := fs.Int("cast", scale.DefaultCast, "number of made-up officials the articles draw on (more: more distinct actors)")
	out := fs.String("o", "", "folder to write the articles into (article-0001.txt, ...); created if missing")
	graphOut := fs.String("graph", "", "instead, write one graph extracted from as many articles as it takes (.dossier.json)")
	nodes := fs.Int("nodes", 10000, "with -graph: at least this many nodes")
	edges := fs.Int("edges", 30000, "with -graph: at least this many edges")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case fs.NArg() > 0:
		return usagef("unexpected argument %q (usage: dossier corpus %s)", fs.Arg(0), corpusUsage)
	case *cast < 2:
		return usagef("-cast %d: at least 2 officials are needed for a meeting", *cast)
	case (*out == "") == (*graphOut == ""):
		return usagef("give either -o DIR or -graph FILE (usage: dossier corpus %s)", corpusUsage)
	case *graphOut != "":
		if !strings.HasSuffix(*graphOut, ".json") {
			return usagef("-graph %s: the graph is written as JSON; name it NAME.dossier.json", *graphOut)
		}
		if *nodes < 1 || *edges < 0 {
			return usagef("-nodes must be positive and -edges not negative")
		}
		return writeScaleGraph(ctx, env, *graphOut, scale.Options{Seed: *seed, Cast: *cast}, *nodes, *edges)
	case *n < 1:
		return usagef("-n %d: write at least one article", *n)
	}
	return writeCorpus(ctx, env, *out, *n, *seed, *cast)
}

// writeCorpus writes n articles into dir.
func writeCorpus(ctx context.Context, env Env, dir string, n int, seed uint64, cast int) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("corpus folder: %w", err)
	}
	gen := synth.New(seed, cast)
	size := 0
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("corpus: %w", err)
		}
		a := gen.Article(i)
		if err := os.WriteFile(filepath.Join(dir, a.Name), []byte(a.Text), 0o644); err != nil {
			return fmt.Errorf("write article: %w", err)
		}
		size += len(a.Text)
	}
	fmt.Fprintf(env.Stdout, "%s: %d articles, %.1f MB (seed %d, cast %d)\n", dir, n, float64(size)/1e6, seed, cast)
	return nil
}

// writeScaleGraph extracts articles into one graph of the size asked and
// saves it.
func writeScaleGraph(ctx context.Context, env Env, path string, opt scale.Options, nodes, edges int) error {
	x, err := extract.New()
	if err != nil {
		return err
	}
	g, articles, err := scale.Graph(ctx, x, opt, nodes, edges)
	if err != nil {
		return err
	}
	if err := dossierfile.Save(path, g); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	fmt.Fprintf(env.Stdout, "%s: %d nodes, %d edges, %d documents (seed %d, cast %d)\n",
		path, g.NodeCount(), g.EdgeCount(), articles, opt.Seed, opt.Cast)
	return nil
}
