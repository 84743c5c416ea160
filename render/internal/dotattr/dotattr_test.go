package dotattr_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"dossier/render/internal/dotattr"
)

func TestRoundTrip(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote`, `back\slash`, "50%", "new\nline", "日本語", "שלום", "\xff\xfe", "%zz", "a%4", "\u0088", "a\u2028b", "\U000E0001"} {
		enc := dotattr.Encode(s)
		assert.Equal(t, s, dotattr.Decode(enc), "%q", s)
		assert.NotContains(t, enc, `"`)
		assert.NotContains(t, enc, `\`)
		assert.True(t, utf8.ValidString(enc))
	}
	assert.Equal(t, "日本語 <b>{x|y}</b>", dotattr.Encode("日本語 <b>{x|y}</b>"), "only what DOT cannot carry is encoded")
	assert.Equal(t, "100%", dotattr.Decode("100%"), "a stray percent from another program stays")
}

func FuzzRoundTrip(f *testing.F) {
	for _, s := range []string{"", `a"b\c%d`, "x\x00y", "\xc3"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		enc := dotattr.Encode(s)
		if dotattr.Decode(enc) != s {
			t.Fatalf("%q encodes to %q which decodes to %q", s, enc, dotattr.Decode(enc))
		}
		if strings.ContainsAny(enc, "\"\\\x00\n") || !utf8.ValidString(enc) {
			t.Fatalf("%q encodes to unsafe %q", s, enc)
		}
	})
}
