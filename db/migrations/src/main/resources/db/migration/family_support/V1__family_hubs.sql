-- Family support starts with the places families come to: Family Hubs. Early help, family network
-- meetings and the Open Referral UK directory arrive with the family support issue (ROADMAP 4).
create table family_hub (
    hub_id     uuid primary key,
    name       text not null unique,
    postcode   text not null,
    opened_on  date,
    version    bigint not null default 0
);
