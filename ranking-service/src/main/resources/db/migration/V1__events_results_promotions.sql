create table ranked_event (
    event_key        varchar(130) primary key,
    competition      varchar(64) not null,
    event            varchar(64) not null,
    level            varchar(16) not null,
    competition_name varchar(200),
    name             varchar(200),
    occupation       varchar(200),
    starts_on        date,
    quota            int not null,
    advances_to      jsonb,
    awards           jsonb not null,
    ranked_version   int not null default 0
);

create table contestant (
    entry_id            uuid primary key,
    person_id           uuid not null,
    event_key           varchar(130) not null,
    name                varchar(100),
    masked_id_number    varchar(18),
    federation          varchar(64),
    employer            varchar(200),
    current_skill_level int not null,
    withdrawn           boolean not null default false
);
create index contestant_person on contestant (person_id);
create index contestant_event on contestant (event_key);

create table result_part (
    id        bigserial primary key,
    event_key varchar(130) not null,
    version   int not null,
    part      int not null,
    parts     int not null,
    results   jsonb not null,
    unique (event_key, version, part)
);

create table standing (
    entry_id          uuid primary key,
    event_key         varchar(130) not null,
    version           int not null,
    place             int,
    award             varchar(16),
    advanced          boolean not null,
    total             numeric(8, 2),
    practical         numeric(8, 2),
    theory            numeric(8, 2),
    time_used_seconds bigint
);
create index standing_event on standing (event_key, place);

create table promotion (
    id                uuid primary key,
    person_id         uuid not null,
    entry_id          uuid not null,
    from_competition  varchar(64) not null,
    from_event        varchar(64) not null,
    from_level        varchar(16) not null,
    place             int not null,
    total             numeric(8, 2) not null,
    award             varchar(16),
    to_competition    varchar(64) not null,
    to_event          varchar(64) not null,
    to_level          varchar(16) not null,
    status            varchar(16) not null,
    results_version   int not null,
    promoted_at       timestamptz not null,
    revoked_at        timestamptz,
    revocation_reason varchar(500)
);
create index promotion_from on promotion (from_competition, from_event);
create index promotion_person on promotion (person_id);
