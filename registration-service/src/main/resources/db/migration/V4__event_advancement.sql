-- advancement settings per event: ties at the quota line (ALL or NONE advance) and an optional cap per federation;
-- events created before them keep domain.md's default
alter table competition_event
    add column advancement jsonb not null default '{"ties": "ALL", "perFederationCap": null}';
