#!/bin/sh
# Saves a PNG of each view of the workbench on the seed example into docs/images/ (workbench-*.png): starts the
# workbench product under Xvfb with -Dvwb.screenshots, which selects the Hyper-V configuration's legacy NIC, runs
# the comparison and a live run with one swap, shows each view in turn, saves the window and exits.
# Needs xvfb-run (apt-get install xvfb xauth libgtk-3-0 fonts-dejavu-core). Usage: releng/screenshots.sh [DIR]
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
out=$(mkdir -p "${1:-$root/docs/images}" && cd "${1:-$root/docs/images}" && pwd -P)
command -v xvfb-run >/dev/null || { echo "screenshots: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 1; }
VWB_VMARGS="${VWB_VMARGS:-} -Dvwb.screenshots=$out" \
  timeout 600 xvfb-run -a -s "-screen 0 1280x1024x24" "$root/vwb-workbench" "$root/examples/seed/esx-vs-hyperv.vwb"
ls "$out"/workbench-*.png
