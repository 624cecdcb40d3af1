-- Retention of reports of concern (tvaers.retention): a report is part of the record like the case data. A report that
-- became or joined a family case is anonymised with that case; any other report once it is assessed (and its receipt
-- sent) longer ago than the retention period. What stays are figures: report number, time of receipt, reporter kind,
-- outcome and dates. Portable SQL for H2 2.3 and PostgreSQL 17.
ALTER TABLE report_of_concern ADD COLUMN anonymised_at TIMESTAMP WITH TIME ZONE;

ALTER TABLE report_of_concern ALTER COLUMN child_name DROP NOT NULL;
ALTER TABLE report_of_concern ALTER COLUMN child_cpr DROP NOT NULL;
ALTER TABLE report_of_concern ALTER COLUMN content DROP NOT NULL;

ALTER TABLE report_of_concern DROP CONSTRAINT ck_report_of_concern_professional;
ALTER TABLE report_of_concern ADD CONSTRAINT ck_report_of_concern_professional CHECK (
    anonymised_at IS NOT NULL OR reporter_kind = 'PRIVATE'
    OR (reporter_organisation IS NOT NULL AND reporter_contact IS NOT NULL));
ALTER TABLE report_of_concern ADD CONSTRAINT ck_report_of_concern_identity CHECK (
    (anonymised_at IS NULL AND child_name IS NOT NULL AND child_cpr IS NOT NULL AND content IS NOT NULL)
    OR (anonymised_at IS NOT NULL AND child_name IS NULL AND child_cpr IS NULL AND content IS NULL
        AND reporter_name IS NULL AND reporter_organisation IS NULL AND reporter_role IS NULL
        AND reporter_contact IS NULL));

CREATE INDEX ix_report_of_concern_case ON report_of_concern (family_case_number);

-- Reading a report (the reports screen, the API) is logged like a case read, under the report number.
ALTER TABLE access_log DROP CONSTRAINT ck_access_log_record_type;
ALTER TABLE access_log ADD CONSTRAINT ck_access_log_record_type CHECK (
    record_type IN ('FAMILY_CASE', 'ADULT_COURSE', 'PERSON', 'REPORT_OF_CONCERN'));
