-- Invoices (issue 14): the commune's services that invoice ("régies"), the invoices and credit notes the
-- monthly billing run issues (InvoiceRecord of src/domain/invoices/records.ts: lines and days as jsonb,
-- immutable but for their status and dispute), their PDF made once at issue, and the payments against them
-- (online through the provider, by transfer, in cash, a credit note used), each with its allocations.

-- A service that invoices: where its invoices are paid by transfer, and where a transferred one is paid.
-- `bills`: what the billing run gives it ('bookings': the calendar's months, 'camps': paid cart articles).
-- A commune edits these rows (see server/README.md); the demo seeds its two communes'.
create table regies (
  id text primary key,
  name jsonb not null,
  beneficiary text not null check (length(beneficiary) between 1 and 70),
  iban text not null check (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  bic text check (bic ~ '^[A-Z0-9]{8}([A-Z0-9]{3})?$'),
  payment_days integer not null default 30 check (payment_days between 0 and 365),
  treasury jsonb,
  bailiff jsonb,
  bills text[] not null default '{}',
  position integer not null default 0
);

-- Invoice numbers run without gaps per year: the counter's row is locked by the transaction that issues.
create table invoice_counters (
  year integer primary key,
  last integer not null default 0 check (last >= 0)
);

create table invoices (
  id text primary key,
  family_id text not null references families (id),
  number text not null unique,
  regie_id text not null references regies (id),
  issued_on date not null,
  due_on date not null,
  period_from date not null,
  period_to date not null,
  children jsonb not null,
  lines jsonb not null,
  days jsonb,
  total_cents integer not null,
  reference jsonb not null,
  status text not null check (status in ('open', 'cancelled', 'transferred')),
  transferred_to text check (transferred_to in ('treasury', 'bailiff')),
  closed_on date,
  credits text references invoices (id),
  dispute_request_id text references requests (id),
  -- Where the billing run took it from: a month of bookings, a cart article, a dispute's credit note.
  -- Unique per family, so that a second or concurrent run can never bill a source twice.
  source text not null,
  -- The PDF as issued, in the family's language (else the commune's).
  pdf_name text not null,
  pdf bytea not null,
  created_at timestamptz not null default now(),
  unique (family_id, source),
  check ((status = 'transferred') = (transferred_to is not null))
);
create index invoices_family on invoices (family_id, issued_on desc);

-- Money against invoices. `allocations`: [{ invoiceId, amountCents }] (a credit note's use is negative on it).
-- An online payment is `started` until the provider's signed answer, which settles it once.
create table invoice_payments (
  id text primary key,
  family_id text not null references families (id),
  method text not null check (method in ('online', 'transfer', 'cash', 'credit-note')),
  status text not null check (status in ('started', 'paid', 'refused', 'cancelled')),
  allocations jsonb not null,
  amount_cents integer not null,
  started_at timestamptz not null,
  completed_at timestamptz,
  return_url text
);
create index invoice_payments_family on invoice_payments (family_id, started_at);
