-- One counter every node of a portal shares: each change of access (grant, revoke, role,
-- a member's standing) moves it in the same transaction; a node's access cache checks it at
-- most once per staleness bound and drops what it compiled when it moved.
CREATE TABLE access_changes (
  id       smallint PRIMARY KEY CHECK (id = 1),
  version  bigint NOT NULL DEFAULT 0 CHECK (version >= 0)
);
INSERT INTO access_changes (id, version) VALUES (1, 0);

COMMENT ON TABLE access_changes IS 'The single-row counter of access changes that bounds how stale a node''s access cache can be.';
