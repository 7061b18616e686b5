alter table ranked_event add column year int not null default 0;

create table honour (
    id                 uuid primary key,
    person_id          uuid not null,
    entry_id           uuid not null,
    kind               varchar(32) not null,
    level              varchar(16) not null,
    competition        varchar(64) not null,
    event              varchar(64) not null,
    place              int not null,
    target_skill_level int,
    year               int not null,
    recommended_at     timestamptz not null
);
create index honour_person on honour (person_id, year, kind);
create index honour_entry on honour (entry_id);
