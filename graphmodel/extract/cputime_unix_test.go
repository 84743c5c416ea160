//go:build unix

package extract

import (
	"syscall"
	"time"
)

// ProcessCPU returns the CPU time (user and system) the test process has
// used so far. Benchmarks report it per operation beside the wall time:
// on a loaded machine wall time grows with other processes' load, CPU
// time much less.
func ProcessCPU() (time.Duration, bool) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}
