-- the edition and series of an event's competition (registration.event-opened.v1 edition, series), for figures across editions
alter table ranked_event add column edition int not null default 0;
alter table ranked_event add column series varchar(64);
create index ranked_event_series on ranked_event (series);
