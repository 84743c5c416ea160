package app

import (
	"bytes"
	"image"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"dossier/app/graphview"
	"dossier/render/scene"
)

func TestStartupTraceIsOneLineAfterTheFirstNonEmptyFrame(t *testing.T) {
	painted := 0
	draw := func(*image.RGBA, graphview.Frame) { painted++ }
	var out bytes.Buffer
	age := func() time.Duration { return 1234 * time.Millisecond }
	traced := traceFirstFrame(draw, true, &out, age)

	traced(nil, graphview.Frame{})
	traced(nil, graphview.Frame{Scene: &scene.Scene{}})
	assert.Empty(t, out.String(), "nothing is said while there is no graph to paint")
	s := &scene.Scene{Nodes: make([]scene.Node, 3)}
	traced(nil, graphview.Frame{Scene: s})
	traced(nil, graphview.Frame{Scene: s})
	assert.Equal(t, "dossier: first frame painted after 1234 ms (3 nodes)\n", out.String())
	assert.Equal(t, 4, painted, "every frame is still painted")
}

func TestStartupTraceOffLeavesDrawAsItIs(t *testing.T) {
	var out bytes.Buffer
	called := false
	draw := func(*image.RGBA, graphview.Frame) { called = true }
	traced := traceFirstFrame(draw, false, &out, func() time.Duration { return 0 })
	traced(nil, graphview.Frame{Scene: &scene.Scene{Nodes: make([]scene.Node, 1)}})
	assert.True(t, called)
	assert.Empty(t, out.String())
}

func TestAgeFromProc(t *testing.T) {
	// A command name with a space and a parenthesis of its own.
	stat := []byte("4242 (dossier (x)) S 1 4242 4242 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 8 0 123456 1000000 500 18446744073709551615")
	d, ok := ageFromProc(stat, []byte("1240.06 2000.00\n"), 100)
	require.True(t, ok)
	assert.Equal(t, 5500*time.Millisecond, d.Round(time.Millisecond), "1240.06 s up, started at 1234.56 s")

	for _, c := range []struct{ stat, uptime string }{
		{"", "1 1"},
		{"1 (x) S 1", "1 1"},
		{string(stat), ""},
		{string(stat), "-5 1"},
		{string(stat), "1000.00 1"}, // started after now: nonsense
		{strings.Replace(string(stat), "123456", "x", 1), "1240 1"},
	} {
		_, ok := ageFromProc([]byte(c.stat), []byte(c.uptime), 100)
		assert.False(t, ok, "%q %q", c.stat, c.uptime)
	}
}

func TestProcessAgeIsPlausible(t *testing.T) {
	d := processAge()
	assert.Greater(t, d, time.Duration(0))
	assert.Less(t, d, 24*time.Hour)
}

func FuzzAgeFromProc(f *testing.F) {
	f.Add([]byte("1 (a) S 1 1 1 0 -1 0 0 0 0 0 0 0 0 0 20 0 1 0 500 0 0"), []byte("10.5 3"))
	f.Add([]byte("1 (a)) S"), []byte(""))
	f.Fuzz(func(t *testing.T, stat, uptime []byte) {
		d, ok := ageFromProc(stat, uptime, 100)
		if ok && d < 0 {
			t.Fatalf("negative age %v", d)
		}
	})
}
