package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"
)

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "monday": time.Monday, "tuesday": time.Tuesday, "wednesday": time.Wednesday,
	"thursday": time.Thursday, "friday": time.Friday, "saturday": time.Saturday,
}

// word is a run of letters or digits in a string, with its byte offsets.
type word struct {
	s    string
	i, j int
}

// splitWords appends the words of s to out.
func splitWords(out []word, s string) []word {
	start := -1
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, word{s[start:i], start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{s[start:], start, len(s)})
	}
	return out
}

func atoiRange(s string, lo, hi int) (int, bool) {
	if len(s) == 0 || len(s) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < lo || n > hi {
		return 0, false
	}
	return n, true
}

func validDate(y int, m time.Month, d int) bool {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t.Year() == y && t.Month() == m && t.Day() == d
}

// iso formats a date as fmt.Sprintf("%04d-%02d-%02d") does, by hand for
// the dates of texts (years 0–9999).
func iso(y int, m time.Month, d int) string {
	if y < 0 || y > 9999 || m < 0 || m > 99 || d < 0 || d > 99 {
		return fmt.Sprintf("%04d-%02d-%02d", y, int(m), d)
	}
	b := [10]byte{byte('0' + y/1000), byte('0' + y/100%10), byte('0' + y/10%10), byte('0' + y%10), '-',
		byte('0' + m/10), byte('0' + m%10), '-', byte('0' + d/10), byte('0' + d%10)}
	return string(b[:])
}

// parseISO is time.Parse("2006-01-02", s) without the generality of
// layouts: four digits, a hyphen, two digits of a month, a hyphen and two
// digits of a day that month has (as Parse checks).
func parseISO(s string) (time.Time, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return time.Time{}, false
	}
	y, ok1 := digitsValue(s[0:4])
	m, ok2 := digitsValue(s[5:7])
	d, ok3 := digitsValue(s[8:10])
	if !ok1 || !ok2 || !ok3 || m < 1 || m > 12 || d < 1 || !validDate(y, time.Month(m), d) {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
}

// digitsValue returns the value of s when it is all ASCII digits.
func digitsValue(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// findFullDate finds the first complete date (with a year) in s:
// "2024-06-20", "June 20, 2024", "20 June 2024", "OCTOBER 27, 2023".
func findFullDate(s string) (string, bool) {
	d, _, _, ok := findFullDateAt(s)
	return d, ok
}

// findFullDateAt is findFullDate that also gives the bytes of s the date
// is written in.
func findFullDateAt(s string) (date string, i, j int, ok bool) {
	// Every form has a year of four ASCII digits.
	if !hasDigits(s, 4) {
		return "", 0, 0, false
	}
	// ISO: 2024-06-20, also inside a timestamp
	for i := 0; i+10 <= len(s); i++ {
		if s[i+4] != '-' || s[i+7] != '-' || (i > 0 && s[i-1] >= '0' && s[i-1] <= '9') {
			continue
		}
		y, ok1 := atoiRange(s[i:i+4], 1000, 2999)
		m, ok2 := atoiRange(s[i+5:i+7], 1, 12)
		d, ok3 := atoiRange(s[i+8:i+10], 1, 31)
		if ok1 && ok2 && ok3 && validDate(y, time.Month(m), d) && (i+10 == len(s) || s[i+10] < '0' || s[i+10] > '9') {
			return iso(y, time.Month(m), d), i, i + 10, true
		}
	}
	var buf [48]word
	ws := splitWords(buf[:0], s)
	for k, w := range ws {
		mon, isMonth := monthOf(w.s)
		if !isMonth || w.s == "may" {
			continue
		}
		// Month D, YYYY
		if k+2 < len(ws) {
			if d, ok := atoiRange(ws[k+1].s, 1, 31); ok {
				if y, ok := atoiRange(ws[k+2].s, 1000, 2999); ok && validDate(y, mon, d) {
					return iso(y, mon, d), w.i, ws[k+2].j, true
				}
			}
		}
		// D Month YYYY
		if k > 0 && k+1 < len(ws) {
			if d, ok := atoiRange(ws[k-1].s, 1, 31); ok {
				if y, ok := atoiRange(ws[k+1].s, 1000, 2999); ok && validDate(y, mon, d) {
					return iso(y, mon, d), ws[k-1].i, ws[k+1].j, true
				}
			}
		}
	}
	return "", 0, 0, false
}

// hasDigits reports a run of n ASCII digits in s.
func hasDigits(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			if run++; run == n {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// monthOf is monthNames[strings.ToLower(w)], without copying w when it is
// short ASCII.
func monthOf(w string) (time.Month, bool) {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			m, ok := monthNames[strings.ToLower(w)]
			return m, ok
		}
	}
	var buf [9]byte // "september"
	if len(w) > len(buf) {
		return 0, false // lower-casing ASCII keeps the length
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	m, ok := monthNames[string(buf[:len(w)])]
	return m, ok
}

// resolveDayMonth gives the ISO date of day d of month m that fits the
// publication date pub (YYYY-MM-DD): for a held meeting the latest one not
// after publication, for a planned one the first not before it, else the
// nearest. It returns "" when pub is unknown.
func resolveDayMonth(m time.Month, d int, pub, status string) string {
	p, ok := parseISO(pub)
	if !ok {
		return ""
	}
	best, found := 0, false // the year
	var bestGap time.Duration
	for y := p.Year() - 1; y <= p.Year()+1; y++ {
		if !validDate(y, m, d) {
			continue
		}
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		gap := t.Sub(p)
		switch {
		case status == "held" && gap > 48*time.Hour, status == "planned" && gap < -48*time.Hour:
			continue
		}
		if gap < 0 {
			gap = -gap
		}
		if !found || gap < bestGap {
			best, bestGap, found = y, gap, true
		}
	}
	if !found {
		return ""
	}
	return iso(best, m, d)
}

// resolveWeekday gives the ISO date of weekday wd that a news text
// published on pub (YYYY-MM-DD) means: "on Tuesday" of a held meeting is
// the latest Tuesday not after publication, of a planned or hypothetical
// one the first not before it, and "last Tuesday" the latest before it
// (the usage of our 195 annotated articles without exception: 246
// weekday dates). It returns "" when pub is unknown.
func resolveWeekday(wd time.Weekday, pub, status string, last bool) string {
	p, ok := parseISO(pub)
	if !ok {
		return ""
	}
	back := (int(p.Weekday()) - int(wd) + 7) % 7 // days since the latest wd, 0 to 6
	switch {
	case last:
		if back == 0 {
			back = 7
		}
		return shiftParsed(pub, p, -back)
	case status == "held":
		return shiftParsed(pub, p, -back)
	}
	return shiftParsed(pub, p, (7-back)%7)
}

// shiftDays returns pub moved by n days, or "" when pub is not a date.
func shiftDays(pub string, n int) string {
	p, ok := parseISO(pub)
	if !ok {
		return ""
	}
	return shiftParsed(pub, p, n)
}

// shiftParsed is shiftDays of pub read as p by parseISO.
func shiftParsed(pub string, p time.Time, n int) string {
	if n == 0 {
		return pub // (a date parseISO reads is in iso's form already)
	}
	t := p.AddDate(0, 0, n)
	if y := t.Year(); y < 0 || y > 9999 {
		return t.Format("2006-01-02") // (not iso's form of such years)
	}
	return iso(t.Year(), t.Month(), t.Day())
}
