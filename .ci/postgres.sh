#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests and prints its JDBC URL on stdout.
#
#   .ci/postgres.sh          install Debian's postgresql if missing, start the server (or
#                            reuse the one already running), create the test user and database
#   .ci/postgres.sh --fresh  the same, but drop and recreate the database first, so that a
#                            test run starts from an empty schema
#   .ci/postgres.sh --stop   stop the server (the data directory stays)
#
# The server listens on 127.0.0.1 only, on its own port and data directory, so it never
# touches a cluster the machine may already run. Runs as root (CI and these machines are);
# the server itself runs as the postgres user, as PostgreSQL requires.
#
# Environment (all optional):
#   BROADSHEET_PG_PORT  port                      (default 55432)
#   BROADSHEET_PG_HOME  data dir, socket and log  (default /tmp/broadsheet-pg)
#   BROADSHEET_PG_DB / _USER / _PASSWORD           (default broadsheet / broadsheet / broadsheet)
set -euo pipefail

port="${BROADSHEET_PG_PORT:-55432}"
home="${BROADSHEET_PG_HOME:-/tmp/broadsheet-pg}"
db="${BROADSHEET_PG_DB:-broadsheet}"
user="${BROADSHEET_PG_USER:-broadsheet}"
password="${BROADSHEET_PG_PASSWORD:-broadsheet}"
data="$home/data"
action="${1:-start}"

log() { echo "postgres.sh: $*" >&2; }

if [[ $(id -u) -ne 0 ]]; then
	log "run as root: it installs a Debian package and starts the server as the postgres user"
	exit 1
fi

bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

if [[ -z "$(bindir)" ]] || ! id postgres >/dev/null 2>&1; then
	log "installing Debian's postgresql package"
	apt-get update -qq >&2
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >&2
fi
bin="$(bindir)"
as_postgres() { runuser -u postgres -- "$@"; }

if [[ "$action" == "--stop" ]]; then
	if [[ -f "$data/PG_VERSION" ]]; then
		as_postgres "$bin/pg_ctl" -D "$data" -m fast -w stop >&2 || true
	fi
	exit 0
fi

if [[ ! -f "$data/PG_VERSION" ]]; then
	log "creating a cluster in $data"
	mkdir -p "$home"
	chown postgres:postgres "$home"
	# Local socket connections as the postgres OS user need no password (that is how this
	# script administers the server); TCP connections need the user's password.
	as_postgres "$bin/initdb" -D "$data" --username=postgres --encoding=UTF8 --locale=C.UTF-8 \
		--auth-local=peer --auth-host=scram-sha-256 >&2
	cat >>"$data/postgresql.conf" <<EOF

# broadsheet test server (.ci/postgres.sh)
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$home'
max_connections = 100
shared_buffers = 64MB
# Throwaway test data: durability is not needed, speed is.
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
fi

if as_postgres "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
	log "reusing the server already running on 127.0.0.1:$port"
else
	log "starting the server on 127.0.0.1:$port (log: $home/server.log)"
	as_postgres "$bin/pg_ctl" -D "$data" -l "$home/server.log" -w -t 60 start >&2
fi

psql_admin() { as_postgres "$bin/psql" -h "$home" -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [[ "$(psql_admin -c "select 1 from pg_roles where rolname = '$user'")" != "1" ]]; then
	log "creating user $user"
	psql_admin -c "create role \"$user\" login password '$password'" >&2
fi
if [[ "$action" == "--fresh" ]]; then
	log "dropping database $db"
	psql_admin -c "drop database if exists \"$db\" with (force)" >&2
fi
if [[ "$(psql_admin -c "select 1 from pg_database where datname = '$db'")" != "1" ]]; then
	log "creating database $db"
	psql_admin -c "create database \"$db\" owner \"$user\"" >&2
fi

echo "jdbc:postgresql://127.0.0.1:$port/$db"
