#!/bin/sh
# The third party's path, end to end, as CI runs it after ./mvnw -B verify (docs/extending.md):
#  1. builds examples/thirdparty with its own pom against the p2 repository the main build wrote;
#  2. in one running headless 'vwb shell' with a live run: installs the example, uses its vendor profile and its
#     SR-IOV virtual function (a device family of its own) in live changes, uninstalls it (the run's devices
#     park), installs it again (they resume), uninstalls it and moves the run back to vwb's own profile; then, in new runs, installs a plugin that throws at activation (refused, one error line), one that
#     throws in a request and one that never returns (each fails its live run within the plugin time-out, named),
#     and shows the shell still answering and a new run starting;
#  3. the example's 'vwb sriov' analysis from the command line, installed and uninstalled;
#  4. the workbench product running on the seed (on a virtual display without one): the example's two bundles put
#     into its dropins folder, then taken out, each seen from outside in the line the workbench writes to stdout
#     after every change of its plugins (its Views menu and its device catalogue), without a restart.
# Usage: releng/smoke-test-thirdparty.sh   (from anywhere; needs the built product and repository)
# Every Maven call takes $MAVEN_ARGS as the main build does. Exit 0 when every check holds.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
products="$root/releng/org.vwb.repository/target/products"
product="$products/org.vwb.headless.product/linux/gtk/x86_64/vwb"
repository="$root/releng/org.vwb.repository/target/repository"
[ -f "$product/vwb" ] && [ -x "$product/vwb" ] && [ -d "$repository" ] || { echo "smoke-test-thirdparty: build vwb first (./mvnw -B verify)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/cache"
failures=0
check() { # check DESCRIPTION FILE PATTERN: the (extended) pattern must match a line of FILE
  if grep -Eq -- "$3" "$2"; then echo "ok: $1"; else echo "FAILED: $1 (no line matching '$3' in $2:)"; sed 's/^/  | /' "$2"; failures=$((failures + 1)); fi
}

echo "== building the example plugin against file:$repository"
# the example's view has UI tests: without a display they run on a virtual one, as vwb's own do
if [ -n "${DISPLAY:-}" ]; then set --; else set -- xvfb-run -a -s "-screen 0 1280x1024x24"; fi
(cd "$root" && "$@" ./mvnw -B -q -f examples/thirdparty/pom.xml verify -Dvwb.repository="file:$repository")
example="$root/examples/thirdparty/org.example.sriov.repository/target/repository"

echo "== packaging the misbehaving plugins (org.vwb.testing.installable, compiled against the product)"
classpath=$(ls "$product"/plugins/*.jar | tr '\n' ':')
sources="$root/bundles/org.vwb.testing/src/org/vwb/testing/installable"
for broken in ThrowingAtActivationNic:org.example.throws.activation ThrowingInRequestNic:org.example.throws.request \
    NeverReturningNic:org.example.never.returns; do
  class=${broken%%:*} name=${broken#*:}
  dir="$work/$name"
  mkdir -p "$dir/classes/OSGI-INF" "$dir/META-INF"
  javac -nowarn -d "$dir/classes" -cp "$classpath" "$sources/DoorbellNic.java" "$sources/$class.java"
  cat > "$dir/classes/OSGI-INF/$class.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.4.0" name="org.vwb.testing.installable.$class">
  <implementation class="org.vwb.testing.installable.$class"/>
  <service><provide interface="org.vwb.core.api.DeviceModel"/></service>
</scr:component>
XML
  printf 'Bundle-ManifestVersion: 2\nBundle-SymbolicName: %s\nBundle-Version: 1.0.0\nImport-Package: org.vwb.core.api;version="[1.0.0,2.0.0)",org.vwb.model;version="[0.1.0,1.0.0)"\nService-Component: OSGI-INF/%s.xml\nBundle-ActivationPolicy: lazy\n' \
    "$name" "$class" > "$dir/META-INF/MANIFEST.MF"
  jar --create --file "$work/$name.jar" --manifest "$dir/META-INF/MANIFEST.MF" -C "$dir/classes" .
done

echo "== one shell session with live runs"
seed="$root/examples/seed/esx-vs-hyperv.vwb"
# await PATTERN COUNT: until the shell has written COUNT lines matching PATTERN (at most 60 s). The commands are
# written while vwb still starts, so a pause alone can end before the shell has even run the command before it.
await() {
  i=0
  while [ "$(grep -Ec -- "$1" "$work/out.txt" 2>/dev/null || true)" -lt "$2" ] && [ "$i" -lt 300 ]; do
    sleep 0.2
    i=$((i + 1))
  done
}
# the commands, with pauses where the run must get on (a change set applied, a plugin time-out passed)
session() {
  echo "vwb:load $seed"
  # long enough to outlast the session on a fast machine: with every device parked, simulated time races ahead
  echo "vwb:start --config hyperv-2008 --speed max 24h"
  echo "vwb:install $example"
  echo "vwb:plugins"
  echo "vwb:set vendor example.kvm-sriov-eli"
  sleep 1
  echo "vwb:set legacy-vm/net0 mode passthrough model sriov-vf backing nic0"
  sleep 1
  echo "vwb:status"
  echo "vwb:uninstall org.example.sriov"
  await "^uninstalled plugin org\.example\.sriov" 1
  sleep 1
  echo "vwb:status"
  # the same plugin installed again: the parked devices resume and the run goes on
  echo "vwb:install $example"
  await "^installed plugin org\.example\.sriov" 2
  # a status a second for six seconds: the run goes on in steps of 1/1000 of its length (86.4 simulated s here) and
  # a status shows the last finished step, so on a loaded machine two statuses a second apart can show the same time
  for _ in 1 2 3 4 5 6; do
    sleep 1
    echo "vwb:status"
  done
  # a change set moves the run back to a profile of vwb's own
  echo "vwb:uninstall org.example.sriov"
  await "^uninstalled plugin org\.example\.sriov" 2
  echo "vwb:set vendor microsoft.hyperv-2008"
  echo "vwb:stop"
  echo "vwb:load $seed"
  echo "vwb:start --config hyperv-2008 --speed max 1h"
  echo "vwb:install $work/org.example.throws.activation.jar"
  echo "vwb:install $work/org.example.throws.request.jar"
  echo "vwb:set legacy-vm/net0 model installed.throws-in-request"
  sleep 2
  echo "vwb:status"
  echo "vwb:stop"
  # the shell's model still names the throwing device (a set edits it): load the seed again for a fresh run
  echo "vwb:load $seed"
  echo "vwb:start --config hyperv-2008 --speed max 1h"
  echo "vwb:install $work/org.example.never.returns.jar"
  echo "vwb:set legacy-vm/net0 model installed.never-returns"
  sleep 5
  echo "vwb:status"
  echo "vwb:stop"
  echo "vwb:start --config esxi-3.5 --speed max 1h"
  sleep 1
  echo "vwb:status"
  echo "vwb:runs"
}
start=$(date +%s)
session | VWB_VMARGS="-Dvwb.plugin.timeout=2s" "$product/vwb" shell > "$work/out.txt" 2> "$work/err.txt" || true
end=$(date +%s)
cat "$work/out.txt" "$work/err.txt" > "$work/all.txt"
check "the example installs from its p2 repository" "$work/out.txt" "^installed plugin org\.example\.sriov 1\.0\.0"
check "its vendor profiles are listed" "$work/out.txt" "example\.kvm-sriov-eli"
check "a live change set moves the run to the example's vendor profile" "$work/out.txt" "^applied.*example\.kvm-sriov-eli"
check "a live change set gives a VM the example's device, an SR-IOV virtual function of its own device family" \
  "$work/out.txt" "^applied.*legacy-vm/net0: e1000 EMULATED -> sriov-vf PASSTHROUGH"
check "the virtual function runs" "$work/out.txt" "^ +legacy-vm/net0 +sriov-vf +PASSTHROUGH +active "
check "uninstalling the example parks the devices that use it" "$work/out.txt" \
  "^ +legacy-vm/net0 +sriov-vf +PASSTHROUGH +parked: .*uninstalled"
check "the example uninstalls" "$work/out.txt" "^uninstalled plugin org\.example\.sriov 1\.0\.0"
# the statuses after the second install: the VF active again, and the run's simulated time going on
awk '/^installed plugin org\.example\.sriov/ { n++ } n == 2' "$work/out.txt" > "$work/again.txt"
check "installing the example again resumes the parked devices" "$work/again.txt" \
  "^ +legacy-vm/net0 +sriov-vf +PASSTHROUGH +active "
grep -E "^run 1 running: .* at [0-9.]+ s simulated" "$work/again.txt" | sed -E 's/.* at ([0-9.]+) s simulated.*/\1/' \
  > "$work/times.txt"
if [ "$(wc -l < "$work/times.txt")" -ge 2 ] && awk 'NR == 1 { first = $1 } END { exit !($1 > first) }' "$work/times.txt"; then
  echo "ok: the run's simulated time goes on after the example is installed again ($(tr '\n' ' ' < "$work/times.txt")s)"
else
  echo "FAILED: the run's simulated time stands still after the example is installed again:"; sed 's/^/  | /' "$work/again.txt"
  failures=$((failures + 1))
fi
check "a change set moves the run from the uninstalled profile to an installed one" "$work/out.txt" \
  "^applied.*vendor profile: example\.kvm-sriov-eli -> microsoft\.hyperv-2008"
check "a plugin that throws at activation is refused in one line naming it" "$work/err.txt" \
  "^error: vwb:install: plugin org\.example\.throws\.activation 1\.0\.0 \(component .*ThrowingAtActivationNic\) failed at activation: .*no licence for this host"
check "a plugin that throws in a request fails its run, named" "$work/all.txt" \
  "device model 'installed\.throws-in-request' \(bundle org\.example\.throws\.request 1\.0\.0.*failed in emulate\(\)"
check "a plugin that never returns fails its run within the time-out, named" "$work/all.txt" \
  "device model 'installed\.never-returns' \(bundle org\.example\.never\.returns 1\.0\.0.*did not answer emulate\(\) within 2 s"
check "the shell goes on: a new run starts afterwards" "$work/out.txt" "^run [0-9]+ started: configuration 'esxi-3\.5'"
echo "the session took $((end - start)) s"

echo "== the example's analysis on the command line, installed and uninstalled"
"$product/vwb" plugins install "$example" > "$work/install.txt"
"$product/vwb" sriov "$seed" --config hyperv-2008 --vm legacy-vm --device net0 --duration 1s > "$work/sriov.txt"
"$product/vwb" plugins uninstall org.example.sriov > "$work/uninstall.txt"
check "vwb plugins install takes the example's repository" "$work/install.txt" "^installed plugin org\.example\.sriov"
check "vwb sriov compares the VF with and without exitless interrupts" "$work/sriov.txt" "^SR-IOV VF, exitless interrupts \(ELI\) +0\.00 "
check "vwb plugins uninstall removes it" "$work/uninstall.txt" "^uninstalled plugin org\.example\.sriov"
if "$product/vwb" sriov "$seed" > /dev/null 2>&1; then echo "FAILED: vwb sriov still there after uninstall"; failures=$((failures + 1)); else echo "ok: vwb sriov is gone after uninstall"; fi

echo "== the example dropped into a running workbench, then taken out"
workbench="$products/org.vwb.workbench.product/linux/gtk/x86_64/vwb-workbench"
dropins="$workbench/dropins"
[ -d "$dropins" ] || { mkdir "$dropins"; made_dropins=yes; }
# on any exit: no workbench left running, no example left in its dropins (set -e holds in the trap too: '|| true')
trap 'if [ -n "${wbpid:-}" ]; then kill -KILL "-$wbpid" 2>/dev/null || true; fi; rm -rf "$work"; rm -f "$dropins"/org.example.sriov*.jar
  [ -z "${made_dropins:-}" ] || rmdir "$dropins" || true' EXIT
if [ -n "${DISPLAY:-}" ]; then set --; else set -- xvfb-run -a -s "-screen 0 1280x1024x24"; fi
# its own process group (setsid), so stopping it stops the virtual display too; its own store of plugins
XDG_CACHE_HOME="$work/workbench-cache" setsid "$@" "$workbench/vwb-workbench" "$seed" > "$work/wb.txt" 2>&1 &
wbpid=$!
# report WANT PATTERN SECONDS: waits until the workbench's last plugins line does (WANT=yes) or does not (no)
# match PATTERN; the line is left in $work/last.txt. Fails at once when the workbench has ended.
report() {
  i=0
  while [ "$i" -lt $(($3 * 5)) ]; do
    grep -E '^vwb-workbench: plugins (at start|changed): ' "$work/wb.txt" | tail -n 1 > "$work/last.txt"
    if grep -Eq -- "$2" "$work/last.txt"; then [ "$1" = yes ] && return 0
    elif [ -s "$work/last.txt" ] && [ "$1" = no ]; then return 0; fi
    kill -0 "$wbpid" 2>/dev/null || return 1
    sleep 0.2
    i=$((i + 1))
  done
  return 1
}
wbcheck() { # wbcheck DESCRIPTION WANT PATTERN SECONDS
  if report "$2" "$3" "$4"; then echo "ok: $1: $(cat "$work/last.txt")"; else
    echo "FAILED: $1 (the workbench's output and log:)"; sed 's/^/  | /' "$work/wb.txt"
    find "$work/workbench-cache" -name '*.log' -exec sed 's/^/  | /' {} + 2>/dev/null; failures=$((failures + 1)); return 1; fi
}
wbstart=$(date +%s)
if wbcheck "the workbench starts and names its views and device models" yes \
  '^vwb-workbench: plugins (at start|changed): views \[Topology, .*\]; device models \[.*e1000' 90; then
  # copied under another name and renamed, so the workbench never takes half a jar
  for jar in "$root"/examples/thirdparty/org.example.sriov.ui.repository/target/repository/plugins/*.jar; do
    cp "$jar" "$dropins/.$(basename "$jar").part" && mv "$dropins/.$(basename "$jar").part" "$dropins/$(basename "$jar")"
  done
  wbcheck "the example's jars in its dropins folder: its view in the Views menu and sriov-vf in the catalogue" yes \
    '^vwb-workbench: plugins changed: views \[.*SR-IOV analysis.*\]; device models \[.*sriov-vf' 60
  rm -f "$dropins"/org.example.sriov*.jar
  wbcheck "the example's jars taken out: its view and sriov-vf are gone" no 'SR-IOV analysis|sriov-vf' 60
fi
# the whole group: the workbench's JVM, xvfb-run and its display ('kill -- -PGID' is not POSIX sh's)
kill -TERM "-$wbpid" 2>/dev/null || true
i=0
while kill -0 "-$wbpid" 2>/dev/null && [ "$i" -lt 50 ]; do sleep 0.2; i=$((i + 1)); done
kill -KILL "-$wbpid" 2>/dev/null || true
echo "the workbench steps took $(($(date +%s) - wbstart)) s"

[ "$failures" -eq 0 ] || { echo "smoke-test-thirdparty: $failures checks failed" >&2; exit 1; }
echo "smoke-test-thirdparty: every check passed"
