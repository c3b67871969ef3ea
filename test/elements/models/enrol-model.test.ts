import { expect } from '@open-wc/testing';
import {
  blockFor,
  blockedChildren,
  campSpan,
  campsShown,
  recapWeeks,
} from '../../../src/elements/child-enrol/enrol-model.js';
import { textIn, type LocalizedText } from '../../../src/domain/pick-text.js';
import { camps, carnival, clock, lea, summer } from './fixtures.js';

describe('enrol-model', () => {
  it('says what stops a child from being enrolled: identity first, then the health form, then a group of their age', () => {
    const camp = summer();
    expect(blockFor(camp, lea)).to.equal(undefined);
    expect(blockFor(camp, { ...lea, identityComplete: false, healthForm: 'missing' })).to.equal('identity');
    expect(blockFor(camp, { ...lea, healthForm: 'missing' })).to.equal('health-missing');
    expect(blockFor(camp, { ...lea, healthForm: 'to-update' })).to.equal('health-to-update');
    expect(blockFor(camp, { ...lea, birthDate: '2025-01-10' }), 'a toddler of two').to.equal('noGroup');
    expect(
      blockFor(carnival(), { ...lea, birthDate: '2025-01-10' }),
      'groups by grade: the service decides',
    ).to.equal(undefined);
    const tom = { ...lea, id: 'chi-2', healthForm: 'to-update' as const };
    expect(blockedChildren(camp, [lea, tom])).to.deep.equal([{ child: tom, block: 'health-to-update' }]);
  });

  it('shows the open camps first, then those not yet open, and never the closed ones', () => {
    expect(campsShown(camps(), clock).map((camp) => camp.id)).to.deep.equal(['ete-2027', 'carnaval-2028']);
    expect(campsShown(camps(), new Date('2027-04-01T10:00:00Z')).map((camp) => camp.id)).to.deep.equal([
      'ete-2027',
      'carnaval-2028',
    ]);
    expect(
      campsShown(camps(), new Date('2027-07-01T10:00:00Z')).map((camp) => camp.id),
      'summer closed',
    ).to.deep.equal(['carnaval-2028']);
    expect(campsShown(camps(), clock, 'carnaval-2028').map((camp) => camp.id)).to.deep.equal([
      'carnaval-2028',
    ]);
  });

  it('spans a camp from its first open day to its last', () => {
    const span = campSpan(summer());
    expect(span?.first).to.equal('2027-07-01');
    expect(span!.last > span!.first).to.equal(true);
    expect(campSpan({ ...summer(), weeks: [] })).to.equal(undefined);
  });

  it('groups the recap by ISO week with the chosen days’ activities only', () => {
    const weeks = recapWeeks(summer(), [
      { date: '2027-07-06', activityIds: ['piscine'] },
      { date: '2027-07-08' },
      { date: '2027-07-01', activityIds: ['gym'] },
    ]);
    expect(weeks.map((week) => week.label)).to.deep.equal(['S26', 'S27']);
    // Activity names are the commune's texts per language: compared in French.
    const french = (names: readonly LocalizedText[]) => names.map((name) => textIn(name, 'fr'));
    expect(french(weeks[0]!.activities)).to.deep.equal(['Gym']);
    expect(weeks[1]!.dates).to.deep.equal(['2027-07-06', '2027-07-08']);
    expect(french(weeks[1]!.activities), 'Walibi not chosen on the 8th').to.deep.equal(['Piscine']);
  });
});
