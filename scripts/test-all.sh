#!/usr/bin/env bash
# Run all tests: prepare PostgreSQL/PostGIS, then `mvn -B -ntp verify`.
# Extra arguments are passed to Maven, e.g. scripts/test-all.sh -pl namc-core -am
# If NAMC_TEST_JDBC_URL is already set, that database is used and no setup is done.
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
  # Its last stdout line is NAMC_TEST_JDBC_URL=...; pipefail makes a failure fatal here.
  line="$(scripts/setup-postgres.sh | tail -n 1)"
  [[ "$line" == NAMC_TEST_JDBC_URL=jdbc:* ]] \
    || die "unexpected last line from setup-postgres.sh: '$line'"
  NAMC_TEST_JDBC_URL="${line#NAMC_TEST_JDBC_URL=}"
fi
export NAMC_TEST_JDBC_URL
# Show which database is used, without the password.
log "NAMC_TEST_JDBC_URL=$(printf '%s' "$NAMC_TEST_JDBC_URL" | sed -E 's/(password=)[^&]*/\1***/')"

log "running: mvn -B -ntp verify $*"
rc=0
mvn -B -ntp verify "$@" || rc=$?
log "mvn exited with code $rc"
exit "$rc"
