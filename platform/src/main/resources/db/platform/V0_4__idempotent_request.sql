-- Requests under an Idempotency-Key (bulk intake, score imports): per scope and key, a hash of the
-- request and the very text first answered, handed back to every retry.
create table idempotent_request (
    scope           varchar(300) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64) not null,
    answer          text,
    created_at      timestamptz not null,
    primary key (scope, idempotency_key)
);
