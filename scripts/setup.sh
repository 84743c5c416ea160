# shellcheck shell=bash
# Shared by scripts/run and scripts/test: install the Debian/Ubuntu packages
# that are missing, and set a UTF-8 locale. Source it; do not run it.

# Packages needed to build the Fyne binary (cgo, OpenGL, X11) and, for the
# race detector, to build tests.
BUILD_PACKAGES=(gcc libc6-dev pkg-config libx11-dev libgl-dev libxcursor-dev libxrandr-dev
	libxinerama-dev libxi-dev libxxf86vm-dev)
# Packages needed to show a window when there is no display.
DISPLAY_PACKAGES=(xvfb xauth)
TEST_PACKAGES=(gcc libc6-dev)

# ensure_packages PKG... installs the packages dpkg does not report as
# installed, with sudo only when not root.
ensure_packages() {
	local missing=() p
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	echo "Installing missing packages: ${missing[*]}" >&2
	local sudo=()
	[ "$(id -u)" -eq 0 ] || sudo=(sudo)
	"${sudo[@]}" apt-get update -qq &&
		DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_go fails with a clear message when Go is missing.
ensure_go() {
	command -v go >/dev/null 2>&1 && return 0
	[ -x /usr/local/go/bin/go ] && export PATH="$PATH:/usr/local/go/bin" && return 0
	echo "Go is not installed (https://go.dev/doc/install); Dossier needs Go 1.26 or newer." >&2
	return 1
}

# Fyne complains about LANG=C (and C.UTF-8: "C" is not a language tag);
# use a UTF-8 English locale unless a real one is set.
case "${LANG:-}" in
"" | C | C.* | POSIX | POSIX.*) export LANG=en_US.UTF-8 ;;
esac
