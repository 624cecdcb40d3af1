-- Reports of concern (underretninger) about a child. Keyed by the report number, which is also the business key of the
-- report-of-concern process. The child's CPR number, the reporter's identity and the report's content are personal
-- data: they live here, never in process variables or the engine's history. Portable SQL for H2 2.3 and PostgreSQL 17.
CREATE SEQUENCE report_of_concern_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE report_of_concern (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    report_number         VARCHAR(20)   NOT NULL,
    received_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    registered_by         VARCHAR(64)   NOT NULL,
    reporter_kind         VARCHAR(20)   NOT NULL,
    reporter_name         VARCHAR(200),
    reporter_organisation VARCHAR(200),
    reporter_role         VARCHAR(200),
    reporter_contact      VARCHAR(200),
    child_name            VARCHAR(200)  NOT NULL,
    child_cpr             VARCHAR(11)   NOT NULL,
    content               VARCHAR(4000) NOT NULL,
    -- the family case the child was in when the report came (a new assessment), or the case the report became
    family_case_number    VARCHAR(20),
    outcome               VARCHAR(20),
    assessed_at           TIMESTAMP WITH TIME ZONE,
    assessed_by           VARCHAR(64),
    receipt_sent_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_report_of_concern_number UNIQUE (report_number),
    CONSTRAINT ck_report_of_concern_reporter_kind CHECK (reporter_kind IN ('PROFESSIONAL', 'PRIVATE')),
    CONSTRAINT ck_report_of_concern_professional CHECK (
        reporter_kind = 'PRIVATE' OR (reporter_organisation IS NOT NULL AND reporter_contact IS NOT NULL)),
    CONSTRAINT ck_report_of_concern_outcome CHECK (outcome IS NULL OR outcome IN
        ('NO_ACTION', 'REFER', 'OPEN_CASE', 'REASSESSED'))
);

CREATE INDEX ix_report_of_concern_child_cpr ON report_of_concern (child_cpr);
