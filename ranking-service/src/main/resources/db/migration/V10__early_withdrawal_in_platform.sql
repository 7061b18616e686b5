-- Early withdrawals are the platform's now (db/platform V0_3, table early_withdrawal): move what this
-- service's own table (V7) holds, then drop it. On a new database V7 made it empty a moment before.
insert into early_withdrawal (entry_id, event_key, reason, received_at)
select entry_id, event_key, reason, received_at from pending_withdrawal
on conflict (entry_id) do nothing;
drop table pending_withdrawal;
