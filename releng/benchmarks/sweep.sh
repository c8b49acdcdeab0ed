#!/bin/sh
# Sweep benchmarks with the built product, each figure from the sweep's own 'swept N runs in T s wall' line (the
# JVM's start is not in it; a cluster client's connection is):
#   (1) 32 runs of the seed example on 1 core against 2 cores (--parallel 1 / 2): the speed-up (target >= 1.8);
#   (2) the cluster path's overhead per run: N runs of 1 simulated ms (almost no simulation) on one local member
#       against the local executor with as many workers, minus the same with 1 run (the client's connection and
#       other fixed costs), per run and worker (target < 50 ms);
#   (3) the same 36-run sweep on 2 and then 3 local members.
# Usage: releng/benchmarks/sweep.sh. Needs the built product (./mvnw -B package -DskipTests). Members listen on
# 127.0.0.1 only; every process started is stopped.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd -P)
product="$root/releng/org.vwb.repository/target/products/org.vwb.headless.product/linux/gtk/x86_64/vwb/vwb"
[ -x "$product" ] || { echo "sweep.sh: build the product first: ./mvnw -B package -DskipTests" >&2; exit 1; }
seed="$root/examples/seed/esx-vs-hyperv.vwb"
work=$(mktemp -d)
pids=""
cleanup() {
  for pid in $pids; do kill "$pid" 2>/dev/null || true; done
  for pid in $pids; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT INT TERM
base=$((21000 + ($$ % 2000) * 10))

wall() { # prints the wall seconds of one sweep: ARGS...
  XDG_CACHE_HOME="$work/cache-client" "$product" sweep "$seed" "$@" 2>&1 >/dev/null \
    | sed -n 's/^swept [0-9]* runs in \([0-9.]*\) s wall.*/\1/p'
}
member() { # port join...
  port=$1
  shift
  XDG_CACHE_HOME="$work/cache-$port" "$product" member --port "$port" "$@" 2>"$work/member-$port.err" &
  pids="$pids $!"
}
await_members() { # port count
  n=0
  until grep -Eq "; $2 members? in the cluster" "$work/member-$1.err" 2>/dev/null; do
    n=$((n + 1)); [ "$n" -le 240 ] || { echo "sweep.sh: members did not form" >&2; exit 1; }
    sleep 0.5
  done
}
echo "machine: $(nproc) cores, load average $(cut -d ' ' -f 1-3 /proc/loadavg) before the runs"

# (1) 32 runs: 2 configurations x 4 rates x 4 seeds, 10 simulated s each
runs32="--vary rate=500,1000,2000,4000 --seeds 4 --duration 10s"
# shellcheck disable=SC2086
wall $runs32 --parallel 2 >/dev/null # warm the caches of the file system and of Equinox
# shellcheck disable=SC2086
one=$(wall $runs32 --parallel 1)
# shellcheck disable=SC2086
two=$(wall $runs32 --parallel 2)
echo "32 runs: 1 core $one s, 2 cores $two s, speed-up $(echo "$one / $two" | bc -l | cut -c 1-4) (target >= 1.8)"

# (2) the cluster path's overhead: one member (2 workers) against the local executor with 2 workers
member $base
await_members $base 1
tiny="--config hyperv-2008 --duration 1ms --seeds"
# shellcheck disable=SC2086
wall $tiny 1 --cluster 127.0.0.1:$base >/dev/null # the member's first runs load its classes
# shellcheck disable=SC2086
c1=$(wall $tiny 1 --cluster 127.0.0.1:$base)
# shellcheck disable=SC2086
cn=$(wall $tiny 200 --cluster 127.0.0.1:$base)
# shellcheck disable=SC2086
l1=$(wall $tiny 1 --parallel 2)
# shellcheck disable=SC2086
ln=$(wall $tiny 200 --parallel 2)
echo "200 runs of 1 simulated ms: cluster $cn s (1 run: $c1 s), local $ln s (1 run: $l1 s)"
echo "cluster overhead per run: $(echo "(($cn - $c1) - ($ln - $l1)) / 199 * 2 * 1000" | bc -l | cut -c 1-5) ms of a worker's time (target < 50 ms)"
kill $pids; wait $pids 2>/dev/null || true; pids=""

# (3) 2 and then 3 members: 2 configurations x 3 rates x 6 seeds, 10 simulated s each
runs36="--vary rate=1000,2000,4000 --seeds 6 --duration 10s"
member $((base + 1))
member $((base + 2)) --join 127.0.0.1:$((base + 1))
await_members $((base + 2)) 2
# shellcheck disable=SC2086
w2=$(wall $runs36 --cluster 127.0.0.1:$((base + 1)),127.0.0.1:$((base + 2)))
member $((base + 3)) --join 127.0.0.1:$((base + 1)),127.0.0.1:$((base + 2))
await_members $((base + 3)) 3
# shellcheck disable=SC2086
w3=$(wall $runs36 --cluster 127.0.0.1:$((base + 1)),127.0.0.1:$((base + 2)),127.0.0.1:$((base + 3)))
echo "36 runs: 2 members $w2 s, 3 members $w3 s (all on this machine's $(nproc) cores)"
echo "load average after: $(cut -d ' ' -f 1-3 /proc/loadavg)"
