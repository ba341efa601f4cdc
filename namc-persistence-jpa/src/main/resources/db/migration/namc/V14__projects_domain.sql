-- What the core's projects context holds and V4 lacks. Every change is recorded in
-- docs/schema-deviations.md (section "Projects (V14)").

-- Enum values of the domain. New values cannot be used in the transaction that adds them, so
-- nothing below refers to them.
ALTER TYPE project_category_enum ADD VALUE IF NOT EXISTS 'TRANSPORTATION';
ALTER TYPE project_category_enum ADD VALUE IF NOT EXISTS 'SPECIALTY_TRADES';
ALTER TYPE project_category_enum ADD VALUE IF NOT EXISTS 'MAINTENANCE';
ALTER TYPE project_category_enum ADD VALUE IF NOT EXISTS 'SUPPLIES';
ALTER TYPE project_visibility_enum ADD VALUE IF NOT EXISTS 'TIER_RESTRICTED';
ALTER TYPE application_status_enum ADD VALUE IF NOT EXISTS 'INFO_REQUESTED';
ALTER TYPE application_status_enum ADD VALUE IF NOT EXISTS 'INFO_PROVIDED';
ALTER TYPE application_decision_enum ADD VALUE IF NOT EXISTS 'ACCEPTED';

-- The slot methods of the Projects port own application_count (a withdrawn application keeps its
-- row but gives its slot back), so the row-counting trigger would count twice.
DROP TRIGGER trigger_project_application_count ON project_applications;
-- Lowering max_applications below the slots already taken is a legal edit (the project is then
-- full); the conditional UPDATE of the slot methods is what caps applications.
ALTER TABLE projects DROP CONSTRAINT ck_projects_application_cap;

-- Timeline dates are calendar days in the domain.
ALTER TABLE projects
  ALTER COLUMN start_date TYPE date USING (start_date AT TIME ZONE 'UTC')::date,
  ALTER COLUMN end_date TYPE date USING (end_date AT TIME ZONE 'UTC')::date;

ALTER TABLE projects
  -- The one currency of every amount of the row (budget, bond, insurance limits); NULL without amounts.
  ADD COLUMN currency char(3) CONSTRAINT ck_projects_currency CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN bonding_amount numeric(15, 2) CONSTRAINT ck_projects_bonding_amount CHECK (bonding_amount > 0),
  -- The subset of certifications_required that is a hard requirement.
  ADD COLUMN certifications_mandatory text[] NOT NULL DEFAULT '{}',
  ADD COLUMN awarded_application_id uuid REFERENCES project_applications (id) ON DELETE SET NULL,
  ADD CONSTRAINT ck_projects_mandatory_certifications CHECK (certifications_required @> certifications_mandatory),
  ADD CONSTRAINT ck_projects_insurance_array CHECK (jsonb_typeof(insurance_required) = 'array');
ALTER TABLE projects ALTER COLUMN insurance_required SET DEFAULT '[]';
-- A flag beside the amount could disagree with it.
ALTER TABLE projects DROP COLUMN bonding_required;
ALTER TABLE projects ADD COLUMN bonding_required boolean NOT NULL GENERATED ALWAYS AS (bonding_amount IS NOT NULL) STORED;

CREATE INDEX idx_projects_owner ON projects (created_by, created_at DESC, id) WHERE deleted_at IS NULL;

ALTER TABLE project_applications
  ADD COLUMN budget_currency char(3) CONSTRAINT ck_applications_budget_currency CHECK (budget_currency ~ '^[A-Z]{3}$'),
  -- The reviewers' last question and the applicant's answer.
  ADD COLUMN info_question text,
  ADD COLUMN info_answer text,
  ADD COLUMN withdrawn_at timestamptz,
  ADD CONSTRAINT ck_applications_budget_has_currency CHECK ((budget_proposal IS NULL) = (budget_currency IS NULL)),
  ADD CONSTRAINT ck_applications_answer_needs_question CHECK (info_answer IS NULL OR info_question IS NOT NULL);

-- The reviewers' listing orders by match score (none last), then submission time and id.
CREATE INDEX idx_applications_for_reviewers
  ON project_applications (project_id, match_score DESC NULLS LAST, submitted_at, id);
CREATE INDEX idx_applications_by_applicant ON project_applications (user_id, submitted_at DESC, id);

-- Contractor qualifications, one record per member (projects.domain.ContractorQualifications).
CREATE TABLE contractor_qualifications (
  user_id              uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  years_of_experience  integer NOT NULL CHECK (years_of_experience BETWEEN 0 AND 70),
  bonding_capacity     numeric(15, 2) CHECK (bonding_capacity >= 0),
  bonding_currency     char(3) CHECK (bonding_currency ~ '^[A-Z]{3}$'),
  -- [{type, coverage, currency, expires_on}]
  insurance            jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(insurance) = 'array'),
  updated_at           timestamptz NOT NULL,
  version              bigint NOT NULL DEFAULT 0,
  CONSTRAINT ck_qualifications_bonding_currency CHECK ((bonding_capacity IS NULL) = (bonding_currency IS NULL))
);
