package scale_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"testing"

	"github.com/stretchr/testify/require"

	"dossier/graphmodel"
	"dossier/graphmodel/synth/scale"
)

// BenchmarkBuild builds one merged graph from N synthetic articles
// (extract.Extractor.Build, lexicons loaded beforehand): ns/op is the
// total for N articles; articles/s and MB/s are by the wall clock,
// cpu-ns/op by CPU time (steadier on a loaded machine).
func BenchmarkBuild(b *testing.B) {
	x := newExtractor(b)
	for _, n := range []int{100, 1000} {
		docs, err := scale.Documents(scale.Options{Seed: 1}, n)
		require.NoError(b, err)
		size := 0
		for _, d := range docs {
			size += len(d.Text)
		}
		b.Run(fmt.Sprintf("articles=%d", n), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var g *graphmodel.Graph
			cpu := cpuTime()
			for b.Loop() {
				g, err = x.Build(context.Background(), docs, nil)
				if err != nil {
					b.Fatal(err)
				}
			}
			if used := cpuTime() - cpu; cpu > 0 && used > 0 {
				b.ReportMetric(float64(used)/float64(b.N), "cpu-ns/op")
			}
			b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "articles/s")
			b.ReportMetric(float64(g.NodeCount()), "nodes")
			b.ReportMetric(float64(g.EdgeCount()), "edges")
		})
	}
}

// BenchmarkGraphMemory builds a 10,000-node, 30,000-edge graph with its
// documents (scale.Graph) and reports, with the graph alive and after a
// garbage collection: heap-MB, the Go heap in use; graph-MB, the part of
// it the graph and its documents take; rss-MB, the test process's
// resident memory, and peak-rss-MB its high-water mark. Run it alone with
// -benchtime=1x, so no other benchmark adds to the process's memory.
func BenchmarkGraphMemory(b *testing.B) {
	x := newExtractor(b)
	base := heapInUse()
	var g *graphmodel.Graph
	var articles int
	for b.Loop() {
		g = nil
		var err error
		g, articles, err = scale.Graph(context.Background(), x, scale.Options{Seed: 1}, 10000, 30000)
		if err != nil {
			b.Fatal(err)
		}
	}
	b.StopTimer()
	heap := heapInUse()
	text := 0
	for _, d := range g.Documents() {
		text += len(d.Text)
	}
	b.ReportMetric(float64(g.NodeCount()), "nodes")
	b.ReportMetric(float64(g.EdgeCount()), "edges")
	b.ReportMetric(float64(articles), "documents")
	b.ReportMetric(float64(text)/1e6, "text-MB")
	b.ReportMetric(float64(heap)/1e6, "heap-MB")
	b.ReportMetric(float64(heap-base)/1e6, "graph-MB")
	if rss, peak, ok := residentMemory(); ok {
		b.ReportMetric(float64(rss)/1e6, "rss-MB")
		b.ReportMetric(float64(peak)/1e6, "peak-rss-MB")
	}
	runtime.KeepAlive(g)
	runtime.KeepAlive(x)
}

// heapInUse collects garbage and returns the bytes of heap in use.
func heapInUse() int64 {
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return int64(ms.HeapInuse)
}

// residentMemory reads the process's resident set size and its peak
// (Linux's /proc/self/status); ok is false elsewhere.
func residentMemory() (rss, peak int64, ok bool) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0, false
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		f := bytes.Fields(sc.Bytes())
		if len(f) < 2 {
			continue
		}
		kb, err := strconv.ParseInt(string(f[1]), 10, 64)
		if err != nil {
			continue
		}
		switch string(f[0]) {
		case "VmRSS:":
			rss = kb << 10
		case "VmHWM:":
			peak = kb << 10
		}
	}
	return rss, peak, rss > 0
}
