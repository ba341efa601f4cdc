-- Billing: membership tiers, payments, subscriptions, invoices. Financial rows outlive the
-- accounts they belong to (bookkeeping must keep them), so they RESTRICT user deletion
-- instead of cascading; accounts are soft-deleted anyway.

CREATE TYPE payment_method_enum AS ENUM ('CARD', 'ACH_DEBIT', 'BANK_TRANSFER', 'CHECK', 'CASH', 'OTHER');
CREATE TYPE payment_status_enum AS ENUM ('PENDING', 'PROCESSING', 'SUCCEEDED', 'FAILED', 'CANCELLED', 'REFUNDED', 'PARTIALLY_REFUNDED');
CREATE TYPE payment_type_enum AS ENUM ('MEMBERSHIP', 'COURSE', 'EVENT', 'DONATION', 'SPONSORSHIP', 'OTHER');
-- Stripe's subscription states.
CREATE TYPE subscription_status_enum AS ENUM ('INCOMPLETE', 'INCOMPLETE_EXPIRED', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED', 'UNPAID', 'PAUSED');
CREATE TYPE invoice_status_enum AS ENUM ('DRAFT', 'OPEN', 'PAID', 'VOID', 'UNCOLLECTIBLE');

CREATE TABLE membership_tiers (
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name                     text UNIQUE NOT NULL, -- the tier code users.membership_tier names
  display_name             text NOT NULL,
  description              text NOT NULL,

  -- Pricing
  price_monthly            numeric(8, 2) NOT NULL CHECK (price_monthly >= 0),
  price_yearly             numeric(8, 2) CHECK (price_yearly >= 0),
  setup_fee                numeric(8, 2) NOT NULL DEFAULT 0 CHECK (setup_fee >= 0),

  -- Features and benefits
  benefits                 text[] NOT NULL DEFAULT '{}',
  features                 jsonb NOT NULL DEFAULT '{}',
  limits                   jsonb NOT NULL DEFAULT '{}',

  -- Access controls
  permissions              text[] NOT NULL DEFAULT '{}',
  priority_level           integer NOT NULL DEFAULT 0,

  -- Stripe integration
  stripe_price_id_monthly  text,
  stripe_price_id_yearly   text,

  -- Status
  is_active                boolean NOT NULL DEFAULT true,
  is_popular               boolean NOT NULL DEFAULT false,
  sort_order               integer NOT NULL DEFAULT 0,

  -- Audit fields
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  version                  bigint NOT NULL DEFAULT 0
);

CREATE TABLE payments (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id                   uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,

  -- Payment details
  amount                    numeric(12, 2) NOT NULL,
  currency                  text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  description               text NOT NULL,

  -- Payment method and processing
  payment_method            payment_method_enum NOT NULL,
  status                    payment_status_enum NOT NULL DEFAULT 'PENDING',

  -- Stripe integration
  stripe_payment_intent_id  text,
  stripe_session_id         text,
  stripe_customer_id        text,
  stripe_charge_id          text,

  -- Payment categorisation
  type                      payment_type_enum NOT NULL,
  category                  text,

  -- Related records
  membership_tier_id        uuid REFERENCES membership_tiers(id),
  course_id                 uuid REFERENCES courses(id),
  event_id                  uuid REFERENCES events(id),

  -- Metadata and tracking; invoice_id gets its foreign key below, after invoices exists
  metadata                  jsonb NOT NULL DEFAULT '{}',
  receipt_url               text,
  invoice_id                uuid,

  -- Processing timestamps
  created_at                timestamptz NOT NULL DEFAULT now(),
  processed_at              timestamptz,
  failed_at                 timestamptz,
  refunded_at               timestamptz,

  -- Audit fields
  updated_at                timestamptz NOT NULL DEFAULT now(),
  updated_by                uuid,
  version                   bigint NOT NULL DEFAULT 0
);

CREATE TABLE subscriptions (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id                 uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,
  membership_tier_id      uuid NOT NULL REFERENCES membership_tiers(id),

  -- Stripe subscription details
  stripe_subscription_id  text UNIQUE NOT NULL,
  stripe_customer_id      text NOT NULL,
  stripe_price_id         text NOT NULL,

  -- Subscription lifecycle
  status                  subscription_status_enum NOT NULL DEFAULT 'ACTIVE',
  current_period_start    timestamptz NOT NULL,
  current_period_end      timestamptz NOT NULL,
  cancel_at_period_end    boolean NOT NULL DEFAULT false,
  canceled_at             timestamptz,
  ended_at                timestamptz,

  -- Billing details
  billing_cycle_anchor    timestamptz,
  days_until_due          integer NOT NULL DEFAULT 0 CHECK (days_until_due >= 0),

  -- Trial period
  trial_start             timestamptz,
  trial_end               timestamptz,

  -- Pricing
  unit_amount             numeric(12, 2) NOT NULL CHECK (unit_amount >= 0),
  currency                text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),

  -- Audit fields
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  version                 bigint NOT NULL DEFAULT 0,

  CONSTRAINT ck_subscriptions_period CHECK (current_period_end > current_period_start)
);

CREATE TABLE invoices (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id            uuid NOT NULL REFERENCES users(id) ON DELETE RESTRICT,

  -- Invoice identification
  invoice_number     text UNIQUE NOT NULL,

  -- Financial details
  subtotal           numeric(12, 2) NOT NULL,
  tax_rate           numeric(5, 4) NOT NULL DEFAULT 0 CHECK (tax_rate BETWEEN 0 AND 1),
  tax_amount         numeric(12, 2) NOT NULL DEFAULT 0,
  discount_amount    numeric(12, 2) NOT NULL DEFAULT 0 CHECK (discount_amount >= 0),
  total_amount       numeric(12, 2) NOT NULL,
  currency           text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),

  -- Invoice status and dates
  status             invoice_status_enum NOT NULL DEFAULT 'DRAFT',
  issue_date         timestamptz NOT NULL DEFAULT now(),
  due_date           timestamptz NOT NULL,
  paid_date          timestamptz,

  -- Line items
  line_items         jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(line_items) = 'array'),

  -- Payment tracking
  payment_id         uuid REFERENCES payments(id),
  stripe_invoice_id  text,

  -- File storage
  pdf_url            text,

  -- Audit fields
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  version            bigint NOT NULL DEFAULT 0,

  CONSTRAINT ck_invoices_total CHECK (total_amount = subtotal + tax_amount - discount_amount),
  CONSTRAINT ck_invoices_due CHECK (due_date >= issue_date)
);

ALTER TABLE payments
  ADD CONSTRAINT fk_payments_invoice FOREIGN KEY (invoice_id) REFERENCES invoices(id);
ALTER TABLE course_enrollments
  ADD CONSTRAINT fk_course_enrollments_payment FOREIGN KEY (payment_id) REFERENCES payments(id);
ALTER TABLE event_registrations
  ADD CONSTRAINT fk_event_registrations_payment FOREIGN KEY (payment_id) REFERENCES payments(id);

CREATE INDEX idx_payments_user ON payments (user_id, created_at DESC);
CREATE INDEX idx_payments_status ON payments (status, created_at DESC);
-- Unique: a webhook delivered twice must not record one payment intent twice.
CREATE UNIQUE INDEX idx_payments_stripe ON payments (stripe_payment_intent_id) WHERE stripe_payment_intent_id IS NOT NULL;
CREATE INDEX idx_payments_processing ON payments (status, payment_method, created_at DESC);
CREATE INDEX idx_subscriptions_user ON subscriptions (user_id, status);
-- idx_subscriptions_stripe: the UNIQUE constraint on stripe_subscription_id already is that index.
CREATE INDEX idx_invoices_user ON invoices (user_id, issue_date DESC);
CREATE INDEX idx_invoices_status ON invoices (status, due_date);
