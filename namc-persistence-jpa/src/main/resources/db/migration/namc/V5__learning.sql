-- Learning: courses, modules, lessons, assessments, enrolments, progress, certificates.
-- course_enrollments.payment_id gets its foreign key in the billing migration, which
-- creates payments.

CREATE TYPE course_level_enum AS ENUM ('BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT');
CREATE TYPE lesson_type_enum AS ENUM ('TEXT', 'VIDEO', 'AUDIO', 'DOCUMENT', 'INTERACTIVE', 'LIVE_SESSION');
CREATE TYPE assessment_type_enum AS ENUM ('QUIZ', 'EXAM', 'ASSIGNMENT', 'PRACTICAL', 'SURVEY');
CREATE TYPE enrollment_status_enum AS ENUM ('ACTIVE', 'COMPLETED', 'EXPIRED', 'CANCELLED', 'SUSPENDED');

CREATE TABLE courses (
  id                      uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  title                   text NOT NULL,
  description             text NOT NULL,
  short_description       text,
  instructor_name         text NOT NULL,
  instructor_bio          text,
  instructor_image        text,

  -- Course metadata
  category                text NOT NULL,
  subcategory             text,
  tags                    text[] NOT NULL DEFAULT '{}',
  level                   course_level_enum NOT NULL DEFAULT 'BEGINNER',
  language                text NOT NULL DEFAULT 'English',

  -- Content details; the counts are kept by triggers, map them read-only
  total_duration          integer NOT NULL CHECK (total_duration > 0), -- in minutes
  module_count            integer NOT NULL DEFAULT 0 CHECK (module_count >= 0),
  lesson_count            integer NOT NULL DEFAULT 0 CHECK (lesson_count >= 0),
  assessment_count        integer NOT NULL DEFAULT 0 CHECK (assessment_count >= 0),

  -- Pricing and access
  price                   numeric(8, 2) NOT NULL DEFAULT 0 CHECK (price >= 0),
  is_free                 boolean NOT NULL GENERATED ALWAYS AS (price = 0) STORED,
  access_duration         integer CHECK (access_duration > 0), -- days of access after enrolment

  -- Media and resources
  thumbnail_url           text,
  preview_video_url       text,
  downloadable_resources  text[] NOT NULL DEFAULT '{}',

  -- Learning objectives and outcomes
  learning_objectives     text[] NOT NULL DEFAULT '{}',
  prerequisites           text[] NOT NULL DEFAULT '{}',
  target_audience         text[] NOT NULL DEFAULT '{}',

  -- Publication and visibility
  is_published            boolean NOT NULL DEFAULT false,
  is_featured             boolean NOT NULL DEFAULT false,
  publication_date        timestamptz,

  -- Performance tracking; enrollment_count and completion_count are kept by trigger
  enrollment_count        integer NOT NULL DEFAULT 0 CHECK (enrollment_count >= 0),
  completion_count        integer NOT NULL DEFAULT 0 CHECK (completion_count >= 0),
  average_rating          numeric(3, 2) NOT NULL DEFAULT 0 CHECK (average_rating BETWEEN 0 AND 5),
  rating_count            integer NOT NULL DEFAULT 0 CHECK (rating_count >= 0),

  -- Audit fields
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  created_by              uuid REFERENCES users(id),
  deleted_at              timestamptz,
  version                 bigint NOT NULL DEFAULT 0
);

CREATE TABLE course_modules (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id            uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  title                text NOT NULL,
  description          text,
  learning_objectives  text[] NOT NULL DEFAULT '{}',

  -- Structure; lesson_count is kept by trigger
  order_index          integer NOT NULL CHECK (order_index >= 0),
  duration             integer NOT NULL CHECK (duration >= 0), -- in minutes
  lesson_count         integer NOT NULL DEFAULT 0 CHECK (lesson_count >= 0),

  -- Publication
  is_published         boolean NOT NULL DEFAULT false,
  is_preview           boolean NOT NULL DEFAULT false,

  -- Audit fields
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE lessons (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  module_id            uuid NOT NULL REFERENCES course_modules(id) ON DELETE CASCADE,
  title                text NOT NULL,
  description          text,

  -- Content
  content              text NOT NULL,
  type                 lesson_type_enum NOT NULL DEFAULT 'TEXT',
  video_url            text,
  video_duration       integer CHECK (video_duration >= 0), -- in seconds

  -- Structure
  order_index          integer NOT NULL CHECK (order_index >= 0),
  estimated_duration   integer CHECK (estimated_duration >= 0), -- in minutes

  -- Resources
  downloadable_files   text[] NOT NULL DEFAULT '{}',
  external_links       jsonb NOT NULL DEFAULT '[]',

  -- Publication
  is_published         boolean NOT NULL DEFAULT false,
  is_preview           boolean NOT NULL DEFAULT false,

  -- Completion tracking
  completion_criteria  jsonb NOT NULL DEFAULT '{"type": "viewed"}',

  -- Audit fields
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX idx_courses_published ON courses (is_published, category) WHERE deleted_at IS NULL;
CREATE INDEX idx_courses_featured ON courses (is_featured, created_at DESC) WHERE is_featured = true;
CREATE INDEX idx_courses_instructor ON courses (instructor_name) WHERE deleted_at IS NULL;
CREATE INDEX idx_courses_price ON courses (price, level) WHERE is_published = true;
CREATE INDEX idx_courses_published_catalog ON courses (category, level, price)
  WHERE is_published = true AND deleted_at IS NULL;
CREATE INDEX idx_course_modules_course ON course_modules (course_id, order_index);
CREATE INDEX idx_lessons_module ON lessons (module_id, order_index);

CREATE TABLE assessments (
  id                        uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  course_id                 uuid REFERENCES courses(id) ON DELETE CASCADE,
  lesson_id                 uuid REFERENCES lessons(id) ON DELETE CASCADE,
  module_id                 uuid REFERENCES course_modules(id) ON DELETE CASCADE,

  title                     text NOT NULL,
  description               text,
  instructions              text,

  -- Assessment configuration; question_count follows the questions document
  type                      assessment_type_enum NOT NULL DEFAULT 'QUIZ',
  question_count            integer NOT NULL GENERATED ALWAYS AS (jsonb_array_length(questions)) STORED,
  passing_score             numeric(5, 2) NOT NULL DEFAULT 70 CHECK (passing_score BETWEEN 0 AND 100),
  max_attempts              integer NOT NULL DEFAULT 3 CHECK (max_attempts > 0),
  time_limit                integer CHECK (time_limit > 0), -- in minutes

  -- Questions and answers
  questions                 jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(questions) = 'array'),

  -- Grading
  auto_grade                boolean NOT NULL DEFAULT true,
  show_correct_answers      boolean NOT NULL DEFAULT true,
  show_results_immediately  boolean NOT NULL DEFAULT true,

  -- Publication
  is_published              boolean NOT NULL DEFAULT false,

  -- Audit fields
  created_at                timestamptz NOT NULL DEFAULT now(),
  updated_at                timestamptz NOT NULL DEFAULT now(),

  CONSTRAINT ck_assessments_owner CHECK (num_nonnulls(course_id, lesson_id, module_id) >= 1)
);

CREATE TABLE assessment_submissions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id         uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  assessment_id   uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,

  -- Submission data
  answers         jsonb NOT NULL,
  score           numeric(5, 2) NOT NULL CHECK (score >= 0),
  max_score       numeric(5, 2) NOT NULL CHECK (max_score > 0),
  passed          boolean NOT NULL,

  -- Timing
  started_at      timestamptz NOT NULL,
  submitted_at    timestamptz NOT NULL DEFAULT now(),
  time_taken      integer CHECK (time_taken >= 0), -- in seconds

  -- Attempt tracking: one row per attempt, so concurrent submissions cannot both be attempt n
  attempt_number  integer NOT NULL CHECK (attempt_number > 0),

  -- Grading details
  auto_graded     boolean NOT NULL DEFAULT true,
  graded_by       uuid REFERENCES users(id),
  graded_at       timestamptz,
  feedback        text,

  CONSTRAINT ck_assessment_submissions_score CHECK (score <= max_score),
  CONSTRAINT uq_assessment_submissions_attempt UNIQUE (user_id, assessment_id, attempt_number)
);

CREATE TABLE course_enrollments (
  id                   uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id              uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  course_id            uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,

  -- Enrolment details
  enrolled_at          timestamptz NOT NULL DEFAULT now(),
  access_expires_at    timestamptz,

  -- Progress tracking
  progress_percentage  numeric(5, 2) NOT NULL DEFAULT 0 CHECK (progress_percentage BETWEEN 0 AND 100),
  completed_at         timestamptz,
  last_accessed_at     timestamptz,

  -- Status
  status               enrollment_status_enum NOT NULL DEFAULT 'ACTIVE',

  -- Payment tracking (foreign key added with payments)
  payment_id           uuid,
  amount_paid          numeric(8, 2) NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
  version              bigint NOT NULL DEFAULT 0,

  UNIQUE (user_id, course_id)
);

CREATE TABLE lesson_progress (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id          uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  lesson_id        uuid NOT NULL REFERENCES lessons(id) ON DELETE CASCADE,

  -- Progress tracking
  started_at       timestamptz NOT NULL DEFAULT now(),
  completed_at     timestamptz,
  is_completed     boolean NOT NULL DEFAULT false,
  time_spent       integer NOT NULL DEFAULT 0 CHECK (time_spent >= 0), -- in seconds

  -- Video progress (for video lessons)
  video_progress   integer NOT NULL DEFAULT 0 CHECK (video_progress >= 0), -- seconds watched
  video_completed  boolean NOT NULL DEFAULT false,

  -- Notes and bookmarks
  notes            text,
  bookmarks        jsonb NOT NULL DEFAULT '[]',

  UNIQUE (user_id, lesson_id)
);

CREATE TABLE certificates (
  id                  uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id             uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  course_id           uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,

  -- Certificate details
  certificate_number  text UNIQUE NOT NULL,
  verification_code   text UNIQUE NOT NULL,
  issued_at           timestamptz NOT NULL DEFAULT now(),
  expires_at          timestamptz,

  -- Certificate file
  certificate_url     text NOT NULL,
  certificate_hash    text, -- for integrity verification

  -- Metadata
  final_score         numeric(5, 2) CHECK (final_score BETWEEN 0 AND 100),
  completion_time     integer CHECK (completion_time >= 0), -- total time in minutes

  UNIQUE (user_id, course_id)
);

CREATE INDEX idx_enrollments_progress ON course_enrollments (user_id, status, progress_percentage);
CREATE INDEX idx_enrollments_course ON course_enrollments (course_id, status);
CREATE INDEX idx_assessments_course ON assessments (course_id) WHERE course_id IS NOT NULL;
CREATE INDEX idx_assessment_submissions_assessment ON assessment_submissions (assessment_id, submitted_at DESC);

-- Counters kept true under concurrent writers (see maintain_child_count).
CREATE TRIGGER trigger_course_module_count
  AFTER INSERT OR DELETE OR UPDATE OF course_id ON course_modules
  FOR EACH ROW EXECUTE FUNCTION maintain_child_count('courses', 'course_id', 'module_count');
CREATE TRIGGER trigger_module_lesson_count
  AFTER INSERT OR DELETE OR UPDATE OF module_id ON lessons
  FOR EACH ROW EXECUTE FUNCTION maintain_child_count('course_modules', 'module_id', 'lesson_count');
CREATE TRIGGER trigger_course_assessment_count
  AFTER INSERT OR DELETE OR UPDATE OF course_id ON assessments
  FOR EACH ROW EXECUTE FUNCTION maintain_child_count('courses', 'course_id', 'assessment_count');
CREATE TRIGGER trigger_course_enrollment_count
  AFTER INSERT OR DELETE OR UPDATE OF course_id ON course_enrollments
  FOR EACH ROW EXECUTE FUNCTION maintain_child_count('courses', 'course_id', 'enrollment_count');

-- courses.lesson_count follows course_modules.lesson_count.
CREATE FUNCTION maintain_course_lesson_count() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') THEN
    UPDATE courses SET lesson_count = lesson_count - OLD.lesson_count WHERE id = OLD.course_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') THEN
    UPDATE courses SET lesson_count = lesson_count + NEW.lesson_count WHERE id = NEW.course_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER trigger_course_lesson_count
  AFTER INSERT OR DELETE ON course_modules
  FOR EACH ROW EXECUTE FUNCTION maintain_course_lesson_count();
CREATE TRIGGER trigger_course_lesson_count_on_update
  AFTER UPDATE OF lesson_count, course_id ON course_modules
  FOR EACH ROW
  WHEN (OLD.lesson_count <> NEW.lesson_count OR OLD.course_id IS DISTINCT FROM NEW.course_id)
  EXECUTE FUNCTION maintain_course_lesson_count();

-- courses.completion_count counts enrolments with a completion time.
CREATE FUNCTION maintain_course_completion_count() RETURNS trigger
LANGUAGE plpgsql
SET search_path = ${flyway:defaultSchema}, pg_temp
AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.completed_at IS NOT NULL THEN
    UPDATE courses SET completion_count = completion_count - 1 WHERE id = OLD.course_id;
  END IF;
  IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.completed_at IS NOT NULL THEN
    UPDATE courses SET completion_count = completion_count + 1 WHERE id = NEW.course_id;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER trigger_course_completion_count
  AFTER INSERT OR DELETE ON course_enrollments
  FOR EACH ROW EXECUTE FUNCTION maintain_course_completion_count();
CREATE TRIGGER trigger_course_completion_count_on_update
  AFTER UPDATE OF completed_at, course_id ON course_enrollments
  FOR EACH ROW
  WHEN ((OLD.completed_at IS NULL) <> (NEW.completed_at IS NULL) OR OLD.course_id IS DISTINCT FROM NEW.course_id)
  EXECUTE FUNCTION maintain_course_completion_count();
