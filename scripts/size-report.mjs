/**
 * Prints the raw and gzip size of each CDN bundle and of the chunks they load
 * on demand, and fails when one is over its budget in size-budgets.json (a
 * new bundle needs a budget of its own; chunks share `chunks.default` unless
 * named in `chunks`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const budgets = JSON.parse(readFileSync(new URL('../size-budgets.json', import.meta.url), 'utf8'));
const js = (dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .map((name) => `${dir}/${name}`);
const entries = js('dist/cdn');
const chunks = js('dist/cdn/chunks');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let failed = false;
const rows = [...entries, ...chunks].map((file) => {
  const source = readFileSync(file);
  const gzip = gzipSync(source, { level: 9 }).length;
  const chunk = /\/chunks\/(.+)-[\w-]{8}\.js$/.exec(file)?.[1];
  const budget = chunk ? (budgets.chunks[chunk] ?? budgets.chunks.default) : budgets[file];
  const verdict = budget === undefined ? 'NO BUDGET' : gzip > budget ? 'OVER BUDGET' : 'ok';
  if (verdict !== 'ok') failed = true;
  return [file, kb(source.length), kb(gzip), budget === undefined ? '—' : kb(budget), verdict];
});

const header = ['bundle', 'raw', 'gzip', 'budget', ''];
const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
for (const row of [header, ...rows]) console.log(row.map((cell, i) => cell.padEnd(widths[i])).join('  '));
if (failed) {
  console.error('\nA bundle is over its budget or has none: see size-budgets.json.');
  process.exit(1);
}
