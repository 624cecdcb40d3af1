-- The case record: members, referral, joint action plan, screening scores and journal.
-- Portable SQL for H2 2.3 and PostgreSQL 17. CPR numbers live in case_member.cpr and nowhere else.
CREATE SEQUENCE case_member_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE plan_goal_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE plan_consent_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE screening_score_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE journal_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE case_member (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    cpr             VARCHAR(11)   NOT NULL,
    date_of_birth   DATE          NOT NULL,
    role            VARCHAR(20)   NOT NULL,
    contacts        VARCHAR(1000),
    CONSTRAINT fk_case_member_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT uq_case_member_cpr UNIQUE (case_id, cpr),
    CONSTRAINT ck_case_member_role CHECK (role IN ('PARENT', 'GUARDIAN', 'CHILD', 'YOUNG_ADULT'))
);

-- one referral per case: the case id is its key
CREATE TABLE referral (
    case_id         BIGINT        NOT NULL PRIMARY KEY,
    source          VARCHAR(30)   NOT NULL,
    concern         VARCHAR(4000) NOT NULL,
    ssp_category    INTEGER       NOT NULL,
    awareness_date  DATE          NOT NULL,
    registered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by   VARCHAR(64)   NOT NULL,
    CONSTRAINT fk_referral_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT ck_referral_ssp CHECK (ssp_category BETWEEN 1 AND 4)
);

-- one joint family action plan per case
CREATE TABLE action_plan (
    case_id         BIGINT        NOT NULL PRIMARY KEY,
    agreed_on       DATE          NOT NULL,
    CONSTRAINT fk_action_plan_case FOREIGN KEY (case_id) REFERENCES family_case (id)
);

CREATE TABLE plan_goal (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    administration  VARCHAR(3)    NOT NULL,
    description     VARCHAR(2000) NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_plan_goal_plan FOREIGN KEY (case_id) REFERENCES action_plan (case_id),
    CONSTRAINT fk_plan_goal_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT ck_plan_goal_administration CHECK (administration IN ('sof', 'buf', 'bif', 'kff')),
    CONSTRAINT ck_plan_goal_status CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'))
);

-- consent to the joint plan: parents, guardians and children aged 16 or more
CREATE TABLE plan_consent (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    consented_on    DATE          NOT NULL,
    CONSTRAINT fk_plan_consent_plan FOREIGN KEY (case_id) REFERENCES action_plan (case_id),
    CONSTRAINT fk_plan_consent_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT uq_plan_consent_member UNIQUE (case_id, member_id)
);

-- screening on the five-step scale, repeated over time
CREATE TABLE screening_score (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    domain          VARCHAR(30)   NOT NULL,
    score           INTEGER       NOT NULL,
    screened_on     DATE          NOT NULL,
    CONSTRAINT fk_screening_score_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_screening_score_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT uq_screening_score UNIQUE (member_id, domain, screened_on),
    CONSTRAINT ck_screening_score_domain CHECK (domain IN
        ('SCHOOL_EDUCATION', 'EMPLOYMENT', 'HEALTH', 'FAMILY_RELATIONS', 'LEISURE_NETWORK', 'CRIME_RISK')),
    CONSTRAINT ck_screening_score_score CHECK (score BETWEEN 1 AND 5)
);

CREATE TABLE journal_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    author          VARCHAR(64)   NOT NULL,
    author_role     VARCHAR(40)   NOT NULL,
    entry_date      DATE          NOT NULL,
    text            VARCHAR(8000) NOT NULL,
    attendance      VARCHAR(2000),
    CONSTRAINT fk_journal_entry_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT ck_journal_entry_kind CHECK (kind IN ('NOTE', 'MEETING_MINUTES'))
);

CREATE INDEX ix_case_member_case ON case_member (case_id);
CREATE INDEX ix_plan_goal_case ON plan_goal (case_id);
CREATE INDEX ix_screening_score_case ON screening_score (case_id, member_id);
CREATE INDEX ix_journal_entry_case ON journal_entry (case_id, entry_date);
