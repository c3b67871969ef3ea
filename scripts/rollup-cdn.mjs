/**
 * Rollup plugins of the CDN build (rollup.config.mjs): the loader's entry,
 * generated from the element folders, and the output's import graph, which
 * scripts/size-report.mjs reads to price each page.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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

/**
 * Writes `file`: for each output chunk, whether it is an entry, its static and
 * dynamic imports (file names) and its source modules (relative to `root`).
 */
export function cdnGraph({ file, root }) {
  const base = fileURLToPath(root);
  return {
    name: 'cdn-graph',
    generateBundle(_options, bundle) {
      const chunks = Object.fromEntries(
        Object.values(bundle)
          .filter((output) => output.type === 'chunk')
          .map((chunk) => [
            chunk.fileName,
            {
              entry: chunk.isEntry ? chunk.name : null,
              imports: chunk.imports,
              dynamicImports: chunk.dynamicImports,
              modules: Object.keys(chunk.modules).map((id) => id.replace(base, '').replace(/^\0/, '')),
            },
          ]),
      );
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(chunks, null, 1)}\n`);
    },
  };
}
