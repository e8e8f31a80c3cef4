-- Where a service is delivered, as coordinates, so that a family can find services near a postcode (ADR 0068).
-- One row per service at a location whose place is known: the location's own latitude and longitude as the feed
-- gave them, or else the centroid of its address's postcode from the bundled open postcode extract. Public
-- reference data like the rest of the directory: a place of a service, never where a family lives.
create table directory_service_place (
    service_id   uuid not null references directory_service (id) on delete cascade,
    location_id  uuid not null,
    latitude     double precision not null check (latitude between -90 and 90),
    longitude    double precision not null check (longitude between -180 and 180),
    placed_by    text not null check (placed_by in ('coordinates', 'postcode')),
    primary key (service_id, location_id)
);
