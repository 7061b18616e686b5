-- a series groups the editions (届) of one competition, for statistics across editions
alter table competition add column series varchar(64);
create index competition_series on competition (series);

-- the entry a promoted entry came from: promotions out of a competition are counted through it
alter table entry add column promoted_from uuid references entry (id);
create index entry_promoted_from on entry (promoted_from);

-- set when ranking announces the event's results: statistics become public once every event has them
alter table competition_event add column results_published_at timestamptz;
