-- Events: what the core's Event and Registration aggregates hold that V6 lacks (the waiting
-- list, payment holds, the event's currency, who checked a registrant in), the registration
-- states of paid events and time-boxed offers, and counters that agree with the core's
-- definition of a seat. Deviations: docs/schema-deviations.md.

-- Values follow org.namc.events.domain.RegistrationStatus. ATTENDED stays (the seed's); the
-- core records attendance in event_registrations.attended instead.
ALTER TYPE registration_status_enum ADD VALUE IF NOT EXISTS 'PENDING_PAYMENT';
ALTER TYPE registration_status_enum ADD VALUE IF NOT EXISTS 'DECLINED';
ALTER TYPE registration_status_enum ADD VALUE IF NOT EXISTS 'EXPIRED';

ALTER TABLE events
  ADD COLUMN currency             text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN next_waitlist_ticket bigint NOT NULL DEFAULT 1 CHECK (next_waitlist_ticket >= 1),
  ADD COLUMN cancellation_reason  text,
  ADD CONSTRAINT ck_events_early_bird_paired CHECK ((early_bird_price IS NULL) = (early_bird_deadline IS NULL)),
  ADD CONSTRAINT ck_events_early_bird_below_price CHECK (early_bird_price IS NULL OR early_bird_price < price),
  ADD CONSTRAINT ck_events_deadline_before_start CHECK (registration_deadline IS NULL OR registration_deadline <= start_date);

-- The id a PaymentReceipts port names: billing's payment, or whatever a host's own port uses.
ALTER TABLE event_registrations DROP CONSTRAINT fk_event_registrations_payment;
ALTER TABLE event_registrations ALTER COLUMN payment_id TYPE text USING payment_id::text;

ALTER TABLE event_registrations
  ADD COLUMN waitlist_ticket  bigint CHECK (waitlist_ticket >= 1),
  ADD COLUMN hold_expires_at  timestamptz,
  ADD COLUMN amount_due       numeric(8, 2) CHECK (amount_due >= 0),
  -- of amount_due and amount_paid (the core takes a payment only in the currency due)
  ADD COLUMN currency         text CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN checked_in_by    uuid,
  ADD COLUMN promoted_at      timestamptz,
  ADD COLUMN status_reason    text,
  ADD COLUMN updated_at       timestamptz NOT NULL DEFAULT now(),
  ADD CONSTRAINT ck_event_registrations_checked_in CHECK (checked_in = (check_in_time IS NOT NULL)),
  ADD CONSTRAINT ck_event_registrations_paid CHECK (payment_id IS NOT NULL OR amount_paid = 0),
  ADD CONSTRAINT ck_event_registrations_currency
    CHECK (currency IS NOT NULL OR (amount_due IS NULL AND amount_paid = 0));

-- One payment confirms one registration, even when two confirmations race.
CREATE UNIQUE INDEX uq_event_registrations_payment ON event_registrations (payment_id) WHERE payment_id IS NOT NULL;
-- The next in line: the lowest ticket on the waiting list.
CREATE INDEX idx_event_registrations_waitlist ON event_registrations (event_id, waitlist_ticket)
  WHERE status = 'WAITLISTED';
-- Holds that ran out (the status is filtered in the query: a new enum value cannot appear in an
-- index predicate of the migration that adds it).
CREATE INDEX idx_event_registrations_holds ON event_registrations (event_id, hold_expires_at)
  WHERE hold_expires_at IS NOT NULL;

-- Seats are what org.namc.events.domain.RegistrationStatus.holdsSeat() says; the core writes the
-- same counts when it saves the event, so trigger and core never disagree.
CREATE OR REPLACE FUNCTION maintain_event_registration_counts() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE events SET
      registration_count = registration_count
        - (OLD.status::text IN ('PENDING_APPROVAL', 'PENDING_PAYMENT', 'REGISTERED', 'NO_SHOW', 'ATTENDED'))::int,
      waitlist_count     = waitlist_count - (OLD.status = 'WAITLISTED')::int,
      attendee_count     = attendee_count - OLD.attended::int
    WHERE id = OLD.event_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE events SET
      registration_count = registration_count
        + (NEW.status::text IN ('PENDING_APPROVAL', 'PENDING_PAYMENT', 'REGISTERED', 'NO_SHOW', 'ATTENDED'))::int,
      waitlist_count     = waitlist_count + (NEW.status = 'WAITLISTED')::int,
      attendee_count     = attendee_count + NEW.attended::int
    WHERE id = NEW.event_id;
  END IF;
  RETURN NULL;
END
$$;
