import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { seedCamps } from '../../src/demo-data/camps.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import type { Camp, CampAvailability } from '../../src/domain/index.js';
import { CampWeekPicker } from '../../src/elements/camp-week-picker/camp-week-picker.js';
import '../../src/elements/camp-week-picker/define.js';
import type { FpErrorEvent } from '../../src/shared/events.js';
import { CampWeekPickerPage } from './camp-week-picker.page.js';

/**
 * The clock of every test: 1 March 2027. The demo's summer is then 2027's:
 * ten weeks, S26 (28 June, open from Thursday 1 July) to S35 (30 August), the
 * national holiday on Wednesday 21 July (S29). Prices (Belgian commune):
 * 15 € a day and 65 € a week for residents, 20 € and 90 € for the others.
 */
const clock = new Date('2027-03-01T10:00:00Z');
const now = () => clock;
const camps = () => seedCamps('be', clock);
const summer = () => camps().find((camp) => camp.kind === 'plaine')!;
const carnival = () => camps().find((camp) => camp.kind === 'stage')!;

/** The child's places: 24 on every open day of the camp, unless `left` says otherwise. */
function availabilityOf(
  camp: Camp,
  left: Record<string, number> = {},
  groupId: string | null = camp.groups[0]!.id,
): CampAvailability {
  const openDays = camp.weeks.flatMap((week) => week.days).filter((day) => day.open);
  return {
    campId: camp.id,
    childId: 'chi-1',
    groupId,
    days:
      groupId === null
        ? []
        : openDays.map((day) => ({ date: day.date, capacity: 24, left: left[day.date] ?? 24, waiting: 0 })),
  };
}

/** S27's Wednesday with 2 places left, its Thursday (Walibi) full, its Friday with one place. */
const busyS27 = { '2027-07-07': 2, '2027-07-08': 0, '2027-07-09': 1 };

/** A picker whose first download of the camp's pricing rules fails, as on a dropped connection. */
class OfflinePicker extends CampWeekPicker {
  failures = 1;
  protected override importPricing() {
    if (this.failures === 0) return super.importPricing();
    this.failures -= 1;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  }
}
customElements.define('offline-camp-week-picker', OfflinePicker);

interface MountOptions {
  camp?: Camp;
  availability?: CampAvailability;
  resident?: boolean;
  value?: CampWeekPicker['value'];
  lang?: string;
  at?: Date;
}

/** The picker given its camp and places by a host, as `<child-enrol>` does. */
async function mount(options: MountOptions = {}): Promise<CampWeekPickerPage> {
  const camp = options.camp ?? summer();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${options.lang ?? 'fr'}>
      <camp-week-picker
        .camp=${camp}
        .availability=${options.availability ?? availabilityOf(camp)}
        .resident=${options.resident ?? true}
        .value=${options.value ?? []}
        .now=${() => options.at ?? clock}
      ></camp-week-picker>
    </div>`,
  );
  const page = new CampWeekPickerPage(wrapper.querySelector('camp-week-picker')!);
  await waitUntil(() => !page.root.querySelector('[aria-busy="true"]'), 'still loading');
  await page.settle();
  return page;
}

describe('<camp-week-picker>', () => {
  it('is accessible: an open week, a full day on the waiting list, whole weeks only, a camp not for the child', async () => {
    const page = await mount({ availability: availabilityOf(summer(), busyS27) });
    await expect(page.el).to.be.accessible();

    await page.next();
    await page.click(await page.waiting());
    expect(page.el.waitingWeekIds).to.deep.equal(['ete-2027-s27']);
    await expect(page.el).to.be.accessible();

    const stage = carnival();
    const wholeWeeks = await mount({ camp: stage, availability: availabilityOf(stage) });
    await wholeWeeks.click(wholeWeeks.theme());
    await expect(wholeWeeks.el).to.be.accessible();

    const noGroup = await mount({ availability: availabilityOf(summer(), {}, null) });
    await expect(noGroup.el).to.be.accessible();
  });

  it('shows the weeks still open one at a time, Monday to Sunday with their dates', async () => {
    const page = await mount();
    expect(page.title()).to.equal('Semaine 26 · du 28/06/2027 au 04/07/2027');
    expect(page.cells()).to.have.length(7);
    expect(page.day('2027-06-28')).to.equal('Lundi 28/06/2027 Fermé : Pas encore de plaine');
    expect(page.day('2027-07-01')).to.include('Jeudi 01/07/2027');
    expect(page.day('2027-07-03')).to.equal('Samedi 03/07/2027 Fermé');
    expect(page.button('Semaine précédente').getAttribute('aria-disabled')).to.equal('true');

    page.button('Semaine précédente').click();
    await page.settle();
    expect(page.title(), 'no week before the first').to.include('Semaine 26');

    await page.next();
    expect(page.title()).to.equal('Semaine 27 · du 05/07/2027 au 11/07/2027');
    expect(page.announced(), 'the new week is announced').to.equal(page.title());
    expect(page.button('Semaine précédente').hasAttribute('aria-disabled')).to.equal(false);

    await page.next(8);
    expect(page.title()).to.equal('Semaine 35 · du 30/08/2027 au 05/09/2027');
    expect(page.day('2027-09-01')).to.include('Fermé : Fin des plaines');
    expect(page.button('Semaine suivante').getAttribute('aria-disabled')).to.equal('true');
    await page.next();
    expect(page.title(), 'no week after the last').to.include('Semaine 35');
  });

  it('leaves out the weeks gone and marks the days gone of the week shown', async () => {
    // Tuesday 6 July: S26 is over; in S27, Monday and today can no longer be chosen.
    const page = await mount({ at: new Date('2027-07-06T09:00:00') });
    expect(page.title()).to.include('Semaine 27');
    expect(page.button('Semaine précédente').getAttribute('aria-disabled')).to.equal('true');
    expect(page.day('2027-07-05')).to.equal('Lundi 05/07/2027 Date passée');
    expect(page.day('2027-07-06')).to.equal('Mardi 06/07/2027 Date passée');
    expect(page.box('2027-07-07').checked).to.equal(false);

    await page.click(page.theme());
    expect(page.dates()).to.deep.equal(['2027-07-07', '2027-07-08', '2027-07-09']);
  });

  it('ticks every open day of the week and its activities with the theme, as on the portals parents know', async () => {
    const page = await mount();
    expect(page.root.querySelector('label[for="theme"]')?.textContent).to.equal('Tous en forme !');
    expect(page.day('2027-07-01')).to.include('Gym');
    expect(page.day('2027-07-02')).to.include('Piscine + 2,00 €');

    await page.click(page.theme());
    expect(page.el.value).to.deep.equal([
      { date: '2027-07-01', activityIds: ['gym'] },
      { date: '2027-07-02', activityIds: ['piscine'] },
    ]);
    expect(page.box('2027-07-01').checked).to.equal(true);
    expect(page.box('2027-07-02').checked).to.equal(true);
    expect(page.theme().checked).to.equal(true);

    await page.next();
    await page.click(page.theme());
    expect(page.dates()).to.deep.equal([
      '2027-07-01',
      '2027-07-02',
      '2027-07-05',
      '2027-07-06',
      '2027-07-07',
      '2027-07-08',
      '2027-07-09',
    ]);
    expect(page.el.value.find((choice) => choice.date === '2027-07-08')?.activityIds).to.deep.equal([
      'walibi',
    ]);

    await page.click(page.box('2027-07-06'));
    expect(page.theme().checked).to.equal(false);
    expect(page.theme().indeterminate, 'some days of the week: mixed').to.equal(true);
    expect(page.dates()).not.to.include('2027-07-06');

    await page.click(page.theme());
    expect(page.dates(), 'mixed, then ticked: every day again').to.include('2027-07-06');
    await page.click(page.theme());
    expect(page.dates(), 'unticked: none of the week, the other week kept').to.deep.equal([
      '2027-07-01',
      '2027-07-02',
    ]);
    expect(page.theme().indeterminate).to.equal(false);
  });

  it('chooses single days, each with its activities, and says so with change events', async () => {
    const page = await mount();
    await page.next();
    let changes = 0;
    page.el.addEventListener('change', () => (changes += 1));

    await page.click(page.box('2027-07-07'));
    await page.click(page.root.querySelector<HTMLElement>('label[for="day-2027-07-08"]')!);
    expect(page.el.value).to.deep.equal([
      { date: '2027-07-07' },
      { date: '2027-07-08', activityIds: ['walibi'] },
    ]);
    expect(page.theme().indeterminate).to.equal(true);
    expect(changes).to.equal(2);

    await page.click(page.box('2027-07-07'));
    expect(page.dates()).to.deep.equal(['2027-07-08']);
    expect(changes).to.equal(3);

    page.el.value = [{ date: '2027-07-05' }];
    await page.settle();
    expect(changes, 'a host setting the value is no change of the parent’s').to.equal(3);
    expect(page.box('2027-07-05').checked).to.equal(true);
    expect(page.box('2027-07-08').checked).to.equal(false);
  });

  it('opens on the week of the first day of a value set before the first render (a draft)', async () => {
    const page = await mount({
      value: [{ date: '2027-07-23' }, { date: '2027-07-22', activityIds: ['piscine'] }],
    });
    expect(page.title()).to.include('Semaine 29');
    expect(page.dates(), 'in date order').to.deep.equal(['2027-07-22', '2027-07-23']);
    expect(page.box('2027-07-22').checked).to.equal(true);
  });

  it('takes whole weeks only when the camp says so: the theme chooses, the days only show', async () => {
    const stage = carnival();
    const page = await mount({ camp: stage, availability: availabilityOf(stage) });
    expect(page.text()).to.include('Les inscriptions ouvriront le 21/03/2027 08:00.');
    expect(page.text()).to.include('Cette plaine se réserve par semaine entière');
    const monday = page.box('2028-02-28');
    expect(monday.getAttribute('aria-readonly')).to.equal('true');

    await page.click(monday);
    expect(monday.checked).to.equal(false);
    expect(page.el.value).to.deep.equal([]);

    await page.click(page.theme());
    expect(page.dates()).to.deep.equal([
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
      '2028-03-02',
      '2028-03-03',
    ]);
    expect(monday.checked).to.equal(true);
  });

  it('marks a full day "Complet" and offers the week’s waiting list, which asks for every open day', async () => {
    const page = await mount({ availability: availabilityOf(summer(), busyS27) });
    expect(page.root.querySelector('[part~="waiting"]'), 'no full day in S26').to.equal(null);
    await page.next();
    expect(page.day('2027-07-05')).to.include('24 places');
    expect(page.day('2027-07-07')).to.include('Plus que 2 places');
    expect(page.day('2027-07-09')).to.include('Plus qu’une place');
    expect(page.day('2027-07-08')).to.include('Complet');
    const thursday = page.box('2027-07-08');
    expect(thursday.getAttribute('aria-disabled')).to.equal('true');
    expect(thursday.disabled, 'still focusable').to.equal(false);

    let changes = 0;
    page.el.addEventListener('change', () => (changes += 1));
    await page.click(thursday);
    expect(page.el.value).to.deep.equal([]);
    expect(changes).to.equal(0);

    await page.click(page.theme());
    expect(page.dates(), 'the theme takes the days with places').to.deep.equal([
      '2027-07-05',
      '2027-07-06',
      '2027-07-07',
      '2027-07-09',
    ]);
    expect(page.theme().checked).to.equal(true);

    const waiting = await page.waiting();
    expect(page.root.querySelector('label[for="waiting"]')?.textContent).to.include(
      'M’inscrire sur la liste d’attente pour cette semaine',
    );
    await page.click(waiting);
    expect(page.el.waitingWeekIds).to.deep.equal(['ete-2027-s27']);
    expect(page.el.value).to.deep.include({ date: '2027-07-08', activityIds: ['walibi'] });
    expect(page.dates()).to.have.length(5);
    expect(page.day('2027-07-08')).to.include('Complet : liste d’attente demandée');
    expect(thursday.checked).to.equal(true);

    await page.click(waiting);
    expect(page.el.waitingWeekIds).to.deep.equal([]);
    expect(page.dates()).to.deep.equal(['2027-07-05', '2027-07-06', '2027-07-07', '2027-07-09']);
    expect(changes).to.equal(3);
  });

  it('marks closed days with their reason and leaves them out of the week', async () => {
    const page = await mount();
    await page.next(3);
    expect(page.title()).to.include('Semaine 29');
    expect(page.day('2027-07-21')).to.equal('Mercredi 21/07/2027 Fermé : Fête nationale');
    expect(page.root.querySelector('#day-2027-07-21')).to.equal(null);
    await page.click(page.theme());
    expect(page.dates()).to.deep.equal(['2027-07-19', '2027-07-20', '2027-07-22', '2027-07-23']);
  });

  it('shows each day’s price and what the week’s choice costs, residents’ tariff or not', async () => {
    const resident = await mount();
    expect(resident.day('2027-07-01')).to.include('15,00 € la journée');
    expect(resident.weekPrice()).to.equal('');
    await resident.click(resident.box('2027-07-01'));
    await resident.waitForPrice('Cette semaine : 1 jour, 15,00 €.');
    await resident.click(resident.theme());
    // Two open days of five: the week price prorated (65 € × 2/5), lower than 2 × 15 €.
    await resident.waitForPrice(
      'Cette semaine : la semaine complète, 26,00 €. Activités en supplément : 2,00 €.',
    );
    await resident.next();
    await resident.click(resident.box('2027-07-05'));
    await resident.click(resident.box('2027-07-07'));
    await resident.click(resident.box('2027-07-09'));
    await resident.waitForPrice('Cette semaine : 3 jours, 45,00 €.');
    await resident.click(resident.theme());
    await resident.waitForPrice(
      'Cette semaine : la semaine complète, 65,00 €. Activités en supplément : 17,00 €.',
    );

    const other = await mount({ resident: false });
    expect(other.day('2027-07-01')).to.include('20,00 € la journée');
    await other.click(other.theme());
    await waitUntil(() => other.weekPrice().includes('la semaine complète, 36,00 €'), other.weekPrice());
  });

  it('says when the prices could not be downloaded, keeps the days and focus, and brings them back on retry', async () => {
    const camp = summer();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div lang="fr">
        <offline-camp-week-picker
          .camp=${camp}
          .availability=${availabilityOf(camp)}
          .resident=${true}
          .now=${now}
        ></offline-camp-week-picker>
      </div>`,
    );
    const page = new CampWeekPickerPage(wrapper.querySelector<CampWeekPicker>('offline-camp-week-picker')!);
    await page.waitForInput('day-2027-07-01');
    page.box('2027-07-01').focus();
    await page.press(' ');
    await waitUntil(() => page.root.querySelector('[part~="error-panel"]'), 'no error shown');
    expect(page.partText('error-panel')).to.include('Réessayer');
    expect(page.dates()).to.deep.equal(['2027-07-01']);
    expect(page.focused()).to.equal(page.box('2027-07-01'));
    await expect(page.el).to.be.accessible();

    await page.click(page.button('Réessayer'));
    await page.waitForPrice('Cette semaine : 1 jour, 15,00 €.');
    expect(page.root.querySelector('[part~="error-panel"]')).to.equal(null);
    expect(page.dates()).to.deep.equal(['2027-07-01']);
  });

  it('works by keyboard as an APG grid: one Tab stop, arrows, Home/End, Space and Enter, PageUp/PageDown', async () => {
    const page = await mount();
    const focusedDate = () => {
      const focused = page.focused() as HTMLElement | null;
      return focused?.id.replace('day-', '') || focused?.textContent?.replace(/\s+/g, ' ').trim();
    };
    await page.tabTo((el) => el.id === 'theme');
    await page.press('Tab');
    expect(focusedDate(), 'the grid’s Tab stop: the first day to come').to.equal('2027-07-01');
    expect(page.root.querySelectorAll('[role="grid"] [tabindex="0"]')).to.have.length(1);

    await page.press('ArrowRight');
    expect(focusedDate()).to.equal('2027-07-02');
    await page.press('ArrowRight');
    expect(focusedDate(), 'a closed day is focusable and says why').to.equal('Samedi 03/07/2027 Fermé');
    await page.press('End');
    expect(focusedDate()).to.equal('Dimanche 04/07/2027 Fermé');
    await page.press('ArrowRight');
    expect(focusedDate(), 'no wrapping').to.equal('Dimanche 04/07/2027 Fermé');
    await page.press('Home');
    expect(focusedDate()).to.equal('Lundi 28/06/2027 Fermé : Pas encore de plaine');
    await page.pressWith('Control', 'End');
    expect(focusedDate()).to.equal('Dimanche 04/07/2027 Fermé');
    await page.pressWith('Control', 'Home');
    await page.press('ArrowRight');
    await page.press('ArrowRight');
    await page.press('ArrowRight');
    expect(focusedDate()).to.equal('2027-07-01');

    await page.press('Space');
    expect(page.dates()).to.deep.equal(['2027-07-01']);
    await page.press('ArrowRight');
    await page.press('Enter');
    expect(page.dates()).to.deep.equal(['2027-07-01', '2027-07-02']);

    await page.press('PageDown');
    expect(page.title()).to.include('Semaine 27');
    expect(page.announced()).to.include('Semaine 27');
    expect(focusedDate(), 'the same weekday of the next week').to.equal('2027-07-09');
    await page.press('Space');
    expect(page.dates()).to.include('2027-07-09');
    await page.press('PageUp');
    expect(page.title()).to.include('Semaine 26');
    expect(focusedDate()).to.equal('2027-07-02');

    await page.pressWith('Shift', 'Tab');
    expect(page.focused()?.id).to.equal('theme');
    await page.press('Tab');
    expect(focusedDate(), 'back on the day left').to.equal('2027-07-02');
  });

  it('is a form control: its days and waiting weeks in FormData, required, validity, reset, disabled', async () => {
    const camp = summer();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <fieldset>
          <camp-week-picker
            name="days"
            required
            .camp=${camp}
            .availability=${availabilityOf(camp, busyS27)}
            .resident=${true}
            .now=${now}
          ></camp-week-picker>
        </fieldset>
      </form>`,
    );
    const picker = form.querySelector('camp-week-picker')!;
    const page = new CampWeekPickerPage(picker);
    await waitUntil(() => page.root.querySelector('[role="grid"]'), 'not shown');
    await page.settle();

    expect(picker.form).to.equal(form);
    expect(form.checkValidity()).to.equal(false);
    expect(picker.validity.valueMissing).to.equal(true);
    // Its words come with the camp's rules, downloaded once the picker is shown.
    await waitUntil(() => picker.validationMessage === 'Choisissez au moins un jour de plaine.');
    expect(picker.reportValidity()).to.equal(false);
    expect(page.focused()?.id, 'the message points at the grid’s Tab stop').to.equal('day-2027-07-01');
    expect(new FormData(form).getAll('days')).to.deep.equal([]);

    await page.click(page.theme());
    expect(form.checkValidity()).to.equal(true);
    expect(picker.validationMessage).to.equal('');
    expect(new FormData(form).getAll('days')).to.deep.equal(['2027-07-01', '2027-07-02']);

    await page.next();
    await page.click(await page.waiting());
    const data = new FormData(form);
    expect(data.getAll('days')).to.have.length(7);
    expect(data.getAll('days-waiting')).to.deep.equal(['ete-2027-s27']);

    form.reset();
    await page.settle();
    expect(picker.value).to.deep.equal([]);
    expect(picker.waitingWeekIds).to.deep.equal([]);
    expect(page.theme().checked).to.equal(false);
    expect(new FormData(form).getAll('days')).to.deep.equal([]);
    expect(picker.validity.valueMissing).to.equal(true);

    await page.click(page.theme());
    expect(form.checkValidity()).to.equal(true);
    form.querySelector('fieldset')!.disabled = true;
    await page.settle();
    expect(new FormData(form).getAll('days'), 'a disabled control is not submitted').to.deep.equal([]);
    expect(page.theme().matches(':disabled')).to.equal(true);
    expect(page.box('2027-07-05').matches(':disabled')).to.equal(true);
    expect(form.checkValidity()).to.equal(true);
  });

  it('reports a value the camp’s rules refuse (part of a week when it takes whole weeks)', async () => {
    const stage = carnival();
    const form = await fixture<HTMLFormElement>(
      html`<form>
        <camp-week-picker
          name="days"
          .camp=${stage}
          .availability=${availabilityOf(stage)}
          .value=${[{ date: '2028-02-28' }]}
          .now=${now}
        ></camp-week-picker>
      </form>`,
    );
    const picker = form.querySelector('camp-week-picker')!;
    await waitUntil(() => picker.shadowRoot?.querySelector('[role="grid"]'), 'not shown');
    // The camp's rules come with the first day chosen (here, the host's value).
    await waitUntil(() => picker.validity.customError, 'the value is never checked');
    expect(form.checkValidity()).to.equal(false);
    expect(picker.validationMessage).to.equal(
      'Cette plaine se réserve par semaine entière : choisissez tous les jours de la semaine, ou aucun.',
    );
  });

  it('loads the camp, the child’s places and the tariff by itself with camp-id and child-id', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null, now });
    const el = await fixture<CampWeekPicker>(
      html`<camp-week-picker
        camp-id="ete-2027"
        child-id="chi-1"
        .adapter=${adapter}
        .now=${now}
      ></camp-week-picker>`,
    );
    const page = new CampWeekPickerPage(el);
    await page.waitForText('Semaine 26');
    // Marc Dubois lives in the commune (1435): residents' tariff.
    expect(page.day('2027-07-01')).to.include('15,00 € la journée');
    expect(page.day('2027-07-01')).to.include('24 places');
    await page.next();
    expect(page.day('2027-07-08'), 'Léa’s group (10–12 ans) is not the busy one').to.include('24 places');

    const unknown = await fixture<CampWeekPicker>(
      html`<camp-week-picker
        camp-id="ete-1999"
        child-id="chi-1"
        .adapter=${adapter}
        .now=${now}
      ></camp-week-picker>`,
    );
    await new CampWeekPickerPage(unknown).waitForText('Cette plaine est introuvable.');
  });

  it('shows a loading failure with "Réessayer", which works, and reports it to the page', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null, now });
    adapter.failNext('server', { operation: 'read' });
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = document.createElement('camp-week-picker');
    el.campId = 'ete-2027';
    el.childId = 'chi-1';
    el.adapter = adapter;
    el.now = now;
    const reported = oneEvent(wrapper, 'fp-error');
    wrapper.append(el);
    const event = (await reported) as FpErrorEvent;
    expect(event.detail).to.include({ type: 'server', operation: 'load' });

    const page = new CampWeekPickerPage(el);
    await page.waitForText('Le service a rencontré un problème');
    expect(page.root.querySelector('[role="grid"]')).to.equal(null);
    page.button('Réessayer').click();
    await page.waitForText('Semaine 26');
    expect(page.root.querySelector('[part~="error-panel"]')).to.equal(null);
  });

  it('says when the camp is not for the child’s age or grade, and shows no week', async () => {
    const page = await mount({ availability: availabilityOf(summer(), {}, null) });
    expect(page.text()).to.include(
      'Cette plaine n’accueille pas les enfants de l’âge ou de l’année scolaire de votre enfant.',
    );
    expect(page.root.querySelector('[role="grid"]')).to.equal(null);
    expect(page.root.querySelector('#theme')).to.equal(null);
  });

  it('speaks Dutch on a Dutch page', async () => {
    const page = await mount({ lang: 'nl' });
    await page.waitForText('Volgende week');
    expect(page.title()).to.equal('Week 26 · van 28/06/2027 tot 04/07/2027');
    expect(page.day('2027-06-28')).to.equal('Maandag 28/06/2027 Gesloten: Nog geen speelpleinwerking');
    expect(page.day('2027-07-01')).to.include('24 plaatsen');
    expect(page.day('2027-07-01')).to.include('per dag');
    expect(page.hasButton('Vorige week')).to.equal(true);
    // The week's price comes with its part, in the page's language.
    await page.click(page.box('2027-07-01'));
    await page.waitForPrice('Deze week: 1 dag, € 15,00.');
  });

  it('has the messages of the week’s price in every language, with the same keys', async () => {
    const { messages: priceMessages } = await import('../../src/elements/camp-week-picker/week-price.js');
    const [own] = priceMessages;
    const french = own!.sources.fr as Readonly<Record<string, string>>;
    for (const locale of ['nl', 'de', 'en'] as const) {
      const source = own!.sources[locale];
      const messages = typeof source === 'function' ? (await source()).default : source;
      expect(Object.keys(messages).sort(), locale).to.deep.equal(Object.keys(french).sort());
    }
  });
});
