-- Retention of the tables that grow without bound and do not suit partitioning (see
-- docs/schema-deviations.md, "Growth"): the library's maintenance deletes finished outbox entries
-- 30 days after they finished and AI interactions two years after they were recorded. These
-- indexes let each clean-up find its rows without reading the whole table.

-- Finished entries by when they finished; the dispatcher's own index covers pending ones only.
CREATE INDEX idx_notification_outbox_finished ON notification_outbox (finished_at) WHERE status <> 'PENDING';

-- AI interactions by age (the seed's indexes lead with feature, user or rating).
CREATE INDEX idx_ai_feedback_created ON ai_feedback (created_at);
