import { expect } from '@open-wc/testing';
import { formatNationalNumber, parseNationalNumber } from '../../src/domain/index.js';

describe('national number (NISS / INSZ)', () => {
  it('accepts a number born before 2000, however it is typed, and reads its birth date and sex', () => {
    for (const typed of ['85.07.30-033.28', '85073003328', '850730 033 28', ' 85-07-30-033-28 ']) {
      const parsed = parseNationalNumber(typed);
      expect(parsed, typed).to.deep.equal({
        ok: true,
        digits: '85073003328',
        birthDate: '1985-07-30',
        bis: false,
        sex: 'M',
      });
    }
  });

  it('uses the rule for births from 2000 on (a 2 before the nine digits)', () => {
    const parsed = parseNationalNumber('05.03.12-345.32');
    expect(parsed).to.deep.include({ ok: true, birthDate: '2005-03-12', sex: 'M' });
    // The same digits with the pre-2000 check digits are not valid for 1905 either way round.
    expect(parseNationalNumber('05.03.12-345.33')).to.deep.equal({
      ok: false,
      code: 'national-number.checksum',
    });
  });

  it('reads BIS numbers: month + 40 (sex known) and month + 20 (sex unknown)', () => {
    const nine40 = 854730034;
    const bis40 = `${nine40}${String(97 - (nine40 % 97)).padStart(2, '0')}`;
    expect(parseNationalNumber(bis40)).to.deep.include({
      ok: true,
      bis: true,
      birthDate: '1985-07-30',
      sex: 'F',
    });
    const nine20 = 852730033;
    const bis20 = `${nine20}${String(97 - (nine20 % 97)).padStart(2, '0')}`;
    expect(parseNationalNumber(bis20)).to.deep.include({
      ok: true,
      bis: true,
      birthDate: '1985-07-30',
      sex: undefined,
    });
  });

  it('accepts an unknown birth date (month or day 00)', () => {
    const nine = 850000123;
    const digits = `${nine}${String(97 - (nine % 97)).padStart(2, '0')}`;
    expect(parseNationalNumber(digits)).to.deep.include({ ok: true, birthDate: undefined });
  });

  it('tells a wrong check digit from a wrong length and from an impossible date', () => {
    expect(parseNationalNumber('85.07.30-033.29')).to.deep.equal({
      ok: false,
      code: 'national-number.checksum',
    });
    expect(parseNationalNumber('85.07.30-033.2')).to.deep.equal({
      ok: false,
      code: 'national-number.format',
    });
    expect(parseNationalNumber('85.07.30-033.2a')).to.deep.equal({
      ok: false,
      code: 'national-number.format',
    });
    expect(parseNationalNumber('')).to.deep.equal({ ok: false, code: 'national-number.format' });
    // 31 February with matching check digits: the number is well formed but no one is born that day.
    const nine = 850231033;
    const digits = `${nine}${String(97 - (nine % 97)).padStart(2, '0')}`;
    expect(parseNationalNumber(digits)).to.deep.equal({ ok: false, code: 'national-number.date' });
    expect(parseNationalNumber('85.13.30-033.00')).to.deep.equal({ ok: false, code: 'national-number.date' });
  });

  it('formats 11 digits as on the identity card and leaves anything else alone', () => {
    expect(formatNationalNumber('85073003328')).to.equal('85.07.30-033.28');
    expect(formatNationalNumber('85 07 30 033 28')).to.equal('85.07.30-033.28');
    expect(formatNationalNumber('1234')).to.equal('1234');
  });
});
