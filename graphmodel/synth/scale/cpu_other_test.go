//go:build !unix

package scale_test

func cpuTime() int64 { return 0 }
