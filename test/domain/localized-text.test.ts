import { expect } from '@open-wc/testing';
import {
  CampSchema,
  CommuneSettingsSchema,
  communeText,
  localizedText,
  pickText,
  textIn,
  type LocalizedText,
} from '../../src/domain/index.js';
import { seedCamps } from '../../src/demo-data/camps.js';
import { communes } from '../../src/demo-data/communes.js';

describe('a commune’s text per language (pickText)', () => {
  const full: LocalizedText = { fr: 'Poney', nl: 'Pony', de: 'Pony-Reiten', en: 'Pony riding' };

  it('chooses, in order: the element’s language, the fallbacks, then fr, nl, de, en', () => {
    const cases: [
      LocalizedText,
      Parameters<typeof pickText>[1],
      Parameters<typeof pickText>[2],
      string,
      string,
    ][] = [
      [full, 'de', ['fr'], 'Pony-Reiten', 'de'],
      [full, 'en', ['nl'], 'Pony riding', 'en'],
      [{ fr: 'Poney' }, 'nl', ['fr'], 'Poney', 'fr'],
      [{ fr: 'Poney', nl: 'Pony' }, 'de', ['nl'], 'Pony', 'nl'],
      [{ fr: 'Poney', nl: 'Pony' }, 'de', ['en', 'fr'], 'Poney', 'fr'],
      // None of the fallbacks has it: the first in fr, nl, de, en, whatever the object's key order.
      [{ en: 'Pony riding', de: 'Pony-Reiten' }, 'nl', ['fr'], 'Pony-Reiten', 'de'],
      [{ en: 'Pony riding' }, 'fr', [], 'Pony riding', 'en'],
      // A plain string is in the commune's language (the first fallback), French without one.
      ['Poney', 'nl', ['fr'], 'Poney', 'fr'],
      ['Pony', 'fr', ['nl'], 'Pony', 'nl'],
      ['Poney', 'en', [], 'Poney', 'fr'],
      ['', 'en', [], '', 'fr'],
    ];
    for (const [text, lang, fallbacks, expected, expectedLang] of cases) {
      expect(pickText(text, lang, fallbacks), `${JSON.stringify(text)} in ${lang}`).to.deep.equal({
        text: expected,
        lang: expectedLang,
      });
    }
  });

  it('skips a language given empty, and never reads what is not the object’s own text', () => {
    expect(pickText({ nl: '', fr: 'Poney' }, 'nl', ['fr'])).to.deep.equal({ text: 'Poney', lang: 'fr' });
    const inherited = Object.create({ nl: 'geërfd' }) as LocalizedText;
    expect(pickText(inherited, 'nl', ['fr'])).to.deep.equal({ text: '', lang: 'fr' });
    const hostile = JSON.parse('{"__proto__": {"nl": "x"}, "fr": "Poney", "nl": 42}') as LocalizedText;
    expect(pickText(hostile, 'nl', ['fr'])).to.deep.equal({ text: 'Poney', lang: 'fr' });
    // A language that is no locale (a page's lang="__proto__" never gets this far, but a caller might).
    expect(pickText(full, 'constructor' as 'fr', ['toString' as 'fr'])).to.deep.equal({
      text: 'Poney',
      lang: 'fr',
    });
  });

  it('keeps hostile text as it is: rendering it as text is the element’s business', () => {
    const script = '<img src=x onerror=alert(1)>';
    expect(textIn({ nl: script }, 'nl')).to.equal(script);
    expect(textIn('\u202Egnirts\u202C', 'fr')).to.equal('\u202Egnirts\u202C');
  });

  it('writes the service’s sentences in the commune’s language', () => {
    expect(communeText({}, { nl: 'Dienst', fr: 'Service' })).to.equal('Service');
    expect(communeText({ language: 'nl' }, { nl: 'Dienst', fr: 'Service' })).to.equal('Dienst');
    expect(communeText({ language: 'de' }, { nl: 'Dienst' })).to.equal('Dienst');
  });
});

describe('the schema of a commune’s text', () => {
  const label = localizedText({ max: 20 });
  const theme = localizedText({ min: 0, max: 20 });

  it('takes a plain string (every backend so far) or at least one language', () => {
    for (const value of ['Poney', { fr: 'Poney' }, { nl: 'Pony', en: 'Pony riding' }])
      expect(label.safeParse(value).success, JSON.stringify(value)).to.equal(true);
    expect(theme.safeParse('').success).to.equal(true);
  });

  it('refuses empty, too long, unknown-only and non-text values', () => {
    for (const value of [
      '',
      {},
      { nl: '' },
      { xx: 'Poney' },
      { fr: 42 },
      'x'.repeat(21),
      { fr: 'x'.repeat(21) },
      ['Poney'],
      null,
      42,
    ])
      expect(label.safeParse(value).success, JSON.stringify(value)).to.equal(false);
  });

  it('drops the languages it does not know', () => {
    // As it comes off the wire: "__proto__" is then a key like any other.
    const wire: unknown = JSON.parse('{"fr": "Poney", "xx": "Pony", "__proto__": {"nl": "x"}}');
    expect(label.parse(wire)).to.deep.equal({ fr: 'Poney' });
  });

  it('reads the demo’s communes and camps, in every language', () => {
    for (const commune of Object.values(communes)) CommuneSettingsSchema.parse(commune);
    for (const profile of ['be', 'fr'] as const)
      for (const camp of seedCamps(profile, new Date('2027-03-01T10:00:00Z'))) CampSchema.parse(camp);
  });
});
