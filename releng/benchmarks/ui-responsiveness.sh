#!/bin/sh
# The UI thread's responsiveness while a live run goes as fast as it can: starts the workbench on the seed example
# (or FILE) with -Dvwb.responsiveness=SECONDS. A background thread posts a runnable to the UI thread every 10 ms
# and each notes how long it waited: first SECONDS with the window idle, then SECONDS while the live dashboard
# runs the second configuration as fast as possible (charts and tables redrawn four times a second). Prints the
# count, p50, p99 and maximum delay of each phase (target: p99 under 50 ms during the run), where each phase's time
# went (the UI thread's CPU time, and the JVM's garbage collections, which stop it too), the simulated time the run
# reached, and the load average. Run it several times; the machine should be quiet. With VWB_UI_SAMPLE=1 it also
# samples the UI thread's stack every ms during the run and prints where the thread was while runnables waited
# 30 ms or more (sampling stops the JVM each time: its delays are for diagnosis, not for the target).
# Usage: xvfb-run -a -s "-screen 0 1280x1024x24" releng/benchmarks/ui-responsiveness.sh [SECONDS] [FILE]
# Needs the built products (./mvnw -B package -DskipTests).
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
seconds=${1:-20}
file=${2:-$root/examples/seed/esx-vs-hyperv.vwb}
product="$root/releng/org.vwb.repository/target/products/org.vwb.workbench.product/linux/gtk/x86_64/vwb-workbench"
[ -x "$product/vwb-workbench" ] || { echo "ui-responsiveness.sh: build the products first: ./mvnw -B package -DskipTests" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "ui-responsiveness.sh: no display: run it under xvfb-run -a -s \"-screen 0 1280x1024x24\"" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the X server's CPU time is reported per phase: on Xvfb it renders what the UI thread draws, on the same cores
xserver=$(pgrep -f "Xvfb $DISPLAY( |\$)" | head -n 1 || true)
XDG_CACHE_HOME="$work/cache" VWB_VMARGS="${VWB_VMARGS:-} -Dvwb.responsiveness=$seconds \
-Dvwb.responsiveness.xserver=$xserver -Dvwb.responsiveness.sample=${VWB_UI_SAMPLE:+true}" \
  timeout $((4 * seconds + 120)) "$product/vwb-workbench" "$file" > "$work/out" 2> "$work/err" || true
grep -q "^live run as fast as possible:" "$work/out" || {
  echo "ui-responsiveness.sh: the workbench did not report its delays:" >&2
  cat "$work/out" "$work/err" >&2
  exit 1
}
grep -E "^(idle window|live run as fast as possible|the live run reached|  )" "$work/out"
echo "load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
