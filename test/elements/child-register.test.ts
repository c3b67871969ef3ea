import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { nothing } from 'lit';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import '../../src/elements/child-register/define.js';
import type { ChildRegister } from '../../src/elements/child-register/child-register.js';
import type { FpErrorEvent, FpSubmittedEvent } from '../../src/shared/events.js';
import { ChildRegisterPage, emma, emmaNationalNumber, validKidEid } from './child-register.page.js';

const known = () => createMemoryAdapter({ family: 'known', storage: null });

/** Mounts the element on `adapter` inside an ancestor carrying `lang`. */
async function mount(
  adapter: MemoryAdapter | null = known(),
  { lang = 'fr', parentHref = '', healthFormHref = '' } = {},
): Promise<ChildRegisterPage> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}>
      <child-register
        .adapter=${adapter ?? undefined}
        parent-href=${parentHref || nothing}
        health-form-href=${healthFormHref || nothing}
      ></child-register>
    </div>`,
  );
  const el = wrapper.querySelector('child-register') as ChildRegister;
  const page = new ChildRegisterPage(el);
  if (adapter) await waitUntil(() => !el.shadowRoot?.querySelector('[aria-busy="true"]'), 'still loading');
  await page.settle();
  return page;
}

/** On "Nouvel enfant à enregistrer", after "Suivant". */
async function mountAtForm(adapter?: MemoryAdapter, options = {}): Promise<ChildRegisterPage> {
  const page = await mount(adapter, options);
  await page.waitForText('Étape 1 sur 3');
  page.button('Suivant').click();
  await page.waitForInput('child-firstName');
  return page;
}

/** Fills in Emma, a girl born 15 3 2020 at the École communale du Centre in 2e maternelle. */
async function fillEmma(page: ChildRegisterPage): Promise<void> {
  await page.fillAll(emma);
  await page.tick('child-sex-female');
  await page.choose('child-schoolSiteId', 'centre');
  await page.choose('child-schoolGradeId', 'm2');
}

async function mountAtRecap(adapter?: MemoryAdapter, options = {}): Promise<ChildRegisterPage> {
  const page = await mountAtForm(adapter, options);
  await fillEmma(page);
  page.button('Continuer').click();
  await page.waitForText('Étape 3 sur 3');
  return page;
}

describe('<child-register>', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible on "Mes informations"', async () => {
    const page = await mount(known(), { parentHref: '/profil' });
    await page.waitForText('Étape 1 sur 3');
    await expect(page.el).to.be.accessible();
  });

  it('is accessible on the form, with errors, on the recap, on the confirmation and before registering', async () => {
    const page = await mountAtForm();
    await expect(page.el).to.be.accessible();

    page.button('Continuer').click();
    await page.settle();
    expect(page.errorSummary()).not.to.equal(null);
    await expect(page.el).to.be.accessible();

    await page.tick('child-hasOtherGuardian');
    await expect(page.el).to.be.accessible();
    await page.tick('child-hasOtherGuardian');

    await fillEmma(page);
    page.button('Continuer').click();
    await page.waitForText('Vérifiez vos réponses');
    await expect(page.el).to.be.accessible();

    page.button('Valider').click();
    await page.waitForText('Votre enfant est enregistré');
    await expect(page.el).to.be.accessible();

    const newParent = await mount(createMemoryAdapter({ family: 'new', storage: null }), {
      parentHref: '/parent',
    });
    await newParent.waitForText('vous devez d’abord vous enregistrer');
    await expect(newParent.el).to.be.accessible();
  });

  it('shows the parent’s details read-only with a link to change them', async () => {
    const page = await mount(known(), { parentHref: '/profil' });
    await page.waitForText('Étape 1 sur 3');
    expect(page.heading()).to.equal('Enregistrer un nouvel enfant');
    expect(page.text()).to.include('Mes informations');
    expect(page.text()).to.include('Étape suivante : Nouvel enfant à enregistrer');
    const details = page.root.querySelector('[part~="details"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
    expect(details).to.include('Marc Dubois');
    expect(details).to.include('Grand-Rue 27 boîte 3, 1435 Mont-Saint-Guibert');
    expect(details).to.include('marc.dubois@example.be');
    expect(page.root.querySelectorAll('input')).to.have.length(0);
    const link = [...page.root.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Modifier mes coordonnées'),
    );
    expect(link?.getAttribute('href')).to.equal('/profil');

    const withoutHref = await mount();
    await withoutHref.waitForText('Étape 1 sur 3');
    expect(withoutHref.text()).not.to.include('Modifier mes coordonnées');
  });

  it('tells a parent not yet registered to register first, and shows no form', async () => {
    const page = await mount(createMemoryAdapter({ family: 'new', storage: null }), {
      parentHref: '/parent',
    });
    await page.waitForText('vous devez d’abord vous enregistrer en tant que parent');
    expect(page.root.querySelector('form')).to.equal(null);
    expect(page.hasButton('Suivant')).to.equal(false);
    const link = [...page.root.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('M’enregistrer en tant que parent'),
    );
    expect(link?.getAttribute('href')).to.equal('/parent');
  });

  it('registers a child by keyboard alone and shows the request number and history', async () => {
    const adapter = known();
    const page = await mount(adapter, { healthFormHref: '/sante/{childId}' });
    await page.waitForText('Étape 1 sur 3');

    await page.tabToButton('Suivant');
    await page.press('Enter');
    await page.waitForInput('child-firstName');
    expect(page.focused()?.getAttribute('data-focus'), 'focus on the step heading').to.equal('step-heading');
    expect(page.input('child-lastName').value, 'the parent’s last name, prefilled').to.equal('Dubois');

    for (const [id, value] of Object.entries(emma)) {
      await page.tabTo((el) => el.id === id);
      await page.fill(id, value);
    }
    await page.tabTo((el) => el.id === 'child-sex-female');
    await page.press('Space');
    expect(page.input('child-sex-female').checked).to.equal(true);

    await page.tabTo((el) => el.id === 'child-schoolSiteId');
    await page.press('ArrowDown');
    expect(page.select('child-schoolSiteId').value).to.equal('centre');
    await page.tabTo((el) => el.id === 'child-schoolGradeId');
    await page.press('ArrowDown');
    await page.press('ArrowDown');
    expect(page.select('child-schoolGradeId').value).to.equal('m2');

    await page.tabToButton('Continuer');
    await page.press('Enter');
    await page.waitForText('Étape 3 sur 3');
    expect(page.text()).to.include('Emma');
    expect(page.text()).to.include('École communale du Centre');
    expect(page.text()).to.include('2e maternelle');

    const submitted = oneEvent(page.el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    await page.tabToButton('Valider');
    await page.press('Enter');
    const event = await submitted;
    await page.waitForText('Votre enfant est enregistré');
    expect(event.detail.kind).to.equal('child-registration');
    expect(event.detail.linked).to.equal(false);
    const children = (await adapter.getFamily()).children;
    expect(children.map((child) => child.id)).to.include(event.detail.childId);
    expect(event.bubbles && event.composed).to.equal(true);
    expect(page.text()).to.include(event.detail.requestNumber);
    expect(page.focused()?.getAttribute('data-focus')).to.equal('confirmation');

    const items = [...page.root.querySelectorAll('[part~="timeline"] li')].map((li) => li.textContent ?? '');
    expect(items).to.have.length(2);
    expect(items[0]).to.include('Enfant enregistré');
    expect(items[1]).to.include('Nouvel enfant à enregistrer');

    const family = await adapter.getFamily();
    const child = family.children.find((candidate) => candidate.firstName === 'Emma');
    expect(child, 'Emma is in the family').not.to.equal(undefined);
    const link = [...page.root.querySelectorAll('a')].find((a) =>
      a.textContent?.includes('Remplissez maintenant sa fiche santé'),
    );
    expect(link?.getAttribute('href')).to.equal(`/sante/${child!.id}`);
  });

  it('opens the health form of the child just registered, under the confirmation (seed 001)', async () => {
    const adapter = known();
    const page = await mountAtRecap(adapter);
    page.button('Valider').click();
    await page.waitForText('Votre enfant est enregistré');
    await page.waitForInput('health-doctor-name');
    expect(page.heading()).to.equal('Fiche santé d’Emma');
    expect(page.focused()?.getAttribute('data-focus'), 'the confirmation is read first').to.equal(
      'confirmation',
    );
    const text = page.text();
    expect(text).to.include('La fiche santé d’Emma est nécessaire pour l’inscrire aux activités.');
    expect(text).to.include('Étape 1 sur 3');
    const emmaId = (await adapter.getFamily()).children.find((child) => child.firstName === 'Emma')!.id;
    expect(text).to.include((await adapter.getFamily()).requests.at(-1)!.number);
    await expect(page.el).to.be.accessible();

    // Later: the child's page, from which another child can be registered.
    page.button('Abandonner').click();
    await page.waitForText('Identité et école');
    expect(page.heading()).to.equal('Emma Dubois');
    expect(page.text()).to.include('Fiche santé à remplir');
    page.button('Enregistrer un autre enfant').click();
    await page.waitForText('Étape 1 sur 3');
    expect(page.heading()).to.equal('Enregistrer un nouvel enfant');
    expect((await adapter.getChild(emmaId)).healthForm).to.equal('missing');
  });

  it('lists every missing field in the error summary, focuses it, and links each to its field', async () => {
    const page = await mountAtForm();
    await page.fill('child-lastName', '');
    page.button('Continuer').click();
    await page.settle();

    const summary = page.errorSummary();
    expect(summary, 'an error summary').not.to.equal(null);
    expect(page.focused()).to.equal(summary);
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez le nom de l’enfant.',
      'Indiquez le prénom de l’enfant.',
      'Indiquez la date de naissance de l’enfant.',
      'Indiquez le sexe de l’enfant.',
      'Choisissez l’implantation scolaire.',
    ]);
    expect(page.inlineError('child-firstName')).to.include('Indiquez le prénom de l’enfant.');
    expect(page.text()).to.include('Indiquez le sexe de l’enfant.');
    expect(page.text()).not.to.include('Étape 3 sur 3');

    await page.tabTo(
      (el) => el.tagName === 'A' && el.textContent?.trim() === 'Indiquez la date de naissance de l’enfant.',
    );
    await page.press('Enter');
    expect(page.focused()).to.equal(page.input('child-birthDate-day'));
  });

  it('explains each invalid value with its own message and keeps what was typed', async () => {
    const page = await mountAtForm();
    const nextYear = String(new Date().getFullYear() + 1);
    const cases: [Record<string, string>, string, string][] = [
      [{ 'child-birthDate-year': nextYear }, 'child-birthDate-year', 'Cette date est dans le futur'],
      [
        { 'child-birthDate-day': '31', 'child-birthDate-month': '2' },
        'child-birthDate-day',
        'Indiquez une date qui existe',
      ],
      [{ 'child-birthDate-year': '2001' }, 'child-birthDate-year', 'moins de 18 ans'],
      [
        { 'child-nationalNumber': '20.03.16-002.85' },
        'child-nationalNumber',
        'ne correspond pas à la date de naissance',
      ],
      [{ 'child-nationalNumber': '20.03.15-002.19' }, 'child-nationalNumber', 'n’est pas valide'],
      [
        { 'child-kidEidNumber': '592-1234567-33' },
        'child-kidEidNumber',
        'vérifiez les chiffres au verso de la carte',
      ],
      [{ 'child-kidEidNumber': '592-1234' }, 'child-kidEidNumber', 'compte 12 chiffres'],
    ];
    for (const [values, id, message] of cases) {
      await fillEmma(page);
      await page.fill('child-nationalNumber', '');
      await page.fill('child-kidEidNumber', '');
      await page.fillAll(values);
      page.button('Continuer').click();
      await page.settle();
      const label = JSON.stringify(values);
      expect(page.summaryMessages().join(' '), label).to.include(message);
      expect(page.text(), label).to.include(message);
      expect(page.input(id).value, 'what the parent typed stays').to.equal(values[id]);
    }

    await fillEmma(page);
    await page.fill('child-nationalNumber', emmaNationalNumber);
    await page.fill('child-kidEidNumber', validKidEid);
    page.button('Continuer').click();
    await page.waitForText('Étape 3 sur 3');
    expect(page.text()).to.include('20.03.15-002.18');
    expect(page.text()).to.include('592-1234567-32');
  });

  it('offers the grades of the chosen site only, and asks for one', async () => {
    const page = await mountAtForm();
    expect(page.select('child-schoolGradeId').disabled, 'no grade before a site').to.equal(true);
    await page.fillAll(emma);
    await page.tick('child-sex-female');
    await page.choose('child-schoolSiteId', 'hevillers');
    expect(page.select('child-schoolGradeId').disabled).to.equal(false);
    const grades = [...page.select('child-schoolGradeId').options].map((o) => o.value).filter(Boolean);
    expect(grades).to.deep.equal(['m1', 'm2', 'm3', 'p1', 'p2', 'p3']);

    page.button('Continuer').click();
    await page.settle();
    expect(page.summaryMessages()).to.deep.equal(['Choisissez l’année scolaire.']);
    expect(page.inlineError('child-schoolGradeId')).to.include('Choisissez l’année scolaire.');

    await page.choose('child-schoolGradeId', 'p3');
    await page.choose('child-schoolSiteId', 'centre');
    expect(page.select('child-schoolGradeId').value, 'p3 is taught at the Centre too').to.equal('p3');
  });

  it('asks for the other guardian when they live elsewhere, and who receives the invoices', async () => {
    const adapter = known();
    const page = await mountAtForm(adapter);
    await fillEmma(page);
    expect(page.root.querySelector('#child-otherGuardian-firstName')).to.equal(null);
    expect(page.root.querySelector('#child-invoicesTo-me')).to.equal(null);
    await page.tick('child-hasOtherGuardian');
    page.button('Continuer').click();
    await page.settle();
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez le prénom de l’autre parent ou tuteur.',
      'Indiquez le nom de l’autre parent ou tuteur.',
      'Indiquez le lien de l’autre parent ou tuteur avec l’enfant.',
      'Indiquez qui reçoit les factures.',
    ]);

    await page.fillAll({
      'child-otherGuardian-firstName': 'Julie',
      'child-otherGuardian-lastName': 'Renard',
      'child-otherGuardian-relation': 'mère',
      'child-otherGuardian-phone': '0478 11 22 33',
    });
    await page.tick('child-invoicesTo-both');
    page.button('Continuer').click();
    await page.settle();
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez l’adresse e-mail de l’autre parent ou tuteur : les factures lui sont envoyées.',
    ]);

    await page.fill('child-otherGuardian-email', 'julie.renard@example.be');
    page.button('Continuer').click();
    await page.waitForText('Étape 3 sur 3');
    expect(page.text()).to.include('Julie Renard (mère)');
    expect(page.text()).to.include('Nous deux');
    page.button('Valider').click();
    await page.waitForText('Votre enfant est enregistré');
    const family = await adapter.getFamily();
    const emmaId = family.children.find((child) => child.firstName === 'Emma')!.id;
    const record = await adapter.getChild(emmaId);
    expect(record.identity.invoicesTo).to.equal('both');
    expect(record.identity.otherGuardian).to.deep.include({
      phone: '+32478112233',
      email: 'julie.renard@example.be',
    });
  });

  it('returns to the recap after "Modifier" and keeps every value', async () => {
    const page = await mountAtRecap();
    const change = page
      .buttons()
      .find((b) => b.textContent?.includes('Modifier') && b.textContent.includes('Prénom de l’enfant'));
    expect(change, 'a change link per answer').not.to.equal(undefined);
    change!.click();
    await page.settle();
    expect(page.focused()).to.equal(page.input('child-firstName'));
    expect(page.select('child-schoolGradeId').value).to.equal('m2');
    await page.fill('child-firstName', 'Emmy');
    page.button('Revenir au récapitulatif').click();
    await page.waitForText('Emmy');
    expect(page.text()).to.include('Étape 3 sur 3');
  });

  it('links a child the service already knows instead of registering them twice', async () => {
    const adapter = known();
    const [year, month, day] = (await adapter.getChild('chi-1')).identity.birthDate.split('-').map(Number);
    const page = await mountAtForm(adapter);
    await page.fillAll({
      'child-firstName': 'Léa',
      'child-birthDate-day': String(day),
      'child-birthDate-month': String(month),
      'child-birthDate-year': String(year),
    });
    await page.tick('child-sex-female');
    await page.choose('child-schoolSiteId', 'centre');
    await page.choose('child-schoolGradeId', 'p2');
    page.button('Continuer').click();
    await page.waitForText('Étape 3 sur 3');
    page.button('Valider').click();
    await page.waitForText('Votre enfant est relié à votre famille');
    expect(page.text()).to.include('connaissait déjà Léa');
    expect(page.text()).to.include('Enfant déjà connu du service : relié à votre famille');
    const family = await adapter.getFamily();
    expect(family.children.filter((child) => child.firstName === 'Léa')).to.have.length(1);
    expect(family.children).to.have.length(2);
  });

  it('offers a retry after a server error, which succeeds without retyping and registers the child once', async () => {
    const adapter = known();
    const keys: string[] = [];
    const original = adapter.registerChild.bind(adapter);
    adapter.registerChild = (identity, options) => {
      keys.push(options.idempotencyKey);
      return original(identity, options);
    };
    const page = await mountAtRecap(adapter);

    adapter.failNext('server', { operation: 'write' });
    const failed = oneEvent(page.el, 'fp-error') as Promise<FpErrorEvent>;
    page.button('Valider').click();
    const error = await failed;
    expect(error.detail.type).to.equal('server');
    expect(error.detail.operation).to.equal('submit');
    await page.waitForText('Le service a rencontré un problème');
    expect(page.text()).to.include('Emma');
    expect(page.focused()?.getAttribute('data-focus'), 'focus moves to the error').to.equal('submit-error');
    await expect(page.el).to.be.accessible();

    page.button('Réessayer').click();
    await page.waitForText('Votre enfant est enregistré');
    expect(keys).to.have.length(2);
    expect(keys[1], 'the same idempotency key').to.equal(keys[0]);
    const family = await adapter.getFamily();
    expect(family.children.filter((child) => child.firstName === 'Emma')).to.have.length(1);
    expect(family.requests.filter((r) => r.kind === 'child-registration')).to.have.length(1);
  });

  it('shows the server’s field problems on the form', async () => {
    const adapter = known();
    const page = await mountAtRecap(adapter);
    adapter.failNext('validation', {
      operation: 'write',
      fieldIssues: [{ field: 'kidEidNumber', code: 'kid-eid.checksum' }],
    });
    page.button('Valider').click();
    await waitUntil(() => page.errorSummary(), 'no error summary');
    await page.settle();
    expect(page.inlineError('child-kidEidNumber')).to.include('vérifiez les chiffres au verso');
    expect(page.input('child-firstName').value).to.equal('Emma');
  });

  it('keeps what the parent typed across a reload and clears it on abandon', async () => {
    const adapter = known();
    const first = await mountAtForm(adapter);
    await first.fill('child-firstName', 'Emma');
    await first.fill('child-nationalNumber', emmaNationalNumber);
    await first.choose('child-schoolSiteId', 'corbais');
    first.el.remove();

    const reloaded = await mount(adapter);
    await reloaded.waitForInput('child-firstName');
    expect(reloaded.input('child-firstName').value).to.equal('Emma');
    expect(reloaded.input('child-nationalNumber').value).to.equal(emmaNationalNumber);
    expect(reloaded.select('child-schoolSiteId').value).to.equal('corbais');
    expect(localStorage.length, 'nothing personal in localStorage').to.equal(0);

    reloaded.button('Abandonner').click();
    await reloaded.settle();
    expect(reloaded.text()).to.include('L’enregistrement a été abandonné');
    expect(reloaded.text()).to.include('Étape 1 sur 3');
    reloaded.el.remove();

    const again = await mountAtForm(adapter);
    expect(again.input('child-firstName').value).to.equal('');
  });

  it('offers a retry when loading fails', async () => {
    const adapter = known();
    adapter.failNext('network', { operation: 'read' });
    const page = await mount(adapter);
    await page.waitForText('Le service ne répond pas');
    page.button('Réessayer').click();
    await page.waitForText('Étape 1 sur 3');
  });

  it('speaks nl from the nearest lang attribute', async () => {
    const page = await mount(known(), { lang: 'nl' });
    await page.waitForText('Stap 1 van 3');
    expect(page.heading()).to.equal('Een nieuw kind registreren');
    page.button('Volgende').click();
    await page.waitForInput('child-firstName');
    await page.fill('child-lastName', '');
    page.button('Doorgaan').click();
    await page.settle();
    expect(page.summaryMessages()[0]).to.equal('Vul de naam van het kind in.');
    expect(page.text()).to.include('Schoolvestiging');
  });
});
