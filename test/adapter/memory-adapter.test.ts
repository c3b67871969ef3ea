import { expect } from '@open-wc/testing';
import { AdapterError } from '../../src/adapter/index.js';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { checkParentIdentity, type ParentIdentity } from '../../src/domain/index.js';

const sophie: ParentIdentity = {
  lastName: 'Lambert',
  firstName: 'Sophie',
  nationalNumber: '85073003328',
  address: {
    street: 'Rue des Écoles',
    number: '12',
    postcode: '1435',
    city: 'Mont-Saint-Guibert',
    country: 'BE',
  },
  phone: '+32496444111',
  email: 'sophie.lambert@example.be',
};

const key = (name: string) => ({ idempotencyKey: name });
const fixedNow = () => new Date('2026-11-23T08:30:00.000Z');

async function rejection(promise: Promise<unknown>): Promise<AdapterError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(AdapterError);
    return error as AdapterError;
  }
  throw new Error('expected the call to fail');
}

/** A Storage that lives as long as the test: two adapters on it behave like two page loads. */
function memoryStorage(): Storage {
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

describe('memory adapter', () => {
  it('serves valid, stable demo data for a Belgian and a French commune', async () => {
    for (const profile of ['be', 'fr'] as const) {
      for (const family of ['new', 'known', 'separated', 'empty'] as const) {
        const adapter = createMemoryAdapter({ profile, family, storage: null });
        const [commune, snapshot] = [await adapter.getCommune(), await adapter.getFamily()];
        expect(commune.country).to.equal(profile === 'be' ? 'BE' : 'FR');
        expect(snapshot.account.email, `${profile}/${family}`).to.match(/@example\./);
        if (snapshot.parent)
          expect(checkParentIdentity(snapshot.parent, commune), `${profile}/${family}`).to.deep.equal([]);
        expect(await createMemoryAdapter({ profile, family, storage: null }).getFamily()).to.deep.equal(
          snapshot,
        );
      }
    }
    const known = await createMemoryAdapter({ family: 'known', storage: null }).getFamily();
    expect(known.children.map((child) => child.healthForm)).to.deep.equal(['complete', 'to-update']);
    const refused = known.requests.find((request) => request.status === 'refused');
    expect(refused?.history.at(-1)?.message).to.include('preuve de domicile');
    expect(
      (await createMemoryAdapter({ family: 'empty', storage: null }).getFamily()).children,
    ).to.deep.equal([]);
    expect(
      (await createMemoryAdapter({ family: 'separated', storage: null }).getFamily()).coParents[0]
        ?.sameAddress,
    ).to.equal(false);
    expect(
      (await createMemoryAdapter({ accountEmail: null, storage: null }).getFamily()).account.email,
    ).to.equal(undefined);
  });

  it('registers a parent: numbered receipt, two-step history, the parent is then known', async () => {
    const adapter = createMemoryAdapter({ storage: null, now: fixedNow });
    const receipt = await adapter.registerParent(sophie, key('a'));
    expect(receipt).to.deep.include({ number: '26-1', kind: 'parent-registration', status: 'accepted' });
    expect(receipt.trackingCode).to.match(/^[A-Z]{8}$/);
    expect(receipt.history.map((entry) => entry.status)).to.deep.equal([
      'registration-received',
      'registered',
    ]);
    const family = await adapter.getFamily();
    expect(family.parent).to.deep.include({ lastName: 'Lambert', nationalNumber: '85073003328' });
    expect(await adapter.getRequest(receipt.id)).to.deep.equal(receipt);
    expect((await rejection(adapter.registerParent(sophie, key('b')))).code).to.equal(
      'parent.already-registered',
    );
    expect((await rejection(adapter.getRequest('nope'))).type).to.equal('not-found');
  });

  it('answers a repeated idempotency key with the first answer, and refuses it for another payload', async () => {
    const adapter = createMemoryAdapter({ storage: null });
    const first = await adapter.registerParent(sophie, key('same'));
    expect(await adapter.registerParent(sophie, key('same'))).to.deep.equal(first);
    expect((await adapter.getFamily()).requests).to.have.length(1);
    const mismatch = await rejection(adapter.registerParent({ ...sophie, firstName: 'Lise' }, key('same')));
    expect(mismatch).to.deep.include({ type: 'conflict', code: 'idempotency.mismatch', retryable: false });
  });

  it('checks what it receives like a real server, field by field', async () => {
    const adapter = createMemoryAdapter({ storage: null });
    const bad = await rejection(
      adapter.registerParent(
        { ...sophie, nationalNumber: '85073003329', email: 'someone@else.be' },
        key('x'),
      ),
    );
    expect(bad.type).to.equal('validation');
    expect(bad.fieldIssues).to.deep.equal([
      { field: 'nationalNumber', code: 'national-number.checksum' },
      { field: 'email', code: 'email.mismatch' },
    ]);
    expect((await adapter.getFamily()).requests, 'nothing recorded').to.have.length(0);
    const french = createMemoryAdapter({ profile: 'fr', storage: null });
    const issues = (await rejection(french.registerParent(sophie, key('y')))).fieldIssues;
    expect(issues.map((issue) => issue.field)).to.include('address.postcode');
  });

  it('fails on demand, then works on retry', async () => {
    const adapter = createMemoryAdapter({ storage: null });
    adapter.failNext('network', { operation: 'read' });
    expect((await rejection(adapter.getFamily())).type).to.equal('network');
    expect((await adapter.getFamily()).parent).to.equal(null);

    adapter.failNext('server', { operation: 'write', times: 2 });
    await adapter.getCommune();
    const server = await rejection(adapter.registerParent(sophie, key('k')));
    expect(server).to.deep.include({ type: 'server', retryable: true });
    expect(server.requestId).to.match(/^mem-/);
    await rejection(adapter.registerParent(sophie, key('k')));
    adapter.failNext('validation', {
      operation: 'write',
      fieldIssues: [{ field: 'phone', code: 'phone.format' }],
    });
    expect((await rejection(adapter.registerParent(sophie, key('k')))).fieldIssues).to.deep.equal([
      { field: 'phone', code: 'phone.format' },
    ]);
    expect((await adapter.registerParent(sophie, key('k'))).status).to.equal('accepted');
  });

  it('records a request whose answer was lost only once when it is retried', async () => {
    const adapter = createMemoryAdapter({
      storage: null,
      failures: [{ kind: 'network', operation: 'write', afterCommit: true }],
    });
    await rejection(adapter.registerParent(sophie, key('lost')));
    const retried = await adapter.registerParent(sophie, key('lost'));
    const family = await adapter.getFamily();
    expect(family.requests.map((request) => request.id)).to.deep.equal([retried.id]);
  });

  it('waits its latency and gives up when the caller aborts', async () => {
    const adapter = createMemoryAdapter({ storage: null, latency: 200 });
    const controller = new AbortController();
    const pending = adapter.getFamily({ signal: controller.signal });
    controller.abort();
    try {
      await pending;
      throw new Error('expected an abort');
    } catch (error) {
      expect((error as DOMException).name).to.equal('AbortError');
    }
  });

  it('keeps its state across a reload, until reset', async () => {
    const storage = memoryStorage();
    const before = createMemoryAdapter({ storage });
    await before.registerParent(sophie, key('r'));
    const reloaded = createMemoryAdapter({ storage });
    expect((await reloaded.getFamily()).parent?.lastName).to.equal('Lambert');
    expect(await createMemoryAdapter({ storage, family: 'known' }).getFamily()).to.have.nested.property(
      'parent.lastName',
      'Dubois',
    );
    reloaded.reset();
    expect((await createMemoryAdapter({ storage }).getFamily()).parent).to.equal(null);
  });

  describe('change requests (the service accepts or refuses)', () => {
    let adapter: MemoryAdapter;
    beforeEach(() => {
      adapter = createMemoryAdapter({ family: 'known', storage: null });
    });

    it('records a pending change with what changes, and applies it once accepted', async () => {
      const { parent } = await adapter.getFamily();
      const identity = { ...parent!, phone: '+32471223344' };
      const receipt = await adapter.requestParentChange({ identity, comment: 'Nouveau GSM' }, key('c'));
      expect(receipt.status).to.equal('pending');
      expect(receipt.changes).to.deep.equal([{ field: 'phone', from: '0475 12 34 56', to: '0471 22 33 44' }]);
      expect(receipt.history[0]).to.deep.include({ status: 'change-received', message: 'Nouveau GSM' });
      expect((await adapter.getFamily()).parent?.phone, 'unchanged while pending').to.equal('+32475123456');
      expect((await rejection(adapter.requestParentChange({ identity }, key('d')))).code).to.equal(
        'change.pending',
      );

      const decided = adapter.decide(receipt.id, 'accepted');
      expect(decided.history.at(-1)).to.deep.include({
        status: 'change-accepted',
        author: 'Service Accueil Extrascolaire',
      });
      expect((await adapter.getFamily()).parent?.phone).to.equal('+32471223344');
      expect(() => adapter.decide(receipt.id, 'refused')).to.throw(AdapterError);
    });

    it('keeps the old details when refused, with the service’s reason', async () => {
      const { parent } = await adapter.getFamily();
      const receipt = await adapter.requestParentChange(
        { identity: { ...parent!, lastName: 'Durand' } },
        key('e'),
      );
      const refused = adapter.decide(receipt.id, 'refused', 'Joignez une copie de l’acte.');
      expect(refused.status).to.equal('refused');
      expect(refused.history.at(-1)).to.deep.include({
        status: 'change-refused',
        message: 'Joignez une copie de l’acte.',
      });
      expect((await adapter.getFamily()).parent?.lastName).to.equal('Dubois');
    });

    it('refuses a change from someone not registered', async () => {
      const fresh = createMemoryAdapter({ storage: null });
      expect((await rejection(fresh.requestParentChange({ identity: sophie }, key('f')))).code).to.equal(
        'parent.not-registered',
      );
    });
  });

  it('can hold registrations for review by the service', async () => {
    const adapter = createMemoryAdapter({ storage: null, registration: 'review' });
    const receipt = await adapter.registerParent(sophie, key('v'));
    expect(receipt.status).to.equal('pending');
    expect((await adapter.getFamily()).parent).to.equal(null);
    expect((await rejection(adapter.registerParent(sophie, key('w')))).code).to.equal('registration.pending');
    adapter.decide(receipt.id, 'accepted');
    const family = await adapter.getFamily();
    expect(family.parent?.lastName).to.equal('Lambert');
    expect(family.requests[0]?.history.map((entry) => entry.status)).to.deep.equal([
      'registration-received',
      'registered',
    ]);
  });
});
