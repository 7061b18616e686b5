-- an entry that came by promotion: its withdrawal hands the place to the next ranked entrant below
alter table contestant add column promotion_id uuid;
create index contestant_promotion on contestant (promotion_id);
