package extract

// wordCache remembers the phrase-index answers for recent words. Every
// word of a text is looked up in the index, whose table is too large to
// stay in the processor's caches, so most lookups would wait for memory;
// the words of news text repeat ("the", "said", "minister"), and this
// small table, kept with the other per-analysis buffers, answers them
// from cache. It holds a word's bytes, so its answers are exactly the
// index's.
//
// The tokenizer asks it (see tokenizeBuf). A nil *wordCache answers -1
// and no classes for every word.
type wordCache struct {
	keys *keyTable
	// sets of two slots, the one used last first: 64 bytes, one cache
	// line (two words that fall in one set do not push each other out)
	sets [][2]wordSlot
}

// wordSlot is one remembered lookup.
type wordSlot struct {
	k0, k1 uint64 // the word's bytes, little-endian, zero-padded
	cls    wclass // the key's value (word classes)
	pid    int32  // the key's id, or -1
	n      uint8  // the word's length; 0 marks a free slot
}

const (
	wordCacheBits = 12 // sets
	wordCacheMax  = 16 // longer words are not remembered
)

// use makes c answer from keys (allocating its slots the first time).
func (c *wordCache) use(keys *keyTable) {
	if c.keys != keys {
		c.keys = keys
		c.sets = make([][2]wordSlot, 1<<wordCacheBits)
	}
}

// setOf returns the set for the key of n bytes k0 and k1 (see wordSlot).
func (c *wordCache) setOf(k0, k1 uint64, n int) *[2]wordSlot {
	return &c.sets[(k0*0x9E3779B97F4A7C15^k1*0xC2B2AE3D27D4EB4F^uint64(n))>>(64-wordCacheBits)]
}

// holds reports whether s remembers the key of n bytes k0 and k1.
func (s *wordSlot) holds(k0, k1 uint64, n int) bool {
	return s.k0 == k0 && s.k1 == k1 && int(s.n) == n
}

// find returns the id and classes of the key of n bytes, 1 to 16, which
// k0 and k1 hold (see wordSlot).
func (c *wordCache) find(k0, k1 uint64, n int) (int32, wclass) {
	set := c.setOf(k0, k1, n)
	if s := &set[0]; s.holds(k0, k1, n) {
		return s.pid, s.cls
	}
	return c.miss(set, k0, k1, n)
}

// miss is find when the first slot of the key's set does not hold it:
// the second may, or the index answers. Either way the key's slot is
// then the set's first.
func (c *wordCache) miss(set *[2]wordSlot, k0, k1 uint64, n int) (int32, wclass) {
	if s := set[1]; s.holds(k0, k1, n) {
		set[0], set[1] = s, set[0]
		return s.pid, s.cls
	}
	pid, val := c.keys.findShort(k0, k1, n)
	set[1] = set[0]
	set[0] = wordSlot{k0: k0, k1: k1, cls: wclass(val), pid: pid, n: uint8(n)}
	return pid, wclass(val)
}

// lookup sets the pid and cls of word token t from its key form, key (its
// lower-case form, with ’ made ').
func lookup[K string | []byte](c *wordCache, t *token, key K) {
	if c == nil {
		return
	}
	k0, k1 := first16(key)
	if len(key) == 0 || len(key) > wordCacheMax {
		pid, cls := probe(c.keys, k0, k1, len(key), key)
		t.pid, t.cls = pid, wclass(cls)
		return
	}
	t.pid, t.cls = c.find(k0, k1, len(key))
}

// findString returns the id and classes of key k.
func (c *wordCache) findString(k string) (int32, wclass) {
	var t token
	lookup(c, &t, k)
	return t.pid, t.cls
}
