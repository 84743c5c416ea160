package theme

import "image/color"

func rgb(hex uint32) color.NRGBA {
	return color.NRGBA{R: uint8(hex >> 16), G: uint8(hex >> 8), B: uint8(hex), A: 0xff}
}

// shapes per kind and actor type; shared by both variants so a graph
// keeps its look when the theme changes.
type nodeSpec struct {
	key, shape, style string
	light, dark       uint32 // fill colours
}

var nodeSpecs = [...]nodeSpec{
	{"actor", "ellipse", "filled", 0x9ecae1, 0x2b5d86},
	{"actor/person", "ellipse", "filled", 0x9ecae1, 0x2b5d86},
	{"actor/organization", "box", "filled,rounded", 0x41ab5d, 0x1d6b35},
	{"actor/country", "hexagon", "filled", 0xfdae6b, 0xa0521d},
	{"actor/group", "octagon", "filled", 0x9e9ac8, 0x5b4f96},
	{"venue", "house", "filled", 0x66c2a4, 0x1f7a6d},
	{"venue/city", "house", "filled", 0x66c2a4, 0x1f7a6d},
	{"venue/country", "house", "filled", 0x1a6b35, 0x0b4a2a},
	{"venue/building", "house", "filled", 0xccece6, 0x4f9e92},
	{"venue/region", "house", "filled,dashed", 0x99d8c9, 0x2e8c7c},
	{"venue/other", "house", "filled", 0x99d8c9, 0x2e8c7c},
	{"meeting", "diamond", "filled", 0xe34a33, 0xb0302a},
	{"statement", "note", "filled", 0xfff7bc, 0x6b6224},
	{"entity", "box", "filled", 0xd9d9d9, 0x555555},
}

type edgeSpec struct {
	kind, style, arrow string
	width              float64
	light, dark        uint32
}

var edgeSpecs = [...]edgeSpec{
	{"participant", "solid", "vee", 1.2, 0x3b4a6b, 0x9fb4e0},
	{"venue", "dashed", "empty", 1, 0x1b7a62, 0x6fd0b4},
	{"speaker", "bold", "normal", 2, 0x8c4a12, 0xf0a45c},
	{"about", "dotted", "normal", 1.2, 0x6a3d9a, 0xc3a5ea},
	{"located_in", "dashed", "onormal", 1, 0x6b6b6b, 0xa8a8a8},
	{"affiliation", "solid", "odiamond", 1.2, 0x2f7a2f, 0x8fd88f},
	{"related", "solid", "normal", 1, 0x555555, 0xb0b0b0},
}

// textOn picks dark or light text, whichever contrasts more with fill.
func textOn(fill, dark, light color.NRGBA) color.NRGBA {
	if Contrast(fill, dark) >= Contrast(fill, light) {
		return dark
	}
	return light
}

// Light is the default theme: pale background, dark outlines.
func Light() Theme {
	return build(false)
}

// Dark is the dark theme: dark background, light outlines and text.
func Dark() Theme {
	return build(true)
}

func build(dark bool) Theme {
	t := Theme{
		Name:       "light",
		Background: rgb(0xffffff),
		Foreground: rgb(0x1a1a1a),
		Highlight:  rgb(0xff8c00),
		Selection:  rgb(0x0060df),
		Marked:     rgb(0xc2185b),
		Dimmed:     rgb(0xe6e6e6),
		FontName:   "Helvetica",
		FontSize:   11,
		Nodes:      map[string]NodeStyle{},
		Edges:      map[string]EdgeStyle{},
	}
	stroke := rgb(0x333333)
	textDark, textLight := rgb(0x111111), rgb(0xffffff)
	if dark {
		t.Name, t.Dark = "dark", true
		t.Background = rgb(0x1e1f22)
		t.Foreground = rgb(0xe8e8e8)
		t.Highlight = rgb(0xffb300)
		t.Selection = rgb(0x4da3ff)
		t.Marked = rgb(0xff5c9a)
		t.Dimmed = rgb(0x3a3b3f)
		stroke = rgb(0xd0d0d0)
		textDark, textLight = rgb(0x111111), rgb(0xf2f2f2)
	}
	for _, s := range nodeSpecs {
		fill := rgb(s.light)
		if dark {
			fill = rgb(s.dark)
		}
		st := NodeStyle{
			Shape: s.shape, Fill: fill, Stroke: stroke, Text: textOn(fill, textDark, textLight),
			PenWidth: 1, Style: s.style, FontSize: t.FontSize,
		}
		if s.key == "statement" {
			st.FontSize = t.FontSize - 1
		}
		if s.key == "meeting" {
			st.PenWidth = 1.5
		}
		t.Nodes[s.key] = st
	}
	t.Default = t.Nodes["entity"]
	for _, s := range edgeSpecs {
		c := rgb(s.light)
		if dark {
			c = rgb(s.dark)
		}
		t.Edges[s.kind] = EdgeStyle{Color: c, Style: s.style, PenWidth: s.width, ArrowHead: s.arrow, Text: t.Foreground, FontSize: t.FontSize - 2}
	}
	t.DefaultEdge = t.Edges["related"]
	return t
}
