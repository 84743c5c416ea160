// Package layout runs Graphviz and turns its output into scenes.
//
// A Service owns one Graphviz: the native programs when they are
// installed (exec dot -K<engine> with a timeout, killed on cancel), or
// go-graphviz's WebAssembly build otherwise. go-graphviz is not safe for
// concurrent use, so one goroutine owns the instance and every request
// goes through a queue to it; callers never touch it. Results are cached
// by (hash of the DOT text, engine, format), so returning to a view is
// instant. Asynchronous requests carry a generation number: a newer one
// makes older ones stale, and stale results are dropped.
package layout

import (
	"bytes"
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"dossier/render/scene"
)

// Errors callers may test with errors.Is.
var (
	ErrClosed  = errors.New("layout service closed")
	ErrStale   = errors.New("layout superseded by a newer request")
	ErrTimeout = errors.New("layout timed out")
	ErrEngine  = errors.New("unknown layout engine")
	ErrFormat  = errors.New("unsupported output format")
	ErrInput   = errors.New("invalid DOT input")
)

// Engines lists the layout engines offered, in menu order. "saved" lays
// out with neato, keeping nodes the DOT pins with pos="x,y!" where they
// are (render/dot writes those with Options.SavedPositions).
var Engines = []string{"dot", "neato", "fdp", "sfdp", "circo", "twopi", "saved"}

// Formats lists the output formats Render accepts. go-graphviz's png and
// jpg output is broken (no strokes) and pdf, bmp, gif and webp fail and
// can break the instance, so images are painted from scenes instead.
var Formats = []string{"json", "svg", "dot", "xdot", "plain"}

func known(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Options configure a Service. The zero value picks native Graphviz when
// installed, with default limits.
type Options struct {
	// Backend is "auto" (or ""): native Graphviz when `dot` is on PATH,
	// WebAssembly otherwise; "wasm" or "native" force one ("native" fails
	// when Graphviz is not installed).
	Backend string
	// NativeTimeout bounds one native Graphviz run (default 2 minutes).
	NativeTimeout time.Duration
	// CacheEntries and CacheBytes bound the layout cache (defaults 32
	// entries, 256 MB of Graphviz output); a negative value disables it.
	CacheEntries int
	CacheBytes   int64
}

// Service lays out DOT text on one goroutine that owns Graphviz.
// Its methods are safe for concurrent use.
type Service struct {
	be      backend // owned by the run goroutine after New
	backend string  // be.name(), fixed after New

	mu      sync.Mutex
	queue   []*request
	closed  bool
	wake    chan struct{} // capacity 1: "the queue changed"
	stopped chan struct{} // closed when run returns

	gen   atomic.Uint64 // newest asynchronous generation
	cache *cache

	running atomic.Int32 // renders in progress (0 or 1), for tests

	parseOpt scene.ParseOptions // how this backend's json writes text
}

type request struct {
	ctx    context.Context
	dot    []byte
	engine string // Graphviz engine (saved is already neato)
	format string
	gen    uint64 // 0 for synchronous requests
	reply  func(out []byte, err error)
}

// New starts a service. With native Graphviz it checks the installed
// version; with WebAssembly it creates the instance (go-graphviz compiles
// its module when the program starts, before New runs).
func New(ctx context.Context, opt Options) (*Service, error) {
	if opt.NativeTimeout <= 0 {
		opt.NativeTimeout = 2 * time.Minute
	}
	var be backend
	switch opt.Backend {
	case "", "auto":
		if nb, err := findNative(ctx, opt.NativeTimeout); err == nil {
			be = nb
		}
	case "native":
		nb, err := findNative(ctx, opt.NativeTimeout)
		if err != nil {
			return nil, fmt.Errorf("new layout service: %w", err)
		}
		be = nb
	case "wasm":
	default:
		return nil, fmt.Errorf("new layout service: unknown backend %q (auto, wasm or native)", opt.Backend)
	}
	if be == nil {
		wb, err := newWasm(ctx)
		if err != nil {
			return nil, fmt.Errorf("new layout service: %w", err)
		}
		be = wb
	}
	po := probe(ctx, be) // before the owner goroutine takes the backend over
	s := start(be, opt)
	s.parseOpt = po
	return s, nil
}

// probe finds out how the backend's json output writes a backslash in a
// label's text (Graphviz 12 doubles it, 2.43 does not).
func probe(ctx context.Context, be backend) scene.ParseOptions {
	out, err := be.render(ctx, []byte(`digraph { a [label="\\"] }`), "dot", "json")
	if err != nil {
		return scene.ParseOptions{}
	}
	sc, err := scene.Parse(out)
	if err != nil || len(sc.Nodes) != 1 {
		return scene.ParseOptions{}
	}
	return scene.ParseOptions{TextEscaped: sc.Nodes[0].Label == `\\`}
}

// start runs a service around a backend.
func start(be backend, opt Options) *Service {
	s := &Service{
		be:      be,
		backend: be.name(),
		wake:    make(chan struct{}, 1),
		stopped: make(chan struct{}),
		cache:   newCache(opt.CacheEntries, opt.CacheBytes),
	}
	go s.run()
	return s
}

// Backend says which Graphviz runs, e.g. "native Graphviz 2.43.0" or
// "Graphviz 12.1.2 (WebAssembly)".
func (s *Service) Backend() string { return s.backend }

// Native reports whether the service runs the installed Graphviz programs.
func (s *Service) Native() bool {
	_, ok := s.be.(*nativeBackend)
	return ok
}

// Close stops the service: queued requests fail with ErrClosed, a render
// in progress finishes first. Close waits for the owner goroutine.
func (s *Service) Close() error {
	s.shutdown()
	<-s.stopped
	return nil
}

// shutdown refuses new requests and tells the owner goroutine to stop.
func (s *Service) shutdown() {
	s.mu.Lock()
	s.closed = true
	s.mu.Unlock()
	s.signal()
}

func (s *Service) signal() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *Service) enqueue(r *request) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return ErrClosed
	}
	s.queue = append(s.queue, r)
	s.signal()
	return nil
}

// run is the owner goroutine: it alone calls the backend.
func (s *Service) run() {
	defer close(s.stopped)
	for {
		s.mu.Lock()
		if len(s.queue) == 0 {
			closed := s.closed
			s.mu.Unlock()
			if closed {
				_ = s.be.close() // nothing is left to report it to
				return
			}
			<-s.wake
			continue
		}
		r := s.queue[0]
		s.queue[0] = nil
		s.queue = s.queue[1:]
		closed := s.closed
		s.mu.Unlock()

		switch {
		case closed:
			r.reply(nil, ErrClosed)
		case r.ctx.Err() != nil:
			r.reply(nil, r.ctx.Err())
		case r.gen != 0 && r.gen != s.gen.Load():
			r.reply(nil, ErrStale)
		default:
			s.running.Add(1)
			var out []byte
			var err error
			if r.engine == "sfdp" {
				out, err = s.renderSfdp(r.ctx, r.dot, r.format)
			} else {
				out, err = s.be.render(r.ctx, r.dot, r.engine, r.format)
			}
			s.running.Add(-1)
			r.reply(out, err)
		}
	}
}

// key identifies a cached result.
type key struct {
	sum            [32]byte
	engine, format string
}

// check validates a request and returns the Graphviz engine and the DOT
// text to give it.
func check(dot []byte, engine, format string) (string, []byte, error) {
	if !known(Engines, engine) {
		return "", nil, fmt.Errorf("%w %q (one of %v)", ErrEngine, engine, Engines)
	}
	if !known(Formats, format) {
		return "", nil, fmt.Errorf("%w %q (one of %v)", ErrFormat, format, Formats)
	}
	dot, err := checkText(dot)
	if err != nil {
		return "", nil, err
	}
	if engine == "saved" {
		engine = "neato"
	}
	return engine, dot, nil
}

// checkText refuses empty input and invalid UTF-8. A graph that declares
// a Latin-1 charset is converted to UTF-8 here and declared as such:
// Graphviz (2.43 and 12) reads Latin-1 but its json output then encodes
// the text twice.
func checkText(dot []byte) ([]byte, error) {
	if len(bytes.TrimSpace(dot)) == 0 {
		return nil, fmt.Errorf("%w: empty", ErrInput)
	}
	if latin1.Match(dot) {
		if !utf8.Valid(dot) {
			var b bytes.Buffer
			b.Grow(len(dot) + len(dot)/4)
			for _, c := range dot {
				b.WriteRune(rune(c))
			}
			dot = b.Bytes()
		}
		// "utf8" is a plain DOT id, so quoting around it stays valid.
		return latin1.ReplaceAll(dot, []byte("${pre}utf8")), nil
	}
	if utf8.Valid(dot) {
		return dot, nil
	}
	line, col := 1, 1
	for i := 0; i < len(dot); {
		r, n := utf8.DecodeRune(dot[i:])
		if r == utf8.RuneError && n == 1 {
			break
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
		i += n
	}
	return nil, fmt.Errorf("%w: not valid UTF-8 at line %d, column %d (declare charset=latin1 for Latin-1 files)", ErrInput, line, col)
}

// Render lays out dot with engine and returns Graphviz's output in
// format (one of Formats). It waits for the result; when ctx ends first
// it returns ctx.Err() at once (the owner goroutine drops the result of
// a WebAssembly render it cannot interrupt; a native run is killed).
func (s *Service) Render(ctx context.Context, dot []byte, engine, format string) ([]byte, error) {
	ge, text, err := check(dot, engine, format)
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	k := key{sha256.Sum256(dot), engine, format}
	if v, ok := s.cache.get(k); ok {
		return v.([]byte), nil
	}
	type result struct {
		out []byte
		err error
	}
	done := make(chan result, 1)
	r := &request{ctx: ctx, dot: text, engine: ge, format: format, reply: func(out []byte, err error) { done <- result{out, err} }}
	if err := s.enqueue(r); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	select {
	case res := <-done:
		if res.err != nil {
			return nil, fmt.Errorf("render with %s: %w", engine, res.err)
		}
		s.cache.put(k, res.out, int64(len(res.out)))
		return res.out, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// Layout lays out dot with engine and parses the result into a scene.
// Scenes come from a cache and are shared: treat them as read-only.
func (s *Service) Layout(ctx context.Context, dot []byte, engine string) (*scene.Scene, error) {
	if _, _, err := check(dot, engine, "json"); err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	k := key{sha256.Sum256(dot), engine, "scene"}
	if v, ok := s.cache.get(k); ok {
		return v.(*scene.Scene), nil
	}
	out, err := s.Render(ctx, dot, engine, "json")
	if err != nil {
		return nil, fmt.Errorf("layout: %w", err)
	}
	sc, err := scene.ParseWith(out, s.parseOpt)
	if err != nil {
		return nil, fmt.Errorf("layout with %s: %w", engine, err)
	}
	sc.Engine = engine
	s.cache.put(k, sc, 3*int64(len(out)))
	return sc, nil
}

// Result is the outcome of an asynchronous layout.
type Result struct {
	Gen   uint64       // the request's generation
	Scene *scene.Scene // nil on error
	Took  time.Duration
	Err   error // ErrStale when a newer request superseded this one
}

// Submit asks for a layout without waiting and returns its generation.
// It makes every earlier Submit stale: those not started are skipped and
// those finishing later are dropped; their callbacks get ErrStale. done
// is called exactly once, on a goroutine of the service (not the
// caller's): hand UI work to the UI thread from there.
func (s *Service) Submit(ctx context.Context, dot []byte, engine string, done func(Result)) uint64 {
	gen := s.gen.Add(1)
	start := time.Now()
	finish := func(sc *scene.Scene, err error) {
		if err == nil && s.gen.Load() != gen {
			sc, err = nil, ErrStale
		}
		done(Result{Gen: gen, Scene: sc, Took: time.Since(start), Err: err})
	}
	ge, text, err := check(dot, engine, "json")
	if err != nil {
		go finish(nil, fmt.Errorf("layout: %w", err))
		return gen
	}
	k := key{sha256.Sum256(dot), engine, "scene"}
	if v, ok := s.cache.get(k); ok {
		go finish(v.(*scene.Scene), nil)
		return gen
	}
	r := &request{ctx: ctx, dot: text, engine: ge, format: "json", gen: gen}
	r.reply = func(out []byte, err error) {
		// Parse off the owner goroutine so the next layout can start.
		go func() {
			if err != nil {
				finish(nil, err)
				return
			}
			if s.gen.Load() != gen {
				finish(nil, ErrStale)
				return
			}
			sc, err := scene.ParseWith(out, s.parseOpt)
			if err != nil {
				finish(nil, fmt.Errorf("layout with %s: %w", engine, err))
				return
			}
			sc.Engine = engine
			s.cache.put(k, sc, 3*int64(len(out)))
			finish(sc, nil)
		}()
	}
	if err := s.enqueue(r); err != nil {
		go finish(nil, err)
	}
	return gen
}

// Generation returns the generation of the newest Submit.
func (s *Service) Generation() uint64 { return s.gen.Load() }
