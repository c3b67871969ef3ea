import { expect } from '@open-wc/testing';
import {
  chooseDay,
  chooseWaiting,
  chooseWeek,
  formState,
  openWeeks,
  parseFormState,
  pickerWeek,
  sortChoices,
  themeState,
  type Selection,
} from '../../../src/elements/camp-week-picker/week-model.js';
import { choiceIssue } from '../../../src/elements/camp-week-picker/week-price.js';
import { availabilityOf, carnival, summer } from './fixtures.js';

const none: Selection = { value: [], waitingWeekIds: [] };
/** S27 with its Wednesday at 2 places, its Thursday full, on 1 March. */
const s27 = () => pickerWeek(summer().weeks[1]!, availabilityOf(summer(), { '2027-07-08': 0 }), '2027-03-01');

describe('week-model', () => {
  it('keeps the weeks with an open day still to come', () => {
    expect(openWeeks(summer(), '2027-03-01')).to.have.length(10);
    expect(openWeeks(summer(), '2027-07-02')[0]!.id, 'S26 is over after its Friday').to.equal('ete-2027-s27');
  });

  it('tells each day open, full, closed or past', () => {
    expect(s27().days.map((day) => day.state)).to.deep.equal([
      'open',
      'open',
      'open',
      'full',
      'open',
      'closed',
      'closed',
    ]);
    expect(s27().days[3]!.left).to.equal(0);
    const late = pickerWeek(summer().weeks[1]!, availabilityOf(summer()), '2027-07-06');
    expect(late.days.slice(0, 3).map((day) => day.state)).to.deep.equal(['past', 'past', 'open']);
  });

  it('ticks a day with its activities, and the theme every day with places', () => {
    const week = s27();
    const tuesday = week.days[1]!;
    const one = chooseDay(none, tuesday, true);
    expect(one.value).to.deep.equal([{ date: '2027-07-06', activityIds: ['piscine'] }]);
    expect(themeState(week, one)).to.equal('mixed');
    expect(chooseDay(one, tuesday, false).value).to.deep.equal([]);
    const all = chooseWeek(none, week, true);
    expect(
      all.value.map((choice) => choice.date),
      'not the full Thursday',
    ).to.deep.equal(['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-09']);
    expect(themeState(week, all)).to.equal('checked');
    expect(themeState(week, none)).to.equal('unchecked');
    expect(chooseWeek(all, week, false)).to.deep.equal(none);
  });

  it('joins a week’s waiting list with its full days, and lets go of them on leaving', () => {
    const week = s27();
    const waiting = chooseWaiting(none, week, true);
    expect(waiting.waitingWeekIds).to.deep.equal(['ete-2027-s27']);
    expect(waiting.value.map((choice) => choice.date)).to.include('2027-07-08');
    expect(themeState(week, waiting)).to.equal('checked');
    const left = chooseWaiting(waiting, week, false);
    expect(left.waitingWeekIds).to.deep.equal([]);
    expect(left.value.map((choice) => choice.date)).not.to.include('2027-07-08');
    expect(left.value).to.have.length(4);
  });

  it('sorts choices by date, checks them as the service would, and keeps them as form state', () => {
    expect(sortChoices([{ date: '2027-07-09' }, { date: '2027-07-05' }]).map((c) => c.date)).to.deep.equal([
      '2027-07-05',
      '2027-07-09',
    ]);
    expect(choiceIssue(summer(), [])).to.equal(undefined);
    const partOfAWeek = carnival()
      .weeks.flatMap((week) => week.days)
      .filter((day) => day.open)
      .slice(0, 1);
    expect(
      choiceIssue(
        carnival(),
        partOfAWeek.map((day) => ({ date: day.date })),
      ),
      'whole weeks only',
    ).not.to.equal(undefined);
    const selection = chooseWaiting(none, s27(), true);
    expect(parseFormState(formState(selection))).to.deep.equal(selection);
    expect(parseFormState('{"value":"no"}')).to.equal(undefined);
    expect(parseFormState('not json')).to.equal(undefined);
    expect(parseFormState(42)).to.equal(undefined);
  });
});
