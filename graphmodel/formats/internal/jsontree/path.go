package jsontree

import (
	"strconv"
	"strings"
	"unicode"
)

// Path is a JSON path such as $.elements.nodes[3].data.id, built step by
// step while walking a tree. The nil *Path is the root, "$".
type Path struct {
	parent *Path
	seg    seg
}

// Key returns the path of member k of the object at p.
func (p *Path) Key(k string) *Path { return &Path{parent: p, seg: seg{key: k, index: -1}} }

// Index returns the path of item i of the array at p.
func (p *Path) Index(i int) *Path { return &Path{parent: p, seg: seg{index: i}} }

// String renders the path: member names that are plain identifiers after
// a dot, others quoted in brackets ($.nodes["Keyser Söze"]), array items
// as [i].
func (p *Path) String() string {
	var segs []seg
	for q := p; q != nil; q = q.parent {
		segs = append(segs, q.seg)
	}
	for i, j := 0, len(segs)-1; i < j; i, j = i+1, j-1 {
		segs[i], segs[j] = segs[j], segs[i]
	}
	return renderPath(segs)
}

func renderPath(segs []seg) string {
	var b strings.Builder
	b.WriteByte('$')
	for _, s := range segs {
		switch {
		case s.index >= 0:
			b.WriteByte('[')
			b.WriteString(strconv.Itoa(s.index))
			b.WriteByte(']')
		case isIdent(s.key):
			b.WriteByte('.')
			b.WriteString(s.key)
		default:
			b.WriteByte('[')
			b.WriteString(strconv.Quote(s.key))
			b.WriteByte(']')
		}
	}
	return b.String()
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r != '_' && !unicode.IsLetter(r) && (i == 0 || !unicode.IsDigit(r)) {
			return false
		}
	}
	return true
}
