package graphmodel

import "testing"

// holds is CheckSpan's verdict, inlined.
func TestHoldsIsCheckSpan(t *testing.T) {
	d := &Document{ID: "d", Text: "aé b€c"}
	for start := -2; start <= len(d.Text)+2; start++ {
		for end := -2; end <= len(d.Text)+2; end++ {
			ok := d.CheckSpan(Span{Doc: "d", Start: start, End: end}) == nil
			if d.holds(start, end) != ok {
				t.Errorf("holds(%d, %d) = %v, CheckSpan accepts: %v", start, end, !ok, ok)
			}
		}
	}
}
