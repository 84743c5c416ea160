package cli

import (
	"context"
	"fmt"
	"strings"

	"dossier/app/internal/plural"
	"dossier/graphmodel/formats"
)

// runConvert converts a graph file from any format Dossier reads to any it
// writes: convert [-from FORMAT] [-to FORMAT] -o OUT IN. Formats come from
// the file names (and the input's content) unless given. Warnings of the
// import go to stderr; a summary line to stdout.
func runConvert(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "convert", "[-from FORMAT] [-to FORMAT] -o OUT IN")
	out := fs.String("o", "", "output file; its extension chooses the format (.dossier.json, .graphml, .gexf, .gv, .jgf.json, .cyjs, .csv)")
	from := fs.String("from", "", "format of the input, if its name and content do not tell: "+formatList(false))
	to := fs.String("to", "", "format of the output, if its name does not tell: "+formatList(true))
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	switch {
	case *out == "":
		return usagef("no output file given (usage: dossier convert -o OUT IN)")
	case fs.NArg() != 1:
		return usagef("give exactly one input file (usage: dossier convert -o OUT IN), got %d", fs.NArg())
	}
	in := fs.Arg(0)
	inFormat, err := formatFlag("-from", *from, false)
	if err != nil {
		return err
	}
	outFormat, err := formatFlag("-to", *to, true)
	if err != nil {
		return err
	}

	res, err := formats.Open(ctx, in, formats.Options{Format: inFormat})
	if err != nil {
		return err
	}
	for _, w := range res.Warnings {
		fmt.Fprintf(env.Stderr, "dossier convert: %s: warning: %s\n", in, oneLine(w))
	}
	if err := formats.Save(ctx, *out, res.Graph, nil, outFormat); err != nil {
		return err
	}
	written := formats.SavePaths(*out, outFormat)
	fmt.Fprintf(env.Stdout, "%s (%s, %s, %s) → %s\n", in, res.Format, plural.Count(res.Graph.NodeCount(), "node"), plural.Count(res.Graph.EdgeCount(), "edge"), strings.Join(written, ", "))
	return nil
}

// formatFlag checks a -from or -to value.
func formatFlag(flag, value string, write bool) (formats.Format, error) {
	if value == "" {
		return "", nil
	}
	f := formats.Format(strings.ToLower(value))
	info, ok := formats.Lookup(f)
	if !ok || (write && !info.CanWrite) || (!write && !info.CanRead) {
		verb := "read"
		if write {
			verb = "write"
		}
		return "", usagef("%s %s: not a format Dossier can %s (choose from %s)", flag, value, verb, formatList(write))
	}
	return f, nil
}

// formatList names the formats that can be read or written: "dossier,
// graphml, gexf, ...".
func formatList(write bool) string {
	var names []string
	for _, info := range formats.Formats() {
		if (write && info.CanWrite) || (!write && info.CanRead) {
			names = append(names, string(info.Format))
		}
	}
	return strings.Join(names, ", ")
}
