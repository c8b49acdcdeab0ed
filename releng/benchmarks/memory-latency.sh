#!/bin/sh
# What a cache miss costs on this machine: a pointer chase through a buffer of N MiB (each load to a random line,
# the next address read from the last), one chain or several independent ones at a time, in nanoseconds per load.
# The scale benchmark waits on such loads (docs/benchmarks.md): run this beside it to tell a slow hour from a slow
# change. Usage: releng/benchmarks/memory-latency.sh [MIB...]   (default: 1 3 40 400). Needs gcc.
set -eu
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/chase.c" <<'C'
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
static double now(void) { struct timespec t; clock_gettime(CLOCK_MONOTONIC, &t); return t.tv_sec + t.tv_nsec * 1e-9; }
int main(int argc, char **argv) {
    size_t lines = (size_t) atoi(argv[1]) * 1024 * 1024 / 64;
    int chains = atoi(argv[2]);
    uint64_t *buffer = aligned_alloc(2 * 1024 * 1024, lines * 64);
    size_t *order = malloc(lines * sizeof(size_t));
    for (size_t i = 0; i < lines; i++) order[i] = i;
    srand(1);
    for (size_t i = lines - 1; i > 0; i--) {
        size_t j = ((size_t) rand() * RAND_MAX + rand()) % (i + 1), t = order[i];
        order[i] = order[j];
        order[j] = t;
    }
    for (size_t i = 0; i < lines; i++) buffer[order[i] * 8] = order[(i + 1) % lines] * 8;
    size_t at[16];
    for (int c = 0; c < chains; c++) at[c] = order[lines / chains * c] * 8;
    long steps = 20000000 / chains;
    double start = now();
    for (long s = 0; s < steps; s++)
        for (int c = 0; c < chains; c++) at[c] = buffer[at[c]];
    double seconds = now() - start;
    size_t sink = 0;
    for (int c = 0; c < chains; c++) sink += at[c];
    printf("%5s MiB, %2d chain(s): %6.1f ns per load%s\n", argv[1], chains, seconds * 1e9 / (steps * chains),
           sink == 1 ? " " : "");
    return 0;
}
C
command -v gcc >/dev/null || { echo "memory-latency.sh: needs gcc (apt-get install gcc)" >&2; exit 2; }
gcc -O2 -o "$work/chase" "$work/chase.c"
[ $# -eq 0 ] && set -- 1 3 40 400
for mib in "$@"; do
  case "$mib" in
    ''|*[!0-9]*|0) echo "memory-latency.sh: '$mib' is not a size in MiB (a whole number from 1 to 4096)" >&2; exit 2 ;;
  esac
  [ "$mib" -le 4096 ] || { echo "memory-latency.sh: '$mib' MiB is more than 4096" >&2; exit 2; }
done
for mib in "$@"; do
  "$work/chase" "$mib" 1
  "$work/chase" "$mib" 10
done
