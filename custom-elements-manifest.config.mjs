/**
 * `npm run analyze`: the public API of every element, from its class JSDoc,
 * into custom-elements.json (committed; `npm test` fails when it drifts).
 */

/**
 * The analyzer also guesses events from `dispatchEvent(new X())` calls and
 * gets their names wrong for Event subclasses; the `@fires` tags are the API.
 */
const documentedEventsOnly = {
  name: 'documented-events-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.events) continue;
        declaration.events = declaration.events.filter((event) => event.name && event.description);
      }
    }
  },
};

/** Private and protected members are implementation details: the manifest is the public API. */
const publicMembersOnly = {
  name: 'public-members-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (!declaration.members) continue;
        declaration.members = declaration.members.filter(
          (member) => member.privacy !== 'private' && member.privacy !== 'protected',
        );
      }
    }
  },
};

/**
 * Modules in path order: the analyzer lists them in the order the file system
 * gives, which differs between machines (a fresh clone), and the committed
 * manifest must not drift with it.
 */
const modulesInPathOrder = {
  name: 'modules-in-path-order',
  packageLinkPhase({ customElementsManifest }) {
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

export default {
  globs: [
    'src/elements/**/*.ts',
    'src/shared/base-element.ts',
    'src/shared/form-element.ts',
    'src/shared/page-element.ts',
    'src/shared/form-control.ts',
    'src/shared/events.ts',
  ],
  exclude: ['src/elements/**/*.styles.ts', 'src/elements/*/cdn.ts', 'src/elements/**/messages/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [documentedEventsOnly, publicMembersOnly, modulesInPathOrder],
};
