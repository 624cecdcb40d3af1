-- One row per scheduled job (issue 16): the node that runs it holds the row until locked_until, so that scheduled
-- work (retention's nightly run) runs on one node at a time when several nodes share the database. Same shape as
-- ShedLock's JDBC table. Portable SQL for H2 2.3 and PostgreSQL 17.
CREATE TABLE scheduled_lock (
    name VARCHAR(64) NOT NULL PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by VARCHAR(255) NOT NULL
);
