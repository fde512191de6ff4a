#!/usr/bin/env bash
# Throughput of Marquee's main pages under concurrent load (wrk), against a catalogue that
# bench/generate.sh created. Starts the built WAR on Payara Micro, measures, stops it again.
#
#   ./mvnw -B -q package -pl web -am -DskipTests
#   bench/generate.sh 10k && bench/load.sh                 # about 5 minutes
#   DURATION=5 WARMUP=3 bench/load.sh                       # quick mode, about 2 minutes
#
# Settings (environment): DB (marquee_bench), PORT (8291), DURATION (20 s of measurement per page),
# PREWARM (5 s per page, every page once before the first is measured), WARMUP (10 s per page), THREADS (2), CONNECTIONS (16), TIMEOUT (10 s: wrk counts slower answers as
# errors), JAVA_OPTS (the README's run command's: -Xms64m -Xmx256m -XX:+UseSerialGC -Xss512k
# -XX:ReservedCodeCacheSize=64m; JAVA_OPTS= for Payara Micro's defaults), RESULTS (bench/results).
#
# For each page: requests per second, p50 and p99 latency (wrk --latency), errors (non-2xx/3xx
# answers and socket errors), JVM CPU time per request (utime + stime of the Payara JVM from
# /proc/<pid>/stat before and after, in ms, divided by the requests), the machine's busy CPU time per
# request (/proc/stat: JVM + PostgreSQL + wrk + anything else that ran), JDBC statements per request
# (Hibernate's own count, marquee_hibernate_statements on /metrics) and database transactions per
# request (pg_stat_database.xact_commit + xact_rollback of the database). Then the JVM's resident
# memory after start and after the load, and the heap in use after a full GC. Then WRITES (200)
# changes of one movie's title through the API, one after another, with an editor token from the
# application's own issuer: milliseconds, JDBC statements and database transactions per write, and
# the record history rows each write adds (revisions, movies_aud). The movie gets its title back. The table goes to
# bench/results/load-<scale>-<date>.md and to standard output. See bench/README.md.
#
# Needs: PostgreSQL on 127.0.0.1:5432 (trust for postgres, the marquee role), psql, curl, jcmd, bc;
# wrk is installed with apt-get when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-marquee_bench}
PORT=${PORT:-8291}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-10}
PREWARM=${PREWARM:-5}
WRITES=${WRITES:-200}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-16}
TIMEOUT=${TIMEOUT:-10}
JAVA_OPTS=${JAVA_OPTS--Xms64m -Xmx256m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
WAR=web/target/marquee.war
MICRO=web/target/payara-micro.jar
[ -f "$WAR" ] && [ -f "$MICRO" ] || { echo "Build first: ./mvnw -B -q package -pl web -am -DskipTests" >&2; exit 1; }
for tool in psql curl jcmd bc; do command -v $tool >/dev/null || { echo "$tool is missing" >&2; exit 1; }; done
if ! command -v wrk >/dev/null; then
    echo "Installing wrk (apt-get)" >&2
    apt-get install -y -q wrk >/dev/null 2>&1 || { apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null; }
fi

q() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
movies=$(q -c "SELECT count(*) FROM movies") || { echo "No catalogue in $DB: run bench/generate.sh first" >&2; exit 1; }
actors=$(q -c "SELECT count(*) FROM actors")
[ "$movies" -gt 0 ] || { echo "$DB has no movies: run bench/generate.sh first" >&2; exit 1; }
if [ $((movies % 1000000)) -eq 0 ]; then scale="$((movies / 1000000))m"
elif [ $((movies % 1000)) -eq 0 ]; then scale="$((movies / 1000))k"
else scale=$movies; fi
# Ids from the middle of the catalogue; the actor plays in some movies.
movie_id=$(q -c "SELECT id FROM movies ORDER BY id OFFSET $((movies / 2)) LIMIT 1")
actor_id=$(q -c "SELECT actor_id FROM movies_actors WHERE movie_id = $movie_id ORDER BY actor_id LIMIT 1")

# --- start Payara Micro as the README's run command does, sample data off ---------------------
RUN=$(mktemp -d /tmp/marquee-load.XXXXXX)
LOG=$RUN/payara.log
PID=
stop() {
    if [ -n "$PID" ] && kill -0 "$PID" 2>/dev/null; then
        kill "$PID" 2>/dev/null || true
        for _ in $(seq 1 100); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
        kill -9 "$PID" 2>/dev/null || true
    fi
    wait 2>/dev/null || true
}
trap 'stop; rm -rf "$RUN/runtime"; echo "Payara log: $LOG" >&2' EXIT
trap 'exit 130' INT TERM

loadavg_before=$(cut -d" " -f1-3 /proc/loadavg)
start=$(date +%s.%N)
# shellcheck disable=SC2086
MARQUEE_DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" MARQUEE_DB_USER=marquee MARQUEE_DB_PASSWORD=marquee \
MARQUEE_SAMPLE_DATA=false MARQUEE_JWT_SIGNING_KEY="$RUN/signing-key.json" java $JAVA_OPTS -Dmarquee.port="$PORT" -jar "$MICRO" \
    --prebootcommandfile web/src/main/payara/preboot.asadmin \
    --logproperties web/src/main/payara/logging.properties \
    --rootdir "$RUN/runtime" --deploy "$WAR" --contextroot / --port "$PORT" \
    --nocluster --nohazelcast >"$LOG" 2>&1 &
PID=$!
base="http://127.0.0.1:$PORT"
until [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/movies" 2>/dev/null)" = 200 ]; do
    kill -0 "$PID" 2>/dev/null || { echo "Payara exited before answering; see $LOG" >&2; exit 1; }
    [ "$(echo "$(date +%s.%N) - $start > 300" | bc)" = 1 ] && { echo "No 200 on /movies within 300 s; see $LOG" >&2; exit 1; }
    sleep 0.2
done
startup=$(printf '%.1f' "$(echo "$(date +%s.%N) - $start" | bc)")
sleep 2
rss_start=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status")
jvm=$(java -version 2>&1 | head -1 | sed 's/"//g')
payara=$(grep -o 'Payara Micro [0-9][0-9.]*[^ ]*' "$LOG" | head -1 || true)
[ -n "$payara" ] || payara="Payara Micro $(unzip -p "$MICRO" MICRO-INF/domain/branding/glassfish-version.properties 2>/dev/null | sed -n 's/^product_name=//p')"
echo "Payara started (pid $PID) in $startup s: $movies movies, $actors actors in $DB" >&2

TCK=$(getconf CLK_TCK)
cpu_ticks() { awk '{print $14 + $15}' "/proc/$PID/stat"; }
machine_ticks() { awk '$1 == "cpu" {print $2 + $3 + $4 + $7 + $8 + $9}' /proc/stat; }   # busy: all but idle, iowait
statements() { curl -s "$base/metrics" | awk '/^marquee_hibernate_statements[{ ]/ {print int($NF)}' | head -1; }
xacts() { q -c "SELECT pg_stat_clear_snapshot(); SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()" | tail -1; }
to_ms() { # wrk's 12.34us / 5.6ms / 1.2s -> milliseconds
    awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

pages=(
    "/movies"
    "/movies?page=200"
    "/movies?q=movie%201"
    "/movies?releasedAfter=2000-01-01"
    "/movies?actor=$actor_id"
    "/actors"
    "/actors?city=glendale"
    "/movies/$movie_id"
    "/actors/$actor_id"
    "/api/movies"
)

# Every page once before any is measured: the JIT compiles the code all pages share while it runs,
# which would otherwise be counted against whichever page comes first.
if [ "$PREWARM" -gt 0 ]; then
    echo "Warming up every page for ${PREWARM}s each" >&2
    for page in "${pages[@]}"; do
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${PREWARM}s" --timeout "${TIMEOUT}s" "$base$page" >/dev/null
    done
fi

rows=()
for page in "${pages[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$page")
    echo "$page ($status): warm-up ${WARMUP}s, measure ${DURATION}s" >&2
    [ "$WARMUP" -gt 0 ] && wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout "${TIMEOUT}s" "$base$page" >/dev/null
    sleep 1
    s0=$(statements); x0=$(xacts); m0=$(machine_ticks); c0=$(cpu_ticks)
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --timeout "${TIMEOUT}s" --latency "$base$page")
    c1=$(cpu_ticks); m1=$(machine_ticks)
    sleep 2   # PostgreSQL publishes a backend's counters within a second of it going idle
    s1=$(statements); x1=$(xacts)
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/^Requests\/sec/ {printf "%.0f", $2}')
    p50=$(to_ms "$(echo "$out" | awk '$1 == "50%" {print $2}')")
    p99=$(to_ms "$(echo "$out" | awk '$1 == "99%" {print $2}')")
    non2xx=$(echo "$out" | awk '/Non-2xx or 3xx/ {print $NF}')
    sockerr=$(echo "$out" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
    errors=$(( ${non2xx:-0} + ${sockerr:-0} ))
    if [ "${requests:-0}" -gt 0 ]; then
        cpu=$(echo "scale=3; ($c1 - $c0) * 1000 / $TCK / $requests" | bc)
        mcpu=$(echo "scale=3; ($m1 - $m0) * 1000 / $TCK / $requests" | bc)
        stm=$(echo "scale=2; ($s1 - $s0) / $requests" | bc)
        xac=$(echo "scale=2; ($x1 - $x0) / $requests" | bc)
        rows+=("$(printf '| `%s` | %s | %s | %s | %s | %s | %s | %.2f | %.2f | %.1f | %.1f |' \
            "$page" "$status" "$requests" "$errors" "$rps" "$p50" "$p99" "$cpu" "$mcpu" "$stm" "$xac")")
    else   # nothing completed within the measurement (every request slower than TIMEOUT or failed)
        rows+=("$(printf '| `%s` | %s | 0 | %s | 0 | - | - | - | - | - | - |' "$page" "$status" "$errors")")
    fi
done

# --- writes: what a change costs, its record history included ----------------------------------
write_row=
if [ "$WRITES" -gt 0 ]; then
    echo "$WRITES title changes of movie $movie_id through the API" >&2
    token=$(java -cp "web/target/marquee/WEB-INF/classes:web/target/marquee/WEB-INF/lib/*" \
        app.marquee.web.security.IssueToken --subject bench --group editor --key "$RUN/signing-key.json")
    title0=$(q -c "SELECT title FROM movies WHERE id = $movie_id")
    date_json=$(q -c "SELECT coalesce('\"' || release_date || '\"', 'null') FROM movies WHERE id = $movie_id")
    version=$(q -c "SELECT version FROM movies WHERE id = $movie_id")
    put_title() { # put_title <title>: prints the status
        local json_title
        json_title=$(printf '%s' "$1" | sed 's/\\/\\\\/g; s/"/\\"/g')
        curl -s -o /dev/null -w '%{http_code}' -X PUT "$base/api/movies/$movie_id" \
            -H "Authorization: Bearer $token" -H "Content-Type: application/json" \
            -d "{\"title\":\"$json_title\",\"releaseDate\":$date_json,\"version\":$version}"
    }
    count_rows() { q -c "SELECT (SELECT count(*) FROM revisions) || ' ' || (SELECT count(*) FROM movies_aud)"; }
    sleep 1
    s0=$(statements); x0=$(xacts); read -r r0 a0 <<<"$(count_rows)"; w0=$(date +%s%N)
    write_errors=0
    for i in $(seq 1 "$WRITES"); do
        if [ "$(put_title "Bench write $i of movie $movie_id")" = 200 ]; then
            version=$((version + 1))
        else
            write_errors=$((write_errors + 1))
        fi
    done
    w1=$(date +%s%N)
    sleep 2
    s1=$(statements); x1=$(xacts); read -r r1 a1 <<<"$(count_rows)"
    put_title "$title0" >/dev/null
    write_row=$(printf '| `PUT /api/movies/%s` (title) | %s | %s | %.1f | %.1f | %.1f | %.2f | %.2f |' "$movie_id" \
        "$WRITES" "$write_errors" "$(echo "scale=3; ($w1 - $w0) / 1000000 / $WRITES" | bc)" \
        "$(echo "scale=2; ($s1 - $s0) / $WRITES" | bc)" "$(echo "scale=2; ($x1 - $x0) / $WRITES" | bc)" \
        "$(echo "scale=3; ($r1 - $r0) / $WRITES" | bc)" "$(echo "scale=3; ($a1 - $a0) / $WRITES" | bc)")
fi

loadavg_after=$(cut -d" " -f1-3 /proc/loadavg)
rss_load=$(awk '/^VmRSS/ {print int($2 / 1024)}' "/proc/$PID/status")
jcmd "$PID" GC.run >/dev/null
sleep 1
heap=$(jcmd "$PID" GC.heap_info | awk '
    / total .* used / { for (i = 1; i <= NF; i++) if ($i == "used") { u = $(i + 1); sub(/K,?$/, "", u); used += u } }
    END { printf "%d", used / 1024 }')
heap_detail=$(jcmd "$PID" GC.heap_info | sed -n '2,3p' | sed 's/^ *//' | tr '\n' ' ')

date_iso=$(date -u +%Y-%m-%dT%H:%MZ)
mkdir -p "${RESULTS:-bench/results}"
file=${RESULTS:-bench/results}/load-$scale-$(date -u +%Y-%m-%d).md
{
    echo "# Marquee under load: $scale movies"
    echo
    echo "- date: $date_iso; $(nproc) CPU cores; $(awk '/MemTotal/ {printf "%d MB", $2 / 1024}' /proc/meminfo) RAM"
    echo "- $jvm; $payara; $(psql -h "$PGHOST" -p "$PGPORT" -U postgres -qAt -c 'SHOW server_version' | sed 's/^/PostgreSQL /;s/ (.*//')"
    echo "- catalogue ($DB): $movies movies, $actors actors, $(q -c 'SELECT count(*) FROM movies_actors') cast links, $(q -c 'SELECT count(*) FROM contact_details') contacts, $(q -c 'SELECT count(*) FROM stuntmen') stuntmen; $(q -c 'SELECT pg_size_pretty(pg_database_size(current_database()))')"
    echo "- load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --timeout ${TIMEOUT}s --latency per page after ${PREWARM} s on every page and a ${WARMUP} s warm-up of its own; wrk, Payara and PostgreSQL share the machine"
    echo "- load average (1, 5, 15 min) before the start: $loadavg_before; after the load: $loadavg_after (other processes on the machine skew the numbers)"
    echo "- JVM options: ${JAVA_OPTS:-none, the defaults of Payara Micro}"
    echo
    echo "| page | status | requests | errors | req/s | p50 ms | p99 ms | JVM CPU ms/req | machine CPU ms/req | JDBC stmts/req | DB xacts/req |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
    printf '%s\n' "${rows[@]}"
    echo
    if [ -n "$write_row" ]; then
        echo "| write, one after another | writes | errors | ms/write | JDBC stmts/write | DB xacts/write | revisions/write | movies_aud rows/write |"
        echo "|---|---|---|---|---|---|---|---|"
        echo "$write_row"
        echo
    fi
    echo "| measure | value |"
    echo "|---|---|"
    echo "| start to first 200 on /movies | $startup s |"
    echo "| JVM resident memory after start | $rss_start MB |"
    echo "| JVM resident memory after the load | $rss_load MB |"
    echo "| heap in use after a full GC (GC.run) | $heap MB |"
    echo
    echo "Heap: $heap_detail"
} >"$file"
cat "$file"
echo >&2
echo "Written to $file" >&2
