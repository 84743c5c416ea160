package formats

import (
	"bytes"
	"encoding/json"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sniffSize is how much of a file Sniff looks at.
const sniffSize = 1 << 20

// Sniff tells a graph file's format from its first bytes, or returns ""
// when it cannot. JSON files are told apart by their top-level members:
// "format": "dossier" is Dossier's own; "graph" or "graphs" the JSON Graph
// Format; "elements" (or Cytoscape's export header) Cytoscape JSON; an
// array of element objects a Cytoscape.js element list. XML files by their
// root element (graphml, gexf); DOT by its leading keywords.
func Sniff(head []byte) Format {
	head = bytes.TrimPrefix(head, []byte{0xEF, 0xBB, 0xBF})
	head = bytes.TrimLeft(head, " \t\r\n")
	if len(head) == 0 {
		return ""
	}
	switch head[0] {
	case '{', '[':
		return sniffJSON(head)
	case '<':
		return sniffXML(head)
	default:
		return sniffDOT(head)
	}
}

// sniffJSON reads the top level of a JSON document, skipping over member
// values, until a member says which format it is. A head cut off in the
// middle is fine: what was read so far decides.
func sniffJSON(head []byte) Format {
	dec := json.NewDecoder(bytes.NewReader(head))
	dec.UseNumber()
	tok, err := dec.Token()
	if err != nil {
		return ""
	}
	if tok == json.Delim('[') {
		// A Cytoscape.js element array: objects with "group" or "data".
		if !dec.More() {
			return ""
		}
		var first map[string]json.RawMessage
		if err := dec.Decode(&first); err != nil {
			return ""
		}
		if _, ok := first["data"]; ok {
			return Cytoscape
		}
		if _, ok := first["group"]; ok {
			return Cytoscape
		}
		return ""
	}
	for dec.More() {
		keyTok, err := dec.Token()
		if err != nil {
			return ""
		}
		key, _ := keyTok.(string)
		switch key {
		case "format":
			var v any
			if err := dec.Decode(&v); err != nil {
				return ""
			}
			if s, ok := v.(string); ok && s == string(Dossier) {
				return Dossier
			}
			continue
		case "graph", "graphs":
			return JGF
		case "elements", "format_version", "generated_by", "target_cytoscapejs_version":
			return Cytoscape
		}
		if err := skipValue(dec); err != nil {
			return ""
		}
	}
	return ""
}

// skipValue reads past one JSON value without keeping it.
func skipValue(dec *json.Decoder) error {
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		switch tok {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}

// sniffXML finds the root element's local name, skipping the XML
// declaration, processing instructions, comments and a doctype.
func sniffXML(head []byte) Format {
	s := head
	for len(s) > 0 {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("<?")):
			i := bytes.Index(s, []byte("?>"))
			if i < 0 {
				return ""
			}
			s = s[i+2:]
		case bytes.HasPrefix(s, []byte("<!--")):
			i := bytes.Index(s, []byte("-->"))
			if i < 0 {
				return ""
			}
			s = s[i+3:]
		case bytes.HasPrefix(s, []byte("<!")):
			i := bytes.IndexByte(s, '>')
			if i < 0 {
				return ""
			}
			s = s[i+1:]
		case bytes.HasPrefix(s, []byte("<")):
			name := s[1:]
			end := bytes.IndexFunc(name, func(r rune) bool { return unicode.IsSpace(r) || r == '>' || r == '/' })
			if end >= 0 {
				name = name[:end]
			}
			if i := bytes.LastIndexByte(name, ':'); i >= 0 {
				name = name[i+1:]
			}
			switch strings.ToLower(string(name)) {
			case "graphml":
				return GraphML
			case "gexf":
				return GEXF
			}
			return ""
		default:
			return ""
		}
	}
	return ""
}

// sniffDOT looks for "[strict] (graph|digraph)" after comments and
// preprocessor lines.
func sniffDOT(head []byte) Format {
	s := head
	for {
		s = bytes.TrimLeft(s, " \t\r\n")
		switch {
		case bytes.HasPrefix(s, []byte("//")), bytes.HasPrefix(s, []byte("#")):
			i := bytes.IndexByte(s, '\n')
			if i < 0 {
				return ""
			}
			s = s[i+1:]
			continue
		case bytes.HasPrefix(s, []byte("/*")):
			i := bytes.Index(s, []byte("*/"))
			if i < 0 {
				return ""
			}
			s = s[i+2:]
			continue
		}
		break
	}
	word, rest := dotWord(s)
	if strings.EqualFold(word, "strict") {
		word, _ = dotWord(bytes.TrimLeft(rest, " \t\r\n"))
	}
	if strings.EqualFold(word, "graph") || strings.EqualFold(word, "digraph") {
		return DOT
	}
	return ""
}

func dotWord(s []byte) (string, []byte) {
	i := 0
	for i < len(s) {
		r, size := utf8.DecodeRune(s[i:])
		if !unicode.IsLetter(r) {
			break
		}
		i += size
	}
	return string(s[:i]), s[i:]
}
