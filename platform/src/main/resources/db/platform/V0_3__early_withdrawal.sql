-- Early withdrawals: a withdrawal that overtook its entry's registration (they travel on different
-- topics) waits here until the registration comes and honours it (platform inbox: EarlyWithdrawals).
-- Scoring and ranking kept their own copies (pending_withdrawal); their next migration moves them here.
create table early_withdrawal (
    entry_id    uuid primary key,
    event_key   varchar(130),
    reason      varchar(500),
    received_at timestamptz not null
);
