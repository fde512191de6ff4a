#!/usr/bin/env bash
# Marquee's benchmark: starts the built WAR on Payara Micro against PostgreSQL with a catalogue of
# MOVIES movies (default 2000, two actors each), then measures start-up time, memory and the latency
# of the main pages with sequential requests, and prints a table. Speed targets live here, never in
# the test suite.
#
#   mvn -B -q -DskipTests package && bench/run.sh            # 2000 movies, 200 requests per page
#   MOVIES=10000 REQUESTS=500 bench/run.sh
#
# Needs: PostgreSQL on 127.0.0.1:5432 with the marquee role (see .ci/run), curl, psql.
set -euo pipefail
cd "$(dirname "$0")/.."

MOVIES=${MOVIES:-2000}
REQUESTS=${REQUESTS:-200}
PORT=${PORT:-8099}
DB=${DB:-marquee_bench}
WAR=web/target/marquee.war
MICRO=web/target/payara-micro.jar
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "Build first: mvn -B -q -DskipTests package" >&2; exit 1; }

psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB OWNER marquee"

LOG=$(mktemp /tmp/marquee-bench.XXXXXX.log)
start=$(date +%s.%N)
MARQUEE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" MARQUEE_DB_USER=marquee MARQUEE_DB_PASSWORD=marquee \
MARQUEE_SAMPLE_DATA=true java -Dmarquee.port="$PORT" -jar "$MICRO" --prebootcommandfile web/src/main/payara/preboot.asadmin \
    --deploy "$WAR" --contextroot / --port "$PORT" --nocluster >"$LOG" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -f "$LOG"' EXIT
until grep -q "Marquee is ready" "$LOG"; do
    if ! kill -0 $PID 2>/dev/null || grep -q "Exception while" "$LOG"; then echo "Marquee did not start; see $LOG" >&2; trap - EXIT; exit 1; fi
    sleep 0.2
done
ready=$(date +%s.%N)
startup=$(echo "$ready - $start" | bc)

# A larger catalogue: ids far above what the application's sequences hand out.
psql -h 127.0.0.1 -U marquee -d "$DB" -q <<SQL
INSERT INTO movies (id, version, title, release_date)
  SELECT 1000000 + g, 0, 'Bench Movie ' || g, DATE '1990-01-01' + g FROM generate_series(1, $MOVIES) g;
INSERT INTO actors (id, version, name, birthday)
  SELECT 1000000 + g, 0, 'Bench Actor ' || g, DATE '1950-01-01' + g FROM generate_series(1, 2 * $MOVIES) g;
INSERT INTO movies_actors (movie_id, actor_id)
  SELECT 1000000 + g, 1000000 + 2 * g - 1 FROM generate_series(1, $MOVIES) g
  UNION ALL SELECT 1000000 + g, 1000000 + 2 * g FROM generate_series(1, $MOVIES) g;
INSERT INTO contact_details (id, phone_number, address, actor_id)
  SELECT 1000000 + g, '555 ' || g, 'Street ' || g || ', ' || (ARRAY['Glendale','Burbank','Pasadena'])[1 + g % 3] || ', CA', 1000000 + g
  FROM generate_series(1, 2 * $MOVIES) g;
INSERT INTO stuntmen (id, name, active, actor_id)
  SELECT 1000000 + g, 'Bench Double ' || g, true, 1000000 + g FROM generate_series(1, 2 * $MOVIES) g;
ANALYZE movies, actors, movies_actors, contact_details, stuntmen;
SQL

base="http://localhost:$PORT"
some_movie=1000001
some_actor=1000001
pages=(
  "/movies"
  "/movies?size=100&sort=-releaseDate"
  "/movies?q=movie%2019&releasedAfter=1995-01-01"
  "/movies/$some_movie"
  "/actors"
  "/actors?city=glendale&size=100"
  "/actors/$some_actor"
  "/api/movies?size=100"
)

printf '\nMarquee benchmark: %s movies, %s actors, PostgreSQL, %s sequential requests per page\n\n' "$MOVIES" "$((2 * MOVIES + 3))" "$REQUESTS"
printf '| %-48s | %6s | %8s | %8s | %8s |\n' "page" "status" "p50 ms" "p99 ms" "max ms"
printf '|%s|%s|%s|%s|%s|\n' "$(printf -- '-%.0s' {1..50})" "--------" "----------" "----------" "----------"
for page in "${pages[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$page")
    for _ in 1 2 3 4 5; do curl -s -o /dev/null "$base$page"; done   # warm-up
    times=$(for _ in $(seq 1 "$REQUESTS"); do curl -s -o /dev/null -w '%{time_total}\n' "$base$page"; done | sort -n)
    pct() { echo "$times" | awk -v p="$1" '{a[NR]=$1} END {i=int((NR*p+99)/100); if(i<1)i=1; printf "%.1f", a[i]*1000}'; }
    printf '| %-48s | %6s | %8s | %8s | %8s |\n' "$page" "$status" "$(pct 50)" "$(pct 99)" "$(pct 100)"
done
rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$PID/status)
printf '\n| %-30s | %12s |\n' "measure" "value"
printf '|%s|%s|\n' "--------------------------------" "--------------"
printf '| %-30s | %12s |\n' "start-up to ready (s)" "$(printf '%.1f' "$startup")"
printf '| %-30s | %12s |\n' "resident memory after run (MB)" "$((rss_kb / 1024))"
printf '| %-30s | %12s |\n' "CPU cores" "$(nproc)"
