import { expect } from '@open-wc/testing';
import {
  checkParentIdentity,
  diffParentIdentity,
  emptyParentForm,
  identityToForm,
  parseParentForm,
  type CommuneSettings,
  type ParentForm,
} from '../../src/domain/index.js';
import { sophie } from '../fixtures.js';

const belgian: CommuneSettings = {
  id: 'msg',
  name: 'Commune de Mont-Saint-Guibert',
  country: 'BE',
  nationalNumber: 'required',
  serviceName: 'Service Accueil Extrascolaire',
  contactEmail: 'accueil@example.be',
};
const french: CommuneSettings = { ...belgian, id: 'cb', country: 'FR', nationalNumber: 'hidden' };

const filled: ParentForm = {
  ...emptyParentForm('sophie.lambert@example.be'),
  lastName: ' Lambert ',
  firstName: 'Sophie',
  nationalNumber: '85.07.30-033.28',
  'address.street': 'Rue des  Écoles',
  'address.number': '12',
  'address.postcode': '1435',
  'address.city': 'Mont-Saint-Guibert',
  phone: '0496 44 41 11',
};

describe('parent details rules', () => {
  it('gives the wire form of valid details: trimmed, 11 digits, E.164, no empty box', () => {
    const result = parseParentForm(filled, belgian);
    expect(result).to.deep.equal({ ok: true, value: sophie });
  });

  it('lists every problem in the order of the form, each with its own code', () => {
    const result = parseParentForm(
      {
        ...filled,
        lastName: '',
        nationalNumber: '85.07.30-033.29',
        'address.postcode': '14350',
        phone: '12',
        email: 'x@',
      },
      belgian,
    );
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.issues).to.deep.equal([
      { field: 'lastName', code: 'required' },
      { field: 'nationalNumber', code: 'national-number.checksum' },
      { field: 'address.postcode', code: 'postcode.format' },
      { field: 'phone', code: 'phone.format' },
      { field: 'email', code: 'email.format' },
    ]);
  });

  it('follows the commune’s rule for the national number', () => {
    const withoutNumber = { ...filled, nationalNumber: '' };
    expect(parseParentForm(withoutNumber, belgian).ok).to.equal(false);
    expect(parseParentForm(withoutNumber, { ...belgian, nationalNumber: 'optional' }).ok).to.equal(true);
    const frenchForm = { ...withoutNumber, 'address.postcode': '59210', phone: '06 12 34 56 78' };
    const result = parseParentForm(frenchForm, french);
    expect(result.ok && result.value.nationalNumber).to.equal(undefined);
    expect(result.ok && result.value.address.country).to.equal('FR');
  });

  it('refuses text longer than the service keeps', () => {
    const result = parseParentForm({ ...filled, firstName: 'x'.repeat(81) }, belgian);
    expect(!result.ok && result.issues).to.deep.equal([{ field: 'firstName', code: 'too-long' }]);
  });

  it('shows stored details the way the parent typed them, and round-trips', () => {
    const result = parseParentForm(filled, belgian);
    if (!result.ok) throw new Error('valid details refused');
    const form = identityToForm(result.value, belgian);
    expect(form.nationalNumber).to.equal('85.07.30-033.28');
    expect(form.phone).to.equal('0496 44 41 11');
    expect(form['address.box']).to.equal('');
    expect(parseParentForm(form, belgian)).to.deep.equal(result);
  });

  it('checks an identity from outside against the schema and the commune', () => {
    const result = parseParentForm(filled, belgian);
    if (!result.ok) throw new Error('valid details refused');
    expect(checkParentIdentity(result.value, belgian)).to.deep.equal([]);
    expect(checkParentIdentity({ ...result.value, nationalNumber: '85073003329' }, belgian)).to.deep.equal([
      { field: 'nationalNumber', code: 'national-number.checksum' },
    ]);
    expect(checkParentIdentity({ ...result.value, nationalNumber: undefined }, belgian)).to.deep.equal([
      { field: 'nationalNumber', code: 'required' },
    ]);
    expect(
      checkParentIdentity(
        { ...result.value, address: { ...result.value.address, postcode: '59210' } },
        belgian,
      ),
    ).to.deep.equal([{ field: 'address.postcode', code: 'postcode.format' }]);
    expect(checkParentIdentity({ ...result.value, lastName: '', email: 'nope' }, belgian)).to.deep.equal([
      { field: 'lastName', code: 'required' },
      { field: 'email', code: 'email.format' },
    ]);
    expect(checkParentIdentity(result.value, french)).to.deep.equal([
      { field: 'nationalNumber', code: 'national-number.format' },
      { field: 'address.postcode', code: 'postcode.format' },
    ]);
  });

  it('lists what a change request changes, as the parent reads it', () => {
    const before = parseParentForm(filled, belgian);
    const after = parseParentForm(
      { ...filled, 'address.street': 'Rue Neuve', phone: '+32 475 12 34 56' },
      belgian,
    );
    if (!before.ok || !after.ok) throw new Error('valid details refused');
    expect(diffParentIdentity(before.value, after.value, belgian)).to.deep.equal([
      { field: 'address.street', from: 'Rue des Écoles', to: 'Rue Neuve' },
      { field: 'phone', from: '0496 44 41 11', to: '0475 12 34 56' },
    ]);
    expect(diffParentIdentity(before.value, before.value, belgian)).to.deep.equal([]);
  });
});
