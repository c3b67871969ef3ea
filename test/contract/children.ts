import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { textIn } from '../../src/domain/index.js';
import type { ContractBackend } from './backends.js';
import { failure, key } from './support.js';

/** The children: schools, registration, records, health forms and changes. */
export function childrenContract(current: () => ContractBackend): void {
  let backend: ContractBackend;
  beforeEach(() => {
    backend = current();
  });

  describe('children', () => {
    const zoe = {
      lastName: 'Dubois',
      firstName: 'Zoé',
      birthDate: '2020-02-14',
      sex: 'female' as const,
      schoolSiteId: 'centre',
      schoolGradeId: 'm3',
      invoicesTo: 'me' as const,
    };

    it('lists the school sites and their grades', async () => {
      const schools = await (await backend.adapter('known')).getSchools();
      assert.ok(schools.length >= 2);
      const grades = schools[0]?.grades.slice(0, 2) ?? [];
      assert.deepEqual(
        grades.map((grade) => textIn(grade.label, 'fr')),
        ['1re maternelle', '2e maternelle'],
      );
      assert.deepEqual(
        grades.map((grade) => textIn(grade.label, 'nl')),
        ['1ste kleuterklas', '2de kleuterklas'],
      );
    });

    it('shows each child with the state of their health form, and one child in full', async () => {
      const adapter = await backend.adapter('known');
      const family = await adapter.getFamily();
      assert.deepEqual(
        family.children.map((child) => [child.firstName, child.healthForm, child.identityComplete]),
        [
          ['Léa', 'complete', true],
          ['Tom', 'to-update', true],
        ],
      );
      const lea = await adapter.getChild(family.children[0]!.id);
      assert.equal(lea.identity.sex, 'female');
      assert.equal(lea.health?.form.contacts[0]?.pickup, true);
      assert.equal((await failure((await backend.adapter('separated')).getChild(lea.id))).type, 'not-found');
    });

    it('registers a child, whose health form is then missing', async () => {
      const adapter = await backend.adapter('known');
      const registration = await adapter.registerChild(zoe, key());
      assert.equal(registration.linked, false);
      assert.equal(registration.receipt.kind, 'child-registration');
      assert.equal(registration.receipt.childId, registration.childId);
      assert.deepEqual(
        registration.receipt.history.map((entry) => entry.status),
        ['child-received', 'child-registered'],
      );
      const child = await adapter.getChild(registration.childId);
      assert.deepEqual(child.identity, zoe);
      assert.equal(child.healthForm, 'missing');
      assert.equal((await adapter.getFamily()).children.length, 3);
    });

    it('links a child the family already has instead of creating them twice', async () => {
      const adapter = await backend.adapter('known');
      const first = await adapter.registerChild(zoe, key());
      const again = await adapter.registerChild({ ...zoe, firstName: 'ZOE', schoolGradeId: 'p1' }, key());
      assert.equal(again.linked, true);
      assert.equal(again.childId, first.childId);
      assert.equal(again.receipt.history.at(-1)?.status, 'child-linked');
      assert.equal((await adapter.getFamily()).children.length, 3);
    });

    it('refuses a declaration that does not hold, field by field', async () => {
      const adapter = await backend.adapter('known');
      const error = await failure(
        adapter.registerChild({ ...zoe, nationalNumber: '16051212413', schoolGradeId: 'p9' }, key()),
      );
      assert.equal(error.type, 'validation');
      assert.deepEqual(error.fieldIssues, [
        { field: 'nationalNumber', code: 'national-number.birth-date-mismatch' },
        { field: 'schoolGradeId', code: 'choice.unknown' },
      ]);
      const stranger = await backend.adapter('new');
      assert.equal((await failure(stranger.registerChild(zoe, key()))).code, 'parent.not-registered');
    });
  });

  describe('health forms and changes for a child', () => {
    it('records a first health form at once, and the child is then complete', async () => {
      const adapter = await backend.adapter('separated');
      const [yasmine] = (await adapter.getFamily()).children;
      assert.equal(yasmine?.healthForm, 'missing');
      const form = (await (await backend.adapter('known')).getChild('chi-1')).health!.form;
      const receipt = await adapter.submitHealthForm(yasmine!.id, form, key());
      assert.equal(receipt.kind, 'health-form');
      assert.equal(receipt.status, 'accepted');
      assert.deepEqual(
        receipt.history.map((entry) => entry.status),
        ['health-form-received', 'health-form-recorded'],
      );
      assert.equal((await adapter.getChild(yasmine!.id)).healthForm, 'complete');
      assert.equal((await adapter.getFamily()).children[0]?.healthForm, 'complete');
    });

    it('confirms an outdated form sent back unchanged', async () => {
      const adapter = await backend.adapter('known');
      const tom = await adapter.getChild('chi-2');
      assert.equal(tom.healthForm, 'to-update');
      const receipt = await adapter.submitHealthForm(tom.id, tom.health!.form, key());
      assert.equal(receipt.history.at(-1)?.status, 'health-form-confirmed');
      assert.equal((await adapter.getChild(tom.id)).healthForm, 'complete');
    });

    it('sends a changed form as a change request; the service accepts it, then it applies', async () => {
      const adapter = await backend.adapter('known');
      const lea = await adapter.getChild('chi-1');
      const granny = {
        firstName: 'Anne',
        lastName: 'Dubois',
        relation: 'grand-mère',
        phone: '+32475000000',
        emergency: false,
        pickup: true,
      };
      const form = { ...lea.health!.form, contacts: [...lea.health!.form.contacts, granny] };
      const receipt = await adapter.submitHealthForm(lea.id, form, key());
      assert.equal(receipt.kind, 'child-change');
      assert.equal(receipt.status, 'pending');
      assert.equal(receipt.childId, lea.id);
      assert.deepEqual(
        receipt.changes?.map((change) => change.field),
        ['health.contacts'],
      );
      assert.equal(
        (await adapter.getChild(lea.id)).health?.form.contacts.length,
        1,
        'unchanged while pending',
      );
      await backend.decide('known', adapter, receipt.id, 'accepted');
      assert.equal((await adapter.getChild(lea.id)).health?.form.contacts.length, 2);
    });

    it('refuses a change of school with the service’s reason, and keeps the child as they were', async () => {
      const adapter = await backend.adapter('known');
      const lea = await adapter.getChild('chi-1');
      const receipt = await adapter.requestChildChange(
        lea.id,
        {
          identity: { ...lea.identity, schoolSiteId: 'corbais', schoolGradeId: 'p5' },
          comment: 'Déménagement',
        },
        key(),
      );
      assert.deepEqual(
        receipt.changes?.map((change) => change.field),
        ['identity.schoolSiteId', 'identity.schoolGradeId'],
      );
      const again = await failure(adapter.requestChildChange(lea.id, { comment: 'Encore' }, key()));
      assert.equal(again.code, 'change.pending');
      await backend.decide('known', adapter, receipt.id, 'refused', 'Plus de place à Corbais.');
      const refused = await adapter.getRequest(receipt.id);
      assert.equal(refused.history.at(-1)?.status, 'child-change-refused');
      assert.equal(refused.history.at(-1)?.message, 'Plus de place à Corbais.');
      assert.equal((await adapter.getChild(lea.id)).identity.schoolSiteId, 'centre');
    });

    it('says what is wrong with a health form, and keeps other families’ children out of reach', async () => {
      const adapter = await backend.adapter('known');
      const lea = await adapter.getChild('chi-1');
      const contacts = lea.health!.form.contacts.map((contact) => ({ ...contact, pickup: false }));
      const error = await failure(adapter.submitHealthForm(lea.id, { ...lea.health!.form, contacts }, key()));
      assert.deepEqual(error.fieldIssues, [{ field: 'contacts', code: 'contacts.pickup' }]);
      const stranger = await backend.adapter('separated');
      assert.equal(
        (await failure(stranger.submitHealthForm(lea.id, lea.health!.form, key()))).type,
        'not-found',
      );
      assert.equal(
        (await failure(stranger.requestChildChange(lea.id, { comment: 'x' }, key()))).type,
        'not-found',
      );
    });
  });
}
