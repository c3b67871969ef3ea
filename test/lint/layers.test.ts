import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

/*
 * The lint rule of the layers (eslint.config.js): one-line files placed at
 * virtual paths in each layer, linted with the project's configuration. A
 * wrong import is an error of the layering rules; a right one is not.
 */

const eslint = new ESLint({ cwd: fileURLToPath(new URL('../..', import.meta.url)) });
const layering = new Set(['no-restricted-imports', 'no-restricted-syntax', 'no-restricted-globals']);

/** The layering errors of `code` as the file at `filePath` (from the project's root). */
async function layeringErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  assert.ok(result, `no lint result for ${filePath}`);
  const fatal = result.messages.find((message) => message.fatal);
  assert.equal(fatal, undefined, `${filePath}: ${fatal?.message}`);
  return result.messages
    .filter((message) => message.severity === 2 && message.ruleId && layering.has(message.ruleId))
    .map((message) => message.message);
}

/** Per layer: a file of it, the imports it must be refused, and those it may make. */
const layers: { file: string; wrong: string[]; right: string[] }[] = [
  {
    file: 'src/domain/rule.ts',
    wrong: [
      "import { html } from 'lit';",
      "import { createContext } from '@lit/context';",
      "import ky from 'ky';",
      "import { fingerprint } from '../shared/draft.js';",
      "import { AdapterError } from '../adapter/errors.js';",
      "import '../elements/family-cart/define.js';",
      "import { communes } from '../demo-data/index.js';",
      "const loaded = import('../shared/draft.js');",
      'export const title = document.title;',
      "customElements.define('x-rule', class extends HTMLElement {});",
      "export const saved = sessionStorage.getItem('x');",
    ],
    right: [
      "import * as z from 'zod/mini';",
      "import { format } from 'date-fns/format';",
      "import { childSummary } from './child.js';",
    ],
  },
  {
    file: 'src/demo-data/places.ts',
    wrong: [
      "import { seedState } from '../adapter/memory/seed.js';",
      "import { DraftStore } from '../shared/draft.js';",
      "import { html } from 'lit';",
      'export const here = window.location.href;',
    ],
    right: ["import type { Camp } from '../domain/index.js';", "import { schools } from './communes.js';"],
  },
  {
    file: 'src/adapter/memory/memory-adapter.ts',
    wrong: [
      "import { fingerprint } from '../../shared/draft.js';",
      "import { FamilyCart } from '../../elements/family-cart/define.js';",
      "import { html } from 'lit';",
      "import { createContext } from '@lit/context';",
      "const cart = import('../../elements/family-cart/define.js');",
    ],
    right: [
      "import { fingerprint } from '../../domain/index.js';",
      "import { communes } from '../../demo-data/index.js';",
      "const camps = import('../../demo-data/camps.js');",
      "import { AdapterError } from '../errors.js';",
    ],
  },
  {
    file: 'src/adapter/context.ts',
    wrong: ["import { html } from 'lit';", "import { Task } from '@lit/task';"],
    right: ["import { createContext } from '@lit/context';"],
  },
  {
    file: 'src/shared/ui/summary.ts',
    wrong: [
      "import { closingBreakdown } from '../../elements/family-cart/breakdown.js';",
      "import '../../elements/family-cart/define.js';",
    ],
    right: [
      "import { html } from 'lit';",
      "import type { FamilyPortalAdapter } from '../../adapter/index.js';",
      "import { button } from './button.js';",
    ],
  },
  {
    file: 'src/shared/form-element.ts',
    wrong: [
      "import '../elements/parent-register/define.js';",
      "import { fingerprint } from '../domain/index.js';",
    ],
    right: [
      "import { baseStyles } from './styles.js';",
      "import { AdapterError } from '../adapter/index.js';",
      "import type { FieldIssue } from '../domain/index.js';",
      "import { fingerprint } from '../domain/fingerprint.js';",
    ],
  },
  {
    file: 'src/elements/child-enrol/child-enrol.ts',
    wrong: [
      "import { FamilyCart } from '../family-cart/family-cart.js';",
      "import { familyCartStyles } from '../family-cart/family-cart.styles.js';",
      "import type { CampWeekPicker } from '../camp-week-picker/camp-week-picker.js';",
      "const cart = import('../family-cart/family-cart.js');",
    ],
    right: [
      "import '../family-cart/define.js';",
      "import type { CampWeekPicker } from '../camp-week-picker/define.js';",
      "const cart = import('../family-cart/define.js');",
      "import { breakdownStyles } from '../../shared/ui/breakdown.js';",
      "import type { FamilyPortalAdapter } from '../../adapter/index.js';",
      "import { childEnrolStyles } from './child-enrol.styles.js';",
    ],
  },
  {
    file: 'src/elements/child-enrol/screens/recap.ts',
    wrong: ["import { quantity } from '../../family-cart/family-cart.js';"],
    right: [
      "import '../../family-cart/define.js';",
      "import { childEnrolStyles } from '../child-enrol.styles.js';",
      "import { button } from '../../../shared/ui/index.js';",
    ],
  },
  {
    file: 'server/src/service.ts',
    wrong: [
      "import { trackingCode } from '../../src/adapter/memory/seed.js';",
      "import { createMemoryAdapter } from '../../src/adapter/memory/index.js';",
      "import { fingerprint } from '../../src/shared/draft.js';",
      "import '../../src/elements/family-cart/define.js';",
      "import { MemoryAdapter } from '../../src/index.js';",
      "const memory = import('../../src/adapter/memory/index.js');",
    ],
    right: [
      "import { newTrackingCode } from '../../src/domain/index.js';",
      "import { communes } from '../../src/demo-data/index.js';",
      "import { seedCamps } from '../../src/demo-data/camps.js';",
      "import { Hono } from 'hono';",
      "import { conflict } from './problem.js';",
    ],
  },
];

describe('the layers, enforced by the lint', () => {
  for (const { file, wrong, right } of layers) {
    describe(file, () => {
      for (const code of wrong) {
        it(`refuses ${code}`, async () => {
          assert.notDeepEqual(await layeringErrors(file, code), [], `${file} should refuse: ${code}`);
        });
      }
      for (const code of right) {
        it(`allows ${code}`, async () => {
          assert.deepEqual(await layeringErrors(file, code), []);
        });
      }
    });
  }
});
