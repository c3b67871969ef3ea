import assert from 'node:assert/strict';
import { AdapterError, type FamilyPortalAdapter } from '../../src/adapter/index.js';
import { type Camp, type CampWeek } from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';

let keys = 0;
export const key = () => ({ idempotencyKey: `contract-${Date.now()}-${(keys += 1)}` });

export async function failure(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof AdapterError, `expected an AdapterError, got ${String(error)}`);
    return error;
  }
  assert.fail('expected the call to fail');
}

/** `date` (`yyyy-MM-dd`) moved by `days`. */
export function shift(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * A camp whose registration stays open while it runs, as a commune may leave
 * it: `count` days from `first` open (every age, Léa included), in whole
 * Monday-to-Sunday weeks, the other days closed.
 */
export function runningCamp(first: string, count: number): Camp {
  const open = new Set(Array.from({ length: count }, (_, index) => shift(first, index)));
  const weekday = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const weeks: CampWeek[] = [];
  for (
    let monday = shift(first, -weekday(first));
    monday <= shift(first, count - 1);
    monday = shift(monday, 7)
  ) {
    const thursday = new Date(`${shift(monday, 3)}T00:00:00Z`);
    const isoYear = thursday.getUTCFullYear();
    const isoWeek = 1 + Math.floor((thursday.getTime() - Date.UTC(isoYear, 0, 1)) / (7 * 86_400_000));
    weeks.push({
      id: `en-cours-s${isoWeek}`,
      isoYear,
      isoWeek,
      theme: 'En cours',
      days: Array.from({ length: 7 }, (_, index) => {
        const date = shift(monday, index);
        return { date, open: open.has(date), activities: [] };
      }),
    });
  }
  return {
    id: `en-cours-${first}`,
    name: 'Stage en cours',
    kind: 'stage',
    registration: {
      opensAt: `${shift(first, -30)}T08:00:00+01:00`,
      closesAt: `${shift(first, 30)}T18:00:00+01:00`,
    },
    wholeWeeksOnly: false,
    paymentDelayDays: 3,
    currency: 'EUR',
    tariffs: { resident: { dayCents: 1500 }, nonResident: { dayCents: 2000 } },
    groups: [{ id: 'tous', label: 'Tous' }],
    weeks,
  };
}

/** The camp tests' helpers, on the backend of the test that runs. */
export function campHelpers(current: () => ContractBackend) {
  const openDays = (week: { days: { date: string; open: boolean }[] }) =>
    week.days.filter((day) => day.open).map((day) => day.date);

  /** A girl who turns 5 in the spring before the summer ("5–6 ans"), with her health form: ready to enrol. */
  async function ines(adapter: FamilyPortalAdapter, first: string, firstName = 'Inès'): Promise<string> {
    const { childId } = await adapter.registerChild(
      {
        lastName: 'Dubois',
        firstName,
        birthDate: `${Number(first.slice(0, 4)) - 5}-03-10`,
        sex: 'female',
        schoolSiteId: 'centre',
        schoolGradeId: 'm3',
        invoicesTo: 'me',
      },
      key(),
    );
    // Léa's health form (the known family's), for her.
    const form = (await (await current().adapter('known')).getChild('chi-1')).health!.form;
    await adapter.submitHealthForm(childId, form, key());
    return childId;
  }

  /** A new girl of the family (see `ines`) enrolled in the summer `camp` on `dates`. */
  async function enrolNew(adapter: FamilyPortalAdapter, camp: Camp, name: string, dates: readonly string[]) {
    const childId = await ines(adapter, openDays(camp.weeks[0]!)[0]!, name);
    return adapter.enrolInCamp({ campId: camp.id, childId, days: dates.map((date) => ({ date })) }, key());
  }

  /** One enrolment request as "Mes inscriptions" shows it. */
  async function enrolmentOf(adapter: FamilyPortalAdapter, requestId: string) {
    const enrolment = (await adapter.getCampEnrolments()).find(({ receipt }) => receipt.id === requestId);
    assert.ok(enrolment, `enrolment ${requestId} listed`);
    return enrolment;
  }

  return { openDays, ines, enrolNew, enrolmentOf };
}
