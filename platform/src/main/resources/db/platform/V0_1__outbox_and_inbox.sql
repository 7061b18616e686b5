-- The transactional outbox: events committed with the change they announce, relayed to Kafka.
create table outbox (
    id          uuid primary key,
    seq         bigserial not null unique,
    topic       varchar(200) not null,
    record_key  varchar(200) not null,
    type        varchar(200) not null,
    subject     varchar(200),
    payload     text not null,
    created_at  timestamptz not null,
    sent_at     timestamptz
);
create index outbox_unsent on outbox (seq) where sent_at is null;

-- The inbox: ids of consumed events, written in the same transaction as their effect.
create table processed_event (
    event_id     varchar(200) primary key,
    topic        varchar(200) not null,
    processed_at timestamptz not null
);
