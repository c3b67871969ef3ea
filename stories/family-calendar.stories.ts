import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import type { FamilyPortalAdapter } from '../src/adapter/index.js';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import '../src/elements/family-calendar/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { CalendarDouble, type DoubleOptions } from '../test/elements/family-calendar.fixtures.js';
import { controlsOnlyFor, describe, localeControl, playHelpers, publicEvents } from './support.js';

interface Args {
  headingLevel: number;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  view: 'child' | 'activity';
  childId: string;
  translations: Translations | undefined;
  width: string;
}

interface Loaded {
  adapter: Partial<FamilyPortalAdapter>;
  /** The month shown, `yyyy-MM`. */
  month: string;
  /** Léa's first booked day from today on, for an absence. */
  booked: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** Drafts of earlier stories (changes ticked, not sent) would show up in the next one. */
function clearDrafts(): void {
  sessionStorage.removeItem('fp-family-calendar:chi-1');
  sessionStorage.removeItem('fp-family-calendar:family');
}

/**
 * Léa's first booked day from today on, on a demo backend of its own (the
 * story's may be slow or failing): its month is the month shown, so that the
 * stories show the demo's bookings whatever the day.
 */
async function firstBooking(): Promise<Omit<Loaded, 'adapter'>> {
  const today = new Date();
  const probe = createMemoryAdapter({ family: 'known', storage: null });
  const planning = await probe.getPlanning({
    from: isoDate(today),
    to: isoDate(new Date(today.getTime() + 60 * 86_400_000)),
  });
  const booked =
    planning.children
      .find((child) => child.childId === 'chi-1')
      ?.cells.filter((cell) => cell.actions.absence)
      .map((cell) => cell.date)
      .sort()[0] ?? isoDate(today);
  return { month: booked.slice(0, 7), booked };
}

/**
 * A fresh demo backend per story, in memory only: Marc Dubois (`family:
 * "known"`) in the Belgian commune, with Léa (`chi-1`) and Tom (`chi-2`)
 * enrolled in the morning care, the canteen and the evening care (Léa on
 * Wednesdays too), their bookings dated from today. `before` acts on it
 * before the element loads.
 */
const demo =
  (options: MemoryAdapterOptions = {}, before?: (adapter: MemoryAdapter) => Promise<unknown>): Loader<Args> =>
  async () => {
    clearDrafts();
    const shown = await firstBooking();
    const adapter = createMemoryAdapter({ family: 'known', latency: 150, ...options, storage: null });
    await before?.(adapter);
    return { adapter, ...shown } satisfies Loaded;
  };

/**
 * The element tests' double, for what the demo backend cannot give: a day
 * refused after it was ticked (the service's state changed meanwhile), an
 * iCal link (a backend in the browser has no URL to give). January 2027 in a
 * Belgian commune (Nahel and Léa).
 */
const double =
  (options: DoubleOptions = {}, change?: (double: CalendarDouble) => void): Loader<Args> =>
  () => {
    clearDrafts();
    const made = new CalendarDouble(options);
    change?.(made);
    return {
      adapter: made.adapter,
      month: '2027-01',
      booked: '2027-01-21',
    } satisfies Loaded;
  };

const { find, shadowOf } = playHelpers('family-calendar');

/** The first cell in a state the parent may change: `available`, `full`, `booked`… */
const open = (state: string) => `[part~="cell-${state}"]:not([part~="cell-locked"])`;

/** Ticks two available days, a full one (the waiting list) and cancels a booked one, where the month has them. */
async function tick(canvasElement: HTMLElement): Promise<void> {
  await find(canvasElement, '[role="grid"]');
  for (const selector of [open('available'), open('available'), open('full'), open('booked')]) {
    const cell = shadowOf(canvasElement).querySelector<HTMLElement>(selector);
    if (cell) await userEvent.click(cell);
  }
  await find(canvasElement, '[part~="recap"]');
}

const meta: Meta<Args> = {
  title: 'Elements/family-calendar',
  component: 'family-calendar',
  args: { headingLevel: 2, locale: '', view: 'child', childId: 'chi-1', translations: undefined, width: '' },
  argTypes: {
    ...controlsOnlyFor('family-calendar', ['headingLevel', 'locale', 'view', 'childId', 'translations']),
    locale: localeControl,
    view: { control: 'inline-radio', options: ['child', 'activity'] },
    childId: { control: 'inline-radio', options: ['chi-1', ''] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    translations: { control: 'object' },
    width: { control: 'text' },
  },
  decorators: [withActions],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { adapter, month } = loaded as Loaded;
    return html`<div style=${args.width ? `width: ${args.width}` : nothing}>
      <family-calendar
        .adapter=${adapter}
        .translations=${args.translations}
        month=${month}
        child-id=${args.childId || nothing}
        view=${args.view}
        heading-level=${args.headingLevel}
        locale=${args.locale || nothing}
      ></family-calendar>
    </div>`;
  },
  parameters: {
    actions: { handles: publicEvents },
    docs: {
      description: {
        component:
          'The stories run on their own in-memory demo backend (`createMemoryAdapter({ family: "known", storage: null })`, what `adapter="memory"` gives on `<family-portal>`): Marc Dubois’s children Léa (`chi-1`) and Tom (`chi-2`) in the Belgian commune, their bookings dated from today, shown in the month of Léa’s next booking. Only a refusal in the answer and an iCal link, which the demo backend cannot give, and the period booking (its January 2027 grid) come from the tests’ double. Use the **Language** toolbar (or the `locale` control) to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const Loading: Story = {
  loaders: [demo({ latency: 24 * 60 * 60 * 1000 })],
  parameters: describe('While the month loads, a skeleton reserves the height; the legend is already there.'),
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [demo({ failures: [{ kind: 'network', operation: 'read', times: 2 }] })],
  parameters: describe('The backend failed: the error with "Réessayer", which reads the month again.'),
};

export const NoChildEnrolled: Story = {
  name: 'Empty: no child enrolled',
  loaders: [demo({ family: 'empty' })],
  parameters: describe('No child is enrolled in an activity: what to do first.'),
};

export const AMonth: Story = {
  name: 'A month',
  loaders: [demo()],
  parameters: describe(
    'Léa’s month: a row per unit, a column per day; week-ends and holidays shaded; days present, booked (R), awaiting the service (DR), absences, a refusal; days past or past their deadline greyed out; the legend beside. Each cell is named in full ("jeudi 21 janvier, Repas chaud, Léa : réservé, annulable jusqu’au mardi 19 janvier à 10:00, 3,50 €"). Under the grid, the month’s total and what of it awaits the service.',
  ),
};

export const AMonthDutch: Story = {
  name: 'A month, in Dutch',
  args: { locale: 'nl' },
  loaders: [demo()],
  parameters: describe('The same month in Dutch: the states, the legend, the deadlines and the total.'),
};

export const AMonthGerman: Story = {
  name: 'A month, in German',
  args: { locale: 'de' },
  loaders: [demo()],
  parameters: describe('The same month in German.'),
};

export const AMonthEnglish: Story = {
  name: 'A month, in English',
  args: { locale: 'en' },
  loaders: [demo()],
  parameters: describe('The same month in English.'),
};

export const EveryChild: Story = {
  name: 'Every child, by activity',
  args: { childId: '', view: 'activity' },
  loaders: [demo()],
  parameters: describe(
    'Without `child-id`, every child; "Par activité" puts each unit’s children together (seed 002). The month’s total has a line per child.',
  ),
};

export const PendingChanges: Story = {
  name: 'Pending changes',
  loaders: [demo()],
  play: async ({ canvasElement }) => tick(canvasElement),
  parameters: describe(
    'Days ticked and one cancelled: the recap lists the additions and the cancellation, what each will give (booked, a request, the waiting list) and the price change, with "Envoyer mes demandes" and "Annuler mes modifications".',
  ),
};

export const TheAnswer: Story = {
  name: 'The answer',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await tick(canvasElement);
    await userEvent.click(await find(canvasElement, '[part~="recap"] [part~="button-primary"]'));
    await find(canvasElement, '[part~="answer"]');
  },
  parameters: describe(
    'The service’s answer day by day (booked, the waiting list, cancelled) with the request’s number; the month is read again.',
  ),
};

export const TheAnswerRefused: Story = {
  name: 'The answer: a refusal',
  loaders: [double({ refuse: { '2027-01-25': 'booking.incompatible' } })],
  play: async ({ canvasElement }) => {
    for (const selector of [
      '[part~="cell"][data-row="1"][data-column="24"]',
      '[part~="cell"][data-row="1"][data-column="25"]',
      '[part~="cell"][data-row="2"][data-column="21"]',
    ])
      await userEvent.click(await find(canvasElement, selector));
    await userEvent.click(await find(canvasElement, '[part~="recap"] [part~="button-primary"]'));
    await find(canvasElement, '[part~="answer"]');
  },
  parameters: describe(
    'A day the service refused after it was ticked (on a double: the demo backend never offers what it refuses): the reason in words beside the days booked, requested or put on the waiting list.',
  ),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { width: '320px' },
  loaders: [demo()],
  parameters: describe(
    'At 320 px the month is a list of days, each unit’s cell in words: never a 31-column grid. The total follows it.',
  ),
};

/** Opens "S'abonner au calendrier" and waits for its content. */
async function openFeed(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(await find(canvasElement, '[data-dialog="feed"]'));
  await find(canvasElement, 'dialog[part~="dialog-feed"] .actions');
}

const feedLink = (made: CalendarDouble) => {
  made.feed = {
    url: 'https://portail.example.be/calendar/3f9c1d7be2a84c65a0d1e97b54f2c8aa.ics',
    createdAt: '2027-01-04T08:30:00Z',
  };
};

export const FeedNone: Story = {
  name: 'iCal feed: no link yet',
  loaders: [demo()],
  play: async ({ canvasElement }) => openFeed(canvasElement),
  parameters: describe(
    '"S’abonner au calendrier" opens a dialog (loaded on first opening): what the private link is for, and "Créer le lien". Escape or "Fermer" closes it, focus back on the toolbar button.',
  ),
};

export const FeedLink: Story = {
  name: 'iCal feed: the private link',
  loaders: [double({}, feedLink)],
  play: async ({ canvasElement }) => openFeed(canvasElement),
  parameters: describe(
    'On the double (the demo backend has no link to give): the family’s secret URL (read-only, selected on focus) with "Copier le lien", "Changer le lien" (the old one stops working, said beside it) and "Supprimer le lien".',
  ),
};

export const FeedError: Story = {
  name: 'iCal feed: a failed sending',
  loaders: [demo({ failures: [{ kind: 'network', operation: 'write' }] })],
  play: async ({ canvasElement }) => {
    await openFeed(canvasElement);
    await userEvent.click(await find(canvasElement, 'dialog [part~="button-primary"]'));
    await find(canvasElement, 'dialog [part~="error-panel"]');
  },
  parameters: describe(
    '"Créer le lien" failed: the error with "Réessayer", which sends the same request again.',
  ),
};

export const FeedNarrow: Story = {
  name: 'iCal feed at 320 px',
  args: { width: '320px' },
  loaders: [double({}, feedLink)],
  play: async ({ canvasElement }) => openFeed(canvasElement),
  parameters: describe('The dialog fits a 320 px screen; the URL wraps inside its field.'),
};

/** Opens "Déclarer une absence" and waits for its form. */
async function openAbsence(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  await userEvent.click(await find(canvasElement, '[data-dialog="absence"]'));
  await find(canvasElement, 'dialog[part~="dialog-absence"] form');
  return find<HTMLDialogElement>(canvasElement, 'dialog[part~="dialog-absence"]');
}

/** Fills the absence of Léa's next booked day for illness, as a parent would. */
async function fillAbsence(dialog: HTMLDialogElement, { booked }: Loaded): Promise<void> {
  const from = dialog.querySelector<HTMLInputElement>('#absence-from')!;
  from.value = booked;
  from.dispatchEvent(new Event('input'));
  await userEvent.click(dialog.querySelector<HTMLInputElement>('#absence-reason-illness')!);
}

/** Picks `files` in the certificates' input, as the file chooser would. */
function pickFiles(dialog: HTMLDialogElement, files: File[]): void {
  const input = dialog.querySelector<HTMLInputElement>('#absence-files')!;
  const transfer = new DataTransfer();
  files.forEach((file) => transfer.items.add(file));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

const certificate = () =>
  // A PDF's first bytes: the demo backend checks them, as the server does.
  new File(['%PDF-1.7\n', new Uint8Array(2048)], 'certificat-medical.pdf', { type: 'application/pdf' });

export const AbsenceForm: Story = {
  name: 'Absence: the form',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await openAbsence(canvasElement);
  },
  parameters: describe(
    '"Déclarer une absence" (loaded on first opening; also from a booked day’s panel, with that day): the child, the period, the units (all by default), the reason, a comment and medical certificates.',
  ),
};

export const AbsenceProblems: Story = {
  name: 'Absence: problems on submit',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    const dialog = await openAbsence(canvasElement);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="absence-send"]')!);
    await find(canvasElement, 'dialog [part~="error-summary"]');
  },
  parameters: describe(
    'Sent without a period or a reason: the problems in a summary that takes focus, each a link to its field.',
  ),
};

export const AbsenceFiles: Story = {
  name: 'Absence: files refused',
  loaders: [demo()],
  play: async ({ canvasElement, loaded }) => {
    const dialog = await openAbsence(canvasElement);
    await fillAbsence(dialog, loaded as Loaded);
    pickFiles(dialog, [
      new File(['GIF89a'], 'photo.gif', { type: 'image/gif' }),
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'scan.pdf', { type: 'application/pdf' }),
      certificate(),
    ]);
    await find(canvasElement, 'dialog [part~="file-error"]');
  },
  parameters: describe(
    'A GIF and a PDF over 10 MB are not added, each refusal said in words; the certificate is kept, and so is what was typed.',
  ),
};

export const AbsenceRetry: Story = {
  name: 'Absence: a failed upload',
  loaders: [demo({ failures: [{ kind: 'network', operation: 'write' }] })],
  play: async ({ canvasElement, loaded }) => {
    const dialog = await openAbsence(canvasElement);
    await fillAbsence(dialog, loaded as Loaded);
    pickFiles(dialog, [certificate()]);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="absence-send"]')!);
    await find(canvasElement, 'dialog [part~="error-panel"]');
  },
  parameters: describe(
    'The certificate’s upload failed: the error with "Réessayer", the form as typed; each file and the request are sent once.',
  ),
};

export const AbsenceDone: Story = {
  name: 'Absence: the answer',
  loaders: [demo()],
  play: async ({ canvasElement, loaded }) => {
    const dialog = await openAbsence(canvasElement);
    await fillAbsence(dialog, loaded as Loaded);
    pickFiles(dialog, [certificate()]);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="absence-send"]')!);
    await find(canvasElement, 'dialog [part~="absence-result"]');
  },
  parameters: describe('The request’s number and status; the planning is read again.'),
};

export const AbsenceNarrow: Story = {
  name: 'Absence at 320 px',
  args: { width: '320px' },
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await openAbsence(canvasElement);
  },
  parameters: describe('The dialog fits a 320 px screen.'),
};

/** Opens "Réserver sur une période" and waits for its form. */
async function openPeriod(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  await userEvent.click(await find(canvasElement, '[data-dialog="period"]'));
  await find(canvasElement, 'dialog[part~="dialog-period"] form');
  return find<HTMLDialogElement>(canvasElement, 'dialog[part~="dialog-period"]');
}

/** Ticks the meal on Mondays and Thursdays and asks for the detail. */
async function previewPeriod(dialog: HTMLDialogElement): Promise<void> {
  await userEvent.click(dialog.querySelector<HTMLInputElement>('#period-slot-1-unit-meal')!);
  await userEvent.click(dialog.querySelector<HTMLInputElement>('#period-slot-4-unit-meal')!);
  await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="preview"] button')!);
}

export const PeriodForm: Story = {
  name: 'Period booking: the form',
  args: { childId: '' },
  loaders: [double()],
  play: async ({ canvasElement }) => {
    await openPeriod(canvasElement);
  },
  parameters: describe(
    '"Réserver sur une période" (seed 003; loaded on first opening): the children (the first checked), from the month’s first bookable day to its last, which weeks, and a weekday × unit grid whose checkboxes are named "lundi, Repas chaud".',
  ),
};

export const PeriodPreview: Story = {
  name: 'Period booking: the preview',
  loaders: [double()],
  play: async ({ canvasElement }) => {
    await previewPeriod(await openPeriod(canvasElement));
    await find(canvasElement, 'dialog [part~="period-preview"] [data-button="send"]');
  },
  parameters: describe(
    'The meal on Mondays and Thursdays: "Voir le détail" lists what each date would give for each child, how many days and the total, then "Envoyer la demande". Changing a field drops the preview.',
  ),
};

export const PeriodAnswer: Story = {
  name: 'Period booking: the answer',
  loaders: [double()],
  play: async ({ canvasElement }) => {
    await previewPeriod(await openPeriod(canvasElement));
    await userEvent.click(await find(canvasElement, 'dialog [data-button="send"] button'));
    await find(canvasElement, 'dialog [part~="period-result"]');
  },
  parameters: describe(
    'The request’s number, each date’s outcome and the total; the planning is read again and `fp-submitted` says `kind: "period-booking"`.',
  ),
};

export const PeriodError: Story = {
  name: 'Period booking: a failed sending',
  loaders: [double({}, (made) => (made.periodFailures = 1))],
  play: async ({ canvasElement }) => {
    await previewPeriod(await openPeriod(canvasElement));
    await userEvent.click(await find(canvasElement, 'dialog [data-button="send"] button'));
    await find(canvasElement, 'dialog [part~="error-panel"]');
  },
  parameters: describe(
    '"Envoyer la demande" failed: the error with "Réessayer", which sends the same request once more (same idempotency key); the form and the preview are kept.',
  ),
};

export const PeriodProblems: Story = {
  name: 'Period booking: problems',
  loaders: [double()],
  play: async ({ canvasElement }) => {
    const dialog = await openPeriod(canvasElement);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="preview"] button')!);
    await find(canvasElement, 'dialog [part~="error-summary"]');
  },
  parameters: describe(
    'Nothing ticked: the problem in a summary and beside the grid, focus on its first checkbox.',
  ),
};

export const PeriodNarrow: Story = {
  name: 'Period booking at 320 px',
  args: { width: '320px' },
  loaders: [double()],
  play: async ({ canvasElement }) => {
    await previewPeriod(await openPeriod(canvasElement));
    await find(canvasElement, 'dialog [part~="period-preview"]');
  },
  parameters: describe('The dialog fits a 320 px screen; the grid scrolls inside its box when it must.'),
};

/** Opens "Dupliquer le planning" and waits for its form. */
async function openCopy(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  await userEvent.click(await find(canvasElement, '[data-dialog="copy"]'));
  await find(canvasElement, 'dialog[part~="dialog-copy"] form');
  return find<HTMLDialogElement>(canvasElement, 'dialog[part~="dialog-copy"]');
}

/** Léa's canteen to Tom over the rest of the month: "Voir le détail". */
async function previewCopy(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  const dialog = await openCopy(canvasElement);
  await userEvent.click(dialog.querySelector<HTMLInputElement>('#copy-target-chi-2')!);
  await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="preview"]')!);
  await find(canvasElement, 'dialog [part~="copy-preview"]');
  return dialog;
}

export const CopyForm: Story = {
  name: 'Copy: the form',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await openCopy(canvasElement);
  },
  parameters: describe(
    '"Dupliquer le planning" (seed 002; offered with two children or more, loaded on first opening): whose planning, the activity (the one with days booked this month), the siblings to copy it to, and the period (the month’s first bookable day to its end).',
  ),
};

export const CopyProblems: Story = {
  name: 'Copy: problems',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    const dialog = await openCopy(canvasElement);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="preview"]')!);
    await find(canvasElement, 'dialog [part~="error-summary"]');
  },
  parameters: describe('No sibling ticked: the problem in a summary that takes focus, a link to the field.'),
};

export const CopyPreview: Story = {
  name: 'Copy: the preview',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await previewCopy(canvasElement);
  },
  parameters: describe(
    '"Voir le détail": for each sibling (a heading per first name), each date and what it would give (booked, the waiting list, already booked, refused and why), and the total. Nothing is booked yet; changing a field drops the preview.',
  ),
};

export const CopyPreviewEnglish: Story = {
  name: 'Copy: the preview, in English',
  args: { locale: 'en' },
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await previewCopy(canvasElement);
  },
  parameters: describe('The same preview in English.'),
};

export const CopyAnswer: Story = {
  name: 'Copy: the answer',
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    const dialog = await previewCopy(canvasElement);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="send"]')!);
    await find(canvasElement, 'dialog [part~="copy-result"]');
  },
  parameters: describe(
    '"Copier le planning": one request; its number, the answer per sibling and date, the total; the planning is read again.',
  ),
};

export const CopyRetry: Story = {
  name: 'Copy: a failed sending',
  loaders: [demo({ failures: [{ kind: 'network', operation: 'write' }] })],
  play: async ({ canvasElement }) => {
    const dialog = await previewCopy(canvasElement);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="send"]')!);
    await find(canvasElement, 'dialog [part~="copy-preview"] [part~="error-panel"]');
  },
  parameters: describe(
    'The copy failed: the error with "Réessayer", the preview kept; "Réessayer" sends the same request (its idempotency key), never two copies.',
  ),
};

export const CopyNarrow: Story = {
  name: 'Copy at 320 px',
  args: { width: '320px' },
  loaders: [demo()],
  play: async ({ canvasElement }) => {
    await previewCopy(canvasElement);
  },
  parameters: describe('The dialog and its preview fit a 320 px screen.'),
};
