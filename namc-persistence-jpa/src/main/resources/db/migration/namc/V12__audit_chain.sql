-- The hash-chained audit trail (org.namc.audit.domain.AuditEntry) in audit_logs and
-- audit_logs_archive. Each chain entry is one row; the seed's columns carry what they can
-- (id, actor, action, resource, outcome, error code, changes, severity, category, compliance
-- flag, request context, timestamp) and the new columns carry the rest: the link (sequence,
-- previous_hash, hash), the actor's roles, and the nanoseconds timestamptz cannot hold.
--
-- Rows written before this migration (by the former AuditTrail adapter) have no sequence: they
-- stay readable in SQL but are no part of the chain, which the adapter reads by sequence.
--
-- audit_logs_archive must keep the same columns in the same order as audit_logs
-- (archive_audit_logs and ensure_audit_log_partitions copy rows with SELECT *), so every
-- column is added to both tables, in the same order.

-- The hash covers the actor's member ids as written. A foreign key that sets them NULL when an
-- account row is erased would break the chain, and an entry may name a member the portal's
-- users table does not hold (a stale token, an imported history). The audit trail is evidence:
-- it keeps the ids as recorded.
ALTER TABLE audit_logs DROP CONSTRAINT audit_logs_user_id_fkey;
ALTER TABLE audit_logs DROP CONSTRAINT audit_logs_impersonated_by_fkey;

-- The hash covers the client address exactly as the host gave it; inet would normalise it
-- ('2001:DB8::1' reads back as '2001:db8::1') or refuse it ('unknown'). Text keeps it as given.
ALTER TABLE audit_logs ALTER COLUMN ip_address TYPE text USING abbrev(ip_address);
ALTER TABLE audit_logs_archive ALTER COLUMN ip_address TYPE text USING abbrev(ip_address);

ALTER TABLE audit_logs
  ADD COLUMN sequence         bigint,
  ADD COLUMN previous_hash    text,
  ADD COLUMN hash             text,
  ADD COLUMN actor_roles      text[] NOT NULL DEFAULT '{}',
  ADD COLUMN timestamp_nanos  smallint NOT NULL DEFAULT 0;
ALTER TABLE audit_logs_archive
  ADD COLUMN sequence         bigint,
  ADD COLUMN previous_hash    text,
  ADD COLUMN hash             text,
  ADD COLUMN actor_roles      text[] NOT NULL DEFAULT '{}',
  ADD COLUMN timestamp_nanos  smallint NOT NULL DEFAULT 0;

-- A chain entry has all three link columns, a row from before the chain none of them.
ALTER TABLE audit_logs
  ADD CONSTRAINT ck_audit_logs_chain_link CHECK (
    (sequence IS NULL AND previous_hash IS NULL AND hash IS NULL)
    OR (sequence >= 1 AND previous_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$')),
  ADD CONSTRAINT ck_audit_logs_timestamp_nanos CHECK (timestamp_nanos BETWEEN 0 AND 999);
ALTER TABLE audit_logs_archive
  ADD CONSTRAINT ck_audit_logs_archive_chain_link CHECK (
    (sequence IS NULL AND previous_hash IS NULL AND hash IS NULL)
    OR (sequence >= 1 AND previous_hash ~ '^[0-9a-f]{64}$' AND hash ~ '^[0-9a-f]{64}$')),
  ADD CONSTRAINT ck_audit_logs_archive_timestamp_nanos CHECK (timestamp_nanos BETWEEN 0 AND 999);

COMMENT ON COLUMN audit_logs.sequence IS 'Position in the hash chain, from 1, gap-free across audit_logs and audit_logs_archive; NULL for rows from before the chain.';
COMMENT ON COLUMN audit_logs.previous_hash IS 'Lower-case hex SHA-256 of the previous chain entry (64 zeros for the first).';
COMMENT ON COLUMN audit_logs.hash IS 'Lower-case hex SHA-256 of this entry''s canonical form (AuditEntry.canonicalForm), previous_hash included.';
COMMENT ON COLUMN audit_logs.actor_roles IS 'The roles the actor held when the entry was written, in order.';
COMMENT ON COLUMN audit_logs.timestamp_nanos IS 'Nanoseconds beyond the microsecond of the occurrence; timestamp holds it truncated to microseconds.';
COMMENT ON COLUMN audit_logs.category IS 'AuditCategory code (security, access, financial, moderation, audit, data).';
COMMENT ON COLUMN audit_logs.ip_address IS 'The client address as the host reported it (text: the chain hash covers it verbatim).';

-- Sequence numbers are unique per chain. A unique index on a partitioned table must contain
-- the partition key, so in audit_logs uniqueness is the adapter's append lock's job (one
-- writer at a time, each checking the head); the archive, a plain table, enforces it too.
CREATE INDEX idx_audit_logs_sequence ON audit_logs (sequence) WHERE sequence IS NOT NULL;
CREATE UNIQUE INDEX uq_audit_logs_archive_sequence ON audit_logs_archive (sequence) WHERE sequence IS NOT NULL;

-- byActor: entries in which a member acted, as themselves or as impersonator.
CREATE INDEX idx_audit_logs_impersonator ON audit_logs (impersonated_by, timestamp DESC)
  WHERE impersonated_by IS NOT NULL;
