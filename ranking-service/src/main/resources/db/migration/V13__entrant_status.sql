-- withdrawn and disqualified entrants are listed without place, award or advancement, with the reason (docs/domain.md, ranking)
alter table standing add column status varchar(16) not null default 'COMPETING';
alter table standing add column status_reason varchar(500);
-- the reason of a withdrawal ranking learns before scoring's next results version says it
alter table contestant add column withdrawal_reason varchar(500);
