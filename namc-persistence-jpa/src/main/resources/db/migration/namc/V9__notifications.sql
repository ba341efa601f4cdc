-- Multi-channel notifications and their templates (templates first: notifications refer to them).

CREATE TYPE notification_type_enum AS ENUM (
  'SYSTEM', 'SECURITY', 'MEMBERSHIP', 'PROJECT', 'APPLICATION', 'COURSE', 'EVENT', 'PAYMENT', 'MESSAGE');
CREATE TYPE notification_channel_enum AS ENUM ('IN_APP', 'EMAIL', 'SMS', 'PUSH');
CREATE TYPE notification_priority_enum AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

CREATE TABLE notification_templates (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name              text UNIQUE NOT NULL,
  display_name      text NOT NULL,
  description       text,

  -- Template content
  subject_template  text NOT NULL,
  body_template     text NOT NULL,
  html_template     text,

  -- Template configuration
  type              notification_type_enum NOT NULL,
  channels          notification_channel_enum[] NOT NULL DEFAULT '{IN_APP}',
  variables         text[] NOT NULL DEFAULT '{}',

  -- Localisation
  locale            text NOT NULL DEFAULT 'en-US',

  -- Status; version is the template's content revision, not a lock
  is_active         boolean NOT NULL DEFAULT true,
  version           integer NOT NULL DEFAULT 1 CHECK (version > 0),

  -- Audit fields
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now(),
  created_by        uuid REFERENCES users(id)
);

CREATE TABLE notifications (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id             uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,

  -- Notification content
  type                notification_type_enum NOT NULL,
  title               text NOT NULL,
  message             text NOT NULL,

  -- Delivery channels
  channels            notification_channel_enum[] NOT NULL DEFAULT '{IN_APP}',

  -- Status tracking
  is_read             boolean NOT NULL DEFAULT false,
  read_at             timestamptz,
  delivery_status     jsonb NOT NULL DEFAULT '{}',

  -- Scheduling
  scheduled_for       timestamptz,
  sent_at             timestamptz,
  expires_at          timestamptz,

  -- Priority and categorisation
  priority            notification_priority_enum NOT NULL DEFAULT 'NORMAL',
  category            text,

  -- Metadata and actions
  data                jsonb NOT NULL DEFAULT '{}',
  action_url          text,
  action_text         text,

  -- Template information
  template_id         uuid REFERENCES notification_templates(id),
  template_variables  jsonb,

  -- Audit fields
  created_at          timestamptz NOT NULL DEFAULT now(),
  updated_at          timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_notifications_user ON notifications (user_id, created_at DESC);
CREATE INDEX idx_notifications_unread ON notifications (user_id, is_read) WHERE NOT is_read;
CREATE INDEX idx_notifications_type ON notifications (type, created_at DESC);
CREATE INDEX idx_notifications_scheduled ON notifications (scheduled_for) WHERE scheduled_for IS NOT NULL AND sent_at IS NULL;
-- The seed's clean-up deletes read notifications past their expiry.
CREATE INDEX idx_notifications_expires ON notifications (expires_at) WHERE expires_at IS NOT NULL;
