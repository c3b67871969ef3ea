import { ContextRoot } from '@lit/context';

const key = Symbol.for('family-portal.context-root');
type WithRoot = typeof globalThis & { [key]?: ContextRoot };

/**
 * Makes sure an element that asks `<family-portal>` for its adapter gets it
 * even when it was upgraded first (scripts load in any order on a CMS page):
 * the root keeps unanswered requests and replays them when a provider appears.
 * One root per page, shared by every bundle of the library on it.
 */
export function ensureContextRoot(): void {
  const scope = globalThis as WithRoot;
  if (scope[key] || typeof document === 'undefined') return;
  const root = new ContextRoot();
  root.attach(document.documentElement);
  scope[key] = root;
}
