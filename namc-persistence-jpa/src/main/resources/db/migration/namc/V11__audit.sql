-- The audit trail, partitioned by month on its timestamp. Monthly partitions are created
-- ahead of time by the library (ensure_audit_log_partitions, called when the library starts
-- and by the host's scheduled maintenance); rows of a month without a partition land in the
-- default partition and are moved when that month's partition is created.

CREATE TYPE audit_severity_enum AS ENUM ('DEBUG', 'INFO', 'WARNING', 'ERROR', 'CRITICAL');
-- Values follow org.namc.shared.domain.Actor.Kind.
CREATE TYPE audit_actor_kind_enum AS ENUM ('ANONYMOUS', 'MEMBER', 'SYSTEM');

CREATE TABLE audit_logs (
  id                   uuid NOT NULL DEFAULT gen_random_uuid(),

  -- Event identification
  event_type           text NOT NULL,
  resource_type        text NOT NULL,
  resource_id          text,
  action               text NOT NULL,

  -- User context
  actor_kind           audit_actor_kind_enum NOT NULL,
  user_id              uuid REFERENCES users(id) ON DELETE SET NULL,
  user_role            text,
  impersonated_by      uuid REFERENCES users(id) ON DELETE SET NULL,

  -- Request context
  ip_address           inet,
  user_agent           text,
  request_id           text,
  session_id           text,

  -- Data changes
  old_values           jsonb,
  new_values           jsonb,
  changes              jsonb,

  -- Event details
  success              boolean NOT NULL DEFAULT true,
  error_message        text,
  additional_info      jsonb NOT NULL DEFAULT '{}',

  -- Severity and classification
  severity             audit_severity_enum NOT NULL DEFAULT 'INFO',
  category             text,
  compliance_relevant  boolean NOT NULL DEFAULT false,

  -- Timestamp (immutable)
  timestamp            timestamptz NOT NULL DEFAULT now(),

  -- A partitioned table's primary key must contain the partition key.
  PRIMARY KEY (id, timestamp)
) PARTITION BY RANGE (timestamp);

COMMENT ON COLUMN audit_logs.event_type IS 'Who wrote the entry: USE_CASE for the core''s units of work.';
COMMENT ON COLUMN audit_logs.error_message IS 'The stable ErrorCode of a failed use case; ERROR severity when none (an unexpected failure).';
COMMENT ON COLUMN audit_logs.changes IS 'The names of the changed fields; their values before and after are in old_values and new_values.';

CREATE TABLE audit_logs_default PARTITION OF audit_logs DEFAULT;

CREATE INDEX idx_audit_logs_timestamp ON audit_logs (timestamp DESC);
CREATE INDEX idx_audit_logs_user ON audit_logs (user_id, timestamp DESC) WHERE user_id IS NOT NULL;
CREATE INDEX idx_audit_logs_resource ON audit_logs (resource_type, resource_id, timestamp DESC);
CREATE INDEX idx_audit_logs_severity ON audit_logs (severity, timestamp DESC) WHERE severity IN ('ERROR', 'CRITICAL');
CREATE INDEX idx_audit_logs_compliance ON audit_logs (compliance_relevant, timestamp DESC) WHERE compliance_relevant = true;

-- Old entries moved out of the live table. Same columns in the same order as audit_logs
-- (archive_audit_logs copies rows with SELECT *): a migration that adds a column to
-- audit_logs adds it here too. No foreign keys: the archive outlives accounts.
CREATE TABLE audit_logs_archive (LIKE audit_logs INCLUDING DEFAULTS INCLUDING CONSTRAINTS);
ALTER TABLE audit_logs_archive ADD PRIMARY KEY (id, timestamp);
CREATE INDEX idx_audit_logs_archive_timestamp ON audit_logs_archive (timestamp DESC);
CREATE INDEX idx_audit_logs_archive_resource ON audit_logs_archive (resource_type, resource_id, timestamp DESC);

-- Creates the monthly partitions (UTC months) from the month of p_first_month on, p_months
-- of them, skipping those that exist; rows already in the default partition for such a month
-- move into the new partition. Returns how many partitions it created.
CREATE FUNCTION ensure_audit_log_partitions(p_first_month date, p_months integer) RETURNS integer
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
      EXECUTE format('WITH moved AS (DELETE FROM audit_logs_default WHERE timestamp >= $1 AND timestamp < $2 RETURNING *) '
                     'INSERT INTO %I SELECT * FROM moved', partition_name)
        USING lower_bound, upper_bound;
      EXECUTE format('ALTER TABLE audit_logs ATTACH PARTITION %I FOR VALUES FROM (%L) TO (%L)',
                     partition_name, lower_bound, upper_bound);
      created := created + 1;
    END IF;
    month_start := month_end;
  END LOOP;
  RETURN created;
END
$$;

-- Moves entries older than p_cutoff that are not compliance-relevant to the archive;
-- returns how many. The caller's clock decides the cutoff (the seed used NOW() - 2 years).
CREATE FUNCTION archive_audit_logs(p_cutoff timestamptz) RETURNS integer
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
DECLARE
  archived_count integer;
BEGIN
  WITH archived AS (
    DELETE FROM audit_logs
     WHERE timestamp < p_cutoff
       AND compliance_relevant = false
    RETURNING *
  )
  INSERT INTO audit_logs_archive SELECT * FROM archived;
  GET DIAGNOSTICS archived_count = ROW_COUNT;
  RETURN archived_count;
END
$$;
