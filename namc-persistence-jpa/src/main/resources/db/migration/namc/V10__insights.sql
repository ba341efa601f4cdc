-- AI feedback records and model configuration.

CREATE TYPE ai_model_type_enum AS ENUM ('PROJECT_MATCHING', 'RECOMMENDATION', 'CLASSIFICATION', 'SCORING', 'TEXT_GENERATION');

CREATE TABLE ai_feedback (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id           uuid REFERENCES users(id) ON DELETE SET NULL,

  -- AI interaction details
  feature           text NOT NULL,
  model_version     text,
  input_data        jsonb NOT NULL,
  output_data       jsonb NOT NULL,

  -- User feedback
  rating            integer CHECK (rating >= 1 AND rating <= 5),
  feedback_text     text,
  is_accurate       boolean,
  is_helpful        boolean,

  -- Context and metadata
  session_id        text,
  request_id        text,
  response_time_ms  integer CHECK (response_time_ms >= 0),

  -- Processing details
  confidence_score  numeric(5, 4) CHECK (confidence_score BETWEEN 0 AND 1),
  model_parameters  jsonb,

  -- Audit fields
  created_at        timestamptz NOT NULL DEFAULT now(),
  processed_at      timestamptz DEFAULT now()
);

CREATE TABLE ai_models (
  id                     uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name                   text UNIQUE NOT NULL,
  version                text NOT NULL, -- the model's release, not a lock
  model_type             ai_model_type_enum NOT NULL,

  -- Performance metrics
  accuracy               numeric(7, 6) CHECK (accuracy BETWEEN 0 AND 1),
  precision_score        numeric(7, 6) CHECK (precision_score BETWEEN 0 AND 1),
  recall_score           numeric(7, 6) CHECK (recall_score BETWEEN 0 AND 1),
  f1_score               numeric(7, 6) CHECK (f1_score BETWEEN 0 AND 1),

  -- Configuration
  config                 jsonb NOT NULL,
  training_data_version  text,

  -- Status
  is_active              boolean NOT NULL DEFAULT false,
  is_production          boolean NOT NULL DEFAULT false,

  -- Usage tracking (incremented in place: UPDATE ... SET request_count = request_count + 1)
  request_count          bigint NOT NULL DEFAULT 0 CHECK (request_count >= 0),
  average_response_time  numeric(8, 2) CHECK (average_response_time >= 0),

  -- Audit fields
  created_at             timestamptz NOT NULL DEFAULT now(),
  updated_at             timestamptz NOT NULL DEFAULT now(),
  created_by             uuid REFERENCES users(id),

  CONSTRAINT ck_ai_models_production_is_active CHECK (NOT is_production OR is_active)
);

CREATE INDEX idx_ai_feedback_feature ON ai_feedback (feature, created_at DESC);
CREATE INDEX idx_ai_feedback_user ON ai_feedback (user_id, created_at DESC) WHERE user_id IS NOT NULL;
CREATE INDEX idx_ai_feedback_rating ON ai_feedback (rating, feature) WHERE rating IS NOT NULL;
CREATE INDEX idx_ai_models_active ON ai_models (is_active, model_type) WHERE is_active = true;
