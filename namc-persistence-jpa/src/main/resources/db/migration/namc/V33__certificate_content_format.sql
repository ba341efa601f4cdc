-- Certificates record the format of their signed text (CertificateFormat): 1 is the first
-- format (values in Java's form encoding), 2 percent-encodes values as RFC 3986 does. Rows
-- issued before this migration were signed in format 1 and keep verifying under it; the
-- default only fills them, new rows always state their format.
ALTER TABLE certificates
  ADD COLUMN content_format smallint NOT NULL DEFAULT 1,
  ADD CONSTRAINT ck_certificates_content_format CHECK (content_format IN (1, 2));
ALTER TABLE certificates ALTER COLUMN content_format DROP DEFAULT;
