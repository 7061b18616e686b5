-- The bulk intake's idempotency keys are kept by the platform now (db/platform V0_4, table
-- idempotent_request, scope 'intake/{federation}'): move what intake_request holds, then drop it.
insert into idempotent_request (scope, idempotency_key, request_hash, answer, created_at)
select 'intake/' || federation, idempotency_key, request_hash, answer, created_at from intake_request
on conflict do nothing;
drop table intake_request;
