package app

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCountSaysOneAndMany(t *testing.T) {
	assert.Equal(t, "1 document", count(1, "document"))
	assert.Equal(t, "0 documents", count(0, "document"))
	assert.Equal(t, "3 excerpts", count(3, "excerpt"))
}
