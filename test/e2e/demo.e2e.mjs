/**
 * What a newcomer does after `npm start`: on the demo page, on the reference
 * backend, a parent registers by keyboard alone in each of the four languages,
 * reloads and finds the request and its history; the service's database has
 * it and the outbox holds the confirmation e-mail. Starts the server as
 * `npm start` does (PGlite in a temporary folder, or DATABASE_URL), drives the
 * machine's Chromium with playwright-core.
 */
import assert from 'node:assert/strict';
import pg from 'pg';
import { keyboard, runOnDemo } from './support.mjs';

const parent = [
  ['Lambert'],
  ['Sophie'],
  ['85.07.30-033.28'],
  ['Rue des Écoles'],
  ['12'],
  [''],
  ['1435'],
  ['Mont-Saint-Guibert'],
  ['0496 44 41 11'],
];
const words = {
  fr: {
    title: 'M’enregistrer en tant que parent',
    continue: 'Continuer',
    submit: 'Valider',
    done: 'Vous êtes bien enregistré',
  },
  nl: {
    title: 'Mij registreren als ouder',
    continue: 'Doorgaan',
    submit: 'Bevestigen',
    done: 'U bent geregistreerd',
  },
  de: {
    title: 'Mich als Elternteil registrieren',
    continue: 'Weiter',
    submit: 'Bestätigen',
    done: 'Sie sind registriert',
  },
  en: { title: 'Register as a parent', continue: 'Continue', submit: 'Confirm', done: 'You are registered' },
};
const requestKind = {
  fr: 'Enregistrement en tant que parent',
  nl: 'Registratie als ouder',
  de: 'Registrierung als Elternteil',
  en: 'Registration as a parent',
};

await runOnDemo(async ({ url, origin, browser }) => {
  for (const [lang, word] of Object.entries(words)) {
    // Each language starts from the demo families as seeded, in a new browser session.
    await fetch(`${origin}/dev/reset`, { method: 'POST' });
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${url}?lang=${lang}&family=new`);
    const element = page.locator('parent-register');
    await element.getByText(word.title).waitFor();
    await element.locator('#parent-lastName').waitFor();

    // From the language buttons onwards, Tab and typing only.
    await page.locator(`[data-lang="${lang}"]`).focus();
    const keys = keyboard(page, 'parent-register');
    await keys.toField('parent-lastName');
    for (const [value] of parent) {
      if (value) await page.keyboard.type(value);
      await page.keyboard.press('Tab');
    }
    await keys.press(word.continue);
    await keys.press(word.submit);
    await element.getByText(word.done).first().waitFor();
    const text = await element.evaluate((el) => el.shadowRoot.textContent.replace(/\s+/g, ' '));
    const number = /\d{2}-\d+/.exec(text)?.[0];
    assert.ok(number, `${lang}: a request number`);

    // The service has it: after a reload the parent is known and the request is listed.
    await page.reload();
    await element.getByText(requestKind[lang]).first().waitFor();
    const family = await (await page.request.get(`${origin}/api/v1/family`)).json();
    assert.equal(family.parent?.nationalNumber, '85073003328', `${lang}: stored by the server`);
    assert.equal(family.requests.at(-1)?.number, number, `${lang}: the same request`);
    if (process.env.DATABASE_URL) {
      // On PostgreSQL the test can look in the database itself.
      const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      const { rows } = await client.query('select kind, status from requests where number = $1', [number]);
      await client.end();
      assert.deepEqual(
        rows,
        [{ kind: 'parent-registration', status: 'accepted' }],
        `${lang}: in the database`,
      );
    }
    const outbox = await (await fetch(`${origin}/dev/outbox.json`)).json();
    assert.ok(
      outbox.some(
        (mail) => mail.to === 'sophie.lambert@example.be' && mail.requestId === family.requests.at(-1)?.id,
      ),
      `${lang}: the confirmation e-mail`,
    );
    assert.deepEqual(problems, [], `${lang}: no script error`);
    console.log(`ok  ${lang}: registered by keyboard alone on the reference backend, request ${number}`);
    await page.close();
  }
});
