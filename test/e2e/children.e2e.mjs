/**
 * Issue 4's "done" check, as a parent would do it after `npm start`: on the
 * demo page and the reference backend, a new parent registers, registers two
 * children and fills in each one's health form (the first with her
 * grandmother allowed to pick her up), then replaces that pickup person by a
 * neighbour, which goes to the service as a change request; the service
 * accepts it in its back office and the child's form has the new person. Keyboard alone (Tab, typing, Space, arrows, Enter) in the page.
 */
import assert from 'node:assert/strict';
import { keyboard, postDevForm, runOnDemo } from './support.mjs';

await runOnDemo(async ({ url, origin, browser }) => {
  await fetch(`${origin}/dev/reset`, { method: 'POST' });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${url}?lang=fr&family=new`);
  const api = async (path) => (await page.request.get(`${origin}/api/v1${path}`)).json();

  // The parent registers (<parent-register>), then follows "Enregistrer mon enfant" to "Mes enfants".
  const parentForm = keyboard(page, 'parent-register');
  await page.locator('parent-register #parent-lastName').waitFor();
  await page.locator('[data-lang="fr"]').focus();
  for (const [field, value] of [
    ['lastName', 'Lambert'],
    ['firstName', 'Sophie'],
    ['nationalNumber', '85.07.30-033.28'],
    ['address-street', 'Rue des Écoles'],
    ['address-number', '12'],
    ['address-postcode', '1435'],
    ['address-city', 'Mont-Saint-Guibert'],
    ['phone', '0496 44 41 11'],
  ]) {
    await parentForm.type(`parent-${field}`, value);
  }
  await parentForm.press('Continuer');
  await parentForm.press('Valider');
  await page.locator('parent-register').getByText('Vous êtes bien enregistré').first().waitFor();

  const children = page.locator('child-register');
  const child = keyboard(page, 'child-register');
  await children.getByText('Vous n’avez pas encore enregistré d’enfant.').waitFor();

  /** "de Louis", "d’Emma". */
  const of = (name) => (/^[AEIOU]/.test(name) ? `d’${name}` : `de ${name}`);

  /** "Enregistrer un enfant" → "Mes informations" → the child → recap → confirmation → health form. */
  /** Types a contact person's details in the health form's entry `index`. */
  async function typeContact(index, { firstName, lastName, relation, phone }) {
    await child.type(`health-contacts-${index}-firstName`, firstName);
    await child.type(`health-contacts-${index}-lastName`, lastName);
    await child.type(`health-contacts-${index}-relation`, relation);
    await child.type(`health-contacts-${index}-phone`, phone);
  }

  async function registerChild({ firstName, day, month, year, sex, pickup }) {
    await child.press('Enregistrer un enfant');
    await child.press('Suivant');
    await child.type('child-firstName', firstName);
    await child.type('child-birthDate-day', day);
    await child.type('child-birthDate-month', month);
    await child.type('child-birthDate-year', year);
    await child.toField('child-sex-female');
    if (sex === 'male') await page.keyboard.press('ArrowDown');
    else await page.keyboard.press('Space');
    await child.toField('child-schoolSiteId');
    await page.keyboard.press('ArrowDown');
    await child.toField('child-schoolGradeId');
    await page.keyboard.press('ArrowDown');
    await child.press('Continuer');
    await child.press('Valider');
    // Registered: the confirmation, and the health form opens below it (seed 001).
    await children.getByText('Votre enfant est enregistré').waitFor();
    await children.getByText(`La santé ${of(firstName)}`).waitFor();

    // Step 1: the doctor, no allergy, swims a little.
    await child.type('health-doctor-name', 'Dr Anne Collard');
    await child.type('health-doctor-phone', '010 65 88 00');
    await child.toField('health-allergies-yes');
    await page.keyboard.press('ArrowRight');
    await child.type('health-careNeeds', 'Inhalateur à portée de main pendant le sport.');
    await child.toField('health-canSwim-yes');
    await page.keyboard.press('ArrowRight');
    await child.press('Continuer');
    // Step 2: the parent is already the first contact (emergency and pickup); photos allowed.
    await child.toField('health-photos');
    await page.keyboard.press('Space');
    if (pickup) {
      // Someone else may also pick the child up.
      await child.press('Ajouter une personne');
      assert.equal((await child.focused()).id, 'health-contacts-1-firstName', 'focus on the new person');
      await typeContact(1, pickup);
      await child.toField('health-contacts-1-pickup');
      await page.keyboard.press('Space');
    }
    await child.press('Continuer');
    await children.getByText('Vérifiez vos réponses').waitFor();
    await child.press('Valider');
    await children.getByText(`La fiche santé ${of(firstName)} est enregistrée`).waitFor();
    await child.press('Retour à mes enfants');
  }

  const jeanne = { firstName: 'Jeanne', lastName: 'Lambert', relation: 'grand-mère', phone: '0477 12 34 56' };
  await registerChild({
    firstName: 'Emma',
    day: '15',
    month: '3',
    year: '2018',
    sex: 'female',
    pickup: jeanne,
  });
  await registerChild({ firstName: 'Louis', day: '2', month: '9', year: '2020', sex: 'male' });

  const family = await api('/family');
  assert.deepEqual(
    family.children.map((c) => [c.firstName, c.healthForm, c.identityComplete]),
    [
      ['Emma', 'complete', true],
      ['Louis', 'complete', true],
    ],
    'both children registered, their health forms complete',
  );
  const emma = family.children[0];
  const louis = await api(`/children/${family.children[1].id}`);
  assert.equal(louis.identity.sex, 'male');
  assert.equal(louis.health.form.canSwim, 'a-little');
  assert.equal(louis.health.form.allergies.length, 0);
  assert.equal(louis.health.form.authorisations.photos, true);
  assert.deepEqual(
    louis.health.form.contacts.map((c) => [c.firstName, c.phone, c.emergency, c.pickup]),
    [['Sophie', '+32496444111', true, true]],
  );

  assert.deepEqual(
    (await api(`/children/${emma.id}`)).health.form.contacts.map((c) => [c.firstName, c.pickup]),
    [
      ['Sophie', true],
      ['Jeanne', true],
    ],
  );

  // Jeanne moves away; the neighbour Paul picks Emma up instead: a change request to the service.
  await children.getByText('Emma Lambert').waitFor();
  await child.press('Voir la fiche d’Emma');
  await child.press('Modifier la fiche santé');
  await child.press('Continuer');
  await typeContact(1, { firstName: 'Paul', lastName: 'Martin', relation: 'voisin', phone: '0478 65 43 21' });
  await child.press('Continuer');
  await child.press('Valider');
  await children.getByText('Votre demande de modification de la fiche santé est envoyée').waitFor();
  await child.press('Voir la fiche d’Emma');
  await children.getByText(/Une demande de modification pour Emma est en cours de traitement/).waitFor();

  const pending = (await api('/family')).requests.find(
    (r) => r.kind === 'child-change' && r.status === 'pending',
  );
  assert.ok(pending, 'the change request is pending');
  assert.deepEqual(
    pending.changes.map((c) => c.field),
    ['health.contacts'],
  );
  assert.equal(
    (await api(`/children/${emma.id}`)).health.form.contacts[1].firstName,
    'Jeanne',
    'unchanged until accepted',
  );

  // The service accepts it in its back office.
  const backOffice = await (await page.request.get(`${origin}/dev/back-office`)).text();
  assert.match(backOffice, /grand-mère[\s\S]*voisin/, 'the back office shows what changes');
  const account = new RegExp(`/dev/back-office/${pending.id}"[\\s\\S]*?name="account" value="([^"]+)"`).exec(
    backOffice,
  )?.[1];
  assert.ok(account, 'the request is in the back office');
  await postDevForm(origin, `/dev/back-office/${pending.id}`, { account, decision: 'accepted', reason: '' });
  const after = await api(`/children/${emma.id}`);
  assert.deepEqual(
    after.health.form.contacts.map((c) => [c.firstName, c.relation, c.emergency, c.pickup]),
    [
      ['Sophie', 'parent', true, true],
      ['Paul', 'voisin', false, true],
    ],
  );
  assert.equal(after.healthForm, 'complete');

  // The parent sees the answer on Emma's page.
  await page.reload();
  await children.getByText('Modification acceptée').first().waitFor({ state: 'attached' });
  await child.press('Retour à mes enfants');
  await children.getByText('Louis Lambert').waitFor();
  assert.equal(await children.getByText('Fiche santé complète').count(), 2, 'both shown complete');
  assert.deepEqual(problems, [], 'no script error');
  console.log(
    'ok  two children registered with their health forms by keyboard alone; a pickup person changed through a change request the service accepted',
  );
});
