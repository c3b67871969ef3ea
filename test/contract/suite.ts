import assert from 'node:assert/strict';
import { after, before, beforeEach, it } from 'node:test';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import { operations } from '../../src/domain/operations/index.js';
import type { ContractBackend } from './backends.js';
import { attachmentsContract } from './attachments.js';
import { calendarContract, frenchCalendarContract } from './calendar.js';
import { calendarFeedContract } from './calendar-feed.js';
import { calendarOfficeContract } from './calendar-office.js';
import { campsContract } from './camps.js';
import { cartContract } from './cart.js';
import { childrenContract } from './children.js';
import { familyContract } from './family.js';
import { invoicesContract } from './invoices.js';
import { messagesContract } from './messages.js';

/** The adapter, noting which operations of the table the suite calls. */
function noting(adapter: FamilyPortalAdapter, called: Set<string>): FamilyPortalAdapter {
  return new Proxy(adapter, {
    get(target, name, receiver) {
      const value: unknown = Reflect.get(target, name, receiver);
      if (typeof name !== 'string' || typeof value !== 'function') return value;
      if (name in operations) called.add(name);
      return (value as (...args: unknown[]) => unknown).bind(target);
    },
  });
}

/**
 * What every backend must do, whatever it is: the elements rely on exactly
 * this. Run against the memory adapter and the REST adapter on the reference
 * server (PGlite, and PostgreSQL when DATABASE_URL is set), one part per
 * feature of the operation table; the suite must call every operation.
 */
export function contractSuite(open: () => Promise<ContractBackend>): void {
  let backend: ContractBackend;
  const called = new Set<string>();
  before(async () => {
    const opened = await open();
    backend = { ...opened, adapter: async (family) => noting(await opened.adapter(family), called) };
  });
  after(() => backend.close());
  beforeEach(() => backend.reset());
  const current = () => backend;

  familyContract(current);
  childrenContract(current);
  campsContract(current);
  cartContract(current);
  attachmentsContract(current);
  calendarContract(current);
  calendarFeedContract(current);
  calendarOfficeContract(current);
  invoicesContract(current);
  messagesContract(current);

  it('calls every operation of the table', () => {
    assert.deepEqual(
      Object.keys(operations).filter((name) => !called.has(name)),
      [],
      'operations the contract suite never calls',
    );
  });
}

/** The calendar on the French demo commune (family quotients, the canteen's monthly deadline), on its own backend. */
export function frenchCalendarSuite(open: () => Promise<ContractBackend>): void {
  let backend: ContractBackend;
  before(async () => {
    backend = await open();
  });
  after(() => backend.close());
  beforeEach(() => backend.reset());
  frenchCalendarContract(() => backend);
}
