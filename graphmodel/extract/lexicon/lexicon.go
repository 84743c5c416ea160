// Package lexicon loads the extractor's word lists: countries, cities,
// regions, buildings, organisations, well-known people, titles, speech
// verbs, meeting words and name lists. The data are UTF-8 TSV and text
// files (see data/README.md); Load reads them from any file system and
// Default from the copy embedded in the binary.
//
// A Lexicon is read-only once loaded and safe for concurrent use.
package lexicon

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
)

// Country is a row of countries.tsv.
type Country struct {
	Name       string
	ISO2       string
	Aliases    []string // other names and abbreviations: "U.S.", "America"
	Adjectives []string // demonym adjectives: "American"
	Peoples    []string // plural nouns for the people: "Americans"
	Capital    string
	// SeatCities are cities other than the capital where the government
	// sits and that news uses for it: Cotonou for Benin, The Hague for
	// the Netherlands (the capital column's later names).
	SeatCities []string
	Seats      []string // government metonyms: "White House"
}

// City is a row of cities.tsv.
type City struct {
	Name    string
	ISO2    string
	Aliases []string
	Admin   string // state or province, when given
}

// Region is a row of regions.tsv.
type Region struct {
	Name    string
	Type    string // region | state | province | territory | continent | sea
	ISO2    string
	Aliases []string
	In      string // containing country or region
}

// Building is a row of buildings.tsv.
type Building struct {
	Name    string
	City    string
	ISO2    string
	Aliases []string
	Actor   string // organisation the building stands for by metonymy, or ""
}

// Organization is a row of organizations.tsv.
type Organization struct {
	Name    string
	Type    string // government | ministry | agency | party | media | international | military | company | ngo | court | legislature
	ISO2    string
	Aliases []string
}

// Person is a row of people.tsv.
type Person struct {
	Name    string
	ISO2    string
	Aliases []string // surname alone, transliterations, short forms
	Role    string
}

// Title is a row of titles.tsv.
type Title struct {
	Phrase  string // lower case: "special envoy"
	Role    string // canonical role: "special envoy"
	Applies string // person | group
}

// SpeechVerb is a row of speech_verbs.tsv.
type SpeechVerb struct {
	Form  string // the inflected form as written, lower case
	Lemma string
	Kind  string // say | confirm | deny | describe | call | warn | emphasize | ask | announce | agree | other
}

// MeetingWord is a row of meeting_words.tsv.
type MeetingWord struct {
	Word string // lower case, may have several words
	Kind string // talks | meeting | negotiations | session | call | visit | briefing | summit | consultations
}

// Lexicon holds every list. Fields hold the rows in file order; the
// lookup methods answer by key.
type Lexicon struct {
	Countries     []Country
	Cities        []City
	Regions       []Region
	Buildings     []Building
	Organizations []Organization
	People        []Person
	Titles        []Title
	SpeechVerbs   []SpeechVerb
	MeetingWords  []MeetingWord

	// names holds the folded entries of the name lists, each with the
	// lists that have it: one lookup answers for all (see NameOfKey)
	names     map[string]nameLists
	titles    map[string]Title
	speech    map[string]SpeechVerb
	meeting   map[string]MeetingWord
	countryBy map[string]int // name, alias, ISO2 (folded) → index into Countries
}

// nameLists is a set of the name lists.
type nameLists uint8

const (
	givenList  nameLists = 1 << iota // given_names.txt
	familyList                       // family_names.txt
	nonList                          // non_names.txt
	femaleList                       // female_given_names.txt
)

// Allowed values of the enumerated columns.
var (
	regionTypes  = set("region", "state", "province", "territory", "continent", "sea")
	orgTypes     = set("government", "ministry", "agency", "party", "media", "international", "military", "company", "ngo", "court", "legislature")
	appliesTo    = set("person", "group")
	speechKinds  = set("say", "confirm", "deny", "describe", "call", "warn", "emphasize", "ask", "announce", "agree", "other")
	meetingKinds = set("talks", "meeting", "negotiations", "session", "call", "visit", "briefing", "summit", "consultations")
)

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Load reads the lexicon files from the root of fsys. Every file must be
// present; a malformed row is reported as "file:line: problem".
func Load(fsys fs.FS) (*Lexicon, error) {
	lx := &Lexicon{}
	steps := []func(fs.FS) error{
		lx.loadCountries, lx.loadCities, lx.loadRegions, lx.loadBuildings,
		lx.loadOrganizations, lx.loadPeople, lx.loadTitles, lx.loadSpeechVerbs,
		lx.loadMeetingWords, lx.loadNameLists,
	}
	for _, step := range steps {
		if err := step(fsys); err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// row is one data line of a TSV file, addressed by column name.
type row struct {
	file string
	line int
	cols map[string]int
	f    []string
}

func (r row) get(col string) string { return strings.TrimSpace(r.f[r.cols[col]]) }

// list splits a multi-valued field on '|' and drops empty values.
func (r row) list(col string) []string {
	v := r.get(col)
	if v == "" {
		return nil
	}
	parts := strings.Split(v, "|")
	out := parts[:0]
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (r row) errorf(format string, a ...any) error {
	return fmt.Errorf("%s:%d: %s", r.file, r.line, fmt.Sprintf(format, a...))
}

// required returns the field col, or an error when it is empty.
func (r row) required(col string) (string, error) {
	v := r.get(col)
	if v == "" {
		return "", r.errorf("empty %s", col)
	}
	return v, nil
}

// oneOf checks that field col (which may be empty when optional) is one of allowed.
func (r row) oneOf(col string, allowed map[string]bool, optional bool) (string, error) {
	v := r.get(col)
	if v == "" && optional {
		return "", nil
	}
	if !allowed[v] {
		return "", r.errorf("%s %q is not one of the allowed values", col, v)
	}
	return v, nil
}

// readTSV reads name from fsys and calls fn for every data row. The header
// must name every column in want (in any order; other columns are ignored).
func readTSV(fsys fs.FS, name string, want []string, fn func(row) error) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	var cols map[string]int
	ncols := 0
	// The fields of every row are slices of one string of the whole file:
	// the lexicon lives as long as the program, and one object instead of
	// one per line is less for the garbage collector to visit.
	rest := string(data)
	for line := 1; rest != ""; line++ {
		text := rest
		if i := strings.IndexByte(rest, '\n'); i >= 0 {
			text, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		text = strings.TrimSuffix(strings.TrimSuffix(text, "\r"), "\r") // as bufio.ScanLines and then once more
		if strings.HasPrefix(text, "#") || strings.TrimSpace(text) == "" {
			continue
		}
		fields := strings.Split(text, "\t")
		if cols == nil {
			cols = make(map[string]int, len(fields))
			for i, f := range fields {
				cols[strings.TrimSpace(f)] = i
			}
			for _, w := range want {
				if _, ok := cols[w]; !ok {
					return fmt.Errorf("%s:%d: header lacks column %q (want %s)", name, line, w, strings.Join(want, ", "))
				}
			}
			ncols = len(fields)
			continue
		}
		if len(fields) != ncols {
			return fmt.Errorf("%s:%d: %d fields, the header has %d", name, line, len(fields), ncols)
		}
		if err := fn(row{file: name, line: line, cols: cols, f: fields}); err != nil {
			return err
		}
	}
	if cols == nil {
		return fmt.Errorf("%s: no header line", name)
	}
	return nil
}

// readList reads a one-entry-per-line file of names into lx.names, as
// entries of list.
func (lx *Lexicon) readList(fsys fs.FS, name string, list nameLists) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("lexicon: %w", err)
	}
	for i, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.Contains(line, "\t") {
			return fmt.Errorf("%s:%d: a tab in a one-name-per-line file", name, i+1)
		}
		lx.names[Key(line)] |= list
	}
	return nil
}

func (lx *Lexicon) loadCountries(fsys fs.FS) error {
	lx.countryBy = map[string]int{}
	return readTSV(fsys, "countries.tsv", []string{"name", "iso2", "aliases", "adjectives", "peoples", "capital", "seat"}, func(r row) error {
		name, err := r.required("name")
		if err != nil {
			return err
		}
		c := Country{Name: name, ISO2: strings.ToUpper(r.get("iso2")), Aliases: r.list("aliases"),
			Adjectives: r.list("adjectives"), Peoples: r.list("peoples"), Seats: r.list("seat")}
		if caps := r.list("capital"); len(caps) > 0 {
			c.Capital, c.SeatCities = caps[0], caps[1:]
		}
		i := len(lx.Countries)
		lx.Countries = append(lx.Countries, c)
		for _, k := range append([]string{c.Name, c.ISO2}, c.Aliases...) {
			if k == "" {
				continue
			}
			if _, dup := lx.countryBy[Key(k)]; !dup {
				lx.countryBy[Key(k)] = i
			}
		}
		return nil
	})
}

func (lx *Lexicon) loadCities(fsys fs.FS) error {
	return readTSV(fsys, "cities.tsv", []string{"name", "iso2", "aliases", "admin"}, func(r row) error {
		name, err := r.required("name")
		if err != nil {
			return err
		}
		lx.Cities = append(lx.Cities, City{Name: name, ISO2: strings.ToUpper(r.get("iso2")), Aliases: r.list("aliases"), Admin: r.get("admin")})
		return nil
	})
}

func (lx *Lexicon) loadRegions(fsys fs.FS) error {
	return readTSV(fsys, "regions.tsv", []string{"name", "type", "iso2", "aliases", "in"}, func(r row) error {
		name, err := r.required("name")
		if err != nil {
			return err
		}
		typ, err := r.oneOf("type", regionTypes, true)
		if err != nil {
			return err
		}
		lx.Regions = append(lx.Regions, Region{Name: name, Type: typ, ISO2: strings.ToUpper(r.get("iso2")), Aliases: r.list("aliases"), In: r.get("in")})
		return nil
	})
}

func (lx *Lexicon) loadBuildings(fsys fs.FS) error {
	return readTSV(fsys, "buildings.tsv", []string{"name", "city", "iso2", "aliases", "actor"}, func(r row) error {
		name, err := r.required("name")
		if err != nil {
			return err
		}
		lx.Buildings = append(lx.Buildings, Building{Name: name, City: r.get("city"), ISO2: strings.ToUpper(r.get("iso2")), Aliases: r.list("aliases"), Actor: r.get("actor")})
		return nil
	})
}

func (lx *Lexicon) loadOrganizations(fsys fs.FS) error {
	return readTSV(fsys, "organizations.tsv", []string{"name", "type", "iso2", "aliases"}, func(r row) error {
		name, err := r.required("name")
		if err != nil {
			return err
		}
		typ, err := r.oneOf("type", orgTypes, true)
		if err != nil {
			return err
		}
		lx.Organizations = append(lx.Organizations, Organization{Name: name, Type: typ, ISO2: strings.ToUpper(r.get("iso2")), Aliases: r.list("aliases")})
		return nil
	})
}

func (lx *Lexicon) loadPeople(fsys fs.FS) error {
	return readTSV(fsys, "people.tsv", []string{"name", "iso2", "aliases", "role"}, func(r row) error {
		name, err := r.required("name")
		if err != nil {
			return err
		}
		lx.People = append(lx.People, Person{Name: name, ISO2: strings.ToUpper(r.get("iso2")), Aliases: r.list("aliases"), Role: strings.ToLower(r.get("role"))})
		return nil
	})
}

func (lx *Lexicon) loadTitles(fsys fs.FS) error {
	lx.titles = map[string]Title{}
	return readTSV(fsys, "titles.tsv", []string{"phrase", "role", "applies"}, func(r row) error {
		phrase, err := r.required("phrase")
		if err != nil {
			return err
		}
		applies, err := r.oneOf("applies", appliesTo, false)
		if err != nil {
			return err
		}
		t := Title{Phrase: strings.ToLower(phrase), Role: strings.ToLower(r.get("role")), Applies: applies}
		if t.Role == "" {
			t.Role = t.Phrase
		}
		lx.Titles = append(lx.Titles, t)
		lx.titles[Key(t.Phrase)] = t
		return nil
	})
}

func (lx *Lexicon) loadSpeechVerbs(fsys fs.FS) error {
	lx.speech = map[string]SpeechVerb{}
	return readTSV(fsys, "speech_verbs.tsv", []string{"form", "lemma", "kind"}, func(r row) error {
		form, err := r.required("form")
		if err != nil {
			return err
		}
		kind, err := r.oneOf("kind", speechKinds, false)
		if err != nil {
			return err
		}
		v := SpeechVerb{Form: strings.ToLower(form), Lemma: strings.ToLower(r.get("lemma")), Kind: kind}
		if v.Lemma == "" {
			v.Lemma = v.Form
		}
		lx.SpeechVerbs = append(lx.SpeechVerbs, v)
		lx.speech[Key(v.Form)] = v
		return nil
	})
}

func (lx *Lexicon) loadMeetingWords(fsys fs.FS) error {
	lx.meeting = map[string]MeetingWord{}
	return readTSV(fsys, "meeting_words.tsv", []string{"word", "kind"}, func(r row) error {
		word, err := r.required("word")
		if err != nil {
			return err
		}
		kind, err := r.oneOf("kind", meetingKinds, false)
		if err != nil {
			return err
		}
		w := MeetingWord{Word: strings.ToLower(word), Kind: kind}
		lx.MeetingWords = append(lx.MeetingWords, w)
		lx.meeting[Key(w.Word)] = w
		return nil
	})
}

func (lx *Lexicon) loadNameLists(fsys fs.FS) error {
	lx.names = map[string]nameLists{}
	for _, l := range []struct {
		file string
		list nameLists
	}{{"given_names.txt", givenList}, {"family_names.txt", familyList}, {"non_names.txt", nonList}} {
		if err := lx.readList(fsys, l.file, l.list); err != nil {
			return err
		}
	}
	// optional: a lexicon without it knows no one's gender
	if err := lx.readList(fsys, "female_given_names.txt", femaleList); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// Key is the form lookups use: lower case with runs of white space folded
// to one space. Callers pass phrases through Key before comparing them.
func Key(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if strings.IndexFunc(s, func(r rune) bool { return r == '\t' || r == '\n' || r == '\r' }) < 0 && !strings.Contains(s, "  ") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// supplement adds to lx the titles, reporting verbs, meeting words and
// name-list entries of other that lx lacks (word lists gain from a second
// source; names and places are left to the first).
func (lx *Lexicon) supplement(other *Lexicon) {
	for _, t := range other.Titles {
		if _, ok := lx.titles[Key(t.Phrase)]; !ok {
			lx.Titles = append(lx.Titles, t)
			lx.titles[Key(t.Phrase)] = t
		}
	}
	for _, v := range other.SpeechVerbs {
		if _, ok := lx.speech[Key(v.Form)]; !ok {
			lx.SpeechVerbs = append(lx.SpeechVerbs, v)
			lx.speech[Key(v.Form)] = v
		}
	}
	for _, w := range other.MeetingWords {
		if _, ok := lx.meeting[Key(w.Word)]; !ok {
			lx.MeetingWords = append(lx.MeetingWords, w)
			lx.meeting[Key(w.Word)] = w
		}
	}
	for k, lists := range other.names {
		lx.names[k] |= lists
	}
}

// NameLists returns the folded entries of given_names.txt,
// family_names.txt and non_names.txt (unordered).
func (lx *Lexicon) NameLists() (given, family, nonNames []string) {
	for k, lists := range lx.names {
		if lists&givenList != 0 {
			given = append(given, k)
		}
		if lists&familyList != 0 {
			family = append(family, k)
		}
		if lists&nonList != 0 {
			nonNames = append(nonNames, k)
		}
	}
	return given, family, nonNames
}

// IsFemaleName reports whether w is a given name borne mostly by women
// (female_given_names.txt): "she" may stand for its bearer, "he" not.
func (lx *Lexicon) IsFemaleName(w string) bool { return lx.names[Key(w)]&femaleList != 0 }

// IsGivenName reports whether w is a listed given name.
func (lx *Lexicon) IsGivenName(w string) bool { return lx.names[Key(w)]&givenList != 0 }

// IsFamilyName reports whether w is a listed family-name-first surname.
func (lx *Lexicon) IsFamilyName(w string) bool { return lx.names[Key(w)]&familyList != 0 }

// NameOfKey is IsFamilyName, IsFemaleName and IsGivenName of a word k
// already in key form (Key(k) == k), without making its key again: one
// lookup for the three.
func (lx *Lexicon) NameOfKey(k string) (family, female, given bool) {
	lists := lx.names[k]
	return lists&familyList != 0, lists&femaleList != 0, lists&givenList != 0
}

// IsNonName reports whether w is a capitalised word that is never a name.
func (lx *Lexicon) IsNonName(w string) bool { return lx.names[Key(w)]&nonList != 0 }

// Title looks up a title phrase ("special envoy").
func (lx *Lexicon) Title(phrase string) (Title, bool) {
	t, ok := lx.titles[Key(phrase)]
	return t, ok
}

// SpeechVerb looks up an inflected reporting verb ("stated").
func (lx *Lexicon) SpeechVerb(form string) (SpeechVerb, bool) {
	v, ok := lx.speech[Key(form)]
	return v, ok
}

// MeetingWord looks up a meeting word or phrase ("telephone conversation").
func (lx *Lexicon) MeetingWord(word string) (MeetingWord, bool) {
	w, ok := lx.meeting[Key(word)]
	return w, ok
}

// Country finds a country by name, alias or ISO code.
func (lx *Lexicon) Country(name string) (Country, bool) {
	i, ok := lx.countryBy[Key(name)]
	if !ok {
		return Country{}, false
	}
	return lx.Countries[i], true
}
