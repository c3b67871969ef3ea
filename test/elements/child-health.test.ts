import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryFamily,
} from '../../src/adapter/memory/index.js';
import '../../src/elements/child-register/define.js';
import type { FpErrorEvent, FpSubmittedEvent } from '../../src/shared/events.js';
import type { ChildHealthPage } from './child-health.page.js';
import { granny, placeChildRegister, validDoctor, type MountOptions } from './child-health.page.js';

/** The demo clock: the seed dates Léa's form two months before it (valid), Tom's fifteen (out of date). */
const now = () => new Date('2026-11-23T09:00:00Z');
/** Marc Dubois: Léa (chi-1, form complete) and Tom (chi-2, form to update). */
const known = () => createMemoryAdapter({ family: 'known', storage: null, now });
/** Nadia Benali: Yasmine (chi-3, no form yet). */
const separated = () => createMemoryAdapter({ family: 'separated', storage: null, now });

const healthDraftKey = (childId: string) => `fp-draft:child-register:health:${childId}`;

/** Mounts the element on `adapter` inside an ancestor carrying `lang`, and waits until it has loaded. */
async function mount(adapter: MemoryAdapter, options: MountOptions = {}): Promise<ChildHealthPage> {
  const page = await placeChildRegister(adapter, options);
  const el = page.el;
  await waitUntil(
    () =>
      el.shadowRoot?.querySelector('[part~="heading"]') && !el.shadowRoot.querySelector('[aria-busy="true"]'),
    'still loading',
    // The first mount of a run downloads a screen's modules (and the child rules they check) on first use.
    { timeout: 4000 },
  );
  await page.settle();
  return page;
}

/** "Mes enfants" of `family`. */
async function mountList(family: MemoryFamily = 'known', adapter?: MemoryAdapter): Promise<ChildHealthPage> {
  const page = await mount(adapter ?? createMemoryAdapter({ family, storage: null, now }), {
    view: 'children',
  });
  await page.waitForText('Mes enfants');
  return page;
}

/** Yasmine's health form (no form yet), opened by its link. */
async function mountYasmine(adapter: MemoryAdapter = separated()): Promise<ChildHealthPage> {
  const page = await mount(adapter, { childId: 'chi-3' });
  await page.waitForInput('health-doctor-name');
  return page;
}

/** Fills both steps of a blank form and stops on "Vérifiez vos réponses". */
async function fillToRecap(page: ChildHealthPage): Promise<void> {
  await page.fillCareStep();
  await page.click('Continuer');
  await page.waitForInput('health-contacts-0-firstName');
  await page.click('Continuer');
  await page.waitForText('Vérifiez vos réponses');
}

/** The health form's requests (or change requests) about `childId`. */
async function requestsFor(adapter: MemoryAdapter, childId: string, kind: string) {
  return (await adapter.getFamily()).requests.filter((r) => r.childId === childId && r.kind === kind);
}

describe('<child-register> "Mes enfants", a child’s page and the health form', () => {
  beforeEach(() => sessionStorage.clear());

  it('is accessible on "Mes enfants"', async () => {
    const page = await mountList();
    await expect(page.el).to.be.accessible();
  });

  it('is accessible on a child’s page, each health step, with errors, on the recap and the confirmation', async () => {
    const page = await mountYasmine();
    expect(page.stepTitle()).to.equal('La santé de Yasmine');
    await expect(page.el).to.be.accessible();

    await page.click('Continuer');
    expect(page.errorSummary()).not.to.equal(null);
    await expect(page.el).to.be.accessible();

    await page.tick('health-allergies-yes');
    await page.click('Ajouter une allergie');
    await page.click('Continuer');
    expect(page.summaryMessages().join(' ')).to.include('Allergie 2');
    await expect(page.el).to.be.accessible();

    await page.tick('health-allergies-no');
    await page.fillCareStep();
    await page.click('Continuer');
    await page.waitForInput('health-contacts-0-firstName');
    expect(page.stepTitle()).to.equal('Autorisations et personnes de contact');
    await expect(page.el).to.be.accessible();

    await page.click('Ajouter une personne');
    await page.click('Continuer');
    expect(page.summaryMessages().join(' ')).to.include('Personne 2');
    await expect(page.el).to.be.accessible();

    await page.click('Retirer la personne 2');
    await page.click('Continuer');
    await page.waitForText('Vérifiez vos réponses');
    await expect(page.el).to.be.accessible();

    await page.click('Valider');
    await page.waitForText('La fiche santé de Yasmine est enregistrée');
    await expect(page.el).to.be.accessible();

    await page.click('Voir la fiche de Yasmine');
    await page.waitForText('Identité et école');
    await expect(page.el).to.be.accessible();
  });

  it('lists each child with their health form’s status and what can be done next', async () => {
    const page = await mountList();
    expect(page.heading()).to.equal('Mes enfants');
    const cards = page.childCards();
    expect([...cards.keys()]).to.deep.equal(['Léa Dubois', 'Tom Dubois']);
    expect(cards.get('Léa Dubois')).to.include('né(e) le 12/05/2016').and.to.include('Fiche santé complète');
    expect(cards.get('Tom Dubois')).to.include('Fiche santé à mettre à jour');
    expect(page.cardButtons('Léa Dubois')).to.deep.equal(['Voir la fiche de Léa']);
    expect(page.cardButtons('Tom Dubois')).to.deep.equal([
      'Mettre à jour la fiche santé de Tom',
      'Voir la fiche de Tom',
    ]);
    expect(page.hasButton('Enregistrer un enfant')).to.equal(true);

    const yasmine = await mountList('separated');
    expect(yasmine.childCards().get('Yasmine Haddad')).to.include('Fiche santé à remplir');
    expect(yasmine.cardButtons('Yasmine Haddad')).to.deep.equal([
      'Remplir la fiche santé de Yasmine',
      'Voir la fiche de Yasmine',
    ]);
    const empty = await mountList('empty');
    expect(empty.text()).to.include('Vous n’avez pas encore enregistré d’enfant.');
    expect(empty.hasButton('Enregistrer un enfant')).to.equal(true);

    await yasmine.click('Remplir la fiche santé de Yasmine');
    await yasmine.waitForInput('health-doctor-name');
    expect(yasmine.heading()).to.equal('Fiche santé de Yasmine');
    expect(yasmine.stepTitle()).to.equal('La santé de Yasmine');
  });

  it('opens a child’s page from the list, and back', async () => {
    const page = await mountList();
    await page.click('Voir la fiche de Léa');
    await page.waitForText('Identité et école');
    expect(page.heading()).to.equal('Léa Dubois');
    const health = page.section('Fiche santé');
    expect(health).to.include('Fiche santé complète');
    expect(health).to.include('Confirmée le 23/09/2026, valable jusqu’au 23/09/2027.');
    expect(page.hasButton('Modifier la fiche santé')).to.equal(true);
    const identity = page.section('Identité et école');
    expect(identity).to.include('12/05/2016');
    expect(identity).to.include('École communale du Centre');
    expect(identity).to.include('2e primaire');
    expect(page.hasButton('Demander une modification')).to.equal(true);
    // Her absences (the demo calendar's): the one awaiting the service first.
    expect(page.section('Demandes')).to.match(/^Demandes Demande d’absence .* En cours de traitement/);
    expect(page.pendingNotice()).to.equal(undefined);

    await waitUntil(
      () => page.focused()?.textContent?.trim() === 'Léa Dubois',
      'focus on the page’s heading',
    );

    await page.click('Retour à mes enfants');
    await page.waitForText('Mettre à jour la fiche santé de Tom');
    expect(page.heading()).to.equal('Mes enfants');
    await waitUntil(
      () => page.focused()?.textContent?.trim() === 'Mes enfants',
      'focus on the list’s heading',
    );

    await page.click('Voir la fiche de Tom');
    await page.waitForText('Identité et école');
    expect(page.section('Fiche santé')).to.include('Fiche santé à mettre à jour');
    expect(page.section('Fiche santé')).to.include('elle n’est plus valable depuis le 23/08/2026');
    expect(page.hasButton('Mettre à jour la fiche santé')).to.equal(true);
  });

  it('opens the registration from "Enregistrer un enfant"', async () => {
    const page = await mountList();
    await page.click('Enregistrer un enfant');
    await page.waitForText('Étape 1 sur 3');
    expect(page.heading()).to.equal('Enregistrer un nouvel enfant');
    expect(page.text()).to.include('Mes informations');
    expect(page.hasButton('Retour à mes enfants')).to.equal(true);
    await page.click('Retour à mes enfants');
    await page.waitForText('Voir la fiche de Léa');
  });

  it('opens the health form at once from a link to a child whose form is missing', async () => {
    const page = await mount(separated(), { childId: 'chi-3' });
    await page.waitForInput('health-doctor-name');
    expect(page.heading()).to.equal('Fiche santé de Yasmine');
    expect(page.stepCount()).to.equal('Étape 1 sur 3');
    expect(page.stepTitle()).to.equal('La santé de Yasmine');
    expect(page.text()).to.include('Étape suivante : Autorisations et personnes de contact');
    expect(page.text()).to.include('Remplissez la fiche santé de Yasmine');
    expect(page.input('health-doctor-name').value).to.equal('');
    expect(page.hasButton('Retour à mes enfants'), 'opened by a link, not from the list').to.equal(false);
  });

  it('opens the child’s page from a link to a child whose form is complete', async () => {
    const page = await mount(known(), { childId: 'chi-1' });
    await page.waitForText('Identité et école');
    expect(page.heading()).to.equal('Léa Dubois');
    expect(page.root.querySelector('#health-doctor-name')).to.equal(null);
    expect(page.section('Fiche santé')).to.include('Fiche santé complète');
    await expect(page.el).to.be.accessible();
  });

  it('offers no second change while one is being handled, and says why when one is tried', async () => {
    const adapter = known();
    const { identity } = await adapter.getChild('chi-2');
    await adapter.requestChildChange(
      'chi-2',
      { identity: { ...identity, schoolGradeId: identity.schoolGradeId === 'p1' ? 'p2' : 'p1' } },
      { idempotencyKey: 'tom-grade' },
    );
    const list = await mountList('known', adapter);
    expect(list.cardButtons('Tom Dubois')).to.deep.equal(['Voir la fiche de Tom']);
    expect(list.childCards().get('Tom Dubois')).to.include('Demandes en cours : 1');

    // A link to Tom's out-of-date form opens his page, which says a request is being handled.
    const linked = await mount(adapter, { childId: 'chi-2' });
    expect(linked.heading()).to.equal('Tom Dubois');
    expect(linked.pendingNotice()).to.include(
      'Une demande de modification pour Tom est en cours de traitement',
    );
    expect(linked.hasButton('Mettre à jour la fiche santé')).to.equal(false);
    expect(linked.hasButton('Demander une modification')).to.equal(false);

    // The service refuses a second one (another tab sent it first): the parent is told why.
    const other = await mount(adapter, { childId: 'chi-1' });
    await other.click('Demander une modification');
    await other.waitForInput('child-comment');
    await other.fill('child-comment', 'Léa porte des lunettes depuis la rentrée.');
    await other.click('Continuer');
    await other.waitForText('Vérifiez vos réponses');
    await adapter.requestChildChange(
      'chi-1',
      { comment: 'Depuis un autre onglet.' },
      { idempotencyKey: 'other-tab' },
    );
    await other.click('Valider');
    await other.waitForText('Une demande de modification est déjà en cours de traitement');
    expect(other.text()).to.include('Vérifiez vos réponses');
  });

  it('says so when the linked child is not in the family', async () => {
    const page = await mount(known(), { childId: 'chi-3' });
    await page.waitForText('Cet enfant ne fait pas partie de votre famille');
    expect(page.root.querySelector('#health-doctor-name')).to.equal(null);
    expect(page.hasButton('Demander une modification')).to.equal(false);
  });

  it('takes a parent through Yasmine’s health form by keyboard alone', async () => {
    const adapter = separated();
    const page = await mountYasmine(adapter);

    for (const [id, value] of Object.entries(validDoctor)) {
      await page.tabTo((el) => el.id === id);
      await sendKeys({ type: value });
    }
    await page.tabTo((el) => el.id === 'health-allergies-yes');
    await page.press('Space');
    expect(page.input('health-allergies-yes').checked).to.equal(true);
    await page.waitForInput('health-allergies-0-kind');

    await page.tabTo((el) => el.id === 'health-allergies-0-kind');
    await page.press('ArrowDown');
    expect(page.select('health-allergies-0-kind').value).to.equal('food');
    await page.tabTo((el) => el.id === 'health-allergies-0-substance');
    await sendKeys({ type: 'Kiwi' });
    await page.tabTo((el) => el.id === 'health-allergies-0-severity');
    await page.press('ArrowDown');
    expect(page.select('health-allergies-0-severity').value).to.equal('mild');

    await page.tabTo((el) => el.id === 'health-vegetarian');
    await page.press('Space');
    await page.tabTo((el) => el.id === 'health-tetanusVaccination-day');
    for (const value of ['27', '3', '2022']) {
      await sendKeys({ type: value });
      await sendKeys({ press: 'Tab' });
    }
    await page.tabTo((el) => el.id === 'health-canSwim-yes');
    await page.press('ArrowRight');
    expect(page.input('health-canSwim-a-little').checked).to.equal(true);

    await page.tabToButton('Continuer');
    await page.press('Enter');
    await page.waitForInput('health-contacts-0-firstName');
    expect(page.focused()?.getAttribute('data-focus'), 'focus on the step heading').to.equal('step-heading');
    expect(page.input('health-contacts-0-firstName').value, 'the parent, prefilled').to.equal('Nadia');
    expect(page.input('health-contacts-0-phone').value).to.equal('0486 55 66 77');

    await page.tabTo((el) => el.id === 'health-outings');
    await page.press('Space');
    await page.tabToButton('Continuer');
    await page.press('Enter');
    await page.waitForText('Vérifiez vos réponses');
    const rows = page.recapRows();
    expect(rows.get('Médecin traitant')).to.include('Dr Anne Collard').and.to.include('010 45 67 89');
    expect(rows.get('Allergies')).to.equal('Kiwi (Alimentaire, Légère : inconfort passager)');
    expect(rows.get('Alimentation')).to.equal('Végétarien');
    expect(rows.get('Dernier rappel contre le tétanos')).to.equal('27/03/2022');
    expect(rows.get('Sait nager')).to.equal('Un peu');
    expect(rows.get('Autorisations')).to.include('Mon enfant participe aux sorties et excursions : Oui');
    expect(rows.get('Personnes de contact')).to.include('Nadia Benali (parent)');

    const submitted = oneEvent(page.el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    await page.tabToButton('Valider');
    await page.press('Enter');
    const event = await submitted;
    await page.waitForText('La fiche santé de Yasmine est enregistrée');
    expect(event.detail.kind).to.equal('health-form');
    expect(page.focused()?.getAttribute('data-focus')).to.equal('confirmation');
    expect(page.text()).to.include(event.detail.requestNumber);
    expect(page.text()).to.include('Elle est valable jusqu’au 23/11/2027.');

    const child = await adapter.getChild('chi-3');
    expect(child.healthForm).to.equal('complete');
    expect(child.health?.form.allergies).to.deep.equal([
      { kind: 'food', substance: 'Kiwi', severity: 'mild' },
    ]);
    expect(child.health?.form.tetanusVaccination).to.equal('2022-03-27');
    expect(child.health?.form.authorisations.outings).to.equal(true);
    expect(sessionStorage.getItem(healthDraftKey('chi-3')), 'the draft is cleared').to.equal(null);
  });

  it('explains each problem of the first step, in the error summary and at the field', async () => {
    const page = await mountYasmine();
    await page.click('Continuer');
    expect(page.focused()).to.equal(page.errorSummary());
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez le nom du médecin traitant.',
      'Indiquez le numéro de téléphone du médecin traitant.',
      'Indiquez si votre enfant a des allergies.',
      'Indiquez si votre enfant sait nager.',
    ]);
    expect(page.inlineError('health-doctor-name')).to.include('Indiquez le nom du médecin traitant.');
    expect(page.inlineError('health-doctor-phone')).to.include('Indiquez le numéro de téléphone du médecin');
    expect(page.text()).to.include('Erreur : Indiquez si votre enfant a des allergies.');
    expect(page.stepCount(), 'still on the first step').to.equal('Étape 1 sur 3');

    await page.followSummary('Indiquez si votre enfant sait nager.');
    expect(page.focused()).to.equal(page.input('health-canSwim-yes'));
    await page.followSummary('Indiquez le numéro de téléphone du médecin traitant.');
    expect(page.focused()).to.equal(page.input('health-doctor-phone'));

    await page.fillAll({ 'health-doctor-name': 'Dr Collard', 'health-doctor-phone': '12 34' });
    await page.tick('health-allergies-yes');
    await page.tick('health-canSwim-no');
    await page.click('Continuer');
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez un numéro de téléphone ou de GSM, par exemple 0496 44 41 11 ou +32 496 44 41 11.',
      'Allergie 1 : Choisissez le type d’allergie.',
      'Allergie 1 : Indiquez à quoi votre enfant est allergique.',
      'Allergie 1 : Choisissez la gravité de l’allergie.',
    ]);
    expect(page.inlineError('health-doctor-phone')).to.include('par exemple 0496 44 41 11');
    expect(page.input('health-doctor-phone').value, 'what was typed stays').to.equal('12 34');
    expect(page.inlineError('health-allergies-0-kind'), 'no entry number at the field').to.equal(
      'Erreur : Choisissez le type d’allergie.',
    );
    expect(page.inlineError('health-allergies-0-substance')).to.include('Indiquez à quoi');
    expect(page.inlineError('health-allergies-0-severity')).to.include('Choisissez la gravité');
    await page.followSummary('Allergie 1 : Indiquez à quoi votre enfant est allergique.');
    expect(page.focused()).to.equal(page.input('health-allergies-0-substance'));

    await page.fill('health-doctor-phone', '010 45 67 89');
    await page.choose('health-allergies-0-kind', 'medicine');
    await page.fill('health-allergies-0-substance', 'Pénicilline');
    await page.choose('health-allergies-0-severity', 'severe');
    const nextYear = String(new Date().getFullYear() + 1);
    for (const [date, message] of [
      [
        ['31', '2', '2020'],
        'Indiquez une date de rappel qui existe, par exemple 27 3 2022, ou laissez les cases vides.',
      ],
      [
        ['15', '6'],
        'Indiquez une date de rappel qui existe, par exemple 27 3 2022, ou laissez les cases vides.',
      ],
      [['1', '1', nextYear], 'Cette date est dans le futur : vérifiez-la.'],
    ] as const) {
      await page.fillAll({
        'health-tetanusVaccination-day': date[0],
        'health-tetanusVaccination-month': date[1],
        'health-tetanusVaccination-year': date[2] ?? '',
      });
      await page.click('Continuer');
      expect(page.summaryMessages(), date.join(' ')).to.deep.equal([message]);
      expect(page.text()).to.include(`Erreur : ${message}`);
      await page.followSummary(message);
      expect(page.focused()).to.equal(page.input('health-tetanusVaccination-day'));
    }

    await page.fillAll({
      'health-tetanusVaccination-day': '',
      'health-tetanusVaccination-month': '',
      'health-tetanusVaccination-year': '',
    });
    await page.click('Continuer');
    await page.waitForInput('health-contacts-0-firstName');
    expect(page.errorSummary(), 'the tetanus date may stay empty').to.equal(null);
  });

  it('explains each problem with the contact persons, naming the person in the summary', async () => {
    const page = await mountYasmine();
    await page.fillCareStep();
    await page.click('Continuer');
    await page.waitForInput('health-contacts-0-firstName');
    expect(page.input('health-contacts-0-emergency').checked).to.equal(true);
    expect(page.input('health-contacts-0-pickup').checked).to.equal(true);

    await page.click('Ajouter une personne');
    await page.setChecked('health-contacts-1-emergency', false);
    await page.click('Continuer');
    expect(page.summaryMessages()).to.deep.equal([
      'Personne 2 : Indiquez le prénom de la personne.',
      'Personne 2 : Indiquez le nom de la personne.',
      'Personne 2 : Indiquez le lien de la personne avec l’enfant.',
      'Personne 2 : Indiquez le numéro de téléphone de la personne.',
      'Personne 2 : Indiquez si cette personne est à prévenir en cas d’urgence, autorisée à reprendre l’enfant, ou les deux.',
    ]);
    expect(page.inlineError('health-contacts-1-firstName')).to.equal(
      'Erreur : Indiquez le prénom de la personne.',
    );
    expect(page.inlineError('health-contacts-1-emergency')).to.include(
      'autorisée à reprendre l’enfant, ou les deux',
    );
    expect(page.inlineError('health-contacts-1-pickup')).to.include(
      'autorisée à reprendre l’enfant, ou les deux',
    );
    expect(page.inlineError('health-contacts-0-firstName'), 'Personne 1 is fine').to.equal('');

    await page.followSummary('Personne 2 : Indiquez le lien de la personne avec l’enfant.');
    expect(page.focused()).to.equal(page.input('health-contacts-1-relation'));
    await page.followSummary(
      'Personne 2 : Indiquez si cette personne est à prévenir en cas d’urgence, autorisée à reprendre l’enfant, ou les deux.',
    );
    expect(page.focused()).to.equal(page.input('health-contacts-1-emergency'));

    await page.fillContact(1, { ...granny, phone: '12345' });
    await page.tick('health-contacts-1-pickup');
    await page.click('Continuer');
    expect(page.summaryMessages()).to.deep.equal([
      'Personne 2 : Indiquez un numéro de téléphone ou de GSM, par exemple 0496 44 41 11 ou +32 496 44 41 11.',
    ]);
    expect(page.inlineError('health-contacts-1-phone')).to.include('par exemple 0496 44 41 11');

    await page.fill('health-contacts-1-phone', granny.phone);
    await page.setChecked('health-contacts-0-emergency', false);
    await page.click('Continuer');
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez au moins une personne à prévenir en cas d’urgence.',
    ]);
    expect(page.text()).to.include('Erreur : Indiquez au moins une personne à prévenir en cas d’urgence.');
    await page.followSummary('Indiquez au moins une personne à prévenir en cas d’urgence.');
    expect(page.focused()).to.equal(page.input('health-contacts-0-emergency'));

    await page.setChecked('health-contacts-0-emergency', true);
    await page.setChecked('health-contacts-0-pickup', false);
    await page.setChecked('health-contacts-1-emergency', true);
    await page.setChecked('health-contacts-1-pickup', false);
    await page.click('Continuer');
    expect(page.summaryMessages()).to.deep.equal([
      'Indiquez au moins une personne autorisée à reprendre l’enfant.',
    ]);
    await page.followSummary('Indiquez au moins une personne autorisée à reprendre l’enfant.');
    expect(page.focused()).to.equal(page.input('health-contacts-0-pickup'));
    const describedBy = page.input('health-contacts-1-pickup').getAttribute('aria-describedby') ?? '';
    expect(page.root.getElementById(describedBy)?.textContent, 'each role box tells the problem').to.include(
      'Indiquez au moins une personne autorisée à reprendre l’enfant.',
    );

    await page.setChecked('health-contacts-1-pickup', true);
    await page.click('Continuer');
    await page.waitForText('Vérifiez vos réponses');
    expect(page.recapRows().get('Personnes de contact')).to.include('Jeanne Dubois (grand-mère)');
  });

  it('adds and removes allergies and contact persons, moving focus and announcing it', async () => {
    const page = await mountYasmine();
    await page.tick('health-allergies-yes');
    expect(page.root.querySelectorAll('#health-allergies-0-kind')).to.have.length(1);
    expect(page.hasButton('Retirer l’allergie 1'), 'one allergy cannot be removed').to.equal(false);

    await page.click('Ajouter une allergie');
    expect(page.focused()).to.equal(page.select('health-allergies-1-kind'));
    expect(page.status()).to.equal('Allergie 2 ajoutée.');
    expect(page.text()).to.include('Allergie 2');
    await page.fill('health-allergies-1-substance', 'Pollen');
    await page.click('Ajouter une allergie');
    expect(page.focused()).to.equal(page.select('health-allergies-2-kind'));
    expect(page.status()).to.equal('Allergie 3 ajoutée.');

    await page.click('Retirer l’allergie 1');
    expect(page.status()).to.equal('Allergie 1 retirée.');
    expect(page.focused()).to.equal(page.select('health-allergies-0-kind'));
    expect(page.input('health-allergies-0-substance').value, 'Allergie 2 became Allergie 1').to.equal(
      'Pollen',
    );
    expect(page.root.querySelector('#health-allergies-2-kind')).to.equal(null);
    await page.click('Retirer l’allergie 2');
    expect(page.status()).to.equal('Allergie 2 retirée.');
    expect(page.focused()).to.equal(page.select('health-allergies-0-kind'));
    expect(page.hasButton('Retirer l’allergie 1')).to.equal(false);

    // The same words twice in a row are said twice: the region is emptied in between.
    await page.click('Ajouter une allergie');
    await page.click('Ajouter une allergie');
    const region = page.root.querySelector('[role="status"][aria-live="polite"]')!;
    const said: string[] = [];
    const observer = new MutationObserver(() => said.push(region.textContent?.trim() ?? ''));
    observer.observe(region, { subtree: true, childList: true, characterData: true });
    await page.click('Retirer l’allergie 1');
    await page.click('Retirer l’allergie 1');
    observer.disconnect();
    expect(said.filter((text) => text === 'Allergie 1 retirée.')).to.have.length(2);
    expect(page.hasButton('Retirer l’allergie 1')).to.equal(false);

    await page.tick('health-allergies-no');
    expect(page.root.querySelector('#health-allergies-0-kind'), 'no allergy: no list').to.equal(null);
    await page.fillCareStep();
    await page.click('Continuer');
    await page.waitForInput('health-contacts-0-firstName');
    expect(page.hasButton('Retirer la personne 1')).to.equal(false);

    await page.click('Ajouter une personne');
    expect(page.focused()).to.equal(page.input('health-contacts-1-firstName'));
    expect(page.status()).to.equal('Personne 2 ajoutée.');
    await page.fillContact(1, granny);
    await page.tick('health-contacts-1-pickup');
    await page.click('Ajouter une personne');
    expect(page.focused()).to.equal(page.input('health-contacts-2-firstName'));
    expect(page.status()).to.equal('Personne 3 ajoutée.');

    await page.click('Retirer la personne 3');
    expect(page.status()).to.equal('Personne 3 retirée.');
    expect(page.focused()).to.equal(page.input('health-contacts-1-firstName'));
    expect(page.root.querySelector('#health-contacts-2-firstName')).to.equal(null);

    await page.click('Continuer');
    await page.waitForText('Vérifiez vos réponses');
    const contacts = page.recapRows().get('Personnes de contact') ?? '';
    expect(contacts).to.include('Nadia Benali').and.to.include('Jeanne Dubois (grand-mère), 0477 12 34 56');
  });

  it('asks to update an outdated form and confirms it when nothing changed', async () => {
    const adapter = known();
    const page = await mount(adapter, { childId: 'chi-2' });
    await page.waitForInput('health-doctor-name');
    expect(page.heading()).to.equal('Fiche santé de Tom');
    const intro = page.root.querySelector('p.callout')?.textContent ?? '';
    expect(intro).to.include('La fiche santé de Tom a été confirmée le 23/08/2025 et doit être mise à jour');
    expect(page.input('health-doctor-name').value, 'the known answers').to.equal('Dr Marie Lenoir');
    expect(page.input('health-allergies-yes').checked).to.equal(true);
    expect(page.input('health-allergies-0-substance').value).to.equal('Arachides');
    await expect(page.el).to.be.accessible();

    await page.click('Continuer');
    await page.waitForInput('health-contacts-0-firstName');
    expect(page.input('health-contacts-0-firstName').value).to.equal('Marc');
    await page.click('Continuer');
    await page.waitForText('Vérifiez vos réponses');
    expect(page.text()).to.include('Si rien n’a changé, la fiche est confirmée pour une nouvelle période.');
    await page.click('Valider');
    await page.waitForText('La fiche santé de Tom est confirmée');
    expect(page.text()).to.include('Fiche santé confirmée');
    expect(page.text()).to.include('Elle est valable jusqu’au 23/11/2027');

    expect((await adapter.getChild('chi-2')).healthForm).to.equal('complete');
    expect(await requestsFor(adapter, 'chi-2', 'child-change'), 'no change request').to.have.length(0);
    await page.click('Voir la fiche de Tom');
    await page.waitForText('Identité et école');
    expect(page.section('Fiche santé')).to.include('Fiche santé complète');
    expect(page.section('Demandes')).to.include('Fiche santé');
  });

  it('sends a change to a known form as a change request, applied once the service accepts it', async () => {
    const adapter = known();
    const page = await mount(adapter, { childId: 'chi-1' });
    await page.waitForText('Identité et école');
    await page.click('Modifier la fiche santé');
    await page.waitForInput('health-doctor-name');
    expect(page.text()).to.include('la modification est envoyée au service, qui l’accepte ou la refuse');
    await page.click('Continuer');
    await page.waitForInput('health-contacts-0-firstName');
    await page.click('Ajouter une personne');
    await page.fillContact(1, granny);
    await page.tick('health-contacts-1-pickup');
    await page.click('Continuer');
    await page.waitForText('Vérifiez vos réponses');

    const submitted = oneEvent(page.el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    await page.click('Valider');
    const event = await submitted;
    await page.waitForText('Votre demande de modification de la fiche santé est envoyée');
    expect(event.detail.kind).to.equal('child-change');
    expect(page.text()).to.include('Service Accueil Extrascolaire examine votre demande');
    await expect(page.el).to.be.accessible();
    const before = await adapter.getChild('chi-1');
    expect(before.health?.form.contacts, 'unchanged until the service accepts').to.have.length(1);

    await page.click('Voir la fiche de Léa');
    await page.waitForText('Identité et école');
    expect(page.pendingNotice()).to.include(
      'Une demande de modification pour Léa est en cours de traitement',
    );
    expect(page.pendingNotice()).to.include(event.detail.requestNumber);
    expect(page.hasButton('Modifier la fiche santé'), 'no second change meanwhile').to.equal(false);
    expect(page.hasButton('Demander une modification')).to.equal(false);
    const requests = page.section('Demandes');
    expect(requests).to.include('Modification pour un enfant');
    expect(requests).to.include('En cours de traitement');
    expect(requests).to.include('Ce qui change : Personnes de contact.');
    expect(requests).to.include('Demande de modification pour votre enfant');
    await expect(page.el).to.be.accessible();

    await adapter.decide(event.detail.requestId, 'accepted');
    page.el.remove();
    const reloaded = await mount(adapter, { childId: 'chi-1' });
    await reloaded.waitForText('Identité et école');
    expect(reloaded.pendingNotice()).to.equal(undefined);
    expect(reloaded.section('Demandes')).to.include('Acceptée').and.to.include('Modification acceptée');
    expect(reloaded.section('Fiche santé')).to.include('Jeanne Dubois (grand-mère)');
    await reloaded.click('Modifier la fiche santé');
    await reloaded.waitForInput('health-doctor-name');
    await reloaded.click('Continuer');
    await reloaded.waitForInput('health-contacts-1-firstName');
    expect(reloaded.input('health-contacts-1-firstName').value).to.equal('Jeanne');
    expect(reloaded.input('health-contacts-1-emergency').checked).to.equal(false);
    expect(reloaded.input('health-contacts-1-pickup').checked).to.equal(true);
  });

  it('goes back from the recap to the answer to change, then straight back to the recap', async () => {
    const page = await mountYasmine();
    await fillToRecap(page);

    page.changeButton('Médecin traitant').click();
    await page.settle();
    expect(page.stepTitle()).to.equal('La santé de Yasmine');
    expect(page.focused()).to.equal(page.input('health-doctor-name'));
    await page.fill('health-doctor-name', 'Dr Luc Collard');
    await page.click('Revenir au récapitulatif');
    await page.waitForText('Vérifiez vos réponses');
    expect(page.recapRows().get('Médecin traitant')).to.include('Dr Luc Collard');

    page.changeButton('Personnes de contact').click();
    await page.settle();
    expect(page.stepTitle()).to.equal('Autorisations et personnes de contact');
    expect(page.focused()).to.equal(page.input('health-contacts-0-firstName'));
    await page.fill('health-contacts-0-relation', 'mère');
    await page.click('Revenir au récapitulatif');
    await page.waitForText('Vérifiez vos réponses');
    expect(page.recapRows().get('Personnes de contact')).to.include('Nadia Benali (mère)');

    page.changeButton('Autorisations').click();
    await page.settle();
    expect(page.stepTitle()).to.equal('Autorisations et personnes de contact');
    expect(page.focused()).to.equal(page.input('health-photos'));
    await page.click('Revenir au récapitulatif');
    await page.waitForText('Vérifiez vos réponses');

    await page.click('Précédent');
    expect(page.stepTitle()).to.equal('Autorisations et personnes de contact');
    await page.click('Précédent');
    expect(page.stepTitle()).to.equal('La santé de Yasmine');
    expect(page.input('health-doctor-name').value).to.equal('Dr Luc Collard');
  });

  it('takes a draft restored on the recap but no longer complete back to its first problem', async () => {
    const blank = await mountYasmine();
    await blank.fill('health-doctor-name', 'Dr Anne Collard');
    const saved = JSON.parse(sessionStorage.getItem(healthDraftKey('chi-3'))!) as {
      form: { contacts: unknown[] };
    };
    sessionStorage.setItem(
      healthDraftKey('chi-3'),
      JSON.stringify({ ...saved, step: 'recap', form: { ...saved.form, contacts: [] } }),
    );

    const page = await mountYasmine();
    expect(page.stepTitle()).to.equal('La santé de Yasmine');
    expect(page.summaryMessages()).to.include('Indiquez le numéro de téléphone du médecin traitant.');
    expect(page.input('health-doctor-name').value).to.equal('Dr Anne Collard');
    expect(page.focused()).to.equal(page.errorSummary());
  });

  it('keeps what each page of the tab showed apart: a registration page does not open on "Mes enfants"’ child', async () => {
    const adapter = known();
    const list = await mountList('known', adapter);
    await list.click('Voir la fiche de Léa');
    await list.waitForText('Identité et école');

    const registration = await mount(adapter);
    expect(registration.heading()).to.equal('Enregistrer un nouvel enfant');
    const again = await mount(adapter, { view: 'children' });
    expect(again.heading(), 'the list page comes back where it was').to.equal('Léa Dubois');
  });

  it('offers a retry after a server error, keeps every answer and records the form once', async () => {
    const adapter = separated();
    const keys: string[] = [];
    const original = adapter.submitHealthForm.bind(adapter);
    adapter.submitHealthForm = (childId, form, options) => {
      keys.push(options.idempotencyKey);
      return original(childId, form, options);
    };
    const page = await mountYasmine(adapter);
    await fillToRecap(page);

    // The service records the form, then its answer is lost.
    adapter.failNext('server', { operation: 'write', afterCommit: true });
    const failed = oneEvent(page.el, 'fp-error') as Promise<FpErrorEvent>;
    await page.click('Valider');
    const error = await failed;
    expect(error.detail.type).to.equal('server');
    await page.waitForText('Le service a rencontré un problème');
    expect(page.focused()?.getAttribute('data-focus'), 'focus moves to the error').to.equal('submit-error');
    expect(page.text()).not.to.include('est enregistrée');
    expect(page.recapRows().get('Médecin traitant'), 'nothing lost').to.include('Dr Anne Collard');
    expect(sessionStorage.getItem(healthDraftKey('chi-3')), 'the draft is kept').to.include(
      'Dr Anne Collard',
    );
    await expect(page.el).to.be.accessible();

    await page.click('Réessayer');
    await page.waitForText('La fiche santé de Yasmine est enregistrée');
    expect(keys).to.have.length(2);
    expect(keys[1], 'the same idempotency key').to.equal(keys[0]);
    expect(await requestsFor(adapter, 'chi-3', 'health-form')).to.have.length(1);
    expect((await adapter.getChild('chi-3')).healthForm).to.equal('complete');
  });

  it('keeps the answers across a reload in sessionStorage only, and forgets them on "Abandonner"', async () => {
    const adapter = separated();
    const first = await mountYasmine(adapter);
    await first.fill('health-doctor-name', 'Dr Collard');
    await first.tick('health-allergies-yes');
    await first.fill('health-allergies-0-substance', 'Arachides');
    await first.fill('health-treatments', 'Ventoline avant le sport');
    first.el.remove();

    const draft = sessionStorage.getItem(healthDraftKey('chi-3')) ?? '';
    expect(draft).to.include('Ventoline avant le sport');
    expect(
      Object.keys(localStorage).filter((key) => key.startsWith('fp-')),
      'nothing in localStorage',
    ).to.deep.equal([]);
    expect(Object.values(localStorage).join(' ')).not.to.include('Ventoline');

    const reloaded = await mountYasmine(adapter);
    expect(reloaded.input('health-doctor-name').value).to.equal('Dr Collard');
    expect(reloaded.input('health-allergies-yes').checked).to.equal(true);
    expect(reloaded.input('health-allergies-0-substance').value).to.equal('Arachides');
    expect(reloaded.input('health-treatments').value).to.equal('Ventoline avant le sport');

    const abandoned = oneEvent(reloaded.el, 'fp-abandoned');
    await reloaded.click('Abandonner');
    await abandoned;
    await reloaded.waitForText('Identité et école');
    expect(reloaded.heading()).to.equal('Yasmine Haddad');
    expect(reloaded.focused()?.getAttribute('data-focus'), 'focus on the page’s heading').to.equal('heading');
    expect(reloaded.status()).to.equal(
      'La fiche santé n’a pas été envoyée et ce que vous aviez indiqué est effacé.',
    );
    expect(sessionStorage.getItem(healthDraftKey('chi-3'))).to.equal(null);
    expect((await adapter.getChild('chi-3')).healthForm, 'nothing was sent').to.equal('missing');

    await reloaded.click('Remplir la fiche santé');
    await reloaded.waitForInput('health-doctor-name');
    expect(reloaded.input('health-doctor-name').value).to.equal('');
    expect(reloaded.input('health-allergies-yes').checked).to.equal(false);
  });

  for (const [lang, step, title, heading] of [
    ['nl', 'Stap 1 van 3', 'De gezondheid van Yasmine', 'Medische fiche van Yasmine'],
    ['de', 'Schritt 1 von 3', 'Die Gesundheit von Yasmine', 'Gesundheitsbogen von Yasmine'],
    ['en', 'Step 1 of 3', 'Yasmine’s health', 'Yasmine’s health form'],
  ] as const) {
    it(`speaks ${lang} on the health form`, async () => {
      const page = await mount(separated(), { childId: 'chi-3', lang });
      await page.waitForInput('health-doctor-name');
      await page.waitForText(step);
      expect(page.stepTitle()).to.equal(title);
      expect(page.heading()).to.equal(heading);
      expect(page.text()).not.to.include('Nom du médecin');
    });
  }

  it('speaks French on the health form by default', async () => {
    const page = await mountYasmine();
    expect(page.stepCount()).to.equal('Étape 1 sur 3');
    expect(page.stepTitle()).to.equal('La santé de Yasmine');
    expect(page.text()).to.include('Nom du médecin');
  });

  it('asks for a change in an identity, refusing a request that changes nothing', async () => {
    const adapter = known();
    const page = await mount(adapter, { childId: 'chi-1' });
    await page.waitForText('Identité et école');
    await page.click('Demander une modification');
    await page.waitForInput('child-firstName');
    expect(page.heading()).to.equal('Modifier les informations de Léa');
    expect(page.stepCount()).to.equal('Étape 1 sur 2');
    expect(page.stepTitle()).to.equal('Les informations de Léa');
    expect(page.focused()?.getAttribute('data-focus')).to.equal('step-heading');
    expect(page.input('child-firstName').value, 'prefilled').to.equal('Léa');
    expect(page.select('child-schoolGradeId').value).to.equal('p2');
    expect(page.input('child-comment').value).to.equal('');
    await expect(page.el).to.be.accessible();

    await page.click('Continuer');
    const message = 'Vous n’avez rien modifié : changez au moins une information ou précisez votre demande.';
    expect(page.summaryMessages()).to.deep.equal([message]);
    expect(page.inlineError('child-comment')).to.include(message);
    await expect(page.el).to.be.accessible();
    await page.followSummary(message);
    expect(page.focused()).to.equal(page.input('child-comment'));

    await page.choose('child-schoolGradeId', 'p3');
    await page.fill('child-comment', 'Elle passe en 3e à la rentrée.');
    await page.click('Continuer');
    await page.waitForText('Vérifiez votre demande');
    expect(page.stepCount()).to.equal('Étape 2 sur 2');
    expect(page.recapRows().get('Année scolaire')).to.equal('3e primaire');
    expect(page.recapRows().get('Précisions pour le service')).to.equal('Elle passe en 3e à la rentrée.');
    await expect(page.el).to.be.accessible();

    const submitted = oneEvent(page.el, 'fp-submitted') as Promise<FpSubmittedEvent>;
    await page.click('Valider');
    const event = await submitted;
    await page.waitForText('Votre demande de modification est envoyée');
    expect(event.detail.kind).to.equal('child-change');
    expect(page.text()).to.include('Vous verrez sa réponse sur la fiche de Léa');
    await expect(page.el).to.be.accessible();
    expect((await adapter.getChild('chi-1')).identity.schoolGradeId, 'until the service accepts').to.equal(
      'p2',
    );

    await page.click('Voir la fiche de Léa');
    await page.waitForText('Identité et école');
    expect(page.pendingNotice()).to.include(event.detail.requestNumber);
    expect(page.section('Demandes')).to.include('Ce qui change : Année scolaire.');
    expect(page.section('Demandes')).to.include('Elle passe en 3e à la rentrée.');
  });
});
