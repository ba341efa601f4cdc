-- Direct messages between members.

CREATE TYPE message_type_enum AS ENUM ('DIRECT', 'SYSTEM', 'ANNOUNCEMENT', 'PROJECT', 'EVENT');
CREATE TYPE message_priority_enum AS ENUM ('LOW', 'NORMAL', 'HIGH', 'URGENT');

CREATE TABLE messages (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),

  -- Participants
  sender_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  receiver_id     uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,

  -- Message content
  subject         text NOT NULL,
  content         text NOT NULL,
  message_type    message_type_enum NOT NULL DEFAULT 'DIRECT',

  -- Status and tracking
  is_read         boolean NOT NULL DEFAULT false,
  read_at         timestamptz,
  priority        message_priority_enum NOT NULL DEFAULT 'NORMAL',

  -- Threading and organisation
  thread_id       uuid,
  reply_to_id     uuid REFERENCES messages(id),

  -- Attachments
  attachments     jsonb NOT NULL DEFAULT '[]',

  -- Moderation
  is_flagged      boolean NOT NULL DEFAULT false,
  flagged_reason  text,
  moderated_by    uuid REFERENCES users(id),
  moderated_at    timestamptz,

  -- Audit fields
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  deleted_at      timestamptz
);

CREATE INDEX idx_messages_receiver ON messages (receiver_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX idx_messages_sender ON messages (sender_id, created_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX idx_messages_unread ON messages (receiver_id, is_read) WHERE NOT is_read AND deleted_at IS NULL;
CREATE INDEX idx_messages_thread ON messages (thread_id, created_at) WHERE thread_id IS NOT NULL;
