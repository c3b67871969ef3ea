/**
 * `npm run bench`: how fast a parent gets a usable form from the CDN files,
 * measured in Chromium, plus the bundles' sizes. Results go to
 * stdout only; nothing here is asserted (see DESIGN.md: benchmarks are
 * scripts, not timed tests).
 *
 * Each run loads a small page in a fresh browser context (cold cache) that
 * imports the element's file (dist/cdn/<tag>.js) and puts one element on the in-browser demo backend
 * with no latency, so the time measured is the library's own: download from
 * localhost, parse, evaluate, first render (and the element's own messages).
 * Two scenarios: <parent-register> for a new parent, and a child's health
 * form (<child-register child-id>) for a form still to fill in.
 *
 * Then the week picker, from its own bundle (dist/cdn/camp-week-picker.js) as
 * a page that shows only it loads it: a 10-week summer with 4 groups given as
 * properties (`camp`, `availability`, as <child-enrol> gives them), timed to
 * its first render (the grid shown), then a parent's interaction: ticking the
 * theme of the first week and pressing "Semaine suivante" 9 times, each press
 * rendered and laid out, until the last week shows.
 *
 * Then <family-calendar> (issue 13's figures, scripts/bench-calendar.mjs): a
 * month of 6 children × 4 units (744 cells) and a school year from its CDN
 * file, against a floor (the same cells in a plain Lit table), with the
 * ratios: first render, toggling one cell, the school year, the JS heap.
 *
 * Then <invoice-list> (issue 14's figures) from its CDN file: 1,000 invoices
 * from an in-page adapter without latency, timed from the element added to
 * the list shown and usable (its first fifty rows and "Afficher 50 factures
 * de plus"; target: under 100 ms), then ticking one invoice's checkbox,
 * rendered and laid out (target: under a frame, 16 ms), then the next fifty
 * drawn by that button.
 *
 * Environment: BENCH_RUNS (default 10), BENCH_CPU_THROTTLE (e.g. 4 for a
 * mid-range phone; default 1), CHROME_PATH (default /usr/bin/chromium).
 *
 * Arguments: the cases to run, among `forms`, `picker`, `calendar` and
 * `invoices` (all by default): `npm run bench -- invoices`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { calendarRoutes, calendarSamples, calendarTable } from './bench-calendar.mjs';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const caseNames = ['forms', 'picker', 'calendar', 'invoices'];
const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !caseNames.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown case ${unknown.join(', ')}: the cases are ${caseNames.join(', ')}.`);
  process.exit(2);
}
/** Whether the case `name` runs this time. */
const runsCase = (name) => asked.length === 0 || asked.includes(name);
const throttle = Number(process.env.BENCH_CPU_THROTTLE ?? 1);

if (
  !existsSync(join(cdn, 'all.js')) ||
  !existsSync(join(cdn, 'camp-week-picker.js')) ||
  !existsSync(join(cdn, 'family-calendar.js')) ||
  !existsSync(join(cdn, 'invoice-list.js'))
) {
  console.log('dist/cdn is missing or out of date: building the CDN bundles first (rollup -c)…');
  const build = spawnSync(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The demo backend's chunk (`adapter="memory"` loads it on demand). */
const memoryChunk = readdirSync(join(cdn, 'chunks')).find((name) => /^memory-(?!camps-).*\.js$/.test(name));
if (!memoryChunk) {
  console.error('No demo backend chunk in dist/cdn/chunks: rebuild with npm run build.');
  process.exit(1);
}

/** What each scenario puts on the page, and the input that means "usable". */
const scenarios = [
  {
    name: '<parent-register>, new parent',
    tag: 'parent-register',
    attributes: {},
    family: 'new',
    input: 'input',
  },
  {
    name: '<child-register child-id>, health form to fill in',
    tag: 'child-register',
    attributes: { 'child-id': 'chi-3' },
    family: 'separated',
    input: '#health-doctor-name',
  },
];

const benchPage = ({ tag, attributes, family, input }) => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>${tag} bench</title>
    <script type="module">
      import '/cdn/${tag}.js';
      import * as chunk from '/cdn/chunks/${memoryChunk}';
      // The chunk's export names are minified: find the memory adapter's module among them.
      const { createMemoryAdapter } = [chunk, ...Object.values(chunk)].find(
        (value) => typeof value?.createMemoryAdapter === 'function',
      );
      // This module runs right after the element's file has been evaluated (it imports it).
      const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/cdn/${tag}.js'));
      const evaluated = performance.now();
      const element = document.createElement('${tag}');
      for (const [name, value] of Object.entries(${JSON.stringify(attributes)})) element.setAttribute(name, value);
      element.adapter = createMemoryAdapter({ latency: 0, storage: null, family: '${family}' });
      document.body.append(element);
      const done = () => {
        window.__bench = {
          firstInput: performance.now(),
          bundleResponseEnd: bundle?.responseEnd ?? NaN,
          bundleEvaluated: evaluated,
        };
      };
      const observer = new MutationObserver(() => {
        if (element.shadowRoot.querySelector('${input}')) {
          observer.disconnect();
          done();
        }
      });
      observer.observe(element.shadowRoot, { childList: true, subtree: true });
    </script>
  </head>
  <body></body>
</html>`;

/** The summer of the picker's bench: 10 weeks from Monday 28 June 2027, days and activities like the demo's. */
function benchSummer() {
  const dayMs = 86_400_000;
  const firstMonday = Date.UTC(2027, 5, 28);
  const isoDate = (time) => new Date(time).toISOString().slice(0, 10);
  const activities = [
    { id: 'poney', name: 'Poney', supplementCents: 500 },
    { id: 'gym', name: 'Gym' },
    { id: 'piscine', name: 'Piscine', supplementCents: 200 },
  ];
  const weeks = Array.from({ length: 10 }, (_, index) => ({
    id: `ete-2027-s${26 + index}`,
    isoYear: 2027,
    isoWeek: 26 + index,
    theme: `Thème de la semaine ${index + 1}`,
    days: Array.from({ length: 7 }, (_, weekday) => {
      const date = isoDate(firstMonday + (index * 7 + weekday) * dayMs);
      if (date === '2027-07-21') return { date, open: false, closedReason: 'Fête nationale', activities: [] };
      if (weekday > 4 || date < '2027-07-01' || date > '2027-08-31')
        return { date, open: false, activities: [] };
      return { date, open: true, activities: weekday % 2 ? [activities[(index + weekday) % 3]] : [] };
    }),
  }));
  const camp = {
    id: 'ete-2027',
    name: 'Plaines d’été 2027',
    kind: 'plaine',
    registration: { opensAt: '2027-02-22T08:00:00+01:00', closesAt: '2027-06-17T18:00:00+02:00' },
    wholeWeeksOnly: false,
    paymentDelayDays: 3,
    currency: 'EUR',
    tariffs: {
      resident: { dayCents: 1500, weekCents: 6500 },
      nonResident: { dayCents: 2000, weekCents: 9000 },
    },
    degressive: { secondChildPercent: 10, thirdChildPercent: 20 },
    groups: [
      { id: 'petits', label: 'Petits (2,5–4 ans)', minAge: 2.5, maxAge: 4 },
      { id: '5-6-ans', label: '5–6 ans', minAge: 5, maxAge: 6 },
      { id: '7-9-ans', label: '7–9 ans', minAge: 7, maxAge: 9 },
      { id: '10-12-ans', label: '10–12 ans', minAge: 10, maxAge: 12 },
    ],
    weeks,
  };
  // The child's group: 24 places a day, a few days nearly full or full (the waiting list shows).
  const left = { '2027-07-07': 2, '2027-07-08': 0, '2027-08-12': 0 };
  const availability = {
    campId: camp.id,
    childId: 'chi-1',
    groupId: '5-6-ans',
    days: weeks
      .flatMap((week) => week.days)
      .filter((day) => day.open)
      .map((day) => ({ date: day.date, capacity: 24, left: left[day.date] ?? 24, waiting: 0 })),
  };
  return { camp, availability, lastMonday: weeks.at(-1).days[0].date };
}

const pickerPage = () => {
  const { camp, availability, lastMonday } = benchSummer();
  const [year, month, day] = lastMonday.split('-');
  return `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>camp-week-picker bench</title>
    <script type="module">
      import '/cdn/camp-week-picker.js';
      const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/cdn/camp-week-picker.js'));
      const evaluated = performance.now();
      const element = document.createElement('camp-week-picker');
      element.camp = ${JSON.stringify(camp)};
      element.availability = ${JSON.stringify(availability)};
      element.resident = true;
      element.now = () => new Date('2027-03-01T10:00:00Z');
      document.body.append(element);
      const root = element.shadowRoot;
      /** What a parent's press costs: the render, then style and layout. */
      const press = async (target) => {
        target.click();
        await element.updateComplete;
        root.querySelector('[role="grid"]').getBoundingClientRect();
      };
      const interact = async (shown) => {
        const started = performance.now();
        await press(root.querySelector('#theme'));
        for (let i = 0; i < 9; i += 1) await press(root.querySelector('[part~="next"]'));
        const title = root.querySelector('[part~="week-title"]').textContent;
        if (!title.includes('${day}/${month}/${year}')) throw new Error('The last week is not shown: ' + title);
        window.__bench = {
          shown,
          bundleResponseEnd: bundle?.responseEnd ?? NaN,
          bundleEvaluated: evaluated,
          interaction: performance.now() - started,
        };
      };
      const observer = new MutationObserver(() => {
        if (root.querySelector('[role="grid"]')) {
          observer.disconnect();
          void interact(performance.now());
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    </script>
  </head>
  <body></body>
</html>`;
};

/** A page with <invoice-list> on 1,000 invoices: first render, then one checkbox ticked. */
const invoicesPage = () => `<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>invoice-list bench</title>
    <script type="module">
      import '/cdn/invoice-list.js';
      const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/cdn/invoice-list.js'));
      const evaluated = performance.now();
      const pad = (n, size) => String(n).padStart(size, '0');
      const invoices = Array.from({ length: 1000 }, (_, index) => ({
        id: 'inv-' + index,
        number: 'F-2026-' + pad(index + 1, 6),
        regie: { id: 'regie-aes', name: 'Accueil extrascolaire' },
        issuedOn: '2026-10-05',
        dueOn: '2026-11-05',
        periodFrom: '2026-09-01',
        periodTo: '2026-09-30',
        schoolYear: '2026-2027',
        children: [{ id: 'chi-1', firstName: 'Nahel' }],
        totalCents: 1000 + index,
        paidCents: 0,
        balanceCents: 1000 + index,
        state: 'unpaid',
        overdue: index % 7 === 0,
        disputed: false,
        creditNote: false,
        payableOnline: true,
        reference: { kind: 'structured', value: '+++090/0000/' + pad(index, 5) + '+++' },
      }));
      const adapter = {
        getInvoices: async () => ({
          invoices,
          balanceCents: invoices.reduce((sum, invoice) => sum + invoice.balanceCents, 0),
          overdueCents: 0,
          currency: 'EUR',
          schoolYears: ['2026-2027'],
          onlinePayment: true,
        }),
      };
      const element = document.createElement('invoice-list');
      element.setAttribute('filter', 'all');
      element.adapter = adapter;
      const started = performance.now();
      document.body.append(element);
      const root = element.shadowRoot;
      const select = async (shown, rendered) => {
        const box = root.querySelector('[part~="invoice"] input[type="checkbox"]');
        const before = performance.now();
        box.click();
        await element.updateComplete;
        root.querySelector('[part~="invoices"]').getBoundingClientRect();
        const selected = performance.now() - before;
        const beforeMore = performance.now();
        root.querySelector('[part~="more"] button').click();
        await element.updateComplete;
        root.querySelector('[part~="invoices"]').getBoundingClientRect();
        if (root.querySelectorAll('[part~="invoice"]').length !== 100) throw new Error('the next fifty were not drawn');
        window.__bench = {
          shown,
          rendered,
          started,
          bundleResponseEnd: bundle?.responseEnd ?? NaN,
          bundleEvaluated: evaluated,
          select: selected,
          more: performance.now() - beforeMore,
        };
      };
      const observer = new MutationObserver(() => {
        if (root.querySelector('[part~="more"] button') && root.querySelectorAll('[part~="invoice"]').length === 50) {
          observer.disconnect();
          const rendered = performance.now();
          root.querySelector('[part~="invoices"]').getBoundingClientRect();
          void select(performance.now(), rendered);
        }
      });
      observer.observe(root, { childList: true, subtree: true });
    </script>
  </head>
  <body></body>
</html>`;

const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
const calendarPages = await calendarRoutes(root);
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const calendarPage = calendarPages.get(path);
  if (calendarPage !== undefined) {
    response.writeHead(200, {
      'content-type': types[extname(path)] ?? 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    response.end(calendarPage);
    return;
  }
  const scenario = /^\/bench-(\d+)\.html$/.exec(path)?.[1];
  const page =
    path === '/bench-picker.html'
      ? pickerPage()
      : path === '/bench-invoices.html'
        ? invoicesPage()
        : scenario !== undefined && scenarios[Number(scenario)]
          ? benchPage(scenarios[Number(scenario)])
          : undefined;
  if (page !== undefined) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(page);
    return;
  }
  const file = normalize(join(dist, path));
  if (!file.startsWith(dist) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  response.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

const chromiumVersion = browser.version();

/** `runs` cold loads of `path`: each sample from the page's marks and CDP's script time. */
async function sample(path, toSample) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}${path}`);
    const waited = await page
      .waitForFunction(() => window.__bench !== undefined, undefined, { timeout: 15000 })
      .catch((error) => error);
    if (errors.length > 0) throw new Error(`The bench page failed: ${errors.join('; ')}`);
    if (waited instanceof Error) throw waited;
    const marks = await page.evaluate(() => window.__bench);
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => (metrics.find((entry) => entry.name === name)?.value ?? NaN) * 1000;
    samples.push({ ...toSample(marks), script: metric('ScriptDuration') });
    await context.close();
  }
  return samples;
}

const results = [];
let pickerSamples;
let calendarElement;
let calendarFloor;
let invoiceSamples;
try {
  for (const [index, scenario] of runsCase('forms') ? scenarios.entries() : []) {
    const samples = await sample(`/bench-${index}.html`, (marks) => ({
      firstInput: marks.firstInput,
      parseEvaluate: marks.bundleEvaluated - marks.bundleResponseEnd,
      render: marks.firstInput - marks.bundleEvaluated,
    }));
    results.push({ scenario, samples });
  }
  if (runsCase('picker'))
    pickerSamples = await sample('/bench-picker.html', (marks) => ({
      shown: marks.shown,
      parseEvaluate: marks.bundleEvaluated - marks.bundleResponseEnd,
      render: marks.shown - marks.bundleEvaluated,
      interaction: marks.interaction,
    }));
  if (runsCase('invoices'))
    invoiceSamples = await sample('/bench-invoices.html', (marks) => ({
      interactive: marks.shown - marks.started,
      rendered: marks.rendered - marks.started,
      layout: marks.shown - marks.rendered,
      parseEvaluate: marks.bundleEvaluated - marks.bundleResponseEnd,
      select: marks.select,
      more: marks.more,
    }));
  if (runsCase('calendar')) {
    const calendar = { browser, base, runs, throttle };
    calendarElement = await calendarSamples({ ...calendar, path: '/bench-calendar-element.html' });
    calendarFloor = await calendarSamples({ ...calendar, path: '/bench-calendar-floor.html' });
  }
} finally {
  await browser.close();
  server.close();
}

const quantile = (values, q) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
};
const ms = (value) => `${value.toFixed(1)} ms`;
/** Each row's median and 90th percentile over the runs. */
const printTimes = (labelsAndKeys, samples) =>
  printTable([
    ['', 'median', 'p90'],
    ...labelsAndKeys.map(([label, key]) => {
      const values = samples.map((sample) => sample[key]);
      return [label, ms(quantile(values, 0.5)), ms(quantile(values, 0.9))];
    }),
  ]);
const rows = [
  ['navigation → first form input', 'firstInput'],
  ['element file + demo chunk: parse, evaluate', 'parseEvaluate'],
  ['evaluated → first form input', 'render'],
  ['script execution (CDP ScriptDuration)', 'script'],
];

for (const { scenario, samples } of results) {
  console.log(
    `\n${scenario.name}, from dist/cdn/${scenario.tag}.js, demo backend without latency — ${runs} cold runs` +
      `${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}, Chromium ${chromiumVersion}\n`,
  );
  printTimes(rows, samples);
}

if (pickerSamples) {
  console.log(
    `\n<camp-week-picker>, 10-week summer with 4 groups given as properties, from dist/cdn/camp-week-picker.js — ` +
      `${runs} cold runs${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}, Chromium ${chromiumVersion}\n`,
  );
  printTimes(
    [
      ['navigation → grid shown', 'shown'],
      ['camp-week-picker.js: parse, evaluate', 'parseEvaluate'],
      ['evaluated → grid shown (first render)', 'render'],
      ['theme ticked + 9 × "Semaine suivante"', 'interaction'],
      ['script execution (CDP ScriptDuration)', 'script'],
    ],
    pickerSamples,
  );
}

if (calendarElement && calendarFloor) {
  console.log(
    `\n<family-calendar>, 6 children × 4 units (a 31-day month: 744 cells) from dist/cdn/family-calendar.js, ` +
      `against the floor (the same cells in a plain Lit table) — ${runs} cold runs` +
      `${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}, Chromium ${chromiumVersion}, medians\n`,
  );
  printTable(calendarTable(calendarElement, calendarFloor));
}

if (invoiceSamples) {
  console.log(
    `\n<invoice-list>, 1,000 invoices from an in-page adapter without latency, from dist/cdn/invoice-list.js — ` +
      `${runs} cold runs${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}, Chromium ${chromiumVersion} ` +
      `(targets: interactive < 100 ms, select < 16 ms)\n`,
  );
  printTimes(
    [
      ['added → the list of 1,000 shown (interactive: 50 rows and the next 50 button)', 'interactive'],
      ['  of which: read, rendered', 'rendered'],
      ['  of which: style and layout of the rows', 'layout'],
      ['invoice-list.js: parse, evaluate', 'parseEvaluate'],
      ['one checkbox ticked, rendered and laid out', 'select'],
      ['the next 50 drawn and laid out', 'more'],
      ['script execution (CDP ScriptDuration)', 'script'],
    ],
    invoiceSamples,
  );
}

console.log('\nBundle sizes (gzip level 9):\n');
const files = [
  ...readdirSync(cdn).map((name) => join('cdn', name)),
  ...readdirSync(join(cdn, 'chunks')).map((name) => join('cdn', 'chunks', name)),
].filter((name) => name.endsWith('.js'));
printTable([
  ['file', 'raw', 'gzip'],
  ...files.map((name) => {
    const source = readFileSync(join(dist, name));
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
    return [`dist/${name}`, kb(source.length), kb(gzipSync(source, { level: 9 }).length)];
  }),
]);

function printTable(lines) {
  const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
  for (const line of lines) {
    console.log(
      line
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  '),
    );
  }
}
