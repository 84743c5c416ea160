package extract

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// People added for later are indexed, in order, by the first read, as
// add would have indexed them.
func TestGraphIndexAddLater(t *testing.T) {
	now, later := newGraphIndex(), newGraphIndex()
	labels := []string{"Vladimir Putin", "Anna Putin", "Recep Tayyip Erdoğan", "X", ""}
	for i, label := range labels {
		id := "id" + string(rune('a'+i))
		now.add(id, label, nil)
		later.addLater(id, label, 2)
	}
	now.add("ida", "Someone Else", nil)
	later.addLater("ida", "Someone Else", 2)
	assert.Nil(t, later.surnames, "nothing is indexed before a read")
	later.mu.Lock()
	later.settle(nil)
	later.mu.Unlock()
	assert.Equal(t, now.surnames, later.surnames)
	assert.Equal(t, now.indexed, later.indexed)
	assert.Empty(t, later.pending)
}
