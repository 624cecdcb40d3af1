-- Issue 15: the methods' own measures, recorded as they happen.
-- Portable SQL for H2 2.3 and PostgreSQL 17. No names and no CPR numbers: ids, dates, levels and kinds only.
CREATE SEQUENCE ssp_concern_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE adult_course_event_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE adult_offence_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE adult_assessment_seq START WITH 1 INCREMENT BY 1;

-- The SSP concern about a child or young person of a family case, over time (Copenhagen's criterion: "mindst 60 pct.
-- af familierne oplever en bedring af forældreautoriteten ... målt via udviklingen i SSP-bekymringen"). The level is
-- the SSP category 1-4: 1 the least concern, 4 repeated crime or crime dangerous to persons; lower is better.
CREATE TABLE ssp_concern (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    assessed_on     DATE          NOT NULL,
    concern_level   INTEGER       NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_ssp_concern_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_ssp_concern_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT uq_ssp_concern_member_day UNIQUE (member_id, assessed_on),
    CONSTRAINT ck_ssp_concern_level CHECK (concern_level BETWEEN 1 AND 4)
);
CREATE INDEX ix_ssp_concern_case ON ssp_concern (case_id);

-- Enrolments and drop-outs of the adult course, at the moment they happen (Ishøj: "Antallet af deltagere i projektet
-- registreres løbende, ligesom evt. frafald fra projektet registreres").
CREATE TABLE adult_course_event (
    id              BIGINT        NOT NULL PRIMARY KEY,
    course_id       BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by     VARCHAR(64),
    CONSTRAINT fk_adult_course_event_course FOREIGN KEY (course_id) REFERENCES adult_course (id),
    CONSTRAINT uq_adult_course_event UNIQUE (course_id, kind),
    CONSTRAINT ck_adult_course_event_kind CHECK (kind IN ('ENROLLED', 'DROPPED_OUT'))
);

-- Offences while enrolled, from the police's registers through the KSP and SSP cooperation: charged (sigtet) and
-- prosecuted (tiltalt) kept apart; the success criterion counts the prosecuted ("tiltales").
CREATE TABLE adult_offence (
    id              BIGINT        NOT NULL PRIMARY KEY,
    course_id       BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    occurred_on     DATE          NOT NULL,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_adult_offence_course FOREIGN KEY (course_id) REFERENCES adult_course (id),
    CONSTRAINT ck_adult_offence_kind CHECK (kind IN ('CHARGED', 'PROSECUTED'))
);
CREATE INDEX ix_adult_offence_course ON adult_offence (course_id);

-- Each involved professional's assessment at the course's end: has the young adult moved in a significantly positive
-- direction? One per professional and course; a new one replaces her earlier one.
CREATE TABLE adult_assessment (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    course_id             BIGINT        NOT NULL,
    professional          VARCHAR(64)   NOT NULL,
    significant_positive  BOOLEAN       NOT NULL,
    movement_reason       VARCHAR(40),
    assessed_on           DATE          NOT NULL,
    CONSTRAINT fk_adult_assessment_course FOREIGN KEY (course_id) REFERENCES adult_course (id),
    CONSTRAINT uq_adult_assessment UNIQUE (course_id, professional),
    CONSTRAINT ck_adult_assessment_reason CHECK (
        (significant_positive AND movement_reason IN
            ('ACTIVITY_TO_EDUCATION_READY', 'STARTED_EDUCATION', 'JOB', 'VOLUNTEERING', 'ABUSE_TREATMENT'))
        OR (NOT significant_positive AND movement_reason IS NULL))
);
