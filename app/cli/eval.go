package cli

import (
	"context"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"dossier/app/internal/plural"
	"dossier/graphmodel"
	"dossier/graphmodel/eval"
	"dossier/graphmodel/extract"
)

// stringList is a repeatable string flag.
type stringList []string

func (s *stringList) String() string     { return strings.Join(*s, ",") }
func (s *stringList) Set(v string) error { *s = append(*s, v); return nil }

var _ flag.Value = (*stringList)(nil)

// runEval extracts each document on its own and scores it against its
// gold annotation; with several documents it also prints the micro
// average.
func runEval(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "eval", "[-gold GOLD.json]... DOC...")
	var golds stringList
	fs.Var(&golds, "gold", "gold annotation (repeat once per document, in the same order; default: DOC's name with .gold.json)")
	brief := fs.Bool("brief", false, "one line per document (F1 of each measure)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	docs := fs.Args()
	if len(docs) == 0 {
		return usagef("no document given (usage: dossier eval -gold GOLD.json DOC ...)")
	}
	if len(golds) > 0 && len(golds) != len(docs) {
		return usagef("%d gold files for %d documents: give one -gold per document, or none to use DOC.gold.json", len(golds), len(docs))
	}
	x, err := extract.New()
	if err != nil {
		return err
	}
	var total eval.Result
	for i, path := range docs {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("eval: %w", err)
		}
		goldPath := goldFor(path)
		if len(golds) > 0 {
			goldPath = golds[i]
		}
		gold, err := eval.LoadGold(goldPath)
		if err != nil {
			return err
		}
		doc, err := extract.ReadDocument(path)
		if err != nil {
			return err
		}
		g := graphmodel.New()
		if err := x.Extract(g, doc); err != nil {
			return err
		}
		r, err := eval.Evaluate(g, doc.ID, gold)
		if err != nil {
			return err
		}
		total = total.Add(r)
		if *brief {
			writeBrief(env.Stdout, doc.ID, r)
		} else {
			writeResult(env.Stdout, doc.ID, r)
		}
	}
	if len(docs) > 1 {
		writeResult(env.Stdout, "micro-average over "+plural.Count(len(docs), "document"), total)
	}
	return nil
}

// goldFor returns the gold file next to a document: NAME.txt → NAME.gold.json.
func goldFor(path string) string {
	ext := filepath.Ext(path)
	return strings.TrimSuffix(path, ext) + ".gold.json"
}

func writeResult(w io.Writer, title string, r eval.Result) {
	fmt.Fprintln(w, title)
	for _, m := range r.Measures() {
		s := m.Score
		fmt.Fprintf(w, "  %-22s P %.3f  R %.3f  F1 %.3f  (%d hits, %d predicted, %d gold)\n",
			m.Name, s.Precision(), s.Recall(), s.F1(), s.Hits, s.Pred, s.Gold)
	}
	if d := r.MeetingDates; d.Gold > 0 || d.Pred > 0 {
		fmt.Fprintf(w, "  (not a corpus measure) meeting dates: %d of %d gold dates given by a meeting that may match; %d such meetings dated\n", d.Hits, d.Gold, d.Pred)
	}
}

func writeBrief(w io.Writer, doc string, r eval.Result) {
	fmt.Fprintf(w, "%-45s", doc)
	for _, m := range r.Measures() {
		fmt.Fprintf(w, " %s %.2f", m.Name, m.Score.F1())
	}
	fmt.Fprintln(w)
}
