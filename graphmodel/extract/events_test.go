package extract

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
	"unicode"

	"github.com/stretchr/testify/assert"

	"dossier/graphmodel/extract/lexicon"
)

// pronounGroup is a switch on the words of the pronoun sets of words.go:
// it must answer as the sets do.
func TestPronounGroupMatchesSets(t *testing.T) {
	groups := []struct {
		set   map[string]bool
		group int
	}{
		{pronounsFirst, pronFirst}, {pronounsSecond, pronSecond}, {pronounsPerson, pronPerson},
		{pronounsPlural, pronPlural}, {pronounsThing, pronThing},
	}
	n := 0
	for _, g := range groups {
		for w, in := range g.set {
			if in {
				assert.Equal(t, g.group, pronounGroup(w), "%q", w)
				n++
			}
		}
	}
	for _, w := range []string{"hers", "herself", "himself", "themselves", "the", "", "He", "ours", "yours"} {
		assert.Equal(t, pronNone, pronounGroup(w), "%q", w)
	}
	// every word of the switch is in a set: count them
	assert.Equal(t, 18, n, "the switch lists 18 pronouns")
}

// isBeForm tests the auxiliary bit first: every form of "be" must be one.
func TestBeFormsAreAuxiliaries(t *testing.T) {
	for w, in := range beForms {
		assert.True(t, !in || auxiliaries[w], "%q", w)
	}
}

// parseISO and iso stand for time.Parse and fmt.Sprintf on dates: they
// must answer as those do.
func TestISODatesMatchTimeAndFmt(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	samples := []string{"2024-02-29", "2023-02-29", "0000-01-01", "9999-12-31", "2024-13-01", "2024-00-10",
		"2024-04-31", "2024-4-30", "2024-04-3", "+024-04-30", "2024-04-30x", "2024/04/30", "", "20240430", "2024-04--1"}
	for range 20000 {
		b := []byte(fmt.Sprintf("%04d-%02d-%02d", r.IntN(10000), r.IntN(14), r.IntN(33)))
		if r.IntN(8) == 0 {
			b[r.IntN(len(b))] = "0123456789-+ a"[r.IntN(14)]
		}
		samples = append(samples, string(b))
	}
	for _, s := range samples {
		want, err := time.Parse("2006-01-02", s)
		got, ok := parseISO(s)
		assert.Equal(t, err == nil, ok, "%q", s)
		if ok {
			assert.True(t, want.Equal(got), "%q", s)
		}
	}
	for _, y := range []int{-1, 0, 7, 999, 2024, 9999, 10000} {
		for _, m := range []time.Month{1, 9, 12} {
			for _, d := range []int{1, 9, 31} {
				assert.Equal(t, fmt.Sprintf("%04d-%02d-%02d", y, int(m), d), iso(y, m, d))
			}
		}
	}
}

// statusOf skips its loop back over the clause in sentences with no
// planned or hypothetical cue: the words it looks for must be ones.
func TestStatusWordsHaveClasses(t *testing.T) {
	for _, w := range []string{"due", "expected", "scheduled", "will", "invitation", "invited", "invites"} {
		assert.True(t, plannedCues[w], "%q", w)
	}
	assert.True(t, hypotheticalCues["would"])
	assert.True(t, hypotheticalCues["any"], "statusOf's loop of hypothetical cues reads \"any\" too")
}

// genderOf passes a name's key form to the name lists, which take the key
// form of what they are given: that must be the same key.
func TestKeyIsIdempotent(t *testing.T) {
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if l := unicode.ToLower(r); unicode.ToLower(l) != l {
			t.Fatalf("ToLower(%U) = %U, lowered again %U", r, l, unicode.ToLower(l))
		}
	}
	for _, s := range []string{"Vladimir", " İlham ", "JOSÉ", "Xi  Jinping", "a\tb", "\xffAB", "Ǆemal"} {
		k := lexicon.Key(s)
		assert.Equal(t, k, lexicon.Key(k), "%q", s)
	}
}
