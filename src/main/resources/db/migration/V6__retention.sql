-- Retention (tvaers.retention): after the configured period a closed case's personal data are removed and the case is
-- marked anonymised. What stays are figures: district, phases with dates, close reason and outcome, screening scores
-- on anonymous member stubs, the adult course's phases and outcome. Portable SQL for H2 2.3 and PostgreSQL 17.
ALTER TABLE family_case ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE adult_course ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

-- an anonymised member keeps its id, case and role only: the screening scores and plan goals hang on it
ALTER TABLE case_member ALTER COLUMN name DROP NOT NULL;
ALTER TABLE case_member ALTER COLUMN cpr DROP NOT NULL;
ALTER TABLE case_member ALTER COLUMN date_of_birth DROP NOT NULL;
ALTER TABLE case_member ADD CONSTRAINT ck_case_member_identity CHECK (
    (name IS NOT NULL AND cpr IS NOT NULL AND date_of_birth IS NOT NULL)
    OR (name IS NULL AND cpr IS NULL AND date_of_birth IS NULL AND contacts IS NULL));

-- a goal's text is personal; its administration and status are figures
ALTER TABLE plan_goal ALTER COLUMN description DROP NOT NULL;

ALTER TABLE adult_course ALTER COLUMN person_name DROP NOT NULL;
ALTER TABLE adult_course ALTER COLUMN cpr DROP NOT NULL;
ALTER TABLE adult_course ALTER COLUMN date_of_birth DROP NOT NULL;
ALTER TABLE adult_course ADD CONSTRAINT ck_adult_course_identity CHECK (
    (anonymised_at IS NULL AND person_name IS NOT NULL AND cpr IS NOT NULL AND date_of_birth IS NOT NULL)
    OR (anonymised_at IS NOT NULL AND status = 'CLOSED' AND person_name IS NULL AND cpr IS NULL
        AND date_of_birth IS NULL AND member_id IS NULL AND family_case_id IS NULL));

CREATE INDEX ix_family_case_retention ON family_case (status, closed_at);

-- A referral the team chief does not visit closes without a discharge (AdultCourse.closeNotVisited), which V4's check
-- refused, so the not-visited path ended in a database error; it is now allowed, and retention finds such courses too.
ALTER TABLE adult_course DROP CONSTRAINT ck_adult_course_discharge;
ALTER TABLE adult_course ADD CONSTRAINT ck_adult_course_discharge CHECK (
    (status = 'OPEN' AND discharged_on IS NULL AND outcome IS NULL)
    OR (status = 'CLOSED' AND phase = 'NOT_VISITED' AND discharged_on IS NULL AND outcome IS NULL
        AND significant_positive_movement IS NULL)
    OR (status = 'CLOSED' AND discharged_on IS NOT NULL AND outcome IS NOT NULL
        AND significant_positive_movement IS NOT NULL));
