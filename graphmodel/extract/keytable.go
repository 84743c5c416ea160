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
type keyTable struct {
	seed  maphash.Seed
	slots []uint64 // per slot: hash tag (high 32 bits) and id+1 (low 32 bits); 0 is free
	mask  uint64
	blob  string   // the keys one after the other
	ends  []uint32 // key id ends at ends[id] in blob
}

// newKeyTable indexes keys, which must be distinct; key i gets id i.
func newKeyTable(keys []string) keyTable {
	size := 16
	for size < len(keys)+len(keys)/2 {
		size <<= 1
	}
	t := keyTable{seed: maphash.MakeSeed(), slots: make([]uint64, size), mask: uint64(size - 1), ends: make([]uint32, len(keys))}
	var b strings.Builder
	for id, k := range keys {
		b.WriteString(k)
		t.ends[id] = uint32(b.Len())
	}
	t.blob = b.String()
	for id, k := range keys {
		h := maphash.String(t.seed, k)
		i := h & t.mask
		for t.slots[i] != 0 {
			i = (i + 1) & t.mask
		}
		t.slots[i] = h&^0xffffffff | uint64(id+1)
	}
	return t
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
	if len(t.slots) == 0 {
		return -1
	}
	return probe(t, maphash.String(t.seed, k), k)
}

// findBytes returns the id of string(k), or -1.
func (t *keyTable) findBytes(k []byte) int32 {
	if len(t.slots) == 0 {
		return -1
	}
	return probe(t, maphash.Bytes(t.seed, k), k)
}

func probe[K string | []byte](t *keyTable, h uint64, k K) int32 {
	tag := h &^ 0xffffffff
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := t.slots[i]
		if s == 0 {
			return -1
		}
		if s&^0xffffffff == tag {
			id := int32(s&0xffffffff) - 1
			if t.key(id) == string(k) {
				return id
			}
		}
	}
}
