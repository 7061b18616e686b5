-- The chief judge (裁判长) heading an event's panel when a results version was published (scoring says so
-- within scoring.results-published.v1): only that chief judge decides objections to the version ranked.
alter table result_part add column chief_judge varchar(100);
alter table ranked_event add column chief_judge varchar(100);
