-- The inbox of the payment gateway's events (Stripe webhooks), keyed by the gateway's event id:
-- an event is recorded before it is acted on, so a delivery repeated or arriving ten times at once
-- acts once. A failed one keeps its attempts and last error until it is replayed.
CREATE TABLE payment_gateway_events (
  id           text PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 255),
  type         text NOT NULL CHECK (length(type) BETWEEN 1 AND 100),
  object_id    text,
  status       text NOT NULL CHECK (status IN ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED')),
  attempts     integer NOT NULL CHECK (attempts >= 0),
  last_error   text,
  received_at  timestamptz NOT NULL,
  updated_at   timestamptz NOT NULL
);
CREATE INDEX idx_payment_gateway_events_failed ON payment_gateway_events (received_at, id) WHERE status = 'FAILED';
