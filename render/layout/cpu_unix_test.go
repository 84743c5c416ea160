//go:build unix

package layout_test

import "syscall"

// cpuTime returns the CPU time used by this process and by the child
// processes it has waited for (native Graphviz runs), in nanoseconds.
func cpuTime() int64 {
	var self, children syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &self) != nil || syscall.Getrusage(syscall.RUSAGE_CHILDREN, &children) != nil {
		return 0
	}
	return self.Utime.Nano() + self.Stime.Nano() + children.Utime.Nano() + children.Stime.Nano()
}
