/**
 * Runs every story of a built Storybook (`npm run build-storybook`) in
 * Chromium, as a designer opening it would: each story renders, its play
 * function (which drives the element to the state it shows) passes, and the
 * accessibility check (axe, `a11y: { test: 'error' }`) finds no violation.
 * Stories are otherwise only compiled; this is what keeps them true.
 *
 *   node scripts/check-stories.mjs [storybook-static] [locale] [title]
 *
 * `locale` may list several (`fr,nl,de,en`); `title` keeps only the stories
 * whose title contains it (`invoice-list`).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = process.argv[2] ?? 'storybook-static';
const locales = (process.argv[3] ?? 'fr').split(',');
const title = process.argv[4] ?? '';
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter(
  (entry) => entry.type === 'story' && entry.title.includes(title),
);

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};
const server = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
const address = server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const context = await browser.newContext();
// Storybook reports each story's outcome on its channel: listen before it starts.
await context.addInitScript(() => {
  let channel;
  window.__storyEvents = [];
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of [
        'storyFinished',
        'storyErrored',
        'storyThrewException',
        'playFunctionThrewException',
      ])
        value.on(name, (...args) =>
          window.__storyEvents.push({ name, args: JSON.parse(JSON.stringify(args)) }),
        );
    },
  });
});

const failures = [];
for (const locale of locales)
  for (const story of stories) {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
    try {
      await page.waitForFunction(
        () => window.__storyEvents.some(({ name }) => name !== 'playFunctionThrewException'),
        null,
        { timeout: 30_000 },
      );
    } catch {
      errors.push('did not finish in 30 s');
    }
    const events = await page.evaluate(() => window.__storyEvents);
    for (const { name, args } of events) {
      if (name === 'storyFinished') {
        const [{ status, reporters = [] } = {}] = args;
        if (status !== 'success') errors.push(`finished with status ${status}`);
        for (const reporter of reporters)
          for (const violation of reporter.result?.violations ?? [])
            errors.push(
              `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
            );
      } else errors.push(`${name}: ${JSON.stringify(args).slice(0, 400)}`);
    }
    console.log(`${errors.length ? 'FAIL' : 'ok  '} ${story.title} › ${story.name} (${locale})`);
    for (const error of errors) console.log(`     ${error}`);
    if (errors.length) failures.push(`${story.id} (${locale})`);
    await page.close();
  }
await browser.close();
server.close();
console.log(`${stories.length} stories in ${locales.join(', ')}, ${failures.length} failing`);
process.exit(failures.length ? 1 : 0);
