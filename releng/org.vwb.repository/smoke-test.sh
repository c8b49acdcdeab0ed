#!/bin/sh
# Runs the materialized headless product as a user would and checks what only the real launcher can show: the
# process exit code is the command's, stdout carries nothing but the command's output. Run by the build (verify).
set -u
product="$1/products/org.vwb.headless.product/linux/gtk/x86_64/vwb/vwb"
examples="$2/examples"
export XDG_CACHE_HOME="$1/smoke-cache"
failures=0

expect() { # expected-exit expected-stdout-pattern args...
  want=$1 pattern=$2
  shift 2
  out=$("$product" "$@" 2>"$XDG_CACHE_HOME.err")
  got=$?
  if [ "$got" -ne "$want" ] || ! printf '%s\n' "$out" | grep -Eq "$pattern"; then
    echo "smoke test FAILED: vwb $* exited $got (expected $want), stdout: $out" >&2
    cat "$XDG_CACHE_HOME.err" >&2
    failures=$((failures + 1))
  fi
}

expect 0 '^validated 1 file: 1 valid' validate "$examples/seed/esx-vs-hyperv.vwb"
expect 1 '^validated 1 file: 0 valid, 1 invalid' validate "$examples/invalid/truncated.vwb"
expect 0 '1 warning$' validate "$examples/warnings/overcommitted.vwb"
expect 2 '^$' no-such-command
expect 0 '^vwb 0\.1\.0\.' --version
# the README's main job, end to end with the real plugins: the comparison table and a report with its charts
expect 0 'hyperv-2008' compare "$examples/seed/esx-vs-hyperv.vwb" --duration 2s --html "$1/smoke-report.html" --force
grep -q '<svg' "$1/smoke-report.html" 2>/dev/null || { echo "smoke test FAILED: no chart in $1/smoke-report.html" >&2; failures=$((failures + 1)); }
expect 0 'legacy-vm' run "$examples/seed/esx-vs-hyperv.vwb" --config hyperv-2008 --duration 2s
expect 0 'VM_EXIT' explain "$examples/seed/esx-vs-hyperv.vwb" --config hyperv-2008 --vm legacy-vm --device net0
expect 0 'dec21140' plugins
expect 1 '' run "$examples/invalid/missing-driver.vwb"
# vwb watch without a terminal on stdin (CI, nohup, < /dev/null) runs to its duration, not to the end of input
expect 0 '"status":"COMPLETED","simulatedNanos":2000000000,' watch "$examples/seed/esx-vs-hyperv.vwb" --duration 2s \
  --speed max --format json < /dev/null
# the shell with JLine installed, started non-interactively: vwb's own overview and Gogo's help of one command
shell=$(printf 'vwb:help\nhelp vwb:set\n' | "$product" shell 2>"$XDG_CACHE_HOME.err")
# (and nothing else of Gogo's on stderr: no profile of its own shell failing with a stack trace, no JLine warning)
printf '%s\n' "$shell" | grep -q '^  vwb:set ' && printf '%s\n' "$shell" | grep -q '^Usage: vwb:set TARGET' \
  && ! grep -Eq 'Exception|WARNING|gosh_profile' "$XDG_CACHE_HOME.err" || {
  echo "smoke test FAILED: vwb shell: vwb:help / help vwb:set printed: $shell" >&2
  cat "$XDG_CACHE_HOME.err" >&2
  failures=$((failures + 1))
}
"$(dirname "$0")/smoke-test-cluster.sh" "$1" "$2" || failures=$((failures + 1))
# standard input as the model, and a FIFO refused (not opened, so no hang)
expect 0 '^validated 1 file: 1 valid' validate - <"$examples/seed/esx-vs-hyperv.vwb"
fifo="$1/smoke-fifo.vwb"
rm -f "$fifo" && mkfifo "$fifo" && expect 1 '0 valid, 1 invalid' validate "$fifo"
grep -q 'not a regular file' "$XDG_CACHE_HOME.err" || { echo "smoke test FAILED: a FIFO is not refused as one" >&2; failures=$((failures + 1)); }
# the completion and the manual page shipped in the product list every command the product has
home=$(dirname "$product")
commands=$("$product" --help | sed -n '/^Commands:/,/^$/s/^  \([a-z][a-z0-9-]*\) .*/\1/p')
for command in $commands; do
  section=".SS $(printf '%s' "$command" | sed 's/-/\\-/g')"
  grep -q "^  local commands='.*\<$command\>" "$home/share/bash-completion/completions/vwb" 2>/dev/null \
    && grep -qxF "$section" "$home/share/man/man1/vwb.1" 2>/dev/null || {
    echo "smoke test FAILED: '$command' is missing from the shipped completion or manual page" >&2
    failures=$((failures + 1))
  }
done
[ -n "$commands" ] || { echo "smoke test FAILED: vwb --help lists no command" >&2; failures=$((failures + 1)); }
bash -n "$home/share/bash-completion/completions/vwb" || failures=$((failures + 1))
# eclipse.ini is the one place for JVM options: its collector is used, and VWB_VMARGS adds to it or replaces it
flags=$(VWB_VMARGS=-XX:+PrintCommandLineFlags "$product" --version 2>/dev/null)
printf '%s\n' "$flags" | grep -q 'UseParallelGC' || { echo "smoke test FAILED: eclipse.ini's collector not used: $flags" >&2; failures=$((failures + 1)); }
flags=$(VWB_VMARGS='-XX:+UseSerialGC -XX:+PrintCommandLineFlags' "$product" --version 2>&1)
printf '%s\n' "$flags" | grep -q 'UseSerialGC' && ! printf '%s\n' "$flags" | grep -q 'UseParallelGC' || {
  echo "smoke test FAILED: a collector in VWB_VMARGS does not replace eclipse.ini's: $flags" >&2; failures=$((failures + 1)); }
grep -q "$(printf '\r')\$" "$home/vwb.cmd" || { echo "smoke test FAILED: no vwb.cmd with CRLF lines in $home" >&2; failures=$((failures + 1)); }
# every command above ran in the same cache: Equinox keeps one log there, not one per command
logs=$(find "$XDG_CACHE_HOME/vwb" -name '*.log' | grep -vc '/vwb\.log$')
[ "$logs" -eq 0 ] || { echo "smoke test FAILED: $logs Equinox logs besides vwb.log in $XDG_CACHE_HOME/vwb" >&2; failures=$((failures + 1)); }
# the workbench's launch script takes vwb's global options; --help and --version need no display
workbench="$1/products/org.vwb.workbench.product/linux/gtk/x86_64/vwb-workbench/vwb-workbench"
if [ -x "$workbench" ]; then
  DISPLAY= "$workbench" --help | grep -q '^Usage: vwb-workbench \[OPTION...\] \[FILE\]' || { echo "smoke test FAILED: vwb-workbench --help" >&2; failures=$((failures + 1)); }
  DISPLAY= "$workbench" --version | grep -q '^vwb-workbench 0\.1\.0\.' || { echo "smoke test FAILED: vwb-workbench --version" >&2; failures=$((failures + 1)); }
  DISPLAY= "$workbench" --no-such-option 2>/dev/null; [ $? -eq 2 ] || { echo "smoke test FAILED: vwb-workbench --no-such-option did not exit 2" >&2; failures=$((failures + 1)); }
fi
# both products ship examples/ as the source tree has it: every file there but those git ignores (an example built before the product leaves target/ folders there); without git, no target/ at least
for shipped in "$home/examples" "$1/products/org.vwb.workbench.product/linux/gtk/x86_64/vwb-workbench/examples"; do
  if git -C "$2" rev-parse --git-dir >/dev/null 2>&1; then
    files=$(cd "$2" && find examples -type f | sort)
    want=$(printf '%s\n' "$files" | grep -vxF -e "$(printf '%s\n' "$files" | git -C "$2" check-ignore --stdin)" \
      | sed 's|^examples/||')
    got=$(cd "$shipped" 2>/dev/null && find . -type f | sed 's|^\./||' | sort)
    extra=$(printf '%s\n' "$got" | grep -vxF -e "$want" | head -3)
    missing=$(printf '%s\n' "$want" | grep -vxF -e "$got" | head -3)
  else
    extra=$(find "$shipped" -type d -name target | head -3) missing=
  fi
  [ -z "$extra$missing" ] || { echo "smoke test FAILED: $shipped differs from the source's examples/: extra" \
    "$extra, missing $missing" >&2; failures=$((failures + 1)); }
done
[ "$failures" -eq 0 ] && echo "smoke test of the headless product: passed" >&2
exit "$failures"
