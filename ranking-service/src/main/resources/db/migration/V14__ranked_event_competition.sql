-- every change a public view shows looks up the series of its competition's events (PublicRevisions.changed,
-- on each ranking and each batch of entrants): without an index that was a scan of every event of the edition,
-- the most frequent query in a profile of the national benchmark (3,020 events at its default scale)
create index ranked_event_competition on ranked_event (competition);
