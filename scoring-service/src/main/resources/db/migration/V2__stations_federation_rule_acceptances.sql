-- blind marking: judges see a station number (工位号) drawn for each entrant, not who they are
alter table scored_entry add column station int;
create unique index scored_entry_station on scored_entry (event_key, station);

-- optionally, no judge marks an entrant of the judge's own federation
alter table scored_event add column exclude_own_federation boolean not null default false;
alter table scored_event add column judge_federations jsonb;

-- the chief judge accepts a module's marks that spread beyond tolerance, with a reason
create table flag_acceptance (
    id          bigserial primary key,
    event_key   varchar(130) not null,
    entry_id    uuid not null,
    module      varchar(64) not null,
    accepted_by varchar(100) not null,
    accepted_at timestamptz not null,
    reason      varchar(500) not null,
    unique (entry_id, module)
);
