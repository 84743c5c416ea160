package graphmodel

import "testing"

// The switches of Kind.index and EdgeKind.index must follow the order of
// kinds and edgeKinds, which the tables indexed by them rely on.
func TestKindIndex(t *testing.T) {
	for i, k := range kinds {
		if k.index() != i {
			t.Errorf("%s.index() = %d, want %d", k, k.index(), i)
		}
	}
	for i, k := range edgeKinds {
		if k.index() != i {
			t.Errorf("%s.index() = %d, want %d", k, k.index(), i)
		}
	}
	if Kind("person").Valid() || EdgeKind("actor").Valid() || Kind("").Valid() || EdgeKind("").Valid() {
		t.Error("an unknown kind is valid")
	}
	if got := len(endpoints[EdgeRelated.index()]); got != 0 {
		t.Errorf("related edges list %d endpoint pairs; they join anything", got)
	}
}
