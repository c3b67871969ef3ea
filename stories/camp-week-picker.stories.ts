import type { Loader, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { withActions } from 'storybook/actions/decorator';
import { expect, userEvent } from 'storybook/test';
import { seedCampBusyWeek, seedCamps } from '../src/demo-data/camps.js';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from '../src/adapter/memory/index.js';
import type { Camp, CampAvailability, CampWeek } from '../src/domain/index.js';
import { textIn } from '../src/domain/localized-text.js';
import type { CampDayChoice } from '../src/elements/camp-week-picker/camp-week-picker.js';
import '../src/elements/camp-week-picker/define.js';
import type { Translations } from '../src/shared/i18n/localize.js';
import { controlsOnlyFor, describe, localeControl, playHelpers } from './support.js';

interface Args {
  headingLevel: number;
  required: boolean;
  disabled: boolean;
  resident: boolean;
  locale: '' | 'fr' | 'nl' | 'de' | 'en';
  translations: Translations | undefined;
}

/** Either a demo backend the element loads from (`camp-id`, `child-id`), or the camp and places a host gives. */
interface Loaded {
  adapter?: MemoryAdapter;
  camp?: Camp;
  availability?: CampAvailability;
  value?: CampDayChoice[];
}

/**
 * The demo's summer ("Plaines d’été"), dated from today as the demo backend
 * dates it: the coming summer whose registration is open.
 */
const summer = (): Camp => seedCamps('be', new Date()).find((camp) => camp.kind === 'plaine')!;

/** The child's places: 24 every open day, unless `left` says otherwise; `null`: the camp is not for the child. */
function availabilityOf(
  camp: Camp,
  left: Record<string, number> = {},
  groupId: string | null = '10-12-ans',
): CampAvailability {
  return {
    campId: camp.id,
    childId: 'chi-1',
    groupId,
    days:
      groupId === null
        ? []
        : camp.weeks
            .flatMap((week) => week.days)
            .filter((day) => day.open)
            .map((day) => ({ date: day.date, capacity: 24, left: left[day.date] ?? 24, waiting: 0 })),
  };
}

/** A week's first open day, chosen: the picker opens on that week (as on a draft). */
const openingOn = (week: CampWeek): CampDayChoice[] => [{ date: week.days.find((day) => day.open)!.date }];

/**
 * The element loads by itself (`camp-id`, `child-id="chi-1"`: Léa, 10–12 ans)
 * from a fresh demo backend kept in memory only, Marc Dubois signed in.
 */
const backend =
  (options: MemoryAdapterOptions = {}): Loader<Args> =>
  () => ({
    adapter: createMemoryAdapter({ latency: 150, family: 'known', ...options, storage: null }),
  });

/** A host gives the camp and the places (as `<child-enrol>` does): `change` adapts them. */
const given =
  (change: (camp: Camp) => Partial<Loaded> = () => ({})): Loader<Args> =>
  () => {
    const camp = summer();
    return { camp, availability: availabilityOf(camp), ...change(camp) };
  };

const { find } = playHelpers('camp-week-picker');

const tick = async (canvasElement: HTMLElement, selector: string): Promise<void> => {
  await userEvent.click(await find<HTMLInputElement>(canvasElement, selector));
};

const meta: Meta<Args> = {
  title: 'Elements/camp-week-picker',
  component: 'camp-week-picker',
  args: {
    headingLevel: 3,
    required: false,
    disabled: false,
    resident: true,
    locale: '',
    translations: undefined,
  },
  argTypes: {
    ...controlsOnlyFor('camp-week-picker', [
      'headingLevel',
      'required',
      'disabled',
      'resident',
      'locale',
      'translations',
    ]),
    locale: localeControl,
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    required: { control: 'boolean' },
    disabled: { control: 'boolean' },
    resident: { control: 'boolean' },
    translations: { control: 'object' },
  },
  decorators: [withActions],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { adapter, camp, availability, value } = loaded as Loaded;
    return html`
      <camp-week-picker
        .adapter=${adapter}
        camp-id=${adapter ? summer().id : nothing}
        child-id=${adapter ? 'chi-1' : nothing}
        .camp=${camp}
        .availability=${availability}
        .resident=${args.resident}
        .value=${value ?? []}
        .translations=${args.translations}
        name="days"
        heading-level=${args.headingLevel}
        locale=${args.locale || nothing}
        ?required=${args.required}
        ?disabled=${args.disabled}
      ></camp-week-picker>
    `;
  },
  parameters: {
    actions: { handles: ['change', 'fp-error'] },
    docs: {
      description: {
        component:
          'The days of a camp for one child, a week at a time. Most stories give the element the demo’s summer and the child’s places as `<child-enrol>` does (`camp`, `availability`, `resident` properties); the loading stories let it load them itself (`camp-id`, `child-id`) from an in-memory demo backend. The summer is dated from today: the coming summer whose registration is open. Use the **Language** toolbar to see each state in French, Dutch, German or English.',
      },
    },
  },
};
export default meta;

type Story = StoryObj<Args>;

export const OpenWeek: Story = {
  name: 'Open week: activities, places and prices',
  loaders: [given((camp) => ({ value: openingOn(camp.weeks[1]!) }))],
  parameters: describe(
    'The summer’s second week, Monday chosen: each day with its activities and their supplement ("Walibi + 15,00 €"), the places left and the day’s price; the week’s price follows the choice. "Semaine précédente" and "Semaine suivante" go through the weeks still open.',
  ),
};

export const ThemeTicked: Story = {
  name: 'Theme ticked: the whole week',
  loaders: [given((camp) => ({ value: openingOn(camp.weeks[1]!) }))],
  play: async ({ canvasElement }) => {
    await tick(canvasElement, '#theme');
    const root = canvasElement.querySelector('camp-week-picker')?.shadowRoot;
    await expect(root?.querySelectorAll('[part~="day-chosen"]')).toHaveLength(5);
  },
  parameters: describe(
    'Ticking the week’s theme chooses every open day with its activities (seed 000: "les différents jours de la semaine sont automatiquement sélectionnés ainsi que l’activité"); the whole week costs the week price.',
  ),
};

export const FirstWeek: Story = {
  name: 'First week (short, no previous week)',
  loaders: [given()],
  parameters: describe(
    'The first week still open: "Semaine précédente" is unavailable. Days before the summer starts are closed ("Pas encore de plaine"); a short week costs its week price prorated to its open days.',
  ),
};

export const WholeWeeksOnly: Story = {
  name: 'Whole weeks only',
  loaders: [given((camp) => ({ camp: { ...camp, wholeWeeksOnly: true }, value: openingOn(camp.weeks[1]!) }))],
  play: async ({ canvasElement }) => {
    await tick(canvasElement, '#theme');
  },
  parameters: describe(
    'A camp that takes whole weeks only (`wholeWeeksOnly`): the theme chooses the week, the days only show what is chosen.',
  ),
};

export const FullDay: Story = {
  name: 'Full day and the waiting list',
  loaders: [
    given((camp) => {
      const busy = seedCampBusyWeek(camp)!;
      const week = camp.weeks.find((candidate) => candidate.id === busy.weekId)!;
      return {
        availability: availabilityOf(camp, { [busy.fewLeft]: 2, [busy.full]: 0 }, busy.groupIds[0]),
        value: openingOn(week),
      };
    }),
  ],
  play: async ({ canvasElement }) => {
    await tick(canvasElement, '#waiting');
    await find(canvasElement, '[part~="day-full"][part~="day-chosen"]');
  },
  parameters: describe(
    'The busy week of the "5–6 ans": Wednesday has 2 places left, Thursday (Walibi) is full, "Complet", its box unavailable but focusable. Ticking "M’inscrire sur la liste d’attente pour cette semaine" asks for every open day of the week, the full one included (`waitingWeekIds`): the service answers per week.',
  ),
};

export const PublicHoliday: Story = {
  name: 'Closed day (public holiday)',
  loaders: [
    given((camp) => ({
      value: openingOn(
        camp.weeks.find((week) =>
          week.days.some(
            (day) => day.closedReason !== undefined && textIn(day.closedReason, 'fr') === 'Fête nationale',
          ),
        )!,
      ),
    })),
  ],
  parameters: describe(
    'The week of 21 July: the national holiday is marked "Fermé : Fête nationale", weekends "Fermé"; the theme chooses the other days.',
  ),
};

export const LastWeek: Story = {
  name: 'Last week (no next week)',
  loaders: [given((camp) => ({ value: openingOn(camp.weeks.at(-1)!) }))],
  parameters: describe(
    'The summer’s last week: "Semaine suivante" is unavailable; days after 31 August are closed ("Fin des plaines").',
  ),
};

export const NoGroup: Story = {
  name: 'Camp not for the child',
  loaders: [given((camp) => ({ availability: availabilityOf(camp, {}, null) }))],
  parameters: describe(
    'The child’s age or school year has no group in this camp (`availability.groupId` is `null`): the element says so and shows no week.',
  ),
};

export const Disabled: Story = {
  name: 'Disabled',
  args: { disabled: true },
  loaders: [given((camp) => ({ value: openingOn(camp.weeks[1]!) }))],
  parameters: describe(
    '`disabled` (or a disabled `<fieldset>` around it): the choice shows but cannot change, and is not submitted.',
  ),
};

export const Loads: Story = {
  name: 'Loading by itself (camp-id, child-id)',
  loaders: [backend()],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="grid"]');
  },
  parameters: describe(
    '`camp-id` and `child-id` only: the element reads the camp, Léa’s places and the tariff (Marc Dubois lives in the commune: residents’ prices).',
  ),
};

export const Loading: Story = {
  name: 'Loading',
  loaders: [backend({ latency: 24 * 60 * 60 * 1000 })],
  parameters: describe('While the camp and the places load, a skeleton reserves the height.'),
};

export const LoadError: Story = {
  name: 'Load error',
  loaders: [backend({ failures: [{ kind: 'server', operation: 'read' }] })],
  play: async ({ canvasElement }) => {
    await find(canvasElement, '[part~="error-panel"]');
  },
  parameters: describe(
    'The service failed while loading: the element says so with the error’s reference and "Réessayer", which works here; `fp-error` tells the page.',
  ),
};

export const Dutch: Story = {
  name: 'In Dutch',
  args: { locale: 'nl' },
  loaders: [given((camp) => ({ value: openingOn(camp.weeks[1]!) }))],
  parameters: describe('`locale="nl"`: weekdays, places, prices and buttons in Dutch.'),
};

/** The summer as a commune that writes in French only gives it: each text one plain string. */
const frenchOnly = (camp: Camp): Camp =>
  JSON.parse(JSON.stringify(camp), (_key, value: unknown) =>
    value !== null && typeof value === 'object' && 'fr' in value && 'nl' in value
      ? (value as { fr: string }).fr
      : value,
  ) as Camp;

export const DutchFrenchOnlyCommune: Story = {
  name: 'In Dutch, a commune writing in French only',
  args: { locale: 'nl' },
  loaders: [given((camp) => ({ camp: frenchOnly(camp), value: openingOn(camp.weeks[1]!) }))],
  parameters: describe(
    'The commune gives its camp’s name, themes, activities and closed days in French only: the picker speaks Dutch and shows them in French, each marked `lang="fr"` so that screen readers pronounce them right.',
  ),
};

export const InAForm: Story = {
  name: 'In a form (required)',
  args: { required: true },
  loaders: [given()],
  render: (args, { loaded }: StoryContext<Args>) => {
    const { camp, availability } = loaded as Loaded;
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      form.querySelector('output')!.value = [...new FormData(form)]
        .map(([key, value]) => `${key}=${String(value)}`)
        .join('\n');
    };
    return html`<form @submit=${submit}>
      <camp-week-picker
        name="days"
        .camp=${camp}
        .availability=${availability}
        .resident=${args.resident}
        ?required=${args.required}
        locale=${args.locale || nothing}
      ></camp-week-picker>
      <button type="submit">Envoyer</button>
      <pre><output></output></pre>
    </form>`;
  },
  play: async ({ canvasElement }) => {
    await tick(canvasElement, '#theme');
    await userEvent.click(canvasElement.querySelector('button[type="submit"]')!);
    await expect(canvasElement.querySelector('output')?.value).toContain('days=');
  },
  parameters: describe(
    'A plain `<form>`: the picker’s value is one `days=<date>` entry per day (and `days-waiting=<weekId>` per waiting week); `required` blocks the submission until a day is chosen, with the browser’s message on the grid.',
  ),
};
