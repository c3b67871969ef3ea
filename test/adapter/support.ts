import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/index.js';

/* What the adapters' tests share. */

/** A write's options with its idempotency key. */
export const key = (name: string) => ({ idempotencyKey: name });

/** The adapter error a call failed with (the test fails if it succeeded or failed otherwise). */
export async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error, String(error)).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('expected the call to fail');
}

/** A Storage that lives as long as the test: two adapters on it behave like two page loads. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (name) => items.get(name) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (name) => void items.delete(name),
    setItem: (name, value) => void items.set(name, value),
  };
}
