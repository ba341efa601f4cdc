#!/usr/bin/env bash
# Fills a schema with a generated association (org.namc.persistence.jpa.generator.AssociationGenerator):
# 100,000 members, 1,000,000 projects and 10,000,000 hash-chained audit entries by default, and
# prints how long each part took. The schema is created and migrated if needed and must not hold
# generated data yet.
#
#   scripts/generate-data.sh --jdbc-url 'jdbc:postgresql://localhost:5432/namc_bench?user=namc&password=namc' \
#       --schema namc_bench [--members N] [--projects N] [--audit-entries N]
#
# Needs Java 17 and Maven; builds the persistence module first (no tests, nothing installed).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
classpath_file="$(mktemp)"
trap 'rm -f "$classpath_file"' EXIT

# Every module of the reactor writes its classpath to the file; the persistence module builds last.
mvn -B -q -pl namc-persistence-jpa -am -DskipTests package dependency:build-classpath \
  -Dmdep.outputFile="$classpath_file" -Dmdep.includeScope=runtime >&2
exec java -cp "namc-persistence-jpa/target/classes:$(cat "$classpath_file")" \
  org.namc.persistence.jpa.generator.GenerateAssociation "$@"
