import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

/*
 * Every part an element loads on first use brings its words as a `messages`
 * export (LazyController); test/shared/i18n.test.ts checks those words as it
 * checks the elements' own (every key in four languages, none in two bundles)
 * for the parts it lists. This keeps that list whole.
 */

const root = new URL('../../', import.meta.url);
const elements = new URL('src/elements/', root);

/** The element files that export `messages` (a part's words), as `src/elements/<tag>/<file>.js`. */
function partsWithMessages(): string[] {
  return readdirSync(elements, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.includes('messages/'))
    .filter((file) =>
      /export const messages\b|as messages \}/.test(readFileSync(new URL(file, elements), 'utf8')),
    )
    .map((file) => `src/elements/${file.replace(/\.ts$/, '.js')}`)
    .sort();
}

describe('parts loaded on first use', () => {
  it('are each checked by the catalogue test', () => {
    const catalogueTest = readFileSync(new URL('test/shared/i18n.test.ts', root), 'utf8');
    const parts = partsWithMessages();
    assert.ok(parts.length >= 10, `found only ${parts.join(', ')}`);
    const missing = parts.filter((part) => !catalogueTest.includes(`import('../../${part}')`));
    assert.deepEqual(missing, [], 'add these parts to lazyParts in test/shared/i18n.test.ts');
  });
});
