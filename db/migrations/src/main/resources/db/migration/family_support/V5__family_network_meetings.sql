-- Family network meetings and family group conferences (family group decision making) offered to a family in early
-- help, and, when held, who attended and the plan the family made (ADR 0062). A child's record.
create table family_network_meeting (
    meeting_id    uuid primary key,
    child_id      uuid not null,
    episode_id    uuid not null references early_help_episode (episode_id),
    meeting_type  text not null check (meeting_type in ('FAMILY_NETWORK_MEETING', 'FAMILY_GROUP_CONFERENCE')),
    offered_on    date not null,
    declined_on   date,
    held_on       date,
    family_plan   text,
    version       bigint not null,
    check (declined_on is null or held_on is null),
    check ((held_on is null) = (family_plan is null))
);
create index family_network_meeting_episode on family_network_meeting (episode_id, offered_on);

create table family_network_attendee (
    meeting_id    uuid not null references family_network_meeting (meeting_id),
    position      integer not null,
    name          text not null,
    relationship  text not null,
    primary key (meeting_id, position)
);
