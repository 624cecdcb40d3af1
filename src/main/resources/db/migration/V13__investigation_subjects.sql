-- Which children each child investigation covers, and its extent (issue 14). One row per child of the case: the
-- investigation it is part of is named by its lead child (the member the child-investigation instance is about), so
-- siblings in one shared investigation (Barnets Lov §21, stk. 4) share a lead. The extent is FULL (a child
-- investigation, §20) or CLARIFICATION (the lighter afdækning of one or more matters, §19), with the reason for the
-- lighter one. Paragraphs are labels in tvaers.legal-basis. Portable SQL for H2 2.3 and PostgreSQL 17.
CREATE TABLE investigation_subject (
    case_id         BIGINT        NOT NULL,
    member_id       BIGINT        NOT NULL,
    lead_member_id  BIGINT        NOT NULL,
    extent          VARCHAR(20)   NOT NULL,
    extent_reason   VARCHAR(2000),
    decided_by      VARCHAR(64),
    decided_on      DATE          NOT NULL,
    CONSTRAINT pk_investigation_subject PRIMARY KEY (case_id, member_id),
    CONSTRAINT fk_investigation_subject_case FOREIGN KEY (case_id) REFERENCES family_case (id),
    CONSTRAINT fk_investigation_subject_member FOREIGN KEY (member_id) REFERENCES case_member (id),
    CONSTRAINT fk_investigation_subject_lead FOREIGN KEY (lead_member_id) REFERENCES case_member (id),
    CONSTRAINT ck_investigation_subject_extent CHECK (extent IN ('FULL', 'CLARIFICATION'))
);
