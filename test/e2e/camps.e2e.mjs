/**
 * Issue 5's "done" check, as a parent would do it after `npm start`: on the
 * demo page and the reference backend, Marc Dubois (the `known` family)
 * enrols Léa in two summer weeks and her brother Tom in the same days, by
 * keyboard alone (Tab, Space, Enter); sees the second child's reduction before
 * closing; pays in the reference server's simulated provider; sees "Payé";
 * and the confirmation e-mail is in the outbox. Then a full week: Tom on its
 * waiting list, with his position. Tom's health form is confirmed through the
 * API first (issue 4's check fills health forms by keyboard).
 */
import assert from 'node:assert/strict';
import { keyboard, postDevForm, runOnDemo } from './support.mjs';

await runOnDemo(async ({ url, origin, browser }) => {
  await fetch(`${origin}/dev/reset`, { method: 'POST' });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${url}?lang=fr&family=known`);
  // Signed in once the demo page shows the family's children.
  await page.locator('child-enrol').getByText('Tom : sa fiche santé est à mettre à jour.').first().waitFor();
  const { csrfToken } = await (await page.request.get(`${origin}/api/v1/session`)).json();
  const api = async (path, body) => {
    const response = body
      ? await page.request.post(`${origin}/api/v1${path}`, {
          data: body,
          headers: { 'Idempotency-Key': `e2e-${path}`, 'X-CSRF-Token': csrfToken },
        })
      : await page.request.get(`${origin}/api/v1${path}`);
    assert.ok(response.ok(), `${path}: ${response.status()}`);
    return response.json();
  };

  // Tom's health form, out of date in the demo, confirmed unchanged: both children can be enrolled.
  const tom = await api('/children/chi-2');
  await api('/children/chi-2/health-form', tom.health.form);
  await page.reload();

  const enrol = page.locator('child-enrol');
  const keys = keyboard(page, 'child-enrol');
  const summer = (await api('/camps')).find((camp) => camp.kind === 'plaine');
  const [first, busy, third] = summer.weeks;
  // The commune's texts per language: the French page shows the French name.
  const summerName = typeof summer.name === 'string' ? summer.name : summer.name.fr;
  const startLabel = `Inscrire mon enfant : ${summerName}`;
  await enrol.getByText(startLabel).first().waitFor();
  const shadowText = () => enrol.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));

  // From the page's language buttons onwards, the keyboard only.
  await page.locator('[data-lang="fr"]').focus();
  await keys.press(startLabel);
  await enrol.getByText('Étape 1 sur 4').first().waitFor();
  await enrol.getByText('Code de suivi').first().waitFor();
  await keys.press('Suivant');
  await keys.toField('enrol-child-chi-1');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await enrol.getByText('Étape 3 sur 4').first().waitFor();

  // The week picker: the first week's theme, then back to "Semaine suivante" (just before it), twice (past the busy week), then its theme.
  await keys.toField('theme');
  await page.keyboard.press('Space');
  await keys.tabTo((active) => active.text === 'Semaine suivante', '"Semaine suivante"', { back: true });
  await page.keyboard.press('Enter');
  await enrol.getByText(`Semaine ${busy.isoWeek} ·`).first().waitFor();
  await page.keyboard.press('Enter');
  await enrol.getByText(`Semaine ${third.isoWeek} ·`).first().waitFor();
  await keys.toField('theme');
  await page.keyboard.press('Space');
  await keys.press('Suivant');
  await enrol.getByText('Étape 4 sur 4').first().waitFor();
  const recap = await shadowText();
  assert.match(recap, new RegExp(`S${first.isoWeek} ·`), 'the recap by ISO week');
  assert.match(recap, new RegExp(`S${third.isoWeek} ·`), 'the recap by ISO week');
  await keys.press('Valider');
  await enrol.getByText('Demande de réservation enregistrée pour Léa').first().waitFor();
  await enrol.getByText(`S${third.isoWeek} : réservation acceptée`).first().waitFor();

  // Her brother in the same days, in one go.
  await keys.press('Inscrire aussi Tom aux mêmes jours');
  await enrol.getByText('Demande de réservation enregistrée pour Tom').first().waitFor();
  const outcome = await shadowText();
  assert.match(
    outcome,
    new RegExp(`S${first.isoWeek} : réservation acceptée.*Tom`),
    'Léa’s weeks, then Tom’s',
  );

  // "Clôturer mes demandes": the price with the second child's reduction, before confirming.
  await keys.press('Clôturer mes demandes');
  await enrol.locator('[part~="breakdown"] table').first().waitFor();
  const preview = await api('/closing');
  const reduced = preview.camps[0].price.children.find((child) => child.rank === 2);
  assert.ok(reduced && reduced.reductionCents > 0, 'the second child has a reduction');
  const breakdown = await enrol
    .locator('[part~="breakdown"]')
    .first()
    .evaluate((el) => el.textContent);
  assert.match(
    breakdown.replace(/\s+/g, ' '),
    new RegExp(`${reduced.firstName}.*${reduced.reductionPercent} %`),
  );
  const confirm = /Confirmer la clôture \([^)]+\)/.exec(await shadowText())?.[0];
  assert.ok(confirm, 'the total on the confirm button');
  await keys.press(confirm);
  await enrol.getByText('Vos demandes sont clôturées').first().waitFor();

  // The cart: "Payer" goes to the simulated provider, whose "Payer" brings the parent back.
  const cart = enrol.locator('family-cart');
  await cart.getByText('Payer', { exact: true }).first().waitFor();
  await keyboard(page, 'child-enrol').tabTo((active) => active.text === 'Payer', '"Payer"');
  await Promise.all([page.waitForURL(/\/pay\//), page.keyboard.press('Enter')]);
  const providerPay = page.getByRole('button', { name: /^Payer/ });
  await providerPay.waitFor();
  await providerPay.focus();
  await Promise.all([page.waitForURL(/paymentId=/), page.keyboard.press('Enter')]);
  await enrol.locator('family-cart').getByText('Payé', { exact: true }).first().waitFor();
  assert.doesNotMatch(page.url(), /signature=/, 'the provider’s answer leaves the address bar');

  const enrolments = await api('/camp-enrolments');
  assert.deepEqual(enrolments.map((enrolment) => [enrolment.firstName, enrolment.state]).sort(), [
    ['Léa', 'paid'],
    ['Tom', 'paid'],
  ]);
  const outbox = await (await fetch(`${origin}/dev/outbox.json`)).json();
  const family = await api('/family');
  assert.ok(
    outbox.some(
      (mail) =>
        mail.to === (family.account.email ?? family.parent.email) &&
        mail.subject.includes('paiement reçu') &&
        mail.body.includes(`${(preview.totalCents / 100).toFixed(2).replace('.', ',')} €`),
    ),
    `the payment confirmation e-mail: ${JSON.stringify(outbox.map((mail) => mail.subject))}`,
  );
  console.log('ok  two children, two summer weeks, closed with the sibling reduction, paid, e-mail sent');

  // A full week: Tom's group has no place left one day of the summer's second week.
  await keys.press('Retour aux plaines');
  await keys.press(startLabel);
  await keys.press('Suivant');
  // Radio buttons: one Tab stop, the arrows choose.
  await keys.toField('enrol-child-chi-1');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await enrol.getByText('Étape 3 sur 4').first().waitFor();
  await keys.tabTo((active) => active.text === 'Semaine suivante', '"Semaine suivante"');
  await page.keyboard.press('Enter');
  await enrol.getByText(`Semaine ${busy.isoWeek} ·`).first().waitFor();
  await enrol.getByText('Complet').first().waitFor();
  await keys.toField('waiting');
  await page.keyboard.press('Space');
  await keys.press('Suivant');
  await enrol.getByText('Liste d’attente demandée').first().waitFor();
  await keys.press('Valider');
  await enrol.locator('[part~="full"]').first().waitFor();
  const full = await enrol
    .locator('[part~="full"]')
    .first()
    .evaluate((el) => el.textContent);
  assert.match(
    full,
    new RegExp(`${summerName}, semaine S${busy.isoWeek}`),
    'the red message names camp and week',
  );
  await enrol
    .getByText(/Tom est n° \d+ sur la liste d’attente/)
    .first()
    .waitFor();
  console.log('ok  a full week: the waiting list, with the position');

  // Another request left unpaid: past the deadline its places come back (the server's check, run as in 4 days).
  const fourth = summer.weeks[3];
  const fourthDays = fourth.days.filter((day) => day.open).map((day) => ({ date: day.date }));
  const placesLeft = async () =>
    (await api(`/camps/${summer.id}/children/chi-1/availability`)).days.find(
      (day) => day.date === fourthDays[0].date,
    ).left;
  const before = await placesLeft();
  const late = await api('/camp-enrolments', { campId: summer.id, childId: 'chi-1', days: fourthDays });
  await api('/closing', {});
  assert.equal(await placesLeft(), before - 1, 'the place is held while the cart waits');
  const release = await postDevForm(
    origin,
    '/dev/release-expired',
    { days: '4' },
    { accept: 'application/json' },
  );
  assert.equal((await release.json()).released, 1);
  assert.equal(await placesLeft(), before, 'the place is back');
  await page.reload();
  await enrol.getByText(`Léa · ${summerName} · demande n° ${late.receipt.number}`).first().waitFor();
  const listed = await shadowText();
  assert.match(
    listed,
    new RegExp(`demande n° ${late.receipt.number} Annulée S${fourth.isoWeek} \\([^)]*\\) : Places libérées`),
  );
  const mails = await (await fetch(`${origin}/dev/outbox.json`)).json();
  assert.ok(
    mails.some((mail) => mail.subject.includes('délai de paiement dépassé')),
    'the parent is told',
  );
  console.log('ok  an unpaid cart past its deadline: the places come back, the parent is told');

  assert.deepEqual(problems, [], 'no script error');
  await page.close();
});
