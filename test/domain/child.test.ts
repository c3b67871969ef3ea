import { expect } from '@open-wc/testing';
import {
  ageOn,
  findSameChild,
  checkChildIdentity,
  checkChildNationalNumber,
  formatKidEidNumber,
  parseKidEidNumber,
  type ChildIdentity,
  type SchoolSite,
} from '../../src/domain/index.js';

const schools: SchoolSite[] = [
  {
    id: 'centre',
    name: 'École communale du Centre',
    grades: [
      { id: 'm3', label: '3e maternelle' },
      { id: 'p1', label: '1re primaire' },
    ],
  },
  { id: 'corbais', name: 'École de Corbais', grades: [{ id: 'p2', label: '2e primaire' }] },
];

const lea: ChildIdentity = {
  lastName: 'Dubois',
  firstName: 'Léa',
  birthDate: '2016-05-12',
  sex: 'female',
  schoolSiteId: 'centre',
  schoolGradeId: 'p1',
  invoicesTo: 'me',
};
const options = { today: '2026-11-23', country: 'BE' as const, schools };

describe('child rules', () => {
  it('checks a child’s national number against the declared birth date and sex', () => {
    expect(checkChildNationalNumber('16.05.12-124.13', '2016-05-12', 'female')).to.deep.equal([]);
    expect(checkChildNationalNumber('16.05.12-123.14', '2016-05-12', 'male')).to.deep.equal([]);
    expect(checkChildNationalNumber('16.05.12-123.14', '2016-05-13', 'male')).to.deep.equal([
      { field: 'nationalNumber', code: 'national-number.birth-date-mismatch' },
    ]);
    expect(checkChildNationalNumber('16.05.12-123.14', '2016-05-12', 'female')).to.deep.equal([
      { field: 'nationalNumber', code: 'national-number.sex-mismatch' },
    ]);
    expect(
      checkChildNationalNumber('16.05.12-123.14', '2016-05-12', 'other'),
      'no sex to compare',
    ).to.deep.equal([]);
    expect(checkChildNationalNumber('16.05.12-123.15', '2016-05-12', 'male')).to.deep.equal([
      { field: 'nationalNumber', code: 'national-number.checksum' },
    ]);
  });

  it('reads a kids-ID card number and its check digits', () => {
    expect(parseKidEidNumber('050-5120123-92')).to.deep.equal({ ok: true, digits: '050512012392' });
    expect(parseKidEidNumber('050512012393')).to.deep.equal({ ok: false, code: 'kid-eid.checksum' });
    expect(parseKidEidNumber('0505120123')).to.deep.equal({ ok: false, code: 'kid-eid.format' });
    expect(formatKidEidNumber('050512012392')).to.equal('050-5120123-92');
  });

  it('counts a child’s age in whole years', () => {
    expect(ageOn('2016-05-12', '2026-05-11')).to.equal(9);
    expect(ageOn('2016-05-12', '2026-05-12')).to.equal(10);
    expect(ageOn('2016-02-29', '2026-02-28')).to.equal(9);
  });

  it('accepts a well-declared child', () => {
    expect(checkChildIdentity(lea, options)).to.deep.equal([]);
    expect(
      checkChildIdentity({ ...lea, nationalNumber: '16051212413', kidEidNumber: '050512012392' }, options),
    ).to.deep.equal([]);
  });

  it('says what is wrong with a declared child, field by field', () => {
    expect(checkChildIdentity({ ...lea, birthDate: '2027-01-01' }, options)).to.deep.include({
      field: 'birthDate',
      code: 'date.future',
    });
    expect(checkChildIdentity({ ...lea, birthDate: '2005-01-01' }, options)).to.deep.equal([
      { field: 'birthDate', code: 'child.too-old' },
    ]);
    expect(checkChildIdentity({ ...lea, schoolSiteId: 'corbais' }, options)).to.deep.equal([
      { field: 'schoolGradeId', code: 'choice.unknown' },
    ]);
    expect(checkChildIdentity({ ...lea, schoolSiteId: undefined }, options)).to.deep.equal([
      { field: 'schoolSiteId', code: 'required' },
    ]);
    expect(
      checkChildIdentity({ ...lea, schoolSiteId: undefined }, { ...options, schools: [] }),
      'no school list',
    ).to.deep.equal([]);
    expect(checkChildIdentity({ ...lea, kidEidNumber: '050512012393' }, options)).to.deep.equal([
      { field: 'kidEidNumber', code: 'kid-eid.checksum' },
    ]);
  });

  it('wants a way to reach the other guardian who receives invoices', () => {
    expect(checkChildIdentity({ ...lea, invoicesTo: 'other-guardian' }, options)).to.deep.equal([
      { field: 'otherGuardian', code: 'required' },
    ]);
    const guardian = { firstName: 'Karim', lastName: 'Haddad', relation: 'père', phone: '+32 12' };
    expect(
      checkChildIdentity({ ...lea, invoicesTo: 'both', otherGuardian: guardian }, options),
    ).to.deep.equal([
      { field: 'otherGuardian.phone', code: 'phone.format' },
      { field: 'otherGuardian.email', code: 'required' },
    ]);
    expect(
      checkChildIdentity(
        {
          ...lea,
          invoicesTo: 'both',
          otherGuardian: { ...guardian, phone: '+32475123456', email: 'karim@example.be' },
        },
        options,
      ),
    ).to.deep.equal([]);
  });
});

describe('finding a child the service already knows', () => {
  const known = [{ id: 'chi-1', identity: { ...lea, nationalNumber: '16051212413' } }];

  it('by national number, or by names and birth date whatever the accents and case', () => {
    expect(findSameChild({ ...lea, firstName: 'Zoé', nationalNumber: '16051212413' }, known)?.id).to.equal(
      'chi-1',
    );
    expect(findSameChild({ ...lea, firstName: 'LEA', lastName: 'dubois' }, known)?.id).to.equal('chi-1');
    expect(findSameChild({ ...lea, birthDate: '2016-05-13' }, known)).to.equal(undefined);
    expect(findSameChild({ ...lea, firstName: 'Lina' }, known)).to.equal(undefined);
  });
});
