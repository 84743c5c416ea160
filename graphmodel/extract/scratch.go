package extract

// scratch holds the per-token and per-sentence buffers of an analysis.
// They are as long as the document, so an Extractor keeps them in a pool
// and the next document reuses them instead of allocating its own.
type scratch struct {
	toks      []token
	lows      []byte // lower-case forms while tokenizing
	qrole     []uint8
	tokSent   []int
	inQuote   []bool
	at        []*mention
	memoEnd   []int32
	memoEs    [][]lexEntry
	titleMemo []titleMemo
	cands     []cand
	capsSent  []bool
	sents     []sentence
	paras     [][2]int
	sentMent  [][2]int
	ments     []*mention
	ents      map[string]*entity
	seenKeys  map[string]bool

	mentions chunks[mention]
	entities chunks[entity]
}

// chunks hands out values of T from fixed-size chunks that stay where
// they are, so pointers to them remain valid while more are handed out;
// reset makes the memory reusable for the next document.
type chunks[T any] struct {
	blocks [][]T
	used   int
}

const chunkSize = 64

// new returns a pointer to a copy of v in the chunks.
func (c *chunks[T]) new(v T) *T {
	b, k := c.used/chunkSize, c.used%chunkSize
	if b == len(c.blocks) {
		c.blocks = append(c.blocks, make([]T, chunkSize))
	}
	c.used++
	p := &c.blocks[b][k]
	*p = v
	return p
}

// reset lets the next values overwrite the chunks.
func (c *chunks[T]) reset() { c.used = 0 }

// newEntity returns a pointer to a copy of e, kept in the analysis's
// scratch memory.
func (a *analysis) newEntity(e entity) *entity { return a.sc.entities.new(e) }

// newMention returns a pointer to a copy of m, kept in the analysis's
// scratch memory.
func (a *analysis) newMention(m mention) *mention { return a.sc.mentions.new(m) }

// getScratch returns buffers for one analysis.
func (x *Extractor) getScratch() *scratch {
	if sc, ok := x.scratch.Get().(*scratch); ok {
		return sc
	}
	return &scratch{ents: map[string]*entity{}, seenKeys: map[string]bool{}}
}

// release hands the analysis's buffers back for the next document. The
// analysis must not be used afterwards. The next analysis overwrites or
// clears every buffer before it reads it (only the maps are cleared
// here); what the buffers still point to stays alive until then, or
// until the pool drops them at a garbage collection.
func (a *analysis) release() {
	sc := a.sc
	if sc == nil {
		return
	}
	a.sc = nil
	sc.mentions.reset()
	sc.entities.reset()
	clear(sc.ents)
	clear(sc.seenKeys)
	sc.toks, sc.qrole, sc.tokSent, sc.inQuote = a.toks[:0], a.qrole[:0], a.tokSent[:0], a.inQuote[:0]
	sc.at, sc.memoEnd, sc.memoEs, sc.capsSent = a.at[:0], a.memoEnd[:0], a.memoEs[:0], a.capsSent[:0]
	sc.titleMemo, sc.cands = a.titleMemo[:0], a.cands[:0]
	sc.sents, sc.paras, sc.sentMent, sc.ments = a.sents[:0], a.paras[:0], a.sentMent[:0], a.ments[:0]
	a.x.scratch.Put(sc)
}

// sized returns buf resized to n zero elements, reusing its memory when
// it is large enough.
func sized[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	buf = buf[:n]
	clear(buf)
	return buf
}
