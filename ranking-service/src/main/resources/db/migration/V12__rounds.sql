-- rounds (初赛 → 决赛): an event's rounds, and per earlier round its ranked version, cut and places
alter table ranked_event add column rounds jsonb not null default '[]';
-- an earlier round's parts are kept under its round key {competition}/{event}/{round}
alter table result_part alter column event_key type varchar(200);

create table ranked_round (
    round_key      varchar(200) primary key,
    event_key      varchar(130) not null,
    round          varchar(64) not null,
    ranked_version int not null default 0,
    entrants       int not null default 0,
    qualified      int not null default 0,
    cut_mark       numeric(8, 2),
    ranked_at      timestamptz
);
create index ranked_round_event on ranked_round (event_key);

create table round_standing (
    round_key         varchar(200) not null,
    entry_id          uuid not null,
    version           int not null,
    place             int not null,
    total             numeric(8, 2) not null,
    practical         numeric(8, 2) not null,
    theory            numeric(8, 2) not null,
    time_used_seconds bigint,
    qualified         boolean not null,
    primary key (round_key, entry_id)
);
