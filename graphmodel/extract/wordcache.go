package extract

// wordCache remembers the phrase-index answers for recent words. Every
// word of a text is looked up in the index, whose table is too large to
// stay in the processor's caches, so most lookups would wait for memory;
// the words of news text repeat ("the", "said", "minister"), and this
// small table, kept with the other per-analysis buffers, answers them
// from cache. It holds a word's bytes, so its answers are exactly the
// index's.
type wordCache struct {
	slots []wordSlot // direct mapped; allocated on first use
}

// wordSlot is one remembered lookup.
type wordSlot struct {
	k0, k1 uint64 // the word's bytes, little-endian, zero-padded
	cls    uint64 // the key's value (word classes)
	pid    int32  // the key's id, or -1
	n      uint8  // the word's length; 0 marks a free slot
}

const (
	wordCacheBits = 12
	wordCacheMax  = 16 // longer words are not remembered
)

// findVal returns keys.findVal(k), remembering the answer for next time.
func (c *wordCache) findVal(keys *keyTable, k string) (int32, uint64) {
	if len(k) == 0 || len(k) > wordCacheMax {
		return keys.findVal(k)
	}
	if c.slots == nil {
		c.slots = make([]wordSlot, 1<<wordCacheBits)
	}
	k0, k1 := first8(k), uint64(0)
	if len(k) > 8 {
		k1 = first8(k[8:])
	}
	h := (k0*0x9E3779B97F4A7C15 ^ k1*0xC2B2AE3D27D4EB4F ^ uint64(len(k))) >> (64 - wordCacheBits)
	s := &c.slots[h]
	if int(s.n) == len(k) && s.k0 == k0 && s.k1 == k1 {
		return s.pid, s.cls
	}
	pid, cls := keys.findVal(k)
	*s = wordSlot{k0: k0, k1: k1, cls: cls, pid: pid, n: uint8(len(k))}
	return pid, cls
}
