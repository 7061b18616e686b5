create table federation (
    code        varchar(64) primary key,
    name        varchar(200) not null,
    region_code varchar(6) not null
);

create table competition (
    code                   varchar(64) primary key,
    name                   varchar(200) not null,
    level                  varchar(16) not null,
    region_code            varchar(6) not null,
    edition                int not null,
    year                   int not null,
    starts_on              date not null,
    registration_closes_at timestamptz not null,
    feeds                  varchar(64) references competition (code)
);

create table competition_event (
    id                      bigserial primary key,
    competition             varchar(64) not null references competition (code),
    code                    varchar(64) not null,
    name                    varchar(200) not null,
    occupation              varchar(200) not null,
    skill_level             int not null,
    capacity                int not null,
    quota                   int not null,
    advances_to_competition varchar(64),
    advances_to_event       varchar(64),
    scoring                 jsonb not null,
    awards                  jsonb not null,
    unique (competition, code)
);

create table person (
    id         uuid primary key,
    id_number  varchar(18) not null unique,
    name       varchar(100) not null,
    gender     varchar(1) not null,
    birth_date date not null,
    phone      varchar(32)
);

create table entry (
    id                   uuid primary key,
    person_id            uuid not null references person (id),
    competition          varchar(64) not null,
    event                varchar(64) not null,
    federation           varchar(64) not null references federation (code),
    employer_name        varchar(200),
    employer_credit_code varchar(18),
    current_skill_level  int not null,
    status               varchar(16) not null,
    origin               varchar(16) not null,
    promotion_id         uuid unique,
    withdrawal_reason    varchar(500),
    registered_at        timestamptz not null,
    foreign key (competition, event) references competition_event (competition, code)
);
-- one active entry per person per event, whatever races
create unique index entry_person_event on entry (competition, event, person_id) where status = 'REGISTERED';
create index entry_event on entry (competition, event, status);
create index entry_person on entry (person_id);
