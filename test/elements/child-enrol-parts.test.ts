import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { textIn, type Camp } from '../../src/domain/index.js';
import '../../src/elements/child-enrol/cdn.js';
import { parts } from '../../src/elements/child-enrol/parts.js';
import { ChildEnrolPage } from './child-enrol.page.js';

// The parts of <child-enrol> downloaded when first shown (the steps with the week picker, the answers
// with the cart): a skeleton while they come, focus where it went before, and a failed download
// shown with "Réessayer", which brings the part back with nothing the parent chose lost.

/** Marc Dubois: Léa (chi-1, ready to enrol) and Tom (chi-2, health form to update). */
const known = () => createMemoryAdapter({ family: 'known', storage: null });

const summerOf = async (adapter: MemoryAdapter): Promise<Camp> =>
  (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;

/** The next download of `name` fails as a dropped connection would; the ones after it go through. */
function failNextDownload(name: keyof typeof parts): void {
  const downloads: Record<string, () => Promise<unknown>> = parts;
  const download = downloads[name]!;
  downloads[name] = () => {
    downloads[name] = download;
    return Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
  };
}

async function mount(adapter: MemoryAdapter = known()): Promise<ChildEnrolPage> {
  const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
    html`<child-enrol .adapter=${adapter} draft-key="test-parts"></child-enrol>`,
  );
  const page = new ChildEnrolPage(el as ChildEnrolPage['el']);
  page.summerName = textIn((await summerOf(adapter)).name, 'fr');
  await waitUntil(
    () => page.text().includes('Les plaines et stages') || page.hasButton('Réessayer'),
    'still loading',
    {
      timeout: 4000,
    },
  );
  await page.settle();
  return page;
}

/** The part shown says its download failed, with "Réessayer". */
async function downloadFailed(page: ChildEnrolPage): Promise<void> {
  await waitUntil(
    () => page.partText('error-panel').includes('Réessayer'),
    `no download error in: ${page.text()}`,
  );
  expect(page.partText('error-panel')).to.include('Vérifiez votre connexion');
}

describe('<child-enrol> parts downloaded when first shown', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible: the home screen without the picker’s and the cart’s code, then a failed download', async () => {
    failNextDownload('steps');
    const page = await mount();
    await expect(page.el).to.be.accessible();
    expect(Boolean(customElements.get('camp-week-picker')), 'no week picker yet').to.equal(false);
    expect(Boolean(customElements.get('family-cart')), 'no cart yet').to.equal(false);
    await page.pressButton(`Inscrire mon enfant : ${page.summerName}`);
    await downloadFailed(page);
    await expect(page.el).to.be.accessible();
    await page.pressButton('Réessayer');
    await page.waitForText('Étape 1 sur 4');
    await expect(page.el).to.be.accessible();
    await waitUntil(() => customElements.get('camp-week-picker'), 'the week picker comes with the steps');
  });

  it('puts focus on the step heading once the steps are downloaded', async () => {
    const page = await mount();
    await page.pressButton(`Inscrire mon enfant : ${page.summerName}`);
    await page.waitForText('Étape 1 sur 4');
    await waitUntil(
      () => page.focused()?.closest('[data-focus="step-heading"]'),
      'focus on the step heading',
    );
  });

  it('a failed download of the steps: "Réessayer" shows the first step, its tracking code and the focus', async () => {
    const adapter = known();
    failNextDownload('steps');
    const page = await mount(adapter);
    await page.pressButton(`Inscrire mon enfant : ${page.summerName}`);
    await downloadFailed(page);
    await waitUntil(
      async () => (await adapter.getEnrolmentDrafts()).length === 1,
      'the draft is kept meanwhile',
    );
    const [draft] = await adapter.getEnrolmentDrafts();
    await page.pressButton('Réessayer');
    await page.waitForText('Étape 1 sur 4');
    expect(page.text()).to.include(draft!.trackingCode);
    await waitUntil(
      () => page.focused()?.closest('[data-focus="step-heading"]'),
      'focus on the step heading',
    );
  });

  it('a failed download of the weeks step after a reload: "Réessayer" shows the picker with the days chosen', async () => {
    const adapter = known();
    const summer = await summerOf(adapter);
    const days = summer.weeks[0]!.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    sessionStorage.setItem(
      'fp-draft:test-parts',
      JSON.stringify({
        wizard: { step: 'weeks', campId: summer.id, childId: 'chi-1', days, waitingWeekIds: [] },
      }),
    );
    failNextDownload('steps');
    const page = await mount(adapter);
    await downloadFailed(page);
    await page.pressButton('Réessayer');
    await page.pickerRoot();
    expect(page.text()).to.include('Étape 3 sur 4');
    expect(page.picker().value.map((day) => day.date)).to.deep.equal(days.map((day) => day.date));
  });

  it('a failed download of the answer to "Valider": the places are reserved once, and "Réessayer" shows the answer', async () => {
    const adapter = known();
    failNextDownload('outcome');
    const page = await mount(adapter);
    await page.toRecap('chi-1', 1);
    await page.pressButton('Valider');
    await downloadFailed(page);
    const family = await adapter.getFamily();
    expect(family.requests.filter((request) => request.kind === 'camp-enrolment')).to.have.length(1);
    await page.pressButton('Réessayer');
    await page.waitForText('Demande de réservation enregistrée pour Léa');
    expect(page.text()).to.include('réservation acceptée');
    await waitUntil(() => page.focused()?.closest('[data-focus="outcome"]'), 'focus on the answer');
  });

  it('a failed download of an enrolment’s history: opened, it says so, and "Réessayer" shows the history', async () => {
    const adapter = known();
    const summer = await summerOf(adapter);
    const days = summer.weeks[2]!.days.filter((day) => day.open).map((day) => ({ date: day.date }));
    const enrolment = await adapter.enrolInCamp(
      { campId: summer.id, childId: 'chi-1', days },
      { idempotencyKey: 'history' },
    );
    failNextDownload('history');
    const page = await mount(adapter);
    const details = [...page.root.querySelectorAll('details')].find((candidate) =>
      candidate.querySelector('summary')?.textContent?.includes(`n° ${enrolment.receipt.number}`),
    );
    expect(details, page.text()).not.to.equal(undefined);
    details!.querySelector('summary')!.click();
    await downloadFailed(page);
    await expect(page.el).shadowDom.to.be.accessible();
    await page.pressButton('Réessayer');
    await waitUntil(() => details!.querySelector('[part~="timeline"]'), 'no history after "Réessayer"');
    expect(details!.textContent).to.include('Historique');
    expect(details!.open, 'the details stay open').to.equal(true);
  });
});
