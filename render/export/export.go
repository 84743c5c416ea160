// Package export writes what the explorer shows to files: images painted
// by render/paint from a laid-out scene (PNG, JPEG), a vector PDF drawn
// from the same scene, the scene's geometry as JSON, and Graphviz's own
// SVG and laid-out DOT from the layout service.
//
// Images are painted with the explorer's painter, so an exported picture
// is what the screen shows.
package export

import (
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"io"
	"math"
	"path/filepath"
	"strings"

	"dossier/render/paint"
	"dossier/render/scene"
	"dossier/render/theme"
)

// Formats.
const (
	PNG  = "png"
	JPG  = "jpg"
	PDF  = "pdf"
	JSON = "json"
	SVG  = "svg"
	DOT  = "dot"
)

// ErrFormat is returned for a format export does not write.
var ErrFormat = errors.New("unknown export format")

// ErrTooLarge is returned when an image would exceed Options.MaxPixels.
var ErrTooLarge = errors.New("image too large")

// SceneFormats are the formats Write draws from a scene; LayoutFormats
// come from Graphviz through WriteLayout.
var (
	SceneFormats  = []string{PNG, JPG, PDF, JSON}
	LayoutFormats = []string{SVG, DOT}
)

// FormatOf returns the format a file name's extension stands for: .png,
// .jpg or .jpeg, .pdf, .json, .svg, .dot or .gv.
func FormatOf(name string) (string, error) {
	ext := strings.ToLower(filepath.Ext(name))
	switch ext {
	case ".png":
		return PNG, nil
	case ".jpg", ".jpeg":
		return JPG, nil
	case ".pdf":
		return PDF, nil
	case ".json":
		return JSON, nil
	case ".svg":
		return SVG, nil
	case ".dot", ".gv":
		return DOT, nil
	}
	return "", fmt.Errorf("%w %q (use .svg, .png, .jpg, .pdf, .dot or .json)", ErrFormat, ext)
}

// DefaultMaxPixels bounds exported images (about 20,000 × 5,000).
const DefaultMaxPixels = 100 << 20

// Options control Write. The zero value paints at one pixel per point
// with the scene's own colours.
type Options struct {
	// Scale is pixels per point for PNG and JPEG (default 1). DPI, when
	// set, wins: Scale = DPI / 72.
	Scale float64
	DPI   float64
	// Theme restyles nodes and edges of known kinds (see paint.Options)
	// and sets the background; nil keeps Graphviz's colours.
	Theme *theme.Theme
	// Background overrides the background; a transparent colour gives a
	// transparent PNG (JPEG has no transparency: it gets white).
	Background color.Color
	// Quality is the JPEG quality, 1–100 (default 90).
	Quality int
	// Legend draws the theme's legend (Theme, or the light theme) beside
	// the graph in PNG, JPEG and PDF.
	Legend bool
	// Margin is the space around the drawing, in points (default 8;
	// negative for none).
	Margin float64
	// MaxPixels bounds PNG and JPEG size (default DefaultMaxPixels).
	MaxPixels int
	// Detail is the level of detail. The zero value draws everything, every
	// label however small (a picture is zoomed into after export); set
	// thresholds to get the explorer's simplifications.
	Detail paint.Detail
	// Painter is reused when set (it keeps its glyph cache); otherwise one
	// is made with Fonts (nil: the embedded fonts).
	Painter *paint.Painter
	Fonts   *paint.Fonts
	// Emphasis, as in the explorer.
	Selected, Highlighted map[string]bool
}

func (o *Options) scale() float64 {
	s := o.Scale
	if o.DPI > 0 && !math.IsInf(o.DPI, 0) {
		s = o.DPI / 72
	}
	if !(s > 0) || math.IsInf(s, 0) {
		s = 1
	}
	return s
}

func (o *Options) margin() float64 {
	switch {
	case o.Margin < 0 || math.IsNaN(o.Margin):
		return 0
	case o.Margin == 0:
		return 8
	}
	return math.Min(o.Margin, 1e4)
}

func (o *Options) legendTheme() theme.Theme {
	if o.Theme != nil {
		return *o.Theme
	}
	return theme.Light()
}

// Write writes scene s to w in format (png, jpg, pdf or json).
func Write(ctx context.Context, w io.Writer, format string, s *scene.Scene, opt Options) error {
	if s == nil {
		return fmt.Errorf("export %s: no scene", format)
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("export %s: %w", format, err)
	}
	var err error
	switch strings.ToLower(format) {
	case PNG:
		err = writeImage(ctx, w, s, opt, false)
	case JPG, "jpeg":
		err = writeImage(ctx, w, s, opt, true)
	case PDF:
		err = writePDF(w, s, opt)
	case JSON:
		err = s.WriteJSON(w)
	case SVG, DOT:
		return fmt.Errorf("export %s: comes from Graphviz: use WriteLayout", format)
	default:
		return fmt.Errorf("export: %w %q", ErrFormat, format)
	}
	if err != nil {
		return fmt.Errorf("export %s: %w", strings.ToLower(format), err)
	}
	return nil
}

// Image paints scene s as Write would for PNG and JPEG.
func Image(ctx context.Context, s *scene.Scene, opt Options) (*image.RGBA, error) {
	if s == nil {
		return nil, errors.New("paint image: no scene")
	}
	scale := opt.scale()
	v, r := paint.Whole(s, scale, opt.margin())
	var legend *scene.Scene
	var lr image.Rectangle
	if opt.Legend {
		legend = paint.Legend(opt.legendTheme())
		_, lsize := paint.Whole(legend, scale, 0)
		gap := int(math.Ceil(opt.margin() * scale))
		lr = lsize.Add(image.Pt(r.Max.X, gap))
		r.Max.X = lr.Max.X + gap
		r.Max.Y = max(r.Max.Y, lr.Max.Y+gap)
	}
	limit := opt.MaxPixels
	if limit <= 0 {
		limit = DefaultMaxPixels
	}
	if float64(r.Dx())*float64(r.Dy()) > float64(limit) {
		return nil, fmt.Errorf("%w: %d×%d pixels at scale %g exceeds %d pixels; lower the scale or DPI", ErrTooLarge, r.Dx(), r.Dy(), scale, limit)
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	p := opt.Painter
	if p == nil {
		p = paint.NewPainter(opt.Fonts)
	}
	img := image.NewRGBA(r)
	det := opt.Detail
	if det == (paint.Detail{}) {
		det.Full = true
	}
	popt := paint.Options{Theme: opt.Theme, Background: opt.Background, Detail: det, Selected: opt.Selected, Highlighted: opt.Highlighted}
	p.Draw(img, s, v, popt)
	if legend != nil {
		sub := img.SubImage(lr).(*image.RGBA)
		lt := opt.legendTheme()
		p.Draw(sub, legend, paint.View{Scale: scale}, paint.Options{Theme: &lt, Detail: paint.Detail{Full: true}})
	}
	return img, nil
}

func writeImage(ctx context.Context, w io.Writer, s *scene.Scene, opt Options, jpg bool) error {
	if jpg {
		// JPEG has no alpha: paint on an opaque background.
		bg := opt.Background
		if bg == nil && opt.Theme != nil {
			bg = opt.Theme.Background
		}
		if bg == nil {
			bg = s.Background
		}
		if _, _, _, a := bg.RGBA(); a != 0xffff {
			opt.Background = color.White
		}
	}
	img, err := Image(ctx, s, opt)
	if err != nil {
		return err
	}
	if jpg {
		q := opt.Quality
		if q <= 0 {
			q = 90
		}
		return jpeg.Encode(w, img, &jpeg.Options{Quality: min(q, 100)})
	}
	return png.Encode(w, img)
}
