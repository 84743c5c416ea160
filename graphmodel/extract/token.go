package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Token kinds.
const (
	tWord  = iota // letters (with inner apostrophes and abbreviation periods)
	tNum          // digits (with inner decimal point or separators)
	tPunct        // any other single character
	tQuote        // a quotation mark (open or close is decided later)
	tPoss         // possessive ending: ’s, 's or a bare ’ after a plural
)

// token is a piece of the text with its byte offsets.
type token struct {
	s, e  int
	text  string
	low   string
	lines int    // line breaks between the previous token and this one
	cls   wclass // word classes of the lower-case form (words only)
	pid   int32  // id of the key form in the phrase index, or -1 (words only)
	kind  uint8
	space bool // white space before the token
	upper bool // starts with an upper-case letter
	caps  bool // two or more letters, all upper case
}

// isCap reports whether the token is a capitalised word or number-free
// abbreviation ("Putin", "U.S.", "AUKUS").
func (t *token) isCap() bool { return t.kind == tWord && t.upper }

// initialAbbrev are words written with a final period that is not a
// sentence end (the period stays in the token).
var initialAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true, "prof": true,
	"gen": true, "lt": true, "col": true, "sen": true, "rep": true, "gov": true, "amb": true, "sgt": true,
	"capt": true, "adm": true, "maj": true, "hon": true, "rev": true, "messrs": true, "no": false,
}

// isInitialAbbrev reports initialAbbrev[strings.ToLower(w)] without
// copying w when it is short ASCII (the list's words are).
func isInitialAbbrev(w string) bool {
	var buf [8]byte
	if len(w) > len(buf) {
		return initialAbbrev[strings.ToLower(w)]
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 {
			return initialAbbrev[strings.ToLower(w)]
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return initialAbbrev[string(buf[:len(w)])]
}

// tokenize splits text into tokens, appending them to toks[:0] (nil is
// fine: pass a buffer to reuse it).
func tokenize(text string, toks []token) []token {
	if toks == nil {
		toks = make([]token, 0, len(text)/5+4)
	}
	toks = toks[:0]
	// Lower-case forms of words that have capitals go to one buffer,
	// turned into one string at the end: lowAt[k] is where token k's form
	// ends there (tokens with a form of their own only).
	var lows []byte
	var lowTok, lowEnd []int32
	setLow := func(k int) {
		t := &toks[k]
		if !needsLower(t.text) {
			t.low = t.text
			return
		}
		lows = appendLower(lows, t.text)
		lowTok = append(lowTok, int32(k))
		lowEnd = append(lowEnd, int32(len(lows)))
	}
	space, lines := false, 0
	i := 0
	for i < len(text) {
		if c := text[i]; c == ' ' {
			space = true
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			lines++
			space = true
			i += size
			continue
		case unicode.IsSpace(r):
			space = true
			i += size
			continue
		}
		start := i
		kind := uint8(tPunct)
		switch {
		case unicode.IsLetter(r):
			kind = tWord
			i = scanWord(text, i)
		case unicode.IsDigit(r):
			kind = tNum
			i = scanNumber(text, i)
		case isQuoteRune(r):
			kind = tQuote
			i += size
		default:
			i += size
		}
		t := token{s: start, e: i, text: text[start:i], kind: kind, space: space, lines: lines}
		if kind == tWord {
			t.upper = unicode.IsUpper(r)
			// Split a possessive ending off a word: Putin’s, envoys’.
			if k := possessiveAt(t.text); k > 0 {
				p := t
				t.e = t.s + k
				t.text = text[t.s:t.e]
				t.caps = allCaps(t.text)
				toks = append(toks, t)
				setLow(len(toks) - 1)
				p.s = t.e
				p.text = text[p.s:p.e]
				p.kind, p.space, p.lines, p.upper, p.caps = tPoss, false, 0, false, false
				toks = append(toks, p)
				setLow(len(toks) - 1)
				space, lines = false, 0
				continue
			}
			t.caps = allCaps(t.text)
		}
		toks = append(toks, t)
		setLow(len(toks) - 1)
		space, lines = false, 0
	}
	if len(lowTok) > 0 {
		all := string(lows)
		from := int32(0)
		for n, k := range lowTok {
			toks[k].low = all[from:lowEnd[n]]
			from = lowEnd[n]
		}
	}
	return toks
}

// needsLower reports whether s may differ from its lower-case form: it
// has an upper-case ASCII letter or a byte outside ASCII.
func needsLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// appendLower appends strings.ToLower(s) to buf.
func appendLower(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return append(buf, strings.ToLower(s)...)
		}
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func isQuoteRune(r rune) bool {
	switch r {
	case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‹', '›':
		return true
	}
	return false
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// scanWord reads a word starting at i: letters and marks, inner apostrophes
// (we’re, O'Brien) and abbreviations with periods (U.S., J., Mr.).
func scanWord(text string, i int) int {
	start := i
	for i < len(text) {
		c := text[i]
		if c < 0x80 {
			if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' {
				i++
				continue
			}
			if c != '\'' {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r) {
			i += size
			continue
		}
		if isApostrophe(r) && i+size < len(text) {
			n, _ := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsLetter(n) {
				i += size
				continue
			}
		}
		break
	}
	// Abbreviation periods: "U.S." "U.K." "J." "Mr." "Jr."
	if i < len(text) && text[i] == '.' {
		w := text[start:i]
		if isDottedAbbrev(text, start, i) {
			// consume "X.Y.Z."
			j := i
			for j < len(text) && text[j] == '.' {
				j++
				r, size := utf8.DecodeRuneInString(text[j:])
				if j < len(text) && unicode.IsLetter(r) && (j+size >= len(text) || text[j+size] == '.') {
					j += size
					continue
				}
				break
			}
			return j
		}
		if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
			return i + 1 // an initial
		}
		if isInitialAbbrev(w) {
			return i + 1
		}
	}
	return i
}

// isDottedAbbrev reports whether a one-letter word at start..i is followed
// by ".L." patterns (U.S., U.K., e.g.).
func isDottedAbbrev(text string, start, i int) bool {
	if utf8.RuneCountInString(text[start:i]) != 1 {
		return false
	}
	j := i + 1
	if j >= len(text) {
		return false
	}
	r, size := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) && j+size < len(text) && text[j+size] == '.'
}

func scanNumber(text string, i int) int {
	start := i
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsDigit(r) || i > start && unicode.IsLetter(r): // 30th, 1990s, ٣٠
			i += size
		case (r == '.' || r == ',') && i > start && i+1 < len(text) && text[i+1] >= '0' && text[i+1] <= '9':
			i++
		default:
			if i == start {
				return i + size // never stop without progress
			}
			return i
		}
	}
	return i
}

// possessiveAt returns the byte length of the word part when w ends in a
// possessive ’s / 's (or ’S / 'S), or 0.
func possessiveAt(w string) int {
	n := len(w)
	if n < 3 || w[n-1] != 's' && w[n-1] != 'S' {
		return 0
	}
	if w[n-2] == '\'' {
		return n - 2
	}
	if n > 4 && w[n-4] == 0xE2 && w[n-3] == 0x80 && w[n-2] == 0x99 { // ’
		return n - 4
	}
	return 0
}

func allCaps(s string) bool {
	if len(s) < 2 || s[1] >= 'a' && s[1] <= 'z' {
		return false
	}
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// quote roles, decided per sentence pair by markQuotes.
const (
	qNone = iota
	qOpen
	qClose
)

// markQuotes decides which quote tokens open and which close a quotation,
// and turns apostrophes used as possessive markers (envoys’) into tPoss.
// It returns the role per token index (qNone for other tokens) in roles,
// which must be as long as toks and zero.
func markQuotes(toks []token, roles []uint8) []uint8 {
	var openStraight, openCurly, openSingle = -1, -1, -1
	for i := range toks {
		t := &toks[i]
		if t.kind != tQuote {
			continue
		}
		prevAdj := i > 0 && !t.space && t.lines == 0 // glued to the previous token
		nextAdj := i+1 < len(toks) && !toks[i+1].space && toks[i+1].lines == 0
		if t.lines > 0 { // a new line closes nothing across paragraphs
			openStraight, openCurly, openSingle = -1, -1, -1
		}
		switch t.text {
		case "“", "«", "„":
			roles[i] = qOpen
			openCurly = i
		case "”", "»":
			if openCurly >= 0 {
				roles[i] = qClose
				openCurly = -1
			}
		case "\"":
			if openStraight < 0 && (!prevAdj || isOpenContext(toks, i)) && nextAdj {
				roles[i] = qOpen
				openStraight = i
			} else if openStraight >= 0 {
				roles[i] = qClose
				openStraight = -1
			}
		case "‘", "‹":
			roles[i] = qOpen
			openSingle = i
		case "’", "'", "›":
			switch {
			case openSingle >= 0 && prevAdj:
				roles[i] = qClose
				openSingle = -1
			case t.text != "›" && !prevAdj && nextAdj && i+1 < len(toks) && toks[i+1].kind == tWord:
				roles[i] = qOpen
				openSingle = i
			case prevAdj && i > 0 && toks[i-1].kind == tWord && strings.HasSuffix(toks[i-1].low, "s"):
				t.kind = tPoss // the envoys’ session
			}
		}
	}
	return roles
}

func isOpenContext(toks []token, i int) bool {
	if i == 0 {
		return true
	}
	p := toks[i-1]
	return p.kind == tPunct && strings.ContainsAny(p.text, "([{—–-:")
}
