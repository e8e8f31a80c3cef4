-- Legal holds (issue 8, ADR 0037): a child whose records must be kept whatever their retention rule says, because
-- litigation is in prospect or an inquiry has asked (e.g. the Independent Inquiry into Child Sexual Abuse's retention
-- instruction under the Inquiries Act 2005, section 35). While any hold on a child is not lifted, no record of the
-- child in any context is anonymised, and the retention report shows their due records as held. Placing and lifting
-- are governance actions of their own, each with a reason, audited; a hold is never deleted, only lifted.
create table legal_hold (
    hold_id            uuid primary key,
    child_id           uuid not null,                         -- kernel ChildId
    authority          text not null check (length(authority) between 1 and 200),   -- who asked: an inquiry, a claim
    reason             text not null check (length(reason) between 1 and 2000),
    placed_by          text not null,
    placed_by_org      text not null,
    placed_at          timestamptz not null,
    lifted_by          text,
    lifted_by_org      text,
    lifted_at          timestamptz,
    lift_reason        text check (lift_reason is null or length(lift_reason) between 1 and 2000),
    check ((lifted_by is null) = (lifted_at is null)),
    check ((lifted_by is null) = (lifted_by_org is null)),
    check ((lifted_by is null) = (lift_reason is null)),
    check (lifted_at is null or lifted_at >= placed_at)
);
create index legal_hold_held on legal_hold (child_id) where lifted_at is null;
create index legal_hold_placed on legal_hold (placed_at, hold_id);
