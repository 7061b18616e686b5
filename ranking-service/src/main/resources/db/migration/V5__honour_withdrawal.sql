-- honours follow corrections: a recommendation that a later results version no longer calls for is withdrawn
alter table honour add column withdrawn_at timestamptz;
alter table honour add column withdrawal_reason varchar(500);
create index honour_event on honour (competition, event) where withdrawn_at is null;
