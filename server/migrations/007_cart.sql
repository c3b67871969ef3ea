-- The cart (issue 5): "Clôturer mes demandes" puts one article in it for the requests closed together,
-- with their total and the deadline to pay; removing it cancels them and frees their places.

create sequence cart_numbers;

create table cart_articles (
  id text primary key,
  family_id text not null references families (id),
  label text not null,
  request_ids jsonb not null,
  request_numbers jsonb not null,
  amount_cents integer not null check (amount_cents >= 0),
  currency text not null default 'EUR',
  preview jsonb not null,
  created_at timestamptz not null,
  due_at timestamptz not null,
  status text not null check (status in ('unpaid', 'paid', 'removed', 'expired'))
);
