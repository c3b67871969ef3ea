-- Payments (issue 5): one per "Payer" on an unpaid cart article; the provider's signed return completes it.

create table payments (
  id text primary key,
  family_id text not null references families (id),
  article_id text not null references cart_articles (id),
  status text not null check (status in ('started', 'paid', 'refused', 'cancelled')),
  return_url text not null,
  created_at timestamptz not null,
  completed_at timestamptz
);
