package app

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/draw"
	"sync"

	"fyne.io/fyne/v2"

	"dossier/app/graphview"
	"dossier/graphmodel"
	"dossier/render/dot"
	"dossier/render/layout"
	"dossier/render/paint"
	"dossier/render/scene"
	"dossier/render/theme"
)

// wireRender connects the graph panel to the renderer: our DOT writer,
// the Graphviz layout service, the shared rasteriser and the scene's
// hit-testing.
func wireRender(p *graphPanel) {
	p.lay = &lazyLayout{}
	p.auto = layout.Auto
	p.writeDOT = func(g *graphmodel.Graph, sel graphmodel.Selection, engine string, notes map[string]string, dark bool) ([]byte, error) {
		var buf bytes.Buffer
		opt := dot.Options{Theme: themeFor(dark), Selection: &sel, PassThrough: true, LabelNotes: notes, Graph: layout.EngineAttrs(engine)}
		if p.engine == "saved" || (p.engine == "" && layout.HasSavedPositions(g)) {
			opt.SavedPositions = true
			opt.YDown = layout.SavedYDown(g)
		}
		if err := dot.Write(&buf, g, opt); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}
	p.hit = func(s *scene.Scene, pt scene.Point, radius float64) (graphview.HitKind, string) {
		h := s.Hit(pt, radius)
		switch h.Kind {
		case scene.HitNode:
			return graphview.HitNode, h.ID
		case scene.HitEdge:
			return graphview.HitEdge, h.ID
		}
		return graphview.HitNone, ""
	}
	var painter *paint.Painter
	getPainter := func() *paint.Painter {
		if painter == nil {
			fonts, err := paint.NewFonts(paint.FontOptions{System: true})
			if err != nil {
				fyne.LogError("fonts for the graph view", err)
				return nil
			}
			painter = paint.NewPainter(fonts)
		}
		return painter
	}
	light, dark := theme.Light(), theme.Dark()
	p.legend = func(isDark bool) image.Image {
		pt := getPainter()
		if pt == nil {
			return nil
		}
		th := &light
		if isDark {
			th = &dark
		}
		s := paint.Legend(*th)
		const scale = 2 * legendScale
		img := image.NewRGBA(image.Rect(0, 0, int(s.Width*scale+0.5), int(s.Height*scale+0.5)))
		draw.Draw(img, img.Bounds(), image.NewUniform(th.Background), image.Point{}, draw.Src)
		pt.Draw(img, s, paint.View{Scale: scale}, paint.Options{Theme: th, Detail: paint.Detail{Full: true}})
		return img
	}
	p.paint = func(dst *image.RGBA, f graphview.Frame) {
		if getPainter() == nil {
			return
		}
		th := &light
		if p.e.dark() {
			th = &dark
		}
		em := f.Emphasis
		painter.Draw(dst, f.Scene, paint.View{Origin: f.Viewport.Origin, Scale: f.Viewport.Zoom * f.Scale}, paint.Options{
			Theme:       th,
			Selected:    em.Selected,
			Highlighted: em.Related,
			Marked:      em.Marked,
			Hover:       em.Hover,
			DimOthers:   len(em.Selected) > 0,
			Keepout:     p.legendKeepout(dst.Rect, f.Scale),
		})
		p.hubLabels = append(p.hubLabels[:0], painter.HubLabels()...)
		p.hubScale = f.Scale
	}
}

func themeFor(dark bool) theme.Theme {
	if dark {
		return theme.Dark()
	}
	return theme.Light()
}

// lazyLayout starts the Graphviz service on first use, in the background
// goroutine that asks for a layout, so the window opens at once.
type lazyLayout struct {
	once sync.Once
	svc  *layout.Service
	err  error
}

func (l *lazyLayout) start() {
	l.once.Do(func() {
		l.svc, l.err = layout.New(context.Background(), layout.Options{})
		if l.err != nil {
			l.err = fmt.Errorf("start Graphviz: %w", l.err)
		}
	})
}

func (l *lazyLayout) Layout(ctx context.Context, dot []byte, engine string) (*scene.Scene, error) {
	l.start()
	if l.err != nil {
		return nil, l.err
	}
	return l.svc.Layout(ctx, dot, engine)
}

func (l *lazyLayout) Backend() string {
	l.start()
	if l.err != nil {
		return "Graphviz unavailable"
	}
	return l.svc.Backend()
}

func (l *lazyLayout) Close() error {
	// Stop Graphviz if it was started; never start it just to stop it.
	l.once.Do(func() { l.err = layout.ErrClosed })
	if l.svc == nil {
		return nil
	}
	return l.svc.Close()
}

// serviceOf returns the Graphviz service behind the panel's layouter.
func serviceOf(l layouter) (*layout.Service, error) {
	ll, ok := l.(*lazyLayout)
	if !ok {
		return nil, errors.New("SVG and DOT export need Graphviz, which this view does not use")
	}
	ll.start()
	if ll.err != nil {
		return nil, ll.err
	}
	return ll.svc, nil
}
