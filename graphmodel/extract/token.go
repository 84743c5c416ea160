package extract

import (
	"encoding/binary"
	"math/bits"
	"slices"
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

// initialAbbrev are words written with a final period that is not a
// sentence end (the period stays in the token).
var initialAbbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "jr": true, "sr": true, "st": true, "prof": true,
	"gen": true, "lt": true, "col": true, "sen": true, "rep": true, "gov": true, "amb": true, "sgt": true,
	"capt": true, "adm": true, "maj": true, "hon": true, "rev": true, "messrs": true, "no": false,
	"brig": true, "cdr": true, "cmdr": true, "gens": true, "cpl": true, "pvt": true, "supt": true, "insp": true,
	// given names written short: "Ma. Theresa Lazaro" (Maria), "Md. Touhid
	// Hossain", "Mohd. Khaled Nordin" (Mohammed)
	"ma": true, "md": true, "mohd": true,
}

// abbrevKeys holds the words of initialAbbrev that take their period,
// lower-case, as the tokenizer reads them (little-endian, see load8).
var abbrevKeys = func() map[uint64]bool {
	keys := map[uint64]bool{}
	for w, takes := range initialAbbrev {
		if takes {
			keys[first8(w)] = true
		}
	}
	return keys
}()

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

// Classes of bytes for the tokenizer.
const (
	bSpace  = 1 << iota // white space (unicode.IsSpace)
	bLetter             // a letter (unicode.IsLetter)
	bDigit              // a digit (unicode.IsDigit)
	bUpper              // an upper-case letter (unicode.IsUpper)
	// after a run of ASCII letters, a byte scanWord may read on with (but
	// for a period): a digit, an apostrophe or a byte outside ASCII
	bReadsOn
	bPeriod // '.'
)

// asciiClass holds the classes of each byte: bytes outside ASCII have
// bReadsOn only (never written after it is built).
var asciiClass = func() (t [256]uint8) {
	for c := range utf8.RuneSelf {
		r := rune(c)
		if unicode.IsSpace(r) {
			t[c] |= bSpace
		}
		if unicode.IsLetter(r) {
			t[c] |= bLetter
		}
		if unicode.IsDigit(r) {
			t[c] |= bDigit | bReadsOn
		}
		if unicode.IsUpper(r) {
			t[c] |= bUpper
		}
	}
	t['\''] |= bReadsOn
	t['.'] |= bPeriod
	for c := utf8.RuneSelf; c < len(t); c++ {
		t[c] = bReadsOn
	}
	return t
}()

// tokenize splits text into tokens, appending them to toks[:0] (nil is
// fine: pass a buffer to reuse it).
func tokenize(text string, toks []token) []token {
	toks, _ = tokenizeBuf(text, toks, nil, nil)
	return toks
}

// tokenizeBuf is tokenize with a buffer for lower-case forms to reuse,
// which it returns. Tokens get pid -1 and no classes, but for word tokens
// when words is not nil: those it looks up as it reads them (pid and cls
// from the phrase index, through the word cache), while their bytes are
// at hand.
func tokenizeBuf(text string, toks []token, lows []byte, words *wordCache) ([]token, []byte) {
	if toks == nil {
		toks = make([]token, 0, len(text)/5+4)
	}
	toks = toks[:0]
	// The lower-case forms of ASCII tokens with capitals go to one
	// buffer, turned into one string at the end; until then their low is
	// "" (lb notes which tokens they are).
	lb := &lowerBuf{b: grown(lows, len(text)+16), over: -1}
	space, lines := false, 0
	i := 0
	for i < len(text) {
		i, toks, space, lines = tokenizePlain(text, i, toks, space, lines, words, lb)
		if i == len(text) {
			break
		}
		c := text[i]
		cl := asciiClass[c] // (for bytes outside ASCII only bReadsOn)
		if cl&bSpace != 0 {
			if c == '\n' {
				lines++
			}
			space = true
			i++
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
			if unicode.IsSpace(r) {
				space = true
				i += size
				continue
			}
		}
		start := i
		kind := uint8(tPunct)
		need := false // the token's text has capitals or bytes outside ASCII
		switch {
		case cl&bLetter != 0 || c >= utf8.RuneSelf && unicode.IsLetter(r):
			kind = tWord
			i, need = scanWord(text, i)
		case cl&bDigit != 0 || c >= utf8.RuneSelf && unicode.IsDigit(r):
			kind = tNum
			i = scanNumber(text, i)
			need = needsLower(text[start:i])
		case isQuoteRune(r): // (no quotation mark has a case)
			kind = tQuote
			i += size
		default:
			i += size
			// a mark outside ASCII is its own lower case but for the few
			// that have cases and bytes not UTF-8 (which ToLower replaces)
			need = c >= utf8.RuneSelf && (unicode.ToLower(r) != r || r == utf8.RuneError)
		}
		toks = append(toks, token{s: start, e: i, text: text[start:i], lines: lines, pid: -1, kind: kind, space: space})
		t := &toks[len(toks)-1]
		space, lines = false, 0
		if kind == tWord {
			if c < utf8.RuneSelf {
				t.upper = cl&bUpper != 0
			} else {
				t.upper = unicode.IsUpper(r)
			}
			// Split a possessive ending off a word: Putin’s, envoys’.
			if k := possessiveAt(t.text); k > 0 {
				p := token{s: t.s + k, e: t.e, text: text[t.s+k : t.e], pid: -1, kind: tPoss}
				t.e = t.s + k
				t.text = text[t.s:t.e]
				t.caps = allCaps(t.text)
				lb.setLow(t, len(toks)-1, need && needsLower(t.text))
				lb.lookup(words, t)
				toks = append(toks, p)
				lb.setLow(&toks[len(toks)-1], len(toks)-1, need && needsLower(p.text))
				continue
			}
			t.caps = maybeCaps(t.text) && allCaps(t.text)
		}
		lb.setLow(t, len(toks)-1, need)
		if kind == tWord {
			lb.lookup(words, t)
		}
	}
	lb.setPending(toks)
	return toks, lb.b
}

// lowerBuf gathers the lower-case forms of ASCII tokens with capitals
// while tokenizing, one after the other (see tokenizeBuf). b has room for
// sixteen bytes more than the text, so that a word's lower-cased bytes
// can be written eight at a time.
type lowerBuf struct {
	b []byte
	n int // bytes used
	// the indices of the tokens whose forms b holds, the first len(at) of
	// them (over: the index of the next one when more follow, else -1)
	at   [256]int32
	nat  int
	over int
}

// note records that b's next form is token k's.
func (lb *lowerBuf) note(k int) {
	switch {
	case lb.nat < len(lb.at):
		lb.at[lb.nat] = int32(k)
		lb.nat++
	case lb.over < 0:
		lb.over = k
	}
}

// put adds the lower-case form of token k, a word of n bytes (at most
// 16), which k0 and k1 hold.
func (lb *lowerBuf) put(k0, k1 uint64, n, k int) {
	b := lb.b[lb.n : lb.n+16] // (one bounds check)
	binary.LittleEndian.PutUint64(b, k0)
	binary.LittleEndian.PutUint64(b[8:], k1)
	lb.n += n
	lb.note(k)
}

// setLow gives token t, the k-th, its lower-case form (need: the text may
// differ from it): for ASCII text it adds the form to lb and leaves t.low
// "" until setPending sets it.
func (lb *lowerBuf) setLow(t *token, k int, need bool) {
	switch {
	case !need:
		t.low = t.text
	case isASCII(t.text):
		t.low = ""
		for k := 0; k < len(t.text); k++ {
			c := t.text[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			lb.b[lb.n+k] = c
		}
		lb.n += len(t.text)
		lb.note(k)
	default:
		t.low = strings.ToLower(t.text)
	}
}

// setPending gives the tokens whose forms lb holds their low: parts of
// one string.
func (lb *lowerBuf) setPending(toks []token) {
	if lb.n == 0 {
		return
	}
	all := string(lb.b[:lb.n])
	from := 0
	for _, k := range lb.at[:lb.nat] {
		t := &toks[k]
		t.low = all[from : from+len(t.text)]
		from += len(t.text)
	}
	if lb.over < 0 {
		return
	}
	for k := lb.over; k < len(toks); k++ { // (a text with many capitals)
		if t := &toks[k]; t.low == "" {
			t.low = all[from : from+len(t.text)]
			from += len(t.text)
		}
	}
}

// lookup looks word token t up in words, with its low set by setLow.
func (lb *lowerBuf) lookup(words *wordCache, t *token) {
	switch {
	case t.low == "": // ASCII: no ’
		lookup(words, t, lb.b[lb.n-len(t.text):lb.n])
	case strings.IndexByte(t.low, 0xE2) >= 0: // perhaps ’, which the key has as '
		var kb [48]byte
		lookup(words, t, appendNormLow(kb[:0], t))
	default:
		lookup(words, t, t.low)
	}
}

// tokenizePlain appends the tokens of text from i on while they are
// plain ASCII, looking their words up in words: white space, words of
// letters (no digits) that scanWord would not read on (no apostrophe or
// byte outside ASCII after them, nor a period it would take: after one
// letter or a word of initialAbbrev; none longer than 15 bytes or in the
// last 16 bytes of the text) and punctuation. It returns where it stopped: at the end, before
// a token of another kind, or when toks is full. This loop reads most
// bytes of news text: it reads words eight bytes at a time, and calls
// nothing on its usual paths (it never grows toks; only a word the cache
// does not hold costs a call), so that it keeps its values in registers.
func tokenizePlain(text string, i int, toks []token, space bool, lines int, words *wordCache, lb *lowerBuf) (int, []token, bool, int) {
	for i < len(text) && len(toks) < cap(toks) {
		c := text[i]
		cl := asciiClass[c]
		switch {
		case cl&bSpace != 0:
			if c == '\n' {
				lines++
			}
			space = true
			i++
			continue
		case cl&bLetter != 0:
			if i+16 > len(text) {
				return i, toks, space, lines
			}
			// w0, w1: the word's bytes (its first eight, the next eight);
			// caps0, caps1: their capitals (see letterCapitals8)
			w0, w1, caps0, caps1 := load8(text, i), uint64(0), uint64(0), uint64(0)
			n := letterPrefix(w0)
			if n == 8 {
				w1 = load8(text, i+8)
				if n += letterPrefix(w1); n == 16 {
					return i, toks, space, lines
				}
				m := uint64(1)<<(8*(n-8)) - 1
				w1 &= m
				caps0, caps1 = letterCapitals8(w0, ^uint64(0)), letterCapitals8(w1, m)
			} else {
				m := uint64(1)<<(8*n) - 1
				w0 &= m
				caps0 = letterCapitals8(w0, m)
			}
			j := i + n
			// the word lower-cased (a capital's 0x80 >> 2 is 'a'-'A'): its key
			k0, k1 := w0|caps0>>2, w1|caps1>>2
			if after := asciiClass[text[j]]; after&(bReadsOn|bPeriod) != 0 && (after&bReadsOn != 0 || n <= maxAbbrev && (n == 1 || abbrevKeys[k0])) {
				return i, toks, space, lines // scanWord may read on or take the period
			}
			// all capitals (allCaps): two or more letters (more than one bit
			// set), none small
			capsAll := caps0 | caps1
			caps := capsAll&(capsAll-1) != 0 && smalls8(w0)|smalls8(w1) == 0
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			t.s = i
			t.e = j
			t.text = text[i:j]
			if capsAll != 0 {
				t.low = "" // see tokenizeBuf
				lb.put(k0, k1, n, len(toks)-1)
			} else {
				t.low = t.text
			}
			t.lines = lines
			if words == nil {
				t.pid, t.cls = -1, 0
			} else {
				set := words.setOf(k0, k1, n)
				if s := &set[0]; s.holds(k0, k1, n) {
					t.pid, t.cls = s.pid, s.cls
				} else {
					t.pid, t.cls = words.miss(set, k0, k1, n)
				}
			}
			t.kind = tWord
			t.space = space
			t.upper = cl&bUpper != 0
			t.caps = caps
			if text[j] == ' ' { // the usual white space after a word
				i, space, lines = j+1, true, 0
				continue
			}
			i = j
		case c < utf8.RuneSelf && cl&bDigit == 0:
			toks = toks[:len(toks)+1]
			t := &toks[len(toks)-1]
			t.s = i
			t.e = i + 1
			t.text = text[i : i+1]
			t.low = t.text
			t.lines = lines
			t.cls = 0
			t.pid = -1
			t.kind = tPunct
			if c == '"' || c == '\'' {
				t.kind = tQuote
			}
			t.space = space
			t.upper = false
			t.caps = false
			i++
		default:
			return i, toks, space, lines
		}
		space, lines = false, 0
	}
	if i < len(text) && len(toks) == cap(toks) {
		toks = slices.Grow(toks, len(toks)/2+16)
	}
	return i, toks, space, lines
}

// Eight bytes at once: a word of little-endian uint64 holds eight bytes
// of text, and the helpers below test them all together. With the high
// bits cleared no byte carries into the next when a constant below 0x80
// is added to each, so a byte's high bit after adding 0x80-lo tells
// whether it is lo or more.
const (
	ones   = 0x0101010101010101
	high   = 0x80 * ones
	low7   = 0x7f * ones
	upperA = 0x80 - 'A'     // byte + upperA has its high bit from 'A' on
	upperZ = 0x80 - 'Z' - 1 // … from past 'Z' on
	smallA = 0x80 - 'a'
	smallZ = 0x80 - 'z' - 1
)

// load8 returns the eight bytes of s from i, little-endian.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// inRange8 returns the high bit of every byte of x (high bits cleared)
// that is in the range the offsets lo (0x80-first) and past
// (0x80-last-1) give.
func inRange8(x, lo, past uint64) uint64 { return (x + lo*ones) &^ (x + past*ones) & high }

// letterPrefix returns how many of the bytes of x, from the first, are
// ASCII letters (8 when all are).
func letterPrefix(x uint64) int {
	letters := inRange8(x&low7|0x20*ones, smallA, smallZ) &^ x // 0x20 makes capitals small
	return bits.TrailingZeros64(^letters&high) >> 3
}

// capitals8 returns the high bit of every byte of x that is an ASCII
// capital.
func capitals8(x uint64) uint64 { return inRange8(x&low7, upperA, upperZ) &^ x }

// letterCapitals8 is capitals8 of x whose bytes under mask m (0xff
// each) are ASCII letters, the others zero: a letter is a capital when
// its bit 0x20 is clear, and that bit shifted left by two is the byte's
// high bit.
func letterCapitals8(x, m uint64) uint64 { return ^(x << 2) & m & high }

// smalls8 returns the high bit of every byte of x that is a lower-case
// ASCII letter.
func smalls8(x uint64) uint64 { return inRange8(x&low7, smallA, smallZ) &^ x }

// maxAbbrev is the length of the longest word of initialAbbrev: scanWord
// takes the period after a longer word of ASCII letters only
// when it is an abbreviation of one letter (checked in a test).
const maxAbbrev = 6

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
	if !isASCII(s) {
		return append(buf, strings.ToLower(s)...)
	}
	return appendLowerASCII(buf, s)
}

// appendLowerASCII appends strings.ToLower(s) to buf for ASCII s, eight
// bytes at a time (see capitals8).
func appendLowerASCII(buf []byte, s string) []byte {
	n := len(buf)
	buf = append(buf, s...)
	b := buf[n:]
	for ; len(b) >= 8; b = b[8:] {
		w := binary.LittleEndian.Uint64(b)
		binary.LittleEndian.PutUint64(b, w|capitals8(w)>>2) // a capital's 0x80 >> 2 is 'a'-'A'
	}
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
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
// (we’re, O'Brien) and abbreviations with periods (U.S., J., Mr.). It
// returns the end and whether the word has capitals or bytes outside ASCII
// (whether it may differ from its lower-case form).
func scanWord(text string, i int) (int, bool) {
	start := i
	var seen uint8 // classes of the ASCII letters and digits met
	other := false // a byte outside ASCII met
	for i < len(text) {
		// ASCII letters and digits, the common case, in a tight loop
		for i < len(text) {
			cl := asciiClass[text[i]]
			if cl&(bLetter|bDigit) == 0 {
				break
			}
			seen |= cl
			i++
		}
		if i == len(text) {
			break
		}
		c := text[i]
		if c < utf8.RuneSelf && c != '\'' {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsLetter(r) || unicode.Is(unicode.Mn, r) || unicode.IsDigit(r) {
			other = other || c >= utf8.RuneSelf
			i += size
			continue
		}
		if isApostrophe(r) && i+size < len(text) {
			n, _ := utf8.DecodeRuneInString(text[i+size:])
			if unicode.IsLetter(n) {
				other = other || c >= utf8.RuneSelf
				i += size
				continue
			}
		}
		break
	}
	need := seen&bUpper != 0 || other
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
			return j, need || needsLower(text[i:j])
		}
		if r, size := utf8.DecodeRuneInString(w); size == len(w) && unicode.IsUpper(r) {
			return i + 1, need // an initial
		}
		if isInitialAbbrev(w) {
			return i + 1, need
		}
	}
	return i, need
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

// maybeCaps is the quick test of allCaps: false when s is shorter than
// two bytes or its second byte is a lower-case ASCII letter.
func maybeCaps(s string) bool { return len(s) >= 2 && (s[1] < 'a' || s[1] > 'z') }

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
	p := &toks[i-1]
	return p.kind == tPunct && strings.ContainsAny(p.text, "([{—–-:")
}
