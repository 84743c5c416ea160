package layout

import (
	"container/list"
	"sync"
)

// cache is a bounded LRU of layout results, safe for concurrent use.
type cache struct {
	mu         sync.Mutex
	maxEntries int
	maxBytes   int64
	bytes      int64
	order      *list.List // front = most recent; values are *entry
	items      map[key]*list.Element

	hits, misses int
}

type entry struct {
	k    key
	v    any
	size int64
}

func newCache(entries int, bytes int64) *cache {
	if entries == 0 {
		entries = 32
	}
	if bytes == 0 {
		bytes = 256 << 20
	}
	return &cache{maxEntries: entries, maxBytes: bytes, order: list.New(), items: map[key]*list.Element{}}
}

func (c *cache) disabled() bool { return c.maxEntries < 0 || c.maxBytes < 0 }

func (c *cache) get(k key) (any, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[k]; ok {
		c.order.MoveToFront(el)
		c.hits++
		return el.Value.(*entry).v, true
	}
	c.misses++
	return nil, false
}

func (c *cache) put(k key, v any, size int64) {
	if c.disabled() || size > c.maxBytes {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[k]; ok {
		old := el.Value.(*entry)
		c.bytes += size - old.size
		old.v, old.size = v, size
		c.order.MoveToFront(el)
	} else {
		c.items[k] = c.order.PushFront(&entry{k, v, size})
		c.bytes += size
	}
	for c.order.Len() > c.maxEntries || c.bytes > c.maxBytes {
		last := c.order.Back()
		e := last.Value.(*entry)
		c.order.Remove(last)
		delete(c.items, e.k)
		c.bytes -= e.size
	}
}

// CacheStats reports the layout cache's hits, misses and entries.
func (s *Service) CacheStats() (hits, misses, entries int) {
	c := s.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses, c.order.Len()
}
