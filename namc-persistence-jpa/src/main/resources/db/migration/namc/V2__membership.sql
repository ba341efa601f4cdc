-- Membership: the seed's users table, plus what the core's Member aggregate holds that the
-- seed lacks (email verification, two-factor state, tier, cancellation, optimistic locking),
-- and the core's hashed single-use tokens. Deviations: docs/schema-deviations.md.

-- Values follow org.namc.membership.domain.MemberType.
CREATE TYPE member_type_enum AS ENUM ('REGULAR', 'ASSOCIATE', 'CORPORATE', 'STUDENT', 'HONORARY');
-- Values follow org.namc.membership.domain.TwoFactor.State.
CREATE TYPE two_factor_state_enum AS ENUM ('DISABLED', 'PENDING_CONFIRMATION', 'ENABLED');
-- Values follow org.namc.membership.domain.TokenPurpose.
CREATE TYPE token_purpose_enum AS ENUM ('EMAIL_VERIFICATION', 'PASSWORD_RESET', 'LOGIN_CHALLENGE');

CREATE TABLE users (
  -- Primary identification
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email                     text NOT NULL CHECK (email = lower(email) AND position('@' IN email) > 1),
  password_hash             text NOT NULL,

  -- Personal information
  first_name                text NOT NULL,
  last_name                 text NOT NULL,
  company                   text,
  title                     text,
  phone                     text,

  -- Address with geocoding support; city, state and zip_code repeat the address for filtering
  address                   jsonb DEFAULT '{}',
  city                      text,
  state                     text,
  zip_code                  text,
  coordinates               geography(Point, 4326),

  -- Membership details
  member_type               member_type_enum NOT NULL DEFAULT 'REGULAR',
  membership_tier           text,
  member_since              timestamptz,
  membership_expires_at     timestamptz,
  membership_cancelled_at   timestamptz,
  is_active                 boolean NOT NULL GENERATED ALWAYS AS (membership_cancelled_at IS NULL AND deleted_at IS NULL) STORED,
  email_verified_at         timestamptz,
  is_verified               boolean NOT NULL GENERATED ALWAYS AS (email_verified_at IS NOT NULL) STORED,

  -- Profile enhancements
  profile_image             text,
  bio                       text,
  website                   text,
  linkedin                  text,
  twitter                   text,
  skills                    text[] NOT NULL DEFAULT '{}',
  certifications            jsonb NOT NULL DEFAULT '[]',
  languages                 text[] NOT NULL DEFAULT '{"English"}',

  -- Security fields
  failed_login_attempts     integer NOT NULL DEFAULT 0 CHECK (failed_login_attempts >= 0),
  locked_until              timestamptz,
  last_failed_login         timestamptz,
  last_successful_login     timestamptz,
  two_factor_state          two_factor_state_enum NOT NULL DEFAULT 'DISABLED',
  two_factor_enabled        boolean NOT NULL GENERATED ALWAYS AS (two_factor_state = 'ENABLED') STORED,
  two_factor_secret         text,
  two_factor_last_used_step bigint NOT NULL DEFAULT -1,
  two_factor_failed_codes   integer NOT NULL DEFAULT 0 CHECK (two_factor_failed_codes >= 0),
  two_factor_recovery_code_hashes text[] NOT NULL DEFAULT '{}',

  -- Communication preferences
  notification_preferences  jsonb NOT NULL DEFAULT '{
    "email": true,
    "sms": false,
    "push": true,
    "marketing": true,
    "project_alerts": true,
    "event_reminders": true
  }',

  -- Audit fields
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),
  created_by                uuid,
  updated_by                uuid,
  deleted_at                timestamptz,
  version                   bigint NOT NULL DEFAULT 0,

  CONSTRAINT ck_users_two_factor_secret CHECK (two_factor_state = 'DISABLED' OR two_factor_secret IS NOT NULL),
  CONSTRAINT ck_users_membership_term CHECK (membership_expires_at IS NULL OR member_since IS NULL
                                             OR membership_expires_at > member_since)
);

COMMENT ON COLUMN users.two_factor_secret IS
  'The TOTP secret as ciphertext from the core''s SecretCipher (AES-GCM, key id in the value); the database never sees the plain secret.';
COMMENT ON COLUMN users.two_factor_recovery_code_hashes IS 'SHA-256 hashes of the unused recovery codes; never the codes.';
COMMENT ON COLUMN users.membership_tier IS 'Tier code chosen at registration; membership_tiers.name when the billing context prices it.';
COMMENT ON COLUMN users.version IS 'Optimistic lock: every update checks and increments it.';

-- One live account per email; a soft-deleted account frees its address. Also serves login
-- lookups (the seed's idx_users_email and idx_users_login).
CREATE UNIQUE INDEX uq_users_live_email ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX idx_users_member_type ON users (member_type) WHERE is_active = true AND deleted_at IS NULL;
CREATE INDEX idx_users_expires ON users (membership_expires_at) WHERE membership_expires_at IS NOT NULL;
CREATE INDEX idx_users_company ON users (company) WHERE company IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX idx_users_location ON users USING GIST (coordinates) WHERE coordinates IS NOT NULL;
CREATE INDEX idx_users_skills ON users USING GIN (skills);
CREATE INDEX idx_users_active_members ON users (member_since, member_type) WHERE is_active = true AND deleted_at IS NULL;
CREATE INDEX idx_users_active_lookup ON users (member_type, member_since) WHERE is_active = true AND deleted_at IS NULL;
-- Members.list pages live members by creation time, then id.
CREATE INDEX idx_users_created ON users (created_at, id) WHERE deleted_at IS NULL;

-- Single-use tokens (email verification, password reset, login challenge). Only the SHA-256
-- of a token is stored, so a leaked table cannot be replayed.
CREATE TABLE security_tokens (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  purpose     token_purpose_enum NOT NULL,
  token_hash  text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
  issued_at   timestamptz NOT NULL,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  CONSTRAINT uq_security_tokens_purpose_hash UNIQUE (purpose, token_hash),
  CONSTRAINT ck_security_tokens_lifetime CHECK (expires_at > issued_at)
);

-- Revoking a member's open tokens of one purpose when a new one is issued.
CREATE INDEX idx_security_tokens_open ON security_tokens (user_id, purpose) WHERE used_at IS NULL;
-- Purging expired tokens.
CREATE INDEX idx_security_tokens_expires ON security_tokens (expires_at);
