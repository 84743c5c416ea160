//go:build !unix

package layout_test

func cpuTime() int64 { return 0 }
