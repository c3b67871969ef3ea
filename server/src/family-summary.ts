import { FamilySummarySchema, type FamilySummary } from '../../src/domain/index.js';
import type { Db } from './db.js';
import { documentCount } from './documents.js';
import { getInvoices } from './invoices.js';
import { unreadMessages } from './messages.js';
import type { Family, ServiceOptions } from './requests.js';

/*
 * The family at a glance (the portal's home and its tabs' counts): its
 * number, what the invoice list says it owes (the same code, not a second
 * sum), the service's messages it has not read, its requests still pending
 * and its documents.
 */

export async function getFamilySummary(
  db: Db,
  family: Family,
  service: Pick<ServiceOptions, 'now' | 'commune'>,
): Promise<FamilySummary> {
  const [invoices, [counts], unread, documents] = await Promise.all([
    getInvoices(db, family, {}, service, false),
    db.query<{ number: string | null; pending: number | string }>(
      `select (select number from parents where family_id = $1) as number,
              (select count(*) from requests where family_id = $1 and status = 'pending') as pending`,
      [family.id],
    ),
    unreadMessages(db, family.id),
    documentCount(db, family.id),
  ]);
  return FamilySummarySchema.parse({
    familyNumber: counts?.number ?? null,
    balanceCents: invoices.balanceCents,
    unpaidInvoices: invoices.invoices.filter(
      (invoice) => !invoice.creditNote && (invoice.state === 'unpaid' || invoice.state === 'partly-paid'),
    ).length,
    currency: 'EUR',
    unreadMessages: unread,
    pendingRequests: Number(counts?.pending ?? 0),
    documents,
  });
}
