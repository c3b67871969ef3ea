-- Files a family sends with a request (a medical certificate with an absence; later with a message), kept in
-- the database with the rest of the family's data: one backup, one place to erase them, nothing on a disk the
-- instances would have to share. The content was checked before (size, PDF/JPEG/PNG by its first bytes).
create table attachments (
  id text primary key,
  family_id text not null references families (id),
  name text not null,
  media_type text not null check (media_type in ('application/pdf', 'image/jpeg', 'image/png')),
  size_bytes integer not null check (size_bytes between 1 and 10485760),
  sha256 text not null,
  content bytea not null,
  created_at timestamptz not null default now()
);
create index attachments_family on attachments (family_id, created_at);
