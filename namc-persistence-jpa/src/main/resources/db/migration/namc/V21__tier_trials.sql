-- A tier's free trial is the association's offer, not the member's choice: its length and
-- whether a payment method must be on file to start it live on the tier.
ALTER TABLE membership_tiers
  ADD COLUMN trial_days integer NOT NULL DEFAULT 0 CHECK (trial_days BETWEEN 0 AND 90),
  ADD COLUMN trial_requires_payment_method boolean NOT NULL DEFAULT true;

COMMENT ON COLUMN membership_tiers.trial_days IS 'Length of the free trial the tier offers; 0 for none. One trial per member and tier.';
COMMENT ON COLUMN membership_tiers.trial_requires_payment_method IS 'Whether a payment method must be on file to start the trial.';
