/**
 * The calendar's part of `npm run bench` (issue 13's figures): <family-calendar>
 * from its CDN bundle (dist/cdn/family-calendar.js) against a floor, the same
 * cells rendered by a plain Lit template (a table of the same rows and
 * columns with each cell's state code: no states' words, no names, no legend,
 * a click handler per cell so that a toggle can be timed the same way).
 *
 * The data: 6 children × 4 units, a cell per unit and day (a 31-day month:
 * 744 cells) in every state, given by a small adapter object on the page that
 * answers `getPlanning`/`getFamily` at once with generated data. The element
 * shows one month at a time: the school year (September–June) is timed as a
 * parent would see it, ten presses on "Mois suivant", each month read from
 * the adapter and rendered; the floor renders the same ten months in turn.
 *
 * Timed, each up to a layout (style and layout flushed): the first render of
 * March 2027 (from the element put in the page to its grid; its code and its
 * French messages are loaded before, the floor's Lit too), toggling one cell
 * (a click until the cell shows pending; median of 10 toggles, on then off),
 * and the school year. Heap: the JS heap the first render keeps (after a
 * garbage collection, minus the page's heap before it).
 *
 * Run alone (`node scripts/bench-calendar.mjs`, after a build) it times the
 * calendar only; BENCH_RUNS and BENCH_CPU_THROTTLE as for `npm run bench`, and
 * BENCH_PROFILE=<file> writes the element's first render, toggles and school
 * year as a CPU profile (`.cpuprofile`, for DevTools) from its first run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { rollup } from 'rollup';

/** The month of the first render and the toggles: 31 days. */
const firstMonth = '2027-03';
/** The school year, one month after another through the month navigation. */
const schoolYear = [
  '2026-09',
  '2026-10',
  '2026-11',
  '2026-12',
  '2027-01',
  '2027-02',
  '2027-03',
  '2027-04',
  '2027-05',
  '2027-06',
];

/**
 * The page's data: a function source evaluated in both pages, so the element
 * and the floor get the same planning. States cycle over the school days
 * (every state of the legend), week-ends have no offer.
 */
const dataSource = String.raw`
const children = Array.from({ length: 6 }, (_, index) => ({ id: 'chi-' + (index + 1), firstName: ['Léa', 'Tom', 'Nahel', 'Inès', 'Lucas', 'Emma'][index] }));
const deadline = { kind: 'days-before', days: 2, at: '10:00', skip: ['weekend'] };
const unit = (id, name, abbreviation, start, end, activity) => ({ id, name, abbreviation, start, end, weekdays: [1, 2, 3, 4, 5], days: 'school-days', excludes: [], mode: 'booking', validation: activity === 'soir' ? 'manual' : 'automatic', capacity: 24, book: deadline, cancel: 'same', lateCancel: 'billed', meal: id === 'repas', pricing: { kind: 'flat', cents: id === 'repas' ? 420 : 150 } });
const activities = [
  { id: 'matin', name: 'Accueil du matin', units: [unit('matin', 'Accueil du matin', 'AM', '07:00', '08:30', 'matin')] },
  { id: 'cantine', name: 'Restauration scolaire', units: [unit('repas', 'Repas', 'R', '12:00', '13:30', 'cantine')] },
  { id: 'soir', name: 'Accueil du soir', units: [unit('soir', 'Accueil du soir', 'AS', '15:30', '17:00', 'soir'), unit('soir-tard', 'Accueil du soir (tard)', 'AT', '17:00', '18:30', 'soir')] },
];
const states = ['available', 'booked', 'few-places', 'booked', 'full', 'requested', 'waiting', 'refused', 'cancel-requested', 'absence-requested', 'absent-excused', 'absent-billed', 'present', 'available', 'booked'];
const until = (date, days) => new Date(Date.parse(date + 'T09:00:00Z') - days * 86400000).toISOString().replace('.000Z', '+00:00');
function datesOf(from, to) {
  const dates = [];
  for (let time = Date.parse(from + 'T00:00:00Z'); time <= Date.parse(to + 'T00:00:00Z'); time += 86400000)
    dates.push(new Date(time).toISOString().slice(0, 10));
  return dates;
}
function cellOf(unitId, date, index) {
  const weekday = new Date(date + 'T00:00:00Z').getUTCDay();
  const priceCents = unitId === 'repas' ? 420 : 150;
  if (weekday === 0 || weekday === 6)
    return { unitId, date, status: 'not-offered', priceCents: 0, actions: {}, locked: { reason: 'closed' } };
  const status = states[index % states.length];
  const actions = {};
  let locked;
  if (status === 'available' || status === 'few-places') actions.book = { until: until(date, 2), outcome: 'booked' };
  else if (status === 'full') actions.book = { until: until(date, 2), outcome: 'waiting' };
  else if (status === 'booked') actions.cancel = { until: until(date, 2), outcome: 'cancelled', billed: false };
  else if (status === 'present' || status === 'absent-billed') locked = { reason: 'past' };
  else if (status === 'refused') locked = { reason: 'deadline-passed', deadline: until(date, 2) };
  return { unitId, date, status, ...(status === 'few-places' && { placesLeft: 2 }), priceCents, actions, ...(locked && { locked }) };
}
function planningOf({ from, to }) {
  const dates = datesOf(from, to);
  return {
    from, to, at: '2027-01-04T08:00:00+01:00', timeZone: 'Europe/Brussels', currency: 'EUR', activities,
    children: children.map((child, childIndex) => ({
      childId: child.id,
      activityIds: activities.map((activity) => activity.id),
      days: dates.map((date) => {
        const weekday = new Date(date + 'T00:00:00Z').getUTCDay();
        return { date, kind: weekday === 0 || weekday === 6 ? 'weekend' : 'school-day' };
      }),
      cells: activities.flatMap((activity) => activity.units).flatMap((shown, unitIndex) =>
        dates.map((date, dateIndex) => cellOf(shown.id, date, dateIndex + unitIndex * 3 + childIndex * 5)),
      ),
    })),
  };
}
/** The adapter the element is given: answers at once. */
const adapter = {
  getPlanning: async (range) => planningOf(range),
  getFamily: async () => ({ children }),
};
const monthRange = (month) => {
  const [year, index] = month.split('-').map(Number);
  const last = new Date(Date.UTC(year, index, 0)).getUTCDate();
  return { from: month + '-01', to: month + '-' + String(last).padStart(2, '0') };
};
/** What a press costs: the render, then style and layout. */
const layout = (node) => node.getBoundingClientRect();
`;

/** The floor: the same rows and columns, each cell's state code, one click handler per cell. */
const floorSource = `
import { html, render } from '/bench/lit.js';
${dataSource}
const codes = { available: '○', 'few-places': '!', full: 'C', 'not-offered': '–', requested: 'DR', booked: 'R', waiting: 'LA', refused: '✗', 'cancel-requested': 'DA', 'absence-requested': 'DAb', 'absent-excused': 'AE', 'absent-billed': 'AF', present: 'P', add: '+', remove: '−' };
const host = document.createElement('div');
document.body.append(host);
const pending = new Set();
let shown;
function draw(planning) {
  shown = planning;
  const cells = new Map();
  for (const child of planning.children) for (const cell of child.cells) cells.set(child.childId + '|' + cell.unitId + '|' + cell.date, cell);
  const rows = planning.children.flatMap((child) => planning.activities.flatMap((activity) => activity.units.map((unit) => ({ childId: child.childId, unitId: unit.id }))));
  const dates = datesOf(planning.from, planning.to);
  render(
    html\`<table>
      <thead><tr><th></th>\${dates.map((date) => html\`<th>\${date.slice(8)}</th>\`)}</tr></thead>
      <tbody>\${rows.map((row) => html\`<tr><th>\${row.unitId}</th>\${dates.map((date) => {
        const key = row.childId + '|' + row.unitId + '|' + date;
        return html\`<td @click=\${() => toggle(key)}>\${pending.has(key) ? '+' : codes[cells.get(key)?.status ?? 'not-offered']}</td>\`;
      })}</tr>\`)}</tbody>
    </table>\`,
    host,
  );
  layout(host);
}
function toggle(key) {
  if (pending.has(key)) pending.delete(key);
  else pending.add(key);
  draw(shown);
}
window.bench = {
  async first() {
    const started = performance.now();
    draw(await adapter.getPlanning(monthRange('${firstMonth}')));
    return performance.now() - started;
  },
  async toggle(on) {
    const target = host.querySelectorAll('tbody td')[2];
    const started = performance.now();
    target.click();
    const time = performance.now() - started;
    if ((target.textContent === '+') !== on) throw new Error('The floor did not toggle');
    return time;
  },
  async year() {
    const started = performance.now();
    for (const month of ${JSON.stringify(schoolYear)}) draw(await adapter.getPlanning(monthRange(month)));
    return performance.now() - started;
  },
};
window.__ready = true;
`;

/** The element: from its CDN file; its French messages loaded first (as after any first visit), then timed. */
const elementSource = (messagesChunk) => String.raw`
import '/cdn/family-calendar.js';
import '/cdn/${messagesChunk}';
${dataSource}
let element;
const grid = () => element.shadowRoot.querySelector('table[role="grid"]');
/** The month's name, which ends the grid's label ("Planning d’août 2026"). */
const monthName = (month) => new Intl.DateTimeFormat('fr-BE', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(month + '-01T00:00:00Z'));
/** Resolves once the month's grid is rendered (each change of the shadow root looked at, no frame waited for). */
function shown(month, name = monthName(month)) {
  return new Promise((resolve) => {
    const done = () => grid()?.getAttribute('aria-label')?.endsWith(name) && element.shadowRoot.querySelector('.cell') !== null;
    if (done()) return resolve();
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(element.shadowRoot, { childList: true, subtree: true, attributes: true });
  });
}
window.bench = {
  async first() {
    element = document.createElement('family-calendar');
    element.setAttribute('month', '${firstMonth}');
    element.adapter = adapter;
    // The bench's own work is not timed: the month's name it waits for is made before.
    const name = monthName('${firstMonth}');
    const started = performance.now();
    document.body.append(element);
    await shown('${firstMonth}', name);
    layout(grid());
    return performance.now() - started;
  },
  async toggle(on) {
    const target = element.shadowRoot.querySelector('[data-row="1"][data-column="2"]');
    const started = performance.now();
    target.click();
    await element.updateComplete;
    layout(grid());
    const time = performance.now() - started;
    if (target.classList.contains('cell--pending') !== on) throw new Error('The element did not toggle');
    return time;
  },
  async year() {
    element.setAttribute('month', '2026-08');
    await shown('2026-08');
    const next = [...element.shadowRoot.querySelectorAll('button')].find((button) => button.textContent.trim() === 'Mois suivant');
    const names = ${JSON.stringify(schoolYear)}.map(monthName);
    const started = performance.now();
    for (const [index, month] of ${JSON.stringify(schoolYear)}.entries()) {
      next.click();
      await shown(month, names[index]);
      layout(grid());
    }
    return performance.now() - started;
  },
};
window.__ready = true;
`;

/** Lit alone, for the floor (the version the element's bundle carries). */
async function litBundle(root) {
  const bundle = await rollup({
    input: 'lit',
    plugins: [
      nodeResolve({ rootDir: root, exportConditions: ['production', 'browser', 'import', 'default'] }),
      esbuild({ target: 'es2022', minify: true }),
    ],
    onwarn: () => undefined,
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  return output[0].code;
}

const pageOf = (title, source) => `<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><title>${title}</title></head>
  <body><script type="module">${source}</script></body>
</html>`;

/** The routes the bench's server answers for the calendar: its two pages and the floor's Lit. */
export async function calendarRoutes(root) {
  const graph = JSON.parse(readFileSync(join(root, 'dist/cdn-graph.json'), 'utf8'));
  const entry = Object.keys(graph).find((file) => graph[file].entry === 'family-calendar');
  const [messages] = graph[entry].messages;
  return new Map([
    ['/bench-calendar-element.html', pageOf('family-calendar bench', elementSource(messages))],
    ['/bench-calendar-floor.html', pageOf('family-calendar floor', floorSource)],
    ['/bench/lit.js', await litBundle(root)],
  ]);
}

/** `runs` cold loads of one page: first render, 10 toggles, the school year, and the heap the first render keeps. */
export async function calendarSamples({ browser, base, runs, throttle, path, profile }) {
  const samples = [];
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${base}${path}`);
    await page.waitForFunction(() => window.__ready === true, undefined, { timeout: 15000 });
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    const before = await heap();
    const profiling = profile !== undefined && run === 0;
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    const first = await page.evaluate(() => window.bench.first());
    const kept = (await heap()) - before;
    // The parts the element downloads when the page is idle (the recap, the day): before the toggles.
    await page.waitForTimeout(2500);
    const toggles = [];
    for (let toggle = 0; toggle < 10; toggle += 1)
      toggles.push(await page.evaluate((on) => window.bench.toggle(on), toggle % 2 === 0));
    const year = await page.evaluate(() => window.bench.year());
    if (profiling) writeFileSync(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    if (errors.length > 0) throw new Error(`The bench page ${path} failed: ${errors.join('; ')}`);
    samples.push({ first, toggle: median(toggles), year, heap: kept });
    await context.close();
  }
  return samples;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/** The table: element, floor, ratio and the issue's target, medians over the runs. */
export function calendarTable(element, floor) {
  const ms = (value) => `${value.toFixed(1)} ms`;
  const mb = (value) => `${(value / 1048576).toFixed(2)} MB`;
  const of = (samples, key) => median(samples.map((sample) => sample[key]));
  const line = (label, key, format, target, extra = () => '') => {
    const ratio = of(element, key) / of(floor, key);
    return [
      label,
      format(of(element, key)),
      format(of(floor, key)),
      `${ratio.toFixed(2)}×`,
      `≤ ${target}×${extra(of(element, key))}`,
      ratio <= target ? 'met' : 'MISSED',
    ];
  };
  return [
    ['', 'element', 'floor', 'ratio', 'target', ''],
    line('first render (744 cells)', 'first', ms, 1.3),
    line('toggle one cell (median of 10)', 'toggle', ms, 1.2, (value) =>
      value < 16 ? ', < 16 ms: met' : ', < 16 ms: MISSED',
    ),
    line('school year (10 months)', 'year', ms, 1.5),
    line('JS heap kept by the first render', 'heap', mb, 1.5),
  ];
}

/** Alone: serves dist/ and the calendar's pages, times the element and the floor, prints the table. */
async function main() {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs, chromiumPath } = await import('./chromium.mjs');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dist = join(root, 'dist');
  const runs = Number(process.env.BENCH_RUNS ?? 10);
  const throttle = Number(process.env.BENCH_CPU_THROTTLE ?? 1);
  const routes = await calendarRoutes(root);
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const type = extname(path) === '.js' ? 'text/javascript' : 'text/html; charset=utf-8';
    const page = routes.get(path);
    const file = normalize(join(dist, path));
    if (page === undefined && (!file.startsWith(dist) || !existsSync(file))) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' });
    response.end(page ?? readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  try {
    const options = { browser, base, runs, throttle };
    const element = await calendarSamples({
      ...options,
      path: '/bench-calendar-element.html',
      profile: process.env.BENCH_PROFILE,
    });
    const floor = await calendarSamples({ ...options, path: '/bench-calendar-floor.html' });
    const lines = calendarTable(element, floor);
    const widths = lines[0].map((_, column) => Math.max(...lines.map((line) => line[column].length)));
    for (const line of lines)
      console.log(
        line.map((cell, column) => cell[column ? 'padStart' : 'padEnd'](widths[column])).join('  '),
      );
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
