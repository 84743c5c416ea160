package extract

import "testing"

// StartCPU starts measuring the process CPU time of a benchmark loop. The
// function it returns, called right after the loop, reports cpu-ns/op
// and, when bytesPerOp > 0, cpu-MB/s: throughput per core that does not
// depend on what else the machine is running (run with -cpu 1, so that
// the garbage collector works on the same core).
func StartCPU(b *testing.B, bytesPerOp int64) (stop func()) {
	b.Helper()
	start, ok := ProcessCPU()
	return func() {
		end, ok2 := ProcessCPU()
		if !ok || !ok2 || b.N == 0 {
			return
		}
		perOp := float64(end-start) / float64(b.N)
		b.ReportMetric(perOp, "cpu-ns/op")
		if bytesPerOp > 0 && perOp > 0 {
			b.ReportMetric(float64(bytesPerOp)*1e3/perOp, "cpu-MB/s")
		}
	}
}
