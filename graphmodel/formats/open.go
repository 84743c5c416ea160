package formats

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"dossier/graphmodel"
	"dossier/graphmodel/formats/internal/jsontree"
)

// Options tune Open and Read. The zero value detects the format, keeps
// the default size limit and reports no progress.
type Options struct {
	// Format, when set, skips detection.
	Format Format
	// MaxSize is the largest file accepted, in bytes; 0 means
	// DefaultMaxSize.
	MaxSize int64
	// Progress, when set, is called as the file is read with the bytes
	// read so far and the total (-1 when unknown), at most every 256 KB
	// and once at the end. It runs on the reading goroutine.
	Progress func(read, total int64)
}

// Result is an opened graph file.
type Result struct {
	Graph  *graphmodel.Graph
	Format Format
	// Warnings say what the import changed or left out, one sentence
	// each.
	Warnings []string
}

// Open reads the graph file at path.
func Open(ctx context.Context, path string, opts Options) (*Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open graph file: %w", err)
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open graph file: %w", err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("open graph file %s: is a folder", path)
	}
	return Read(ctx, f, path, st.Size(), opts)
}

// Read reads a graph file from r; name (a file name or path) chooses the
// format with the content and names the file in errors; size is the
// file's size for progress, -1 when unknown.
func Read(ctx context.Context, r io.Reader, name string, size int64, opts Options) (*Result, error) {
	limit := opts.MaxSize
	if limit <= 0 {
		limit = DefaultMaxSize
	}
	if size > limit {
		return nil, fmt.Errorf("%s: file of %s is larger than the limit of %s: %w", name, jsontree.Size(size), jsontree.Size(limit), ErrTooLarge)
	}
	cr := &countingReader{ctx: ctx, r: r, total: size, limit: limit, progress: opts.Progress}
	br := bufio.NewReaderSize(cr, sniffSize)
	head, err := br.Peek(sniffSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return nil, cr.explain(name, err)
	}
	res := &Result{Format: opts.Format}
	if res.Format == "" {
		f, warning, err := Detect(name, head)
		if err != nil {
			return nil, err
		}
		res.Format = f
		if warning != "" {
			res.Warnings = append(res.Warnings, warning)
		}
	}
	c, ok := lookupCodec(res.Format)
	if !ok || c.decode == nil {
		return nil, fmt.Errorf("%s: Dossier cannot read %s files (it reads %s): %w", name, formatName(res.Format), names(false), ErrUnknownFormat)
	}
	g, warnings, err := c.decode(br, name)
	if err != nil {
		err = cr.explain(name, err)
		if !strings.Contains(err.Error(), name) {
			err = fmt.Errorf("%s: %w", name, err)
		}
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	cr.report(true)
	res.Graph = g
	res.Warnings = append(res.Warnings, warnings...)
	return res, nil
}

func formatName(f Format) string {
	if info, ok := Lookup(f); ok {
		return info.Name
	}
	return string(f)
}

// Detect chooses the format of a file from its name and its first bytes
// (up to 1 MB are looked at). The content wins over the name; the warning
// says when they disagree. A name without a known extension needs content
// Sniff recognises.
func Detect(name string, head []byte) (Format, string, error) {
	byName, named := ByExtension(name)
	byContent := Sniff(head)
	switch {
	case byContent != "" && named && byContent != byName:
		return byContent, fmt.Sprintf("the file name says %s but the content is %s: read as %s", formatName(byName), formatName(byContent), formatName(byContent)), nil
	case byContent != "":
		return byContent, "", nil
	case named:
		return byName, "", nil // its reader will say what is wrong
	case len(bytes.TrimSpace(head)) == 0:
		return "", "", fmt.Errorf("%s: file is empty", name)
	default:
		return "", "", fmt.Errorf("%s: not a graph file Dossier knows (it reads %s): %w", name, names(false), ErrUnknownFormat)
	}
}

// countingReader counts what is read for progress reports, stops at the
// size limit and at cancellation.
type countingReader struct {
	ctx      context.Context
	r        io.Reader
	read     int64
	total    int64
	limit    int64
	progress func(read, total int64)
	reported int64
	exceeded bool
	canceled error
}

// reportEvery is the smallest step between two progress reports.
const reportEvery = 256 << 10

func (c *countingReader) Read(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		c.canceled = err
		return 0, err
	}
	if c.read > c.limit {
		c.exceeded = true
		return 0, ErrTooLarge
	}
	if room := c.limit + 1 - c.read; int64(len(p)) > room {
		p = p[:room]
	}
	n, err := c.r.Read(p)
	c.read += int64(n)
	if c.read > c.limit {
		c.exceeded = true
		return n, ErrTooLarge
	}
	c.report(false)
	return n, err
}

func (c *countingReader) report(final bool) {
	if c.progress == nil || (!final && c.read-c.reported < reportEvery) {
		return
	}
	c.reported = c.read
	c.progress(c.read, c.total)
}

// explain turns a read or decode failure into the error to show: the size
// limit or the cancellation when that is what stopped the reading.
func (c *countingReader) explain(name string, err error) error {
	switch {
	case c.exceeded:
		return fmt.Errorf("%s: file is larger than the limit of %s: %w", name, jsontree.Size(c.limit), ErrTooLarge)
	case c.canceled != nil:
		return fmt.Errorf("%s: %w", name, c.canceled)
	}
	return err
}
