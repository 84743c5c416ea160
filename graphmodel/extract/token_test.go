package extract

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/require"
)

// The tokenizer has fast paths for ASCII; it must cut and mark every text
// exactly as the plain version below (the tokenizer as first written).

// FuzzTokenize: the tokenizer cuts any text as the reference does.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. envoy’s talks", "Mr. Putin's “visit”", "3.5 1,000 30th", "\u00a0é İ\u0301", "\xff'x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, want := tokenize(text, nil), tokenizeRef(text)
		if len(got) != len(want) {
			t.Fatalf("%q: %d tokens, want %d", text, len(got), len(want))
		}
		for i := range want {
			g := got[i]
			g.cls, g.pid = 0, 0
			if g != want[i] {
				t.Fatalf("%q token %d: %+v, want %+v", text, i, g, want[i])
			}
		}
	})
}

func TestTokenizeMatchesReference(t *testing.T) {
	var texts []string
	paths, _ := filepath.Glob(filepath.Join("testdata", "heldout", "*.txt"))
	for _, p := range paths {
		data, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, string(data))
	}
	// more capitalised words than lowerBuf notes
	texts = append(texts, strings.Repeat("Putin met Xi Jinping in Moscow, Mr. Lavrov’s “talks” (RIA) said. ", 60),
		// periods after short words, abbreviations or not
		"Gen. Smith and MESSRS. Jones said no. NO. Capt. Ng met Sgt. Ye at St. Mark's, No. 10 and Gov. Oz. Talks. End. x. Xy. ok. Rev. Dr. Mrs. Ms. Jr. Sr. Lt. Col. ")
	parts := []string{"a", "Z", "é", "É", "İ", "ß", "\u212a", "1", "٣", "0", " ", "  ", "\n", "\t", "\u00a0", "\u0085", "\u2003",
		".", "U.S.", "Mr.", "J.", "e.g.", "'", "’", "‘", "“", "”", "\"", "«", "'s", "’s", "’S", "-", ",", "3.5", "1,000",
		"Putin", "PUTIN", "said", "No", "Gen", "messrs", "envoys’", "O'Brien", "we’re", "\u0301", "x\u0301", "\xff", "30th", "1990s", "ǅ", "Σ", "ς"}
	texts = append(texts, randomTexts(rand.New(rand.NewPCG(7, 8)), parts, 30000, 12)...)
	for _, text := range texts {
		got, want := tokenize(text, nil), tokenizeRef(text)
		require.Equal(t, len(want), len(got), "%q", text)
		for i := range want {
			g, w := got[i], want[i]
			g.cls, g.pid = 0, 0
			require.Equal(t, w, g, "%q token %d", text, i)
		}
	}
}

func tokenizeRef(text string) []token {
	toks := make([]token, 0, len(text)/5+4)
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
			i = scanWordRef(text, i)
		case unicode.IsDigit(r):
			kind = tNum
			i = scanNumberRef(text, i)
		case isQuoteRune(r):
			kind = tQuote
			i += size
		default:
			i += size
		}
		t := token{s: start, e: i, text: text[start:i], kind: kind, space: space, lines: lines}
		if kind == tWord {
			t.upper = unicode.IsUpper(r)
			t.caps = allCapsRef(t.text)
		}
		t.low = lowerASCIIFastRef(t.text)
		// Split a possessive ending off a word: Putin’s, envoys’.
		if kind == tWord {
			if k := possessiveAtRef(t.text); k > 0 {
				p := t
				t.e = t.s + k
				t.text = text[t.s:t.e]
				t.low = lowerASCIIFastRef(t.text)
				t.caps = allCapsRef(t.text)
				toks = append(toks, t)
				p.s = t.e
				p.text = text[p.s:p.e]
				p.low = lowerASCIIFastRef(p.text)
				p.kind, p.space, p.lines, p.upper, p.caps = tPoss, false, 0, false, false
				toks = append(toks, p)
				space, lines = false, 0
				continue
			}
		}
		toks = append(toks, t)
		space, lines = false, 0
	}
	return toks
}
func scanWordRef(text string, i int) int {
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
		if isDottedAbbrevRef(text, start, i) {
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
		if initialAbbrev[strings.ToLower(w)] {
			return i + 1
		}
	}
	return i
}
func isDottedAbbrevRef(text string, start, i int) bool {
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
func scanNumberRef(text string, i int) int {
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
func possessiveAtRef(w string) int {
	for _, suf := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}
func allCapsRef(s string) bool {
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
func lowerASCIIFastRef(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' || c >= 0x80 {
			return strings.ToLower(s)
		}
	}
	return s
}

// TestLetterCapitals8: for words of ASCII letters, zero-padded, the
// capitals told by bit 0x20 are capitals8's.
func TestLetterCapitals8(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
	for range 10000 {
		n := 1 + r.IntN(8)
		var b [8]byte
		for k := range n {
			b[k] = letters[r.IntN(len(letters))]
		}
		x := load8(string(b[:]), 0)
		m := ^uint64(0)
		if n < 8 {
			m = uint64(1)<<(8*n) - 1
		}
		require.Equal(t, capitals8(x), letterCapitals8(x, m), "%q", b[:n])
	}
}
