-- Events and registrations. event_registrations.payment_id gets its foreign key in the
-- billing migration, which creates payments.

CREATE TYPE event_location_type_enum AS ENUM ('IN_PERSON', 'VIRTUAL', 'HYBRID');
CREATE TYPE event_category_enum AS ENUM (
  'GENERAL', 'NETWORKING', 'TRAINING', 'WORKSHOP', 'CONFERENCE', 'WEBINAR', 'OUTREACH', 'SOCIAL',
  'BOARD_MEETING', 'FUNDRAISER');
CREATE TYPE event_status_enum AS ENUM ('DRAFT', 'PUBLISHED', 'POSTPONED', 'CANCELLED', 'COMPLETED');
CREATE TYPE event_visibility_enum AS ENUM ('PUBLIC', 'MEMBERS_ONLY', 'PRIVATE');
CREATE TYPE registration_status_enum AS ENUM ('REGISTERED', 'WAITLISTED', 'PENDING_APPROVAL', 'CANCELLED', 'ATTENDED', 'NO_SHOW');

CREATE TABLE events (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),

  -- Basic event information
  title                  text NOT NULL,
  description            text NOT NULL,
  short_description      text,

  -- Event scheduling
  start_date             timestamptz NOT NULL,
  end_date               timestamptz NOT NULL,
  timezone               text NOT NULL DEFAULT 'America/Los_Angeles',

  -- Location details
  location_type          event_location_type_enum NOT NULL DEFAULT 'IN_PERSON',
  venue_name             text,
  venue_address          jsonb,
  venue_coordinates      geography(Point, 4326),

  -- Virtual event details; meeting_password holds ciphertext from the core's SecretCipher
  meeting_platform       text,
  meeting_url            text,
  meeting_id             text,
  meeting_password       text,

  -- Registration and capacity
  max_attendees          integer CHECK (max_attendees > 0),
  registration_deadline  timestamptz,
  requires_approval      boolean NOT NULL DEFAULT false,

  -- Pricing
  price                  numeric(8, 2) NOT NULL DEFAULT 0 CHECK (price >= 0),
  is_free                boolean NOT NULL GENERATED ALWAYS AS (price = 0) STORED,
  early_bird_price       numeric(8, 2) CHECK (early_bird_price >= 0),
  early_bird_deadline    timestamptz,

  -- Event categorisation
  category               event_category_enum NOT NULL DEFAULT 'GENERAL',
  tags                   text[] NOT NULL DEFAULT '{}',
  target_audience        text[] NOT NULL DEFAULT '{}',

  -- Content and media
  featured_image         text,
  agenda                 jsonb NOT NULL DEFAULT '[]',
  speakers               jsonb NOT NULL DEFAULT '[]',
  sponsors               jsonb NOT NULL DEFAULT '[]',

  -- Status and visibility
  status                 event_status_enum NOT NULL DEFAULT 'DRAFT',
  visibility             event_visibility_enum NOT NULL DEFAULT 'PUBLIC',
  is_featured            boolean NOT NULL DEFAULT false,

  -- Registration tracking: kept by trigger from event_registrations, map them read-only
  registration_count     integer NOT NULL DEFAULT 0 CHECK (registration_count >= 0),
  attendee_count         integer NOT NULL DEFAULT 0 CHECK (attendee_count >= 0),
  waitlist_count         integer NOT NULL DEFAULT 0 CHECK (waitlist_count >= 0),

  -- Communication
  reminder_sent          boolean NOT NULL DEFAULT false,
  follow_up_sent         boolean NOT NULL DEFAULT false,

  -- Audit fields
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  created_by             uuid NOT NULL REFERENCES users(id),
  deleted_at             timestamptz,
  version                bigint NOT NULL DEFAULT 0,

  CONSTRAINT ck_events_dates CHECK (end_date >= start_date),
  -- Together with the counter trigger this prevents overbooking under concurrent registrations.
  CONSTRAINT ck_events_capacity CHECK (max_attendees IS NULL OR registration_count <= max_attendees)
);

CREATE TABLE event_registrations (
  id                    uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  event_id              uuid NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  user_id               uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,

  -- Registration details
  registration_date     timestamptz NOT NULL DEFAULT now(),
  status                registration_status_enum NOT NULL DEFAULT 'REGISTERED',

  -- Payment tracking (foreign key added with payments)
  payment_id            uuid,
  amount_paid           numeric(8, 2) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),

  -- Attendance tracking
  checked_in            boolean NOT NULL DEFAULT false,
  check_in_time         timestamptz,
  attended              boolean NOT NULL DEFAULT false,

  -- Additional information
  dietary_restrictions  text,
  accessibility_needs   text,
  emergency_contact     jsonb,
  custom_fields         jsonb NOT NULL DEFAULT '{}',

  -- Communication preferences
  wants_reminders       boolean NOT NULL DEFAULT true,
  wants_follow_up       boolean NOT NULL DEFAULT true,
  version               bigint NOT NULL DEFAULT 0,

  UNIQUE (event_id, user_id)
);

CREATE INDEX idx_events_dates ON events (start_date, end_date) WHERE deleted_at IS NULL;
CREATE INDEX idx_events_category ON events (category, status) WHERE deleted_at IS NULL;
CREATE INDEX idx_events_featured ON events (is_featured, start_date) WHERE is_featured = true;
CREATE INDEX idx_events_location ON events USING GIST (venue_coordinates) WHERE venue_coordinates IS NOT NULL;
CREATE INDEX idx_event_registrations_event ON event_registrations (event_id, registration_date DESC);
CREATE INDEX idx_event_registrations_user ON event_registrations (user_id, registration_date DESC);

-- registration_count counts seats taken (registered, awaiting approval, attended),
-- waitlist_count the waiting list, attendee_count those who attended.
CREATE FUNCTION maintain_event_registration_counts() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE events SET
      registration_count = registration_count - (OLD.status IN ('REGISTERED', 'PENDING_APPROVAL', 'ATTENDED'))::int,
      waitlist_count     = waitlist_count - (OLD.status = 'WAITLISTED')::int,
      attendee_count     = attendee_count - OLD.attended::int
    WHERE id = OLD.event_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE events SET
      registration_count = registration_count + (NEW.status IN ('REGISTERED', 'PENDING_APPROVAL', 'ATTENDED'))::int,
      waitlist_count     = waitlist_count + (NEW.status = 'WAITLISTED')::int,
      attendee_count     = attendee_count + NEW.attended::int
    WHERE id = NEW.event_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER trigger_event_registration_counts
  AFTER INSERT OR DELETE ON event_registrations
  FOR EACH ROW EXECUTE FUNCTION maintain_event_registration_counts();
-- Updates touch the event row only when a counted field really changed (ORMs write every column).
CREATE TRIGGER trigger_event_registration_counts_on_update
  AFTER UPDATE OF status, attended, event_id ON event_registrations
  FOR EACH ROW
  WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.attended IS DISTINCT FROM NEW.attended
        OR OLD.event_id IS DISTINCT FROM NEW.event_id)
  EXECUTE FUNCTION maintain_event_registration_counts();
