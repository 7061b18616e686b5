-- an event's rounds (初赛, 选拔赛, 决赛) with each round's scheme and cut; events without rounds are one round
alter table competition_event
    add column rounds jsonb not null default '[]';
