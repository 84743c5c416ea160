package layout

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strings"
	"time"

	"github.com/goccy/go-graphviz"
)

// backend runs Graphviz. Only the service's owner goroutine calls it.
type backend interface {
	render(ctx context.Context, dot []byte, engine, format string) ([]byte, error)
	name() string
	close() error
}

// wasmVersion is the Graphviz release compiled into go-graphviz v0.2.10.
const wasmVersion = "12.1.2"

// wasmBackend runs go-graphviz's WebAssembly build of Graphviz. The
// instance is reused across renders and recreated after a failure,
// because a failed render can leave it unusable for the next one.
type wasmBackend struct {
	gv *graphviz.Graphviz
}

func newWasm(ctx context.Context) (*wasmBackend, error) {
	gv, err := graphviz.New(ctx)
	if err != nil {
		return nil, fmt.Errorf("start graphviz (wasm): %w", err)
	}
	return &wasmBackend{gv: gv}, nil
}

func (w *wasmBackend) name() string { return "Graphviz " + wasmVersion + " (WebAssembly)" }

func (w *wasmBackend) close() error {
	if w.gv == nil {
		return nil
	}
	err := w.gv.Close()
	w.gv = nil
	return err
}

// reset replaces the instance with a fresh one.
func (w *wasmBackend) reset(ctx context.Context) error {
	if w.gv != nil {
		_ = w.gv.Close() // the old instance is broken; its close error says nothing new
		w.gv = nil
	}
	gv, err := graphviz.New(ctx)
	if err != nil {
		return fmt.Errorf("restart graphviz (wasm): %w", err)
	}
	w.gv = gv
	return nil
}

func (w *wasmBackend) render(ctx context.Context, dot []byte, engine, format string) ([]byte, error) {
	if w.gv == nil {
		if err := w.reset(ctx); err != nil {
			return nil, err
		}
	}
	out, parsed, err := w.once(ctx, dot, engine, format)
	if err == nil || !parsed {
		return out, err // a syntax error is the input's fault, not the instance's
	}
	// The instance may have been poisoned by an earlier failure: start a
	// new one and try once more.
	if rerr := w.reset(ctx); rerr != nil {
		return nil, fmt.Errorf("%w (and %w)", err, rerr)
	}
	out, _, err2 := w.once(ctx, dot, engine, format)
	if err2 != nil {
		// Leave a fresh instance for the next request.
		_ = w.reset(ctx)
		return nil, err2
	}
	return out, nil
}

// once parses and renders; parsed says the DOT was read.
func (w *wasmBackend) once(ctx context.Context, dot []byte, engine, format string) (out []byte, parsed bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("graphviz (wasm) crashed: %v", r)
		}
	}()
	g, err := graphviz.ParseBytes(dot)
	if err != nil {
		return nil, false, fmt.Errorf("read dot: %s", strings.TrimSpace(err.Error()))
	}
	defer g.Close()
	var buf bytes.Buffer
	w.gv.SetLayout(graphviz.Layout(engine))
	if err := w.gv.Render(ctx, g, graphviz.Format(format), &buf); err != nil {
		return nil, true, fmt.Errorf("%s layout to %s: %s", engine, format, strings.TrimSpace(err.Error()))
	}
	if buf.Len() == 0 {
		return nil, true, fmt.Errorf("%s layout to %s: no output", engine, format)
	}
	return buf.Bytes(), true, nil
}

// nativeBackend runs the Graphviz programs installed on the machine.
type nativeBackend struct {
	path    string // the dot program
	version string
	timeout time.Duration
}

// findNative looks for Graphviz's dot program on PATH.
func findNative(ctx context.Context, timeout time.Duration) (*nativeBackend, error) {
	path, err := exec.LookPath("dot")
	if err != nil {
		return nil, fmt.Errorf("find native graphviz: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	var out bytes.Buffer
	cmd := exec.CommandContext(ctx, path, "-V")
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("run %s -V: %w", path, err)
	}
	// "dot - graphviz version 2.43.0 (0)"
	v := strings.TrimSpace(out.String())
	if i := strings.Index(v, "version "); i >= 0 {
		v = strings.Fields(v[i+len("version "):])[0]
	}
	return &nativeBackend{path: path, version: v, timeout: timeout}, nil
}

func (n *nativeBackend) name() string { return "native Graphviz " + n.version }
func (n *nativeBackend) close() error { return nil }

// maxStderr bounds the error text kept from a failing Graphviz run.
const maxStderr = 4 << 10

func (n *nativeBackend) render(parent context.Context, dot []byte, engine, format string) ([]byte, error) {
	ctx, cancel := context.WithTimeout(parent, n.timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, n.path, "-K"+engine, "-T"+format)
	cmd.Stdin = bytes.NewReader(dot)
	var out bytes.Buffer
	errBuf := &limitedBuffer{max: maxStderr}
	cmd.Stdout, cmd.Stderr = &out, errBuf
	cmd.WaitDelay = 2 * time.Second
	err := cmd.Run()
	if parent.Err() != nil {
		return nil, parent.Err()
	}
	if errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return nil, fmt.Errorf("%s layout: native graphviz took longer than %s: %w", engine, n.timeout, ErrTimeout)
	}
	if err != nil {
		msg := strings.TrimSpace(errBuf.String())
		if msg == "" {
			msg = err.Error()
		}
		return nil, fmt.Errorf("%s layout to %s: %s", engine, format, firstLines(msg, 3))
	}
	if out.Len() == 0 {
		return nil, fmt.Errorf("%s layout to %s: no output", engine, format)
	}
	return out.Bytes(), nil
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "; ")
}

type limitedBuffer struct {
	bytes.Buffer
	max int
}

func (b *limitedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); room > 0 {
		if len(p) > room {
			b.Buffer.Write(p[:room])
		} else {
			b.Buffer.Write(p)
		}
	}
	return len(p), nil
}

var _ io.Writer = (*limitedBuffer)(nil)
