-- The deployment log is append-only, as the access log (V5_1): nobody may change, delete or truncate entries.
CREATE FUNCTION deployment_log_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER deployment_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON deployment_log
    FOR EACH STATEMENT EXECUTE FUNCTION deployment_log_append_only();

CREATE TRIGGER deployment_log_resource_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON deployment_log_resource
    FOR EACH STATEMENT EXECUTE FUNCTION deployment_log_append_only();
