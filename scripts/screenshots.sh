#!/usr/bin/env bash
# Runs the real Dossier binary on a virtual screen, performs a few actions
# with xdotool and writes screenshots to docs/screenshots/ (or $1).
#   scripts/screenshots.sh [OUTDIR]
# Needs: the packages scripts/run installs, plus xvfb xauth xdotool imagemagick
# x11-xserver-utils (installed when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/setup.sh
ensure_go
ensure_packages "${BUILD_PACKAGES[@]}" "${DISPLAY_PACKAGES[@]}" xdotool imagemagick x11-xserver-utils
out=${1:-docs/screenshots}
mkdir -p "$out"
go build -o bin/dossier .

disp=:${SHOT_DISPLAY:-97}
home=$(mktemp -d)
Xvfb "$disp" -screen 0 1440x900x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
app=
cleanup() {
	[ -n "$app" ] && kill "$app" 2>/dev/null
	kill "$xvfb" 2>/dev/null
	rm -rf "$home" 2>/dev/null || true
}
trap cleanup EXIT
export DISPLAY=$disp HOME=$home XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache
sleep 1
# No key auto-repeat: a slow machine would otherwise type letters twice.
xset r off

shot() { sleep "${2:-1.5}"; import -window root "$out/$1.png"; echo "wrote $out/$1.png"; }
key() { xdotool key --clearmodifiers "$@"; }

bin/dossier "${@:2}" >"$home/dossier.log" 2>&1 &
app=$!
win=$(xdotool search --sync --name "Dossier" | head -n 1)
xdotool windowmove --sync "$win" 0 0
eval "$(xdotool getwindowgeometry --shell "$win")" # WIDTH, HEIGHT
shot 1-sample 5

# Find Vladimir Putin by name: Ctrl+K focuses the search box, Enter selects.
key ctrl+k
xdotool type --delay 120 "Putin"
shot 2-search 1
key Return
shot 3-putin-selected 2

# Open the document at his first mention (the first source card's button).
xdotool mousemove $((WIDTH - 23)) 412; sleep 0.5; xdotool click 1
sleep 3
doc=$(xdotool search --name "Vladimir Putin has described" | head -n 1)
if [ -n "$doc" ]; then
	xdotool windowraise "$doc"
	sleep 1
	import -window "$doc" "$out/4-document.png" && echo "wrote $out/4-document.png"
	xdotool windowclose "$doc" 2>/dev/null || true
fi
xdotool windowactivate --sync "$win" 2>/dev/null || true

grep -v "^$" "$home/dossier.log" | head -20 || true
