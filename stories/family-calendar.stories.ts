import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { userEvent } from 'storybook/test';
import type { FamilyPortalAdapter } from '../src/adapter/index.js';
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
}

/*
 * Until the demo backend serves the calendar, the stories use the element
 * tests' double: January 2027 in a Belgian commune (Nahel and Léa, "Accueil
 * du matin" and "Repas chaud"), answered as a backend would.
 */
const backend =
  (options: DoubleOptions = {}, change?: (double: CalendarDouble) => void): Loader<Args> =>
  () => {
    sessionStorage.removeItem('fp-family-calendar:chi-1');
    sessionStorage.removeItem('fp-family-calendar:family');
    const double = new CalendarDouble(options);
    change?.(double);
    return { adapter: double.adapter };
  };

const { find } = playHelpers('family-calendar');

/** Ticks the morning of Monday 25, Tuesday 26 (on request) and Friday 22's meal (full), and cancels Thursday 21. */
async function tick(canvasElement: HTMLElement): Promise<void> {
  for (const selector of [
    '[part~="cell"][data-row="1"][data-column="24"]',
    '[part~="cell"][data-row="1"][data-column="25"]',
    '[part~="cell"][data-row="2"][data-column="21"]',
    '[part~="cell"][data-row="1"][data-column="20"]',
  ])
    await userEvent.click(await find(canvasElement, selector));
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
    const { adapter } = loaded as Loaded;
    return html`<div style=${args.width ? `width: ${args.width}` : nothing}>
      <family-calendar
        .adapter=${adapter}
        .translations=${args.translations}
        month="2027-01"
        child-id=${args.childId || nothing}
        view=${args.view}
        heading-level=${args.headingLevel}
        locale=${args.locale || nothing}
      ></family-calendar>
    </div>`;
  },
  parameters: { actions: { handles: publicEvents } },
};
export default meta;

type Story = StoryObj<Args>;

export const Loading: Story = {
  loaders: [
    backend({}, (double) => {
      // A month that never arrives.
      const never = { getPlanning: () => new Promise(() => undefined) };
      double.adapter = { ...double.adapter, ...never } as Partial<FamilyPortalAdapter>;
    }),
  ],
  parameters: describe('While the month loads, a skeleton reserves the height; the legend is already there.'),
};

export const LoadError: Story = {
  name: 'Error',
  loaders: [backend({}, (double) => (double.planningFailures = 1))],
  parameters: describe('The backend failed: the error with "Réessayer", which reads the month again.'),
};

export const NoChildEnrolled: Story = {
  name: 'Empty: no child enrolled',
  loaders: [backend({ enrolled: false })],
  parameters: describe('No child is enrolled in an activity: what to do first.'),
};

export const AMonth: Story = {
  name: 'A month',
  loaders: [backend()],
  parameters: describe(
    'January 2027 for Nahel: a row per unit, a column per day; week-ends and the public holiday shaded; booked days (R), a full meal (C), days past or past their deadline greyed out; the legend beside. Each cell is named in full ("jeudi 21 janvier, Accueil du matin, Nahel : réservé, annulable jusqu’au mardi 19 janvier à 10:00, 1,50 €").',
  ),
};

export const EveryChild: Story = {
  name: 'Every child, by activity',
  args: { childId: '', view: 'activity' },
  loaders: [backend()],
  parameters: describe(
    'Without `child-id`, every child; "Par activité" puts each unit’s children together (seed 002).',
  ),
};

export const PendingChanges: Story = {
  name: 'Pending changes',
  loaders: [backend()],
  play: async ({ canvasElement }) => tick(canvasElement),
  parameters: describe(
    'Three days ticked and one cancelled: the recap lists the additions and the cancellation, what each will give (booked, a request, the waiting list) and the price change, with "Envoyer mes demandes" and "Annuler mes modifications".',
  ),
};

export const TheAnswer: Story = {
  name: 'The answer',
  loaders: [backend({ refuse: { '2027-01-25': 'booking.incompatible' } })],
  play: async ({ canvasElement }) => {
    await tick(canvasElement);
    await userEvent.click(await find(canvasElement, '[part~="recap"] [part~="button-primary"]'));
    await find(canvasElement, '[part~="answer"]');
  },
  parameters: describe(
    'The service’s answer day by day: booked, a request awaiting the service, the waiting list, a refusal with its reason; the month is read again.',
  ),
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  args: { width: '320px' },
  loaders: [backend()],
  parameters: describe(
    'At 320 px the month is a list of days, each unit’s cell in words: never a 31-column grid.',
  ),
};

/** Opens "S'abonner au calendrier" and waits for its content. */
async function openFeed(canvasElement: HTMLElement): Promise<void> {
  await userEvent.click(await find(canvasElement, '[data-dialog="feed"]'));
  await find(canvasElement, 'dialog[part~="dialog-feed"] .actions');
}

const feedLink = (double: CalendarDouble) => {
  double.feed = {
    url: 'https://portail.example.be/calendar/3f9c1d7be2a84c65a0d1e97b54f2c8aa.ics',
    createdAt: '2027-01-04T08:30:00Z',
  };
};

export const FeedNone: Story = {
  name: 'iCal feed: no link yet',
  loaders: [backend()],
  play: async ({ canvasElement }) => openFeed(canvasElement),
  parameters: describe(
    '"S’abonner au calendrier" opens a dialog (loaded on first opening): what the private link is for, and "Créer le lien". Escape or "Fermer" closes it, focus back on the toolbar button.',
  ),
};

export const FeedLink: Story = {
  name: 'iCal feed: the private link',
  loaders: [backend({}, feedLink)],
  play: async ({ canvasElement }) => openFeed(canvasElement),
  parameters: describe(
    'The family’s secret URL (read-only, selected on focus) with "Copier le lien", "Changer le lien" (the old one stops working, said beside it) and "Supprimer le lien".',
  ),
};

export const FeedError: Story = {
  name: 'iCal feed: a failed sending',
  loaders: [backend({}, (double) => (double.feedFailures = 1))],
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
  loaders: [backend({}, feedLink)],
  play: async ({ canvasElement }) => openFeed(canvasElement),
  parameters: describe('The dialog fits a 320 px screen; the URL wraps inside its field.'),
};

/** Opens "Déclarer une absence" and waits for its form. */
async function openAbsence(canvasElement: HTMLElement): Promise<HTMLDialogElement> {
  await userEvent.click(await find(canvasElement, '[data-dialog="absence"]'));
  await find(canvasElement, 'dialog[part~="dialog-absence"] form');
  return find<HTMLDialogElement>(canvasElement, 'dialog[part~="dialog-absence"]');
}

/** Fills the absence of Thursday 21 January for illness, as a parent would. */
async function fillAbsence(dialog: HTMLDialogElement): Promise<void> {
  const from = dialog.querySelector<HTMLInputElement>('#absence-from')!;
  from.value = '2027-01-21';
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
  new File([new Uint8Array(2048)], 'certificat-medical.pdf', { type: 'application/pdf' });

export const AbsenceForm: Story = {
  name: 'Absence: the form',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await openAbsence(canvasElement);
  },
  parameters: describe(
    '"Déclarer une absence" (loaded on first opening; also from a booked day’s panel, with that day): the child, the period, the units (all by default), the reason, a comment and medical certificates.',
  ),
};

export const AbsenceProblems: Story = {
  name: 'Absence: problems on submit',
  loaders: [backend()],
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
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    const dialog = await openAbsence(canvasElement);
    await fillAbsence(dialog);
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
  loaders: [backend({}, (double) => (double.uploadFailures = 1))],
  play: async ({ canvasElement }) => {
    const dialog = await openAbsence(canvasElement);
    await fillAbsence(dialog);
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
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    const dialog = await openAbsence(canvasElement);
    await fillAbsence(dialog);
    pickFiles(dialog, [certificate()]);
    await userEvent.click(dialog.querySelector<HTMLButtonElement>('[data-button="absence-send"]')!);
    await find(canvasElement, 'dialog [part~="absence-result"]');
  },
  parameters: describe('The request’s number and status; the planning is read again.'),
};

export const AbsenceNarrow: Story = {
  name: 'Absence at 320 px',
  args: { width: '320px' },
  loaders: [backend()],
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
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await openPeriod(canvasElement);
  },
  parameters: describe(
    '"Réserver sur une période" (seed 003; loaded on first opening): the children (the first checked), from the month’s first bookable day to its last, which weeks, and a weekday × unit grid whose checkboxes are named "lundi, Repas chaud".',
  ),
};

export const PeriodPreview: Story = {
  name: 'Period booking: the preview',
  loaders: [backend()],
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
  loaders: [backend()],
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
  loaders: [backend({}, (double) => (double.periodFailures = 1))],
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
  loaders: [backend()],
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
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await previewPeriod(await openPeriod(canvasElement));
    await find(canvasElement, 'dialog [part~="period-preview"]');
  },
  parameters: describe('The dialog fits a 320 px screen; the grid scrolls inside its box when it must.'),
};
