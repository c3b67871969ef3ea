import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { FpErrorEvent, FpSubmittedEvent } from '../../src/shared/events.js';
import { CalendarDouble } from './family-calendar.fixtures.js';
import { buttonNamed, label, placeCalendar as place, press, text } from './family-calendar.page.js';

const dialog = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog[part~="dialog-period"]');
const input = (shown: HTMLElement, id: string) => shown.querySelector<HTMLInputElement>(`#${id}`)!;
const preview = (shown: HTMLElement) => shown.querySelector('[part~="period-preview"]');
const summary = (shown: HTMLElement) => text(shown.querySelector('[part~="error-summary"]'));

async function openPeriod(root: ShadowRoot, name = 'Réserver sur une période') {
  await press(root, name);
  await waitUntil(() => dialog(root)?.open && dialog(root)?.querySelector('form'), 'no period dialog');
  return dialog(root)!;
}

/** Focuses a checkbox or radio and presses Space, as a keyboard user would. */
async function space(shown: HTMLElement, id: string) {
  input(shown, id).focus();
  await sendKeys({ press: 'Space' });
}

/** Types a date as the date picker would. */
function typeDate(shown: HTMLElement, id: string, value: string) {
  const field = input(shown, id);
  field.value = value;
  field.dispatchEvent(new Event('input'));
}

/** The meal on Mondays and Thursdays. */
async function tickMeals(shown: HTMLElement) {
  await space(shown, 'period-slot-1-unit-meal');
  await space(shown, 'period-slot-4-unit-meal');
}

async function showPreview(shown: HTMLElement) {
  await press(shown, 'Voir le détail');
  await waitUntil(() => preview(shown)?.querySelector('[data-button="send"]'), 'no preview');
}

describe('<family-calendar> "Réserver sur une période"', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible, with its form and with its preview', async () => {
    const { root } = await place();
    const shown = await openPeriod(root);
    await expect(shown).to.be.accessible();
    await tickMeals(shown);
    await showPreview(shown);
    await expect(shown).to.be.accessible();
  });

  it('starts on the element’s child and the shown month from its first bookable day; a grid of named slots', async () => {
    const { root } = await place();
    const shown = await openPeriod(root);
    expect(root.activeElement?.id).to.equal('dialog-heading');
    expect(text(root.activeElement)).to.equal('Réserver sur une période');
    expect(input(shown, 'period-child-chi-1').checked).to.equal(true);
    expect(input(shown, 'period-child-chi-2').checked).to.equal(false);
    expect(text(shown.querySelector('label[for="period-child-chi-2"]'))).to.equal('Léa');
    // Friday 15 at 10:00: Tuesday 19 closed at that minute (J−2), Wednesday 20 is the first bookable day.
    expect(input(shown, 'period-from').value).to.equal('2027-01-20');
    expect(input(shown, 'period-to').value).to.equal('2027-01-31');
    expect(input(shown, 'period-weeks-every').checked).to.equal(true);
    const slots = [...shown.querySelectorAll<HTMLInputElement>('[id^="period-slot-"]')];
    expect(slots).to.have.length(10);
    expect(label(input(shown, 'period-slot-1-unit-meal'))).to.equal('lundi, Repas chaud');
    expect(label(input(shown, 'period-slot-5-unit-morning'))).to.equal('vendredi, Accueil du matin');
    expect(
      [...shown.querySelectorAll('.period__grid tbody th[scope="row"]')].map((row) => text(row)),
    ).to.deep.equal(['Accueil du matin', 'Repas chaud']);
  });

  it('by keyboard: ticks slots with Space, previews each date and the total, sends once; the answer', async () => {
    const { el, root, double } = await place();
    const shown = await openPeriod(root);
    await tickMeals(shown);
    await showPreview(shown);
    expect(text(root.activeElement)).to.equal('Détail de la demande');
    const items = [...preview(shown)!.querySelectorAll('li')].map((item) => text(item));
    expect(items).to.deep.equal([
      'jeudi 21 janvier · Repas chaud · Nahel réservé + 3,50 €',
      'lundi 25 janvier · Repas chaud · Nahel réservé + 3,50 €',
      'jeudi 28 janvier · Repas chaud · Nahel réservé + 3,50 €',
    ]);
    expect(text(preview(shown))).to.contain('3 jours concernés.');
    expect(text(preview(shown)!.querySelector('[part~="total"]'))).to.equal('Total : + 10,50 €');
    expect(double.previews).to.deep.equal([
      {
        childIds: ['chi-1'],
        from: '2027-01-20',
        to: '2027-01-31',
        weeks: 'every',
        slots: [
          { weekday: 1, unitId: 'unit-meal' },
          { weekday: 4, unitId: 'unit-meal' },
        ],
      },
    ]);
    const submitted = oneEvent(el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    await press(shown, 'Envoyer la demande');
    expect((await submitted).detail).to.deep.include({
      kind: 'period-booking',
      requestNumber: '27-40',
      childId: 'chi-1',
    });
    await waitUntil(() => shown.querySelector('[part~="period-result"]'), 'no answer');
    const result = shown.querySelector('[part~="period-result"]')!;
    expect(text(root.activeElement)).to.equal('Demande envoyée');
    expect(text(result)).to.contain('Demande n° 27-40');
    expect(result.querySelectorAll('li')).to.have.length(3);
    expect(text(result.querySelector('[part~="total"]'))).to.equal('Total : + 10,50 €');
    expect(double.periods).to.have.length(1);
    expect(double.periods[0]!.input).to.deep.equal(double.previews[0]);
    await waitUntil(() => double.planningReads.length === 2, 'planning not read again');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => text(root.activeElement) === 'Réserver sur une période', 'focus not back');
  });

  it('books for several children: each checked child’s dates', async () => {
    const { root } = await place(new CalendarDouble(), { childId: null });
    const shown = await openPeriod(root);
    expect(input(shown, 'period-child-chi-1').checked).to.equal(true);
    await space(shown, 'period-child-chi-2');
    typeDate(shown, 'period-to', '2027-01-22');
    await space(shown, 'period-slot-5-unit-meal');
    await showPreview(shown);
    const items = [...preview(shown)!.querySelectorAll('li')].map((item) => text(item));
    expect(items).to.deep.equal([
      'vendredi 22 janvier · Repas chaud · Nahel complet : inscrit sur la liste d’attente 0,00 €',
      'vendredi 22 janvier · Repas chaud · Léa complet : inscrit sur la liste d’attente 0,00 €',
    ]);
    expect(text(preview(shown))).to.contain('1 jour concerné.');
  });

  it('says each problem, focus on the first field, nothing sent, nothing typed lost', async () => {
    const { root, double } = await place();
    const shown = await openPeriod(root);
    await press(shown, 'Voir le détail');
    await waitUntil(() => summary(shown), 'no summary');
    expect(summary(shown)).to.contain('Cochez au moins un jour et un accueil.');
    expect(root.activeElement?.id).to.equal('period-slot-1-unit-morning');
    expect(text(shown.querySelector('#period-slots-error'))).to.equal(
      'Cochez au moins un jour et un accueil.',
    );

    await space(shown, 'period-slot-3-unit-morning');
    typeDate(shown, 'period-from', '2027-02-10');
    await press(shown, 'Voir le détail');
    await waitUntil(() => summary(shown).includes('Le dernier jour doit suivre le premier.'), 'no order');
    expect(root.activeElement?.id).to.equal('period-to');
    expect(input(shown, 'period-to').getAttribute('aria-invalid')).to.equal('true');

    typeDate(shown, 'period-to', '2028-02-10');
    await press(shown, 'Voir le détail');
    await waitUntil(() => summary(shown).includes('La période ne peut pas dépasser un an.'), 'no length');

    typeDate(shown, 'period-from', '');
    await space(shown, 'period-child-chi-1');
    await press(shown, 'Voir le détail');
    await waitUntil(() => summary(shown).includes('Choisissez au moins un enfant.'), 'no child problem');
    expect(summary(shown)).to.contain('Indiquez le premier jour de la période.');
    expect(root.activeElement?.id).to.equal('period-child-chi-1');
    expect(double.previews).to.have.length(0);
    expect(input(shown, 'period-to').value).to.equal('2028-02-10');

    await space(shown, 'period-child-chi-1');
    expect(input(shown, 'period-slot-3-unit-morning').checked).to.equal(true);
  });

  it('keeps what was typed when the dialog is closed and opened again', async () => {
    const { root } = await place();
    let shown = await openPeriod(root);
    await space(shown, 'period-slot-2-unit-morning');
    await space(shown, 'period-weeks-odd');
    typeDate(shown, 'period-to', '2027-03-31');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog(root), 'dialog not closed');
    shown = await openPeriod(root);
    expect(input(shown, 'period-slot-2-unit-morning').checked).to.equal(true);
    expect(input(shown, 'period-weeks-odd').checked).to.equal(true);
    expect(input(shown, 'period-to').value).to.equal('2027-03-31');
  });

  it('drops the preview when a field changes: the parent previews again before sending', async () => {
    const { root, double } = await place();
    const shown = await openPeriod(root);
    await tickMeals(shown);
    await showPreview(shown);
    await space(shown, 'period-weeks-alternate');
    await waitUntil(() => !preview(shown), 'preview kept');
    expect(buttonNamed(shown, 'Envoyer la demande')).to.equal(undefined);
    expect(text(shown.querySelector('[role="status"]'))).to.equal(
      'Vous avez modifié la demande : affichez à nouveau le détail avant de l’envoyer.',
    );
    await showPreview(shown);
    // Alternate weeks from Wednesday 20's week: the 21st, not the 25th nor the 28th.
    expect(preview(shown)!.querySelectorAll('li')).to.have.length(1);
    expect(double.previews.map((sent) => sent.weeks)).to.deep.equal(['every', 'alternate']);
    expect(double.periods).to.have.length(0);
  });

  it('keeps the form on a failure; "Réessayer" previews again, then sends the request once', async () => {
    const double = new CalendarDouble();
    double.previewFailures = 1;
    double.periodFailures = 1;
    const { el, root } = await place(double);
    const shown = await openPeriod(root);
    await tickMeals(shown);
    const failed = oneEvent(el, 'fp-error') as Promise<FpErrorEvent>;
    await press(shown, 'Voir le détail');
    expect((await failed).detail.operation).to.equal('preview-period-booking');
    await waitUntil(() => buttonNamed(shown, 'Réessayer'), 'no retry after the preview');
    expect(input(shown, 'period-slot-4-unit-meal').checked).to.equal(true);
    await press(shown, 'Réessayer');
    await waitUntil(() => preview(shown)?.querySelector('[data-button="send"]'), 'no preview');

    const refused = oneEvent(el, 'fp-error') as Promise<FpErrorEvent>;
    await press(shown, 'Envoyer la demande');
    expect((await refused).detail.operation).to.equal('book-period');
    await waitUntil(() => buttonNamed(shown, 'Réessayer'), 'no retry after the sending');
    expect(preview(shown)).to.not.equal(null);
    let submittedCount = 0;
    el.addEventListener('fp-submitted', () => (submittedCount += 1));
    await press(shown, 'Réessayer');
    await waitUntil(() => shown.querySelector('[part~="period-result"]'), 'no answer');
    expect(double.periods).to.have.length(2);
    expect(new Set(double.periods.map((sent) => sent.idempotencyKey)).size).to.equal(1);
    expect(submittedCount).to.equal(1);
  });

  it('speaks English', async () => {
    const { el, root } = await place();
    el.locale = 'en';
    await waitUntil(() => buttonNamed(root, 'Book over a period'), 'no English toolbar');
    const shown = await openPeriod(root, 'Book over a period');
    expect(text(shown.querySelector('#dialog-heading'))).to.equal('Book over a period');
    expect(text(shown.querySelector('label[for="period-weeks-alternate"]'))).to.equal('Every other week');
    expect(label(input(shown, 'period-slot-1-unit-meal'))).to.equal('Monday, Repas chaud');
    await press(shown, 'See the details');
    await waitUntil(() => summary(shown), 'no summary');
    expect(summary(shown)).to.contain('Tick at least one day and one care.');
    await tickMeals(shown);
    await press(shown, 'See the details');
    await waitUntil(() => preview(shown)?.querySelector('[part~="total"]'), 'no preview');
    expect(text(preview(shown)!.querySelector('[part~="total"]'))).to.equal('Total: + €10.50');
  });

  it('fits a 320 px screen: the grid scrolls inside its box, nothing overflows the dialog', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { root } = await place(new CalendarDouble(), { childId: null });
      const shown = await openPeriod(root);
      await tickMeals(shown);
      await showPreview(shown);
      const box = shown.getBoundingClientRect();
      expect(box.right).to.be.at.most(320);
      expect(shown.scrollWidth).to.be.at.most(shown.clientWidth + 1);
      // The grid may scroll inside its box; its box, and everything else, stays inside the dialog.
      const scroll = shown.querySelector('.period__scroll')!;
      expect(scroll.getBoundingClientRect().left).to.be.at.least(box.left);
      expect(scroll.getBoundingClientRect().right).to.be.at.most(box.right);
      for (const field of shown.querySelectorAll('input, button, li, p'))
        if (!scroll.contains(field))
          expect(field.getBoundingClientRect().right, field.id || text(field)).to.be.at.most(box.right);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
