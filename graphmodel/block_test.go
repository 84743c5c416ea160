package graphmodel

import "testing"

// Slices cut from a block have no room to grow: appending to one never
// writes into the next.
func TestBlockCut(t *testing.T) {
	var b block[int]
	b.reserve(5)
	var got [][]int
	for n := 1; n <= 70; n++ {
		s := b.cut(n % 7)
		if len(s) != n%7 || cap(s) != n%7 {
			t.Fatalf("cut(%d): len %d cap %d", n%7, len(s), cap(s))
		}
		for i := range s {
			if s[i] != 0 {
				t.Fatalf("cut(%d) is not zeroed", n%7)
			}
			s[i] = n
		}
		got = append(got, s)
	}
	for i, s := range got {
		_ = append(s, -1)
		for _, v := range s {
			if v != i+1 {
				t.Fatalf("slice %d holds %v", i, s)
			}
		}
	}
	if s := b.cut(lastBlock); len(s) != lastBlock {
		t.Fatalf("long cut: len %d", len(s))
	}
}

// Lists longer than the first block but short enough to share one (a
// node with 43 mentions from a saved file) are cut whole.
func TestBlockCutLongerThanFirstBlock(t *testing.T) {
	for _, n := range []int{firstBlock + 1, 43, lastBlock / 4} {
		var b block[int]
		if s := b.cut(n); len(s) != n || cap(s) != n {
			t.Fatalf("cut(%d) on a fresh block: len %d cap %d", n, len(s), cap(s))
		}
		b.cut(3)
		if s := b.cut(n); len(s) != n {
			t.Fatalf("cut(%d) after a short cut: len %d", n, len(s))
		}
	}
}
