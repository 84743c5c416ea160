package extract

// scratch holds the per-token and per-sentence buffers of an analysis.
// They are as long as the document, so an Extractor keeps them in a pool
// and the next document reuses them instead of allocating its own.
type scratch struct {
	toks      []token
	qrole     []uint8
	tokSent   []int
	inQuote   []bool
	at        []*mention
	memoEnd   []int32
	memoEs    [][]lexEntry
	titleMemo []titleMemo
	capsSent  []bool
	sents     []sentence
	paras     [][2]int
	sentMent  [][2]int
	ments     []*mention
	ents      map[string]*entity
	seenKeys  map[string]bool
}

// getScratch returns buffers for one analysis.
func (x *Extractor) getScratch() *scratch {
	if sc, ok := x.scratch.Get().(*scratch); ok {
		return sc
	}
	return &scratch{ents: map[string]*entity{}, seenKeys: map[string]bool{}}
}

// release hands the analysis's buffers back for the next document. The
// analysis must not be used afterwards. Buffers that point to what this
// document made are cleared, so the pool keeps nothing of it alive.
func (a *analysis) release() {
	sc := a.sc
	if sc == nil {
		return
	}
	a.sc = nil
	clear(a.toks)
	clear(a.at)
	clear(a.memoEs)
	clear(a.titleMemo)
	clear(a.ments)
	clear(sc.ents)
	clear(sc.seenKeys)
	sc.toks, sc.qrole, sc.tokSent, sc.inQuote = a.toks[:0], a.qrole[:0], a.tokSent[:0], a.inQuote[:0]
	sc.at, sc.memoEnd, sc.memoEs, sc.capsSent = a.at[:0], a.memoEnd[:0], a.memoEs[:0], a.capsSent[:0]
	sc.titleMemo = a.titleMemo[:0]
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
