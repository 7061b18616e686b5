-- a withdrawal that overtook its entry's registration (they travel on different topics): the registration honours it
create table pending_withdrawal (
    entry_id    uuid primary key,
    event_key   varchar(130),
    reason      varchar(500),
    received_at timestamptz not null
);
