package app

import (
	"bytes"
	"fmt"
	"image"
	"io"
	"os"
	"strconv"
	"sync"
	"time"

	"dossier/app/graphview"
)

// StartupTraceEnv names the environment variable that, set to "1", makes
// the explorer print one line on stderr the first time the graph view
// paints a scene with nodes: "dossier: first frame painted after N ms
// (M nodes)", N counted from the process's start. scripts/bench reads it
// to measure start-up.
const StartupTraceEnv = "DOSSIER_TRACE_STARTUP"

// traceStartup wraps the graph view's draw function with the start-up
// trace when the environment asks for it (see StartupTraceEnv).
func traceStartup(draw func(*image.RGBA, graphview.Frame)) func(*image.RGBA, graphview.Frame) {
	return traceFirstFrame(draw, os.Getenv(StartupTraceEnv) == "1", os.Stderr, processAge)
}

// traceFirstFrame returns draw itself when tracing is off, so it costs
// nothing then; otherwise a draw that, after the first frame of a scene
// with nodes, writes the line described at StartupTraceEnv to w, with
// age telling how long ago the process started.
func traceFirstFrame(draw func(*image.RGBA, graphview.Frame), on bool, w io.Writer, age func() time.Duration) func(*image.RGBA, graphview.Frame) {
	if !on || draw == nil {
		return draw
	}
	var once sync.Once
	return func(dst *image.RGBA, f graphview.Frame) {
		draw(dst, f)
		if f.Scene == nil || len(f.Scene.Nodes) == 0 {
			return
		}
		once.Do(func() {
			fmt.Fprintf(w, "dossier: first frame painted after %d ms (%d nodes)\n", age().Milliseconds(), len(f.Scene.Nodes))
		})
	}
}

// loadTime is when this package was initialised: the fallback start of
// the process where the system does not say when it started.
var loadTime = time.Now()

// processAge says how long ago the process started: from Linux's /proc
// (to the clock tick, 10 ms), else since this package was loaded.
func processAge() time.Duration {
	stat, err1 := os.ReadFile("/proc/self/stat")
	uptime, err2 := os.ReadFile("/proc/uptime")
	if err1 == nil && err2 == nil {
		if d, ok := ageFromProc(stat, uptime, 100); ok {
			return d
		}
	}
	return time.Since(loadTime)
}

// maxUptime bounds the seconds since boot believed (a century), so the
// sums below cannot overflow.
const maxUptime = 100 * 365 * 24 * 3600

// ageFromProc works out a process's age from its /proc/PID/stat line
// (field 22 is the start time in clock ticks after boot) and /proc/uptime
// (seconds since boot), with hz clock ticks a second.
func ageFromProc(stat, uptime []byte, hz int64) (time.Duration, bool) {
	// The command name (field 2) is in parentheses and may hold spaces
	// and parentheses itself: fields are counted after the last ")".
	i := bytes.LastIndexByte(stat, ')')
	if i < 0 || hz <= 0 {
		return 0, false
	}
	fields := bytes.Fields(stat[i+1:])
	const startField = 22 - 3 // fields 1 and 2 come before the ")"
	if len(fields) <= startField {
		return 0, false
	}
	ticks, err := strconv.ParseInt(string(fields[startField]), 10, 64)
	if err != nil || ticks < 0 || ticks/hz > maxUptime {
		return 0, false
	}
	up := bytes.Fields(uptime)
	if len(up) == 0 {
		return 0, false
	}
	secs, err := strconv.ParseFloat(string(up[0]), 64)
	if err != nil || secs < 0 || secs > maxUptime {
		return 0, false
	}
	age := time.Duration(secs*float64(time.Second)) - time.Duration(ticks)*time.Second/time.Duration(hz)
	if age < 0 {
		return 0, false
	}
	return age, true
}
