#!/usr/bin/env bash
# Makes X display $1 (default :87) available to the build when the machine has none: starts Xvfb
# there unless a server already runs on it. Xvfb stops by itself once process $2 (the Maven JVM
# that called this script) has ended, so no server outlives the build.
set -u
display=${1:-:87}
owner=${2:-$PPID}
number=${display#:}
socket=/tmp/.X11-unix/X$number
lock=/tmp/.X$number-lock

if [ -f "$lock" ] && kill -0 "$(tr -d ' ' <"$lock")" 2>/dev/null && [ -S "$socket" ]; then
  exit 0   # a server already answers there (an earlier module of this build started it)
fi
command -v Xvfb >/dev/null || {
  echo "virtual-display: no DISPLAY and no Xvfb: install it (apt-get install xvfb) or set DISPLAY" >&2
  exit 1
}
rm -f "$lock" "$socket"
setsid Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 </dev/null &
xvfb=$!
setsid bash -c "while kill -0 $owner 2>/dev/null; do sleep 2; done; kill $xvfb 2>/dev/null" >/dev/null 2>&1 </dev/null &
for _ in $(seq 1 100); do
  [ -S "$socket" ] && exit 0
  kill -0 "$xvfb" 2>/dev/null || { echo "virtual-display: Xvfb failed to start on $display" >&2; exit 1; }
  sleep 0.1
done
echo "virtual-display: Xvfb did not open $socket within 10 s" >&2
exit 1
