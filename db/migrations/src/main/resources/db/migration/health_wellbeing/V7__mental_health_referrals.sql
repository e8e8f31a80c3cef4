-- Children and young people's mental health: referrals with their source (the CIN census referral source list,
-- which names schools, 2A), the wait from referral to first contact, contacts, and paired outcome scores.

create table mh_referral (
    referral_id      uuid primary key,
    child_id         uuid not null,                    -- kernel ChildId
    received_on      date not null,
    source           text not null,                    -- CIN census referral source: 1A-1D, 2A, 2B, 3A-3F, 4, 5A-5D, 6-10
    first_contact_on date,
    closed_on        date,
    version          bigint not null default 0,
    check (first_contact_on is null or first_contact_on >= received_on)
);
create index mh_referral_child on mh_referral (child_id);
create index mh_referral_received on mh_referral (received_on);

create table mh_contact (
    referral_id  uuid not null references mh_referral (referral_id),
    seq          int not null,
    contact_on   date not null,
    primary key (referral_id, seq)
);

create table mh_outcome_score (
    referral_id  uuid not null references mh_referral (referral_id),
    seq          int not null,
    instrument   text not null check (instrument in ('SDQ', 'YP-CORE')),
    scored_on    date not null,
    score        int not null check (score between 0 and 40),
    primary key (referral_id, seq)
);
