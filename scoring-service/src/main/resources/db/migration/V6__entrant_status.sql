-- withdrawn and disqualified entrants are listed in the results with their reason (docs/domain.md, ranking)
alter table scored_entry add column withdrawn_at timestamptz;
alter table scored_entry add column withdrawal_reason varchar(500);
-- disqualification (取消资格) by the chief judge, before or after the lock: who, when, why
alter table scored_entry add column disqualified_at timestamptz;
alter table scored_entry add column disqualified_by varchar(100);
alter table scored_entry add column disqualification_reason varchar(500);
