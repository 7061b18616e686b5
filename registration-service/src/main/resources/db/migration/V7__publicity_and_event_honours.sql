-- the publicity period (公示期) of a competition's final-round results, in days (0: none); existing ones keep the default
alter table competition add column publicity_days int not null default 5;
-- per event: promote while the results are PROVISIONAL (the behaviour before publicity) or only once FINAL,
-- and the event's own honour places, upgrade bands and organisation-award points (null parts: the level's tables)
alter table competition_event add column promote_when varchar(16) not null default 'PROVISIONAL';
alter table competition_event
    add column honours jsonb not null default '{"mayDayPlaces": null, "technicalExpertPlaces": null, "upgrades": null, "organisationAward": {"gold": 4, "silver": 3, "bronze": 2, "excellence": 1}}';
