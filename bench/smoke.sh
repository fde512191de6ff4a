#!/usr/bin/env bash
# The benchmark in smoke mode, run by the README's test command (the web module's verify phase) so
# that the scripts cannot rot: generate.sh fills a 1k catalogue, load.sh measures every page for one
# second, and this script fails unless every page answered 200 with no errors and the table was
# written. About a minute; the numbers mean nothing. Skipped with -DskipTests or -DskipITs.
#
#   bench/smoke.sh [RESULTS]        RESULTS: where the table goes (web/target/bench-smoke)
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=${1:-web/target/bench-smoke}
DB=marquee_bench_smoke
mkdir -p "$RESULTS"
rm -f "$RESULTS"/load-1k-*.md

bench/generate.sh 1k "$DB" > "$RESULTS/generate.log" 2>&1 || { cat "$RESULTS/generate.log" >&2; exit 1; }
DB=$DB PORT=${PORT:-8293} DURATION=1 WARMUP=0 PREWARM=0 CONNECTIONS=4 WRITES=20 RESULTS="$RESULTS" \
    bench/load.sh > "$RESULTS/load.log" 2>&1 || { cat "$RESULTS/load.log" >&2; exit 1; }

table=$(ls "$RESULTS"/load-1k-*.md)
pages=$(grep -c '^| `/' "$table")
# Columns: page, status, requests, errors, ...
bad=$(awk -F' *\\| *' '/^\| `\// && ($3 != 200 || $5 != 0 || $4 == 0) {print $2 " status " $3 ", " $4 " requests, " $5 " errors"}' "$table")
# The writes: PUT row with 20 writes and no errors.
writes=$(awk -F' *\\| *' '/^\| `PUT / {print $3 " " $4}' "$table")
[ "$writes" = "20 0" ] || bad="${bad:+$bad; }writes: '${writes:-no write row}' instead of 20 writes without errors"
if [ "$pages" -lt 10 ] || [ -n "$bad" ]; then
    echo "Benchmark smoke test failed ($pages pages in $table):" >&2
    echo "${bad:-fewer than 10 pages measured}" >&2
    exit 1
fi
echo "Benchmark smoke test: $pages pages answered 200 without errors ($table)"
