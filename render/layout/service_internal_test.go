package layout

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// fakeBackend stands in for Graphviz: each render announces itself on
// started and, when gate is set, waits for a value on it.
type fakeBackend struct {
	gate      chan struct{}
	started   chan string
	active    atomic.Int32
	maxActive atomic.Int32
	renders   atomic.Int32
}

func (f *fakeBackend) name() string { return "fake" }
func (f *fakeBackend) close() error { return nil }

func (f *fakeBackend) render(ctx context.Context, dot []byte, engine, format string) ([]byte, error) {
	n := f.active.Add(1)
	defer f.active.Add(-1)
	for {
		m := f.maxActive.Load()
		if n <= m || f.maxActive.CompareAndSwap(m, n) {
			break
		}
	}
	f.renders.Add(1)
	if f.started != nil {
		f.started <- string(dot)
	}
	if f.gate != nil {
		<-f.gate
	}
	if string(dot) == "fail" {
		return nil, errors.New("boom")
	}
	return []byte(fmt.Sprintf(`{"name":"g%d","bb":"0,0,10,10","objects":[{"_gvid":0,"name":"a","pos":"5,5","width":"0.1","height":"0.1"}]}`, len(dot))), nil
}

func TestConcurrentCallersAreSerialized(t *testing.T) {
	fb := &fakeBackend{}
	s := start(fb, Options{})
	defer s.Close()
	var wg sync.WaitGroup
	for i := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc, err := s.Layout(context.Background(), []byte(fmt.Sprintf("graph %d", i)), "dot")
			assert.NoError(t, err)
			assert.Len(t, sc.Nodes, 1)
		}()
	}
	wg.Wait()
	assert.Equal(t, int32(1), fb.maxActive.Load(), "never two renders at once")
	assert.Equal(t, int32(16), fb.renders.Load())
}

func TestStaleGenerationsAreDropped(t *testing.T) {
	fb := &fakeBackend{gate: make(chan struct{}), started: make(chan string, 4)}
	s := start(fb, Options{})
	defer s.Close()
	results := make(chan Result, 3)
	ga := s.Submit(context.Background(), []byte("A"), "dot", func(r Result) { results <- r })
	require.Equal(t, "A", <-fb.started, "A is being laid out")
	gb := s.Submit(context.Background(), []byte("B"), "dot", func(r Result) { results <- r })
	gc := s.Submit(context.Background(), []byte("C"), "dot", func(r Result) { results <- r })
	assert.True(t, ga < gb && gb < gc)
	assert.Equal(t, gc, s.Generation())

	fb.gate <- struct{}{} // A finishes, after B and C were asked for
	require.Equal(t, "C", <-fb.started, "B is skipped: C is next")
	fb.gate <- struct{}{}

	got := map[uint64]Result{}
	for range 3 {
		r := <-results
		got[r.Gen] = r
	}
	assert.ErrorIs(t, got[ga].Err, ErrStale, "A finished too late")
	assert.Nil(t, got[ga].Scene)
	assert.ErrorIs(t, got[gb].Err, ErrStale, "B was never run")
	require.NoError(t, got[gc].Err)
	assert.NotNil(t, got[gc].Scene)
	assert.Equal(t, int32(2), fb.renders.Load())
}

func TestCancelReturnsAtOnceAndDropsTheResult(t *testing.T) {
	fb := &fakeBackend{gate: make(chan struct{}), started: make(chan string, 4)}
	s := start(fb, Options{})
	defer s.Close()
	ctx, cancel := context.WithCancel(context.Background())
	errc := make(chan error, 1)
	go func() {
		_, err := s.Layout(ctx, []byte("slow"), "dot")
		errc <- err
	}()
	<-fb.started
	queuedCtx, queuedCancel := context.WithCancel(context.Background())
	queued := make(chan error, 1)
	go func() {
		_, err := s.Render(queuedCtx, []byte("queued"), "dot", "svg")
		queued <- err
	}()
	cancel()
	assert.ErrorIs(t, <-errc, context.Canceled, "the caller does not wait for the render")
	queuedCancel()
	assert.ErrorIs(t, <-queued, context.Canceled)

	fb.gate <- struct{}{} // the render it could not interrupt ends; nobody gets it
	go func() { fb.gate <- struct{}{} }()
	sc, err := s.Layout(context.Background(), []byte("next"), "dot")
	require.NoError(t, err, "the service goes on")
	assert.NotNil(t, sc)
	assert.Equal(t, int32(2), fb.renders.Load(), "the cancelled queued request never ran")
}

func TestCacheMakesReturningInstant(t *testing.T) {
	fb := &fakeBackend{}
	s := start(fb, Options{CacheEntries: 2})
	defer s.Close()
	ctx := context.Background()
	a1, err := s.Layout(ctx, []byte("A"), "dot")
	require.NoError(t, err)
	a2, err := s.Layout(ctx, []byte("A"), "dot")
	require.NoError(t, err)
	assert.Same(t, a1, a2)
	assert.Equal(t, int32(1), fb.renders.Load())

	_, err = s.Layout(ctx, []byte("A"), "neato")
	require.NoError(t, err)
	assert.Equal(t, int32(2), fb.renders.Load(), "the engine is part of the key")
	for _, d := range []string{"B", "C", "D"} {
		_, err = s.Layout(ctx, []byte(d), "dot")
		require.NoError(t, err)
	}
	_, err = s.Layout(ctx, []byte("A"), "dot")
	require.NoError(t, err)
	assert.Equal(t, int32(6), fb.renders.Load(), "A was evicted: the cache is bounded")
	_, _, entries := s.CacheStats()
	assert.LessOrEqual(t, entries, 2*2, "at most 2 scenes and 2 outputs")

	_, err = s.Layout(ctx, []byte("fail"), "dot")
	require.ErrorContains(t, err, "boom")
	_, err = s.Layout(ctx, []byte("fail"), "dot")
	require.Error(t, err, "failures are not cached")

	off := start(&fakeBackend{}, Options{CacheEntries: -1})
	defer off.Close()
	_, err = off.Layout(ctx, []byte("A"), "dot")
	require.NoError(t, err)
	_, _, entries = off.CacheStats()
	assert.Zero(t, entries)
}

func TestCloseFailsQueuedRequests(t *testing.T) {
	fb := &fakeBackend{gate: make(chan struct{}), started: make(chan string, 4)}
	s := start(fb, Options{})
	first := make(chan error, 1)
	go func() {
		_, err := s.Layout(context.Background(), []byte("running"), "dot")
		first <- err
	}()
	<-fb.started
	res := make(chan Result, 1)
	s.Submit(context.Background(), []byte("queued"), "dot", func(r Result) { res <- r })
	s.shutdown() // what Close does first; Close then waits for the owner
	fb.gate <- struct{}{}
	require.NoError(t, s.Close())
	assert.NoError(t, <-first, "a render in progress finishes")
	assert.ErrorIs(t, (<-res).Err, ErrClosed)
	_, err := s.Layout(context.Background(), []byte("late"), "dot")
	assert.ErrorIs(t, err, ErrClosed)
	assert.NoError(t, s.Close(), "closing twice is fine")
}

func TestInputChecks(t *testing.T) {
	s := start(&fakeBackend{}, Options{})
	defer s.Close()
	ctx := context.Background()
	_, err := s.Layout(ctx, []byte("digraph{}"), "nosuch")
	assert.ErrorIs(t, err, ErrEngine)
	_, err = s.Render(ctx, []byte("digraph{}"), "dot", "png")
	assert.ErrorIs(t, err, ErrFormat, "png is broken in go-graphviz: never asked for")
	_, err = s.Layout(ctx, []byte("  \n"), "dot")
	assert.ErrorIs(t, err, ErrInput)
	_, err = s.Layout(ctx, []byte("digraph {\n a [label=\"caf\xe9\"] }"), "dot")
	assert.ErrorIs(t, err, ErrInput)
	assert.ErrorContains(t, err, "line 2, column 15")
	_, err = s.Layout(ctx, []byte("digraph { charset=latin1; a [label=\"caf\xe9\"] }"), "dot")
	assert.NoError(t, err, "declared Latin-1 goes to Graphviz")

	res := make(chan Result, 1)
	s.Submit(ctx, []byte("digraph{}"), "nosuch", func(r Result) { res <- r })
	assert.ErrorIs(t, (<-res).Err, ErrEngine)
}

func TestWasmRecoversFromAFailedRender(t *testing.T) {
	w, err := newWasm(context.Background())
	require.NoError(t, err)
	defer w.close()
	ctx := context.Background()
	src := []byte("digraph { a -> b }")
	_, err = w.render(ctx, src, "dot", "pdf")
	require.Error(t, err, "pdf fails in go-graphviz")
	out, err := w.render(ctx, src, "dot", "json")
	require.NoError(t, err, "the instance is recreated after the failure")
	assert.Contains(t, string(out), `"bb"`)

	_, err = w.render(ctx, []byte("digraph { a -> "), "dot", "json")
	require.ErrorContains(t, err, "syntax error")
	_, err = w.render(ctx, src, "nosuch", "json")
	require.Error(t, err)
	_, err = w.render(ctx, src, "dot", "json")
	require.NoError(t, err)
}
