import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { PlanningCell, RequestReceipt } from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';
import { failure } from './support.js';

/*
 * The service's decisions on calendar requests (its back office), on the
 * Belgian demo data as of Monday 1 March 2027 (see calendar.ts): the seeded
 * booking request still awaits the service for Léa's Wednesday 10 March
 * (requested: 2 places left), her late cancellation of Wednesday 3 March and
 * Tom's place on the full Tuesday 16th (waiting); her absence of Tuesday
 * 9 March awaits it too.
 */

const monday = new Date('2027-03-01T07:00:00Z');
const range = { from: '2027-03-01', to: '2027-03-31' };
const lea = 'chi-1';
const tom = 'chi-2';
const calendarKinds = new Set(['booking', 'period-booking', 'planning-copy', 'absence']);

export function calendarOfficeContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  let adapter: FamilyPortalAdapter;
  const cellOf = async (family: FamilyPortalAdapter, childId: string, unitId: string, date: string) => {
    const planning = await family.getPlanning(range);
    const found = planning.children
      .find((child) => child.childId === childId)
      ?.cells.find((cell) => cell.unitId === unitId && cell.date === date);
    assert.ok(found, `a cell for ${childId}, ${unitId}, ${date}`);
    return found;
  };
  const cell = (childId: string, unitId: string, date: string) => cellOf(adapter, childId, unitId, date);
  /** The family's pending calendar request of `kind`. */
  const pendingOf = async (kind: RequestReceipt['kind']) => {
    const found = (await adapter.getFamily()).requests.find(
      (request) => request.kind === kind && request.status === 'pending',
    );
    assert.ok(found, `a pending ${kind} request`);
    return found;
  };
  /** The places every family left on a Wednesday, as Tom's cell (not enrolled) tells them. */
  const placesLeft = async (date: string): Promise<PlanningCell['placesLeft']> =>
    (await cell(tom, 'be-wednesday', date)).placesLeft;
  const mailsTo = async (number: string) =>
    (await backend.outbox?.())?.filter((mail) => mail.subject.includes(number));

  beforeEach(async () => {
    backend = current();
    await backend.calendarAt(monday);
    adapter = await backend.adapter('known');
  });

  describe('the service’s decisions on calendar requests', () => {
    it('lists the requests that made the demo’s days, those awaiting the service pending', async () => {
      await adapter.getPlanning(range);
      const requests = (await adapter.getFamily()).requests.filter((request) =>
        calendarKinds.has(request.kind),
      );
      assert.deepEqual(requests.map((request) => `${request.kind} ${request.status}`).sort(), [
        'absence accepted',
        'absence pending',
        'booking pending',
        'booking refused',
        'period-booking accepted',
      ]);
      const refused = requests.find((request) => request.status === 'refused')!;
      assert.equal(refused.history.at(-1)?.status, 'calendar-refused');
      assert.match(refused.history.at(-1)?.message ?? '', /complet/);
    });

    it('accepted: the requested day is booked, its place kept; the late cancellation cancelled', async () => {
      const request = await pendingOf('booking');
      assert.equal(await placesLeft('2027-03-10'), 2);
      await backend.decide('known', adapter, request.id, 'accepted');
      assert.equal((await cell(lea, 'be-wednesday', '2027-03-10')).status, 'booked');
      assert.equal(await placesLeft('2027-03-10'), 2, 'the place stays taken');
      const cancelled = await cell(lea, 'be-wednesday', '2027-03-03');
      assert.equal(cancelled.status, 'available', 'the cancelled day is free again');
      assert.equal((await cell(tom, 'be-meal', '2027-03-16')).status, 'waiting', 'still waiting for a place');
      const decided = await adapter.getRequest(request.id);
      assert.equal(decided.status, 'accepted');
      assert.deepEqual(
        [decided.history.at(-1)?.status, decided.history.at(-1)?.params?.booked],
        ['calendar-accepted', 1],
      );
      const mails = await mailsTo(request.number);
      if (mails) {
        assert.equal(mails.length, 1, 'one e-mail');
        assert.match(mails[0]!.subject, /a été acceptée/);
        assert.match(mails[0]!.body, /Léa, du 3 mars 2027 au 16 mars 2027\. Réservés : 1/);
      }
    });

    it('refused: each day refused with the service’s note, its place given back, the family told why', async () => {
      const request = await pendingOf('booking');
      await backend.decide('known', adapter, request.id, 'refused', 'Le groupe est complet.');
      const refused = await cell(lea, 'be-wednesday', '2027-03-10');
      assert.deepEqual([refused.status, refused.note], ['refused', 'Le groupe est complet.']);
      assert.equal(await placesLeft('2027-03-10'), 3, 'the place is given back');
      assert.equal((await cell(lea, 'be-wednesday', '2027-03-03')).status, 'booked', 'the day stays booked');
      assert.equal((await cell(tom, 'be-meal', '2027-03-16')).status, 'refused', 'off the waiting list');
      assert.equal((await adapter.getRequest(request.id)).status, 'refused');
      const mails = await mailsTo(request.number);
      if (mails) {
        assert.match(mails[0]!.subject, /a été refusée/);
        assert.match(mails[0]!.body, /Motif : Le groupe est complet\./);
      }
    });

    it('decides day by day: one accepted, one refused, the request accepted', async () => {
      const request = await pendingOf('booking');
      await backend.decide('known', adapter, request.id, 'accepted', 'Hors délai.', [
        { childId: lea, unitId: 'be-wednesday', date: '2027-03-03', decision: 'refused' },
      ]);
      assert.equal((await cell(lea, 'be-wednesday', '2027-03-10')).status, 'booked');
      assert.equal((await cell(lea, 'be-wednesday', '2027-03-03')).status, 'booked');
      assert.equal((await adapter.getRequest(request.id)).status, 'accepted');
    });

    it('excuses an absence, and refuses deciding it twice', async () => {
      const request = await pendingOf('absence');
      await backend.decide('known', adapter, request.id, 'accepted');
      assert.equal((await cell(lea, 'be-meal', '2027-03-09')).status, 'absent-excused');
      assert.equal((await adapter.getRequest(request.id)).status, 'accepted');
      const again = await failure(backend.decide('known', adapter, request.id, 'refused'));
      assert.deepEqual([again.type, again.code], ['conflict', 'request.not-pending']);
      assert.equal((await cell(lea, 'be-meal', '2027-03-09')).status, 'absent-excused');
    });

    it('bills a refused absence', async () => {
      const request = await pendingOf('absence');
      await backend.decide('known', adapter, request.id, 'refused', 'Pas de certificat.');
      assert.equal((await cell(lea, 'be-meal', '2027-03-09')).status, 'absent-billed');
    });

    it('answers not-found for another family’s request', async () => {
      const request = await pendingOf('booking');
      const other = await backend.adapter('separated');
      const error = await failure(backend.decide('separated', other, request.id, 'accepted'));
      assert.equal(error.type, 'not-found');
      assert.equal((await cell(lea, 'be-wednesday', '2027-03-10')).status, 'requested');
    });
  });
}
