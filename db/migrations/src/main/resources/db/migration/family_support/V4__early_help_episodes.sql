-- Early help episodes: a family's early help from a request triaged to early help to closure and the sustained-outcome
-- check six months later (Supporting Families outcome framework, ADR 0060). A child's record, read and changed only
-- through governance's access port; the tables below the episode refer to it, so a subject access export finds them.
create table early_help_episode (
    episode_id              uuid primary key,
    child_id                uuid not null,
    -- opened once per request for support triaged to EARLY_HELP
    request_id              uuid not null unique references request_for_support (request_id),
    opened_on               date not null,
    lead_practitioner       text not null,
    lead_organisation       text not null,
    assessed_on             date,
    plan_agreed_on          date,
    stepped_up_on           date,
    step_up_reason          text,
    closed_on               date,
    closure_reason          text check (closure_reason in ('OUTCOMES_ACHIEVED', 'STEPPED_UP_TO_SOCIAL_CARE',
                                'FAMILY_WITHDREW_CONSENT', 'MOVED_OUT_OF_AREA', 'OTHER')),
    sustained_checked_on    date,
    -- the framework's rule, decided by the episode (EarlyHelpEpisode.successfulFamilyOutcome) at the check
    successful_outcome      boolean,
    version                 bigint not null,
    check ((closed_on is null) = (closure_reason is null)),
    check (closed_on is null or closed_on >= opened_on),
    check (plan_agreed_on is null or assessed_on is not null),
    check ((stepped_up_on is null) = (step_up_reason is null)),
    check (sustained_checked_on is null or (closed_on is not null and sustained_checked_on >= closed_on + interval '6 months')),
    check ((sustained_checked_on is null) = (successful_outcome is null))
);
create index early_help_episode_child on early_help_episode (child_id, opened_on);
create index early_help_episode_opened on early_help_episode (opened_on);
create index early_help_episode_closed on early_help_episode (closed_on);

-- One row per Supporting Families headline under which the whole-family assessment found a need
create table early_help_headline (
    episode_id   uuid not null references early_help_episode (episode_id),
    headline     text not null,
    need         text not null,
    -- at closure
    outcome      text check (outcome in ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED')),
    -- at the sustained-outcome check, six months after closure
    sustained    boolean,
    primary key (episode_id, headline)
);

-- The family plan: goals, each under a headline the assessment found a need under
create table early_help_goal (
    episode_id   uuid not null references early_help_episode (episode_id),
    position     integer not null,
    headline     text not null,
    goal         text not null,
    primary key (episode_id, position),
    foreign key (episode_id, headline) references early_help_headline (episode_id, headline)
);

-- The team around the family
create table early_help_team_member (
    episode_id   uuid not null references early_help_episode (episode_id),
    position     integer not null,
    name         text not null,
    organisation text not null,
    role         text not null,
    joined_on    date not null,
    primary key (episode_id, position)
);

create table early_help_review (
    episode_id     uuid not null references early_help_episode (episode_id),
    position       integer not null,
    held_on        date not null,
    progress       text not null,
    next_review_by date,
    primary key (episode_id, position)
);
