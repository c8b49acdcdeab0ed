#!/bin/sh
# Start to first painted window: the workbench against a bare e4 application with one empty part, started the
# same way, in one run.
#   (a) the workbench: the product's own launch script on the seed example (or FILE), to the first paint of its
#       window (-Dvwb.firstPaint: the workbench prints the time of its first paint and ends);
#   (b) bare: the same installation, launcher, JVM and product (its style sheet), with -applicationXMI naming a
#       one-window, one-empty-part application model of a probe bundle built here, whose part prints the time of
#       the first paint the same way. Both have their Equinox and workbench state cleared before each run (cold).
# Prints each run, the medians and the ratio (a)/(b) by wall time (target: at most 2) and by the CPU time the JVM
# used until then (every thread; a loaded machine changes it far less than wall time), and the load average.
# Usage: xvfb-run -a -s "-screen 0 1280x1024x24" releng/benchmarks/ui-startup.sh [N] [FILE]
# Needs the built products (./mvnw -B package -DskipTests) and a JDK (javac, jar) for the probe bundle.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
runs=${1:-5}
file=${2:-$root/examples/seed/esx-vs-hyperv.vwb}
product="$root/releng/org.vwb.repository/target/products/org.vwb.workbench.product/linux/gtk/x86_64/vwb-workbench"
[ -x "$product/vwb-workbench" ] || { echo "ui-startup.sh: build the products first: ./mvnw -B package -DskipTests" >&2; exit 1; }
[ -n "${DISPLAY:-}" ] || { echo "ui-startup.sh: no display: run it under xvfb-run -a -s \"-screen 0 1280x1024x24\"" >&2; exit 1; }
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
jar=${JAVA_HOME:+$JAVA_HOME/bin/}jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# one installation for both: a copy of the product with the probe bundle added (installed, never started by itself)
cp -r "$product" "$work/install"
plugin() { ls "$work/install/plugins/$1"_*.jar | head -n 1; }

mkdir -p "$work/bare/src/bare" "$work/bare/classes"
cat > "$work/bare/src/bare/EmptyPart.java" <<'JAVA'
package bare;

/** The one, empty part; it watches for the first paint with the workbench's own probe, compiled in. */
public final class EmptyPart {
    @jakarta.annotation.PostConstruct
    public void create(org.eclipse.swt.widgets.Composite parent) {
        org.vwb.ui.internal.handlers.FirstPaint.watchIf(parent.getDisplay());
    }
}
JAVA
# the standard add-ons every e4 application model has (the workbench's has these and its own session add-on)
addon() { printf '  <addons xmi:id="_%s" elementId="%s" contributionURI="bundleclass://%s/%s"/>\n' "$1" "$1" "$2" "$3"; }
{
  echo '<?xml version="1.0" encoding="UTF-8"?>'
  echo '<application:Application xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:application="http://www.eclipse.org/ui/2010/UIModel/application" xmlns:basic="http://www.eclipse.org/ui/2010/UIModel/application/ui/basic" xmi:id="_app" elementId="bare.application">'
  echo '  <children xsi:type="basic:TrimmedWindow" xmi:id="_window" elementId="bare.window" label="bare" x="0" y="0" width="1280" height="960">'
  echo '    <children xsi:type="basic:Part" xmi:id="_part" elementId="bare.part" contributionURI="bundleclass://vwb.bare/bare.EmptyPart" label="Empty"/>'
  echo '  </children>'
  addon commands org.eclipse.e4.core.commands org.eclipse.e4.core.commands.CommandServiceAddon
  addon contexts org.eclipse.e4.ui.services org.eclipse.e4.ui.services.ContextServiceAddon
  addon bindings org.eclipse.e4.ui.bindings org.eclipse.e4.ui.bindings.BindingServiceAddon
  addon commandsModel org.eclipse.e4.ui.workbench org.eclipse.e4.ui.internal.workbench.addons.CommandProcessingAddon
  addon contextsModel org.eclipse.e4.ui.workbench org.eclipse.e4.ui.internal.workbench.addons.ContextProcessingAddon
  addon bindingsModel org.eclipse.e4.ui.workbench.swt org.eclipse.e4.ui.workbench.swt.util.BindingProcessingAddon
  addon handlersModel org.eclipse.e4.ui.workbench org.eclipse.e4.ui.internal.workbench.addons.HandlerProcessingAddon
  echo '</application:Application>'
} > "$work/bare/classes/Application.e4xmi"
printf 'Bundle-ManifestVersion: 2\nBundle-SymbolicName: vwb.bare;singleton:=true\nBundle-Version: 1.0.0\nRequire-Bundle: org.eclipse.swt\nImport-Package: jakarta.annotation;version="[2.0.0,3.0.0)"\nBundle-ActivationPolicy: lazy\n' > "$work/bare/MANIFEST.MF"
"$javac" -d "$work/bare/classes" -cp "$(plugin org.eclipse.swt.gtk.linux.x86_64):$(plugin jakarta.annotation-api)" \
  "$work/bare/src/bare/EmptyPart.java" "$root/bundles/org.vwb.ui/src/org/vwb/ui/internal/handlers/FirstPaint.java"
"$jar" cfm "$work/install/plugins/vwb.bare_1.0.0.jar" "$work/bare/MANIFEST.MF" -C "$work/bare/classes" .
sed -i 's|^osgi.bundles=|osgi.bundles=reference\\:file\\:vwb.bare_1.0.0.jar@4,|' "$work/install/configuration/config.ini"

now() { date +%s%3N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
# one cold start to the first paint: appends its wall and CPU milliseconds to $1.wall and $1.cpu; the rest are
# the launch script's arguments
paint() {
  what=$1
  shift
  rm -rf "$work/cache"
  start=$(now)
  XDG_CACHE_HOME="$work/cache" VWB_VMARGS="${VWB_VMARGS:-} -Dvwb.firstPaint" timeout 300 \
    "$work/install/vwb-workbench" "$@" > "$work/out" 2>&1 || true
  line=$(grep '^first-paint [0-9]* -\{0,1\}[0-9]*$' "$work/out" | head -n 1)
  [ -n "$line" ] || { echo "ui-startup.sh: $what never painted its window:" >&2; cat "$work/out" >&2; exit 1; }
  set -- $line
  echo $(($2 - start)) >> "$work/$what.wall"
  echo "$3" >> "$work/$what.cpu"
}

i=1
while [ "$i" -le "$runs" ]; do
  paint workbench "$file"
  paint bare -applicationXMI vwb.bare/Application.e4xmi
  echo "run $i: workbench on $(basename "$file") $(tail -n 1 "$work/workbench.wall") ms ($(tail -n 1 "$work/workbench.cpu") ms CPU)," \
    "bare e4 application with one empty part $(tail -n 1 "$work/bare.wall") ms ($(tail -n 1 "$work/bare.cpu") ms CPU)"
  i=$((i + 1))
done
wall_vwb=$(median < "$work/workbench.wall")
wall_bare=$(median < "$work/bare.wall")
cpu_vwb=$(median < "$work/workbench.cpu")
cpu_bare=$(median < "$work/bare.cpu")
echo "median of $runs cold starts to the first painted window: workbench ${wall_vwb} ms (${cpu_vwb} ms CPU), bare e4" \
  "application ${wall_bare} ms (${cpu_bare} ms CPU); ratio $(ratio "$wall_vwb" "$wall_bare") by wall time," \
  "$(ratio "$cpu_vwb" "$cpu_bare") by CPU time (target: at most 2); load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
