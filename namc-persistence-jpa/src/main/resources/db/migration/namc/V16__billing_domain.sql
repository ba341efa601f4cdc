-- Billing as the core's domain holds it (org.namc.billing.domain): what V7 (the seed's tables)
-- lacks. Billing accounts, credit notes, covered periods and the per-series invoice counters
-- are new tables; subscriptions, invoices and payments gain the columns of their aggregates.
-- Amounts stay numeric(12, 2) as in the seed: exact, and the adapter refuses a currency with
-- more minor digits instead of letting PostgreSQL round it.

CREATE TYPE billing_interval_enum AS ENUM ('MONTHLY', 'YEARLY');
CREATE TYPE invoice_purpose_enum AS ENUM ('MANUAL', 'SUBSCRIPTION_PERIOD', 'TIER_CHANGE', 'PURCHASE');
CREATE TYPE purchasable_kind_enum AS ENUM ('COURSE', 'EVENT');
CREATE TYPE number_series_enum AS ENUM ('INVOICE', 'CREDIT_NOTE');

-- Tier prices share one currency; the seed priced tiers without naming it.
ALTER TABLE membership_tiers
  ADD COLUMN currency text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  ADD CONSTRAINT ck_membership_tiers_priority CHECK (priority_level BETWEEN 0 AND 999);

-- A member's customer at the payment gateway and the method charged by default (a gateway
-- token such as pm_card_visa, never a card number).
CREATE TABLE billing_accounts (
  user_id              uuid PRIMARY KEY REFERENCES users(id) ON DELETE RESTRICT,
  gateway_customer_id  text NOT NULL UNIQUE,
  payment_method       text,
  created_at           timestamptz NOT NULL,
  updated_at           timestamptz NOT NULL,
  version              bigint NOT NULL DEFAULT 0
);

-- Subscriptions name their tier by code, as users.membership_tier does: the core refers to
-- tiers by code, and a subscription's history must not hang on a tier row.
ALTER TABLE subscriptions DROP COLUMN membership_tier_id;
ALTER TABLE subscriptions
  ALTER COLUMN stripe_price_id DROP NOT NULL,
  ALTER COLUMN billing_cycle_anchor SET NOT NULL,
  ADD COLUMN membership_tier          text NOT NULL,
  ADD COLUMN billing_interval         billing_interval_enum NOT NULL,
  ADD COLUMN billing_time_zone        text NOT NULL,
  -- -1 during the trial, 0 for the first paid period
  ADD COLUMN period_index             bigint NOT NULL CHECK (period_index >= -1),
  ADD COLUMN current_charge_amount    numeric(12, 2) CHECK (current_charge_amount >= 0),
  ADD COLUMN current_charge_from      timestamptz,
  ADD COLUMN scheduled_tier           text,
  -- the invoice being collected, with the dunning state
  ADD COLUMN payment_due_invoice_id   uuid,
  ADD COLUMN payment_failed_attempts  integer NOT NULL DEFAULT 0 CHECK (payment_failed_attempts >= 0),
  ADD COLUMN payment_next_action_at   timestamptz,
  ADD COLUMN payment_confirming       boolean NOT NULL DEFAULT false,
  -- when the billing run must look at it next, as the domain computes it
  ADD COLUMN next_action_at           timestamptz,
  ADD CONSTRAINT ck_subscriptions_charge CHECK ((current_charge_amount IS NULL) = (current_charge_from IS NULL)),
  ADD CONSTRAINT ck_subscriptions_trial_charge CHECK ((period_index = -1) = (current_charge_amount IS NULL)),
  ADD CONSTRAINT ck_subscriptions_trial CHECK ((trial_start IS NULL) = (trial_end IS NULL)),
  ADD CONSTRAINT ck_subscriptions_ended CHECK ((status = 'CANCELED') = (ended_at IS NOT NULL));
CREATE INDEX idx_subscriptions_due ON subscriptions (next_action_at, id) WHERE next_action_at IS NOT NULL;
CREATE INDEX idx_subscriptions_member_created ON subscriptions (user_id, created_at DESC, id DESC);

-- Drafts have no number, issue date or due date yet; rates are per line (in line_items).
ALTER TABLE invoices
  ALTER COLUMN invoice_number DROP NOT NULL,
  ALTER COLUMN issue_date DROP NOT NULL,
  ALTER COLUMN issue_date DROP DEFAULT,
  ALTER COLUMN due_date DROP NOT NULL,
  ALTER COLUMN tax_rate DROP NOT NULL,
  ALTER COLUMN tax_rate DROP DEFAULT,
  ADD COLUMN discount_percent          numeric(7, 4) CHECK (discount_percent > 0 AND discount_percent <= 100),
  ADD COLUMN discount_fixed            numeric(12, 2) CHECK (discount_fixed > 0),
  ADD COLUMN days_until_due            integer NOT NULL DEFAULT 0 CHECK (days_until_due >= 0),
  ADD COLUMN closed_at                 timestamptz,
  -- what the invoice is for (org.namc.billing.domain.InvoicePurpose)
  ADD COLUMN purpose                   invoice_purpose_enum NOT NULL DEFAULT 'MANUAL',
  ADD COLUMN subscription_id           uuid,
  ADD COLUMN membership_tier           text,
  ADD COLUMN previous_membership_tier  text,
  ADD COLUMN period_start              timestamptz,
  ADD COLUMN period_end                timestamptz,
  ADD COLUMN item_kind                 purchasable_kind_enum,
  ADD COLUMN item_id                   text,
  ADD CONSTRAINT ck_invoices_issued CHECK ((status = 'DRAFT') = (invoice_number IS NULL)
                                           AND (invoice_number IS NULL) = (issue_date IS NULL)
                                           AND (issue_date IS NULL) = (due_date IS NULL)),
  ADD CONSTRAINT ck_invoices_discount CHECK (discount_percent IS NULL OR discount_fixed IS NULL),
  ADD CONSTRAINT ck_invoices_purpose CHECK (CASE purpose
      WHEN 'MANUAL' THEN subscription_id IS NULL AND item_id IS NULL
      WHEN 'SUBSCRIPTION_PERIOD' THEN subscription_id IS NOT NULL AND membership_tier IS NOT NULL
                                      AND period_start IS NOT NULL AND period_end > period_start
      WHEN 'TIER_CHANGE' THEN subscription_id IS NOT NULL AND membership_tier IS NOT NULL
                              AND previous_membership_tier IS NOT NULL AND period_end > period_start
      WHEN 'PURCHASE' THEN item_kind IS NOT NULL AND item_id IS NOT NULL END);
-- The payment that settled an invoice refers to it (payments.invoice_id); the way back is a
-- plain id, so neither row has to be written before the other.
ALTER TABLE invoices DROP CONSTRAINT invoices_payment_id_fkey;
-- Newest first: by issue date, drafts by creation, then by id.
CREATE INDEX idx_invoices_member_listing ON invoices (user_id, (coalesce(issue_date, created_at)) DESC, id DESC);
CREATE INDEX idx_invoices_subscription ON invoices (subscription_id) WHERE subscription_id IS NOT NULL;

-- The core charges the account's gateway method and does not know its family; refunds are
-- recorded on the payment (each with its credit note), not as a status.
ALTER TABLE payments
  ALTER COLUMN payment_method DROP NOT NULL,
  ALTER COLUMN invoice_id SET NOT NULL,
  ADD COLUMN subscription_id  uuid,
  ADD COLUMN attempt          integer NOT NULL CHECK (attempt >= 1),
  ADD COLUMN failure_code     text,
  ADD COLUMN failure_message  text,
  ADD COLUMN refunds          jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(refunds) = 'array'),
  ADD CONSTRAINT ck_payments_amount CHECK (amount > 0),
  -- two concurrent attempts at one invoice cannot both be attempt n
  ADD CONSTRAINT uq_payments_invoice_attempt UNIQUE (invoice_id, attempt);
CREATE INDEX idx_payments_subscription ON payments (subscription_id, created_at) WHERE subscription_id IS NOT NULL;

-- The documents of refunds, numbered in their own gap-free series; written once.
CREATE TABLE credit_notes (
  id                  uuid PRIMARY KEY,
  credit_note_number  text NOT NULL UNIQUE,
  user_id             uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  invoice_id          uuid NOT NULL REFERENCES invoices(id),
  payment_id          uuid NOT NULL REFERENCES payments(id),
  amount              numeric(12, 2) NOT NULL CHECK (amount > 0),
  currency            text NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
  reason              text NOT NULL,
  issued_at           timestamptz NOT NULL
);
CREATE INDEX idx_credit_notes_invoice ON credit_notes (invoice_id);
CREATE INDEX idx_credit_notes_payment ON credit_notes (payment_id);

-- The ledger of membership periods paid for or granted, one per source
-- (payment:<id>, invoice:<id>, trial:<subscription id>); cut short, never deleted.
CREATE TABLE covered_periods (
  source           text PRIMARY KEY,
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  subscription_id  uuid NOT NULL,
  membership_tier  text NOT NULL,
  period_start     timestamptz NOT NULL,
  period_end       timestamptz NOT NULL,
  cut_off_at       timestamptz,
  CONSTRAINT ck_covered_periods_period CHECK (period_end > period_start),
  CONSTRAINT ck_covered_periods_cut_off CHECK (cut_off_at IS NULL OR cut_off_at >= period_start)
);
CREATE INDEX idx_covered_periods_member ON covered_periods (user_id, period_start, source);

-- One counter row per document series and year: the issuing transaction locks it while it
-- takes the next number, so numbers are gap-free and a rollback gives its number back.
CREATE TABLE invoice_number_counters (
  series         number_series_enum NOT NULL,
  year           integer NOT NULL CHECK (year BETWEEN 2000 AND 9999),
  last_sequence  bigint NOT NULL CHECK (last_sequence >= 1),
  PRIMARY KEY (series, year)
);
