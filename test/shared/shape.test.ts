import { expect } from '@open-wc/testing';
import { DraftStore } from '../../src/shared/draft.js';
import * as shape from '../../src/shared/shape.js';

describe('shapes of what an element kept', () => {
  const draft = shape.object({
    step: shape.literals(['form', 'recap']),
    form: shape.record(shape.string()),
    days: shape.array(shape.string()),
    urgent: shape.boolean(),
    pending: shape.optional(shape.object({ key: shape.string() })),
  });
  const valid = { step: 'recap', form: { lastName: 'Lambert' }, days: ['2026-07-06'], urgent: false };

  it('accepts what has the shape, with or without its optional members', () => {
    expect(draft.safeParse(valid)).to.deep.equal({ success: true, data: valid });
    const pending = { ...valid, pending: { key: 'k' } };
    expect(draft.safeParse(pending)).to.deep.equal({ success: true, data: pending });
  });

  it('refuses what has another shape', () => {
    for (const value of [
      undefined,
      null,
      [],
      'recap',
      { ...valid, step: 'done' },
      { ...valid, form: { lastName: 42 } },
      { ...valid, form: ['Lambert'] },
      { ...valid, days: [1] },
      { ...valid, urgent: 'no' },
      { ...valid, pending: { key: 1 } },
      { form: valid.form, days: valid.days, urgent: false },
    ])
      expect(draft.safeParse(value).success, JSON.stringify(value)).to.equal(false);
  });

  it('tells a filled string from an empty one', () => {
    expect(shape.filled().safeParse('pay-1').success).to.equal(true);
    for (const value of ['', undefined, 1]) expect(shape.filled().safeParse(value).success).to.equal(false);
  });

  it('checks a draft read back from sessionStorage', () => {
    sessionStorage.clear();
    const store = new DraftStore('fp-draft:shape', draft);
    store.save({ ...valid, step: 'form' });
    expect(store.load()?.step).to.equal('form');
    sessionStorage.setItem('fp-draft:shape', JSON.stringify({ ...valid, step: 'other' }));
    expect(store.load()).to.equal(undefined);
    store.clear();
  });
});
