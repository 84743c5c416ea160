// Package locale gives Fyne a language tag it can parse. Fyne reads the
// user's locale while its packages initialise and logs an error for the
// POSIX "C" locale (LANG=C, C.UTF-8), which many servers and containers
// set. Importing this package first, from main, sets LANG to English with
// UTF-8 in that case only.
//
// It relies on Go's package initialisation order: a package is
// initialised before the packages that import it, and otherwise in the
// order of import paths, so "dossier/app/locale", which imports only the
// standard library, is ready before any "fyne.io/..." package.
package locale

import (
	"os"
	"strings"
)

// Fallback is the locale set when the user's is the POSIX one.
const Fallback = "en_US.UTF-8"

func init() {
	if IsPOSIX(os.Getenv("LC_ALL")) && IsPOSIX(os.Getenv("LANG")) {
		os.Setenv("LANG", Fallback)
		if os.Getenv("LC_ALL") != "" {
			os.Setenv("LC_ALL", Fallback)
		}
	}
}

// IsPOSIX reports whether a locale value names no language: empty, C,
// POSIX, or one of those with an encoding (C.UTF-8).
func IsPOSIX(v string) bool {
	lang, _, _ := strings.Cut(v, ".")
	return lang == "" || lang == "C" || lang == "POSIX"
}
