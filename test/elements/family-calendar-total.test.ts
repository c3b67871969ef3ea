import { expect, waitUntil } from '@open-wc/testing';
import type { CellStatus, Planning, PlanningRange } from '../../src/domain/index.js';
import { CalendarDouble, planningOf } from './family-calendar.fixtures.js';
import { placeCalendar as place, text } from './family-calendar.page.js';

/*
 * "Total du mois" under the grid: the shown month's billed or to-be-billed days (booked, present,
 * absent and billed, cancellation requested, requested), with the part awaiting the service.
 * The double books Nahel's mornings of 11 and 21 January (1,50 € each).
 */

type Marks = Record<string, CellStatus>;

/** The double's planning with some cells' states changed: `chi-2|unit-meal|2027-01-25` → `booked`. */
function marked(double: CalendarDouble, marks: Marks, { clear = false } = {}) {
  const getPlanning = (range: PlanningRange): Promise<Planning> => {
    double.planningReads.push(range);
    const planning = planningOf(range);
    for (const child of planning.children)
      for (const cell of child.cells) {
        const mark = marks[`${child.childId}|${cell.unitId}|${cell.date}`];
        if (mark) cell.status = mark;
        else if (clear) cell.status = 'available';
      }
    return Promise.resolve(planning);
  };
  return { ...double.adapter, getPlanning };
}

const total = (root: ShadowRoot) => root.querySelector('[part~="month-total"]');
const lines = (root: ShadowRoot) => [...(total(root)?.querySelectorAll('li') ?? [])].map(text);

describe('<family-calendar> month total', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible with the total of several children, part of it awaiting the service', async () => {
    const double = new CalendarDouble();
    const adapter = marked(double, {
      'chi-2|unit-meal|2027-01-25': 'requested',
      'chi-2|unit-meal|2027-01-26': 'cancel-requested',
      'chi-2|unit-meal|2027-01-27': 'absence-requested',
      'chi-2|unit-meal|2027-01-12': 'absent-billed',
    });
    const { el } = await place(double, { childId: null, adapter });
    await expect(el).shadowDom.to.be.accessible();
  });

  it('one child: the month’s total alone, as text (not announced)', async () => {
    const { root } = await place();
    expect(text(total(root))).to.equal('Total du mois : 3,00 €');
    expect(lines(root)).to.deep.equal([]);
    expect(total(root)?.closest('[aria-live]')).to.equal(null);
  });

  it('several children: the total and a line per child', async () => {
    const double = new CalendarDouble();
    const adapter = marked(double, {
      'chi-1|unit-morning|2027-01-11': 'present',
      'chi-1|unit-morning|2027-01-21': 'booked',
      'chi-2|unit-meal|2027-01-25': 'booked',
      'chi-2|unit-meal|2027-01-26': 'absent-billed',
    });
    const { root } = await place(double, { childId: null, adapter });
    expect(text(total(root)?.querySelector('p'))).to.equal('Total du mois : 10,00 €');
    expect(lines(root)).to.deep.equal(['Nahel : 3,00 €', 'Léa : 7,00 €']);
  });

  it('says how much awaits the service; what is not billed does not count', async () => {
    const double = new CalendarDouble();
    const adapter = marked(double, {
      'chi-1|unit-morning|2027-01-21': 'booked',
      'chi-1|unit-morning|2027-01-26': 'requested',
      'chi-1|unit-meal|2027-01-27': 'cancel-requested',
      'chi-1|unit-meal|2027-01-28': 'waiting',
      'chi-1|unit-meal|2027-01-29': 'refused',
      'chi-1|unit-meal|2027-01-12': 'absent-excused',
      'chi-1|unit-meal|2027-01-13': 'absence-requested',
      'chi-2|unit-meal|2027-01-26': 'requested',
    });
    const { root } = await place(double, { adapter });
    expect(text(total(root))).to.equal('Total du mois : 8,00 € dont 1,50 € en attente de validation');
  });

  it('a month without bookings says so', async () => {
    const double = new CalendarDouble();
    const { root } = await place(double, { childId: null, adapter: marked(double, {}, { clear: true }) });
    expect(text(total(root)?.querySelector('p'))).to.equal('Total du mois : 0,00 €');
    expect(text(total(root))).to.contain('Aucun jour réservé ce mois-ci.');
    expect(lines(root)).to.deep.equal(['Nahel : 0,00 €', 'Léa : 0,00 €']);
  });

  it('is under the list of days at 320 px too', async () => {
    const { root } = await place(new CalendarDouble(), { width: 320 });
    await waitUntil(() => root.querySelector('[part~="day-row"]'), 'no list of days');
    expect(text(total(root))).to.equal('Total du mois : 3,00 €');
    const list = root.querySelector('[role="grid"]')!;
    expect(list.compareDocumentPosition(total(root)!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
  });
});
