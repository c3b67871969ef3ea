import { expect } from '@open-wc/testing';
import { formatPhone, isValidPostcode, normalizePhone, normalizePostcode } from '../../src/domain/index.js';

describe('phone numbers', () => {
  it('reads Belgian numbers in every usual form', () => {
    for (const typed of [
      '0496 44 41 11',
      '0496/44.41.11',
      '+32 496 44 41 11',
      '0032 496 44 41 11',
      '+32 (0)496 444 111',
    ]) {
      expect(normalizePhone(typed, 'BE'), typed).to.equal('+32496444111');
    }
    expect(normalizePhone('010 65 88 77', 'BE')).to.equal('+3210658877');
    expect(normalizePhone('02 511 22 33', 'BE')).to.equal('+3225112233');
  });

  it('reads French numbers, and each country’s numbers in the other', () => {
    expect(normalizePhone('06 12 34 56 78', 'FR')).to.equal('+33612345678');
    expect(normalizePhone('+33 6 12 34 56 78', 'BE')).to.equal('+33612345678');
    expect(normalizePhone('0033 3 20 12 34 56', 'FR')).to.equal('+33320123456');
    expect(normalizePhone('+32 496 44 41 11', 'FR')).to.equal('+32496444111');
  });

  it('refuses what is not a phone number', () => {
    for (const typed of [
      '',
      '12345',
      '0496 44 41',
      '0496 44 41 11 12',
      'zéro quatre',
      '+32 0496 44 41 11',
      '06 12 34 56',
    ]) {
      expect(normalizePhone(typed, typed.startsWith('06') ? 'FR' : 'BE'), typed).to.equal(undefined);
    }
  });

  it('writes numbers back the way people of the commune read them', () => {
    expect(formatPhone('+32496444111', 'BE')).to.equal('0496 44 41 11');
    expect(formatPhone('+3225112233', 'BE')).to.equal('02 511 22 33');
    expect(formatPhone('+3210658877', 'BE')).to.equal('010 65 88 77');
    expect(formatPhone('+33612345678', 'FR')).to.equal('06 12 34 56 78');
    expect(formatPhone('+33612345678', 'BE')).to.equal('+33612345678');
  });
});

describe('postcodes', () => {
  it('wants 4 digits in Belgium and 5 in France', () => {
    expect(isValidPostcode('1435', 'BE')).to.equal(true);
    expect(isValidPostcode('0435', 'BE')).to.equal(false);
    expect(isValidPostcode('59210', 'BE')).to.equal(false);
    expect(isValidPostcode('59210', 'FR')).to.equal(true);
    expect(isValidPostcode('1435', 'FR')).to.equal(false);
    expect(isValidPostcode('99210', 'FR')).to.equal(false);
    expect(normalizePostcode(' 59 210 ')).to.equal('59210');
  });
});
