#!/usr/bin/env bash
# Fills a fresh PostgreSQL database with a synthetic Marquee catalogue, set-based (generate_series),
# for the load benchmark (bench/load.sh):
#
#   bench/generate.sh SCALE [DB]      SCALE: 1k, 10k, 100k, 1m or a number of movies; DB: marquee_bench
#
# At scale S: S movies ("Movie 123457", release dates 1950-2024), S/2 actors ("Actor 4711"), 2-4 cast
# links per movie (3 on average), 1-3 contacts per actor (2 on average; addresses such as
# "12 Main St, Glendale, CA" in ten cities, Glendale, Burbank and West Hollywood among them) and a
# stuntman for 80 % of the actors. Every value is a function of the row number, so a scale always
# gives the same catalogue. Prints how long each step took.
#
# The database is dropped and re-created (owner: the application's role, marquee). The schema is
# created the way the application creates it: SchemaMigrator.migrate from the built WAR's own jars
# (Flyway, the same migrations, placeholders and history table; bench/tools/Migrate.java), so the
# application finds the schema at its current version and migrates nothing when it starts. That is
# the robust choice: applying the SQL files with psql would need the ${...} placeholders replaced
# and hand-written flyway_schema_history rows whose checksums Flyway validates at every start, and
# starting Payara only for the schema costs half a minute. Needs a built WAR (web/target/marquee.war).
#
# The rows are then inserted as the superuser with session_replication_role = replica, which skips
# the foreign-key triggers (the ids are consistent by construction; checking 3 million links one by
# one would take most of the time), into the tables with all their indexes and unique keys in place
# (so uk_movies_title_key and the primary keys are checked). Ids are 1..n per table; afterwards
# every sequence is set 50 (allocationSize of the entities' @SequenceGenerator) past the largest id,
# so ids Hibernate hands out afterwards cannot collide. Finally VACUUM ANALYZE, as a database that
# has been running for a while would be.
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "usage: bench/generate.sh SCALE [DB]   (SCALE: 1k, 10k, 100k, 1m or a number)" >&2; exit 2; }
[ $# -ge 1 ] || usage
case "${1,,}" in
    *k) S=$(( ${1%[kK]} * 1000 )) ;;
    *m) S=$(( ${1%[mM]} * 1000000 )) ;;
    *[!0-9]*|'') usage ;;
    *) S=$1 ;;
esac
[ "$S" -ge 10 ] || { echo "SCALE must be at least 10 movies" >&2; exit 2; }
DB=${2:-marquee_bench}
case "$DB" in marquee_bench*) ;; *) echo "refusing to drop $DB: the database name must start with marquee_bench" >&2; exit 2 ;; esac
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
WAR=web/target/marquee.war
[ -f "$WAR" ] || { echo "Build first: ./mvnw -B -q package -pl web -am -DskipTests" >&2; exit 1; }

psql_su() { psql -h "$PGHOST" -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
now() { date +%s.%N; }
step() { printf '  %-38s %6.1f s\n' "$1" "$(echo "$(now) - $2" | bc)"; }

A=$(( S / 2 ))
echo "Marquee catalogue: $S movies, $A actors -> database $DB"
t0=$(now)

t=$(now)
psql_su -c "DROP DATABASE IF EXISTS $DB WITH (FORCE)" -c "CREATE DATABASE $DB OWNER marquee"
step "drop and create database" "$t"

t=$(now)
LIB=$(mktemp -d /tmp/marquee-warlib.XXXXXX)
trap 'rm -rf "$LIB"' EXIT
unzip -q "$WAR" 'WEB-INF/lib/*' -d "$LIB"
java -cp "$LIB/WEB-INF/lib/*" bench/tools/Migrate.java "jdbc:postgresql://$PGHOST:$PGPORT/$DB" marquee marquee \
    >"$LIB/migrate.log" 2>&1 || { cat "$LIB/migrate.log" >&2; exit 1; }
step "schema (Flyway, as the application)" "$t"

sql() { # $1: label, rest: SQL run in one session as the superuser
    local label=$1; shift
    local t; t=$(now)
    psql_su -d "$DB" -c "SET session_replication_role = replica" -c "SET maintenance_work_mem = '256MB'" "$@"
    step "$label" "$t"
}

# Ten cities; the street number, street and city of a contact come from its actor and position.
CITIES="ARRAY['Glendale','Burbank','West Hollywood','Pasadena','Santa Monica','Culver City','Los Angeles','Studio City','Beverly Hills','Long Beach']"
STREETS="ARRAY['Main St','Oak Ave','Sunset Blvd','Maple Dr','Elm St','Hill St','Park Ave','Vine St','Olive Ave','Lake St','Cedar Ln','Pine St']"

# Titles are "Movie <n>", unique, so title_key (Movie.titleKeyOf: the lower-cased normalised title,
# '|', the date as YYYY-MM-DD) is unique too. Release dates: 1950-01-01 plus a scattered day < 27,375.
sql "movies" -c "
INSERT INTO movies (id, version, title, release_date, title_key)
SELECT g, 0, t.title, t.d, lower(t.title) || '|' || to_char(t.d, 'YYYY-MM-DD')
  FROM generate_series(1, $S) g,
       LATERAL (SELECT 'Movie ' || g AS title, DATE '1950-01-01' + ((g::bigint * 7919) % 27375)::int AS d) t"

sql "actors" -c "
INSERT INTO actors (id, version, name, birthday)
SELECT g, 0, 'Actor ' || g, DATE '1920-01-01' + ((g::bigint * 104729) % 29200)::int
  FROM generate_series(1, $A) g"

# 2, 3 or 4 actors per movie (3 on average): consecutive actors from a scattered starting point, so
# the actors of a movie are distinct and every actor plays in about 6 movies.
sql "cast links (movies_actors)" -c "
INSERT INTO movies_actors (movie_id, actor_id)
SELECT g, 1 + (((g::bigint * 7) % $A) + k) % $A
  FROM generate_series(1, $S) g, generate_series(0, 3) k
 WHERE k < 2 + g % 3"

# 1-3 contacts per actor (2 on average); contact id = 3 * (actor - 1) + position + 1 (gaps are fine).
sql "contact details" -c "
INSERT INTO contact_details (id, phone_number, address, actor_id, version)
SELECT 3 * (g::bigint - 1) + k + 1,
       '+1 818 555 ' || lpad(((g * 3 + k) % 10000)::text, 4, '0'),
       (1 + (g::bigint * 37 + k * 11) % 9999) || ' ' || ($STREETS)[1 + (g + k * 5) % 12] || ', '
         || ($CITIES)[1 + (g::bigint * 3 + k * 7) % 10] || ', CA',
       g, 0
  FROM generate_series(1, $A) g, generate_series(0, 2) k
 WHERE k <= g % 3"

# A stuntman for every actor whose number is not a multiple of 5 (80 %); one in seven is inactive.
sql "stuntmen" -c "
INSERT INTO stuntmen (id, name, active, actor_id, version)
SELECT g, 'Stunt Double ' || g, g % 7 <> 0, g, 0
  FROM generate_series(1, $A) g
 WHERE g % 5 <> 0"

sql "sequences past the largest ids" -c "
SELECT setval('movies_seq', COALESCE((SELECT max(id) FROM movies), 0) + 50),
       setval('actors_seq', COALESCE((SELECT max(id) FROM actors), 0) + 50),
       setval('contact_details_seq', COALESCE((SELECT max(id) FROM contact_details), 0) + 50),
       setval('stuntmen_seq', COALESCE((SELECT max(id) FROM stuntmen), 0) + 50)" -o /dev/null

t=$(now)
psql_su -d "$DB" -c "VACUUM ANALYZE"
step "VACUUM ANALYZE" "$t"

step "total" "$t0"
psql_su -d "$DB" -At -F ' ' -c "
SELECT 'rows: movies ' || (SELECT count(*) FROM movies) || ', actors ' || (SELECT count(*) FROM actors)
    || ', cast links ' || (SELECT count(*) FROM movies_actors) || ', contacts ' || (SELECT count(*) FROM contact_details)
    || ', stuntmen ' || (SELECT count(*) FROM stuntmen) || '; size ' || pg_size_pretty(pg_database_size(current_database()))"
