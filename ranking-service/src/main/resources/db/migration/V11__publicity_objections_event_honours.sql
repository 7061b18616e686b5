-- registration.event-opened.v1 publication (the competition's publicity days, the event's promoteWhen) and honours
-- (honour places, upgrade bands, organisation-award points); events opened before them keep the contract's defaults
alter table ranked_event
    add column publication jsonb not null default '{"publicityDays": 5, "promoteWhen": "PROVISIONAL"}';
alter table ranked_event
    add column honours jsonb not null default '{"mayDayPlaces": null, "technicalExpertPlaces": null, "upgrades": null, "organisationAward": {"gold": 4, "silver": 3, "bronze": 2, "excellence": 1}}';

-- the publicity (公示) of an event's final-round results: PROVISIONAL until the period is over with no objection open
create table results_publicity (
    event_key     varchar(130) primary key,
    state         varchar(16) not null,
    starts_at     timestamptz not null,
    days          int not null,
    ends_at       timestamptz not null,
    finalised_at  timestamptz,
    final_version int
);
-- the check for periods that are over reads only the PROVISIONAL ones
create index results_publicity_due on results_publicity (ends_at) where state = 'PROVISIONAL';

-- events ranked before publicity existed were published as final: they stay so
insert into results_publicity (event_key, state, starts_at, days, ends_at, finalised_at, final_version)
select event_key, 'FINAL', now(), 0, now(), now(), ranked_version from ranked_event where ranked_version > 0;

-- objections (异议): every step kept, never deleted
create table objection (
    id                uuid primary key,
    event_key         varchar(130) not null,
    competition       varchar(64) not null,
    event             varchar(64) not null,
    entry_id          uuid not null,
    person_id         uuid,
    federation        varchar(64) not null,
    state             varchar(32) not null,
    objected_version  int not null,
    reason            varchar(1000) not null,
    lodged_by         varchar(200) not null,
    lodged_at         timestamptz not null,
    decision_reason   varchar(1000),
    decided_by        varchar(200),
    decided_at        timestamptz,
    corrected_version int
);
create index objection_event on objection (event_key, lodged_at);
create index objection_entry on objection (entry_id) where state = 'OPEN';
