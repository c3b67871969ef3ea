-- Waiting lists (issue 5): a full week of an enrolment request, in the order families joined it.

create table camp_waiting (
  request_id text not null references requests (id) on delete cascade,
  week_id text not null,
  camp_id text not null references camps (id),
  group_id text not null,
  days jsonb not null,
  seq bigserial not null,
  joined_at timestamptz not null,
  primary key (request_id, week_id)
);
