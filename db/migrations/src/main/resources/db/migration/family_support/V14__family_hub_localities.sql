-- The locality each Family Hub serves (issue 10: hubs and localities): the area of the partnership a family is pointed
-- to a hub by, named as the partnership names its localities ("Stoke North"). Public, like the hub. A hub registered
-- before its locality was recorded is in none until it is.
alter table family_hub add column locality text check (locality is null or (length(locality) between 1 and 200));
create index family_hub_locality on family_hub (locality, name);
