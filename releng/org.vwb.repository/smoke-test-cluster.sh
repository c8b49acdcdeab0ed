#!/bin/sh
# Sweeps on a real cluster, with the built product: a local sweep, then the same sweep on three members started
# as separate JVMs on 127.0.0.1, one of them killed with SIGKILL mid-sweep. The cluster's CSV must equal the local
# one byte for byte (each run exactly once, bit-identical per seed). Every process started here is stopped, and
# every wait is bounded. Run by smoke-test.sh (verify); arguments: the repository module's target folder, the
# repository root.
set -u
product="$1/products/org.vwb.headless.product/linux/gtk/x86_64/vwb/vwb"
seed="$2/examples/seed/esx-vs-hyperv.vwb"
work="$1/smoke-cluster"
rm -rf "$work" && mkdir -p "$work"
pids=""
cleanup() {
  for pid in $pids; do kill -9 "$pid" 2>/dev/null; done
  for pid in $pids; do wait "$pid" 2>/dev/null; done
}
trap cleanup EXIT INT TERM
fail() { echo "smoke test FAILED (cluster): $*" >&2; for f in "$work"/*.err; do echo "--- $f" >&2; cat "$f" >&2; done; exit 1; }

# ports from this process's id, so two builds on one machine rarely meet; a member that cannot bind says so below
base=$((20000 + ($$ % 2000) * 10))
p1=$base p2=$((base + 1)) p3=$((base + 2))
sweep="--vary rate=200,2000,8000 --seeds 4 --duration 4s --quiet"

# the reference: the local executor (every core)
# shellcheck disable=SC2086 # $sweep is a list of options
XDG_CACHE_HOME="$work/cache-local" timeout 600 "$product" sweep "$seed" $sweep --csv "$work/local.csv" \
  >/dev/null 2>"$work/local.err" || fail "the local sweep exited $?"

member() { # port cache join...
  port=$1 cache=$2
  shift 2
  XDG_CACHE_HOME="$work/$cache" "$product" member --port "$port" "$@" 2>"$work/$cache.err" &
  pids="$pids $!"
  eval "pid_$cache=$!"
}
member "$p1" m1
member "$p2" m2 --join "127.0.0.1:$p1"
member "$p3" m3 --join "127.0.0.1:$p1,127.0.0.1:$p2"
# the third member knows when the cluster is whole: 'started with 3 members' or a later 'joined; 3 members'
waited=0
until grep -q '; 3 members in the cluster' "$work/m3.err" 2>/dev/null; do
  waited=$((waited + 1))
  [ "$waited" -le 360 ] || fail "three members did not form a cluster within 3 minutes"
  sleep 0.5
done

# shellcheck disable=SC2086
XDG_CACHE_HOME="$work/cache-client" timeout 600 "$product" sweep "$seed" $sweep --csv "$work/cluster.csv" \
  --cluster "127.0.0.1:$p1,127.0.0.1:$p2,127.0.0.1:$p3" >/dev/null 2>"$work/cluster.err" &
client=$!
pids="$pids $client"
# mid-sweep: as soon as the third member has taken runs of the sweep (it says so once per sweep)
waited=0
until grep -q 'taking runs of sweep' "$work/m3.err" 2>/dev/null; do
  waited=$((waited + 1))
  [ "$waited" -le 360 ] || fail "the third member took no run within 3 minutes"
  kill -0 "$client" 2>/dev/null || fail "the cluster sweep ended before the third member took a run"
  sleep 0.5
done
# shellcheck disable=SC2154 # set by eval in member()
kill -9 "$pid_m3"
wait "$client" || fail "the cluster sweep exited $? after a member was killed"
cmp -s "$work/local.csv" "$work/cluster.csv" || fail "the cluster's results differ from the local executor's:
$(diff "$work/local.csv" "$work/cluster.csv")"
echo "smoke test of sweeps on three members, one killed mid-sweep: passed" >&2
