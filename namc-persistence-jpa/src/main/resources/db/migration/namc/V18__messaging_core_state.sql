-- Messaging: what the core's Message holds that V8 lacks (deletion per participant, who flagged
-- it and when, whether a moderator hid it), an optimistic version, and member blocks.
-- Deviations: docs/schema-deviations.md.

ALTER TABLE messages
  -- Each participant deletes a message for themselves; deleted_at stays the seed's erasure of the
  -- whole row, which every query honours.
  ADD COLUMN deleted_by_sender_at   timestamptz,
  ADD COLUMN deleted_by_receiver_at timestamptz,
  ADD COLUMN flagged_by             uuid REFERENCES users(id) ON DELETE CASCADE,
  ADD COLUMN flagged_at             timestamptz,
  -- The last moderation decision: hidden or restored (moderated_by NULL: the system), and why.
  ADD COLUMN is_hidden              boolean NOT NULL DEFAULT false,
  ADD COLUMN moderation_reason      text,
  ADD COLUMN version                bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_messages_not_to_self CHECK (sender_id <> receiver_id),
  ADD CONSTRAINT ck_messages_read CHECK (is_read = (read_at IS NOT NULL)),
  ADD CONSTRAINT ck_messages_flag CHECK (is_flagged = (flagged_at IS NOT NULL)
    AND (NOT is_flagged OR (flagged_by IS NOT NULL AND flagged_reason IS NOT NULL))),
  ADD CONSTRAINT ck_messages_moderation CHECK ((moderated_at IS NULL) = (moderation_reason IS NULL)
    AND (NOT is_hidden OR moderated_at IS NOT NULL));

UPDATE messages SET thread_id = id WHERE thread_id IS NULL;
-- A thread is named by its first message; a first message is its own thread.
ALTER TABLE messages ALTER COLUMN thread_id SET NOT NULL;

-- Inbox, unread count and sent box skip what the participant deleted and what a moderator hid.
CREATE INDEX idx_messages_inbox ON messages (receiver_id, created_at DESC, id DESC)
  WHERE deleted_at IS NULL AND deleted_by_receiver_at IS NULL AND NOT is_hidden;
CREATE INDEX idx_messages_outbox ON messages (sender_id, created_at DESC, id DESC)
  WHERE deleted_at IS NULL AND deleted_by_sender_at IS NULL AND NOT is_hidden;
-- The moderators' queue.
CREATE INDEX idx_messages_flagged ON messages (created_at DESC) WHERE is_flagged AND deleted_at IS NULL;

-- blocker accepts no more messages from blocked; one row per pair and direction.
CREATE TABLE member_blocks (
  blocker_id  uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  blocked_id  uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  blocked_at  timestamptz NOT NULL,
  PRIMARY KEY (blocker_id, blocked_id),
  CONSTRAINT ck_member_blocks_not_self CHECK (blocker_id <> blocked_id)
);
