-- Enrolments in progress (issue 5), kept under the tracking code parents see from the first step:
-- "Brouillons en cours", resumable from another device.

create table enrolment_drafts (
  tracking_code text primary key,
  family_id text not null references families (id),
  data jsonb not null,
  updated_at timestamptz not null
);
