package plural_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"dossier/app/internal/plural"
)

func TestCountSaysOneAndMany(t *testing.T) {
	assert.Equal(t, "1 document", plural.Count(1, "document"))
	assert.Equal(t, "0 documents", plural.Count(0, "document"))
	assert.Equal(t, "3 excerpts", plural.Count(3, "excerpt"))
}
