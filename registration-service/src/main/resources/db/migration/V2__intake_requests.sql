-- Idempotent bulk intake: the first answer to a federation's Idempotency-Key, returned to its retries.
create table intake_request (
    federation      varchar(64) not null,
    idempotency_key varchar(200) not null,
    request_hash    varchar(64) not null,
    answer          jsonb,
    created_at      timestamptz not null,
    primary key (federation, idempotency_key)
);
