/**
 * Rollup plugins of the CDN build (rollup.config.mjs): the loader's entry,
 * generated from the element folders, and the output's import graph, which
 * scripts/size-report.mjs reads to price each page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

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
 */
export function cdnGraph({ file, root }) {
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
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(chunks, null, 1)}\n`);
    },
  };
}
