-- The child's voice and decisions in writing (issue 14): the conversation with the child (Barnets Lov §5, §22), the
-- child's own wishes in the plan, support decisions with hearing of the parties (§3: children from the age of party
-- rights) and the letter sent. Personal data live here, never in process variables. Portable SQL for H2 2.3 and
-- PostgreSQL 17. Owned by the family module (CaseAnonymiser removes the texts after the retention period).
CREATE SEQUENCE child_conversation_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE support_decision_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE decision_hearing_seq START WITH 1 INCREMENT BY 1;

-- a conversation with a child, or the recorded reason it was not held
CREATE TABLE child_conversation (
    id              BIGINT        NOT NULL PRIMARY KEY,
    case_id         BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    occasion        VARCHAR(20)   NOT NULL,
    held            BOOLEAN       NOT NULL,
    held_on         DATE          NOT NULL,
    present         VARCHAR(1000),
    child_views     VARCHAR(4000),
    parent_views    VARCHAR(4000),
    not_held_reason VARCHAR(2000),
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_child_conversation_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_child_conversation_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT ck_child_conversation_occasion
        CHECK (occasion IN ('INVESTIGATION', 'DECISION', 'FOLLOW_UP', 'PLAN', 'OTHER')),
    CONSTRAINT ck_child_conversation_reason CHECK (held OR not_held_reason IS NOT NULL)
);
CREATE INDEX ix_child_conversation_case ON child_conversation (case_id, member_id);

-- the child's own wishes to the joint plan, one text per case
CREATE TABLE plan_child_wishes (
    case_id         BIGINT        NOT NULL PRIMARY KEY,
    wishes          VARCHAR(4000),
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_plan_child_wishes_case FOREIGN KEY (case_id) REFERENCES family_case (id)
);

-- a decision on support: drafted, heard, final with its letter
CREATE TABLE support_decision (
    id               BIGINT        NOT NULL PRIMARY KEY,
    case_id          BIGINT        NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    decision_text    VARCHAR(4000),
    reasons          VARCHAR(4000),
    legal_basis      VARCHAR(200),
    appeal_guidance  VARCHAR(4000),
    opened_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    drafted_by       VARCHAR(64),
    hearing_from     DATE,
    hearing_deadline DATE,
    decided_by       VARCHAR(64),
    decided_on       DATE,
    letter           BYTEA,
    CONSTRAINT fk_support_decision_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT ck_support_decision_status CHECK (status IN ('DRAFT', 'HEARING', 'FINAL'))
);
CREATE INDEX ix_support_decision_case ON support_decision (case_id);

-- one party heard on a decision: a parent, a guardian or a child from the age of party rights on the hearing's day
CREATE TABLE decision_hearing (
    id              BIGINT        NOT NULL PRIMARY KEY,
    decision_id     BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    answer          VARCHAR(4000),
    answered_on     DATE,
    registered_by   VARCHAR(64),
    CONSTRAINT fk_decision_hearing_decision FOREIGN KEY (decision_id) REFERENCES support_decision (id),
    CONSTRAINT fk_decision_hearing_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT uq_decision_hearing_member UNIQUE (decision_id, member_id),
    CONSTRAINT ck_decision_hearing_status CHECK (status IN ('AWAITING', 'ANSWERED', 'NO_ANSWER'))
);
