-- The family module's published read model: what other modules may read of the family tables in their own SQL.
-- The operations board joins it with the engine's open tasks in one statement (filtered, sorted and paged in the
-- database). Only the family module reads family_case itself: a renamed or split column is answered here, by
-- replacing the view, and the board keeps working. No personal data (names, CPR numbers) in it.
-- Portable SQL for H2 2.3 and PostgreSQL 17; both expand a simple view into the query that uses it.
CREATE VIEW family_case_summary AS
SELECT case_number, district, status, phase, phase_started_at, coordinator
FROM family_case;
