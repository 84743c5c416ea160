package extract

import (
	"dossier/graphmodel"
	"dossier/graphmodel/internal/strblock"
)

// scratch holds the per-token and per-sentence buffers of an analysis.
// They are as long as the document, so an Extractor keeps them in a pool
// and the next document reuses them instead of allocating its own.
type scratch struct {
	// analysis is the analysis these buffers serve (newAnalysis sets it
	// afresh for each document; it is about 2 KB).
	analysis analysis

	toks      []token
	lows      []byte    // lower-case forms while tokenizing (see lowerBuf)
	words     wordCache // phrase-index answers for recent words
	qrole     []uint8
	tokSent   []int
	inQuote   []bool
	at        []*mention
	lexMemo   []lexMemo
	titleMemo []titleMemo
	cands     []cand
	capsSent  []bool
	sentHeads []wclass
	sents     []sentence
	paras     [][2]int
	sentMent  [][2]int
	ments     []*mention
	ents      map[string]*entity
	seenKeys  map[string]bool
	givens    map[string]string

	mentions chunks[mention]
	entities chunks[entity]
	stmtMem  chunks[statement]
	meetMem  chunks[meeting]

	// lists of the analysis: entities, meetings, statements
	order    []*entity
	people   []*entity
	meetings []*meeting
	stmts    []*statement
	// targets holds, per entity of order, the entity its affiliation or
	// container edge goes to (see sizeHint)
	targets []*entity
	// short lists (participants, speakers, venues, evidence per entity)
	entLists slab[*entity]
	evLists  slab[entEvidence]
	sentList slab[int]             // sentences of meetings, marks of sentCues
	tokPairs slab[[2]int]          // token ranges of venues of meeting mentions
	spans    slab[graphmodel.Span] // mentions of entities and meetings, evidence
	aliases  slab[string]          // aliases of people (the graph copies them)
	// keys makes the keys of ents (they are dropped with the map's
	// entries, and their blocks when no key of theirs is left)
	keys strblock.Maker
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

// slab hands out short slices of T with their own capacity, cut from
// larger blocks that are reused for the next document. Appending beyond
// a slice's capacity moves it to the heap as usual, so the slices never
// overlap.
type slab[T any] struct {
	blocks [][]T
	b, off int // current block and the offset in it
}

const slabSize = 1024

// list returns an empty slice with room for n values.
func (p *slab[T]) list(n int) []T {
	if n > slabSize {
		return make([]T, 0, n)
	}
	for {
		if p.b == len(p.blocks) {
			p.blocks = append(p.blocks, make([]T, slabSize))
		}
		if blk := p.blocks[p.b]; p.off+n <= len(blk) {
			s := blk[p.off : p.off : p.off+n]
			p.off += n
			return s
		}
		p.b, p.off = p.b+1, 0
	}
}

// reset lets the next lists overwrite the blocks.
func (p *slab[T]) reset() { p.b, p.off = 0, 0 }

// appendSpan appends sp to list. A list's first room (for four spans)
// is cut from the scratch memory: entities and meetings gather their
// mentions and evidence in such lists, and the graph copies what it keeps
// of them.
func (a *analysis) appendSpan(list []graphmodel.Span, sp graphmodel.Span) []graphmodel.Span {
	if cap(list) == 0 {
		list = a.sc.spans.list(4)
	}
	return append(list, sp)
}

// useScratchLists makes the analysis append its entities, people,
// meetings and statements to the scratch buffers.
func (a *analysis) useScratchLists() {
	a.order, a.people, a.meetings, a.stmts = a.sc.order[:0], a.sc.people[:0], a.sc.meetings[:0], a.sc.stmts[:0]
}

// newStatement returns a pointer to a copy of st, kept in the analysis's
// scratch memory.
func (a *analysis) newStatement(st statement) *statement { return a.sc.stmtMem.new(st) }

// newMeeting returns a pointer to a copy of m, kept in the analysis's
// scratch memory.
func (a *analysis) newMeeting(m meeting) *meeting { return a.sc.meetMem.new(m) }

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
	return &scratch{ents: map[string]*entity{}, seenKeys: map[string]bool{}, givens: map[string]string{}}
}

// release hands the analysis's buffers back for the next document. The
// analysis (kept with them) must not be used afterwards. The next analysis overwrites or
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
	sc.stmtMem.reset()
	sc.meetMem.reset()
	sc.entLists.reset()
	sc.evLists.reset()
	sc.sentList.reset()
	sc.tokPairs.reset()
	sc.spans.reset()
	sc.aliases.reset()
	sc.order, sc.people, sc.meetings, sc.stmts = a.order[:0], a.people[:0], a.meetings[:0], a.stmts[:0]
	clear(sc.ents)
	clear(sc.seenKeys)
	clear(sc.givens)
	sc.toks, sc.qrole, sc.tokSent, sc.inQuote = a.toks[:0], a.qrole[:0], a.tokSent[:0], a.inQuote[:0]
	sc.at, sc.lexMemo, sc.capsSent = a.at[:0], a.lexMemo[:0], a.capsSent[:0]
	sc.titleMemo, sc.cands, sc.sentHeads = a.titleMemo[:0], a.cands[:0], a.sentHeads[:0]
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

// grown returns buf resized to n elements, reusing its memory when it is
// large enough; unlike sized it leaves the old contents (the caller
// overwrites or ignores them).
func grown[T any](buf []T, n int) []T {
	if cap(buf) < n {
		return make([]T, n)
	}
	return buf[:n]
}
