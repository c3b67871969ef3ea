import { expect, waitUntil } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/elements/child-register/define.js';
import { parts } from '../../src/elements/child-register/lazy-parts.js';
import { healthMessages } from '../../src/elements/child-register/messages/health/index.js';
import { doneMessages } from '../../src/elements/child-register/messages/done/index.js';
import { childMessages } from '../../src/elements/child-register/messages/index.js';
import { pagesMessages } from '../../src/elements/child-register/messages/pages/index.js';
import { stepsMessages } from '../../src/elements/child-register/messages/steps/index.js';
import { locales, type MessageBundle } from '../../src/shared/i18n/localize.js';
import type { Locale } from '../../src/domain/index.js';
import { placeChildRegister, type ChildHealthPage, type MountOptions } from './child-health.page.js';
import { emma } from './child-register.page.js';

/** Nadia Benali: Yasmine (chi-3, no health form yet). */
const separated = () => createMemoryAdapter({ family: 'separated', storage: null });
/** Marc Dubois, known to the service. */
const known = () => createMemoryAdapter({ family: 'known', storage: null });

const downloads = { ...parts };
const offline = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));

/** The health form cannot be downloaded (the network dropped) until `Object.assign(parts, downloads)`. */
function healthOffline(): void {
  parts.health = offline;
}

/** Downloads of `part` wait until the returned function is called: a slow network. */
function hold(part: 'steps' | 'done'): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  if (part === 'steps') parts.steps = () => gate.then(downloads.steps);
  else parts.done = () => gate.then(downloads.done);
  return release;
}

/** The known family's parent goes on to the child's step, and types Emma's identity and school there. */
async function typeEmma(page: ChildHealthPage): Promise<void> {
  await page.click('Suivant');
  await page.waitForInput('child-firstName');
  await page.fillAll(emma);
  await page.tick('child-sex-female');
  await page.choose('child-schoolSiteId', 'centre');
  await page.choose('child-schoolGradeId', 'm2');
}

/** Downloads of the health form (and of "Mes enfants" too) wait until the returned function is called: a slow network. */
function holdDownloads(which: 'health' | 'both' = 'both'): () => void {
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  if (which === 'both') parts.pages = () => gate.then(downloads.pages);
  parts.health = () => gate.then(downloads.health);
  return release;
}

/** Mounts the element on `adapter`; it shows what it shows first, maybe a screen still loading. */
async function mount(adapter: MemoryAdapter, options: MountOptions = {}): Promise<ChildHealthPage> {
  const page = await placeChildRegister(adapter, options);
  await waitUntil(
    () => page.root.querySelector('[part~="heading"], [part~="skeleton"], [role="alert"]'),
    'nothing shown',
  );
  return page;
}

/** The part shown could not be downloaded: said as an alert, with "Réessayer", accessible. */
async function downloadFailed(page: ChildHealthPage): Promise<void> {
  await page.waitForText('Vérifiez votre connexion');
  expect(page.root.querySelector('[role="alert"]'), 'said as an alert').not.to.equal(null);
  await expect(page.el).to.be.accessible();
}

const loading = (page: ChildHealthPage) => !!page.root.querySelector('[aria-busy="true"]');

async function catalogue(bundle: MessageBundle, locale: Locale): Promise<Readonly<Record<string, string>>> {
  const source = bundle.sources[locale];
  return typeof source === 'function' ? (await source()).default : source;
}

describe('<child-register> screens loaded on first use', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => Object.assign(parts, downloads));

  it('is accessible while a screen loads, and once it is there', async () => {
    const release = holdDownloads();
    const page = await mount(known(), { view: 'children' });
    await waitUntil(() => loading(page), 'a skeleton while "Mes enfants" loads');
    await expect(page.el).to.be.accessible();
    release();
    await page.waitForText('Voir la fiche de Léa');
    await expect(page.el).to.be.accessible();
  });

  it('says a health form that cannot be downloaded failed, and "Réessayer" brings it with what was typed', async () => {
    const adapter = separated();
    const first = await mount(adapter, { childId: 'chi-3' });
    await first.waitForInput('health-doctor-name');
    await first.fill('health-doctor-name', 'Dr Collard');
    await first.tick('health-allergies-yes');
    first.el.remove();

    healthOffline();
    const page = await mount(adapter, { childId: 'chi-3' });
    await downloadFailed(page);

    // The network is back when the parent asks again.
    Object.assign(parts, downloads);
    await page.click('Réessayer');
    await page.waitForInput('health-doctor-name');
    expect(page.heading()).to.equal('Fiche santé de Yasmine');
    expect(page.input('health-doctor-name').value, 'nothing typed is lost').to.equal('Dr Collard');
    expect(page.input('health-allergies-yes').checked).to.equal(true);
  });

  it('moves focus to the next step’s heading once a screen still loading is there', async () => {
    const release = holdDownloads('health');
    const page = await mount(separated(), { view: 'children' });
    await page.waitForText('Remplir la fiche santé de Yasmine');

    await page.click('Remplir la fiche santé de Yasmine');
    await waitUntil(() => loading(page), 'a skeleton while the health form loads');
    expect(page.heading()).to.equal('Fiche santé de Yasmine');
    release();
    await page.waitForInput('health-doctor-name');
    await waitUntil(
      () => page.focused()?.getAttribute('data-focus') === 'step-heading',
      `focus on the step heading, not ${page.focused()?.outerHTML.slice(0, 80)}`,
    );
    expect(page.stepTitle()).to.equal('La santé de Yasmine');
  });

  it('reads the confirmation of a registration first, once the health form under it is there', async () => {
    const release = holdDownloads();
    const page = await mount(known());
    await page.waitForText('Étape 1 sur 3');
    await page.click('Suivant');
    await page.waitForInput('child-firstName');
    await page.fillAll(emma);
    await page.tick('child-sex-female');
    await page.choose('child-schoolSiteId', 'centre');
    await page.choose('child-schoolGradeId', 'm2');
    await page.click('Continuer');
    await page.waitForText('Étape 3 sur 3');

    await page.click('Valider');
    await waitUntil(() => loading(page), 'a skeleton while the health form loads');
    release();
    await page.waitForInput('health-doctor-name');
    expect(page.text()).to.include('Votre enfant est enregistré');
    await waitUntil(
      () => page.focused()?.getAttribute('data-focus') === 'confirmation',
      'focus on the confirmation',
    );
  });

  it('shows "Mes informations" at once, and the next step once its part is there, focus on its heading', async () => {
    const release = hold('steps');
    holdDownloads();
    const page = await mount(known());
    await page.waitForText('Étape 1 sur 3');
    expect(loading(page), 'the first screen is there at once').to.equal(false);

    await page.click('Suivant');
    await waitUntil(() => loading(page), 'a skeleton while the next step loads');
    await expect(page.el).to.be.accessible();
    release();
    await page.waitForInput('child-firstName');
    await waitUntil(
      () => page.focused()?.getAttribute('data-focus') === 'step-heading',
      `focus on the step heading, not ${page.focused()?.outerHTML.slice(0, 80)}`,
    );
    expect(page.text()).to.include('Étape 2 sur 3');
    const rules = page.el.shadowRoot?.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules]) ?? [];
    expect(
      rules.some((rule) => rule.cssText.startsWith('.conditional')),
      'with its styles',
    ).to.equal(true);
  });

  it('says a registration step that cannot be downloaded failed, and "Réessayer" brings it with what was typed', async () => {
    const adapter = known();
    const first = await mount(adapter);
    await first.waitForText('Étape 1 sur 3');
    await typeEmma(first);
    await first.click('Continuer');
    await first.waitForText('Étape 3 sur 3');
    first.el.remove();

    parts.steps = offline;
    const page = await mount(adapter);
    await downloadFailed(page);

    Object.assign(parts, downloads);
    await page.click('Réessayer');
    await page.waitForText('Étape 3 sur 3');
    expect(page.recapRows().get('Prénom de l’enfant'), 'nothing typed is lost').to.equal('Emma');
  });

  it('restores a draft after a reload once the steps part, failed first, comes with "Réessayer"', async () => {
    const adapter = known();
    const first = await mount(adapter);
    await first.waitForText('Étape 1 sur 3');
    await typeEmma(first);
    first.el.remove();
    const kept = sessionStorage.getItem('fp-draft:child-register');
    expect(kept, 'a draft is kept').not.to.equal(null);

    parts.steps = offline;
    const page = await mount(adapter);
    await page.waitForText('Vérifiez votre connexion');
    expect(page.text(), 'not "Mes informations": the draft’s step waits').not.to.include('Étape 1 sur 3');
    expect(sessionStorage.getItem('fp-draft:child-register'), 'the draft is kept as it was').to.equal(kept);

    Object.assign(parts, downloads);
    await page.click('Réessayer');
    await page.waitForInput('child-firstName');
    expect(page.text()).to.include('Étape 2 sur 3');
    expect(page.input('child-firstName').value, 'nothing typed is lost').to.equal('Emma');
    expect(page.input('child-sex-female').checked).to.equal(true);
    expect(sessionStorage.getItem('fp-draft:child-register'), 'and kept still').to.equal(kept);
  });

  it('shows the confirmation with its status history once its part is there, or says it failed', async () => {
    const release = hold('done');
    const page = await mount(known());
    page.el.healthFormHref = '/sante/{childId}';
    await page.waitForText('Étape 1 sur 3');
    await typeEmma(page);
    await page.click('Continuer');
    await page.waitForText('Étape 3 sur 3');

    await page.click('Valider');
    await waitUntil(() => loading(page), 'a skeleton while the confirmation loads');
    release();
    await page.waitForText('Votre enfant est enregistré');
    expect(page.text(), 'the status history, in words').to.include('Historique');
    await waitUntil(
      () => page.focused()?.getAttribute('data-focus') === 'confirmation',
      'focus on the confirmation',
    );
    await expect(page.el).to.be.accessible();
  });

  it('says a confirmation that cannot be downloaded failed, and "Réessayer" brings it', async () => {
    parts.done = offline;
    const page = await mount(known());
    page.el.healthFormHref = '/sante/{childId}';
    await page.waitForText('Étape 1 sur 3');
    await typeEmma(page);
    await page.click('Continuer');
    await page.waitForText('Étape 3 sur 3');
    await page.click('Valider');
    await page.waitForText('Vérifiez votre connexion');

    Object.assign(parts, downloads);
    await page.click('Réessayer');
    await page.waitForText('Votre enfant est enregistré');
  });

  it('has the lazy screens’ messages in every language, with the same keys, each key in one bundle', async () => {
    const owner = new Map<string, string>();
    const bundles = {
      registration: childMessages[0]!,
      steps: stepsMessages,
      done: doneMessages,
      pages: pagesMessages,
      health: healthMessages,
    };
    for (const [name, bundle] of Object.entries(bundles)) {
      const french = await catalogue(bundle, 'fr');
      for (const key of Object.keys(french)) {
        expect(owner.get(key), `${key} is in two bundles`).to.equal(undefined);
        owner.set(key, name);
      }
      for (const locale of locales.filter((other) => other !== 'fr')) {
        const messages = await catalogue(bundle, locale);
        expect(Object.keys(messages).sort(), `${name} ${locale}`).to.deep.equal(Object.keys(french).sort());
        for (const [key, value] of Object.entries(messages)) expect(value, key).not.to.equal('');
      }
    }
  });
});
