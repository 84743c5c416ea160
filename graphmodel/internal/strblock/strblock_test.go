package strblock

import (
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestStringsKeepTheirBytes(t *testing.T) {
	var m Maker
	var got, want []string
	for i := range 2000 {
		s := strings.Repeat("x", i%300) + strconv.Itoa(i)
		buf := []byte(s)
		got = append(got, m.Bytes(buf))
		want = append(want, s)
		for j := range buf {
			buf[j] = '!' // the string is a copy, not the caller's buffer
		}
	}
	assert.Equal(t, want, got)
	assert.Equal(t, "", m.Bytes(nil))
}

func TestSharedBlocksAllocateLess(t *testing.T) {
	var m Maker
	p := []byte("edge:participant:actor:person/vladimir-putin->meeting:x")
	allocs := testing.AllocsPerRun(100, func() { _ = m.Bytes(p) })
	assert.Less(t, allocs, 0.2)
}
