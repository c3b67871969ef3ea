-- The families a commune's service knows, their requests and what the portal needs around them.

create table accounts (
  id text primary key,
  email text,
  display_name text
);

create table families (
  id text primary key,
  account_id text not null unique references accounts (id)
);

-- The parent's identity as the domain schema has it (ParentIdentity), validated on the way in and out.
create table parents (
  id text primary key,
  family_id text not null unique references families (id),
  identity jsonb not null,
  registered_at timestamptz not null default now()
);

create table co_parents (
  id serial primary key,
  family_id text not null references families (id),
  first_name text not null,
  last_name text not null,
  same_address boolean not null
);

create table children (
  id text primary key,
  family_id text not null references families (id),
  first_name text not null,
  last_name text not null,
  birth_date date not null,
  identity_complete boolean not null,
  health_form text not null check (health_form in ('complete', 'to-update', 'missing'))
);

create sequence request_numbers;

create table requests (
  id text primary key,
  family_id text not null references families (id),
  number text not null unique,
  tracking_code text not null,
  kind text not null,
  status text not null check (status in ('pending', 'accepted', 'refused', 'cancelled')),
  submitted_at timestamptz not null,
  -- What was asked (the identity to register or to change to), applied when the service accepts.
  payload jsonb,
  changes jsonb
);
create index requests_family on requests (family_id, submitted_at);

create table request_history (
  id serial primary key,
  request_id text not null references requests (id),
  status text not null,
  label text not null,
  at timestamptz not null,
  author text,
  message text
);
create index request_history_request on request_history (request_id, id);

create table sessions (
  token_hash text primary key,
  account_id text not null references accounts (id),
  csrf_token text not null,
  expires_at timestamptz not null
);

-- One row per Idempotency-Key and account: the answer to replay, for 24 hours.
create table idempotency_keys (
  account_id text not null references accounts (id),
  key text not null,
  fingerprint text not null,
  status integer,
  body jsonb,
  created_at timestamptz not null default now(),
  primary key (account_id, key)
);

-- E-mails the service sends (confirmations, decisions), readable at /dev/outbox.
create table outbox (
  id serial primary key,
  to_address text not null,
  subject text not null,
  body text not null,
  request_id text,
  created_at timestamptz not null default now()
);
