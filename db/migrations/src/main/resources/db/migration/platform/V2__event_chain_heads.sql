-- The dispatcher's claim must cost the same however stale the planner's statistics are (issue 9, defect 7).
-- Deciding "is this delivery the first open one of its (subscriber, aggregate) chain?" in the claim query left the
-- join order to the planner; with statistics taken when every delivery was completed it compared every open delivery
-- with every other (4,400 open: 19M rows filtered, 18.7 s per batch). Instead each open chain keeps one row naming
-- its head, maintained by a trigger on event_delivery, and the claim reads due heads from an index with a LIMIT.

-- One row per (subscriber, aggregate) with an open delivery: the lowest-positioned delivery not yet COMPLETED.
create table event_chain_head (
    subscriber_id  text        not null,
    aggregate_id   text        not null,
    event_position bigint      not null,
    due_at         timestamptz not null,   -- the head's next_attempt_at while PENDING; 'infinity' while FAILED
    primary key (subscriber_id, aggregate_id)
);
create index event_chain_head_due on event_chain_head (due_at, event_position);

-- Recomputes one chain's head from event_delivery: one probe of event_delivery_open_chain, one upsert or delete.
create function refresh_event_chain_head(chain_subscriber text, chain_aggregate text) returns void
language plpgsql as $$
declare
    head record;
begin
    select d.event_position, case when d.status = 'PENDING' then d.next_attempt_at else 'infinity' end as due_at
      into head
      from platform.event_delivery d
     where d.subscriber_id = chain_subscriber and d.aggregate_id = chain_aggregate and d.status <> 'COMPLETED'
     order by d.event_position
     limit 1;
    if found then
        insert into platform.event_chain_head (subscriber_id, aggregate_id, event_position, due_at)
        values (chain_subscriber, chain_aggregate, head.event_position, head.due_at)
        on conflict (subscriber_id, aggregate_id)
        do update set event_position = excluded.event_position, due_at = excluded.due_at;
    else
        delete from platform.event_chain_head h
         where h.subscriber_id = chain_subscriber and h.aggregate_id = chain_aggregate;
    end if;
end $$;

-- A trigger, not the dispatcher's code, keeps heads right whoever changes a delivery: the dispatcher, an operator's
-- resubmission (EventDeliveries.resubmit), or a repair by hand.
create function event_delivery_changed() returns trigger
language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        perform platform.refresh_event_chain_head(old.subscriber_id, old.aggregate_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE'
            and (new.subscriber_id, new.aggregate_id) is distinct from (old.subscriber_id, old.aggregate_id)) then
        perform platform.refresh_event_chain_head(new.subscriber_id, new.aggregate_id);
    end if;
    return null;
end $$;

create trigger event_delivery_keeps_chain_heads
    after insert or delete or update of status, next_attempt_at, subscriber_id, aggregate_id on event_delivery
    for each row execute function event_delivery_changed();

-- Heads of the chains already open when this migration runs.
insert into event_chain_head (subscriber_id, aggregate_id, event_position, due_at)
select distinct on (subscriber_id, aggregate_id) subscriber_id, aggregate_id, event_position,
       case when status = 'PENDING' then next_attempt_at else 'infinity' end
  from event_delivery
 where status <> 'COMPLETED'
 order by subscriber_id, aggregate_id, event_position;

-- The claim no longer scans pending deliveries by due time.
drop index event_delivery_due;
