-- iCalendar's SEQUENCE for each event: raised when the event moves or is cancelled (not on
-- every registration, which also writes the row), so subscribed calendars update the event in
-- place and ignore changes that do not concern them. Existing events start at 0.
ALTER TABLE events
  ADD COLUMN calendar_sequence integer NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_events_calendar_sequence CHECK (calendar_sequence >= 0);
