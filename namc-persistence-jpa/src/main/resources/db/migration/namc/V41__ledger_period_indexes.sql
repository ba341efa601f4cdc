-- Finance exports read the books of a period in order (invoices by issue instant, payments by
-- processing instant, credit notes by issue instant), a page at a time.
CREATE INDEX idx_invoices_issued ON invoices (issue_date, id) WHERE issue_date IS NOT NULL;
CREATE INDEX idx_payments_processed ON payments (processed_at, id) WHERE processed_at IS NOT NULL;
CREATE INDEX idx_credit_notes_issued ON credit_notes (issued_at, id);
