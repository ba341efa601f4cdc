#!/usr/bin/env bash
# Prepare a local PostgreSQL 15 + PostGIS database for the NAMC persistence tests.
#
# Used by developers and by CI (via scripts/test-all.sh). Safe to run repeatedly:
# every step checks the current state first and only changes what is missing.
#
# Settings (environment, all optional):
#   NAMC_DB_USER      login role            (default: namc)
#   NAMC_DB_PASSWORD  its password          (default: namc)
#   NAMC_DB_NAME      database, owned by it (default: namc_test)
#   NAMC_DB_PORT      port of cluster 15/main (default: 5432)
#   NAMC_DB_WAIT_SECONDS  how long to wait for the server (default: 60)
#   NAMC_WITH_CLUSTERS  when 1, also starts the clusters of scripts/pg-clusters.sh: a streaming
#                       replica of 15/main and a WAL-archiving cluster for the recovery test
#
# Progress goes to stderr; stdout's last line is
#   NAMC_TEST_JDBC_URL=jdbc:postgresql://localhost:<port>/<db>?user=<u>&password=<p>
# With NAMC_WITH_CLUSTERS=1, the lines before it name the other clusters the same way
# (NAMC_TEST_REPLICA_JDBC_URL=..., NAMC_TEST_PITR_JDBC_URL=...).
# The URL contains '&', so do not `eval` it unquoted; capture it instead:
#   export "$(scripts/setup-postgres.sh | tail -n 1)"
set -euo pipefail

SCRIPT_NAME="$(basename "$0")"
PG_VERSION=15
PG_CLUSTER=main

DB_USER="${NAMC_DB_USER:-namc}"
DB_PASSWORD="${NAMC_DB_PASSWORD:-namc}"
DB_NAME="${NAMC_DB_NAME:-namc_test}"
DB_PORT="${NAMC_DB_PORT:-5432}"
WAIT_SECONDS="${NAMC_DB_WAIT_SECONDS:-60}"

log() { printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2; }
die() { printf '%s: ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

[[ "$DB_PORT" =~ ^[0-9]+$ ]] || die "NAMC_DB_PORT must be a number, got '$DB_PORT'"
[[ "$WAIT_SECONDS" =~ ^[0-9]+$ ]] || die "NAMC_DB_WAIT_SECONDS must be a number, got '$WAIT_SECONDS'"
[[ -n "$DB_USER" && -n "$DB_PASSWORD" && -n "$DB_NAME" ]] \
  || die "NAMC_DB_USER, NAMC_DB_PASSWORD and NAMC_DB_NAME must not be empty"

# apt-get and pg_ctlcluster need root; developers without root get sudo if present.
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    die "'$*' needs root and sudo is not available; rerun this script as root"
  fi
}

# Superuser SQL runs as the postgres OS user over the local socket (peer auth),
# from / so that psql does not complain about an unreadable cwd such as /root.
as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then
    (cd / && "$@")
  elif [[ $EUID -eq 0 ]]; then
    (cd / && runuser -u postgres -- "$@")
  elif command -v sudo >/dev/null 2>&1; then
    (cd / && sudo -u postgres -- "$@")
  else
    # Not echoing "$@": the psql command line carries the password.
    die "superuser SQL must run as the postgres OS user; rerun as root or install sudo"
  fi
}

if [[ $EUID -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1; then
    log "not running as root: root/postgres steps (apt-get, pg_ctlcluster, role setup) will use sudo"
  else
    log "not running as root and sudo is missing: only works if everything is already set up by root"
  fi
fi

# --- 1. Packages -------------------------------------------------------------
is_installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

missing=()
for pkg in "postgresql-$PG_VERSION" "postgresql-$PG_VERSION-postgis-3"; do
  is_installed "$pkg" || missing+=("$pkg")
done
if ((${#missing[@]})); then
  log "installing ${missing[*]} (apt-get update first: a fresh machine has no package lists)"
  # apt output goes to stderr so that stdout stays reserved for the JDBC URL line.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends \
    "${missing[@]}" >&2
else
  log "postgresql-$PG_VERSION and postgresql-$PG_VERSION-postgis-3 already installed"
fi

# --- 2. Cluster --------------------------------------------------------------
# The package normally creates 15/main; recreate it only if it has been removed.
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {f=1} END {exit !f}'; then
  log "cluster $PG_VERSION/$PG_CLUSTER does not exist; creating it on port $DB_PORT"
  as_root pg_createcluster --port "$DB_PORT" "$PG_VERSION" "$PG_CLUSTER" >&2
fi

cluster_port="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $3}')"
if [[ "$cluster_port" != "$DB_PORT" ]]; then
  die "cluster $PG_VERSION/$PG_CLUSTER is configured for port $cluster_port, but NAMC_DB_PORT=$DB_PORT; set NAMC_DB_PORT=$cluster_port or change the cluster's port"
fi

# pg_lsclusters reports online/down without needing root (pg_ctlcluster status would).
cluster_status="$(pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}')"
if [[ "$cluster_status" == online* ]]; then
  log "cluster $PG_VERSION/$PG_CLUSTER already running on port $DB_PORT"
else
  log "starting cluster $PG_VERSION/$PG_CLUSTER on port $DB_PORT"
  as_root pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start >&2 \
    || die "pg_ctlcluster failed; see /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log"
fi

# Wait over TCP, since that is how the tests connect; bounded so CI cannot hang here.
log "waiting up to ${WAIT_SECONDS}s for localhost:$DB_PORT to accept connections"
deadline=$((SECONDS + WAIT_SECONDS))
until pg_isready -q -h localhost -p "$DB_PORT"; do
  if ((SECONDS >= deadline)); then
    die "server did not accept connections on localhost:$DB_PORT within ${WAIT_SECONDS}s; see /var/log/postgresql/postgresql-$PG_VERSION-$PG_CLUSTER.log"
  fi
  sleep 1
done
log "server is accepting connections"

# --- 3. Role, database, extension -------------------------------------------
# psql variables (:'x' / :"x") quote the values, so odd names or passwords are safe.
# The password is (re)set every run so that a changed NAMC_DB_PASSWORD takes effect.
psql_admin() {
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$DB_PORT" \
    -v db_user="$DB_USER" -v db_password="$DB_PASSWORD" -v db_name="$DB_NAME" "$@"
}

log "ensuring login role '$DB_USER' and database '$DB_NAME' owned by it"
psql_admin -d postgres <<'SQL' >&2
SELECT format('CREATE ROLE %I LOGIN', :'db_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'db_user') \gexec
ALTER ROLE :"db_user" LOGIN PASSWORD :'db_password';
-- CREATE DATABASE cannot run inside DO/transactions, hence \gexec.
SELECT format('CREATE DATABASE %I OWNER %I', :'db_name', :'db_user')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db_name') \gexec
ALTER DATABASE :"db_name" OWNER TO :"db_user";
SQL

# PostGIS must sit in public, not in the library's own schema 'namc' (the library
# manages that one itself); CREATE EXTENSION postgis needs superuser.
log "ensuring extension postgis in schema public of '$DB_NAME'"
psql_admin -d "$DB_NAME" <<'SQL' >&2
SET client_min_messages = warning; -- no "already exists, skipping" notice on reruns
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;
SQL
ext_schema="$(psql_admin -d "$DB_NAME" -tA \
  -c "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'postgis'")"
[[ "$ext_schema" == public ]] \
  || die "extension postgis lives in schema '$ext_schema', expected 'public'; drop it and rerun"

# --- 4. Verify exactly what the tests will do: TCP + password ---------------
log "verifying password login over TCP as '$DB_USER'"
if ! postgis_version="$(PGPASSWORD="$DB_PASSWORD" PGCONNECT_TIMEOUT=10 \
    psql -X -h localhost -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME" -v ON_ERROR_STOP=1 -tA \
    -c 'select postgis_full_version()')"; then
  die "could not connect as '$DB_USER' to localhost:$DB_PORT/$DB_NAME with the password, or PostGIS is not usable there"
fi
log "OK: ${postgis_version%% GEOS=*}"

# --- 5. Replica and recovery clusters (optional) ------------------------------
if [[ "${NAMC_WITH_CLUSTERS:-0}" == 1 ]]; then
  clusters="$(dirname "${BASH_SOURCE[0]}")/pg-clusters.sh"
  NAMC_DB_USER="$DB_USER" NAMC_DB_PASSWORD="$DB_PASSWORD" NAMC_DB_NAME="$DB_NAME" NAMC_DB_PORT="$DB_PORT" \
    "$clusters" replica
  NAMC_DB_USER="$DB_USER" NAMC_DB_PASSWORD="$DB_PASSWORD" NAMC_DB_NAME="$DB_NAME" "$clusters" pitr-source
fi

# --- 6. Result ---------------------------------------------------------------
# Percent-encode query parameter values so unusual user names/passwords survive.
urlencode() {
  # LC_ALL=C makes bash step through bytes, so non-ASCII becomes UTF-8 %XX triplets.
  local LC_ALL=C s="$1" out="" c i
  for ((i = 0; i < ${#s}; i++)); do
    c="${s:i:1}"
    case "$c" in
      [A-Za-z0-9._~-]) out+="$c" ;;
      *) out+="$(printf '%%%02X' "'$c")" ;;
    esac
  done
  printf '%s' "$out"
}

printf 'NAMC_TEST_JDBC_URL=jdbc:postgresql://localhost:%s/%s?user=%s&password=%s\n' \
  "$DB_PORT" "$(urlencode "$DB_NAME")" "$(urlencode "$DB_USER")" "$(urlencode "$DB_PASSWORD")"
