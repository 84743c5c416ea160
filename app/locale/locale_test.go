package locale_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"dossier/app/locale"
)

func TestIsPOSIX(t *testing.T) {
	for _, v := range []string{"", "C", "C.UTF-8", "POSIX", "C.utf8"} {
		assert.True(t, locale.IsPOSIX(v), v)
	}
	for _, v := range []string{"en_US.UTF-8", "de_DE", "fr_FR.ISO-8859-1"} {
		assert.False(t, locale.IsPOSIX(v), v)
	}
}
