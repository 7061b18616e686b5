-- Promotions and revocations come on two topics, consumed concurrently: a revocation handled before its
-- promotion leaves its promotion id here, and the late promotion then registers nobody.
create table revoked_promotion (
    promotion_id uuid primary key,
    reason       text,
    revoked_at   timestamptz not null
);
