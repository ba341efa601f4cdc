-- What the core's roles hold beyond the seed's tables (org.namc.access.domain.Role).
--
-- A role's rules are rows of permissions linked by role_permissions, one permission row per
-- distinct rule: its name is the rule's text ("project:publish own active-member tier>=2"),
-- resource and action its permission, conditions its conditions. Roles share those rows.

-- A role grants whatever the roles it includes grant; the core keeps inclusion acyclic.
CREATE TABLE role_inclusions (
  role_id           uuid NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  -- Roles are deactivated, never deleted, by the core; an included role must stay.
  included_role_id  uuid NOT NULL REFERENCES roles(id) ON DELETE RESTRICT,
  PRIMARY KEY (role_id, included_role_id),
  CONSTRAINT ck_role_inclusions_not_itself CHECK (role_id <> included_role_id)
);

CREATE INDEX idx_role_inclusions_included ON role_inclusions (included_role_id);

-- The core normalises role names to upper case with underscores (Role.normaliseName).
ALTER TABLE roles
  ADD CONSTRAINT ck_roles_name_format CHECK (name ~ '^[A-Z][A-Z0-9_]{1,49}$');

-- Conditions are one object: {"own_only", "active_member_only", "min_tier_level"}; missing keys mean no condition.
ALTER TABLE permissions
  ADD CONSTRAINT ck_permissions_conditions_object CHECK (jsonb_typeof(conditions) = 'object');
