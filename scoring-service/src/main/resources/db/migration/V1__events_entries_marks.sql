create table scored_event (
    event_key       varchar(130) primary key,
    competition     varchar(64) not null,
    event           varchar(64) not null,
    level           varchar(16) not null,
    scheme          jsonb not null,
    chief_judge     varchar(100),
    panel           jsonb,
    locked_at       timestamptz,
    results_version int not null default 0
);

create table scored_entry (
    entry_id   uuid primary key,
    person_id  uuid not null,
    event_key  varchar(130) not null,
    federation varchar(64),
    withdrawn  boolean not null default false
);
create index scored_entry_event on scored_entry (event_key);

-- append-only: the latest row per (entry, module, judge) counts, the others are the audit trail
create table mark (
    id                bigserial primary key,
    entry_id          uuid not null,
    event_key         varchar(130) not null,
    module            varchar(64) not null,
    judge             varchar(100) not null,
    mark              numeric(8, 2) not null,
    time_used_seconds bigint,
    recorded_by       varchar(100) not null,
    recorded_at       timestamptz not null,
    reason            varchar(500)
);
create index mark_current on mark (event_key, entry_id, module, judge, id desc);

create table theory_score (
    id          bigserial primary key,
    entry_id    uuid not null,
    event_key   varchar(130) not null,
    score       numeric(6, 2) not null,
    recorded_by varchar(100) not null,
    recorded_at timestamptz not null,
    reason      varchar(500)
);
create index theory_current on theory_score (event_key, entry_id, id desc);
