-- What the test consumers do: one row per applied record (a record applied twice would fail the key).
create table probe_effect (
    event_id  varchar(200) primary key,
    action    varchar(50) not null,
    applied   timestamptz not null default now()
);
-- A row the test holds locked to make a consumer wait (lock_timeout: a real transient failure).
create table probe_gate (id int primary key);
insert into probe_gate values (1);
