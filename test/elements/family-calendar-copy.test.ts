import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { AdapterError, type FamilyPortalAdapter } from '../../src/adapter/index.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type {
  BookingItem,
  BookingPreview,
  BookingResult,
  PlanningCopy,
  PlanningRange,
} from '../../src/domain/index.js';
import type { WriteOptions } from '../../src/domain/operations/index.js';
import { CalendarDouble, now, planningOf } from './family-calendar.fixtures.js';
import { buttonNamed, placeCalendar as place, press, text } from './family-calendar.page.js';

/*
 * "Dupliquer le planning": Nahel (chi-1) has the mornings of 11 and 21 January booked; copied to Léa
 * (chi-2) from the month's first bookable day (Wednesday 20) to its end, the 21st is booked for her.
 */

/** The calendar double, answering copies as a backend would from what each target's cell allows. */
class CopyDouble extends CalendarDouble {
  copyPreviews: PlanningCopy[] = [];
  copies: { input: PlanningCopy; idempotencyKey: string }[] = [];
  /** Makes the next copies fail, as on a dropped connection. */
  copyFailures = 0;

  constructor() {
    super();
    this.adapter = {
      ...this.adapter,
      previewPlanningCopy: (copy: PlanningCopy) => {
        this.copyPreviews.push(copy);
        return Promise.resolve(this.outcome(copy));
      },
      copyPlanning: (copy: PlanningCopy, { idempotencyKey }: WriteOptions) => this.copy(copy, idempotencyKey),
    } as unknown as Partial<FamilyPortalAdapter>;
  }

  private outcome(copy: PlanningCopy): BookingPreview {
    const planning = planningOf({ from: copy.from, to: copy.to });
    const source = planning.children.find((child) => child.childId === copy.sourceChildId)!;
    const items = copy.targetChildIds.flatMap((childId) =>
      source.cells
        .filter((cell) => cell.status === 'booked')
        .map((held): BookingItem => {
          const cell = planning.children
            .find((child) => child.childId === childId)!
            .cells.find((found) => found.unitId === held.unitId && found.date === held.date)!;
          const base = { childId, unitId: cell.unitId, date: cell.date, action: 'book' as const };
          const outcome = cell.actions.book?.outcome;
          if (!outcome)
            return { ...base, outcome: 'refused', reason: 'booking.deadline-passed', deltaCents: 0 };
          return { ...base, outcome, deltaCents: outcome === 'waiting' ? 0 : cell.priceCents };
        }),
    );
    return { items, totalDeltaCents: items.reduce((sum, item) => sum + item.deltaCents, 0), currency: 'EUR' };
  }

  private async copy(copy: PlanningCopy, idempotencyKey: string): Promise<BookingResult> {
    this.copies.push({ input: copy, idempotencyKey });
    if (this.copyFailures > 0) {
      this.copyFailures -= 1;
      throw new AdapterError({ type: 'network', code: 'network', retryable: true });
    }
    return {
      ...this.outcome(copy),
      receipt: {
        id: 'req-copy-1',
        number: '27-40',
        trackingCode: 'CPYQZKWN',
        kind: 'planning-copy',
        status: 'accepted',
        submittedAt: now.toISOString(),
        history: [],
      },
    };
  }
}

const dialog = (root: ShadowRoot) => root.querySelector<HTMLDialogElement>('dialog[part~="dialog-copy"]');
const field = <T extends HTMLElement = HTMLInputElement>(shown: HTMLElement, id: string) =>
  shown.querySelector<T>(`#${id}`)!;

async function openCopy(root: ShadowRoot) {
  await press(root, 'Dupliquer le planning');
  await waitUntil(() => dialog(root)?.open && dialog(root)?.querySelector('form'), 'no copy dialog');
  return dialog(root)!;
}

/** Types a date as the browser's date field reports it. */
function typeDate(shown: HTMLElement, id: string, value: string) {
  const input = field(shown, id);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

/** Ticks the second child (chi-2) by keyboard and asks for the preview. */
async function previewForChi2(shown: HTMLElement) {
  field(shown, 'copy-target-chi-2').focus();
  await sendKeys({ press: 'Space' });
  await press(shown, 'Voir le détail');
  await waitUntil(() => shown.querySelector('[part~="copy-preview"] [part~="total"]'), 'no preview');
  return shown.querySelector('[part~="copy-preview"]')!;
}

describe('<family-calendar> "Dupliquer le planning"', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible, with its preview', async () => {
    const { root } = await place(new CopyDouble());
    const shown = await openCopy(root);
    await expect(shown).to.be.accessible();
    await previewForChi2(shown);
    await expect(shown).to.be.accessible();
  });

  it('copies by keyboard: preview per child and date, one request, the answer; focus back to the opener', async () => {
    const double = new CopyDouble();
    const { el, root } = await place(double);
    const shown = await openCopy(root);
    expect(root.activeElement?.id).to.equal('dialog-heading');
    expect(field<HTMLSelectElement>(shown, 'copy-source').value).to.equal('chi-1');
    expect(text(field<HTMLSelectElement>(shown, 'copy-activity').selectedOptions[0])).to.equal(
      'Accueil extrascolaire',
    );
    expect(field(shown, 'copy-from').value).to.equal('2027-01-20');
    expect(field(shown, 'copy-to').value).to.equal('2027-01-31');
    expect(shown.querySelector('#copy-target-chi-1')).to.equal(null);

    const preview = await previewForChi2(shown);
    expect(root.activeElement?.id).to.equal('copy-preview-heading');
    expect(double.copyPreviews).to.deep.equal([
      {
        sourceChildId: 'chi-1',
        targetChildIds: ['chi-2'],
        activityId: 'act-care',
        from: '2027-01-20',
        to: '2027-01-31',
      },
    ]);
    expect(text(preview.querySelector('[role="heading"][aria-level="5"]'))).to.equal('Léa');
    expect(text(preview.querySelector('[part~="answer-item"]'))).to.equal(
      'jeudi 21 janvier · Accueil du matin réservé + 1,50 €',
    );
    expect(text(preview.querySelector('[part~="total"]'))).to.equal('Total : + 1,50 €');
    expect(double.copies).to.have.length(0);

    const submitted = oneEvent(el, 'fp-submitted');
    await press(shown, 'Copier le planning');
    const event = await submitted;
    expect(event.detail).to.deep.include({ kind: 'planning-copy', requestNumber: '27-40' });
    await waitUntil(() => shown.querySelector('[part~="copy-result"]'), 'no answer');
    const answer = shown.querySelector('[part~="copy-result"]')!;
    expect(text(answer.querySelector('#copy-result-heading'))).to.equal('Planning copié : demande n° 27-40.');
    expect(root.activeElement?.id).to.equal('copy-result-heading');
    expect(text(answer)).to.contain('Léa');
    expect(text(answer.querySelector('[part~="answer-item"]'))).to.contain('jeudi 21 janvier');
    expect(double.copies).to.have.length(1);
    await waitUntil(() => double.planningReads.length === 2, 'planning not read again');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => text(root.activeElement) === 'Dupliquer le planning', 'focus not back');
  });

  it('is offered only when the planning has several children', async () => {
    const double = new CopyDouble();
    const getPlanning = (range: PlanningRange) => {
      const planning = planningOf(range);
      return Promise.resolve({ ...planning, children: planning.children.slice(0, 1) });
    };
    const { root } = await place(double, { adapter: { ...double.adapter, getPlanning } });
    expect(root.querySelector('[data-dialog="copy"]')).to.equal(null);
    expect(root.querySelector('[data-dialog="absence"]')).to.not.equal(null);
  });

  it('says what is missing in a summary that takes focus, each link to its field; nothing is sent', async () => {
    const double = new CopyDouble();
    const { root } = await place(double);
    const shown = await openCopy(root);
    typeDate(shown, 'copy-from', '');
    await press(shown, 'Voir le détail');
    await waitUntil(() => shown.querySelector('[part~="error-summary"]'), 'no summary');
    const summary = shown.querySelector('[part~="error-summary"]')!;
    expect(root.activeElement).to.equal(summary);
    expect([...summary.querySelectorAll('a')].map(text)).to.deep.equal([
      'Cochez au moins un enfant qui recevra ce planning.',
      'Indiquez le premier jour de la période.',
    ]);
    summary.querySelector<HTMLAnchorElement>('a[href="#copy-from"]')!.click();
    expect(root.activeElement?.id).to.equal('copy-from');
    expect(field(shown, 'copy-from').getAttribute('aria-invalid')).to.equal('true');

    typeDate(shown, 'copy-from', '2027-01-28');
    typeDate(shown, 'copy-to', '2027-01-21');
    field(shown, 'copy-target-chi-2').click();
    await press(shown, 'Voir le détail');
    await waitUntil(
      () => text(shown.querySelector('[part~="error-summary"]')).includes('suivre'),
      'no order',
    );
    expect(text(shown.querySelector('[part~="error-summary"] ul'))).to.equal(
      'Le dernier jour doit suivre le premier.',
    );
    expect(field(shown, 'copy-to').value).to.equal('2027-01-21');
    expect(field(shown, 'copy-target-chi-2').checked).to.equal(true);
    expect(double.copyPreviews).to.have.length(0);
    expect(double.copies).to.have.length(0);
  });

  it('keeps the preview when the copy fails; "Réessayer" sends the same request once more', async () => {
    const double = new CopyDouble();
    double.copyFailures = 1;
    const { el, root } = await place(double);
    const errors: string[] = [];
    el.addEventListener('fp-error', (event) => errors.push(event.detail.operation));
    const shown = await openCopy(root);
    await previewForChi2(shown);
    await press(shown, 'Copier le planning');
    await waitUntil(() => buttonNamed(shown, 'Réessayer'), 'no retry');
    expect(errors).to.deep.equal(['copy-planning']);
    expect(text(shown.querySelector('[part~="copy-preview"] [part~="total"]'))).to.equal('Total : + 1,50 €');
    await press(shown, 'Réessayer');
    await waitUntil(() => shown.querySelector('[part~="copy-result"]'), 'no answer');
    expect(double.copies).to.have.length(2);
    expect(new Set(double.copies.map((copy) => copy.idempotencyKey)).size).to.equal(1);
  });

  it('drops the preview when a field changes; the parent previews again before sending', async () => {
    const double = new CopyDouble();
    const { root } = await place(double);
    const shown = await openCopy(root);
    await previewForChi2(shown);
    typeDate(shown, 'copy-to', '2027-01-29');
    await waitUntil(() => !shown.querySelector('[part~="copy-preview"]'), 'preview kept');
    expect(shown.querySelector('[data-button="send"]')).to.equal(null);
    expect(text(shown)).to.contain('Vous avez modifié la copie');
    await press(shown, 'Voir le détail');
    await waitUntil(() => shown.querySelector('[data-button="send"]'), 'no new preview');
    expect(double.copyPreviews.map((copy) => copy.to)).to.deep.equal(['2027-01-31', '2027-01-29']);
  });

  it('copies Léa’s canteen (the activity she has days booked in) to Tom on the demo backend', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null, now: () => now });
    const { root } = await place(new CopyDouble(), { adapter, childId: null });
    const shown = await openCopy(root);
    expect(field<HTMLSelectElement>(shown, 'copy-activity').value).to.equal('be-meal');
    const preview = await previewForChi2(shown);
    expect(text(preview.querySelector('[role="heading"][aria-level="5"]'))).to.equal('Tom');
    expect(preview.querySelectorAll('[part~="answer-booked"]').length).to.be.greaterThan(0);
    await press(shown, 'Copier le planning');
    await waitUntil(() => shown.querySelector('[part~="copy-result"]'), 'no answer');
    const answer = shown.querySelector('[part~="copy-result"]')!;
    expect(text(answer.querySelector('#copy-result-heading'))).to.match(
      /^Planning copié : demande n° \S+\.$/,
    );
    expect(answer.querySelectorAll('[part~="answer-booked"]').length).to.be.greaterThan(0);
  });

  it('fits a 320 px screen', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const { root } = await place(new CopyDouble());
      const shown = await openCopy(root);
      await previewForChi2(shown);
      expect(shown.scrollWidth).to.be.at.most(shown.clientWidth + 1);
      expect(shown.getBoundingClientRect().right).to.be.at.most(320);
    } finally {
      await setViewport({ width: 1280, height: 800 });
    }
  });
});
