/**
 * Prices the CDN build (after `rollup -c`) as pages pay for it, in gzip bytes,
 * and fails when a budget of size-budgets.json is passed:
 * - the loader (`all.js`);
 * - each element's page cost: what a page with only that element downloads
 *   before it is usable, in French: its file, every chunk it imports
 *   statically (transitively), and the French messages of the elements in it,
 *   which they load at once and await before their first useful render (the
 *   shared message folders they use included; a screen loaded later brings its own);
 * - a page with every element (through the loader);
 * - each chunk loaded on demand (other languages, the demo backend, the REST
 *   adapter): per chunk, `chunks.default` unless named.
 * The import graph is the one rollup wrote to dist/cdn-graph.json.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const cdn = 'dist/cdn';
const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
/** Issue 11's goals, shown beside the budgets while shared code is bigger than they allow. */
const targets = budgets.targets;
const graph = JSON.parse(readFileSync('dist/cdn-graph.json', 'utf8'));
const files = Object.keys(graph);
const gzip = new Map(
  files.map((file) => [file, gzipSync(readFileSync(`${cdn}/${file}`), { level: 9 }).length]),
);
const raw = new Map(files.map((file) => [file, readFileSync(`${cdn}/${file}`).length]));

/** `files` and every chunk they import statically, at any depth. */
function closure(start) {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    found.add(file);
    for (const imported of graph[file].imports) visit(imported);
  };
  start.forEach(visit);
  return found;
}

/**
 * The French messages that the elements among `loaded` load with their first
 * render (`messages` in the graph: their `static messages`, the shared message
 * folders included).
 */
const frenchMessages = (loaded) => [...loaded].flatMap((file) => graph[file].messages ?? []);

/** A page's files: the entries, their static imports, and their French messages with theirs. */
function page(entries) {
  const loaded = closure(entries);
  return closure([...loaded, ...frenchMessages(loaded)]);
}

const sum = (set, sizes) => [...set].reduce((total, file) => total + sizes.get(file), 0);
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
let failed = false;
const verdict = (bytes, budget) => {
  const over = budget === undefined || bytes > budget;
  if (over) failed = true;
  return budget === undefined ? 'NO BUDGET' : over ? `OVER BUDGET by ${kb(bytes - budget)}` : 'ok';
};
function print(title, header, rows) {
  console.log(`\n${title}\n`);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
}

const loader = files.find((file) => graph[file].entry === 'all');
const elements = files.filter((file) => graph[file].entry && file !== loader).sort();
const pages = elements.map((file) => {
  const tag = graph[file].entry;
  return {
    name: `<${tag}>`,
    files: page([file]),
    budget: budgets.page[tag] ?? budgets.page.default,
    target: targets.page[tag] ?? targets.page.default,
  };
});
const everything = page([loader, ...elements]);
const eager = new Set(everything);
for (const { files: loaded } of pages) loaded.forEach((file) => eager.add(file));
/** Chunks no page loads at once: other languages, the demo backend, the REST adapter. */
const lazy = files.filter((file) => !eager.has(file)).sort();

const gap = (bytes, target) => (bytes > target ? `${kb(bytes - target)} over` : 'met');
print(
  'Page cost (gzip): what a page downloads before the element is usable, in French',
  ['page', 'files', 'raw', 'gzip', 'budget', '', 'goal'],
  [
    {
      name: 'loader: dist/cdn/all.js',
      files: new Set([loader]),
      budget: budgets.loader,
      target: targets.loader,
    },
    ...pages,
    {
      name: 'issue 11’s six elements (all.js)',
      files: page([
        loader,
        ...elements.filter((file) => budgets.issue11Elements.tags.includes(graph[file].entry)),
      ]),
      budget: budgets.issue11Elements.budget,
      target: targets.issue11Elements,
    },
    {
      name: 'every element (all.js)',
      files: everything,
      budget: budgets.everyElement,
      target: targets.everyElement,
    },
  ].map(({ name, files: loaded, budget, target }) => {
    const bytes = sum(loaded, gzip);
    return [
      name,
      String(loaded.size),
      kb(sum(loaded, raw)),
      kb(bytes),
      kb(budget),
      verdict(bytes, budget),
      `${kb(target)}: ${gap(bytes, target)}`,
    ];
  }),
);

print(
  'Files (gzip); "pages" lists the pages that download a file at once',
  ['file', 'raw', 'gzip', 'budget', 'pages'],
  [...files]
    .sort((a, b) => Number(lazy.includes(a)) - Number(lazy.includes(b)) || a.localeCompare(b))
    .map((file) => {
      const chunk = /^chunks\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
      const budget = lazy.includes(file) ? (budgets.chunks[chunk] ?? budgets.chunks.default) : undefined;
      const on = pages.filter(({ files: loaded }) => loaded.has(file)).map(({ name }) => name);
      return [
        `dist/cdn/${file}`,
        kb(raw.get(file)),
        kb(gzip.get(file)),
        budget === undefined ? '—' : `${kb(budget)} ${verdict(gzip.get(file), budget)}`,
        file === loader
          ? 'loader'
          : lazy.includes(file)
            ? 'on demand'
            : on.length === pages.length
              ? 'all'
              : on.join(' '),
      ];
    }),
);

if (failed) {
  console.error('\nA page or a chunk is over its budget (or has none): see size-budgets.json.');
  process.exit(1);
}
