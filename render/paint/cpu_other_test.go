//go:build !unix

package paint_test

func cpuTime() int64 { return 0 }
