-- The course of a case: when each phase began, and how the case closed.
ALTER TABLE family_case ADD COLUMN phase_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE family_case ADD COLUMN closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE family_case ADD COLUMN close_reason VARCHAR(20);
ALTER TABLE family_case ADD COLUMN outcome VARCHAR(20);

CREATE SEQUENCE case_phase_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE case_phase (
    id         BIGINT      NOT NULL PRIMARY KEY,
    case_id    BIGINT      NOT NULL REFERENCES family_case (id),
    phase      VARCHAR(30) NOT NULL,
    started_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX ix_case_phase_case ON case_phase (case_id, started_at);
