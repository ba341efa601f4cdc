-- NAMC Portal Core schema, part 1: what every later migration relies on.
--
-- Flyway runs these scripts with the library's own schema (default "namc") first on the
-- search_path and the connection's original path after it. PostGIS is never created in that
-- schema: it belongs in "public" (so that `flyway clean` and the host's own migrations never
-- trip over extension-owned objects). ${flyway:defaultSchema} is the library's schema.

DO $$
DECLARE
  postgis_schema text;
BEGIN
  SELECT n.nspname INTO postgis_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'postgis';
  IF postgis_schema IS NULL THEN
    BEGIN
      CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;
      postgis_schema := 'public';
    EXCEPTION WHEN OTHERS THEN
      RAISE EXCEPTION USING
        MESSAGE = format('NAMC needs the PostGIS extension in schema public of database %s, and it could not be created here: %s',
                         current_database(), SQLERRM),
        HINT = 'Install PostGIS on the server (Debian: postgresql-15-postgis-3), then as a superuser run: CREATE EXTENSION postgis SCHEMA public;';
    END;
  END IF;
  IF to_regtype('geography') IS NULL THEN
    RAISE EXCEPTION USING
      MESSAGE = format('PostGIS is installed in schema %s, which is not on the search_path (%s)',
                       postgis_schema, current_setting('search_path')),
      HINT = 'Put the PostGIS schema (normally public) on the search_path of the connections the library uses.';
  END IF;
END
$$;

-- Keeps a row count of child rows in a parent's counter column, so counters such as
-- projects.application_count stay true under concurrent writers: the increment runs in the
-- writer's own transaction and the parent row lock serialises concurrent increments.
-- Trigger arguments: parent table, foreign-key column in the child, counter column in the parent.
CREATE FUNCTION maintain_child_count() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
  parent_table  text := TG_ARGV[0];
  fk_column     text := TG_ARGV[1];
  counter       text := TG_ARGV[2];
  old_parent    uuid;
  new_parent    uuid;
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    old_parent := (to_jsonb(OLD) ->> fk_column)::uuid;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    new_parent := (to_jsonb(NEW) ->> fk_column)::uuid;
  END IF;
  IF old_parent IS NOT DISTINCT FROM new_parent THEN
    RETURN NULL;
  END IF;
  IF old_parent IS NOT NULL THEN
    EXECUTE format('UPDATE %I SET %I = %I - 1 WHERE id = $1', parent_table, counter, counter) USING old_parent;
  END IF;
  IF new_parent IS NOT NULL THEN
    EXECUTE format('UPDATE %I SET %I = %I + 1 WHERE id = $1', parent_table, counter, counter) USING new_parent;
  END IF;
  RETURN NULL;
END
$$;

COMMENT ON FUNCTION maintain_child_count() IS
  'AFTER INSERT/UPDATE/DELETE row trigger: keeps TG_ARGV[0].TG_ARGV[2] equal to the number of child rows whose TG_ARGV[1] points at the parent.';
