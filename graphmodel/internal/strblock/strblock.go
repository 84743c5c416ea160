// Package strblock makes strings that share larger blocks of memory.
// Building a graph makes hundreds of short id strings per document, each
// of which would be an allocation of its own; cut from shared blocks they
// cost one allocation per block. A block stays in memory while any string
// cut from it is in use, so it suits strings that live as long as each
// other (the ids of one graph).
package strblock

import "strings"

const (
	firstBlock = 512  // a graph of one short document needs a few of these
	lastBlock  = 4096 // blocks double in size up to this
	maxShared  = 256  // longer strings are allocated on their own
)

// Maker hands out strings. The zero value is ready to use; a Maker must
// not be copied after first use.
type Maker struct {
	b    strings.Builder
	next int // size of the next block
}

// Bytes returns string(p).
func (m *Maker) Bytes(p []byte) string {
	if len(p) > maxShared {
		return string(p)
	}
	if m.b.Cap()-m.b.Len() < len(p) {
		m.next = min(max(2*m.next, firstBlock), lastBlock)
		m.newBlock(m.next)
	}
	start := m.b.Len()
	m.b.Write(p)
	return m.b.String()[start:]
}

// Reserve makes room for strings of n bytes in all (Bytes then needs no
// new block for them).
func (m *Maker) Reserve(n int) {
	if m.b.Cap()-m.b.Len() < n {
		m.newBlock(n)
	}
}

// newBlock starts a block of n bytes. The strings cut from the one
// before keep it: a Builder never changes bytes it has written.
func (m *Maker) newBlock(n int) {
	m.b = strings.Builder{}
	m.b.Grow(n)
}
