//go:build unix

package paint_test

import "syscall"

// cpuTime returns the CPU time the process has used (user + system), in
// nanoseconds: benchmarks report it beside wall time, which a busy
// machine inflates.
func cpuTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}
