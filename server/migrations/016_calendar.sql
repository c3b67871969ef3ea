-- The after-school calendar (issue 13): the commune's activities and their units (Activity, as the domain
-- schema has it), school calendars, children's enrolments in activities, each child's booking of a unit on
-- a day (BookingRecord: one row per child, unit and date, its status and the request that made or last
-- changed it), and the places taken per unit and day, counted and locked inside the transaction that books
-- or cancels so that a unit is never overbooked.

create table calendar_activities (
  id text primary key,
  data jsonb not null,
  position integer not null
);

-- Each school site's school year (SchoolCalendar as the domain schema has it: holidays, public holidays,
-- closures), and which activities each child is enrolled in (a child books only those).
create table school_calendars (
  id serial primary key,
  data jsonb not null
);

create table activity_enrolments (
  child_id text not null references children (id),
  activity_id text not null references calendar_activities (id),
  primary key (child_id, activity_id)
);

-- The French family quotient the service knows (CAF), for priced bands; none: the last band.
alter table families add column quotient integer;

create table bookings (
  child_id text not null references children (id),
  unit_id text not null,
  date date not null,
  status text not null check (status in ('requested', 'booked', 'waiting', 'refused', 'cancel-requested',
    'absence-requested', 'absent-excused', 'absent-billed', 'present', 'cancelled')),
  -- No foreign key: bookings carried over from the service's former system (the demo's seeded ones) have
  -- no request here.
  request_id text not null,
  -- When the request made or last changed it: the waiting list's order.
  at timestamptz not null,
  -- The service's reason for a refusal, per language (LocalizedText).
  note jsonb,
  primary key (child_id, unit_id, date)
);
create index bookings_unit_date on bookings (unit_id, date, status, at);

-- Days up to this one are invoiced (the service's last closed billing month): locked, no longer changed.
-- At most one row; none: nothing invoiced yet.
create table calendar_invoicing (
  only_row boolean primary key default true check (only_row),
  invoiced_through date not null
);

create table calendar_places (
  unit_id text not null,
  date date not null,
  taken integer not null default 0 check (taken >= 0),
  primary key (unit_id, date)
);

-- The family's private iCal feed, one live per family. Its URL holds `selector.verifier`: the selector finds
-- the row, the verifier is only kept hashed (SHA-256) and compared in constant time, so the database alone
-- gives no working URL. Revoking deletes the row; renewing replaces it.
create table calendar_feeds (
  family_id text primary key references families (id),
  selector text not null unique,
  verifier_hash text not null,
  created_at timestamptz not null
);
