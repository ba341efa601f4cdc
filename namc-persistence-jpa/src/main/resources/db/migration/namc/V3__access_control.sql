-- Role-based access control, as the seed designs it.

CREATE TABLE roles (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name               text UNIQUE NOT NULL,
  description        text NOT NULL,
  is_system_role     boolean NOT NULL DEFAULT false,
  is_active          boolean NOT NULL DEFAULT true,
  -- Kept by trigger from role_permissions; map it read-only.
  permissions_count  integer NOT NULL DEFAULT 0 CHECK (permissions_count >= 0),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  version            bigint NOT NULL DEFAULT 0
);

CREATE TABLE permissions (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name                  text UNIQUE NOT NULL,
  description           text NOT NULL,
  resource              text NOT NULL,
  action                text NOT NULL,
  conditions            jsonb NOT NULL DEFAULT '{}',
  is_system_permission  boolean NOT NULL DEFAULT false,
  created_at            timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE user_roles (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id      uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  role_id      uuid NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  assigned_at  timestamptz NOT NULL DEFAULT now(),
  assigned_by  uuid REFERENCES users(id),
  expires_at   timestamptz,
  is_active    boolean NOT NULL DEFAULT true,
  UNIQUE (user_id, role_id)
);

CREATE TABLE role_permissions (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  role_id        uuid NOT NULL REFERENCES roles(id) ON DELETE CASCADE,
  permission_id  uuid NOT NULL REFERENCES permissions(id) ON DELETE CASCADE,
  granted_at     timestamptz NOT NULL DEFAULT now(),
  granted_by     uuid REFERENCES users(id),
  UNIQUE (role_id, permission_id)
);

CREATE INDEX idx_user_roles_user ON user_roles (user_id) WHERE is_active = true;
CREATE INDEX idx_user_roles_role ON user_roles (role_id) WHERE is_active = true;
CREATE INDEX idx_role_permissions_role ON role_permissions (role_id);
CREATE INDEX idx_permissions_resource_action ON permissions (resource, action);

CREATE TRIGGER trigger_role_permissions_count
  AFTER INSERT OR DELETE OR UPDATE OF role_id ON role_permissions
  FOR EACH ROW EXECUTE FUNCTION maintain_child_count('roles', 'role_id', 'permissions_count');
