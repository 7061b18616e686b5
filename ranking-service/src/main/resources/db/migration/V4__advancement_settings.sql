-- an event's advancement settings from registration.event-opened.v1: ties at the quota line (ALL or NONE advance)
-- and an optional cap per federation; events opened before them (and records without them) keep the default
alter table ranked_event
    add column advancement jsonb not null default '{"ties": "ALL", "perFederationCap": null}';
