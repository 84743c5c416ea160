package lexicon_test

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/graphmodel/extract/lexicon"
)

func TestLoadSmallLexicon(t *testing.T) {
	lx, err := lexicon.Load(os.DirFS("testdata/good"))
	require.NoError(t, err)

	c, ok := lx.Country("french republic")
	require.True(t, ok, "aliases find their country, in any case")
	assert.Equal(t, "France", c.Name)
	assert.Equal(t, []string{"Élysée", "Elysee"}, c.Seats)
	c, ok = lx.Country("DE")
	require.True(t, ok, "ISO codes find their country")
	assert.Equal(t, "Germany", c.Name)
	assert.Empty(t, c.Seats, "an empty field is an empty list")

	tt, ok := lx.Title("Foreign  Minister")
	require.True(t, ok)
	assert.Equal(t, "person", tt.Applies)
	v, ok := lx.SpeechVerb("WARNED")
	require.True(t, ok)
	assert.Equal(t, "warn", v.Lemma)
	w, ok := lx.MeetingWord("phone call")
	require.True(t, ok)
	assert.Equal(t, "call", w.Kind)
	assert.True(t, lx.IsGivenName("angela"))
	assert.False(t, lx.IsGivenName("Merkel"))
	assert.True(t, lx.IsFamilyName("Nguyen"))
	assert.True(t, lx.IsNonName("Monday"))
	assert.Equal(t, "Bavaria", lx.Regions[0].Name)
	assert.Equal(t, "Élysée", lx.Buildings[0].Actor)
	assert.Equal(t, []string{"Merkel"}, lx.People[0].Aliases)
	assert.Equal(t, "media", lx.Organizations[1].Type)
}

// withFile returns the small lexicon with one file replaced.
func withFile(t *testing.T, name, content string) fstest.MapFS {
	t.Helper()
	fsys := fstest.MapFS{}
	entries, err := os.ReadDir("testdata/good")
	require.NoError(t, err)
	for _, e := range entries {
		data, err := os.ReadFile("testdata/good/" + e.Name())
		require.NoError(t, err)
		fsys[e.Name()] = &fstest.MapFile{Data: data}
	}
	if content == "" {
		delete(fsys, name)
	} else {
		fsys[name] = &fstest.MapFile{Data: []byte(content)}
	}
	return fsys
}

func TestLoadReportsFileAndLine(t *testing.T) {
	cases := []struct {
		name, file, content, want string
	}{
		{"too few fields", "cities.tsv", "# c\nname\tiso2\taliases\tadmin\nLyon\tFR\n", "cities.tsv:3: 2 fields, the header has 4"},
		{"too many fields", "people.tsv", "name\tiso2\taliases\trole\nA B\tDE\t\tx\textra\n", "people.tsv:2: 5 fields, the header has 4"},
		{"empty name", "countries.tsv", "name\tiso2\taliases\tadjectives\tpeoples\tcapital\tseat\n\tFR\t\t\t\t\t\n", "countries.tsv:2: empty name"},
		{"missing column", "titles.tsv", "phrase\trole\nenvoy\tenvoy\n", `titles.tsv:1: header lacks column "applies"`},
		{"bad enum", "meeting_words.tsv", "word\tkind\ntalks\tparty\n", `meeting_words.tsv:2: kind "party" is not one of the allowed values`},
		{"bad applies", "titles.tsv", "phrase\trole\tapplies\nenvoy\tenvoy\tthing\n", `titles.tsv:2: applies "thing"`},
		{"no header", "regions.tsv", "# only comments\n", "regions.tsv: no header line"},
		{"tab in list", "non_names.txt", "Monday\nTue\tsday\n", "non_names.txt:2: a tab"},
		{"missing file", "speech_verbs.tsv", "", "speech_verbs.tsv"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := lexicon.Load(withFile(t, c.file, c.content))
			require.Error(t, err)
			assert.Contains(t, err.Error(), c.want)
		})
	}
}

func TestKey(t *testing.T) {
	assert.Equal(t, "special envoy", lexicon.Key("  Special \t Envoy "))
	assert.Equal(t, "kremlin", lexicon.Key("Kremlin"))
}

// TestDefaultLoads loads the embedded lexicon and checks a few facts
// every release must know.
func TestDefaultLoads(t *testing.T) {
	lx, err := lexicon.Default()
	require.NoError(t, err)
	assert.Greater(t, len(lx.Countries), 190)
	us, ok := lx.Country("U.S.")
	require.True(t, ok)
	assert.Equal(t, "United States", us.Name)
	_, ok = lx.Title("foreign minister")
	assert.True(t, ok)
	_, ok = lx.SpeechVerb("said")
	assert.True(t, ok)
	_, ok = lx.MeetingWord("talks")
	assert.True(t, ok)
	assert.True(t, lx.IsFemaleName("Ursula"))
	assert.False(t, lx.IsFemaleName("William"))
	assert.True(t, lx.IsGivenName("William"))
	iso := map[string]bool{}
	for _, c := range lx.Countries {
		if c.ISO2 == "" {
			continue // states without an ISO code (Somaliland …)
		}
		assert.Len(t, c.ISO2, 2, c.Name)
		assert.False(t, iso[c.ISO2], "duplicate code %s", c.ISO2)
		iso[c.ISO2] = true
	}
	unknown := 0
	for _, c := range lx.Cities {
		if c.ISO2 != "" && !iso[c.ISO2] {
			unknown++
		}
	}
	assert.Less(t, unknown, len(lx.Cities)/100+1, "cities with a country code no country has")
}

// FuzzLoad feeds arbitrary content as one of the files: the loader must
// return a lexicon or an error naming the file, never panic.
func FuzzLoad(f *testing.F) {
	for _, s := range []string{
		"name\ttype\tiso2\taliases\tin\nBavaria\tstate\tDE\tBayern\tGermany\n",
		"# c\nname\ttype\tiso2\taliases\tin\n\t\t\t\t\n",
		"name\n",
		"",
		"name\ttype\tiso2\taliases\tin\nX\tsea\t\t|||\t\r\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, content string) {
		if content == "" {
			return
		}
		_, err := lexicon.Load(withFile(t, "regions.tsv", content))
		if err != nil && !strings.Contains(err.Error(), "regions.tsv") {
			t.Fatalf("error does not name the file: %v", err)
		}
	})
}
