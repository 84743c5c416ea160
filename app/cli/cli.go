// Package cli runs Dossier's headless subcommands (stats, build, eval,
// export, convert). It never touches a window, so it runs on machines
// without a display.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Env is what a command may use of the outside world.
type Env struct {
	Stdout io.Writer
	Stderr io.Writer
}

type command struct {
	summary string
	run     func(ctx context.Context, env Env, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"stats":   {"print counts by kind and type of a graph file", runStats},
		"build":   {"extract a graph from documents: build -o OUT.dossier.json FILE...", runBuild},
		"eval":    {"score extraction against gold annotations: eval -gold GOLD.json DOC.txt ...", runEval},
		"export":  {"lay out and export an image or geometry: export -o OUT.{svg,png,jpg,pdf,dot,json} IN", runExport},
		"convert": {"convert between graph file formats: convert -o OUT IN", runConvert},
		"corpus":  {"write synthetic articles (or a large graph of them) for benchmarks: corpus -n N -o DIR", runCorpus},
	}
}

// IsCommand reports whether name is a subcommand.
func IsCommand(name string) bool {
	_, ok := commands()[name]
	return ok || name == "help" || name == "-h" || name == "--help"
}

// usageError marks errors in how a command was called (exit status 2).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

// Run runs the subcommand args[0] with the remaining arguments and returns
// the process exit status: 0 on success, 1 when the command failed, 2 when
// it was called wrongly. Errors are printed to env.Stderr as one line.
func Run(ctx context.Context, env Env, args []string) int {
	cmds := commands()
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(env.Stderr, cmds)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	c, ok := cmds[args[0]]
	if !ok {
		fmt.Fprintf(env.Stderr, "dossier: unknown command %q (try: dossier help)\n", args[0])
		return 2
	}
	err := c.run(ctx, env, args[1:])
	var ue usageError
	switch {
	case err == nil:
		return 0
	case errors.Is(err, flag.ErrHelp):
		return 0
	case errors.As(err, &ue):
		fmt.Fprintf(env.Stderr, "dossier %s: %s\n", args[0], oneLine(err.Error()))
		return 2
	default:
		fmt.Fprintf(env.Stderr, "dossier %s: %s\n", args[0], oneLine(err.Error()))
		return 1
	}
}

func printUsage(w io.Writer, cmds map[string]command) {
	fmt.Fprintln(w, "usage: dossier [FILE...]        open the explorer (on the bundled sample when no file is given)")
	fmt.Fprintln(w, "       dossier COMMAND [ARGS]   run a headless command:")
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "  %-8s %s\n", n, cmds[n].summary)
	}
}

// oneLine folds an error message onto one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\n", " ")), " ")
}

// newFlags returns a flag set that reports errors instead of exiting.
func newFlags(env Env, name, usage string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(env.Stderr, "usage: dossier %s %s\n", name, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args, turning flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return usageError{err.Error()}
	}
	return nil
}
