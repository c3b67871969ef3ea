/**
 * `npm run bench`: how fast a parent gets a usable form from the all-in-one
 * CDN bundle, measured in Chromium, plus the bundles' sizes. Results go to
 * stdout only; nothing here is asserted (see DESIGN.md: benchmarks are
 * scripts, not timed tests).
 *
 * Each run loads a small page in a fresh browser context (cold cache) that
 * imports dist/cdn/all.js and puts one element on the in-browser demo backend
 * with no latency, so the time measured is the library's own: download from
 * localhost, parse, evaluate, first render (and the element's own messages).
 * Two scenarios: <parent-register> for a new parent, and a child's health
 * form (<child-register child-id>) for a form still to fill in.
 *
 * Environment: BENCH_RUNS (default 10), BENCH_CPU_THROTTLE (e.g. 4 for a
 * mid-range phone; default 1), CHROME_PATH (default /usr/bin/chromium).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const cdn = join(dist, 'cdn');
const runs = Number(process.env.BENCH_RUNS ?? 10);
const throttle = Number(process.env.BENCH_CPU_THROTTLE ?? 1);

if (!existsSync(join(cdn, 'all.js'))) {
  console.log('dist/cdn is missing: building the CDN bundles first (rollup -c)…');
  const build = spawnSync(join(root, 'node_modules/.bin/rollup'), ['-c', '--silent'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The demo backend's chunk of the all-in-one build (the per-element builds have their own). */
const memoryChunk = readdirSync(join(cdn, 'chunks')).find(
  (name) =>
    /^memory-(?!camps-).*\.js$/.test(name) &&
    readFileSync(join(cdn, 'chunks', name), 'utf8').includes('"../all.js"'),
);
if (!memoryChunk) {
  console.error('No demo backend chunk of all.js in dist/cdn/chunks: rebuild with npm run build.');
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
    <script type="module" src="/cdn/all.js"></script>
    <script type="module">
      import * as chunk from '/cdn/chunks/${memoryChunk}';
      // The chunk's export names are minified: find the memory adapter's module among them.
      const { createMemoryAdapter } = [chunk, ...Object.values(chunk)].find(
        (value) => typeof value?.createMemoryAdapter === 'function',
      );
      // This module runs right after all.js has been evaluated (it imports it).
      const bundle = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/cdn/all.js'));
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

const types = { '.js': 'text/javascript', '.map': 'application/json', '.html': 'text/html' };
const server = createServer((request, response) => {
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  const scenario = /^\/bench-(\d+)\.html$/.exec(path)?.[1];
  if (scenario !== undefined && scenarios[Number(scenario)]) {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    response.end(benchPage(scenarios[Number(scenario)]));
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
const results = [];
try {
  for (const [index, scenario] of scenarios.entries()) {
    const samples = [];
    for (let run = 0; run < runs; run += 1) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Performance.enable');
      if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${base}/bench-${index}.html`);
      await page.waitForFunction(() => 'firstInput' in (window.__bench ?? {}), undefined, { timeout: 15000 });
      if (errors.length > 0) throw new Error(`The bench page failed: ${errors.join('; ')}`);
      const marks = await page.evaluate(() => window.__bench);
      const { metrics } = await cdp.send('Performance.getMetrics');
      const metric = (name) => (metrics.find((entry) => entry.name === name)?.value ?? NaN) * 1000;
      samples.push({
        firstInput: marks.firstInput,
        parseEvaluate: marks.bundleEvaluated - marks.bundleResponseEnd,
        render: marks.firstInput - marks.bundleEvaluated,
        script: metric('ScriptDuration'),
      });
      await context.close();
    }
    results.push({ scenario, samples });
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
const rows = [
  ['navigation → first form input', 'firstInput'],
  ['all.js + demo chunk: parse, evaluate', 'parseEvaluate'],
  ['evaluated → first form input', 'render'],
  ['script execution (CDP ScriptDuration)', 'script'],
];

for (const { scenario, samples } of results) {
  console.log(
    `\n${scenario.name}, from dist/cdn/all.js, demo backend without latency — ${runs} cold runs` +
      `${throttle > 1 ? `, CPU slowed ${throttle}×` : ''}, Chromium ${chromiumVersion}\n`,
  );
  printTable([
    ['', 'median', 'p90'],
    ...rows.map(([label, key]) => {
      const values = samples.map((sample) => sample[key]);
      return [label, ms(quantile(values, 0.5)), ms(quantile(values, 0.9))];
    }),
  ]);
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
