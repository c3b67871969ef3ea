-- Children in full (issue 4): the identity as declared (ChildIdentity), the health form and when it was confirmed,
-- and the commune's school sites.

alter table children add column identity jsonb;
alter table children add column health jsonb;
alter table children add column health_confirmed_at timestamptz;

create table school_sites (
  id text primary key,
  name text not null,
  grades jsonb not null,
  position integer not null
);

alter table requests add column child_id text references children (id);
