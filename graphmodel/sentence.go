package graphmodel

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Range is a run of bytes [Start, End) of a text.
type Range struct{ Start, End int }

// abbreviations end with a period but rarely end a sentence (lower case,
// without the period).
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sr": true, "jr": true,
	"st": true, "gen": true, "lt": true, "col": true, "sgt": true, "capt": true, "cmdr": true,
	"adm": true, "maj": true, "rep": true, "sen": true, "gov": true, "pres": true, "amb": true,
	"rev": true, "hon": true, "messrs": true, "mme": true, "mlle": true,
	"vs": true, "etc": true, "inc": true, "ltd": true, "co": true, "corp": true, "dept": true,
	"univ": true, "assn": true, "bros": true, "approx": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "mt": true, "ft": true,
	"ave": true, "blvd": true, "rd": true, "cf": true, "vol": true,
	"pp": true, "eg": true, "ie": true,
}

// sentenceStarters are words that, after an abbreviation with inner
// periods ("U.S."), show that a new sentence began after all.
var sentenceStarters = map[string]bool{
	"The": true, "This": true, "That": true, "These": true, "Those": true, "It": true,
	"He": true, "She": true, "They": true, "We": true, "I": true, "In": true, "On": true,
	"But": true, "And": true, "A": true, "An": true, "His": true, "Her": true, "Their": true,
	"Its": true, "However": true, "Meanwhile": true, "At": true, "As": true, "After": true,
	"Before": true, "There": true, "When": true, "While": true, "Both": true, "Our": true,
}

// Sentences splits text into sentences. A sentence ends at a line break,
// or at '.', '!', '?' or '…' (with any closing quotes and brackets after
// it) followed by white space and a capital, digit or opening quote, unless
// the word before a period is a known abbreviation, an initial ("J.") or
// has inner periods ("U.S.") and the next word is not a usual sentence
// opening. Decimal numbers never split. Ranges exclude surrounding white
// space; empty sentences are omitted.
func Sentences(text string) []Range {
	var out []Range
	start := 0
	emit := func(end int) {
		s, e := trimRange(text, start, end)
		if e > s {
			out = append(out, Range{s, e})
		}
		start = end
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			i += size
			start = i
			continue
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i + size
			for j < len(text) {
				c, cs := utf8.DecodeRuneInString(text[j:])
				if !isCloser(c) && c != '.' && c != '!' && c != '?' {
					break
				}
				j += cs
			}
			if j < len(text) && isSpaceNotNewline(text, j) && nextStartsSentence(text, j) &&
				!(r == '.' && j == i+size && abbreviationBefore(text, i, j)) {
				emit(j)
			}
			i = j
			continue
		}
		i += size
	}
	emit(len(text))
	return out
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '›':
		return true
	}
	return false
}

func isSpaceNotNewline(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsSpace(r) && r != '\n'
}

// nextStartsSentence reports whether, after the white space at i, the next
// character can open a sentence. A line break after the space counts: the
// caller splits there anyway.
func nextStartsSentence(text string, i int) bool {
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			return true
		case unicode.IsSpace(r):
			i += size
		default:
			return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'«(¿¡[—-", r) ||
				(!unicode.IsLower(r) && unicode.IsLetter(r)) // scripts without case
		}
	}
	return true
}

// abbreviationBefore reports whether the period at dot (followed by the
// white space at after) ends an abbreviation rather than a sentence.
func abbreviationBefore(text string, dot, after int) bool {
	w := dot
	for w > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:w])
		if unicode.IsSpace(r) || strings.ContainsRune("\"“‘'«([", r) {
			break
		}
		w -= size
	}
	word := text[w:dot]
	if word == "" {
		return false
	}
	if strings.Contains(word, ".") { // U.S, e.g, a.m
		return !sentenceStarters[nextWord(text, after)]
	}
	if r, size := utf8.DecodeRuneInString(word); size == len(word) && unicode.IsUpper(r) {
		return true // an initial
	}
	return abbreviations[strings.ToLower(word)]
}

func nextWord(text string, i int) string {
	i += len(text[i:]) - len(strings.TrimLeftFunc(text[i:], unicode.IsSpace))
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	return text[i:j]
}

func trimRange(text string, s, e int) (int, int) {
	for s < e {
		r, size := utf8.DecodeRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		s += size
	}
	for e > s {
		r, size := utf8.DecodeLastRuneInString(text[s:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= size
	}
	return s, e
}

// SentenceAt returns the sentence of text that holds byte offset pos.
func SentenceAt(text string, pos int) Range {
	for _, s := range Sentences(text) {
		if pos < s.End || (pos == s.End && pos == len(text)) {
			if pos >= s.Start {
				return s
			}
			return Range{pos, pos}
		}
	}
	return Range{pos, pos}
}
