import { expect } from '@open-wc/testing';
import { checkHealthForm, healthStatus, HealthFormSchema, type HealthForm } from '../../src/domain/index.js';

const form: HealthForm = {
  doctor: { name: 'Dr Marie Lenoir', phone: '+3210658800' },
  allergies: [
    {
      kind: 'food',
      substance: 'Arachides',
      severity: 'severe',
      instructions: 'Stylo d’adrénaline dans le sac.',
    },
  ],
  diet: { noPork: true, vegetarian: false, glutenFree: false },
  glasses: false,
  hearingAid: false,
  canSwim: 'a-little',
  tetanusVaccination: '2022-09-01',
  authorisations: { photos: true, goHomeAlone: false, outings: true, emergencyCare: true },
  contacts: [
    {
      firstName: 'Marc',
      lastName: 'Dubois',
      relation: 'père',
      phone: '+32475123456',
      emergency: true,
      pickup: true,
    },
  ],
};
const options = { today: '2026-11-23', country: 'BE' as const };

describe('health form rules', () => {
  it('accepts a complete form', () => {
    expect(HealthFormSchema.safeParse(form).success).to.equal(true);
    expect(checkHealthForm(form, options)).to.deep.equal([]);
  });

  it('wants at least one contact person, by schema', () => {
    expect(HealthFormSchema.safeParse({ ...form, contacts: [] }).success).to.equal(false);
  });

  it('wants someone to call in an emergency and someone to pick the child up', () => {
    const grandma = { firstName: 'Anne', lastName: 'Dubois', relation: 'grand-mère', phone: '+32475000000' };
    expect(
      checkHealthForm({ ...form, contacts: [{ ...grandma, emergency: true, pickup: false }] }, options),
    ).to.deep.equal([{ field: 'contacts', code: 'contacts.pickup' }]);
    expect(
      checkHealthForm({ ...form, contacts: [{ ...grandma, emergency: false, pickup: true }] }, options),
    ).to.deep.equal([{ field: 'contacts', code: 'contacts.emergency' }]);
    expect(
      checkHealthForm(
        { ...form, contacts: [...form.contacts, { ...grandma, emergency: false, pickup: false }] },
        options,
      ),
    ).to.deep.equal([{ field: 'contacts.1.role', code: 'contact.role' }]);
  });

  it('checks phone numbers and the vaccination date', () => {
    expect(
      checkHealthForm(
        { ...form, doctor: { ...form.doctor, phone: '+3212' }, tetanusVaccination: '2027-01-01' },
        options,
      ),
    ).to.deep.equal([
      { field: 'doctor.phone', code: 'phone.format' },
      { field: 'tetanusVaccination', code: 'date.future' },
    ]);
  });

  it('knows when a form is missing, complete or to be updated', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(healthStatus(undefined, now)).to.equal('missing');
    expect(healthStatus({ confirmedAt: '2026-01-10T09:00:00+01:00' }, now)).to.equal('complete');
    expect(healthStatus({ confirmedAt: '2025-11-01T09:00:00+01:00' }, now)).to.equal('to-update');
    expect(
      healthStatus({ confirmedAt: '2026-01-10T09:00:00+01:00' }, now, 6),
      'the commune’s validity',
    ).to.equal('to-update');
  });
});
