-- Learning: what the core's courses, enrolments, progress, assessments, attempts and
-- certificates hold beyond the seed's columns (V5). See docs/schema-deviations.md, "Learning".

-- New enum values are not used in this migration: PostgreSQL refuses a value added in the
-- same transaction.
ALTER TYPE course_level_enum ADD VALUE IF NOT EXISTS 'ALL_LEVELS';
ALTER TYPE enrollment_status_enum ADD VALUE IF NOT EXISTS 'PENDING_PAYMENT';

CREATE TYPE overdue_policy_enum AS ENUM ('AUTO_SUBMIT_SAVED', 'ACCEPT_WITHIN_GRACE', 'MARK_NEVER_SUBMITTED');
CREATE TYPE attempt_status_enum AS ENUM ('IN_PROGRESS', 'AWAITING_REVIEW', 'GRADED', 'NEVER_SUBMITTED', 'ABANDONED');
CREATE TYPE submission_timing_enum AS ENUM ('ON_TIME', 'WITHIN_GRACE', 'AUTO_SUBMITTED');

-- Courses: a draft has no duration yet; prices carry their currency; the grading policy is
-- one document {policy, points_per_retry, categories: [{name, weight, drop_lowest}]}.
ALTER TABLE courses
  DROP CONSTRAINT courses_total_duration_check,
  ADD CONSTRAINT courses_total_duration_check CHECK (total_duration >= 0),
  ADD COLUMN currency text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN certificate_valid_days integer CHECK (certificate_valid_days > 0),
  ADD COLUMN grading jsonb NOT NULL DEFAULT
    '{"policy": "HIGHEST", "points_per_retry": "0.00", "categories": [{"name": "Assessments", "weight": "100", "drop_lowest": 0}]}'
    CHECK (jsonb_typeof(grading -> 'categories') = 'array'),
  ADD CONSTRAINT ck_courses_publication CHECK (is_published = (publication_date IS NOT NULL));

CREATE INDEX idx_courses_owner ON courses (created_by) WHERE deleted_at IS NULL;

ALTER TABLE lessons
  ADD COLUMN is_required boolean NOT NULL DEFAULT true;

-- Enrolments: the quoted price, billing's payment reference, activation and cancellation.
-- EXPIRED is derived from access_expires_at by the core, never stored.
ALTER TABLE course_enrollments
  ADD COLUMN price numeric(8, 2) NOT NULL DEFAULT 0 CHECK (price >= 0),
  ADD COLUMN currency text NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
  ADD COLUMN payment_reference text,
  ADD COLUMN activated_at timestamptz,
  ADD COLUMN cancelled_at timestamptz,
  ADD CONSTRAINT ck_course_enrollments_stored_status CHECK (status <> 'EXPIRED');

CREATE INDEX idx_enrollments_member ON course_enrollments (user_id, enrolled_at, id);

-- Lesson progress: the course it counts towards, the watched parts of the video
-- ([{from, to}] second ranges) and a row version.
ALTER TABLE lesson_progress
  ALTER COLUMN time_spent TYPE bigint,
  ADD COLUMN course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  ADD COLUMN watched_segments jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(watched_segments) = 'array'),
  ADD COLUMN version bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_lesson_progress_completion CHECK (is_completed = (completed_at IS NOT NULL)),
  ADD CONSTRAINT ck_lesson_progress_bookmarks CHECK (jsonb_typeof(bookmarks) = 'array');

CREATE INDEX idx_lesson_progress_member_course ON lesson_progress (user_id, course_id);

-- Assessments: every version of the questions ([{number, created_at, questions}]); the
-- seed's questions column holds the current version's, which the check keeps equal.
-- Durations become intervals: a time limit need not be whole minutes. The passing score keeps
-- the scale it was written with (72.5 stays 72.5), as the core compares it exactly.
ALTER TABLE assessments DROP CONSTRAINT assessments_time_limit_check;
ALTER TABLE assessments
  ALTER COLUMN passing_score TYPE numeric,
  ADD CONSTRAINT ck_assessments_passing_score_scale CHECK (scale(passing_score) <= 2),
  ALTER COLUMN time_limit TYPE interval USING make_interval(mins => time_limit),
  ADD CONSTRAINT assessments_time_limit_check CHECK (time_limit > interval '0'),
  ADD COLUMN grading_category text NOT NULL DEFAULT 'Assessments',
  ADD COLUMN is_required boolean NOT NULL DEFAULT true,
  ADD COLUMN opens_at timestamptz,
  ADD COLUMN closes_at timestamptz,
  ADD COLUMN grace interval NOT NULL DEFAULT '0' CHECK (grace >= interval '0'),
  ADD COLUMN overdue_policy overdue_policy_enum NOT NULL DEFAULT 'AUTO_SUBMIT_SAVED',
  ADD COLUMN shuffle_questions boolean NOT NULL DEFAULT false,
  ADD COLUMN wait_between_attempts interval NOT NULL DEFAULT '0' CHECK (wait_between_attempts >= interval '0'),
  ADD COLUMN versions jsonb NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(versions) = 'array'),
  ADD COLUMN published_at timestamptz,
  ADD COLUMN version bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_assessments_window CHECK (closes_at > opens_at),
  ADD CONSTRAINT ck_assessments_publication CHECK (is_published = (published_at IS NOT NULL)),
  ADD CONSTRAINT ck_assessments_current_questions
    CHECK (jsonb_array_length(versions) = 0 OR questions = versions -> -1 -> 'questions');

-- Attempts: a row from the start of an attempt, so the grade columns stay empty until it is
-- submitted; its window, shuffle seed, saved answers, status and the grade's per-question
-- results. Scores are sums of up to 1000 points per question, wider than numeric(5, 2).
ALTER TABLE assessment_submissions
  ALTER COLUMN answers SET DEFAULT '{}',
  ALTER COLUMN score DROP NOT NULL,
  ALTER COLUMN score TYPE numeric(12, 2),
  ALTER COLUMN max_score DROP NOT NULL,
  ALTER COLUMN max_score TYPE numeric(12, 2),
  ALTER COLUMN passed DROP NOT NULL,
  ALTER COLUMN submitted_at DROP NOT NULL,
  ALTER COLUMN submitted_at DROP DEFAULT,
  ADD COLUMN course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  ADD COLUMN taken_on_version integer NOT NULL CHECK (taken_on_version > 0),
  ADD COLUMN deadline timestamptz,
  ADD COLUMN grace interval NOT NULL DEFAULT '0' CHECK (grace >= interval '0'),
  ADD COLUMN seed bigint NOT NULL,
  ADD COLUMN saved_at timestamptz,
  ADD COLUMN status attempt_status_enum NOT NULL DEFAULT 'IN_PROGRESS',
  ADD COLUMN timing submission_timing_enum,
  ADD COLUMN ended_at timestamptz,
  ADD COLUMN percent numeric(5, 2) CHECK (percent BETWEEN 0 AND 100),
  ADD COLUMN grade jsonb,
  ADD COLUMN reviewed_points jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(reviewed_points) = 'object'),
  ADD COLUMN version bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_assessment_submissions_answers CHECK (jsonb_typeof(answers) = 'object'),
  ADD CONSTRAINT ck_assessment_submissions_graded CHECK (
    (grade IS NULL) = (score IS NULL) AND (grade IS NULL) = (max_score IS NULL)
    AND (grade IS NULL) = (percent IS NULL) AND (grade IS NULL) = (passed IS NULL)),
  ADD CONSTRAINT ck_assessment_submissions_ended CHECK ((status = 'IN_PROGRESS') = (ended_at IS NULL));

CREATE INDEX idx_assessment_submissions_member_course ON assessment_submissions (user_id, course_id);

-- Certificates: the signed content's own fields, the Ed25519 signature and its key id,
-- revocation and a row version. The core issues no file, so certificate_url is optional.
-- The final score keeps its scale: the signed text holds it as written (88.50, not 88.5).
ALTER TABLE certificates
  ALTER COLUMN final_score TYPE numeric,
  ADD CONSTRAINT ck_certificates_final_score_scale CHECK (scale(final_score) <= 2),
  ALTER COLUMN certificate_url DROP NOT NULL,
  ALTER COLUMN certificate_hash SET NOT NULL,
  ALTER COLUMN completion_time TYPE bigint,
  ADD COLUMN recipient_name text NOT NULL,
  ADD COLUMN course_title text NOT NULL,
  ADD COLUMN completed_on date NOT NULL,
  ADD COLUMN signature text NOT NULL,
  ADD COLUMN signing_key_id text NOT NULL,
  ADD COLUMN revoked_at timestamptz,
  ADD COLUMN revocation_reason text,
  ADD COLUMN version bigint NOT NULL DEFAULT 0,
  ADD CONSTRAINT ck_certificates_hash CHECK (certificate_hash ~ '^[0-9a-f]{64}$'),
  ADD CONSTRAINT ck_certificates_expiry CHECK (expires_at > issued_at),
  ADD CONSTRAINT ck_certificates_revocation CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL));
