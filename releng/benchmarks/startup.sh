#!/bin/sh
# Cold start of the headless product against a bare Equinox + Felix SCR on the same JVM, in one run.
#   (a) the product: 'vwb ARGS' (default: plugins) from launch to exit, with its configuration cache cleared first;
#   (b) bare: org.eclipse.osgi with Felix SCR (and the OSGi APIs it needs) started at level 2 and a probe bundle
#       at level 3 that prints one line from its activator and then stops the framework (Equinox's own
#       osgi.noShutdown=false leaves its container thread alive). Also from launch to exit, cache cleared.
# Prints each run, the medians and the ratio (a)/(b). Usage: releng/benchmarks/startup.sh [N] [-- VWB ARGS...]
# Needs the built product (./mvnw -B package -DskipTests) and a JDK (javac, jar) for the probe bundle.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
runs=${1:-7}
[ $# -gt 0 ] && shift
[ "${1:-}" = "--" ] && shift
[ $# -eq 0 ] && set -- plugins
product="$root/releng/org.vwb.repository/target/products/org.vwb.headless.product/linux/gtk/x86_64/vwb"
[ -x "$product/vwb" ] || { echo "startup.sh: build the product first: ./mvnw -B package -DskipTests" >&2; exit 1; }
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
jar=${JAVA_HOME:+$JAVA_HOME/bin/}jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
plugin() { ls "$product"/plugins/"$1"_*.jar | head -n 1; }

# the probe: the "trivial application" of the bare framework
mkdir -p "$work/probe/src/probe" "$work/probe/classes"
cat > "$work/probe/src/probe/Probe.java" <<'JAVA'
package probe;
public final class Probe implements org.osgi.framework.BundleActivator {
    public void start(org.osgi.framework.BundleContext context) {
        System.out.println("probe started");
        // the framework is up: stop it, as an application that has printed its result ends
        new Thread(() -> { try { context.getBundle(0).stop(); } catch (Exception e) { } }).start();
    }
    public void stop(org.osgi.framework.BundleContext context) { }
}
JAVA
printf 'Bundle-ManifestVersion: 2\nBundle-SymbolicName: probe\nBundle-Version: 1.0.0\nBundle-Activator: probe.Probe\nImport-Package: org.osgi.framework\n' > "$work/probe/MANIFEST.MF"
"$javac" -d "$work/probe/classes" -cp "$(plugin org.eclipse.osgi)" "$work/probe/src/probe/Probe.java"
"$jar" cfm "$work/probe.jar" "$work/probe/MANIFEST.MF" -C "$work/probe/classes" .
mkdir -p "$work/bare-config"
cat > "$work/bare-config/config.ini" <<INI
osgi.bundles=reference:file:$(plugin org.osgi.util.function)@1:start,reference:file:$(plugin org.osgi.util.promise)@1:start,reference:file:$(plugin org.osgi.service.component)@1:start,reference:file:$(plugin org.apache.felix.scr)@2:start,reference:file:$work/probe.jar@3:start
osgi.bundles.defaultStartLevel=4
eclipse.ignoreApp=true
INI

now() { date +%s%N; }
millis() { echo $(( ($2 - $1) / 1000000 )); }
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : int((a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }

: > "$work/product.ms"
: > "$work/bare.ms"
i=1
while [ "$i" -le "$runs" ]; do
  rm -rf "$work/cache" "$work/bare-area"
  start=$(now)
  XDG_CACHE_HOME="$work/cache" "$product/vwb" "$@" > "$work/product.out" 2>&1 || true
  end=$(now)
  [ -s "$work/product.out" ] || { echo "startup.sh: vwb $* printed nothing" >&2; exit 1; }
  millis "$start" "$end" >> "$work/product.ms"
  start=$(now)
  "$java" -Dosgi.sharedConfiguration.area="$work/bare-config" -jar "$(plugin org.eclipse.osgi)" \
    -configuration "$work/bare-area" > "$work/bare.out" 2>&1
  end=$(now)
  grep -q "probe started" "$work/bare.out" || { echo "startup.sh: the bare framework did not start the probe:" >&2; cat "$work/bare.out" >&2; exit 1; }
  millis "$start" "$end" >> "$work/bare.ms"
  echo "run $i: vwb $* $(tail -n 1 "$work/product.ms") ms, bare Equinox + SCR $(tail -n 1 "$work/bare.ms") ms"
  i=$((i + 1))
done
product_median=$(median < "$work/product.ms")
bare_median=$(median < "$work/bare.ms")
echo "median of $runs cold starts: vwb $* ${product_median} ms, bare Equinox + Felix SCR ${bare_median} ms," \
  "ratio $(awk -v a="$product_median" -v b="$bare_median" 'BEGIN { printf "%.2f", a / b }') (target: at most 2)"
