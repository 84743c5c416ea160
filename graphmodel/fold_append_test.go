package graphmodel

import "testing"

// AppendFold appends what Fold returns, whichever path folds the text,
// after any bytes already in the buffer.
func TestAppendFold(t *testing.T) {
	for _, s := range []string{
		"", " ", "  \t\n", "abc", "Vladimir  PUTIN ", " a", "Zélenskyy", "Recep Tayyip Erdoğan",
		"ÉLYSÉE", "“Quoted” – dash", "Ａｂ Cd", "Владимир Путин", "x é", "Straße", "a\u00a0B", "\xff",
	} {
		for _, prefix := range []string{"", "venue/", "x "} {
			got := string(AppendFold([]byte(prefix), s))
			if want := prefix + Fold(s); got != want {
				t.Errorf("AppendFold(%q, %q) = %q, want %q", prefix, s, got, want)
			}
		}
	}
}
