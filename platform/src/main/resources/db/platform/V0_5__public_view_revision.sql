-- The revision of each public view's scope ('competition/<code>', 'series/<code>'), bumped in the
-- transaction of every change the view shows: cached public views and HTTP entity tags are keyed by it.
create table public_view_revision (
    scope    varchar(300) primary key,
    revision bigint not null
);
