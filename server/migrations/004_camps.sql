-- Camps (issue 5): each camp as the domain describes it (Camp: weeks, days, activities, groups, prices, rules),
-- and its places per group and open day, taken and given back inside transactions: never oversold, never negative.

create table camps (
  id text primary key,
  data jsonb not null,
  position integer not null
);

create table camp_places (
  camp_id text not null references camps (id) on delete cascade,
  group_id text not null,
  day date not null,
  capacity integer not null check (capacity >= 0),
  taken integer not null default 0,
  waiting integer not null default 0,
  primary key (camp_id, group_id, day),
  check (taken >= 0 and taken <= capacity),
  check (waiting >= 0)
);
