-- What the core's AI interactions and models hold beyond the seed (org.namc.insights.domain).

-- The host's own serialisation of what went in and came out, kept exactly as given: jsonb would
-- reorder keys, drop whitespace and refuse text that is not JSON. JSON input still casts (::jsonb).
ALTER TABLE ai_feedback
  ALTER COLUMN input_data TYPE text USING input_data::text,
  ALTER COLUMN output_data TYPE text USING output_data::text;

-- Exact decimals keep the scale they were given (numeric(5,4) reads 0.9 back as 0.9000, another
-- BigDecimal); the number of places the domain allows is checked instead. Range checks stay.
ALTER TABLE ai_feedback
  ALTER COLUMN confidence_score TYPE numeric,
  ADD CONSTRAINT ck_ai_feedback_confidence_places CHECK (scale(trim_scale(confidence_score)) <= 4);

-- The registered model that produced the output, when it was one; and when the member rated it.
ALTER TABLE ai_feedback
  ADD COLUMN model_id uuid REFERENCES ai_models(id),
  ADD COLUMN rated_at timestamptz,
  ADD CONSTRAINT ck_ai_feedback_rated_at CHECK (rated_at IS NULL OR rating IS NOT NULL);

ALTER TABLE ai_models
  ALTER COLUMN accuracy TYPE numeric,
  ALTER COLUMN precision_score TYPE numeric,
  ALTER COLUMN recall_score TYPE numeric,
  ALTER COLUMN f1_score TYPE numeric,
  ADD CONSTRAINT ck_ai_models_metric_places CHECK (scale(trim_scale(accuracy)) <= 6
    AND scale(trim_scale(precision_score)) <= 6 AND scale(trim_scale(recall_score)) <= 6
    AND scale(trim_scale(f1_score)) <= 6);

-- The exact mean needs its parts: how many requests were timed and their total time. The
-- average column stays for SQL readers, written from the core's half-even mean; 12 digits hold
-- the mean of any int milliseconds.
ALTER TABLE ai_models
  ADD COLUMN timed_request_count bigint NOT NULL DEFAULT 0,
  ADD COLUMN total_response_ms bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_ai_models_usage CHECK (timed_request_count BETWEEN 0 AND request_count
    AND total_response_ms >= 0),
  ALTER COLUMN average_response_time TYPE numeric(12, 2);

-- At most one production model per type, even when two promotions run at once.
CREATE UNIQUE INDEX uq_ai_models_production_type ON ai_models (model_type) WHERE is_production;
