-- When each background job last ran, whichever server instance ran it: with
-- several instances on one database, a job runs once per period in total.
create table if not exists job_runs (
  name text primary key,
  ran_at timestamptz not null
);
