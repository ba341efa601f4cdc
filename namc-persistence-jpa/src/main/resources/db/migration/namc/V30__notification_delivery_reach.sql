-- Delivering over real channels: addresses rejected for good, and browsers' Web Push subscriptions.

-- Per channel, the address a server or provider rejected for good (a 550 recipient, a hard bounce,
-- a complaint): {"EMAIL": "ana@example.com"}. The channel is skipped while the member's address is
-- still that one.
ALTER TABLE notification_delivery_preferences
  ADD COLUMN undeliverable jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(undeliverable) = 'object');

-- A browser's Push API subscription (RFC 8030 endpoint, RFC 8291 keys); the endpoint is a
-- capability URL, unique across members.
CREATE TABLE notification_push_subscriptions (
  id          uuid PRIMARY KEY,
  user_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  endpoint    text NOT NULL UNIQUE CHECK (endpoint LIKE 'https://%' AND length(endpoint) <= 2000),
  p256dh      text NOT NULL,
  auth        text NOT NULL,
  created_at  timestamptz NOT NULL
);
CREATE INDEX idx_notification_push_subscriptions_user ON notification_push_subscriptions (user_id, created_at);
