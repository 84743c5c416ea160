package gexf

import "strings"

// listItems splits a GEXF list value into its items. GEXF writers encode
// lists in several ways: "a|b|c" (the 1.2 specification), "a, b, c", and
// bracketed lists whose items may be quoted with ' or " and use backslash
// escapes ("['a', '\'b\”, \"c\"]"). Items are trimmed; an empty value is
// an empty list.
func listItems(v string) []string {
	s := strings.TrimSpace(v)
	if s == "" {
		return nil
	}
	if len(s) >= 2 && s[0] == '[' && s[len(s)-1] == ']' {
		return bracketItems(s[1 : len(s)-1])
	}
	sep := ","
	if strings.Contains(s, "|") {
		sep = "|"
	}
	parts := strings.Split(s, sep)
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

// bracketItems splits the inside of "[...]" at commas outside quotes and
// unquotes the items.
func bracketItems(s string) []string {
	if strings.TrimSpace(s) == "" {
		return nil
	}
	var items []string
	var cur strings.Builder
	var quote byte // the open quote, or 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case quote != 0 && c == '\\' && i+1 < len(s):
			i++
			cur.WriteByte(s[i])
		case quote != 0 && c == quote:
			quote = 0
		case quote != 0:
			cur.WriteByte(c)
		case c == '\'' || c == '"':
			quote = c
		case c == ',':
			items = append(items, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	return append(items, strings.TrimSpace(cur.String()))
}
