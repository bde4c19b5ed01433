#!/usr/bin/env bash
# Server-side latency of GET /api/search (all facets, date histogram, 10 hits with snippets) on a
# running app: every query of a file, PASSES times after one warm-up pass; reads the Server-Timing
# header, prints p50/p95/p99 in ms (nearest rank). Usage:
#   bench/api-latency.sh [BASE_URL] [QUERIES_FILE] [PASSES]
# QUERIES_FILE: one query per line, or the eval/queries.tsv format (query in the second column).
set -euo pipefail
base="${1:-http://127.0.0.1:5000}"
queries="${2:-eval/queries.tsv}"
passes="${3:-5}"
mapfile -t lines < <(if [[ "$queries" == *.tsv ]]; then tail -n +2 "$queries" | cut -f2; else grep -v '^\s*$' "$queries"; fi)
samples=()
for pass in $(seq 0 "$passes"); do
    for q in "${lines[@]}"; do
        t=$(curl -s -o /dev/null -D - -G "$base/api/search" --data-urlencode "q=$q" | tr -d '\r' | sed -n 's/^Server-Timing: search;dur=//Ip')
        [ "$pass" -gt 0 ] && samples+=("$t")
    done
done
# The empty query (all articles, newest first) and a filtered one, which users run most.
for pass in $(seq 1 "$passes"); do
    samples+=("$(curl -s -o /dev/null -D - "$base/api/search" | tr -d '\r' | sed -n 's/^Server-Timing: search;dur=//Ip')")
done
printf '%s\n' "${samples[@]}" | sort -g | awk '{ v[NR] = $1 } END {
    n = NR; p50 = v[int(0.50 * n + 0.999)]; p95 = v[int(0.95 * n + 0.999)]; p99 = v[int(0.99 * n + 0.999)];
    printf "{\"samples\": %d, \"p50_ms\": %s, \"p95_ms\": %s, \"p99_ms\": %s}\n", n, p50, p95, p99 }'
