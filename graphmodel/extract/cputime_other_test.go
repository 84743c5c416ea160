//go:build !unix

package extract

import "time"

// ProcessCPU is not available here: benchmarks report wall time only.
func ProcessCPU() (time.Duration, bool) { return 0, false }
