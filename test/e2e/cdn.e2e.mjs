/**
 * The CDN build as web teams paste it (`npm run build` first), in Chromium,
 * on the demo server (the reference backend behind /api/v1, dist/ served as
 * built; the pages below are served by the test at /cms/…):
 * - the README's CMS snippet (`all.js` + `<family-portal api-base="/api/v1">`);
 * - `<family-portal adapter="memory">` alone with `all.js`: the built-in
 *   portal, tabs (the camps tab renders <child-enrol> in the portal's shadow
 *   DOM), a health form, a language loaded on demand;
 * - three elements from their own files: the core (lit's with ours) and each
 *   file downloaded once, and the elements find their portal across files;
 * - the loader added after the tags, and a tag added after the loader;
 * - a page with only <camp-week-picker>: nothing of the other elements, and no zod;
 * - no element loads zod with its page (drafts are checked with shared/shape.ts;
 *   zod comes with an adapter's first answer), and <family-portal> none of the
 *   elements of its tabs (they come when the tab is shown).
 * What rollup's tree-shaking and chunking produce is checked in a browser,
 * not only sized.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { runOnDemo } from './support.mjs';

const graph = JSON.parse(readFileSync('dist/cdn-graph.json', 'utf8'));
const cdn = '/dist/cdn';

const html = (head, body) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    ${head}
  </head>
  <body>
    ${body}
  </body>
</html>`;

/** The README's snippet, with the CDN's address pointing at this build. */
const readme = readFileSync('README.md', 'utf8');
const snippet = /```html\n(<script type="module" src="[^"]*\/dist\/cdn\/all\.js"><\/script>[\s\S]*?)```/
  .exec(readme)?.[1]
  .replace(/src="[^"]*\/dist\/cdn\/all\.js"/, `src="${cdn}/all.js"`);
assert.ok(snippet, 'the README holds the CMS snippet with dist/cdn/all.js');

const pages = {
  readme: html('', snippet),
  memory: html(
    `<script type="module" src="${cdn}/all.js"></script>`,
    '<family-portal adapter="memory" demo-family="known"></family-portal>',
  ),
  files: html(
    ['family-portal', 'parent-register', 'family-cart']
      .map((tag) => `<script type="module" src="${cdn}/${tag}.js"></script>`)
      .join('\n    '),
    `<family-portal api-base="/api/v1">
      <parent-register></parent-register>
      <family-cart></family-cart>
    </family-portal>`,
  ),
  late: html(
    `<script type="module">
      addEventListener('load', () => {
        const loader = document.createElement('script');
        loader.type = 'module';
        loader.src = '${cdn}/all.js';
        document.head.append(loader);
      });
    </script>`,
    '<family-portal api-base="/api/v1"><parent-register></parent-register></family-portal>',
  ),
  parent: html(`<script type="module" src="${cdn}/all.js"></script>`, '<parent-register></parent-register>'),
  picker: html(
    `<script type="module" src="${cdn}/all.js"></script>`,
    '<camp-week-picker></camp-week-picker>',
  ),
};

/** A new tab on `name` (signed in to the demo as the `known` family), with the JS files it downloads. */
async function open(demo, name) {
  const context = await demo.browser.newContext();
  const response = await context.request.post(`${demo.origin}/api/v1/session`, {
    data: { account: 'known' },
  });
  assert.ok(response.ok(), 'demo sign-in');
  const tab = await context.newPage();
  await tab.route(`${demo.origin}/cms/**`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: pages[name] }),
  );
  const problems = [];
  const scripts = [];
  tab.on('pageerror', (error) => problems.push(error.message));
  tab.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
  tab.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path.startsWith(`${cdn}/`) && path.endsWith('.js')) scripts.push(path.slice(cdn.length + 1));
  });
  await tab.goto(`${demo.origin}/cms/${name}.html`);
  return { tab, problems, scripts, close: () => context.close() };
}

/** Files of the build: an element's, those it imports statically, and its French messages. */
function pageFiles(entry) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    for (const imported of graph[file].imports) visit(imported);
  };
  visit(entry);
  for (const file of [...found]) {
    for (const loaded of graph[file].dynamicImports)
      if (/^chunks\/(?:[a-z-]+-)?fr-/.test(loaded)) visit(loaded);
  }
  return found;
}

const checks = {
  async readme(demo) {
    const { tab, problems, scripts, close } = await open(demo, 'readme');
    await tab.locator('parent-register').getByText('Mes coordonnées').first().waitFor();
    assert.ok(
      scripts.includes('parent-register.js') && scripts.some((file) => file.includes('rest-adapter')),
    );
    assert.deepEqual(problems, [], 'no script error');
    await close();
    return "the README's CMS snippet, through the loader, on the REST adapter";
  },

  async memory(demo) {
    const { tab, problems, close } = await open(demo, 'memory');
    const portal = tab.locator('family-portal');
    // The family's home first, with its number and what waits; then "Mon dossier".
    await portal.getByText('N° de famille').first().waitFor();
    await portal.locator('#tab-messages').getByText('1 message non lu').waitFor();
    await portal.locator('#tab-account').click();
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
    await tab.evaluate(() => document.documentElement.setAttribute('lang', 'fr'));
    await portal.locator('#tab-camps').click();
    await portal.locator('child-enrol').getByText('Les plaines et stages').first().waitFor();
    assert.deepEqual(problems, [], 'no script error');
    await close();
    return 'the built-in portal (demo backend): the home and its counts, tabs, a health form, Dutch on demand, the camps tab';
  },

  async files(demo) {
    const { tab, problems, scripts, close } = await open(demo, 'files');
    await tab.locator('parent-register').getByText('Mes coordonnées').first().waitFor();
    await tab.locator('family-cart').getByRole('heading', { name: 'Panier' }).first().waitFor();
    await tab.waitForLoadState('networkidle');
    const repeated = scripts.filter((file, index) => scripts.indexOf(file) !== index);
    assert.deepEqual(repeated, [], 'each file downloaded once');
    assert.equal(scripts.filter((file) => /^chunks\/core-/.test(file)).length, 1, 'the core downloaded once');
    assert.equal(
      scripts.filter((file) => /^chunks\/lit-/.test(file)).length,
      0,
      'lit in the core, not apart',
    );
    assert.deepEqual(problems, [], 'no script error');
    await close();
    return `three elements from their own files: ${scripts.length} files, the core (with lit) once`;
  },

  async late(demo) {
    const { tab, problems, close } = await open(demo, 'late');
    await tab.locator('parent-register').getByText('Mes coordonnées').first().waitFor();
    await tab.evaluate(() =>
      document.querySelector('family-portal')?.append(document.createElement('family-cart')),
    );
    await tab.locator('family-cart').getByRole('heading', { name: 'Panier' }).first().waitFor();
    // In the shadow DOM of one of our elements (as the built-in portal renders its tabs): defined too.
    await tab.evaluate(() =>
      document.querySelector('family-portal')?.shadowRoot?.append(document.createElement('camp-week-picker')),
    );
    await tab.waitForFunction(() => customElements.get('camp-week-picker') !== undefined);
    assert.deepEqual(problems, [], 'no script error');
    await close();
    return 'the loader added after the tags, then tags added after the loader (in the page, in a shadow root)';
  },

  async parent(demo) {
    for (const entry of Object.keys(graph).filter((file) => graph[file].entry && file !== 'all.js')) {
      const files = [...pageFiles(entry)];
      assert.deepEqual(
        files.filter((file) => /^chunks\/zod-/.test(file)),
        [],
        `zod is not in the page of ${entry}`,
      );
    }
    const portal = [...pageFiles('family-portal.js')].filter((file) => !/^chunks\//.test(file));
    assert.deepEqual(portal, ['family-portal.js'], "no tab's element in the page of <family-portal>");
    const { tab, problems, scripts, close } = await open(demo, 'parent');
    // Without an adapter (whose answers are checked with zod), the element's own code only.
    await tab.locator('parent-register').getByText('n’est relié à aucun service').first().waitFor();
    await tab.waitForLoadState('networkidle');
    assert.deepEqual(
      scripts.filter((file) => /^chunks\/zod-/.test(file)),
      [],
      'the element downloads no zod itself',
    );
    assert.deepEqual(problems, [], 'no script error');
    await close();
    return `no element's page holds zod; a page with <parent-register> only: ${scripts.length} files, no zod; the portal without its tabs`;
  },

  async picker(demo) {
    const { tab, problems, scripts, close } = await open(demo, 'picker');
    await tab.waitForFunction(
      () => document.querySelector('camp-week-picker')?.shadowRoot?.childElementCount,
    );
    await tab.waitForLoadState('networkidle');
    const allowed = pageFiles('camp-week-picker.js');
    allowed.add('all.js');
    // Its own parts (the week's price), which it downloads once shown and the page is idle.
    for (const part of graph['camp-week-picker.js'].dynamicImports)
      if (!/^chunks\/(?:[a-z-]+-)?(?:fr|nl|de|en)-/.test(part))
        pageFiles(part).forEach((file) => allowed.add(file));
    const others = scripts.filter((file) => !allowed.has(file));
    assert.deepEqual(others, [], "no other element's code");
    assert.ok(scripts.includes('camp-week-picker.js'));
    assert.deepEqual(
      scripts.filter((file) => /^chunks\/zod-/.test(file)),
      [],
      'the picker downloads no zod',
    );
    assert.deepEqual(problems, [], 'no script error');
    await close();
    return `a page with <camp-week-picker> only, no zod: ${scripts.join(', ')}`;
  },
};

await runOnDemo(async (demo) => {
  for (const [name, check] of Object.entries(checks)) {
    const done = await check(demo).catch((error) => {
      throw new Error(`${name}: ${error.message}`, { cause: error });
    });
    console.log(`ok  ${done}`);
  }
});
