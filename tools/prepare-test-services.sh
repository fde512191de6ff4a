#!/usr/bin/env bash
# Prepares what `./mvnw -B verify` needs on this machine, then returns; Maven runs it before the tests
# (the root pom, phase initialize). Idempotent, and quick when everything is there already:
#   - PostgreSQL on 127.0.0.1:5432 with the role marquee (password marquee) owning the databases
#     marquee_test (container tests, or -Dtest.db.name) and marquee_dialect_test (dialect tests);
#   - MariaDB on 127.0.0.1:3306, root without a password, with the database marquee_dialect_test;
#   - Debian's chromium and chromium-driver for the browser tests, and wrk for the benchmark's smoke test.
# A server that is installed but stopped is started. What is missing and cannot be installed here
# (not root, not Debian) is reported with what to do, and the script fails.
# Usage: tools/prepare-test-services.sh [container-test database name]
set -euo pipefail

CONTAINER_DB=${1:-marquee_test}
case "$CONTAINER_DB" in
    *[!a-z0-9_]*|"") echo "prepare-test-services: bad database name '$CONTAINER_DB'" >&2; exit 2 ;;
esac

say() { echo "prepare-test-services: $*"; }
fail() { echo "prepare-test-services: $*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

wait_for() { # wait_for <what> <command...>
    local what=$1; shift
    for _ in $(seq 1 60); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        sleep 1
    done
    fail "$what did not come up"
}

apt_install() { # apt_install <package...>
    is_root && command -v apt-get >/dev/null \
        || fail "install the Debian packages '$*' (as root: apt-get install $*)"
    say "installing $*"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# --- PostgreSQL -------------------------------------------------------------------------------
command -v psql >/dev/null || apt_install postgresql
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
    if is_root && command -v pg_ctlcluster >/dev/null && [ -d /etc/postgresql ]; then
        say "starting PostgreSQL"
        pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main start
    fi
    wait_for "PostgreSQL on 127.0.0.1:5432" pg_isready -h 127.0.0.1 -p 5432 -q
fi

# As the postgres superuser: over TCP where it is trusted (CI images), else through the local socket.
pg_admin() {
    if psql -h 127.0.0.1 -U postgres -w -Atqc 'SELECT 1' >/dev/null 2>&1; then
        psql -h 127.0.0.1 -U postgres -w -v ON_ERROR_STOP=1 -q "$@"
    elif is_root && command -v runuser >/dev/null; then
        runuser -u postgres -- psql -v ON_ERROR_STOP=1 -q "$@"
    else
        fail "cannot reach PostgreSQL as its superuser; create the role and databases listed in README.md yourself"
    fi
}
if ! PGPASSWORD=marquee psql -h 127.0.0.1 -U marquee -d "$CONTAINER_DB" -w -Atqc 'SELECT 1' >/dev/null 2>&1 \
        || ! PGPASSWORD=marquee psql -h 127.0.0.1 -U marquee -d marquee_dialect_test -w -Atqc 'SELECT 1' >/dev/null 2>&1; then
    say "creating the PostgreSQL role marquee and its databases"
    pg_admin <<SQL
SELECT 'CREATE ROLE marquee LOGIN PASSWORD ''marquee'''
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'marquee')\gexec
SELECT 'CREATE DATABASE $CONTAINER_DB OWNER marquee'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = '$CONTAINER_DB')\gexec
SELECT 'CREATE DATABASE marquee_dialect_test OWNER marquee'
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'marquee_dialect_test')\gexec
SQL
fi

# --- MariaDB ----------------------------------------------------------------------------------
command -v mysql >/dev/null || apt_install mariadb-server mariadb-client
if ! mysqladmin -h 127.0.0.1 -u root status >/dev/null 2>&1; then
    if is_root && [ -x /usr/sbin/mariadbd ]; then
        say "starting MariaDB"
        start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
    fi
    wait_for "MariaDB on 127.0.0.1:3306" mysqladmin -h 127.0.0.1 -u root status
fi
mysql -h 127.0.0.1 -u root -e "CREATE DATABASE IF NOT EXISTS marquee_dialect_test"

# --- Chromium ---------------------------------------------------------------------------------
if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    apt_install chromium chromium-driver
fi

# --- wrk, for the benchmark's smoke test (bench/smoke.sh) ---------------------------------------
if ! command -v wrk >/dev/null; then
    apt_install wrk
fi

say "PostgreSQL, MariaDB, Chromium and wrk are ready"
