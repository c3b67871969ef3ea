/**
 * `npm run index` writes src/index.ts, the all-in-one entry, from the element
 * folders: each folder's `define.ts` (the element registered, its class and
 * public types) and, when it has one, its `events.ts`. Adding an element is
 * a new folder, then this script; `npm run index:check` (in `npm test`)
 * fails when the committed file no longer matches the folders.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const target = new URL('src/index.ts', root);
const tags = readdirSync(new URL('src/elements/', root), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(new URL(`src/elements/${entry.name}/define.ts`, root)))
  .map((entry) => entry.name)
  .sort();
const hasEvents = (tag) => existsSync(new URL(`src/elements/${tag}/events.ts`, root));

const source = `// generated: npm run index (from the folders in src/elements; do not edit by hand)
/**
 * The all-in-one entry: every element registered, plus the public classes,
 * events, adapters and domain types for hosts that script the elements.
 */
${tags.map((tag) => `export * from './elements/${tag}/define.js';`).join('\n')}
${tags
  .filter(hasEvents)
  .map((tag) => `export * from './elements/${tag}/events.js';`)
  .join('\n')}
export { FpCartChangedEvent, FpErrorEvent, FpSubmittedEvent } from './shared/events.js';
export type { FpCartChangedDetail, FpErrorDetail, FpSubmittedDetail } from './shared/events.js';
export type { Translations } from './shared/i18n/localize.js';
export * from './adapter/index.js';
// The memory adapter is its own entry (\`family-portal-widgets/memory\`): \`adapter="memory"\` loads it on demand.
export type { MemoryFamily, MemoryProfile } from './adapter/memory/index.js';
// The domain's types; its schemas and rules (national numbers, phones…) are \`family-portal-widgets/domain\`.
export type * from './domain/index.js';
`;

if (process.argv.includes('--check')) {
  if (readFileSync(target, 'utf8') !== source) {
    console.error('src/index.ts does not match the element folders: run npm run index, and commit it.');
    process.exit(1);
  }
  console.log('src/index.ts matches the element folders.');
} else {
  writeFileSync(target, source);
}
