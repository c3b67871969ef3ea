import { features } from '../domain/operations/features.js';
import type { Feature } from '../domain/operations/operation.js';
import type { FamilyPortalAdapter } from './adapter.js';
import { AdapterError } from './errors.js';

type Method = (...args: unknown[]) => Promise<unknown>;
const names = Object.values(features).flat();

/**
 * An adapter whose methods wait for the real one (`load`, e.g. a dynamic
 * import): pages that never call it never download it. If loading fails, the
 * call fails with what `load` rejected with, and the next call tries again.
 */
export function deferredAdapter(load: () => Promise<FamilyPortalAdapter>): FamilyPortalAdapter {
  return Object.fromEntries(
    names.map((name) => [
      name,
      async (...args: unknown[]) => ((await load()) as unknown as Record<string, Method>)[name]!(...args),
    ]),
  ) as unknown as FamilyPortalAdapter;
}

/** The features whose every operation an adapter implements. */
export function featuresOf(adapter: object): Feature[] {
  const methods = adapter as Record<string, unknown>;
  return (Object.keys(features) as Feature[]).filter((feature) =>
    features[feature].every((name) => typeof methods[name] === 'function'),
  );
}

const completed = new WeakMap<object, FamilyPortalAdapter>();

/**
 * A backend may offer some features only (a commune without camps): the
 * operations it lacks reject with a `not-found` AdapterError coded
 * `feature.unavailable`, which elements show as such, instead of a TypeError.
 */
export function withAllFeatures(adapter: Partial<FamilyPortalAdapter>): FamilyPortalAdapter {
  if (featuresOf(adapter).length === Object.keys(features).length) return adapter as FamilyPortalAdapter;
  let complete = completed.get(adapter);
  if (!complete) {
    const methods = adapter as Record<string, unknown>;
    complete = Object.fromEntries(
      names.map((name) => [
        name,
        typeof methods[name] === 'function'
          ? (methods[name] as Method).bind(adapter)
          : () =>
              Promise.reject(
                new AdapterError({ type: 'not-found', code: 'feature.unavailable', retryable: false }),
              ),
      ]),
    ) as unknown as FamilyPortalAdapter;
    completed.set(adapter, complete);
  }
  return complete;
}
