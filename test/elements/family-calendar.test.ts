import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FamilyPortalAdapter } from '../../src/adapter/index.js';
import type { FpErrorEvent, FpSubmittedEvent } from '../../src/shared/events.js';
import { CalendarDouble } from './family-calendar.fixtures.js';
import { label, placeCalendar, text, words } from './family-calendar.page.js';

/** The calendar in a box 1100 pixels wide unless told otherwise (see `placeCalendar`). */
const place = (double?: CalendarDouble, options: Parameters<typeof placeCalendar>[1] = {}) =>
  placeCalendar(double, { width: 1100, ...options });

/** The cell of `date` in the row named `unit` (wide layout). */
function cell(root: ShadowRoot, date: string, unit = 'Accueil du matin'): HTMLElement {
  const day = Number(date.slice(8));
  const found = [...root.querySelectorAll<HTMLElement>('td.cell')].find((shown) => {
    const name = words(shown.getAttribute('aria-label'));
    return name.includes(` ${day} janvier,`) && name.includes(unit);
  });
  if (!found) throw new Error(`no cell ${date} ${unit}`);
  return found;
}

const status = (root: ShadowRoot) => text(root.querySelector('.root > [role="status"]'));
const waitForRecap = (root: ShadowRoot) =>
  waitUntil(() => root.querySelector('[part~="recap"]'), 'no recap shown');

describe('<family-calendar>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible', async () => {
    const { el } = await place();
    await expect(el).shadowDom.to.be.accessible();
  });

  it('shows the month: a row per unit, each day named with its state, deadline and price, and the legend', async () => {
    const { root } = await place();
    expect(text(root.querySelector('[part~="month"]'))).to.equal('janvier 2027');
    expect([...root.querySelectorAll('[part~="row-name"]')].map(text)).to.deep.equal([
      'Accueil du matin Nahel',
      'Repas chaud Nahel',
    ]);
    expect(root.querySelectorAll('thead [part~="day-button"]')).to.have.length(31);
    expect(label(cell(root, '2027-01-21'))).to.equal(
      'jeudi 21 janvier, Accueil du matin, Nahel : réservé, annulable jusqu’au mardi 19 janvier à 10:00, 1,50 €',
    );
    expect(text(cell(root, '2027-01-21'))).to.equal('R');
    expect(label(cell(root, '2027-01-18'))).to.contain(
      'disponible, délai dépassé depuis le jeudi 14 janvier à 10:00',
    );
    expect(label(cell(root, '2027-01-22', 'Repas'))).to.contain(
      'complet, liste d’attente possible jusqu’au mercredi 20 janvier à 10:00',
    );
    expect(label(cell(root, '2027-01-01'))).to.equal(
      'vendredi 1 janvier, jour férié (Nouvel An), Accueil du matin, Nahel : jour férié (Nouvel An)',
    );
    const legend = text(root.querySelector('[part~="legend"]'));
    for (const words of [
      'R réservé',
      'DR demande de réservation en attente',
      'LA sur liste d’attente',
      'AF absence facturée',
    ])
      expect(legend).to.contain(words);
  });

  it('shows every child, by child or by activity, with their first names', async () => {
    const { el, root } = await place(new CalendarDouble(), { childId: null });
    await waitUntil(() => root.querySelectorAll('[part~="row-name"]').length === 4);
    expect([...root.querySelectorAll('[part~="row-name"]')].map(text)).to.deep.equal([
      'Accueil du matin Nahel',
      'Repas chaud Nahel',
      'Accueil du matin Léa',
      'Repas chaud Léa',
    ]);
    [...root.querySelectorAll<HTMLButtonElement>('[part~="toolbar"] [aria-pressed]')].at(1)!.click();
    await el.updateComplete;
    expect([...root.querySelectorAll('[part~="row-name"]')].map(text)).to.deep.equal([
      'Accueil du matin Nahel',
      'Accueil du matin Léa',
      'Repas chaud Nahel',
      'Repas chaud Léa',
    ]);
  });

  it('says when no child is enrolled, and when the commune offers no calendar online', async () => {
    const empty = await place(new CalendarDouble({ enrolled: false }));
    expect(text(empty.root.querySelector('[part~="empty"]'))).to.contain(
      'Aucun de vos enfants n’est inscrit',
    );
    const double = new CalendarDouble();
    const { getFamily } = double.adapter as { getFamily: FamilyPortalAdapter['getFamily'] };
    const { root } = await place(double, { adapter: { getFamily } });
    expect(text(root.querySelector('[part~="error-panel"]'))).to.not.equal('');
    expect(root.querySelector('[role="grid"]')).to.equal(null);
  });

  it('moves by keyboard: arrows, Home/End, the days’ buttons above, PageDown to the next month', async () => {
    const { el, root, double } = await place();
    cell(root, '2027-01-21').focus();
    await sendKeys({ press: 'ArrowRight' });
    expect(root.activeElement).to.equal(cell(root, '2027-01-22'));
    await sendKeys({ press: 'ArrowDown' });
    expect(root.activeElement).to.equal(cell(root, '2027-01-22', 'Repas'));
    await sendKeys({ press: 'End' });
    expect(label(root.activeElement)).to.contain('dimanche 31 janvier');
    await sendKeys({ press: 'Home' });
    expect(label(root.activeElement)).to.contain('vendredi 1 janvier');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(text(root.activeElement)).to.contain('Actions du vendredi 1 janvier');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => el.month === '2027-02' && text(root.activeElement).includes('février'));
    expect(double.planningReads.at(-1)).to.deep.equal({ from: '2027-02-01', to: '2027-02-28' });
    expect(text(root.querySelector('[part~="month"]'))).to.equal('février 2027');
    expect(root.querySelectorAll('[tabindex="0"]').length).to.equal(1);
  });

  it('ticks a day with Enter or Space, and says why a locked day cannot be changed', async () => {
    const { el, root } = await place();
    cell(root, '2027-01-25').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(label(cell(root, '2027-01-25'))).to.contain('réservation à envoyer');
    expect(status(root)).to.contain('ajouté à vos modifications');
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(label(cell(root, '2027-01-25'))).to.contain('disponible');
    cell(root, '2027-01-18').click();
    await el.updateComplete;
    expect(status(root)).to.equal(
      'Impossible de modifier ce jour : délai dépassé depuis le jeudi 14 janvier à 10:00.',
    );
    expect(root.querySelector('[part~="recap"]')).to.equal(null);
  });

  it('opens a day’s actions in words, and acts from there', async () => {
    const { el, root } = await place();
    root.querySelectorAll<HTMLButtonElement>('thead [part~="day-button"]')[20]!.click();
    await waitUntil(() => root.querySelector('[part~="day-panel"]'), 'no day panel');
    await el.updateComplete;
    const panel = root.querySelector('[part~="day-panel"]')!;
    expect(text(panel)).to.contain('Accueil du matin · Nahel : réservé');
    expect(root.activeElement?.getAttribute('data-focus')).to.equal('day');
    const cancel = [...panel.querySelectorAll('button')].find(
      (button) => text(button) === 'Annuler la réservation',
    )!;
    cancel.click();
    await waitForRecap(root);
    expect(text(root.querySelector('[part~="recap"]'))).to.contain('Annulations demandées');
  });

  it('lists the changes with what each gives and the price change; they survive a reload', async () => {
    const { el, root } = await place();
    cell(root, '2027-01-25').click();
    cell(root, '2027-01-26').click();
    cell(root, '2027-01-22', 'Repas').click();
    cell(root, '2027-01-21').click();
    await waitForRecap(root);
    await el.updateComplete;
    const recap = text(root.querySelector('[part~="recap"]'));
    expect(recap).to.contain('lundi 25 janvier · Accueil du matin · Nahel sera réservé + 1,50 €');
    expect(recap).to.contain(
      'mardi 26 janvier · Accueil du matin · Nahel demande soumise à l’accord du service + 1,50 €',
    );
    expect(recap).to.contain('complet : inscription sur la liste d’attente');
    expect(recap).to.contain('jeudi 21 janvier · Accueil du matin · Nahel sera annulé − 1,50 €');
    expect(recap).to.contain('Variation du montant : + 1,50 €');
    expect(text(root.querySelector('[part~="pending-count"]'))).to.equal('4 modifications à envoyer');

    el.remove();
    const again = await place();
    await waitForRecap(again.root);
    expect(text(again.root.querySelector('[part~="recap"]'))).to.contain('Variation du montant : + 1,50 €');
    expect(status(again.root)).to.equal('Vos modifications non envoyées ont été retrouvées.');

    [...again.root.querySelectorAll<HTMLButtonElement>('[part~="recap"] button')]
      .find((button) => text(button) === 'Annuler mes modifications')!
      .click();
    await again.el.updateComplete;
    expect(again.root.querySelector('[part~="recap"]')).to.equal(null);
    expect(sessionStorage.length).to.equal(0);
  });

  it('sends once, shows the answer day by day, reads the planning again and tells the page', async () => {
    const double = new CalendarDouble({ refuse: { '2027-01-27': 'booking.incompatible' } });
    const { el, root } = await place(double);
    cell(root, '2027-01-25').click();
    cell(root, '2027-01-27').click();
    await waitForRecap(root);
    let release = () => {};
    double.hold = new Promise((resolve) => (release = resolve));
    const send = () =>
      [...root.querySelectorAll<HTMLButtonElement>('[part~="recap"] button')].find(
        (button) => text(button).startsWith('Envoyer') || text(button).startsWith('Envoi'),
      )!;
    const submitted = oneEvent(el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    const reads = double.planningReads.length;
    send().click();
    await el.updateComplete;
    send().click();
    release();
    const event = await submitted;
    expect(double.sent).to.have.length(1);
    expect(double.sent[0]!.input.changes).to.deep.equal([
      { childId: 'chi-1', unitId: 'unit-morning', date: '2027-01-25', action: 'book' },
      { childId: 'chi-1', unitId: 'unit-morning', date: '2027-01-27', action: 'book' },
    ]);
    expect(event.detail).to.include({ kind: 'booking', requestNumber: '27-12', childId: 'chi-1' });
    await waitUntil(() => root.querySelector('[part~="answer"]'));
    const answer = text(root.querySelector('[part~="answer"]'));
    expect(answer).to.contain('lundi 25 janvier · Accueil du matin · Nahel réservé + 1,50 €');
    expect(answer).to.contain('refusé : incompatible avec une autre réservation du jour');
    expect(answer).to.contain('Demande n° 27-12');
    expect(root.querySelector('[part~="recap"]')).to.equal(null);
    await waitUntil(() => double.planningReads.length === reads + 1, 'planning not read again');
    expect(sessionStorage.length).to.equal(0);
  });

  it('keeps every change on a network failure, and "Réessayer" replays the same request', async () => {
    const double = new CalendarDouble();
    double.failures = 1;
    const { el, root } = await place(double);
    cell(root, '2027-01-25').click();
    await waitForRecap(root);
    const failed = oneEvent(el, 'fp-error') as Promise<FpErrorEvent>;
    [...root.querySelectorAll<HTMLButtonElement>('[part~="recap"] button')]
      .find((button) => text(button).startsWith('Envoyer'))!
      .click();
    expect((await failed).detail).to.include({ type: 'network', operation: 'change-bookings' });
    await waitUntil(() => root.querySelector('[part~="recap"] [part~="error-panel"]'));
    expect(label(cell(root, '2027-01-25'))).to.contain('réservation à envoyer');
    const retry = [...root.querySelectorAll<HTMLButtonElement>('[part~="error-panel"] button')].find(
      (button) => text(button) === 'Réessayer',
    )!;
    retry.click();
    await waitUntil(() => root.querySelector('[part~="answer"]'));
    expect(double.sent).to.have.length(2);
    expect(double.sent[1]!.idempotencyKey).to.equal(double.sent[0]!.idempotencyKey);
  });

  it('keeps the key of a sending not acknowledged across a reload', async () => {
    const double = new CalendarDouble();
    double.failures = 1;
    const { el, root } = await place(double);
    cell(root, '2027-01-25').click();
    await waitForRecap(root);
    [...root.querySelectorAll<HTMLButtonElement>('[part~="recap"] button')]
      .find((button) => text(button).startsWith('Envoyer'))!
      .click();
    await waitUntil(() => root.querySelector('[part~="recap"] [part~="error-panel"]'));
    el.remove();
    const again = await place(double);
    await waitForRecap(again.root);
    [...again.root.querySelectorAll<HTMLButtonElement>('[part~="recap"] button')]
      .find((button) => text(button).startsWith('Envoyer'))!
      .click();
    await waitUntil(() => again.root.querySelector('[part~="answer"]'));
    expect(double.sent[1]!.idempotencyKey).to.equal(double.sent[0]!.idempotencyKey);
  });

  it('is a list of days at 320 px: each unit’s cell in words, never a 31-column grid', async () => {
    await setViewport({ width: 360, height: 800 });
    const { el, root } = await place(new CalendarDouble(), { width: 320 });
    await waitUntil(() => root.querySelector('[part~="day-row"]'), 'no list of days');
    expect(root.querySelector('table')).to.equal(null);
    const rows = [...root.querySelectorAll('[part~="day-row"]')];
    expect(rows).to.have.length(20);
    expect(text(rows[13])).to.contain('jeudi 21 janvier');
    expect(text(rows[13])).to.contain(
      'Accueil du matin · Nahel réservé annulable jusqu’au mardi 19 janvier à 10:00 · 1,50 €',
    );
    expect(el.scrollWidth).to.be.at.most(320);
    const booked = root.querySelector<HTMLButtonElement>(
      '[part~="day-row"]:nth-child(14) [part~="cell-booked"]',
    )!;
    booked.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(text(root.activeElement)).to.contain('Accueil du matin');
    await sendKeys({ press: 'Enter' });
    await waitForRecap(root);
    await setViewport({ width: 1280, height: 800 });
  });
});
