/**
 * Rollup plugins of the CDN build (rollup.config.mjs): the loader's entry,
 * generated from the element folders, and the output's import graph, which
 * scripts/size-report.mjs reads to price each page; and the grouping of the
 * chunks pages load at once (pageGroups).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const loaderId = 'virtual:cdn-loader';

/**
 * `all.js`: `src/loader.ts` given one `define` per element folder, each a
 * dynamic import of that element's entry, which rollup links to its CDN file.
 */
export function cdnLoader({ loader, defines }) {
  return {
    name: 'cdn-loader',
    resolveId: (id) => (id === loaderId ? `\0${loaderId}` : null),
    load(id) {
      if (id !== `\0${loaderId}`) return null;
      const definitions = Object.entries(defines)
        .map(([tag, file]) => `  ${JSON.stringify(tag)}: () => import(${JSON.stringify(file)}),`)
        .join('\n');
      return `import { autoload } from ${JSON.stringify(loader)};\nautoload({\n${definitions}\n});\n`;
    },
  };
}
cdnLoader.entry = loaderId;

/** A French catalogue module: `fr.ts` (or `fr-<set>.ts`) beside the other languages. */
const isFrench = (id) => /^fr([.-][\w-]+)?\.[jt]s$/.test(basename(id));

/**
 * Writes `file`: for each output chunk, whether it is an entry, its static and
 * dynamic imports (file names) and its source modules (relative to `root`);
 * for an element's entry, `messages`: the chunks of the French messages it
 * loads with its first render, those of its `messages/index.ts` (its
 * `static messages`) and of the shared message folders that module imports.
 * A screen's messages given to `LocalizeController.use` later are not among them.
 * `read`: given the graph too (the first build reads it, writing no file).
 */
export function cdnGraph({ file, root, read }) {
  const base = fileURLToPath(root);
  return {
    name: 'cdn-graph',
    generateBundle(_options, bundle) {
      const outputs = Object.values(bundle).filter((output) => output.type === 'chunk');
      const chunkOf = new Map(
        outputs.flatMap((chunk) => Object.keys(chunk.modules).map((id) => [id, chunk.fileName])),
      );
      const frenchOf = (id) =>
        (this.getModuleInfo(id)?.dynamicallyImportedIds ?? []).filter(isFrench).map((fr) => chunkOf.get(fr));
      const messagesOf = (tag) => {
        const index = `${base}src/elements/${tag}/messages/index.ts`;
        const bundles = [index, ...(this.getModuleInfo(index)?.importedIds ?? [])];
        return [...new Set(bundles.flatMap(frenchOf))].filter(Boolean);
      };
      const chunks = Object.fromEntries(
        outputs.map((chunk) => [
          chunk.fileName,
          {
            entry: chunk.isEntry ? chunk.name : null,
            imports: chunk.imports,
            dynamicImports: chunk.dynamicImports,
            ...(chunk.isEntry ? { messages: messagesOf(chunk.name) } : {}),
            modules: Object.keys(chunk.modules).map((id) => id.replace(base, '').replace(/^\0/, '')),
          },
        ]),
      );
      read?.(chunks);
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(chunks, null, 1)}\n`);
    },
  };
}

/**
 * Which chunk each module goes in, from a first build chunked by rollup alone
 * (`output`: its chunks, after tree-shaking): code that element pages load at
 * once travels in one file per set of pages loading it, with that element's
 * entry when the set is the entry's own. Rollup alone also splits by the
 * on-demand chunks using a module (a language, the demo backend), which makes
 * tiny files that the same pages download; each file costs its own gzip header
 * and starts with a cold dictionary. A page still downloads no code that only
 * other elements use. Chunks no page loads at once stay as rollup made them
 * (every module is named, since rollup puts a module's unnamed imports in its
 * manual chunk); the loader and the chunks named in `own` (zod) too. Lit's
 * core, every page's, joins the group of every page: our core. A page loads
 * at once what its elements' French messages import (`graph`: cdnGraph's). The modules of `everyPage` join the
 * core when rollup gave them a chunk of their own.
 */
export function pageGroups(output, tags, own, graph, everyPage = []) {
  const chunks = new Map(
    output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]),
  );
  const pages = new Map();
  for (const chunk of chunks.values()) {
    if (!chunk.isEntry || !tags.includes(chunk.name)) continue;
    const visit = (file) => {
      const on = pages.get(file) ?? new Set();
      if (on.has(chunk.name)) return;
      pages.set(file, on.add(chunk.name));
      chunks.get(file).imports.forEach(visit);
    };
    visit(chunk.fileName);
    // What its French messages import (the status labels of the history's), not the messages themselves:
    // they stay apart, so that a page in another language does not download them.
    for (const messages of graph[chunk.fileName]?.messages ?? []) chunks.get(messages).imports.forEach(visit);
  }
  // Small modules most pages load (a commune's text in the parent's language) join the core: a file of their own
  // would cost its pages more (its gzip header, a cold dictionary) than the few pages without them save.
  const allPages = new Set(tags);
  for (const [file, chunk] of chunks)
    if (
      pages.has(file) &&
      Object.keys(chunk.modules).every((id) => everyPage.some((path) => id.endsWith(path)))
    )
      pages.set(file, allPages);
  // Which pages load each on-demand chunk (through their dynamic imports, at any depth).
  const lazyPages = new Map();
  for (let changed = true; changed;) {
    changed = false;
    for (const [file, chunk] of chunks) {
      const from = pages.get(file) ?? lazyPages.get(file) ?? new Set();
      for (const target of [...chunk.dynamicImports, ...(pages.has(file) ? [] : chunk.imports)]) {
        if (pages.has(target)) continue;
        const on = lazyPages.get(target) ?? new Set();
        const size = on.size;
        from.forEach((page) => on.add(page));
        lazyPages.set(target, on);
        changed ||= on.size > size;
      }
    }
  }
  // A chunk that another element's on-demand chunk imports stays apart from the entry it would join: a
  // screen one element loads later must not download (and define) another element.
  const sharedLater = (file) =>
    [...chunks.values()].some(
      (other) =>
        other.imports.includes(file) &&
        [...(lazyPages.get(other.fileName) ?? [])].some((page) => !pages.get(file).has(page)),
    );
  const pagesKey = (file) => [...pages.get(file)].sort().join(' ');
  const entryKeys = new Set([...pages.keys()].filter((file) => chunks.get(file).isEntry).map(pagesKey));
  const keyOf = (file) =>
    !chunks.get(file).isEntry && entryKeys.has(pagesKey(file)) && sharedLater(file)
      ? `${pagesKey(file)} +later`
      : pagesKey(file);
  const groups = new Map();
  for (const [file, chunk] of chunks) {
    if (!pages.has(file) || own.includes(chunk.name)) continue;
    const group = groups.get(keyOf(file)) ?? [];
    groups.set(keyOf(file), [...group, chunk]);
  }
  const aliases = new Set();
  const assigned = new Map();
  const assign = (members, lead) => {
    let alias = lead.name;
    for (let n = 2; aliases.has(alias); n += 1) alias = `${lead.name}${n}`;
    aliases.add(alias);
    for (const chunk of members) for (const id of Object.keys(chunk.modules)) assigned.set(id, alias);
  };
  // Named after its entry, else after its largest part (as rollup would have named that one).
  for (const members of groups.values())
    assign(
      members,
      members.find((chunk) => chunk.isEntry) ?? members.toSorted((a, b) => b.code.length - a.code.length)[0],
    );
  for (const [file, chunk] of chunks)
    if (!pages.has(file) && !chunk.isEntry && !own.includes(chunk.name)) assign([chunk], chunk);
  return assigned;
}

/**
 * Terser over each output chunk, after esbuild's per-module minification:
 * with the whole chunk in view it inlines and drops more (about 2 % of every
 * page, gzip). Two passes; nothing unsafe, so behaviour is the source's.
 */
export function terserChunks() {
  return {
    name: 'terser-chunks',
    async renderChunk(code, chunk, options) {
      const result = await minify(code, {
        module: true,
        ecma: 2022,
        compress: { passes: 2 },
        format: { comments: false },
        sourceMap: options.sourcemap ? { asObject: true } : false,
      });
      return { code: result.code ?? code, map: result.map ?? null };
    },
  };
}
