#!/usr/bin/env bash
# The database's own limit for two pages: the SQL that /movies and /movies/{id} run, captured from
# PostgreSQL's log, replayed by pgbench with the concurrency of bench/load.sh, and the page's
# throughput (from a bench/load.sh results file) as a percentage of it.
#
#   bench/generate.sh 10k && bench/load.sh && bench/dblimit.sh bench/results/load-10k-<date>.md
#
# Settings (environment): DB (marquee_bench), PORT (8292), DURATION (20), CLIENTS (16), JOBS (2).
#
# How the SQL is captured: log_statement = 'all' is set for the database (ALTER DATABASE, so only
# sessions of this database log, and only while this script runs: it is reset on exit), Payara is
# started on it, each page is requested once to warm up, then once more while the PostgreSQL log
# is watched. The statements of that second request, with the parameters PostgreSQL logged for
# them substituted as literals, become one pgbench transaction (-M prepared, like the JDBC driver's
# server-side prepared statements). pgbench runs with Payara stopped, so the database has the
# machine to itself (less wrk, Payara and the JVM): the number is an upper bound for the page.
set -euo pipefail
cd "$(dirname "$0")/.."

RESULTS=${1:-}
DB=${DB:-marquee_bench}
PORT=${PORT:-8292}
DURATION=${DURATION:-20}
CLIENTS=${CLIENTS:-16}
JOBS=${JOBS:-2}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
WAR=web/target/marquee.war
MICRO=web/target/payara-micro.jar
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "Build first: ./mvnw -B -q package -pl web -am -DskipTests" >&2; exit 1; }
case "$DB" in marquee_bench*) ;; *) echo "DB must start with marquee_bench" >&2; exit 2 ;; esac
PGLOG=$(ls -t /var/log/postgresql/postgresql-*-main.log 2>/dev/null | head -1)
[ -r "$PGLOG" ] || { echo "Cannot read PostgreSQL's log in /var/log/postgresql" >&2; exit 1; }

sq() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
movies=$(sq -c "SELECT count(*) FROM movies")
movie_id=$(sq -c "SELECT id FROM movies ORDER BY id OFFSET $((movies / 2)) LIMIT 1")

RUN=$(mktemp -d /tmp/marquee-dblimit.XXXXXX)
PID=
cleanup() {
    sq -c "ALTER DATABASE $DB RESET log_statement" 2>/dev/null || true
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$PID" 2>/dev/null || true
    fi
    wait 2>/dev/null || true
    rm -rf "$RUN/runtime"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

sq -c "ALTER DATABASE $DB SET log_statement = 'all'"
MARQUEE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" MARQUEE_DB_USER=marquee MARQUEE_DB_PASSWORD=marquee \
MARQUEE_SAMPLE_DATA=false java -Dmarquee.port="$PORT" -jar "$MICRO" \
    --prebootcommandfile web/src/main/payara/preboot.asadmin \
    --logproperties web/src/main/payara/logging.properties \
    --rootdir "$RUN/runtime" --deploy "$WAR" --contextroot / --port "$PORT" \
    --nocluster --nohazelcast >"$RUN/payara.log" 2>&1 &
PID=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 1 1500); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/movies")" = 200 ] && break
    kill -0 "$PID" 2>/dev/null || { echo "Payara exited; see $RUN/payara.log" >&2; exit 1; }
    sleep 0.2
done

# capture NAME PATH: the statements of one request to PATH, as a pgbench script $RUN/NAME.sql
capture() {
    curl -s -o /dev/null "$base$2"; curl -s -o /dev/null "$base$2"; sleep 0.5
    local from; from=$(stat -c %s "$PGLOG")
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$base$2")" = 200 ] || { echo "$2 did not answer 200" >&2; exit 1; }
    sleep 0.5
    # Lines of this database: "... LOG:  execute <name>: SQL" then maybe "... DETAIL:  parameters: $1 = '…', …".
    tail -c +"$((from + 1))" "$PGLOG" | grep -F "@$DB " | python3 -c '
import re, sys
out, pending = [], None
def flush():
    if pending is not None:
        out.append(pending.rstrip().rstrip(";") + ";")
for line in sys.stdin:
    m = re.search(r" LOG:  (?:execute [^:]*|statement): (.*)$", line)
    if m:
        flush(); pending = m.group(1); continue
    m = re.search(r" DETAIL:  parameters: (.*)$", line)
    if m and pending is not None:
        params = dict(re.findall(r"\$(\d+) = ((?:\x27(?:[^\x27]|\x27\x27)*\x27)|NULL)", m.group(1)))
        pending = re.sub(r"\$(\d+)\b", lambda p: params.get(p.group(1), p.group(0)), pending)
flush()
print("\n".join(s for s in out if s.strip(";").strip()))
' >"$RUN/$1.sql"
    [ -s "$RUN/$1.sql" ] || { echo "No SQL captured for $2" >&2; exit 1; }
}
capture list "/movies"
capture show "/movies/$movie_id"
sq -c "ALTER DATABASE $DB RESET log_statement"
cleanup; PID=

page_rps() { # req/s of a page in the results file of bench/load.sh
    [ -n "$RESULTS" ] && [ -f "$RESULTS" ] || return 0
    awk -F'|' -v p="$1" '{ gsub(/[ `]/, "", $2) } $2 ~ p { gsub(/ /, "", $6); print $6; exit }' "$RESULTS"
}

{
    echo "# The database's own limit: $movies movies ($DB)"
    echo
    echo "- date: $(date -u +%Y-%m-%dT%H:%MZ); $(nproc) CPU cores; pgbench -n -M prepared -c$CLIENTS -j$JOBS -T$DURATION, Payara stopped"
    [ -n "$RESULTS" ] && echo "- page throughput from $RESULTS"
    echo
    echo "| page | SQL statements (with BEGIN/COMMIT) | pgbench transactions/s | page req/s | page as % of the database's limit |"
    echo "|---|---|---|---|---|"
    for name in list show; do
        if [ $name = list ]; then page=/movies; pattern='^/movies$'; else page="/movies/$movie_id"; pattern='^/movies/[0-9]+$'; fi
        tps=$(pgbench -h "$PGHOST" -p "$PGPORT" -U marquee -n -M prepared -c"$CLIENTS" -j"$JOBS" -T"$DURATION" \
                -f "$RUN/$name.sql" "$DB" 2>/dev/null | awk '/^tps/ {printf "%.0f", $3; exit}')
        rps=$(page_rps "$pattern")
        pct=-; [ -n "$rps" ] && [ -n "$tps" ] && pct=$(awk -v a="$rps" -v b="$tps" 'BEGIN { printf "%.0f %%", 100 * a / b }')
        echo "| \`$page\` | $(grep -c . "$RUN/$name.sql") | ${tps:-failed} | ${rps:--} | $pct |"
    done
    echo
    for name in list show; do
        echo "SQL of \`$([ $name = list ] && echo /movies || echo "/movies/$movie_id")\` as replayed:"
        echo
        echo '```sql'
        cat "$RUN/$name.sql"
        echo '```'
        echo
    done
} >"$RUN/table.md"
mkdir -p bench/results
if [ $((movies % 1000000)) -eq 0 ]; then scale="$((movies / 1000000))m"
elif [ $((movies % 1000)) -eq 0 ]; then scale="$((movies / 1000))k"
else scale=$movies; fi
file=bench/results/dblimit-$scale-$(date -u +%Y-%m-%d).md
cp "$RUN/table.md" "$file"
cat "$file"
echo "Written to $file" >&2
