-- Project opportunities and applications. The seed names the enum types without values;
-- the values below are recorded in docs/schema-deviations.md.

CREATE TYPE project_category_enum AS ENUM (
  'GENERAL_CONSTRUCTION', 'CIVIL_INFRASTRUCTURE', 'BUILDING_RENOVATION', 'ELECTRICAL', 'MECHANICAL',
  'PLUMBING', 'HVAC', 'CONCRETE', 'ROOFING', 'DEMOLITION', 'ENVIRONMENTAL', 'LANDSCAPING',
  'ARCHITECTURE_ENGINEERING', 'PROFESSIONAL_SERVICES', 'SUPPLY', 'OTHER');
CREATE TYPE project_status_enum AS ENUM ('DRAFT', 'PUBLISHED', 'CLOSED', 'AWARDED', 'CANCELLED');
CREATE TYPE project_priority_enum AS ENUM ('LOW', 'MEDIUM', 'HIGH', 'URGENT');
CREATE TYPE project_visibility_enum AS ENUM ('PUBLIC', 'MEMBERS_ONLY', 'PRIVATE');
CREATE TYPE application_status_enum AS ENUM ('PENDING', 'UNDER_REVIEW', 'SHORTLISTED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN');
CREATE TYPE application_decision_enum AS ENUM ('APPROVED', 'REJECTED', 'WAITLISTED');

CREATE TABLE projects (
  -- Primary identification
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  external_id              text, -- for imported projects (SAM.gov, Caltrans, ...)
  source                   text NOT NULL DEFAULT 'MANUAL',

  -- Project details
  title                    text NOT NULL,
  description              text NOT NULL,
  category                 project_category_enum NOT NULL,
  subcategory              text,
  sector                   text[] NOT NULL DEFAULT '{}',

  -- Financial information
  budget_min               numeric(15, 2) CHECK (budget_min >= 0),
  budget_max               numeric(15, 2) CHECK (budget_max >= 0),
  estimated_value          numeric(15, 2) CHECK (estimated_value >= 0),
  funding_source           text,

  -- Location and geography
  location                 text,
  coordinates              geography(Point, 4326),
  service_area             geography(Polygon, 4326),
  address                  jsonb DEFAULT '{}',

  -- Timeline
  start_date               timestamptz,
  end_date                 timestamptz,
  deadline_date            timestamptz,
  estimated_duration       integer CHECK (estimated_duration > 0), -- in days

  -- Requirements and qualifications
  requirements             text[] NOT NULL DEFAULT '{}',
  skills_required          text[] NOT NULL DEFAULT '{}',
  certifications_required  text[] NOT NULL DEFAULT '{}',
  experience_required      integer NOT NULL DEFAULT 0 CHECK (experience_required >= 0), -- years
  bonding_required         boolean NOT NULL DEFAULT false,
  insurance_required       jsonb NOT NULL DEFAULT '{}',

  -- Project status and metadata
  status                   project_status_enum NOT NULL DEFAULT 'DRAFT',
  priority                 project_priority_enum NOT NULL DEFAULT 'MEDIUM',
  visibility               project_visibility_enum NOT NULL DEFAULT 'PUBLIC',
  max_applications         integer CHECK (max_applications > 0),
  -- Kept by trigger from project_applications; map it read-only.
  application_count        integer NOT NULL DEFAULT 0 CHECK (application_count >= 0),

  -- Contact information
  contact_name             text,
  contact_email            text,
  contact_phone            text,
  organization             text,

  -- Search and matching optimisation; search_vector is kept by trigger
  keywords                 text[] NOT NULL DEFAULT '{}',
  search_vector            tsvector,

  -- Audit fields
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  created_by               uuid REFERENCES users(id),
  updated_by               uuid,
  published_at             timestamptz,
  closed_at                timestamptz,
  deleted_at               timestamptz,
  version                  bigint NOT NULL DEFAULT 0,

  CONSTRAINT ck_projects_budget_range CHECK (budget_min IS NULL OR budget_max IS NULL OR budget_min <= budget_max),
  CONSTRAINT ck_projects_dates CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date),
  -- Together with the counter trigger this caps applications even under concurrent applicants.
  CONSTRAINT ck_projects_application_cap CHECK (max_applications IS NULL OR application_count <= max_applications)
);

CREATE INDEX idx_projects_status ON projects (status) WHERE deleted_at IS NULL;
CREATE INDEX idx_projects_category ON projects (category, status) WHERE deleted_at IS NULL;
CREATE INDEX idx_projects_budget ON projects (budget_min, budget_max) WHERE deleted_at IS NULL;
-- The seed's predicate (deadline_date > NOW()) is not immutable; queries add that bound themselves.
CREATE INDEX idx_projects_deadline ON projects (deadline_date) WHERE deadline_date IS NOT NULL AND deleted_at IS NULL;
CREATE INDEX idx_projects_location ON projects USING GIST (coordinates) WHERE coordinates IS NOT NULL;
CREATE INDEX idx_projects_service_area ON projects USING GIST (service_area) WHERE service_area IS NOT NULL;
CREATE INDEX idx_projects_skills ON projects USING GIN (skills_required);
CREATE INDEX idx_projects_search ON projects USING GIN (search_vector);
CREATE INDEX idx_projects_created ON projects (created_at DESC) WHERE deleted_at IS NULL;
-- Unique, so that re-running an import cannot create the same project twice.
CREATE UNIQUE INDEX idx_projects_external ON projects (external_id, source) WHERE external_id IS NOT NULL;
CREATE INDEX idx_projects_search_complex ON projects (status, category, budget_min, budget_max, deadline_date)
  WHERE deleted_at IS NULL AND status = 'PUBLISHED';

-- Full-text search document: title A, description B, keywords C, organisation D.
CREATE FUNCTION update_project_search_vector() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector('pg_catalog.english', coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector('pg_catalog.english', coalesce(NEW.description, '')), 'B') ||
    setweight(to_tsvector('pg_catalog.english', coalesce(array_to_string(NEW.keywords, ' '), '')), 'C') ||
    setweight(to_tsvector('pg_catalog.english', coalesce(NEW.organization, '')), 'D');
  RETURN NEW;
END
$$;

CREATE TRIGGER trigger_update_project_search_vector
  BEFORE INSERT OR UPDATE OF title, description, keywords, organization, search_vector ON projects
  FOR EACH ROW EXECUTE FUNCTION update_project_search_vector();

CREATE TABLE project_applications (
  -- Primary identification
  id                       uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  project_id               uuid NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
  user_id                  uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,

  -- Application content
  proposal                 text NOT NULL,
  experience_description   text NOT NULL,
  timeline_description     text NOT NULL,
  budget_proposal          numeric(15, 2) CHECK (budget_proposal >= 0),

  -- Additional information ("references" is a reserved word)
  team_members             jsonb NOT NULL DEFAULT '[]',
  portfolio_items          jsonb NOT NULL DEFAULT '[]',
  references_provided      jsonb NOT NULL DEFAULT '[]',
  certifications_provided  text[] NOT NULL DEFAULT '{}',

  -- Application workflow
  status                   application_status_enum NOT NULL DEFAULT 'PENDING',
  priority                 integer NOT NULL DEFAULT 0,
  match_score              numeric(5, 2) CHECK (match_score BETWEEN 0 AND 100), -- AI-calculated

  -- Review process
  submitted_at             timestamptz NOT NULL DEFAULT now(),
  reviewed_at              timestamptz,
  reviewed_by              uuid REFERENCES users(id),
  review_notes             text,
  feedback                 text,

  -- Decision tracking
  decision                 application_decision_enum,
  decision_at              timestamptz,
  decision_by              uuid REFERENCES users(id),
  decision_reason          text,

  -- Audit fields
  created_at               timestamptz NOT NULL DEFAULT now(),
  updated_at               timestamptz NOT NULL DEFAULT now(),
  version                  bigint NOT NULL DEFAULT 0,

  UNIQUE (project_id, user_id)
);

CREATE INDEX idx_applications_project ON project_applications (project_id, status);
CREATE INDEX idx_applications_user ON project_applications (user_id, status);
CREATE INDEX idx_applications_status ON project_applications (status, submitted_at DESC);
CREATE INDEX idx_applications_match_score ON project_applications (match_score DESC) WHERE match_score IS NOT NULL;
CREATE INDEX idx_applications_pending_review ON project_applications (submitted_at) WHERE status = 'PENDING';
CREATE INDEX idx_applications_workflow ON project_applications (status, submitted_at, project_id);
CREATE INDEX idx_pending_applications ON project_applications (project_id, submitted_at) WHERE status = 'PENDING';

CREATE TRIGGER trigger_project_application_count
  AFTER INSERT OR DELETE OR UPDATE OF project_id ON project_applications
  FOR EACH ROW EXECUTE FUNCTION maintain_child_count('projects', 'project_id', 'application_count');
