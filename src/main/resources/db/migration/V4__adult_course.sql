-- The adult course (Klar / Parat / Start, "En Vej Ind") for young adults aged 18-30, with or without a family case.
-- Keyed by the course number, which is also the business key of the adult-pathway process.
-- Portable SQL for H2 2.3 and PostgreSQL 17. The CPR number lives here and in case_member.cpr, nowhere else.
CREATE SEQUENCE adult_course_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE adult_course_phase_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE adult_course (
    id                            BIGINT        NOT NULL PRIMARY KEY,
    course_number                 VARCHAR(20)   NOT NULL,
    person_name                   VARCHAR(200)  NOT NULL,
    cpr                           VARCHAR(11)   NOT NULL,
    date_of_birth                 DATE          NOT NULL,
    family_case_id                BIGINT,
    member_id                     BIGINT,
    referral_source               VARCHAR(30)   NOT NULL,
    district                      VARCHAR(60),
    status                        VARCHAR(20)   NOT NULL,
    phase                         VARCHAR(20)   NOT NULL,
    mentor                        VARCHAR(64),
    started_at                    TIMESTAMP WITH TIME ZONE NOT NULL,
    discharged_on                 DATE,
    outcome                       VARCHAR(30),
    significant_positive_movement BOOLEAN,
    movement_reason               VARCHAR(40),
    -- the CPR number while the course is open, NULL once closed: at most one open course per person, enforced by
    -- the database too (a portable stand-in for a partial unique index, which H2 lacks)
    open_cpr                      VARCHAR(11),
    CONSTRAINT uq_adult_course_number UNIQUE (course_number),
    CONSTRAINT uq_adult_course_open_cpr UNIQUE (open_cpr),
    CONSTRAINT ck_adult_course_open_cpr CHECK (
        (status = 'OPEN' AND open_cpr = cpr) OR (status = 'CLOSED' AND open_cpr IS NULL)),
    CONSTRAINT fk_adult_course_family_case FOREIGN KEY (family_case_id) REFERENCES family_case (id),
    CONSTRAINT fk_adult_course_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT ck_adult_course_member_case CHECK (member_id IS NULL OR family_case_id IS NOT NULL),
    CONSTRAINT ck_adult_course_referral_source CHECK (referral_source IN
        ('FAMILY_CASE', 'JOBCENTER', 'POLICE_SSP', 'PRISON_PROBATION', 'SELF')),
    CONSTRAINT ck_adult_course_status CHECK (status IN ('OPEN', 'CLOSED')),
    CONSTRAINT ck_adult_course_phase CHECK (phase IN ('KLAR', 'PARAT', 'START', 'DISCHARGED', 'NOT_VISITED')),
    CONSTRAINT ck_adult_course_outcome CHECK (outcome IS NULL OR outcome IN
        ('COMPLETED', 'MOVED_TO_EDUCATION', 'MOVED_TO_EMPLOYMENT', 'DROPPED_OUT', 'CHARGED')),
    CONSTRAINT ck_adult_course_movement_reason CHECK (movement_reason IS NULL OR movement_reason IN
        ('ACTIVITY_TO_EDUCATION_READY', 'STARTED_EDUCATION', 'JOB', 'VOLUNTEERING', 'ABUSE_TREATMENT')),
    -- a reason is given exactly when significant positive movement is judged
    CONSTRAINT ck_adult_course_movement CHECK (movement_reason IS NULL OR significant_positive_movement = TRUE),
    CONSTRAINT ck_adult_course_discharge CHECK (
        (status = 'OPEN' AND discharged_on IS NULL AND outcome IS NULL)
        OR (status = 'CLOSED' AND discharged_on IS NOT NULL AND outcome IS NOT NULL
            AND significant_positive_movement IS NOT NULL))
);

CREATE TABLE adult_course_phase (
    id         BIGINT      NOT NULL PRIMARY KEY,
    course_id  BIGINT      NOT NULL REFERENCES adult_course (id),
    phase      VARCHAR(20) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_adult_course_discharged_on ON adult_course (discharged_on);
CREATE INDEX ix_adult_course_phase_course ON adult_course_phase (course_id, started_at);
