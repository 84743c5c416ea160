package extract

import (
	"hash/maphash"
	"math/bits"
	"strings"
)

// keyTable maps a fixed set of strings to dense ids 0…n-1. It is a Go map
// in effect, but one the garbage collector does not have to walk: the
// keys sit in one string and the slots are plain numbers. The lexicon's
// tens of thousands of phrase keys live in one, so that collections
// during extraction do not scan them again and again.
//
// A slot holds a key's first sixteen bytes as well, so that most lookups
// (of words that short) read the slot alone and not the key's ends and
// bytes elsewhere in memory; and a value per key, which such a lookup
// then finds in the same place (the phrase index keeps a word's classes
// there: looked up for every word of a text, they would otherwise cost a
// second cache miss in an array as large as the table). Slots are 32
// bytes: two to a cache line, none across two.
//
// The hash is computed from the key's bytes eight at a time (see
// keyHash), the words the tokenizer and the word cache have at hand.
type keyTable struct {
	seed  uint64
	slots []keySlot
	mask  uint64
	blob  string   // the keys one after the other
	ends  []uint32 // key id ends at ends[id] in blob
}

// keySlot is one slot of a keyTable; head 0 marks a free slot.
type keySlot struct {
	head   uint64 // hash tag (high 24 bits), key length up to 255 (next 8), id+1 (low 32)
	k0, k1 uint64 // the key's first sixteen bytes, little-endian, zero-padded
	val    uint64 // the key's value
}

// newKeyTable indexes keys, which must be distinct; key i gets id i and
// value vals[i] (vals may be nil: all values 0).
func newKeyTable(keys []string, vals []uint64) keyTable {
	size := 16
	for size < len(keys)+len(keys)/2 {
		size <<= 1
	}
	// a seed per table, so that no text can be made to hit its longest
	// probe sequences by design
	t := keyTable{seed: maphash.Comparable(maphash.MakeSeed(), 0) | 1, slots: make([]keySlot, size), mask: uint64(size - 1), ends: make([]uint32, len(keys))}
	var b strings.Builder
	for id, k := range keys {
		b.WriteString(k)
		t.ends[id] = uint32(b.Len())
	}
	t.blob = b.String()
	for id, k := range keys {
		k0, k1 := first16(k)
		h := keyHash(&t, k0, k1, len(k), k)
		i := h & t.mask
		for t.slots[i].head != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = keySlot{head: slotTag(h, len(k)) | uint64(id+1), k0: k0, k1: k1}
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

// keyHash returns the hash of a key of n bytes whose first sixteen are k0
// and k1 (see first16): those, the length and any further bytes (of k,
// the whole key: read only when n is more than 16), eight at a time,
// each mixed in with a multiplication.
func keyHash[K string | []byte](t *keyTable, k0, k1 uint64, n int, k K) uint64 {
	h := mix(t.seed^k0, 0x9E3779B97F4A7C15^uint64(n)) ^ mix(k1, 0xC2B2AE3D27D4EB4F)
	for i := 16; i < n; i += 8 {
		h = mix(h, first8(k[i:])^0x165667B19E3779F9)
	}
	return h ^ h>>29
}

// mix folds a and b into 64 bits: the high and low halves of their
// 128-bit product.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a, b)
	return hi ^ lo
}

// first16 returns the first sixteen bytes of k as two words (see first8).
func first16[K string | []byte](k K) (uint64, uint64) {
	if len(k) <= 8 {
		return first8(k), 0
	}
	return first8(k), first8(k[8:])
}

// first8 returns the first eight bytes of k (fewer when k is shorter,
// zero-padded), little-endian.
func first8[K string | []byte](k K) uint64 {
	switch n := len(k); {
	case n >= 8:
		return uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24 |
			uint64(k[4])<<32 | uint64(k[5])<<40 | uint64(k[6])<<48 | uint64(k[7])<<56
	case n >= 4:
		// two four-byte words that overlap where n < 8: the bytes they
		// share are the same
		lo := uint64(k[0]) | uint64(k[1])<<8 | uint64(k[2])<<16 | uint64(k[3])<<24
		hi := uint64(k[n-4]) | uint64(k[n-3])<<8 | uint64(k[n-2])<<16 | uint64(k[n-1])<<24
		return lo | hi<<(8*(n-4))
	case n > 0:
		return uint64(k[0]) | uint64(k[n/2])<<(8*(n/2)) | uint64(k[n-1])<<(8*(n-1))
	}
	return 0
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
	k0, k1 := first16(k)
	return probe(t, k0, k1, len(k), k)
}

// findShort is findVal for a key of n bytes, at most 16, which k0 and k1
// hold.
func (t *keyTable) findShort(k0, k1 uint64, n int) (int32, uint64) {
	return probe(t, k0, k1, n, "")
}

// findWordsBytes is findBytesVal for k whose first sixteen bytes are k0
// and k1.
func (t *keyTable) findWordsBytes(k0, k1 uint64, k []byte) (int32, uint64) {
	return probe(t, k0, k1, len(k), k)
}

// findBytes returns the id of string(k), or -1.
func (t *keyTable) findBytes(k []byte) int32 {
	id, _ := t.findBytesVal(k)
	return id
}

// findBytesVal returns the id of string(k) and its value, or -1 and 0.
func (t *keyTable) findBytesVal(k []byte) (int32, uint64) {
	k0, k1 := first16(k)
	return probe(t, k0, k1, len(k), k)
}

// probe looks up the key of n bytes whose first sixteen are k0 and k1,
// and which k holds (needed only for keys longer than sixteen bytes).
func probe[K string | []byte](t *keyTable, k0, k1 uint64, n int, k K) (int32, uint64) {
	if len(t.slots) == 0 {
		return -1, 0
	}
	h := keyHash(t, k0, k1, n, k)
	tag := slotTag(h, n)
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.head == 0 {
			return -1, 0
		}
		if s.head&^0xffffffff != tag || s.k0 != k0 || s.k1 != k1 {
			continue
		}
		id := int32(s.head&0xffffffff) - 1
		if n <= 16 || t.key(id) == string(k) {
			return id, s.val // length and first bytes agree: nothing else to compare
		}
	}
}
