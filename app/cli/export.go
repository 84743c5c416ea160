package cli

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"image/color"
	"io"
	"os"
	"path/filepath"
	"strings"

	"dossier/app/internal/plural"
	"dossier/graphmodel"
	"dossier/graphmodel/extract"
	"dossier/graphmodel/formats"
	"dossier/render/dot"
	"dossier/render/export"
	"dossier/render/layout"
	"dossier/render/paint"
	"dossier/render/scene"
	"dossier/render/theme"
)

const exportUsage = "-o OUT [-engine E] [-scale S | -dpi D] [-theme light|dark] [-legend] [-focus NODEID -hops N] [-kinds actor,meeting] IN..."

// exportFlags are the options of dossier export.
type exportFlags struct {
	out, engine, themeName, focus, kinds, background string
	scale, dpi                                       float64
	hops, quality                                    int
	legend                                           bool
	themeSet                                         bool // -theme was given
}

// runExport lays out a graph file, DOT file or text documents and writes
// an image or geometry file; OUT's extension picks the format.
func runExport(ctx context.Context, env Env, args []string) error {
	fs := newFlags(env, "export", exportUsage)
	var f exportFlags
	fs.StringVar(&f.out, "o", "", "output file: .svg, .png, .jpg, .pdf, .dot or .json")
	fs.StringVar(&f.engine, "engine", "", "layout engine: "+strings.Join(layout.Engines, ", ")+" (default: by graph size)")
	fs.Float64Var(&f.scale, "scale", 0, "pixels per point for .png and .jpg (default 1)")
	fs.Float64Var(&f.dpi, "dpi", 0, "resolution for .png and .jpg (72 = scale 1)")
	fs.StringVar(&f.themeName, "theme", "light", "colours: light or dark")
	fs.BoolVar(&f.legend, "legend", false, "draw the legend beside the graph (.png, .jpg, .pdf)")
	fs.StringVar(&f.focus, "focus", "", "show only the neighbourhood of this node id")
	fs.IntVar(&f.hops, "hops", 1, "with -focus: how many edges away (-1: the whole component)")
	fs.StringVar(&f.kinds, "kinds", "", "show only these node kinds, comma-separated (actor, venue, meeting, statement, entity)")
	fs.IntVar(&f.quality, "quality", 90, "JPEG quality, 1-100")
	fs.StringVar(&f.background, "background", "", "background colour (#rrggbb, a colour name or transparent)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	fs.Visit(func(fl *flag.Flag) { f.themeSet = f.themeSet || fl.Name == "theme" })
	format, th, opt, err := f.check(fs)
	if err != nil {
		return err
	}

	graph, rawDOT, err := f.input(ctx, fs.Args())
	if err != nil {
		return err
	}
	svc, err := layout.New(ctx, layout.Options{})
	if err != nil {
		return fmt.Errorf("export %s: %w", f.out, err)
	}
	defer svc.Close()

	engine := f.engine
	var dotText []byte
	if rawDOT != nil {
		dotText = rawDOT
		if engine == "" {
			engine = export.GuessEngine(svc, dotText)
		}
		if !f.themeSet {
			opt.Theme = nil // a foreign drawing keeps its own colours
		}
	} else {
		sel, err := f.selection(graph, fs.Arg(0))
		if err != nil {
			return err
		}
		if engine == "" {
			engine = layout.ForGraph(graph, len(sel.Nodes), len(sel.Edges), svc.Auto)
		}
		var buf bytes.Buffer
		dopt := dot.Options{Theme: th, Selection: &sel, PassThrough: true, SavedPositions: engine == "saved", YDown: layout.SavedYDown(graph), Graph: layout.EngineAttrs(engine)}
		if err := dot.Write(&buf, graph, dopt); err != nil {
			return fmt.Errorf("export %s: %w", f.out, err)
		}
		dotText = buf.Bytes()
	}

	var summary string
	err = writeAtomic(f.out, func(w io.Writer) error {
		if format == export.SVG || format == export.DOT {
			summary = format
			return export.WriteLayout(ctx, w, format, svc, dotText, engine)
		}
		sc, err := svc.Layout(ctx, dotText, engine)
		if err != nil {
			return err
		}
		summary = fmt.Sprintf("%s, %s, %s", format, plural.Count(len(sc.Nodes), "node"), plural.Count(len(sc.Edges), "edge"))
		if (format == export.PNG || format == export.JPG) && !opt.Legend {
			_, r := paint.Whole(sc, scaleOf(opt), 8)
			summary += fmt.Sprintf(", %d×%d pixels", r.Dx(), r.Dy())
		}
		return export.Write(ctx, w, format, sc, opt)
	})
	if err != nil {
		return fmt.Errorf("export %s: %w", f.out, err)
	}
	fmt.Fprintf(env.Stdout, "%s: %s (layout %s, %s)\n", f.out, summary, engine, svc.Backend())
	return nil
}

func scaleOf(o export.Options) float64 {
	if o.DPI > 0 {
		return o.DPI / 72
	}
	if o.Scale > 0 {
		return o.Scale
	}
	return 1
}

// check validates the flags and turns them into export options.
func (f *exportFlags) check(fs *flag.FlagSet) (string, theme.Theme, export.Options, error) {
	var th theme.Theme
	var opt export.Options
	switch {
	case f.out == "":
		return "", th, opt, usagef("no output file given (usage: dossier export %s)", exportUsage)
	case fs.NArg() == 0:
		return "", th, opt, usagef("no input given (usage: dossier export %s)", exportUsage)
	case f.scale != 0 && f.dpi != 0:
		return "", th, opt, usagef("give -scale or -dpi, not both")
	case f.scale < 0 || f.scale > 100 || f.dpi < 0 || f.dpi > 7200:
		return "", th, opt, usagef("-scale must be in (0, 100] and -dpi in (0, 7200]")
	case f.quality < 1 || f.quality > 100:
		return "", th, opt, usagef("-quality must be 1 to 100, got %d", f.quality)
	case f.engine != "" && !contains(layout.Engines, f.engine):
		return "", th, opt, usagef("-engine %s: not one of %s", f.engine, strings.Join(layout.Engines, ", "))
	}
	format, err := export.FormatOf(f.out)
	if err != nil {
		return "", th, opt, usagef("output %s: %v", f.out, err)
	}
	switch f.themeName {
	case "light":
		th = theme.Light()
	case "dark":
		th = theme.Dark()
	default:
		return "", th, opt, usagef("-theme %s: use light or dark", f.themeName)
	}
	fonts, err := paint.NewFonts(paint.FontOptions{System: true})
	if err != nil {
		return "", th, opt, err
	}
	opt = export.Options{Scale: f.scale, DPI: f.dpi, Theme: &th, Quality: f.quality, Legend: f.legend, Fonts: fonts}
	if f.background != "" {
		c, ok := scene.ParseColor(f.background)
		if !ok {
			return "", th, opt, usagef("-background %s: not a colour", f.background)
		}
		opt.Background = c
		if c.A == 0 {
			opt.Background = color.Transparent
		}
	}
	return format, th, opt, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// input reads what to draw: one graph file, one DOT file drawn as it is
// (when no filter asks for the model), or text documents to extract a
// graph from.
func (f *exportFlags) input(ctx context.Context, paths []string) (*graphmodel.Graph, []byte, error) {
	first := paths[0]
	fmtOf, isGraph := formats.ByExtension(first)
	if !isGraph && isDocument(first) {
		return f.documents(ctx, paths)
	}
	if len(paths) > 1 {
		return nil, nil, usagef("give one graph file, got %d inputs", len(paths))
	}
	if fmtOf == formats.DOT && f.focus == "" && f.kinds == "" {
		src, err := os.ReadFile(first)
		if err != nil {
			return nil, nil, fmt.Errorf("read %s: %w", first, err)
		}
		return nil, src, nil
	}
	res, err := formats.Open(ctx, first, formats.Options{})
	if err != nil {
		return nil, nil, err
	}
	return res.Graph, nil, nil
}

// isDocument reports whether a file name says text document (plain text,
// Markdown, HTML, or no extension); other unknown names are opened as
// graph files, whose format is then told by their content.
func isDocument(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case "", ".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml":
		return true
	}
	return false
}

func (f *exportFlags) documents(ctx context.Context, paths []string) (*graphmodel.Graph, []byte, error) {
	docs := make([]graphmodel.Document, 0, len(paths))
	for _, p := range paths {
		d, err := extract.ReadDocument(p)
		if err != nil {
			return nil, nil, err
		}
		docs = append(docs, d)
	}
	x, err := extract.New()
	if err != nil {
		return nil, nil, err
	}
	g, err := x.Build(ctx, docs, nil)
	if err != nil {
		return nil, nil, err
	}
	return g, nil, nil
}

// selection applies -kinds and -focus/-hops.
func (f *exportFlags) selection(g *graphmodel.Graph, in string) (graphmodel.Selection, error) {
	spec := graphmodel.ViewSpec{Focus: f.focus, Hops: f.hops}
	for _, k := range strings.Split(f.kinds, ",") {
		k = strings.TrimSpace(k)
		if k == "" {
			continue
		}
		if !graphmodel.Kind(k).Valid() {
			return graphmodel.Selection{}, usagef("-kinds: %q is not a node kind (actor, venue, meeting, statement, entity)", k)
		}
		spec.Kinds = append(spec.Kinds, graphmodel.Kind(k))
	}
	if f.focus != "" {
		if _, ok := g.Node(f.focus); !ok {
			return graphmodel.Selection{}, fmt.Errorf("%s: -focus: no node %q", in, f.focus)
		}
	}
	sel := g.Select(spec)
	if len(sel.Nodes) == 0 {
		return sel, fmt.Errorf("%s: nothing to draw (no node is left after the filters)", in)
	}
	return sel, nil
}

// writeAtomic writes a file through a temporary file in the same folder,
// renamed over path only when write succeeded, so a failed export never
// leaves a half-written file.
func writeAtomic(path string, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()           // already failing; the write error says more
			_ = os.Remove(tmp.Name()) // best effort: the temporary file is ours
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Chmod(0o644); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return errors.Join(err, os.Remove(tmp.Name()))
	}
	return nil
}
