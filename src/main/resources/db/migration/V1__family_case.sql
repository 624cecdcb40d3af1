-- The family case: one per family, keyed by the case number that is also the process business key.
-- Personal data (members, CPR numbers) live in the case tables only, never in process variables.
CREATE SEQUENCE family_case_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE family_case (
    id              BIGINT       NOT NULL PRIMARY KEY,
    case_number     VARCHAR(20)  NOT NULL,
    district        VARCHAR(60)  NOT NULL,
    referral_source VARCHAR(30)  NOT NULL,
    ssp_category    INTEGER,
    awareness_date  DATE         NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    phase           VARCHAR(30)  NOT NULL,
    coordinator     VARCHAR(64),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_family_case_number UNIQUE (case_number),
    CONSTRAINT ck_family_case_ssp CHECK (ssp_category IS NULL OR ssp_category BETWEEN 1 AND 4)
);

CREATE INDEX ix_family_case_district_status ON family_case (district, status);
