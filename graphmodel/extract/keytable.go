package extract

import (
	"hash/maphash"
	"strings"
)

// keyTable maps a fixed set of strings to dense ids 0…n-1. It is a Go map
// in effect, but one the garbage collector does not have to walk: the
// keys sit in one string and the slots are plain numbers. The lexicon's
// tens of thousands of phrase keys live in one, so that collections
// during extraction do not scan them again and again.
//
// A slot holds a key's first eight bytes as well, so that most lookups
// (of words that short) read the slot alone and not the key's ends and
// bytes elsewhere in memory; and a value per key, which such a lookup
// then finds in the same place (the phrase index keeps a word's classes
// there: looked up for every word of a text, they would otherwise cost a
// second cache miss in an array as large as the table).
type keyTable struct {
	seed  maphash.Seed
	slots []keySlot
	mask  uint64
	blob  string   // the keys one after the other
	ends  []uint32 // key id ends at ends[id] in blob
}

// keySlot is one slot of a keyTable; head 0 marks a free slot.
type keySlot struct {
	head  uint64 // hash tag (high 24 bits), key length up to 255 (next 8), id+1 (low 32)
	first uint64 // the key's first eight bytes, little-endian, zero-padded
	val   uint64 // the key's value
}

// newKeyTable indexes keys, which must be distinct; key i gets id i and
// value vals[i] (vals may be nil: all values 0).
func newKeyTable(keys []string, vals []uint64) keyTable {
	size := 16
	for size < len(keys)+len(keys)/2 {
		size <<= 1
	}
	t := keyTable{seed: maphash.MakeSeed(), slots: make([]keySlot, size), mask: uint64(size - 1), ends: make([]uint32, len(keys))}
	var b strings.Builder
	for id, k := range keys {
		b.WriteString(k)
		t.ends[id] = uint32(b.Len())
	}
	t.blob = b.String()
	for id, k := range keys {
		h := maphash.String(t.seed, k)
		i := h & t.mask
		for t.slots[i].head != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = keySlot{head: slotTag(h, len(k)) | uint64(id+1), first: first8(k)}
		if vals != nil {
			t.slots[i].val = vals[id]
		}
	}
	return t
}

// slotTag returns the high 32 bits of a slot head for a key of length n
// with hash h.
func slotTag(h uint64, n int) uint64 {
	return h&^(1<<40-1) | uint64(min(n, 255))<<32
}

// first8 returns the first eight bytes of k (fewer when k is shorter,
// zero-padded), little-endian.
func first8[K string | []byte](k K) uint64 {
	if len(k) >= 8 {
		return uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24 |
			uint64(k[4])<<32 | uint64(k[5])<<40 | uint64(k[6])<<48 | uint64(k[7])<<56
	}
	var v uint64
	for i := len(k) - 1; i >= 0; i-- {
		v = v<<8 | uint64(k[i])
	}
	return v
}

// len returns the number of keys.
func (t *keyTable) len() int { return len(t.ends) }

// key returns the key with the given id.
func (t *keyTable) key(id int32) string {
	start := uint32(0)
	if id > 0 {
		start = t.ends[id-1]
	}
	return t.blob[start:t.ends[id]]
}

// find returns the id of k, or -1.
func (t *keyTable) find(k string) int32 {
	id, _ := t.findVal(k)
	return id
}

// findVal returns the id of k and its value, or -1 and 0.
func (t *keyTable) findVal(k string) (int32, uint64) {
	if len(t.slots) == 0 {
		return -1, 0
	}
	return probe(t, maphash.String(t.seed, k), k)
}

// findBytes returns the id of string(k), or -1.
func (t *keyTable) findBytes(k []byte) int32 {
	id, _ := t.findBytesVal(k)
	return id
}

// findBytesVal returns the id of string(k) and its value, or -1 and 0.
func (t *keyTable) findBytesVal(k []byte) (int32, uint64) {
	if len(t.slots) == 0 {
		return -1, 0
	}
	return probe(t, maphash.Bytes(t.seed, k), k)
}

func probe[K string | []byte](t *keyTable, h uint64, k K) (int32, uint64) {
	tag := slotTag(h, len(k))
	var f uint64
	fk := false // f holds first8(k)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.head == 0 {
			return -1, 0
		}
		if s.head&^0xffffffff != tag {
			continue
		}
		if !fk {
			f, fk = first8(k), true
		}
		if s.first == f {
			id := int32(s.head&0xffffffff) - 1
			if len(k) <= 8 || t.key(id) == string(k) {
				return id, s.val // length and first bytes agree: nothing else to compare
			}
		}
	}
}
