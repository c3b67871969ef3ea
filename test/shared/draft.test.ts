import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { actionFor, DraftStore, fingerprint } from '../../src/shared/draft.js';

describe('drafts and idempotency keys', () => {
  beforeEach(() => sessionStorage.clear());

  it('keeps a draft in sessionStorage only, and ignores one of another shape', () => {
    const store = new DraftStore('fp-draft:test', z.object({ name: z.string() }));
    expect(store.load()).to.equal(undefined);
    store.save({ name: 'Lambert' });
    expect(store.load()).to.deep.equal({ name: 'Lambert' });
    expect(localStorage.getItem('fp-draft:test')).to.equal(null);
    sessionStorage.setItem('fp-draft:test', '{"name":42}');
    expect(store.load()).to.equal(undefined);
    sessionStorage.setItem('fp-draft:test', 'not json');
    expect(store.load()).to.equal(undefined);
    store.clear();
    expect(sessionStorage.getItem('fp-draft:test')).to.equal(null);
  });

  it('keeps the key while the payload is the same and makes a new one when it changes', () => {
    expect(fingerprint({ b: 1, a: { d: 2, c: 3 } })).to.equal(fingerprint({ a: { c: 3, d: 2 }, b: 1 }));
    const first = actionFor({ a: 1 }, undefined);
    expect(first.key).to.match(/^[0-9a-f]{32}$/);
    expect(actionFor({ a: 1 }, first)).to.equal(first);
    expect(actionFor({ a: 2 }, first).key).not.to.equal(first.key);
  });
});
