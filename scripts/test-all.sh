#!/usr/bin/env bash
# Run all tests: prepare PostgreSQL/PostGIS, then `mvn -B -ntp verify`.
# Extra arguments are passed to Maven, e.g. scripts/test-all.sh -pl namc-core -am
# If NAMC_TEST_JDBC_URL is already set, that database is used and no setup is done; otherwise
# the set-up also starts a streaming replica and a WAL-archiving cluster (scripts/pg-clusters.sh)
# for the replica and point-in-time recovery tests.
set -euo pipefail

SCRIPT_NAME="$(basename "$0")"
log() { printf '%s: %s\n' "$SCRIPT_NAME" "$*" >&2; }
die() { printf '%s: ERROR: %s\n' "$SCRIPT_NAME" "$*" >&2; exit 1; }

# Work from the repository root regardless of where we are called from.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

if [[ -n "${NAMC_TEST_JDBC_URL:-}" ]]; then
  log "NAMC_TEST_JDBC_URL already set; skipping database setup"
else
  log "preparing the test database with scripts/setup-postgres.sh"
  # Its last stdout line is NAMC_TEST_JDBC_URL=..., the lines before name the other clusters;
  # pipefail makes a failure fatal here.
  output="$(NAMC_WITH_CLUSTERS=1 scripts/setup-postgres.sh)"
  line="$(printf '%s\n' "$output" | tail -n 1)"
  [[ "$line" == NAMC_TEST_JDBC_URL=jdbc:* ]] \
    || die "unexpected last line from setup-postgres.sh: '$line'"
  while IFS= read -r setting; do
    case "$setting" in
      NAMC_TEST_*JDBC_URL=jdbc:*) export "$setting" ;;
      *) die "unexpected line from setup-postgres.sh: '$setting'" ;;
    esac
  done <<<"$output"
fi
export NAMC_TEST_JDBC_URL
# Show which databases are used, without the passwords.
for name in NAMC_TEST_JDBC_URL NAMC_TEST_REPLICA_JDBC_URL NAMC_TEST_PITR_JDBC_URL; do
  if [[ -n "${!name:-}" ]]; then
    log "$name=$(printf '%s' "${!name}" | sed -E 's/(password=)[^&]*/\1***/')"
  fi
done

log "running: mvn -B -ntp verify $*"
rc=0
mvn -B -ntp verify "$@" || rc=$?
log "mvn exited with code $rc"
exit "$rc"
