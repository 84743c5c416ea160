package export

import (
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/go-pdf/fpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"

	"dossier/render/paint"
	"dossier/render/scene"
	"dossier/render/theme"
)

// maxPDFSide bounds a PDF page side, in points (PDF viewers refuse pages
// beyond 14,400 user units; larger drawings are scaled down to fit).
const maxPDFSide = 14400

// writePDF draws s as vector paths and text on one page the size of the
// drawing (points), with the legend beside it when asked.
func writePDF(w io.Writer, s *scene.Scene, opt Options) error {
	m := opt.margin()
	width, height := finite(s.Width)+2*m, finite(s.Height)+2*m
	var legend *scene.Scene
	if opt.Legend {
		legend = paint.Legend(opt.legendTheme())
		width += legend.Width + m
		height = math.Max(height, legend.Height+2*m)
	}
	k := 1.0 // shrink factor for huge drawings
	if big := math.Max(width, height); big > maxPDFSide {
		k = maxPDFSide / big
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{UnitStr: "pt", Size: fpdf.SizeType{Wd: math.Max(width*k, 1), Ht: math.Max(height*k, 1)}})
	pdf.SetCreationDate(time.Unix(0, 0).UTC())
	pdf.SetModificationDate(time.Unix(0, 0).UTC())
	pdf.SetCatalogSort(true)
	pdf.SetCreator("Dossier", true)
	pdf.SetMargins(0, 0, 0)
	pdf.SetAutoPageBreak(false, 0)
	for _, f := range []struct {
		family, style string
		ttf           []byte
	}{{"go", "", goregular.TTF}, {"go", "B", gobold.TTF}, {"go", "I", goitalic.TTF}, {"go", "BI", gobolditalic.TTF}, {"gomono", "", gomono.TTF}} {
		pdf.AddUTF8FontFromBytes(f.family, f.style, f.ttf)
	}
	pdf.AddPage()
	d := &pdfDrawer{pdf: pdf, k: k, ox: m, oy: m, th: opt.Theme, fonts: opt.Fonts, added: map[string]string{}}

	bg := pdfBackground(s, opt)
	if bg.A != 0 {
		d.fillColour(bg)
		pdf.Rect(0, 0, width*k, height*k, "F")
		d.resetAlpha()
	}
	d.scene(s)
	if legend != nil {
		lt := opt.legendTheme()
		d.ox, d.oy, d.th = finite(s.Width)+2*m, m, &lt
		d.scene(legend)
	}
	if err := pdf.Error(); err != nil {
		return fmt.Errorf("draw pdf: %w", err)
	}
	return pdf.Output(w)
}

func finite(x float64) float64 {
	if math.IsNaN(x) || math.IsInf(x, 0) || x < 0 {
		return 0
	}
	return x
}

func pdfBackground(s *scene.Scene, opt Options) color.NRGBA {
	switch {
	case opt.Background != nil:
		return color.NRGBAModel.Convert(opt.Background).(color.NRGBA)
	case opt.Theme != nil:
		return opt.Theme.Background
	case s.Background != (color.NRGBA{}):
		return s.Background
	}
	return color.NRGBA{0xff, 0xff, 0xff, 0xff}
}

// pdfDrawer draws scene ops onto a PDF page.
type pdfDrawer struct {
	pdf    *fpdf.Fpdf
	k      float64 // scale
	ox, oy float64 // where the scene's origin goes, in points before k
	th     *theme.Theme
	alpha  bool // a transparency state is set
	// fonts finds fallback faces for characters the Go fonts lack; added
	// maps a fallback's file name to its PDF font family.
	fonts *paint.Fonts
	added map[string]string
}

// textRun is a piece of text drawn with one font family.
type textRun struct {
	text, family string
}

// runs splits text into pieces the Go fonts draw (family base) and
// pieces a system fallback face draws, embedding each fallback on first
// use. Characters nothing draws stay with base.
func (d *pdfDrawer) runs(text, base string, dst []textRun) []textRun {
	dst = dst[:0]
	start, cur := 0, base
	for i, r := range text {
		fam := base
		if r > 0x7f && d.fonts != nil && !d.fonts.Covers(r) {
			if name, data, ok := d.fonts.FallbackFor(r); ok {
				f, seen := d.added[name]
				if !seen {
					f = "fallback" + strconv.Itoa(len(d.added))
					d.pdf.AddUTF8FontFromBytes(f, "", data)
					d.added[name] = f
				}
				fam = f
			}
		}
		if fam != cur {
			if i > start {
				dst = append(dst, textRun{text[start:i], cur})
			}
			start, cur = i, fam
		}
	}
	if start < len(text) {
		dst = append(dst, textRun{text[start:], cur})
	}
	return dst
}

// colours picks the colours an element is drawn with: the theme's for
// known kinds (as the painter does), Graphviz's otherwise.
type colours struct {
	restyle            bool
	fill, stroke, text color.NRGBA
}

func (c colours) pick(op *scene.RoledOp) (stroke, fill color.NRGBA) {
	if !c.restyle {
		return op.Stroke, op.Fill
	}
	if op.Kind == scene.OpText {
		return c.text, c.text
	}
	return c.stroke, c.fill
}

func (d *pdfDrawer) scene(s *scene.Scene) {
	g := colours{}
	if d.th != nil {
		g = colours{restyle: true, fill: d.th.Background, stroke: d.th.Foreground, text: d.th.Foreground}
	}
	for i := range s.Ops {
		o := &s.Ops[i]
		if o.Role == scene.RoleBody && o.Kind == scene.OpPolygon && o.Filled && i == 0 {
			continue // Graphviz's background: already painted
		}
		d.op(o, g)
	}
	for i := range s.Clusters {
		for j := range s.Clusters[i].Ops {
			d.op(&s.Clusters[i].Ops[j], colours{})
		}
	}
	for i := range s.Edges {
		e := &s.Edges[i]
		c := d.edgeColours(e)
		for j := range e.Ops {
			if e.Ops[j].Role != scene.RoleLabel {
				d.op(&e.Ops[j], c)
			}
		}
	}
	for i := range s.Nodes {
		n := &s.Nodes[i]
		c := colours{}
		if d.th != nil && n.Kind != "" && n.Kind != "entity" {
			st := d.th.Node(n.Kind, n.Type)
			c = colours{restyle: true, fill: st.Fill, stroke: st.Stroke, text: st.Text}
		}
		for j := range n.Ops {
			d.op(&n.Ops[j], c)
		}
	}
	for i := range s.Edges {
		e := &s.Edges[i]
		c := d.edgeColours(e)
		for j := range e.Ops {
			if e.Ops[j].Role == scene.RoleLabel {
				d.op(&e.Ops[j], c)
			}
		}
	}
}

func (d *pdfDrawer) edgeColours(e *scene.Edge) colours {
	if d.th == nil || e.Kind == "" || e.Kind == "related" {
		return colours{}
	}
	st := d.th.Edge(e.Kind)
	return colours{restyle: true, fill: st.Color, stroke: st.Color, text: st.Text}
}

func (d *pdfDrawer) pt(p scene.Point) (float64, float64) {
	return (p.X + d.ox) * d.k, (p.Y + d.oy) * d.k
}

func (d *pdfDrawer) ok(pts []scene.Point) bool {
	for _, p := range pts {
		if math.IsNaN(p.X+p.Y) || math.IsInf(p.X+p.Y, 0) || math.Abs(p.X) > 1e7 || math.Abs(p.Y) > 1e7 {
			return false
		}
	}
	return len(pts) > 0
}

func (d *pdfDrawer) op(o *scene.RoledOp, c colours) {
	if o.Style == scene.Invisible || !d.ok(o.Points) {
		return
	}
	stroke, fill := c.pick(o)
	if o.Kind == scene.OpText {
		d.text(&o.Op, stroke)
		return
	}
	doStroke := o.Width > 0 && stroke.A != 0 && !math.IsInf(o.Width, 0)
	doFill := o.Filled && fill.A != 0
	style := ""
	if doFill {
		style += "F"
		d.fillColour(fill)
	}
	if doStroke {
		style += "D"
		d.strokeColour(stroke)
		d.pdf.SetLineWidth(math.Min(o.Width, 100) * d.k)
		switch o.Style {
		case scene.Dashed:
			d.pdf.SetDashPattern([]float64{5 * d.k, 2 * d.k}, 0)
		case scene.Dotted:
			d.pdf.SetDashPattern([]float64{1 * d.k, 5 * d.k}, 0)
		default:
			d.pdf.SetDashPattern(nil, 0)
		}
	}
	if style == "" {
		return
	}
	pdf := d.pdf
	switch o.Kind {
	case scene.OpEllipse:
		if len(o.Points) < 2 {
			return
		}
		x, y := d.pt(o.Points[0])
		pdf.Ellipse(x, y, math.Abs(o.Points[1].X)*d.k, math.Abs(o.Points[1].Y)*d.k, 0, style)
	case scene.OpPolygon:
		pts := make([]fpdf.PointType, len(o.Points))
		for i, p := range o.Points {
			pts[i].X, pts[i].Y = d.pt(p)
		}
		pdf.Polygon(pts, style)
	case scene.OpPolyline:
		if !doStroke || len(o.Points) < 2 {
			break
		}
		pdf.MoveTo(d.pt(o.Points[0]))
		for _, p := range o.Points[1:] {
			pdf.LineTo(d.pt(p))
		}
		pdf.DrawPath("D")
	case scene.OpBezier:
		if len(o.Points) < 2 {
			break
		}
		pdf.MoveTo(d.pt(o.Points[0]))
		i := 1
		for ; i+2 < len(o.Points); i += 3 {
			x1, y1 := d.pt(o.Points[i])
			x2, y2 := d.pt(o.Points[i+1])
			x3, y3 := d.pt(o.Points[i+2])
			pdf.CurveBezierCubicTo(x1, y1, x2, y2, x3, y3)
		}
		for ; i < len(o.Points); i++ {
			pdf.LineTo(d.pt(o.Points[i]))
		}
		if doFill {
			pdf.ClosePath()
		}
		pdf.DrawPath(style)
	}
	pdf.SetDashPattern(nil, 0)
	d.resetAlpha()
}

// text draws a text op; the font shrinks where Go's is wider than the
// width Graphviz measured, as on screen.
func (d *pdfDrawer) text(o *scene.Op, c color.NRGBA) {
	if o.Text == "" || c.A == 0 {
		return
	}
	size := o.FontSize
	if !(size > 0) || size > 1000 {
		size = 14
	}
	family, style := "go", ""
	n := strings.ToLower(o.Font)
	switch {
	case strings.Contains(n, "courier") || strings.Contains(n, "mono"):
		family = "gomono"
	default:
		if o.Bold || strings.Contains(n, "bold") {
			style += "B"
		}
		if o.Italic || strings.Contains(n, "italic") || strings.Contains(n, "oblique") {
			style += "I"
		}
	}
	runs := d.runs(o.Text, family, nil)
	width := func() float64 {
		w := 0.0
		for _, r := range runs {
			d.pdf.SetFont(r.family, d.style(r, family, style), size*d.k)
			w += d.pdf.GetStringWidth(r.text)
		}
		return w
	}
	w := width()
	if o.TextW > 0 && w > o.TextW*d.k*1.02 {
		size *= o.TextW * d.k / w
		w = width()
	}
	x, y := d.pt(o.Points[0])
	switch o.Align {
	case scene.AlignCenter:
		x -= w / 2
	case scene.AlignRight:
		x -= w
	}
	d.pdf.SetTextColor(int(c.R), int(c.G), int(c.B))
	d.setAlpha(c.A)
	for _, r := range runs {
		d.pdf.SetFont(r.family, d.style(r, family, style), size*d.k)
		d.pdf.Text(x, y, r.text)
		x += d.pdf.GetStringWidth(r.text)
	}
	d.resetAlpha()
}

// style is the font style of a run: fallback faces have only a regular
// style.
func (d *pdfDrawer) style(r textRun, base, style string) string {
	if r.family != base {
		return ""
	}
	return style
}

func (d *pdfDrawer) fillColour(c color.NRGBA) {
	d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B))
	d.setAlpha(c.A)
}

func (d *pdfDrawer) strokeColour(c color.NRGBA) {
	d.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B))
	d.setAlpha(c.A)
}

func (d *pdfDrawer) setAlpha(a uint8) {
	if a != 0xff {
		d.pdf.SetAlpha(float64(a)/255, "Normal")
		d.alpha = true
	}
}

func (d *pdfDrawer) resetAlpha() {
	if d.alpha {
		d.pdf.SetAlpha(1, "Normal")
		d.alpha = false
	}
}
