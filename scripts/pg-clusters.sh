#!/usr/bin/env bash
# The extra PostgreSQL 15 clusters the scale-out and backup tests run on, beside 15/main:
#
#   replica          a streaming replica of 15/main (pg_basebackup -R), on NAMC_REPLICA_PORT (5433)
#   replica-stop     stops it (the fallback test does), replica-start starts it again
#   pitr-source      a cluster of its own with WAL archiving on, on NAMC_PITR_SOURCE_PORT (5434)
#   base-backup L    a base backup of pitr-source, labelled L
#   restore L T      restores backup L into the cluster pitr_restored (NAMC_PITR_RESTORED_PORT, 5435)
#                    and replays the archived WAL up to the time T (recovery_target_time)
#
# 15/main is only ever reloaded, never restarted: the replica needs a role with REPLICATION
# (the superuser over the local socket here) and a replication slot, both without restart.
# Archiving needs a restart (archive_mode), so it runs on pitr_source, never on 15/main.
#
# Run as root (CI) or as a user with sudo. Progress goes to stderr; the commands that make a
# cluster print one line on stdout, the variable the tests read, e.g.
#   NAMC_TEST_REPLICA_JDBC_URL=jdbc:postgresql://localhost:5433/namc_test?user=namc&password=namc
set -euo pipefail

SCRIPT_NAME="$(basename "$0")"
PG_VERSION=15
PG_BIN="/usr/lib/postgresql/$PG_VERSION/bin"
DB_USER="${NAMC_DB_USER:-namc}"
DB_PASSWORD="${NAMC_DB_PASSWORD:-namc}"
DB_NAME="${NAMC_DB_NAME:-namc_test}"
PRIMARY_PORT="${NAMC_DB_PORT:-5432}"
REPLICA_PORT="${NAMC_REPLICA_PORT:-5433}"
PITR_SOURCE_PORT="${NAMC_PITR_SOURCE_PORT:-5434}"
PITR_RESTORED_PORT="${NAMC_PITR_RESTORED_PORT:-5435}"
WAIT_SECONDS="${NAMC_DB_WAIT_SECONDS:-60}"
REPLICA_SLOT=namc_replica
PG_HOME=/var/lib/postgresql/$PG_VERSION
ARCHIVE_DIR="$PG_HOME/pitr_archive"
BACKUP_DIR="$PG_HOME/pitr_backups"

log() { printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2; }
die() { printf '%s: ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

as_root() {
  if [[ $EUID -eq 0 ]]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else die "'$1' needs root and sudo is not available"; fi
}

# PostgreSQL refuses to run as root; its tools run as the postgres OS user, from / (readable cwd).
as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then (cd / && "$@")
  elif [[ $EUID -eq 0 ]]; then (cd / && runuser -u postgres -- "$@")
  elif command -v sudo >/dev/null 2>&1; then (cd / && sudo -u postgres -- "$@")
  else die "needs to run as root, postgres or with sudo"; fi
}

psql_on() { # port, then psql arguments; superuser over the local socket
  local port="$1"; shift
  as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"
}

cluster_exists() { pg_lsclusters -h | awk -v c="$1" -v v="$PG_VERSION" '$1==v && $2==c {f=1} END {exit !f}'; }
cluster_online() { pg_lsclusters -h | awk -v c="$1" -v v="$PG_VERSION" '$1==v && $2==c && $4 ~ /^online/ {f=1} END {exit !f}'; }

wait_ready() { # port
  local deadline=$((SECONDS + WAIT_SECONDS))
  until pg_isready -q -h localhost -p "$1"; do
    ((SECONDS < deadline)) || die "nothing accepts connections on localhost:$1 after ${WAIT_SECONDS}s"
    sleep 0.2
  done
}

jdbc_url() { # port
  printf 'jdbc:postgresql://localhost:%s/%s?user=%s&password=%s' "$1" "$DB_NAME" "$DB_USER" "$DB_PASSWORD"
}

# A new cluster's files, without the data directory initdb made: the caller fills it.
create_empty_cluster() { # name, port, extra pg_createcluster options...
  local name="$1" port="$2"; shift 2
  if cluster_exists "$name"; then
    as_root pg_dropcluster --stop "$PG_VERSION" "$name" >&2
  fi
  as_root pg_createcluster --port "$port" "$@" "$PG_VERSION" "$name" >&2
  as_postgres find "$PG_HOME/$name" -mindepth 1 -delete
}

# --- replica -----------------------------------------------------------------
replica_streaming() {
  cluster_online replica \
    && [[ "$(psql_on "$REPLICA_PORT" -tA -c "select count(*) from pg_stat_wal_receiver where status = 'streaming'" 2>/dev/null)" == 1 ]]
}

wait_streaming() {
  local deadline=$((SECONDS + WAIT_SECONDS))
  until replica_streaming; do
    ((SECONDS < deadline)) || die "the replica does not stream from localhost:$PRIMARY_PORT; see /var/log/postgresql/postgresql-$PG_VERSION-replica.log"
    sleep 0.2
  done
}

create_replica() {
  log "creating cluster $PG_VERSION/replica on port $REPLICA_PORT from a base backup of localhost:$PRIMARY_PORT"
  psql_on "$PRIMARY_PORT" -d postgres <<SQL >/dev/null
-- A stopped replica must not make 15/main keep WAL without bound: cap what a slot may hold (reload only).
SELECT 'ALTER SYSTEM SET max_slot_wal_keep_size = ''1GB''' WHERE current_setting('max_slot_wal_keep_size') = '-1' \gexec
SELECT pg_reload_conf();
SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots WHERE slot_name = '$REPLICA_SLOT' AND NOT active;
SQL
  create_empty_cluster replica "$REPLICA_PORT"
  # Over the local socket as the superuser: pg_hba's "local replication all peer" admits it, so
  # no password is written anywhere. -R writes primary_conninfo and standby.signal; -C -S makes
  # the slot that keeps the WAL the replica has not received yet.
  as_postgres "$PG_BIN/pg_basebackup" -h /var/run/postgresql -p "$PRIMARY_PORT" -D "$PG_HOME/replica" \
    -R -X stream -C -S "$REPLICA_SLOT" --checkpoint=fast >&2
  # Queries on the replica hold back vacuum on the primary rather than being cancelled by it.
  printf 'hot_standby_feedback = on\n' | as_root tee "/etc/postgresql/$PG_VERSION/replica/conf.d/namc-replica.conf" >/dev/null
}

cmd_replica() {
  if replica_streaming; then
    log "cluster $PG_VERSION/replica already streaming on port $REPLICA_PORT"
  else
    if cluster_exists replica && ! cluster_online replica; then
      log "starting cluster $PG_VERSION/replica"
      as_root pg_ctlcluster "$PG_VERSION" replica start >&2 || true
    fi
    if ! { cluster_online replica && wait_ready "$REPLICA_PORT" && WAIT_SECONDS=15 wait_streaming; } 2>/dev/null; then
      create_replica
      as_root pg_ctlcluster "$PG_VERSION" replica start >&2
      wait_ready "$REPLICA_PORT"
      wait_streaming
    fi
  fi
  # The replica tests pause and resume replay; a grant on the primary reaches the replica.
  psql_on "$PRIMARY_PORT" -d "$DB_NAME" -v u="$DB_USER" <<'SQL' >&2
GRANT EXECUTE ON FUNCTION pg_wal_replay_pause(), pg_wal_replay_resume() TO :"u";
SQL
  [[ "$(psql_on "$REPLICA_PORT" -d "$DB_NAME" -tA -c 'select pg_is_in_recovery()')" == t ]] \
    || die "the cluster on port $REPLICA_PORT is not in recovery"
  log "OK: $PG_VERSION/replica streams from localhost:$PRIMARY_PORT"
  printf 'NAMC_TEST_REPLICA_JDBC_URL=%s\n' "$(jdbc_url "$REPLICA_PORT")"
}

# A checkpoint on the primary first: the replica's restartpoint at shutdown then lies close to
# the end of its WAL, and starting it again replays seconds of WAL rather than minutes.
cmd_replica_stop() {
  psql_on "$PRIMARY_PORT" -d postgres -c CHECKPOINT >&2
  sleep 1
  as_root pg_ctlcluster "$PG_VERSION" replica stop -m fast >&2
}

cmd_replica_start() {
  cluster_online replica || as_root pg_ctlcluster "$PG_VERSION" replica start -- -t "$WAIT_SECONDS" >&2
  wait_ready "$REPLICA_PORT"
  wait_streaming
}

# --- point-in-time recovery ---------------------------------------------------
cmd_pitr_source() {
  if cluster_online pitr_source; then
    log "cluster $PG_VERSION/pitr_source already running on port $PITR_SOURCE_PORT"
  else
    if ! cluster_exists pitr_source; then
      log "creating cluster $PG_VERSION/pitr_source on port $PITR_SOURCE_PORT with WAL archiving to $ARCHIVE_DIR"
      as_root install -d -o postgres -g postgres -m 700 "$ARCHIVE_DIR" "$BACKUP_DIR"
      # test ! -f: an archived segment is never overwritten, as the documentation recommends.
      as_root pg_createcluster --port "$PITR_SOURCE_PORT" "$PG_VERSION" pitr_source -- --auth-local=peer --auth-host=scram-sha-256 >&2
      printf '%s\n' "archive_mode = on" \
        "archive_command = 'test ! -f $ARCHIVE_DIR/%f && cp %p $ARCHIVE_DIR/%f'" \
        | as_root tee "/etc/postgresql/$PG_VERSION/pitr_source/conf.d/namc-archiving.conf" >/dev/null
    fi
    as_root pg_ctlcluster "$PG_VERSION" pitr_source start >&2
  fi
  wait_ready "$PITR_SOURCE_PORT"
  psql_on "$PITR_SOURCE_PORT" -d postgres -v u="$DB_USER" -v p="$DB_PASSWORD" -v d="$DB_NAME" <<'SQL' >&2
SELECT format('CREATE ROLE %I LOGIN', :'u') WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'u') \gexec
ALTER ROLE :"u" LOGIN PASSWORD :'p';
SELECT format('CREATE DATABASE %I OWNER %I', :'d', :'u') WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'d') \gexec
SQL
  psql_on "$PITR_SOURCE_PORT" -d "$DB_NAME" -v u="$DB_USER" <<'SQL' >&2
SET client_min_messages = warning;
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;
-- The test forces the current WAL segment into the archive after its last write.
GRANT EXECUTE ON FUNCTION pg_switch_wal() TO :"u";
SQL
  log "OK: $PG_VERSION/pitr_source archives WAL to $ARCHIVE_DIR"
  printf 'NAMC_TEST_PITR_JDBC_URL=%s\n' "$(jdbc_url "$PITR_SOURCE_PORT")"
}

valid_label() { [[ "$1" =~ ^[A-Za-z0-9_-]{1,64}$ ]] || die "a backup label is letters, digits, _ and -, not '$1'"; }

cmd_base_backup() { # label
  valid_label "$1"
  as_postgres rm -rf "$BACKUP_DIR/$1"
  # -X none: the WAL comes from the archive at restore, as with backups kept off the server.
  as_postgres "$PG_BIN/pg_basebackup" -h /var/run/postgresql -p "$PITR_SOURCE_PORT" -D "$BACKUP_DIR/$1" \
    -X none --checkpoint=fast --label="$1" >&2
  as_postgres "$PG_BIN/pg_verifybackup" -n "$BACKUP_DIR/$1" >&2
  # Archived WAL older than this backup's start serves no backup kept here any more.
  local first_wal
  first_wal="$(sed -n 's/^START WAL LOCATION: .* (file \([0-9A-F]\{24\}\))$/\1/p' "$BACKUP_DIR/$1/backup_label")"
  [[ -n "$first_wal" ]] && as_postgres "$PG_BIN/pg_archivecleanup" "$ARCHIVE_DIR" "$first_wal" >&2
  log "OK: base backup $BACKUP_DIR/$1"
}

cmd_restore() { # label, target time (timestamptz literal)
  valid_label "$1"
  local target="$2"
  [[ "$target" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}[\ T][0-9:.]+(Z|[+-][0-9:]+)?$ ]] || die "target time must be an ISO timestamp, not '$target'"
  [[ -d "$BACKUP_DIR/$1" ]] || die "no base backup $BACKUP_DIR/$1"
  log "restoring $1 into $PG_VERSION/pitr_restored on port $PITR_RESTORED_PORT, up to $target"
  create_empty_cluster pitr_restored "$PITR_RESTORED_PORT"
  as_postgres cp -a "$BACKUP_DIR/$1/." "$PG_HOME/pitr_restored/"
  printf '%s\n' "restore_command = 'cp $ARCHIVE_DIR/%f %p'" \
    "recovery_target_time = '$target'" \
    "recovery_target_action = 'promote'" \
    | as_root tee "/etc/postgresql/$PG_VERSION/pitr_restored/conf.d/namc-recovery.conf" >/dev/null
  as_postgres touch "$PG_HOME/pitr_restored/recovery.signal"
  as_root pg_ctlcluster "$PG_VERSION" pitr_restored start >&2
  wait_ready "$PITR_RESTORED_PORT"
  local deadline=$((SECONDS + WAIT_SECONDS))
  until [[ "$(psql_on "$PITR_RESTORED_PORT" -d postgres -tA -c 'select pg_is_in_recovery()' 2>/dev/null)" == f ]]; do
    ((SECONDS < deadline)) || die "recovery did not finish; see /var/log/postgresql/postgresql-$PG_VERSION-pitr_restored.log"
    sleep 0.2
  done
  log "OK: pitr_restored recovered up to $target and was promoted"
  printf 'NAMC_TEST_PITR_RESTORED_JDBC_URL=%s\n' "$(jdbc_url "$PITR_RESTORED_PORT")"
}

case "${1:-}" in
  replica) cmd_replica ;;
  replica-stop) cmd_replica_stop ;;
  replica-start) cmd_replica_start ;;
  pitr-source) cmd_pitr_source ;;
  base-backup) [[ $# -eq 2 ]] || die "usage: $SCRIPT_NAME base-backup LABEL"; cmd_base_backup "$2" ;;
  restore) [[ $# -eq 3 ]] || die "usage: $SCRIPT_NAME restore LABEL TARGET_TIME"; cmd_restore "$2" "$3" ;;
  *) die "usage: $SCRIPT_NAME replica|replica-stop|replica-start|pitr-source|base-backup LABEL|restore LABEL TIME" ;;
esac
