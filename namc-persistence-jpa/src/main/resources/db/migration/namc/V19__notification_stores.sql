-- What the notifications context stores beyond the seed's two tables: one template version per
-- name and locale, the columns a notification carries in the core, the outbox the dispatcher
-- claims from, and members' delivery preferences.

-- Templates: one current version per name and locale (the seed's UNIQUE (name) allowed one locale only).
ALTER TABLE notification_templates DROP CONSTRAINT notification_templates_name_key;
ALTER TABLE notification_templates ADD CONSTRAINT uq_notification_templates_name_locale UNIQUE (name, locale);
ALTER TABLE notification_templates ADD COLUMN updated_by uuid REFERENCES users(id) ON DELETE SET NULL;

-- Notifications: what the core's Notification holds and the seed has no column for.
ALTER TABLE notifications
  ADD COLUMN dedup_key     text,
  ADD COLUMN template_name text,
  ADD COLUMN html_body     text,
  -- When it first shows in the inbox: its schedule, or its creation when scheduled earlier.
  ADD COLUMN due_at        timestamptz GENERATED ALWAYS AS (greatest(created_at, coalesce(scheduled_for, created_at))) STORED;

-- is_read derived from read_at (as users.is_verified from email_verified_at), so the two cannot disagree.
UPDATE notifications SET read_at = updated_at WHERE is_read AND read_at IS NULL;
ALTER TABLE notifications DROP COLUMN is_read;  -- drops idx_notifications_unread with it
ALTER TABLE notifications ADD COLUMN is_read boolean GENERATED ALWAYS AS (read_at IS NOT NULL) STORED;
CREATE INDEX idx_notifications_unread ON notifications (user_id, is_read) WHERE NOT is_read;

-- The inbox: a member's notifications, newest due first.
CREATE INDEX idx_notifications_inbox ON notifications (user_id, due_at DESC, created_at DESC, id DESC);
-- Suppressing a repeated deduplication key within the window.
CREATE INDEX idx_notifications_dedup ON notifications (user_id, dedup_key, created_at DESC) WHERE dedup_key IS NOT NULL;
-- The retention clean-up deletes read notifications long expired (idx_notifications_expires serves it).

CREATE TYPE outbox_status_enum AS ENUM ('PENDING', 'DELIVERED', 'FAILED', 'EXPIRED');

-- One notification waiting to go out on one channel (the core's OutboxEntry); written in the
-- unit of work that created the notification, updated by the dispatcher after each attempt.
CREATE TABLE notification_outbox (
  id               uuid PRIMARY KEY,
  -- Checked at commit: the core writes a notification's entries before the notification itself.
  notification_id  uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  channel          notification_channel_enum NOT NULL,
  category         text NOT NULL,
  digest           boolean NOT NULL DEFAULT false,
  release_at       timestamptz NOT NULL,
  status           outbox_status_enum NOT NULL DEFAULT 'PENDING',
  attempts         integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
  next_attempt_at  timestamptz NOT NULL,
  last_error       text,
  finished_at      timestamptz,
  created_at       timestamptz NOT NULL,
  CONSTRAINT ck_notification_outbox_finished CHECK ((status = 'PENDING') = (finished_at IS NULL))
);

-- What the dispatcher claims: pending entries by next attempt.
CREATE INDEX idx_notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status = 'PENDING';
-- The rest of a digest group once one of its entries is claimed.
CREATE INDEX idx_notification_outbox_digest ON notification_outbox (user_id, channel, category, release_at)
  WHERE digest AND status = 'PENDING';
CREATE INDEX idx_notification_outbox_notification ON notification_outbox (notification_id);

-- How a member wants to be reached (the core's DeliveryPreferences), richer than
-- users.notification_preferences; no row means the defaults.
CREATE TABLE notification_delivery_preferences (
  user_id                uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  time_zone              text NOT NULL,
  locale                 text NOT NULL,
  channels_off           notification_channel_enum[] NOT NULL DEFAULT '{}',
  -- {"event": ["EMAIL", "PUSH"]}: channels switched off per category
  category_channels_off  jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(category_channels_off) = 'object'),
  digest_categories      text[] NOT NULL DEFAULT '{}',
  digest_window_seconds  integer NOT NULL CHECK (digest_window_seconds BETWEEN 300 AND 604800),
  quiet_start            time,
  quiet_end              time,
  CONSTRAINT ck_notification_delivery_preferences_quiet
    CHECK ((quiet_start IS NULL AND quiet_end IS NULL) OR (quiet_start IS NOT NULL AND quiet_end IS NOT NULL AND quiet_start <> quiet_end))
);
