#!/bin/sh
# Wall-clock latency of a hot-swap (one change set, one device, 100 VMs under load): p50 and p99.
# Runs SwapLatencyBenchmark in the core's OSGi test runtime (it is not part of the normal test run); the
# figures are the lines starting with "swap latency". See docs/benchmarks.md.
cd "$(dirname "$0")/../.." || exit 1
./mvnw -B verify -DskipTests=false -Dtest=SwapLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -DfailIfNoTests=false -Dvwb.test.vmargs=-XX:+UseParallelGC 2>&1 | grep -E "swap latency|BUILD|ERROR"
