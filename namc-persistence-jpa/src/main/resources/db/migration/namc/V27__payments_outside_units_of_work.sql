-- Payments are recorded before the gateway is called and settled after it answered, so no
-- transaction stays open across a remote call. A payment waits as PROCESSING in between; a
-- refund waits as the payment's pending_refund (its amount held back from what can still be
-- refunded). The reconcile step finds both by the partial index below.
ALTER TABLE payments
  ADD COLUMN pending_refund jsonb CHECK (pending_refund IS NULL OR jsonb_typeof(pending_refund) = 'object');
CREATE INDEX idx_payments_unsettled ON payments (updated_at, id)
  WHERE status = 'PROCESSING' OR pending_refund IS NOT NULL;

-- The portal is the billing engine: nothing at the processor bills on its own, so a new
-- subscription has no processor subscription to mirror.
ALTER TABLE subscriptions ALTER COLUMN stripe_subscription_id DROP NOT NULL;
