import { expect } from '@open-wc/testing';
import { createMemoryAdapter, type MemoryAdapter } from '../../src/adapter/memory/index.js';
import { checkParentIdentity, type ParentIdentity, type PaymentReturn } from '../../src/domain/index.js';
import { sophie } from '../fixtures.js';
import { key, rejection, memoryStorage } from './support.js';

const fixedNow = () => new Date('2026-11-23T08:30:00.000Z');

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
    expect(receipt).to.deep.include({
      number: '26-1',
      kind: 'parent-registration',
      status: 'accepted',
      submittedAt: '2026-11-23T08:30:00.000Z',
    });
    expect(receipt.trackingCode).to.match(/^[A-Z]{8}$/);
    const at = '2026-11-23T08:30:00.000Z';
    expect(receipt.history).to.deep.equal([
      { status: 'registration-received', label: 'Nouvelle demande d’enregistrement', at },
      { status: 'registered', label: 'Vous êtes bien enregistré', at },
    ]);
    const family = await adapter.getFamily();
    expect(family.parent).to.deep.include({ lastName: 'Lambert', nationalNumber: '85073003328' });
    expect(await adapter.getRequest(receipt.id)).to.deep.equal(receipt);
    expect((await rejection(adapter.registerParent(sophie, key('b')))).code).to.equal(
      'parent.already-registered',
    );
    expect(await rejection(adapter.getRequest('nope'))).to.deep.include({
      type: 'not-found',
      code: 'request.not-found',
    });
  });

  it('numbers requests per commune and year, with stable tracking codes', async () => {
    const first = await createMemoryAdapter({ storage: null, now: fixedNow }).registerParent(
      sophie,
      key('n'),
    );
    const again = await createMemoryAdapter({ storage: null, now: fixedNow }).registerParent(
      sophie,
      key('n'),
    );
    expect(again, 'the same demo gives the same receipt').to.deep.equal(first);
    const known = createMemoryAdapter({ family: 'known', storage: null, now: fixedNow });
    const { parent, requests } = await known.getFamily();
    expect(requests.map((request) => request.number)).to.deep.equal(['25-3', '25-7', '25-9']);
    const change = await known.requestParentChange(
      { identity: { ...parent!, address: { ...parent!.address, box: '4' } } },
      key('m'),
    );
    expect(change).to.deep.include({ id: 'req-26-12', number: '26-12' });
    expect(change.trackingCode).to.match(/^[A-Z]{8}$/);
    expect(new Set([...requests, change].map((request) => request.trackingCode)).size).to.equal(4);
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
    const noNumber = await rejection(
      adapter.registerParent({ ...sophie, nationalNumber: undefined }, key('z')),
    );
    expect(noNumber.fieldIssues).to.deep.equal([{ field: 'nationalNumber', code: 'required' }]);
    const shouting = await adapter.registerParent(
      { ...sophie, email: 'Sophie.Lambert@Example.BE' },
      key('u'),
    );
    expect(shouting.status, 'e-mails compare without case').to.equal('accepted');
  });

  it('answers malformed input with field issues, never a crash', async () => {
    const adapter = createMemoryAdapter({ storage: null });
    const nothing = await rejection(adapter.registerParent(null as unknown as ParentIdentity, key('m1')));
    expect(nothing).to.deep.include({ type: 'validation', code: 'validation.failed' });
    expect(nothing.fieldIssues).to.have.length.above(0);
    const known = createMemoryAdapter({ family: 'known', storage: null });
    const empty = await rejection(known.requestParentChange({} as never, key('m2')));
    expect(empty.type).to.equal('validation');
    const { parent } = await known.getFamily();
    const comment = await rejection(
      known.requestParentChange({ identity: parent!, comment: 'x'.repeat(1001) }, key('m3')),
    );
    expect(comment.fieldIssues).to.deep.equal([{ field: 'comment', code: 'too-long' }]);
  });

  it('stores what it receives in its wire form', async () => {
    const adapter = createMemoryAdapter({ storage: null });
    await adapter.registerParent(
      { ...sophie, lastName: '  Lambert ', extra: 'dropped' } as ParentIdentity,
      key('t'),
    );
    const { parent } = await adapter.getFamily();
    expect(parent?.lastName).to.equal('Lambert');
    expect(parent).to.not.have.property('extra');
  });

  it('keeps the account as the session gives it when the parent typed their e-mail', async () => {
    const adapter = createMemoryAdapter({ accountEmail: null, storage: null });
    const typed = { ...sophie, email: 'sophie@autre.example' };
    await adapter.registerParent(typed, key('a1'));
    const family = await adapter.getFamily();
    expect(family.account).to.deep.equal({});
    expect(family.parent?.email).to.equal('sophie@autre.example');
    const change = await adapter.requestParentChange({ identity: sophie }, key('a2'));
    expect(change.changes).to.deep.equal([
      { field: 'email', from: 'sophie@autre.example', to: 'sophie.lambert@example.be' },
    ]);
    const other = createMemoryAdapter({ accountEmail: 'other@example.be', storage: null });
    expect((await other.getFamily()).account.email).to.equal('other@example.be');
    expect((await rejection(other.registerParent(sophie, key('a3')))).fieldIssues).to.deep.equal([
      { field: 'email', code: 'email.mismatch' },
    ]);
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
    expect((await adapter.getFamily()).requests).to.have.length(1);
  });

  it('gives each injected failure its wire shape', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null });
    adapter.failNext('network');
    expect(await rejection(adapter.getCommune())).to.deep.include({
      type: 'network',
      code: 'network.unreachable',
      retryable: true,
    });
    adapter.failNext('timeout', { operation: 'read' });
    expect(await rejection(adapter.getRequest('req-25-3'))).to.deep.include({
      type: 'timeout',
      retryable: true,
    });
    adapter.failNext('validation');
    const validation = await rejection(adapter.getFamily());
    expect(validation).to.deep.include({ type: 'validation', code: 'validation.failed', retryable: false });
    expect(validation.fieldIssues).to.deep.equal([{ field: 'address.postcode', code: 'postcode.format' }]);
    adapter.failNext('server', { operation: 'write' });
    expect((await adapter.getFamily()).parent, 'a write failure leaves reads alone').to.not.equal(null);
    const server = await rejection(adapter.requestParentChange({ identity: sophie }, key('s')));
    expect(server).to.deep.include({ type: 'server', code: 'server.error' });
    expect(server.requestId).to.match(/^mem-\d+$/);
    expect((await adapter.getFamily()).requests, 'nothing recorded').to.have.length(3);
    const started = createMemoryAdapter({
      storage: null,
      failures: [{ kind: 'server', operation: 'read', times: 2 }],
    });
    await rejection(started.getCommune());
    await rejection(started.getCommune());
    expect((await started.getCommune()).id).to.equal('mont-saint-guibert');
  });

  it('records a request whose answer was lost only once when it is retried', async () => {
    const adapter = createMemoryAdapter({
      storage: null,
      failures: [{ kind: 'network', operation: 'write', afterCommit: true }],
    });
    expect((await rejection(adapter.registerParent(sophie, key('lost')))).type).to.equal('network');
    const family = await adapter.getFamily();
    expect(family.parent?.lastName, 'recorded although the answer was lost').to.equal('Lambert');
    const retried = await adapter.registerParent(sophie, key('lost'));
    expect(family.requests).to.deep.equal([retried]);
    expect(await adapter.registerParent(sophie, key('lost'))).to.deep.equal(retried);
    expect((await adapter.getFamily()).requests).to.have.length(1);
    const another = await rejection(adapter.registerParent(sophie, key('new key')));
    expect(another.code, 'a new key is a new request').to.equal('parent.already-registered');
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
    const aborted = new AbortController();
    aborted.abort();
    const early = await adapter.getCommune({ signal: aborted.signal }).catch((error: unknown) => error);
    expect((early as DOMException).name).to.equal('AbortError');
  });

  it('does not write when the caller aborts during the write latency', async () => {
    const adapter = createMemoryAdapter({ storage: null, writeLatency: 200 });
    const started = performance.now();
    await adapter.getFamily();
    expect(performance.now() - started, 'reads keep the read latency').to.be.below(150);
    const controller = new AbortController();
    const pending = adapter.registerParent(sophie, { idempotencyKey: 'ab', signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = await pending.catch((caught: unknown) => caught);
    expect((error as DOMException).name).to.equal('AbortError');
    expect((await adapter.getFamily()).parent).to.equal(null);
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
    expect((await reloaded.getFamily()).parent).to.equal(null);
    expect((await createMemoryAdapter({ storage }).getFamily()).parent).to.equal(null);
  });

  it('replays an idempotency key after a reload', async () => {
    const storage = memoryStorage();
    const first = await createMemoryAdapter({ storage }).registerParent(sophie, key('kept'));
    expect(await createMemoryAdapter({ storage }).registerParent(sophie, key('kept'))).to.deep.equal(first);
  });

  it('starts from the seed when what it stored is unreadable', async () => {
    const storage = memoryStorage();
    storage.setItem('fp-memory:be:known', '{"family":{"parent":42}}');
    storage.setItem('fp-memory:be:new', 'not json');
    expect((await createMemoryAdapter({ storage, family: 'known' }).getFamily()).parent?.lastName).to.equal(
      'Dubois',
    );
    expect((await createMemoryAdapter({ storage }).getFamily()).parent).to.equal(null);
  });

  it('keeps its state in sessionStorage by default, under its own key', async () => {
    const storageKey = `fp-memory-test:${Math.random()}`;
    try {
      await createMemoryAdapter({ storageKey }).registerParent(sophie, key('ss'));
      expect(sessionStorage.getItem(storageKey)).to.be.a('string');
      expect((await createMemoryAdapter({ storageKey }).getFamily()).parent?.firstName).to.equal('Sophie');
      createMemoryAdapter({ storageKey }).reset();
      expect(sessionStorage.getItem(storageKey)).to.equal(null);
    } finally {
      sessionStorage.removeItem(storageKey);
    }
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

      const decided = await adapter.decide(receipt.id, 'accepted');
      expect(decided.history.at(-1)).to.deep.include({
        status: 'change-accepted',
        author: 'Service Accueil Extrascolaire',
      });
      const { parent: changed } = await adapter.getFamily();
      expect(changed).to.deep.equal({ ...parent, phone: '+32471223344' });
      expect((await adapter.getRequest(receipt.id)).status).to.equal('accepted');
      expect(await rejection(adapter.decide(receipt.id, 'refused'))).to.deep.include({
        type: 'conflict',
        code: 'request.not-pending',
      });
      expect((await rejection(adapter.decide('req-0', 'accepted'))).type).to.equal('not-found');
    });

    it('refuses a change that changes nothing and says nothing', async () => {
      const { parent } = await adapter.getFamily();
      const none = await rejection(adapter.requestParentChange({ identity: parent! }, key('n1')));
      expect(none.fieldIssues).to.deep.equal([{ field: 'comment', code: 'change.none' }]);
      const said = await adapter.requestParentChange(
        { identity: parent!, comment: 'Nous avons déménagé le 1er mars.' },
        key('n2'),
      );
      expect(said.changes).to.deep.equal([]);
      const second = await rejection(
        adapter.requestParentChange({ identity: { ...parent!, email: 'new@example.be' } }, key('n3')),
      );
      expect(second.code, 'one change at a time').to.equal('change.pending');
    });

    it('keeps the old details when refused, with the service’s reason', async () => {
      const { parent } = await adapter.getFamily();
      const receipt = await adapter.requestParentChange(
        { identity: { ...parent!, lastName: 'Durand' } },
        key('e'),
      );
      const refused = await adapter.decide(receipt.id, 'refused', 'Joignez une copie de l’acte.');
      expect(refused.status).to.equal('refused');
      expect(refused.history.at(-1)).to.deep.include({
        status: 'change-refused',
        label: 'Modification refusée',
        author: 'Service Accueil Extrascolaire',
        message: 'Joignez une copie de l’acte.',
      });
      expect(refused.changes).to.deep.equal([{ field: 'lastName', from: 'Dubois', to: 'Durand' }]);
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
    await adapter.decide(receipt.id, 'accepted');
    const family = await adapter.getFamily();
    expect(family.parent?.lastName).to.equal('Lambert');
    expect(family.requests[0]?.history.map((entry) => entry.status)).to.deep.equal([
      'registration-received',
      'registered',
    ]);
    expect(family.requests[0]?.history.at(-1)?.author).to.equal('Service Accueil Extrascolaire');
  });

  it('lets the service refuse a registration, and the parent try again', async () => {
    const adapter = createMemoryAdapter({
      profile: 'fr',
      storage: null,
      registration: 'review',
      now: fixedNow,
    });
    const camille: ParentIdentity = {
      lastName: 'Martin',
      firstName: 'Camille',
      address: {
        street: 'Rue de la République',
        number: '8',
        postcode: '59210',
        city: 'Coudekerque-Branche',
        country: 'FR',
      },
      phone: '+33612345678',
      email: 'camille.martin@example.fr',
    };
    const first = await adapter.registerParent(camille, key('fr1'));
    const refused = await adapter.decide(first.id, 'refused', 'Merci de passer au Guichet Unique.');
    expect(refused.status).to.equal('refused');
    expect(refused.history.at(-1)).to.deep.include({
      status: 'registration-refused',
      author: 'Guichet Unique',
      message: 'Merci de passer au Guichet Unique.',
    });
    expect((await adapter.getFamily()).parent).to.equal(null);
    const second = await adapter.registerParent(camille, key('fr2'));
    expect(second.number).to.equal('26-2');
    await adapter.decide(second.id, 'accepted');
    const family = await adapter.getFamily();
    expect(family.parent).to.deep.include({ lastName: 'Martin' });
    expect(family.parent).to.not.have.property('nationalNumber');
    expect(family.requests.map((request) => request.status)).to.deep.equal(['refused', 'accepted']);
  });

  it('releases an unpaid cart after its deadline, as the server does', async () => {
    let now = fixedNow();
    const adapter = createMemoryAdapter({ family: 'known', storage: null, now: () => now });
    const summer = (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;
    const day = summer.weeks[2]!.days.find((candidate) => candidate.open)!.date;
    const enrolment = await adapter.enrolInCamp(
      { campId: summer.id, childId: 'chi-1', days: [{ date: day }] },
      key('enrol'),
    );
    const left = async () =>
      (await adapter.getCampAvailability(summer.id, 'chi-1')).days.find((d) => d.date === day)!.left;
    const before = await left();
    const [article] = (await adapter.closeRequests(key('close'))).articles;

    now = new Date(Date.parse(article!.dueAt) - 1000);
    expect((await adapter.getCart()).articles).to.have.length(1);

    now = new Date(Date.parse(article!.dueAt) + 1000);
    const late = await rejection(adapter.startPayment(article!.id, '/panier', key('pay-late')));
    expect([late.type, late.code]).to.deep.equal(['conflict', 'article.expired']);
    expect((await adapter.getCart()).articles).to.deep.equal([]);
    const request = await adapter.getRequest(enrolment.receipt.id);
    expect(request.status).to.equal('cancelled');
    expect(request.history.at(-1)?.status).to.equal('camp-expired');
    expect(await left()).to.equal(before + 1);
  });

  it('shows the demo’s Tom (7–9 ans) the summer’s busy week, and Léa (10–12 ans) every place', async () => {
    const adapter = createMemoryAdapter({ family: 'known', storage: null, now: fixedNow });
    const summer = (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;
    const busy = summer.weeks[1]!;
    const tom = await adapter.getCampAvailability(summer.id, 'chi-2');
    expect(tom.groupId).to.equal('7-9-ans');
    const left = new Map(tom.days.map((day) => [day.date, day.left]));
    expect([left.get(busy.days[2]!.date), left.get(busy.days[3]!.date)]).to.deep.equal([2, 0]);
    const lea = await adapter.getCampAvailability(summer.id, 'chi-1');
    expect(lea.groupId).to.equal('10-12-ans');
    expect(lea.days.every((day) => day.left === day.capacity)).to.equal(true);
  });

  it('takes an unsubscribe until the day before the week starts, and keeps it across a reload', async () => {
    let now = fixedNow();
    const storage = memoryStorage();
    const adapter = createMemoryAdapter({ family: 'known', storage, now: () => now });
    const summer = (await adapter.getCamps()).find((camp) => camp.kind === 'plaine')!;
    const week = summer.weeks[2]!;
    const days = week.days.filter((day) => day.open).map((day) => day.date);
    const enrolment = await adapter.enrolInCamp(
      { campId: summer.id, childId: 'chi-1', days: days.map((date) => ({ date })) },
      key('enrol'),
    );
    const [article] = (await adapter.closeRequests(key('close'))).articles;
    const { redirectUrl } = await adapter.startPayment(article!.id, '/panier', key('pay'));
    const answer = Object.fromEntries(new URL(redirectUrl, 'http://localhost/').searchParams);
    await adapter.completePayment(answer as PaymentReturn, key('paid'));
    const unsubscribe = { requestId: enrolment.receipt.id, weekId: week.id, reason: 'Malade.' };

    const firstDay = Date.parse(`${days[0]}T08:00:00+02:00`);
    now = new Date(firstDay);
    const started = await rejection(adapter.requestCampUnsubscribe(unsubscribe, key('late')));
    expect([started.type, started.code]).to.deep.equal(['conflict', 'camp.unsubscribe-started']);
    now = new Date(firstDay - 86_400_000);
    const asked = await adapter.requestCampUnsubscribe(unsubscribe, key('in-time'));
    expect([asked.kind, asked.status]).to.deep.equal(['camp-unsubscribe', 'pending']);

    const reloaded = createMemoryAdapter({ family: 'known', storage, now: () => now });
    const [summary] = await reloaded.getCampEnrolments();
    expect(summary?.weeks.map((candidate) => candidate.status)).to.deep.equal(['unsubscribe-requested']);
    await reloaded.decide(asked.id, 'accepted');
    const [after] = await createMemoryAdapter({
      family: 'known',
      storage,
      now: () => now,
    }).getCampEnrolments();
    expect(after?.weeks.map((candidate) => candidate.status)).to.deep.equal(['unsubscribed']);
  });
});
