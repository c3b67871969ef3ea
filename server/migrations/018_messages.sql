-- Messages, documents and the family's number (issue 15): the commune's services a family writes to and their
-- themes, each family's threads with them and their messages (plain text, files joined from `attachments`), what
-- the service publishes for every family and the proofs families send, and the number the service knows a
-- registered family by. Everything lives here: no instance keeps any of it in memory.

-- A service of the commune the families write to ("Service"). `themes`: [{ id, name }] (MessageTheme).
-- A commune edits these rows (see server/README.md); the demo seeds its communes'.
create table message_services (
  id text primary key,
  name jsonb not null,
  description jsonb,
  themes jsonb not null default '[]',
  position integer not null default 0
);

-- One subject with one service. `last_message_at`: its newest message's, kept with each message added.
create table threads (
  id text primary key,
  family_id text not null references families (id),
  service_id text not null references message_services (id),
  theme_id text,
  subject text not null check (length(subject) between 1 and 150),
  started_at timestamptz not null,
  last_message_at timestamptz not null
);
create index threads_family on threads (family_id, last_message_at desc);

-- A message of a thread, the family's or the service's. `read_at`: when the family marked the service's read.
-- `position` orders the messages of one instant as they were written.
create table thread_messages (
  id text primary key,
  thread_id text not null references threads (id),
  position bigserial not null,
  sender text not null check (sender in ('family', 'service')),
  author_name text not null check (length(author_name) <= 200),
  sent_at timestamptz not null,
  body text not null check (length(body) between 1 and 5000),
  read_at timestamptz,
  check (read_at is null or sender = 'service')
);
create index thread_messages_thread on thread_messages (thread_id, sent_at, position);
create index thread_messages_unread on thread_messages (thread_id) where sender = 'service' and read_at is null;

-- The files joined to a message, in their order: the family's attachments (the service's files are kept as
-- the family's too), each stored once in `attachments`.
create table thread_message_attachments (
  message_id text not null references thread_messages (id),
  attachment_id text not null references attachments (id),
  position integer not null,
  primary key (message_id, position)
);

-- A document: published by the service for every family of the commune (`family_id` null, its file here,
-- made once by the PDF writer), or a proof a family sent (its file the family's attachment, not copied).
create table documents (
  id text primary key,
  family_id text references families (id),
  category text not null,
  title jsonb not null,
  issued_on date not null,
  child_id text references children (id),
  attachment_id text references attachments (id),
  file_name text,
  media_type text check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  content bytea,
  created_at timestamptz not null default now(),
  check ((family_id is null) = (attachment_id is null)),
  check ((attachment_id is null) = (content is not null and file_name is not null and media_type is not null))
);
create index documents_family on documents (family_id, issued_on desc);

-- The number the service knows a family by ("N° de famille"), given when its parent is registered (the row
-- of `parents` is made then) and never changed: the year it was given and a counter of the commune.
create sequence family_numbers;
alter table parents
  add column number text not null unique
  default to_char(now(), 'YYYY') || '-' || lpad(nextval('family_numbers')::text, 4, '0')
