#!/usr/bin/env bash
# Marquee's reliability run: ReliabilityIT (web/src/test/java/app/marquee/it) in its full mode, then
# its table. The full mode sends the whole bad-input corpus, races 16 clients for 50 rounds of each
# kind, cuts the database for 30 s under load and soaks a steady mixed load for 20 minutes; the test
# command (./mvnw -B verify) runs the same class in its short mode. Speed and drift are measured
# here and in the table, never asserted as timings.
#
#   bench/reliability.sh                 # full mode, about 30 minutes on 2 cores
#   MODE=short bench/reliability.sh      # the short mode, about 2 minutes
#
# Builds what it needs (the WAR, through Maven's verify of the web module and the modules it uses)
# and runs only ReliabilityIT, in a database and on a proxy port of its own (DB, PROXY_PORT), so it
# does not disturb another build. Needs what the test command needs: PostgreSQL with the marquee
# role on 127.0.0.1 (tools/prepare-test-services.sh, which Maven runs first, creates the database).
# Prints the table and keeps it as bench/results/reliability.md; exits with Maven's status, which
# is non-zero while any expectation of the suite fails.
set -uo pipefail
cd "$(dirname "$0")/.."

MODE=${MODE:-full}
DB=${DB:-marquee_reliability}
PROXY_PORT=${PROXY_PORT:-15442}
RESULTS=web/target/reliability-results.md
LOG=web/target/reliability-maven.log

mkdir -p web/target bench/results
rm -f "$RESULTS"
echo "Running ReliabilityIT in $MODE mode (Maven's output: $LOG)…"
./mvnw -B verify -pl web -am \
    -Dtest=NoUnitTestsHere -Dsurefire.failIfNoSpecifiedTests=false -Dit.failIfNoSpecifiedTests=false \
    -Dit.test=ReliabilityIT -Dreliability.mode="$MODE" \
    -Dtest.db.name="$DB" -Dtest.db.proxy.port="$PROXY_PORT" -Dtest.payara.consoleOutput=false \
    >"$LOG" 2>&1
status=$?

if [ ! -f "$RESULTS" ]; then
    echo "ReliabilityIT wrote no results; the end of Maven's output:" >&2
    tail -40 "$LOG" >&2
    exit $(( status == 0 ? 1 : status ))
fi
cp "$RESULTS" bench/results/reliability.md
echo
cat "$RESULTS"
echo
grep -E "Tests run:.*ReliabilityIT|BUILD (SUCCESS|FAILURE)" "$LOG" | tail -2
exit "$status"
