-- The audit trail is append-only in the database too: a trigger refuses every UPDATE and
-- DELETE of audit_logs and audit_logs_archive, except the moves the archival and partition
-- functions make. Those functions mark their own transaction (a transaction-local setting) for
-- the duration of the move, and even then only what the move may take is let through: archival
-- deletes only entries that are not compliance-relevant, the partition move deletes only from
-- the default partition. TRUNCATE and dropping triggers stay with the table's owner: grant the
-- application role no ownership in production (see docs/security.md).

CREATE FUNCTION refuse_audit_rewrite() RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
  move text := coalesce(current_setting('namc.audit_move', true), '');
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME <> 'audit_logs_archive' THEN
    IF move = 'archive' AND OLD.compliance_relevant = false THEN
      RETURN OLD;
    END IF;
    IF move = 'partition' AND TG_TABLE_NAME = 'audit_logs_default' THEN
      RETURN OLD;
    END IF;
  END IF;
  RAISE EXCEPTION 'audit entries are append-only: % on % refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege',
          HINT = 'entries leave the live trail only through archive_audit_entries';
END
$$;

CREATE TRIGGER audit_logs_append_only
  BEFORE UPDATE OR DELETE ON audit_logs
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();

CREATE TRIGGER audit_logs_archive_append_only
  BEFORE UPDATE OR DELETE ON audit_logs_archive
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_rewrite();

-- Archival exact to the nanosecond (the occurrence is timestamp + timestamp_nanos), as the
-- core's AuditEntries.archiveOlderThan promises; returns how many entries moved.
CREATE FUNCTION archive_audit_entries(p_micros timestamptz, p_nanos smallint) RETURNS integer
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
  archived_count integer;
BEGIN
  PERFORM set_config('namc.audit_move', 'archive', true);
  WITH moved AS (
    DELETE FROM audit_logs
     WHERE compliance_relevant = false
       AND (timestamp < p_micros OR (timestamp = p_micros AND timestamp_nanos < p_nanos))
    RETURNING *
  )
  INSERT INTO audit_logs_archive SELECT * FROM moved;
  GET DIAGNOSTICS archived_count = ROW_COUNT;
  PERFORM set_config('namc.audit_move', '', true);
  RETURN archived_count;
END
$$;

CREATE OR REPLACE FUNCTION archive_audit_logs(p_cutoff timestamptz) RETURNS integer
LANGUAGE sql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
  SELECT archive_audit_entries(p_cutoff, 0::smallint);
$$;

CREATE OR REPLACE FUNCTION ensure_audit_log_partitions(p_first_month date, p_months integer) RETURNS integer
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
  month_start  date := date_trunc('month', p_first_month)::date;
  month_end    date;
  lower_bound  timestamptz;
  upper_bound  timestamptz;
  partition_name text;
  created      integer := 0;
BEGIN
  IF p_months IS NULL OR p_months < 1 OR p_months > 120 THEN
    RAISE EXCEPTION 'p_months must be between 1 and 120, not %', p_months;
  END IF;
  FOR i IN 1 .. p_months LOOP
    month_end := (month_start + interval '1 month')::date;
    partition_name := format('audit_logs_y%sm%s', to_char(month_start, 'YYYY'), to_char(month_start, 'MM'));
    IF to_regclass(partition_name) IS NULL THEN
      lower_bound := month_start::timestamp AT TIME ZONE 'UTC';
      upper_bound := month_end::timestamp AT TIME ZONE 'UTC';
      EXECUTE format('CREATE TABLE %I (LIKE audit_logs INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', partition_name);
      PERFORM set_config('namc.audit_move', 'partition', true);
      EXECUTE format('WITH moved AS (DELETE FROM audit_logs_default WHERE timestamp >= $1 AND timestamp < $2 RETURNING *) '
                     'INSERT INTO %I SELECT * FROM moved', partition_name)
        USING lower_bound, upper_bound;
      PERFORM set_config('namc.audit_move', '', true);
      EXECUTE format('ALTER TABLE audit_logs ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                     partition_name, lower_bound, upper_bound);
      created := created + 1;
    END IF;
    month_start := month_end;
  END LOOP;
  RETURN created;
END
$$;

COMMENT ON FUNCTION refuse_audit_rewrite() IS 'Keeps the audit trail append-only: only archival and partition moves may delete, nothing may update.';
COMMENT ON FUNCTION archive_audit_entries(timestamptz, smallint) IS 'The one way entries leave the live trail: those not compliance-relevant, older than the cutoff, into audit_logs_archive.';
