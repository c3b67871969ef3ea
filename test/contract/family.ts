import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { ContractBackend } from './backends.js';
import { failure, key } from './support.js';
import { sophie } from '../fixtures.js';

/** The family: reading, registering a parent, changing one’s details. */
export function familyContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  beforeEach(() => {
    backend = current();
  });

  describe('reading', () => {
    it('gives the commune’s settings and the signed-in family', async () => {
      const adapter = await backend.adapter('known');
      const commune = await adapter.getCommune();
      assert.equal(commune.country, 'BE');
      assert.equal(commune.nationalNumber, 'required');
      const family = await adapter.getFamily();
      assert.equal(family.parent?.lastName, 'Dubois');
      assert.deepEqual(
        family.children.map((child) => [child.firstName, child.healthForm]),
        [
          ['Léa', 'complete'],
          ['Tom', 'to-update'],
        ],
      );
      // Then the calendar's requests (calendar-office.ts).
      assert.deepEqual(
        family.requests.slice(0, 3).map((request) => [request.kind, request.status]),
        [
          ['parent-registration', 'accepted'],
          ['parent-change', 'accepted'],
          ['parent-change', 'refused'],
        ],
      );
      const refused = family.requests[2]!;
      assert.match(refused.history.at(-1)?.message ?? '', /preuve de domicile/);
      assert.deepEqual(await adapter.getRequest(refused.id), refused);
    });

    it('knows a new parent’s account but no parent yet', async () => {
      const family = await (await backend.adapter('new')).getFamily();
      assert.equal(family.parent, null);
      assert.equal(family.account.email, 'sophie.lambert@example.be');
      assert.deepEqual(family.requests, []);
    });

    it('answers not-found for a request that is not the family’s', async () => {
      const known = await backend.adapter('known');
      const theirs = (await known.getFamily()).requests[0]!.id;
      const other = await backend.adapter('empty');
      assert.equal((await failure(other.getRequest(theirs))).type, 'not-found');
      assert.equal((await failure(other.getRequest('no-such-request'))).type, 'not-found');
    });
  });

  describe('registering a parent', () => {
    it('records it with a number, a tracking code and its history; the parent is then known', async () => {
      const adapter = await backend.adapter('new');
      const receipt = await adapter.registerParent(sophie, key());
      assert.equal(receipt.kind, 'parent-registration');
      assert.equal(receipt.status, 'accepted');
      assert.match(receipt.number, /^\d{2}-\d+$/);
      assert.match(receipt.trackingCode, /^[A-Z]{8}$/);
      assert.deepEqual(
        receipt.history.map((entry) => entry.status),
        ['registration-received', 'registered'],
      );
      const family = await adapter.getFamily();
      assert.equal(family.parent?.nationalNumber, '85073003328');
      assert.deepEqual(family.requests, [receipt]);
      assert.equal((await failure(adapter.registerParent(sophie, key()))).code, 'parent.already-registered');
    });

    it('replays a repeated idempotency key and refuses it for another payload', async () => {
      const adapter = await backend.adapter('new');
      const once = key();
      const first = await adapter.registerParent(sophie, once);
      assert.deepEqual(await adapter.registerParent(sophie, once), first);
      assert.equal((await adapter.getFamily()).requests.length, 1);
      const mismatch = await failure(adapter.registerParent({ ...sophie, firstName: 'Lise' }, once));
      assert.equal(mismatch.type, 'conflict');
      assert.equal(mismatch.code, 'idempotency.mismatch');
      assert.equal(mismatch.retryable, false);
    });

    it('refuses invalid details field by field, and records nothing', async () => {
      const adapter = await backend.adapter('new');
      const error = await failure(
        adapter.registerParent({ ...sophie, nationalNumber: '85073003329', email: 'someone@else.be' }, key()),
      );
      assert.equal(error.type, 'validation');
      assert.deepEqual(error.fieldIssues, [
        { field: 'nationalNumber', code: 'national-number.checksum' },
        { field: 'email', code: 'email.mismatch' },
      ]);
      const postcode = await failure(
        adapter.registerParent({ ...sophie, address: { ...sophie.address, postcode: '59210' } }, key()),
      );
      assert.deepEqual(postcode.fieldIssues, [{ field: 'address.postcode', code: 'postcode.format' }]);
      assert.deepEqual((await adapter.getFamily()).requests, []);
    });
  });

  describe('changing one’s details', () => {
    it('records a pending change with what changes; the service accepts it, then the details change', async () => {
      const adapter = await backend.adapter('known');
      const { parent } = await adapter.getFamily();
      const { id: _id, ...identity } = parent!;
      const receipt = await adapter.requestParentChange(
        { identity: { ...identity, phone: '+32471223344' }, comment: 'Nouveau GSM' },
        key(),
      );
      assert.equal(receipt.status, 'pending');
      assert.deepEqual(receipt.changes, [{ field: 'phone', from: '0475 12 34 56', to: '0471 22 33 44' }]);
      assert.equal(receipt.history[0]?.message, 'Nouveau GSM');
      assert.equal((await adapter.getFamily()).parent?.phone, '+32475123456', 'unchanged while pending');
      const again = await failure(
        adapter.requestParentChange({ identity: { ...identity, lastName: 'Durand' } }, key()),
      );
      assert.equal(again.code, 'change.pending');

      await backend.decide('known', adapter, receipt.id, 'accepted');
      const after = await adapter.getFamily();
      assert.equal(after.parent?.phone, '+32471223344');
      const decided = after.requests.find((request) => request.id === receipt.id);
      assert.equal(decided?.status, 'accepted');
      assert.equal(decided?.history.at(-1)?.status, 'change-accepted');
    });

    it('keeps the details when the service refuses, with its reason', async () => {
      const adapter = await backend.adapter('known');
      const { parent } = await adapter.getFamily();
      const { id: _id, ...identity } = parent!;
      const receipt = await adapter.requestParentChange(
        { identity: { ...identity, lastName: 'Durand' } },
        key(),
      );
      await backend.decide('known', adapter, receipt.id, 'refused', 'Joignez une copie de l’acte.');
      const refused = await adapter.getRequest(receipt.id);
      assert.equal(refused.status, 'refused');
      assert.equal(refused.history.at(-1)?.message, 'Joignez une copie de l’acte.');
      assert.equal((await adapter.getFamily()).parent?.lastName, 'Dubois');
    });

    it('refuses a change that changes nothing, and one from a parent not registered', async () => {
      const adapter = await backend.adapter('known');
      const { parent } = await adapter.getFamily();
      const { id: _id, ...identity } = parent!;
      const none = await failure(adapter.requestParentChange({ identity }, key()));
      assert.deepEqual(none.fieldIssues, [{ field: 'comment', code: 'change.none' }]);
      const stranger = await backend.adapter('new');
      assert.equal(
        (await failure(stranger.requestParentChange({ identity: sophie }, key()))).code,
        'parent.not-registered',
      );
    });
  });
}
