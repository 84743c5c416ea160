package dot

import (
	"fmt"
	"path"
	"sort"
	"strings"
)

// fileAttrs are the attributes with which a DOT file makes Graphviz read
// a local file when the graph is drawn: node images and shape files, the
// folders searched for them and for fonts, and xdot backgrounds (their
// image operations name files). stylesheet is only copied into SVG output,
// but the viewer of that SVG would fetch it; it has no use inside Dossier
// either. They are removed on import.
var fileAttrs = map[string]bool{
	"image":       true,
	"shapefile":   true,
	"imagepath":   true,
	"fontpath":    true,
	"stylesheet":  true,
	"_background": true,
}

// fontAttrs name fonts: harmless as font names ("Helvetica-Oblique"),
// removed when the value is a path to a font file.
var fontAttrs = map[string]bool{"fontname": true, "labelfontname": true}

var fontFileExts = map[string]bool{
	".ttf": true, ".otf": true, ".ttc": true, ".pfa": true, ".pfb": true, ".afm": true,
	".woff": true, ".woff2": true, ".dfont": true, ".fon": true, ".pcf": true,
}

// isPathLike reports whether a font name looks like a file path rather
// than a font family.
func isPathLike(s string) bool {
	if strings.ContainsAny(s, `/\`) || strings.HasPrefix(s, "~") {
		return true
	}
	return fontFileExts[strings.ToLower(path.Ext(s))]
}

// unsafeAttr reports whether the attribute key=value must be removed.
func unsafeAttr(key, value string) bool {
	return fileAttrs[key] || fontAttrs[key] && isPathLike(value)
}

// sanitizeHTML removes from an HTML-like label what would make Graphviz
// read local files: <IMG> elements (their SRC is a file) and FACE
// attributes of <FONT> that are paths. It returns the label and what it
// removed ("IMG", "FONT FACE"), nil when nothing.
func sanitizeHTML(raw string) (string, []string) {
	lower := strings.ToLower(raw)
	if !strings.Contains(lower, "<img") && !strings.Contains(lower, "face") {
		return raw, nil
	}
	var b strings.Builder
	var removed []string
	for _, part := range scanHTML(raw) {
		if !part.tag {
			b.WriteString(part.text)
			continue
		}
		name := strings.ToLower(strings.TrimPrefix(part.name, "/"))
		switch {
		case name == "img":
			removed = append(removed, "IMG")
			continue
		case name == "font" && !strings.HasPrefix(part.name, "/"):
			kept, dropped := dropPathFaces(part)
			if dropped {
				removed = append(removed, "FONT FACE")
				b.WriteString(kept)
				continue
			}
		}
		b.WriteString(part.text)
	}
	return b.String(), removed
}

// dropPathFaces rewrites a <FONT ...> tag without FACE attributes that
// are paths; dropped says whether any was.
func dropPathFaces(tag htmlPart) (string, bool) {
	dropped := false
	var b strings.Builder
	b.WriteString("<" + tag.name)
	for _, a := range tag.attrs {
		if strings.EqualFold(a.name, "face") && isPathLike(a.value) {
			dropped = true
			continue
		}
		b.WriteString(a.raw)
	}
	if strings.HasSuffix(tag.text, "/>") {
		b.WriteString("/")
	}
	b.WriteString(">")
	return b.String(), dropped
}

// removals collects what the import removed for safety, for one warning
// per kind of removal.
type removals struct {
	where map[string][]string // what was removed → the elements it was removed from
}

func (r *removals) add(what, element string) {
	if r.where == nil {
		r.where = map[string][]string{}
	}
	r.where[what] = append(r.where[what], element)
}

// warnings returns one sentence per kind of removal, in a stable order.
func (r *removals) warnings() []string {
	keys := make([]string, 0, len(r.where))
	for k := range r.where {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out []string
	for _, k := range keys {
		elems := r.where[k]
		const show = 5
		list := strings.Join(elems[:min(len(elems), show)], ", ")
		if len(elems) > show {
			list += fmt.Sprintf(" and %d more", len(elems)-show)
		}
		out = append(out, fmt.Sprintf("removed %s from %s: it would make Graphviz read local files", k, list))
	}
	return out
}
