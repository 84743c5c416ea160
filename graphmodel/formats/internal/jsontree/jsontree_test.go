package jsontree

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// plain converts a tree to what encoding/json produces with UseNumber
// (later duplicate members win, as there).
func plain(v *Value) any {
	switch v.Kind {
	case Null:
		return nil
	case Bool:
		return v.Str == "true"
	case Number:
		return json.Number(v.Str)
	case String:
		return v.Str
	case Array:
		out := make([]any, len(v.Kids))
		for i := range v.Kids {
			out[i] = plain(&v.Kids[i])
		}
		return out
	default:
		out := map[string]any{}
		for i := range v.Kids {
			out[v.Kids[i].Key] = plain(&v.Kids[i])
		}
		return out
	}
}

func stdDecode(t testing.TB, data []byte) any {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	require.NoError(t, dec.Decode(&v))
	return v
}

func TestParseAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`{"a": [1, -2.5e+3, true, false, null, "x\u00e9\n\"\\\/"], "b": {}, "c": []}`,
		`"\ud83d\ude00 and a lone \ud83d surrogate"`,
		`  [ {"k": 1, "k": 2} ]  `,
		`0`, `-0.0E-0`, `"日本語"`,
	} {
		v, err := Parse([]byte(in), Limits{})
		require.NoError(t, err, in)
		assert.Equal(t, stdDecode(t, []byte(in)), plain(v), in)
	}
}

func TestParseKeepsOrderDuplicatesAndOffsets(t *testing.T) {
	data := []byte(`{"b": 1, "a": [true], "b": "x"}`)
	v, err := Parse(data, Limits{})
	require.NoError(t, err)
	require.Len(t, v.Kids, 3)
	assert.Equal(t, []string{"b", "a", "b"}, []string{v.Kids[0].Key, v.Kids[1].Key, v.Kids[2].Key})
	assert.Equal(t, "1", v.Get("b").Str, "Get returns the first member")
	assert.Equal(t, `[true]`, string(data[v.Kids[1].Start:v.Kids[1].End]))
	assert.Equal(t, `[true]`, Compact(data, &v.Kids[1]))
}

func TestParseErrorsNamePathAndPlace(t *testing.T) {
	cases := []struct{ in, path, msg string }{
		{`{"a": [1, 2,]}`, `$.a[2]`, "expected a JSON value"},
		{`{"a": {"b c": tru}}`, `$.a["b c"]`, "expected a JSON value"},
		{`{"a": [1, 2`, `$.a`, "truncated"},
		{`{"a": "abc`, `$.a`, "truncated"},
		{`{"a": 01}`, `$`, "expected ',' or '}'"},
		{`{"a": 1.}`, `$.a`, "digit after the decimal point"},
		{`{"a": "\x"}`, `$.a`, `invalid escape \x`},
		{"{\"a\": \"tab\there\"}", `$.a`, "control character"},
		{"{\"a\": \"\xff\"}", `$.a`, "invalid UTF-8"},
		{`{"a": 1} {}`, `$`, "after the end"},
		{`{a: 1}`, `$`, "member name in double quotes"},
		{"\xff\xfe{}", `$`, "UTF-16"},
		{"   ", `$`, "empty"},
	}
	for _, c := range cases {
		_, err := Parse([]byte(c.in), Limits{})
		var se *SyntaxError
		require.ErrorAs(t, err, &se, c.in)
		assert.Equal(t, c.path, se.Path, c.in)
		assert.Contains(t, se.Msg, c.msg, c.in)
	}
}

func TestParseLimits(t *testing.T) {
	deep := strings.Repeat(`{"a":`, 300) + "1" + strings.Repeat("}", 300)
	_, err := Parse([]byte(deep), Limits{})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "nesting deeper than 256 levels")
	assert.True(t, strings.HasPrefix(err.Error(), "$.a.a.a"), err.Error())

	long := `{"s": "` + strings.Repeat("x", 2000) + `"}`
	_, err = Parse([]byte(long), Limits{MaxString: 1000})
	require.Error(t, err)
	assert.Contains(t, err.Error(), "$.s: string is longer than the limit of 1000 bytes")
	_, err = Parse([]byte(`["`+strings.Repeat(`\n`, 1000)+`"]`), Limits{MaxString: 1000})
	assert.ErrorContains(t, err, "$[0]: string is longer than the limit")
}

func TestBOMIsSkipped(t *testing.T) {
	v, err := Parse([]byte("\xef\xbb\xbf[1]"), Limits{})
	require.NoError(t, err)
	assert.Equal(t, Array, v.Kind)
}

func TestPathRendering(t *testing.T) {
	var root *Path
	assert.Equal(t, "$", root.String())
	p := root.Key("elements").Key("nodes").Index(3).Key("data").Key("id")
	assert.Equal(t, "$.elements.nodes[3].data.id", p.String())
	assert.Equal(t, `$.nodes["Keyser Söze"]["Mlle.Baptistine"].été`, root.Key("nodes").Key("Keyser Söze").Key("Mlle.Baptistine").Key("été").String())
}

func TestLineCol(t *testing.T) {
	data := []byte("ab\ncdé\nf")
	l, c := LineCol(data, 7)
	assert.Equal(t, []int{2, 4}, []int{l, c})
	l, c = LineCol(data, 100)
	assert.Equal(t, []int{3, 2}, []int{l, c})
}

func TestFlatten(t *testing.T) {
	data := []byte(`{"a": {"b": {"c": 1}, "d": [1, {"x": 2}]}, "a.b.c": "dup", "n": null, "t": true, "s": "{\"json\": 1}"}`)
	v, err := Parse(data, Limits{})
	require.NoError(t, err)
	d := &Doc{Name: "f.json", Data: data, Root: v}
	attrs := map[string]string{}
	dups := d.Flatten("", v, attrs)
	assert.Equal(t, map[string]string{"a.b.c": "1", "a.d": `[1,{"x":2}]`, "t": "true", "s": `{"json": 1}`}, attrs)
	assert.Equal(t, []string{"a.b.c"}, dups)
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{`{"a": [1, 2.5, "x\u00e9"], "b": null}`, `[[[]]]`, `"\ud83d\ude00"`, `-1e5`, `{"a":"\ud800\u0041"}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := Parse(data, Limits{MaxDepth: 64})
		if bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) || !utf8.Valid(data) {
			return
		}
		if err != nil {
			var se *SyntaxError
			require.ErrorAs(t, err, &se)
			if !strings.Contains(se.Msg, "nesting deeper") {
				require.False(t, json.Valid(data), "rejected valid JSON: %v", err)
			}
			return
		}
		require.True(t, json.Valid(data), "accepted invalid JSON")
		assert.Equal(t, stdDecode(t, data), plain(v))
	})
}
