import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startBackend, type Backend } from '../src/start.js';

describe('the French commune profile', () => {
  let backend: Backend;
  before(async () => {
    backend = await startBackend({
      demo: true,
      dataDir: 'memory',
      databaseUrl: null,
      profile: 'fr',
      log: () => undefined,
    });
  });
  after(() => backend.close());

  it('serves a French commune without national numbers, with its own demo families', async () => {
    const commune = (await (await backend.app.request('/api/v1/commune')).json()) as {
      country: string;
      nationalNumber: string;
    };
    assert.deepEqual([commune.country, commune.nationalNumber], ['FR', 'hidden']);
    const session = await backend.app.request('/api/v1/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ account: 'known' }),
    });
    const { token } = (await session.json()) as { token: string };
    const family = (await (
      await backend.app.request('/api/v1/family', { headers: { authorization: `Bearer ${token}` } })
    ).json()) as {
      parent: { lastName: string; nationalNumber?: string; address: { postcode: string } };
    };
    assert.equal(family.parent.lastName, 'Lefebvre');
    assert.equal(family.parent.nationalNumber, undefined);
    assert.equal(family.parent.address.postcode, '59210');
  });
});
