-- Camp enrolments (issue 5): each day a child has in a camp, with the request that reserved it.
-- A child has a day of a camp once, whatever the request.

create table camp_bookings (
  request_id text not null references requests (id) on delete cascade,
  camp_id text not null references camps (id),
  child_id text not null references children (id),
  group_id text not null,
  day date not null,
  activity_ids jsonb not null default '[]',
  primary key (request_id, day),
  unique (camp_id, child_id, day)
);
