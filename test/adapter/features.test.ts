import { expect } from '@open-wc/testing';
import {
  AdapterError,
  deferredAdapter,
  featuresOf,
  withAllFeatures,
  type FamilyPortalAdapter,
} from '../../src/adapter/index.js';
import { createMemoryAdapter } from '../../src/adapter/memory/index.js';
import { createRestAdapter } from '../../src/adapter/rest/index.js';
import { features } from '../../src/domain/operations/index.js';

const memory = () => createMemoryAdapter({ storage: null, latency: 0 });

describe('adapter features', () => {
  it('knows every feature of a full adapter, and leaves it as it is', () => {
    // The REST adapter's methods are the whole operation table; the memory adapter implements every one too
    // (its calendar feed answers `feature.unavailable`: a page has no URL to give a calendar application).
    for (const adapter of [createRestAdapter({ baseUrl: 'https://commune.example/api/v1' }), memory()]) {
      expect(featuresOf(adapter)).to.deep.equal(Object.keys(features));
      expect(withAllFeatures(adapter)).to.equal(adapter);
    }
  });

  it('answers the operations of a missing feature with a clear, final error', async () => {
    const full = memory();
    const familyOnly = Object.fromEntries(
      features.family.map((name) => [name, full[name].bind(full)]),
    ) as Partial<FamilyPortalAdapter>;
    expect(featuresOf(familyOnly)).to.deep.equal(['family']);
    const adapter = withAllFeatures(familyOnly);
    expect((await adapter.getCommune()).country).to.equal('BE');
    const error = await adapter.getCamps().then(
      () => undefined,
      (reason: unknown) => reason,
    );
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).code).to.equal('feature.unavailable');
    expect((error as AdapterError).retryable).to.equal(false);
    expect(withAllFeatures(familyOnly)).to.equal(adapter, 'the same completed adapter each time');
  });

  it('defers every operation to the adapter it loads on the first call, and tries again after a failed load', async () => {
    let loads = 0;
    let fail = true;
    const adapter = deferredAdapter(async () => {
      loads += 1;
      if (fail) throw new AdapterError({ type: 'network', code: 'adapter.unavailable' });
      return memory();
    });
    expect(featuresOf(adapter)).to.deep.equal(Object.keys(features), 'every feature of the table');
    expect(loads).to.equal(0, 'nothing loaded before a call');
    const first = await adapter.getCommune().then(
      () => undefined,
      (reason: unknown) => reason as AdapterError,
    );
    expect(first?.code).to.equal('adapter.unavailable');
    fail = false;
    expect((await adapter.getSchools()).length).to.be.greaterThan(0);
    expect(loads).to.equal(2);
  });
});
