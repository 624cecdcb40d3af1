-- Idempotency keys of Tværs's API (issue 16, docs/faults.md): a client that sends a write again with the same
-- Idempotency-Key gets the first answer again instead of a second case, course, note or screening. Per user; a key
-- is kept until expires_at (tvaers.idempotency.retention, 24 hours) and then deleted. While the first request runs its
-- row has no status yet: the primary key lets only one of two concurrent requests with the same key through.
-- request_hash is a SHA-256 of the method, path and body (the body itself, which may hold CPR numbers, is not kept);
-- response_body is the first answer (CPR numbers masked as in every answer of the API).
CREATE TABLE idempotency_key (
    user_id          VARCHAR(64)   NOT NULL,
    idempotency_key  VARCHAR(255)  NOT NULL,
    request_hash     VARCHAR(64)   NOT NULL,
    request_method   VARCHAR(10)   NOT NULL,
    request_path     VARCHAR(255)  NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    response_status  INTEGER,
    response_type    VARCHAR(255),
    response_location VARCHAR(255),
    response_body    VARCHAR(1000000),
    CONSTRAINT pk_idempotency_key PRIMARY KEY (user_id, idempotency_key)
);

CREATE INDEX ix_idempotency_key_expires ON idempotency_key (expires_at);
