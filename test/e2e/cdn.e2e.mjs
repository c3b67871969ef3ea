/**
 * The CDN bundle as a web team pastes it (`npm run build` first): one
 * `<script type="module" src=".../all.js">`, `<family-portal adapter="memory">`
 * alone on the page. The built-in portal works, tabs, a child's health form,
 * a language loaded on demand, and no script error: what rollup's
 * tree-shaking and chunking produce is checked in a browser, not only sized.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const dist = join(process.cwd(), 'dist');
const page = `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <script type="module" src="/cdn/all.js"></script>
  </head>
  <body>
    <family-portal adapter="memory" demo-family="known"></family-portal>
  </body>
</html>`;
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://x').pathname;
  if (path === '/') {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    return;
  }
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': extname(file) === '.js' ? 'text/javascript' : 'application/json',
  });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
let failed = false;
try {
  const tab = await browser.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  await tab.goto(url);
  const portal = tab.locator('family-portal');
  await portal.locator('parent-register').getByText('Mes coordonnées').first().waitFor();
  await portal.locator('#tab-children').click();
  const children = portal.locator('child-register');
  await children.getByText('Voir la fiche de Léa').waitFor();
  await children.getByRole('button', { name: 'Mettre à jour la fiche santé de Tom' }).click();
  await children.locator('#health-doctor-name').waitFor();
  await children.getByRole('button', { name: 'Continuer' }).click();
  await children.getByText('Autorisations et personnes de contact').first().waitFor();
  await tab.evaluate(() => document.documentElement.setAttribute('lang', 'nl'));
  await children.getByText('Toestemmingen').first().waitFor();
  assert.deepEqual(problems, [], 'no script error');
  console.log('ok  dist/cdn/all.js: the built-in portal, a health form and Dutch loaded on demand');
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
