-- rounds (初赛 → 决赛): each round is a scored_event row of its own (its scheme, panel, lock and results
-- versions); an earlier round's key is {competition}/{event}/{round}, the final's the event's own key
alter table scored_event alter column event_key type varchar(200);
alter table scored_event add column round varchar(64);
alter table scored_event add column round_index int not null default 0;
alter table scored_event add column round_count int not null default 0;
-- the results version of the previous round whose cut made this round's roster
alter table scored_event add column roster_version int not null default 0;

alter table mark alter column event_key type varchar(200);
alter table theory_score alter column event_key type varchar(200);
alter table flag_acceptance alter column event_key type varchar(200);

-- who competes in a round after the first: those who made the previous round's cut
create table round_entrant (
    round_key varchar(200) not null,
    entry_id  uuid not null,
    primary key (round_key, entry_id)
);

-- what an outside exam platform answered, kept with the imported score
alter table theory_score add column answers jsonb;

-- a flag is accepted per round: two rounds may mark the same module code
alter table flag_acceptance drop constraint flag_acceptance_entry_id_module_key;
alter table flag_acceptance add constraint flag_acceptance_round_entry_module unique (event_key, entry_id, module);

-- registration's keyed digest of the entrant's ID number, to match an exam platform's rows (IdNumberDigest)
alter table scored_entry add column id_number_digest varchar(64);
create index scored_entry_id_number_digest on scored_entry (event_key, id_number_digest);
