import { existsSync, readdirSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { rollup } from 'rollup';
import { cdnGraph, cdnLoader, pageGroups, terserChunks } from './scripts/rollup-cdn.mjs';

/**
 * CDN bundles: minified ES modules a web team loads with one
 * `<script type="module">`, from ONE build with every element as an entry, so
 * the files share their chunks and a page with three elements downloads lit
 * once. `<tag>.js` registers one element (and those it composes); `all.js` is
 * a small loader that imports `<tag>.js` when the tag first appears in the
 * page. Shared code: `chunks/core-*.js` (what every element loads: lit's
 * core, i18n, base styles, adapter errors: one file, one gzip stream), then chunks
 * shared by some elements only (the base element with @lit/task and the
 * context consumer, form pieces, domain rules), one per set of element pages
 * loading them (see pageGroups in scripts/rollup-cdn.mjs). Loaded on first use: zod (`zod-*`, with a
 * form's first check or a backend's answer), each element's messages per
 * language, the other languages, the demo backend (`memory-*`), the REST
 * adapter with ky (`rest-adapter-*`). The npm
 * build (ES modules + types in dist/) is `tsc -p tsconfig.build.json`; page
 * costs are checked by scripts/size-report.mjs from `dist/cdn-graph.json`.
 */
const source = (path) => fileURLToPath(new URL(path, import.meta.url));
const tsconfig = source('./tsconfig.json');
const tags = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** Each element's CDN entry: its `cdn.ts` when it has one (loading what it composes on demand), else its `define.ts`. */
const entryOf = (tag) =>
  ['cdn', 'define']
    .map((name) => source(`./src/elements/${tag}/${name}.ts`))
    .find((file) => existsSync(file));
const defines = Object.fromEntries(tags.map((tag) => [tag, entryOf(tag)]));

/**
 * A catalogue's chunk name: `nl` (shared/i18n/catalogues), `history-fr` (a shared
 * message folder in shared/i18n), `<tag>-fr` (an element's own messages/).
 */
function catalogueName(id) {
  const file = basename(id).replace(/\.[jt]s$/, '');
  const tag = /\/src\/elements\/([^/]+)\//.exec(id)?.[1];
  const folder = basename(id.slice(0, id.lastIndexOf('/')));
  const name = folder === 'messages' || folder === 'catalogues' ? file : `${folder}-${file}`;
  return tag ? `${tag}-${name}` : name;
}

/** Chunk names say what a chunk holds, whatever module rollup would name it after. */
function chunkName({ name, moduleIds }) {
  const ids = moduleIds.filter((id) => !id.startsWith('\0'));
  const all = (pattern) => ids.length > 0 && ids.every((id) => pattern.test(id));
  // The demo backend: the in-browser adapter, and the demo data it loads on first use (`memory-camps`).
  const demo = ids.filter((id) => /\/(adapter\/memory|demo-data)\//.test(id));
  if (demo.length > 0)
    return demo.some((id) => /\/adapter\/memory\/index\.[jt]s$/.test(id))
      ? 'memory'
      : `memory-${basename(demo[0]).replace(/\.[jt]s$/, '')}`;
  if (ids.some((id) => id.includes('/adapter/rest/'))) return 'rest-adapter';
  // Messages in one language (an element's, a shared folder's such as `history-fr`), named after the last.
  if (all(/\/(fr|nl|de|en)([.-][\w-]+)?\.[jt]s$/)) return catalogueName(ids.at(-1));
  if (all(/\/src\/domain\//)) return `domain-${name}`;
  // What every element loads at once (lit, i18n, base styles, adapter errors), whatever rollup names it after.
  if (ids.some((id) => /\/shared\/i18n\/localize\.[jt]s$/.test(id))) return 'core';
  return name;
}

/** `read`: in the first build, which only measures, given the graph instead of writing dist/cdn-graph.json. */
const plugins = (read) => [
  cdnLoader({ loader: source('./src/loader.ts'), defines }),
  nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  // The whitespace inside html`` and css`` templates, which esbuild leaves alone (before esbuild renames the tags).
  minifyHTML(),
  esbuild({ target: 'es2022', minify: true, tsconfig, legalComments: 'none' }),
  // The first build only groups modules: its chunks need no second minification.
  ...(read ? [] : [terserChunks()]),
  cdnGraph({ file: read ? undefined : 'dist/cdn-graph.json', root: new URL('./', import.meta.url), read }),
];

/** Each module's group, from the first build (see pageGroups). */
let groups;

const config = {
  input: { all: cdnLoader.entry, ...defines },
  // An entry may export what other chunks import from it: no facade files for composed elements.
  preserveEntrySignatures: 'allow-extension',
  output: {
    dir: 'dist/cdn',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `chunks/${chunkName(chunk)}-[hash].js`,
    manualChunks(id) {
      // Lit's core, which every element uses, travels with our core (its page group; `lit` in the first
      // build); what some elements only use (a task, providing or consuming a context, the context root,
      // the `live` directive, the `guard` and `repeat` of <invoice-list>'s rows) goes with them, as our own
      // modules do.
      if (
        /\/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(id) &&
        !/\/(live|guard|repeat)\./.test(id)
      )
        return groups?.get(id) ?? 'lit';
      // Validation: loaded with the first check of a form or answer, not with the elements.
      if (/\/node_modules\/zod\//.test(id)) return 'zod';
      // The rest: per set of element pages loading it at once (after tree-shaking, which a manual
      // rule would not see: from a first build), else as rollup chunks it.
      return groups?.get(id);
    },
  },
  plugins: plugins(),
  treeshake: {
    // Our domain, UI-template, style and format modules only define schemas, styles and functions: one whose exports
    // a bundle does not use is left out (zod builds schemas on load, which rollup would otherwise keep).
    // `npm run test:cdn` checks the result in a browser.
    moduleSideEffects: (id) =>
      !/\/src\/(domain\/|shared\/ui\/|shared\/styles[./]|shared\/i18n\/format\.)/.test(id),
  },
  onwarn(warning, warn) {
    if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.some((id) => id.includes('node_modules/zod')))
      return;
    warn(warning);
  },
};

export default async () => {
  groups = undefined;
  let graph = {};
  const first = await rollup({
    ...config,
    plugins: plugins((read) => (graph = read)),
    onwarn: () => undefined,
  });
  const { output } = await first.generate(config.output);
  await first.close();
  groups = pageGroups(output, Object.keys(defines), ['zod'], graph, [
    'src/shared/i18n/local-text.ts',
    'src/domain/pick-text.ts',
    'src/shared/controllers/lazy.ts',
    'src/shared/shape.ts',
  ]);
  return config;
};
